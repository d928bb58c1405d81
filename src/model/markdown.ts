/**
 * The Markdown subset readers may write (emphasis, strong, inline code, code blocks, quotes, lists, links), read
 * into the safe rich-text model: never into HTML. Text without Markdown comes out as it would be drawn as plain
 * text (paragraphs, line breaks, bare links). Every line and character is looked at a bounded number of times, so
 * the time is linear in the text's length, whatever it holds.
 */
import type { RichNode, RichTag } from './rich-text.js';
import { isHttpUrl } from './url.js';

/** Quotes nested deeper than this are read as text: no honest comment goes further. */
const MAX_QUOTE_DEPTH = 8;
/** Emphasis and links open at once beyond this are read as text, for the same reason. */
const MAX_OPEN = 16;

const FENCE = /^ {0,3}(```|~~~)/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^ {0,3}(?:([-*+])|(\d{1,9})[.)])[ \t]+/;

/** Reads Markdown into the rich-text model. */
export function markdownToRich(text: string): RichNode[] {
  return blocks(text.replace(/\r\n?/g, '\n').split('\n'), 0);
}

const element = (tag: RichTag, children: RichNode[]): RichNode => ({ tag, children });

function blocks(lines: string[], depth: number): RichNode[] {
  const out: RichNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].trimStart().startsWith(fence[1]); i++) code.push(lines[i]);
      i++;
      out.push(element('pre', [element('code', [code.join('\n')])]));
      continue;
    }
    if (depth < MAX_QUOTE_DEPTH && QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]); i++) quoted.push(lines[i].replace(QUOTE, ''));
      out.push(element('blockquote', blocks(quoted, depth + 1)));
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      const items: RichNode[] = [];
      let current: string[] = [];
      for (; i < lines.length && lines[i].trim() !== ''; i++) {
        const next = LIST_ITEM.exec(lines[i]);
        if (next && (next[2] !== undefined) === ordered) {
          if (current.length) items.push(element('li', inlineLines(current)));
          current = [lines[i].slice(next[0].length)];
        } else if (next || FENCE.test(lines[i]) || QUOTE.test(lines[i])) {
          break;
        } else {
          current.push(lines[i].trim());
        }
      }
      items.push(element('li', inlineLines(current)));
      out.push(element(ordered ? 'ol' : 'ul', items));
      continue;
    }
    const paragraph: string[] = [];
    for (; i < lines.length && lines[i].trim() !== '' && !startsBlock(lines[i], depth); i++) paragraph.push(lines[i]);
    out.push(element('p', inlineLines(paragraph)));
  }
  return out;
}

const startsBlock = (line: string, depth: number) =>
  FENCE.test(line) || LIST_ITEM.test(line) || (depth < MAX_QUOTE_DEPTH && QUOTE.test(line));

/** The lines of a paragraph or list item, each read on its own, with line breaks between them as the reader typed. */
function inlineLines(lines: string[]): RichNode[] {
  const out: RichNode[] = [];
  lines.forEach((line, index) => {
    if (index) out.push(element('br', []));
    // Most lines hold no Markdown at all: they are their own text.
    if (MARKDOWN_CHARACTER.test(line)) out.push(...inline(line));
    else if (line) out.push(line);
  });
  return out;
}

/** A character that may begin inline Markdown. */
const MARKDOWN_CHARACTER = /[\\`*_[\]]/;

/** Neighbouring strings joined, so the model stays small. */
function joined(nodes: RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  }
  return out;
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isSpace = (char: string | undefined) => char === undefined || char === ' ' || char === '\t';

/**
 * One line's inline Markdown. What is read goes into one flat list; an opening `*`, `**`, `_`, `__` or `[` is put
 * there as text and remembered. A closer takes everything after its opener out of the list into a new element,
 * which replaces the opener's text; openers in between stay text. An opener is searched for only when one of its
 * kind is open, and each is forgotten once, so a line costs its length. A code span's closing run is looked up in
 * the line's runs of backticks, listed once by length, so backticks cost the line's length, however many kinds.
 */
function inline(line: string): RichNode[] {
  const out: RichNode[] = [];
  const openers: Array<{ marker: string; at: number }> = [];
  const open = new Map<string, number>();
  let closer: ReturnType<typeof backtickRuns> | undefined;
  const remember = (marker: string) => {
    // Deeper than this, markers are text: the model stays as shallow as honest comments are.
    if (openers.length >= MAX_OPEN) {
      out.push(marker);
      return;
    }
    openers.push({ marker, at: out.length });
    open.set(marker, (open.get(marker) ?? 0) + 1);
    out.push(marker);
  };
  /** Whether an opener of `marker` waits with something after it. */
  const closable = (marker: string) => {
    if (!open.get(marker)) return false;
    const last = openers.findLast((opener) => opener.marker === marker)!;
    return last.at < out.length - 1;
  };
  /** Turns what follows the nearest opener of `marker` into the children of an element standing in its place. */
  const close = (marker: string, make: (children: RichNode[]) => RichNode) => {
    let opener = openers.pop()!;
    for (; opener.marker !== marker; opener = openers.pop()!) open.set(opener.marker, open.get(opener.marker)! - 1);
    open.set(marker, open.get(marker)! - 1);
    out[opener.at] = make(joined(out.splice(opener.at + 1)));
  };

  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === '\\' && i + 1 < line.length && ESCAPABLE.includes(line[i + 1])) {
      out.push(line[i + 1]);
      i += 2;
    } else if (char === '`') {
      let run = 1;
      while (line[i + run] === '`') run++;
      closer ??= backtickRuns(line);
      const end = closer(i + run, run);
      if (end < 0) {
        out.push(line.slice(i, i + run));
        i += run;
      } else {
        out.push(element('code', [line.slice(i + run, end)]));
        i = end + run;
      }
    } else if (char === '*' || char === '_') {
      let run = 1;
      while (line[i + run] === char) run++;
      const marker = line.slice(i, i + run);
      const before = line[i - 1];
      const after = line[i + run];
      // `_` neither opens nor closes inside a word (snake_case stays as it is); `*` may. Longer runs are text.
      const canOpen = run <= 2 && !isSpace(after) && (char === '*' || !isWordChar(before));
      const canClose = run <= 2 && !isSpace(before) && (char === '*' || !isWordChar(after));
      if (canClose && closable(marker)) close(marker, (children) => element(run === 2 ? 'strong' : 'em', children));
      else if (canOpen) remember(marker);
      else out.push(marker);
      i += run;
    } else if (char === '[') {
      remember('[');
      i++;
    } else if (char === ']') {
      const target = line[i + 1] === '(' ? linkTarget(line, i + 2) : undefined;
      if (target && closable('[')) {
        close('[', (children) => ({ tag: 'a', href: target.href, children }));
        i = target.end;
      } else {
        out.push(']');
        i++;
      }
    } else {
      let end = i + 1;
      while (end < line.length && !SPECIAL.includes(line[end])) end++;
      out.push(line.slice(i, end));
      i = end;
    }
  }
  return joined(out);
}

/** Characters a backslash makes plain. */
const ESCAPABLE = '\\`*_[]()>#+-.!~';
/** Characters that may begin inline Markdown; text runs up to the next of them. */
const SPECIAL = '\\`*_[]';

/**
 * Finds closing runs of backticks in `line`: the function returned gives where the next run of exactly `run`
 * backticks starts from `from` on (which only grows), or -1. The runs are listed once, by length, and each list is
 * read forward only, so a line of runs of every length costs its length, not its length once per length.
 */
function backtickRuns(line: string): (from: number, run: number) => number {
  const starts = new Map<number, number[]>();
  for (let i = line.indexOf('`'); i >= 0; i = line.indexOf('`', i)) {
    let length = 1;
    while (line[i + length] === '`') length++;
    const same = starts.get(length);
    if (same) same.push(i);
    else starts.set(length, [i]);
    i += length;
  }
  const passed = new Map<number, number>();
  return (from, run) => {
    const same = starts.get(run) ?? [];
    let next = passed.get(run) ?? 0;
    while (next < same.length && same[next] < from) next++;
    passed.set(run, next);
    return same[next] ?? -1;
  };
}

/**
 * The http(s) address of a link, `(address)`, read from `from` up to its `)`. The address stops at a space or a
 * bracket, so no character is read for two links.
 */
function linkTarget(line: string, from: number): { href: string; end: number } | undefined {
  let end = from;
  while (end < line.length && !' \t()[]'.includes(line[end])) end++;
  const href = line.slice(from, end);
  return line[end] === ')' && isHttpUrl(href) ? { href, end: end + 1 } : undefined;
}
