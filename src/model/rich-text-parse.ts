/** Reduces an HTML comment body from a backend to the safe rich-text model, parsed in an inert document, never inserted. */
import { httpUrl } from './http-url.js';

export { httpUrl } from './http-url.js';
import type { RichNode, RichTag } from './rich-text.js';
import { nestsDeeperThan, richTextWithoutParser } from './rich-text-without-parser.js';

/** Elements kept as they are (after renaming `i`/`b` to `em`/`strong`). */
const keptTags = new Map<string, RichTag>([
  ['P', 'p'],
  ['BR', 'br'],
  ['EM', 'em'],
  ['I', 'em'],
  ['STRONG', 'strong'],
  ['B', 'strong'],
  ['CODE', 'code'],
  ['PRE', 'pre'],
  ['BLOCKQUOTE', 'blockquote'],
  ['UL', 'ul'],
  ['OL', 'ol'],
  ['LI', 'li'],
]);

/** Elements whose content is never meant to be read as text. */
const droppedTags = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/** Other block elements: their content becomes a paragraph of its own rather than running into its neighbours. */
const blockTags = new Set([
  'DIV',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
  'FIGURE',
  'FIGCAPTION',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'ADDRESS',
  'DETAILS',
  'SUMMARY',
  'CAPTION',
]);

const blockModelTags = new Set<RichTag>(['p', 'pre', 'blockquote', 'ul', 'ol', 'li']);

/** Deeper than this, an element is kept as its text only: no honest comment nests that far. */
const MAX_DEPTH = 24;

/** What makes text HTML: a tag, a comment or a character reference. Most names and addresses have none. */
const MARKUP = /<[a-zA-Z/!?]|&/;

/** HTML with more elements open at once is reduced without the browser's parser, whose time grows with the square of the nesting. */
const MAX_OPEN_FOR_PARSER = 64;

interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML(input: string): string }): { createHTML(input: string): unknown };
}

/** Parley's Trusted Types policy; `null` where the browser has none to ask for, `false` where the page refused its name. */
let policy: { createHTML(input: string): unknown } | null | false | undefined;

/**
 * Under an enforced Trusted Types policy, `DOMParser` needs a TrustedHTML. Parley's policy only ever feeds
 * an inert document whose nodes are copied out as text and allowed tags, so passing the string through is safe.
 * When the page's `trusted-types` directive does not name `parley-rich-text`, no parser is used at all
 * (`undefined`): handing it a plain string would only add a second violation report to the refused name.
 */
function inertHtml(html: string): string | undefined {
  if (policy === undefined) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = trustedTypes ? trustedTypes.createPolicy('parley-rich-text', { createHTML: (input) => input }) : null;
    } catch {
      policy = false;
    }
  }
  if (policy === false) return undefined;
  return (policy ? policy.createHTML(html) : html) as string;
}

function parseDocument(html: string): Document | null {
  const input = inertHtml(html);
  if (input === undefined) return null;
  try {
    return new DOMParser().parseFromString(input, 'text/html');
  } catch {
    return null;
  }
}

function collapseSpace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ');
}

/** Appends nodes, merging neighbouring strings so the model stays small. */
function append(target: RichNode[], nodes: RichNode[]): void {
  for (const node of nodes) {
    const last = target[target.length - 1];
    if (typeof node === 'string' && typeof last === 'string') target[target.length - 1] = last + node;
    else if (node !== '') target.push(node);
  }
}

function isBlock(node: RichNode): node is Exclude<RichNode, string> {
  return typeof node !== 'string' && blockModelTags.has(node.tag);
}

const isBlank = (nodes: RichNode[]) => nodes.every((node) => typeof node === 'string' && node.trim() === '');

/**
 * Drops whitespace-only text between blocks and at the edges of a block container, as a browser would show it,
 * and blocks with nothing in them: they show nothing, but thousands would still cost their drawing.
 */
function tidyBlocks(nodes: RichNode[]): RichNode[] {
  if (!nodes.some(isBlock)) return nodes;
  const tidy: RichNode[] = [];
  let run: RichNode[] = [];
  const flush = () => {
    const meaningful = run.some((node) => typeof node !== 'string' || node.trim() !== '');
    if (meaningful) tidy.push({ tag: 'p', children: trimEdges(run) });
    run = [];
  };
  for (const node of nodes) {
    if (isBlock(node)) {
      flush();
      if (!isBlank(node.children)) tidy.push(node);
    } else {
      run.push(node);
    }
  }
  flush();
  return tidy;
}

function trimEdges(nodes: RichNode[]): RichNode[] {
  const trimmed = [...nodes];
  const first = trimmed[0];
  if (typeof first === 'string') trimmed[0] = first.trimStart();
  const last = trimmed[trimmed.length - 1];
  if (typeof last === 'string') trimmed[trimmed.length - 1] = last.trimEnd();
  return trimmed.filter((node) => node !== '');
}

function convertChildren(parent: Node, depth: number, inPre: boolean): RichNode[] {
  const out: RichNode[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) append(out, convertNode(child, depth, inPre));
  return out;
}

function convertNode(node: Node, depth: number, inPre: boolean): RichNode[] {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent ?? '';
    return [inPre ? text : collapseSpace(text)];
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  const name = element.tagName.toUpperCase();
  if (droppedTags.has(name)) return [];
  if (name === 'IMG') return [collapseSpace(element.getAttribute('alt') ?? '')];
  if (depth >= MAX_DEPTH) return [collapseSpace(element.textContent ?? '')];

  const tag = keptTags.get(name);
  if (tag === 'br') return [{ tag, children: [] }];
  const pre = inPre || tag === 'pre';
  const children = convertChildren(element, depth + 1, pre);
  if (tag && !blockModelTags.has(tag) && !children.length) return [];
  if (tag) return [{ tag, children: tag === 'pre' ? children : tidyBlocks(children) }];
  if (name === 'A') {
    const href = httpUrl(element.getAttribute('href'));
    return href ? [{ tag: 'a', href, children }] : children;
  }
  if (blockTags.has(name) && !children.some(isBlock)) return [{ tag: 'p', children: trimEdges(children) }];
  return children;
}

/**
 * The safe model of an HTML fragment: only p, br, em, strong, code, pre, blockquote, lists and http(s) links
 * survive; every other element gives up its text. Entities are decoded by the parser, or, where no parser
 * may be used or the nesting is too deep for it, by a single pass that keeps paragraphs and line breaks only.
 */
export function parseRichText(html: string): RichNode[] {
  // The parser would only drop NUL characters from such text: reading it needs none.
  if (!MARKUP.test(html)) return [collapseSpace(html.replaceAll('\0', '')).trim()].filter(Boolean);
  const doc = nestsDeeperThan(html, MAX_OPEN_FOR_PARSER) ? null : parseDocument(html);
  const nodes = tidyBlocks(doc ? convertChildren(doc.body, 0, false) : richTextWithoutParser(html));
  return nodes.length === 1 && typeof nodes[0] === 'string' ? [nodes[0].trim()].filter(Boolean) : nodes;
}

/** The plain text a person reads in the model: paragraphs apart by a blank line, line breaks kept. */
export function richTextToPlain(nodes: RichNode[]): string {
  const blocks: string[] = [];
  let inline = '';
  const flushInline = () => {
    const text = trimLines(inline).trim();
    if (text) blocks.push(text);
    inline = '';
  };
  for (const node of nodes) {
    if (typeof node === 'string') inline += node;
    else if (blockModelTags.has(node.tag)) {
      flushInline();
      const text = node.tag === 'pre' ? inlineText(node.children) : richTextToPlain(node.children);
      if (text.trim()) blocks.push(node.tag === 'pre' ? withoutFinalLineBreaks(text) : text);
    } else inline += inlineText([node]);
  }
  flushInline();
  return blocks.join('\n\n');
}

/** Text without the spaces around its line breaks: split and joined, since a regex for it backtracks on long runs of spaces. */
function trimLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  return lines.map((line, i) => trimSpaces(line, i > 0, i < lines.length - 1)).join('\n');
}

function trimSpaces(line: string, start: boolean, end: boolean): string {
  let from = 0;
  let to = line.length;
  while (start && line[from] === ' ') from++;
  while (end && to > from && line[to - 1] === ' ') to--;
  return line.slice(from, to);
}

function withoutFinalLineBreaks(text: string): string {
  let end = text.length;
  while (text[end - 1] === '\n') end--;
  return text.slice(0, end);
}

function inlineText(nodes: RichNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      if (node.tag === 'br') return '\n';
      return inlineText(node.children);
    })
    .join('');
}

/** An HTML fragment (an error message, a name) as the text it shows, entities decoded. */
export function htmlToText(html: string): string {
  return richTextToPlain(parseRichText(html));
}
