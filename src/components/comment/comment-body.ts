/** Turns a comment's text into DOM: plain text with bare links, or the safe rich-text model. Never markup. */
import type { Comment } from '../../model/comment.js';
import type { RichNode } from '../../model/rich-text.js';
import { isHttpUrl } from '../../model/url.js';
import { h } from './dom.js';

const BARE_URL = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]$/;

/** Whether text opens more parentheses than it closes. */
const unclosed = (text: string) => text.split('(').length > text.split(')').length;

/**
 * Plain text with every bare http(s) address made a link; line breaks are kept by the stylesheet.
 * Text without links comes back as it is: one text node, the cheapest thing to draw.
 */
export function linkify(text: string): Array<string | Node> {
  const parts: Array<string | Node> = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    let url = match[0];
    // Punctuation after an address ends the sentence, except a parenthesis the address opened: …/Lisp_(language).
    while (TRAILING_PUNCTUATION.test(url) && !(url.endsWith(')') && unclosed(url.slice(0, -1)))) url = url.slice(0, -1);
    if (!isHttpUrl(url)) continue;
    parts.push(text.slice(last, match.index), link(url, url));
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

export const link = (href: string, ...content: Array<string | Node>) => h('a', { href, rel: 'nofollow ugc noopener' }, ...content);

/** Draws the rich-text model: `rich-body.ts`, loaded with backends that send HTML bodies. */
export type RichRenderer = (nodes: readonly RichNode[]) => Array<string | Node>;

/** Fills a comment's body element: the rich-text model (styled as paragraphs) when there is one and a renderer for it, else plain text. */
export function fillBody(body: HTMLElement, comment: Comment, renderRich?: RichRenderer): void {
  if (comment.rich && renderRich) {
    body.classList.add('rich');
    body.append(...renderRich(comment.rich));
  } else {
    body.append(...linkify(comment.content));
  }
}
