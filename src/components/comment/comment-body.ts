/** Turns a comment's text into templates: plain text with bare links, or the safe rich-text model. Never markup. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Comment } from '../../model/comment.js';
import type { RichNode } from '../../model/rich-text.js';
import { isHttpUrl } from '../../model/url.js';

const BARE_URL = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * Plain text with every bare http(s) address made a link; line breaks are kept by the stylesheet.
 * Text without links comes back as it is: one text node, the cheapest thing to draw.
 */
export function linkify(text: string): string | Array<string | TemplateResult> {
  const parts: Array<string | TemplateResult> = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!isHttpUrl(url)) continue;
    parts.push(text.slice(last, match.index), link(url, url));
    last = match.index + url.length;
  }
  if (!parts.length) return text;
  parts.push(text.slice(last));
  return parts;
}

export const link = (href: string, content: unknown) => html`<a href=${href} rel="nofollow ugc noopener">${content}</a>`;

/** Draws the rich-text model; set by `rich-body.ts`, which adapters whose backend sends HTML load with them. */
let renderRich: ((nodes: readonly RichNode[]) => unknown) | undefined;

export function setRichRenderer(renderer: (nodes: readonly RichNode[]) => unknown): void {
  renderRich = renderer;
}

/** What a comment's body shows, and whether that is the rich-text model (styled as paragraphs) or plain text. */
export function bodyOf(comment: Comment): { rich: boolean; content: unknown } {
  return comment.rich && renderRich
    ? { rich: true, content: renderRich(comment.rich) }
    : { rich: false, content: linkify(comment.content) };
}
