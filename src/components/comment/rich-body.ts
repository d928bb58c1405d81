/** Draws the safe rich-text model of HTML comment bodies as DOM; loaded only with backends that send HTML (`richText`). */
import { css } from 'lit';
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

/** Paragraphs, quotes and code in a rich body, added to the styles of the list that draws them. */
renderRich.styles = css`
  .body.rich {
    white-space: normal;
  }
  .body.rich > :first-child {
    margin-block-start: 0;
  }
  .body.rich > :last-child {
    margin-block-end: 0;
  }
  .body pre {
    overflow-x: auto;
    white-space: pre;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid color-mix(in srgb, currentColor 25%, transparent);
  }
`;
