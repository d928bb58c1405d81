/** Where a thread's unsent comment is kept in `localStorage`; the section checks it at start to restore a draft or a queued post. */
export const savedPostKey = (thread: string): string => `parley:post:${thread}`;
