// What `import 'parley-comments/define'` alone gives a page's TypeScript: the elements, their properties, the events.
// Compiled on its own too, so nothing else brings those types.
import 'parley-comments/define';

type Section = HTMLElementTagNameMap['parley-comments'];

const backend: NonNullable<Section['backend']> = {
  list: async () => ({ comments: [], total: 0, next: null }),
  create: async (input) => ({
    id: '1',
    parentId: input.parentId,
    author: input.author,
    url: input.url,
    avatar: null,
    content: input.content,
    createdAt: new Date(0).toISOString(),
    status: 'approved',
  }),
};

const section = document.createElement('parley-comments');
section.backend = backend;
section.strings = { leaveReply: 'Join in' };
section.pageSize = 20;
section.order = 'newest';
void section.refresh();
// @ts-expect-error: the page size is a number
section.pageSize = '20';
// @ts-expect-error: only oldest or newest
section.order = 'random';

const found: Section | null = document.querySelector('parley-comments');
found?.addEventListener('parley-posted', (event) => {
  const id: string = event.detail.comment.id;
  const thread: string = event.detail.thread;
  // @ts-expect-error: a posted comment has no email
  void event.detail.comment.email;
  void [id, thread];
});
found?.addEventListener('parley-submit', (event) => {
  if (event.detail.comment.content === '') event.preventDefault();
});
found?.addEventListener('parley-load', (event) => void (event.detail.total satisfies number));
found?.addEventListener('parley-error', (event) => void (event.detail.phase satisfies 'load' | 'post'));

const list: HTMLElement = document.createElement('parley-comment-list');
const form: HTMLElement = document.createElement('parley-comment-form');
void [list, form];

export { backend };
