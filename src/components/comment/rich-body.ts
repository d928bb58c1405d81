/** Draws the safe rich-text model of HTML comment bodies as DOM; loaded only with backends that send HTML (`richText`). */
import type { RichNode } from '../../model/rich-text.js';
import { isRichTag } from '../../model/rich-text.js';
import { isHttpUrl } from '../../model/url.js';
import { link, linkify } from './comment-body.js';
import { h } from './dom.js';

/**
 * Bare addresses in text become links, except inside a link already (WordPress links them itself).
 * The model's tags are checked again here: a custom backend may hand over any object, and an element
 * outside the model (`script`, `iframe`, `style`…) gives up only its children.
 */
export function renderRich(nodes: readonly RichNode[], inLink = false): Array<string | Node> {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return inLink ? node : linkify(node);
    const children = renderRich(node.children, inLink || node.tag === 'a');
    if (!isRichTag(node.tag)) return children;
    if (node.tag !== 'a') return h(node.tag, {}, ...children);
    return isHttpUrl(node.href) ? link(node.href, ...children) : children;
  });
}
