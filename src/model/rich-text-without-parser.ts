/**
 * Reduces an HTML comment body to paragraphs of text without an HTML parser, where none may be used (a page's
 * Trusted Types names refuse Parley's policy) or where the browser's would take too long (deep nesting):
 * tags are dropped, entities decoded, paragraphs and line breaks kept. One pass over the text, never back.
 */
import type { RichNode } from './rich-text.js';

/** The named entities comment bodies use (WordPress writes most punctuation as numeric ones). */
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
  ['shy', '\u00ad'],
  ['hellip', '…'],
  ['ndash', '–'],
  ['mdash', '—'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['sbquo', '‚'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['bdquo', '„'],
  ['laquo', '«'],
  ['raquo', '»'],
  ['lsaquo', '‹'],
  ['rsaquo', '›'],
  ['prime', '′'],
  ['copy', '©'],
  ['reg', '®'],
  ['trade', '™'],
  ['deg', '°'],
  ['times', '×'],
  ['divide', '÷'],
  ['middot', '·'],
  ['bull', '•'],
  ['para', '¶'],
  ['sect', '§'],
  ['euro', '€'],
  ['pound', '£'],
  ['yen', '¥'],
  ['cent', '¢'],
]);

/** Each alternative is one run of its own characters: a match either ends at once or consumes what it read. */
const ENTITY = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|([a-zA-Z][a-zA-Z\d]*));?/g;

/** Elements that start or end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'address',
  'details',
  'summary',
  'caption',
  'hr',
]);

/** Elements whose content is never meant to be read as text: skipped up to their end tag. */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
  'title',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
]);

const isLetter = (char: string | undefined) =>
  char !== undefined && ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z'));
const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

function character(code: number): string {
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}

/** Text with its character references decoded, as a browser shows it; unknown names stay as they are. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return character(Number.parseInt(decimal, 10));
    if (hex !== undefined) return character(Number.parseInt(hex, 16));
    return match.endsWith(';') && NAMED_ENTITIES.has(name!) ? NAMED_ENTITIES.get(name!)! : match;
  });
}

interface Tag {
  /** Lower-case name; empty for comments, doctypes and the like. */
  name: string;
  closing: boolean;
  /** Where the text after the tag starts; the end of the input when the tag never ends. */
  end: number;
  alt?: string;
}

/** Reads the tag that starts at `<` at `start`, quotes in attribute values included. */
function readTag(html: string, start: number): Tag {
  if (html[start + 1] === '!' || html[start + 1] === '?' || (html[start + 1] === '/' && !isLetter(html[start + 2]))) {
    const comment = html.startsWith('<!--', start);
    const close = comment ? html.indexOf('-->', start + 4) : html.indexOf('>', start + 2);
    return { name: '', closing: false, end: close < 0 ? html.length : close + (comment ? 3 : 1) };
  }
  const closing = html[start + 1] === '/';
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !isSpace(html[i]) && html[i] !== '/' && html[i] !== '>') i++;
  const name = html.slice(nameStart, i).toLowerCase();
  let alt: string | undefined;
  while (i < html.length && html[i] !== '>') {
    if (isSpace(html[i]) || html[i] === '/') {
      i++;
      continue;
    }
    const attributeStart = i;
    while (
      i < html.length &&
      !isSpace(html[i]) &&
      html[i] !== '/' &&
      html[i] !== '>' &&
      (html[i] !== '=' || i === attributeStart)
    )
      i++;
    const attribute = html.slice(attributeStart, i).toLowerCase();
    while (isSpace(html[i])) i++;
    if (html[i] !== '=') continue;
    i++;
    while (isSpace(html[i])) i++;
    let value: string;
    if (html[i] === '"' || html[i] === "'") {
      const close = html.indexOf(html[i], i + 1);
      if (close < 0) return { name, closing, end: html.length };
      value = html.slice(i + 1, close);
      i = close + 1;
    } else {
      const valueStart = i;
      while (i < html.length && !isSpace(html[i]) && html[i] !== '>') i++;
      value = html.slice(valueStart, i);
    }
    if (attribute === 'alt') alt = decodeEntities(value);
  }
  return { name, closing, end: i < html.length ? i + 1 : html.length, alt };
}

/** Where the end tag of a skipped element starts, or the end of the input: one forward search. */
function endOfSkipped(html: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
  endTag.lastIndex = from;
  return endTag.exec(html)?.index ?? html.length;
}

/** Elements that never have content, so never stay open. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
]);

/**
 * Whether more than `limit` elements are ever open at once, counting every start tag that has no end tag yet:
 * one pass. Browsers' HTML parsers take time that grows with the square of the nesting, and no honest
 * comment nests this deep.
 */
export function nestsDeeperThan(html: string, limit: number): boolean {
  let open = 0;
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i)) {
    if (!isLetter(html[i + 1]) && html[i + 1] !== '/' && html[i + 1] !== '!' && html[i + 1] !== '?') {
      i++;
      continue;
    }
    const tag = readTag(html, i);
    i = tag.end;
    if (!tag.name || VOID.has(tag.name)) continue;
    if (tag.closing) open = Math.max(0, open - 1);
    else if (++open > limit) return true;
    else if (SKIPPED.has(tag.name)) i = endOfSkipped(html, i, tag.name);
  }
  return false;
}

const collapseSpace = (text: string) => text.replace(/[\t\n\f\r ]+/g, ' ');

/**
 * The model of an HTML fragment built without parsing it: paragraphs (`p`, and `pre` with its spacing) of
 * text and line breaks. Inline formatting and links are left out; bare addresses in the text still become links.
 */
export function richTextWithoutParser(html: string): RichNode[] {
  const blocks: RichNode[] = [];
  let run: RichNode[] = [];
  let text = '';
  let inPre = false;
  let sawBlock = false;

  const endText = () => {
    if (text) run.push(inPre ? text : collapseSpace(text));
    text = '';
  };
  const endBlock = () => {
    endText();
    sawBlock = true;
    if (inPre) {
      // Inside <pre> only text is kept (`endText` adds no element there), so the run is all strings.
      const code = (run as string[]).join('');
      if (code.trim()) blocks.push({ tag: 'pre', children: [code.startsWith('\n') ? code.slice(1) : code] });
    } else if (run.some((node) => typeof node !== 'string' || node.trim())) {
      const first = run[0];
      if (typeof first === 'string') run[0] = first.trimStart();
      const last = run[run.length - 1];
      if (typeof last === 'string') run[run.length - 1] = last.trimEnd();
      blocks.push({ tag: 'p', children: run.filter((node) => node !== '') });
    }
    run = [];
  };

  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) {
      text += decodeEntities(html.slice(i));
      break;
    }
    text += decodeEntities(html.slice(i, open));
    const next = html[open + 1];
    if (!isLetter(next) && next !== '/' && next !== '!' && next !== '?') {
      text += '<';
      i = open + 1;
      continue;
    }
    const tag = readTag(html, open);
    i = tag.end;
    if (tag.name === 'br') {
      endText();
      run.push(inPre ? '\n' : { tag: 'br', children: [] });
    } else if (tag.name === 'img' && tag.alt) {
      text += tag.alt;
    } else if (tag.name === 'pre' || BLOCKS.has(tag.name)) {
      endBlock();
      if (tag.name === 'pre') inPre = !tag.closing;
    } else if (!tag.closing && SKIPPED.has(tag.name)) {
      i = endOfSkipped(html, i, tag.name);
    }
  }
  if (!sawBlock) {
    endText();
    return run;
  }
  endBlock();
  return blocks;
}
