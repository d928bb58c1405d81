/** Turns a comment's text into DOM: plain text with bare links, or the safe rich-text model. Never markup. */
import type { CSSResult } from 'lit';
import type { Comment } from '../../model/comment.js';
import type { RichNode } from '../../model/rich-text.js';
import { isHttpUrl } from '../../model/url.js';
import { h } from './dom.js';

const BARE_URL = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = '.,;:!?)]}';

/**
 * How much of a bare address is the address: punctuation after it ends the sentence, except a parenthesis
 * the address opened (…/Lisp_(language)). One count and one walk back, so a long tail costs its length once.
 */
function addressLength(url: string): number {
  // Closing parentheses beyond those the address opened: the last ones may belong to the sentence.
  let unopened = url.split(')').length - url.split('(').length;
  let end = url.length;
  while (TRAILING_PUNCTUATION.includes(url[end - 1]) && (url[end - 1] !== ')' || unopened-- > 0)) end--;
  return end;
}

/**
 * Plain text with every bare http(s) address made a link; line breaks are kept by the stylesheet.
 * Text without links comes back as it is: one text node, the cheapest thing to draw.
 */
export function linkify(text: string): Array<string | Node> {
  const parts: Array<string | Node> = [];
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    const url = match[0].slice(0, addressLength(match[0]));
    if (!isHttpUrl(url)) continue;
    parts.push(text.slice(last, match.index), link(url, url));
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}

export const link = (href: string, ...content: Array<string | Node>) =>
  h('a', { href, rel: 'nofollow ugc noopener' }, ...content);

/** Draws the rich-text model: `rich-body.ts`, loaded with backends that send HTML bodies. */
export interface RichRenderer {
  (nodes: readonly RichNode[]): Array<string | Node>;
  /** What rich bodies look like, for the shadow root they are drawn in. */
  readonly styles?: CSSResult;
}

/** Fills a comment's body element: the rich-text model (styled as paragraphs) when there is one and a renderer for it, else plain text. */
export function fillBody(body: HTMLElement, comment: Comment, renderRich?: RichRenderer): void {
  if (comment.rich && renderRich) {
    body.classList.add('rich');
    body.append(...renderRich(comment.rich));
  } else {
    body.append(...linkify(comment.content));
  }
}
