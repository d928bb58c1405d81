/** Turns a comment's text into templates: plain text with bare links, or the safe rich-text model. Never markup. */
import { html, nothing } from 'lit';
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

const link = (href: string, content: unknown) => html`<a href=${href} rel="nofollow ugc noopener">${content}</a>`;

function renderRich(nodes: readonly RichNode[]): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return linkify(node);
    const children = renderRich(node.children);
    switch (node.tag) {
      case 'p':
        return html`<p>${children}</p>`;
      case 'br':
        return html`<br />`;
      case 'em':
        return html`<em>${children}</em>`;
      case 'strong':
        return html`<strong>${children}</strong>`;
      case 'code':
        return html`<code>${children}</code>`;
      case 'pre':
        return html`<pre>${children}</pre>`;
      case 'blockquote':
        return html`<blockquote>${children}</blockquote>`;
      case 'a':
        return isHttpUrl(node.href) ? link(node.href, children) : children;
      default:
        return nothing;
    }
  });
}

export function renderBody(comment: Comment): TemplateResult {
  return comment.rich
    ? html`<div part="body" class="body rich" dir="auto">${renderRich(comment.rich)}</div>`
    : html`<div part="body" class="body" dir="auto">${linkify(comment.content)}</div>`;
}
