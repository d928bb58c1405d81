/** The small, safe rich-text model that HTML comment bodies (WordPress, Waline) and Markdown are reduced to. */

/** The only elements the model has: what HTML bodies are reduced to, what is stored and what is drawn. */
export const RICH_TAGS = ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'a', 'ul', 'ol', 'li'] as const;

export type RichTag = (typeof RICH_TAGS)[number];

const richTags: ReadonlySet<string> = new Set(RICH_TAGS);

/** Whether a value names an element of the model; anything else, `script` or `__proto__` alike, is not one. */
export const isRichTag = (tag: unknown): tag is RichTag => typeof tag === 'string' && richTags.has(tag);

/** Text, or an element of the allowed set; `href` is set on `a` only, and only to an http(s) URL. */
export type RichNode = string | { tag: RichTag; href?: string; children: RichNode[] };
