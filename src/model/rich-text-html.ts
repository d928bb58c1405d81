/**
 * The rich-text model written as the HTML WordPress keeps in comments of readers who are not logged in (its
 * `$allowedtags`: a, blockquote, code, em, strong…). Paragraphs and line breaks become blank lines and line breaks,
 * which WordPress turns back into paragraphs; lists and code blocks, which it would strip, become lines of text.
 * Every text and address is escaped: what the reader typed stays text.
 */
import type { RichNode } from './rich-text.js';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

export function richToWordPressHtml(nodes: readonly RichNode[]): string {
  return nodes
    .map((node) => write(node))
    .join('')
    .trim();
}

function write(node: RichNode, index = 0, ordered?: boolean): string {
  if (typeof node === 'string') return escapeHtml(node);
  const inner = (children = node.children) => children.map((child, i) => write(child, i, node.tag === 'ol')).join('');
  switch (node.tag) {
    case 'p':
      return `${inner()}\n\n`;
    case 'br':
      return '\n';
    case 'pre':
      // Its `code` child is written as such: WordPress keeps `code` but not `pre`.
      return `${inner()}\n\n`;
    case 'ul':
    case 'ol':
      return `${inner()}\n`;
    case 'li':
      return `${ordered ? `${index + 1}.` : '-'} ${inner()}\n`;
    case 'blockquote':
      return `<blockquote>${inner().trim()}</blockquote>\n\n`;
    case 'a':
      return node.href ? `<a href="${escapeHtml(node.href)}">${inner()}</a>` : inner();
    default:
      return `<${node.tag}>${inner()}</${node.tag}>`;
  }
}
