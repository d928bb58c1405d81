/**
 * `HTMLElement`, or where there is none (a server importing the package) a stand-in, so the plain elements
 * (`<parley-comment>`, `<parley-count>`) can be declared.
 */
export const ElementBase = globalThis.HTMLElement ?? (Object as unknown as typeof HTMLElement);
