/** Turns a comment's text into templates: plain text with bare links, or the safe rich-text model. Never markup. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Comment } from '../../model/comment.js';
import type { RichNode } from '../../model/rich-text.js';

/** Whether a URL from a backend may become a link or an image: http(s) only, nothing that merely looks like it. */
export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === 'http:' || protocol === 'https:';
}

const BARE_URL = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/** Plain text with every bare http(s) address made a link; line breaks are kept by the stylesheet. */
export function linkify(text: string): Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!isHttpUrl(url)) continue;
    parts.push(text.slice(last, match.index), link(url, url));
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

export const link = (href: string, content: unknown) => html`<a href=${href} rel="nofollow ugc noopener">${content}</a>`;

/** Draws the rich-text model; set by `rich-body.ts`, which adapters whose backend sends HTML load with them. */
let renderRich: ((nodes: readonly RichNode[]) => unknown) | undefined;

export function setRichRenderer(renderer: (nodes: readonly RichNode[]) => unknown): void {
  renderRich = renderer;
}

export function renderBody(comment: Comment): TemplateResult {
  return comment.rich && renderRich
    ? html`<div part="body" class="body rich" dir="auto">${renderRich(comment.rich)}</div>`
    : html`<div part="body" class="body" dir="auto">${linkify(comment.content)}</div>`;
}
