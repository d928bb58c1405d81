/** Draws the safe rich-text model of HTML comment bodies with Lit templates; loaded only with adapters whose backend sends HTML. */
import { html, nothing } from 'lit';
import type { RichNode } from '../../model/rich-text.js';
import { isHttpUrl } from '../../model/url.js';
import { link, linkify, setRichRenderer } from './comment-body.js';

/** Bare addresses in text become links, except inside a link already (WordPress links them itself). */
export function renderRich(nodes: readonly RichNode[], inLink = false): unknown[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return inLink ? node : linkify(node);
    const children = renderRich(node.children, inLink || node.tag === 'a');
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

setRichRenderer((nodes) => renderRich(nodes));
