/** A build step that strips the indentation and comments out of Lit's html`` and css`` templates in our sources. */
import type { Plugin } from 'vite';

type Kind = 'html' | 'css';

function minifyText(text: string, kind: Kind, first: boolean, last: boolean): string {
  if (kind === 'css') {
    let css = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      // calc() needs spaces around + and -, not around *: `var(--a) * 0.5` → `var(--a)*.5`.
      .replace(/\) \* (?=[\d.])/g, ')*')
      .replace(/([\s:,*])0\.(\d)/g, '$1.$2')
      .replace(/([\s:,(])#([\da-f])\2([\da-f])\3([\da-f])\4\b/gi, '$1#$2$3$4')
      // An attribute value that is an identifier needs no quotes: `[theme='dark']` → `[theme=dark]`.
      .replace(/\[([\w-]+)=(['"])([a-z][\w-]*)\2\]/gi, '[$1=$3]');
    if (first) css = css.trimStart();
    if (last) css = css.trimEnd();
    return css;
  }
  let result = text.replace(/\s*\n\s*/g, (space, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + space.length];
    const end = offset + space.length;
    // At either end of a chunk the neighbour is a binding: `.a=${x}\n .b=${y}` must keep its space. Before a tag's
    // closing `>` or `/>` no space is needed (our templates never start a line of text with `>`).
    return before === '>' || after === '<' || after === '>' || text.startsWith('/>', end) ? '' : ' ';
  });
  // A static attribute value without spaces or markup needs no quotes: `part="heading"` → `part=heading`.
  result = result.replace(/(\s[\w.:?@-]+)=(["'])([\w-]+)\2(?=[\s/>])/g, '$1=$3');
  if (first) result = result.trimStart();
  if (last) result = result.trimEnd();
  return result;
}

/** Minifies every tagged template in `code`, leaving the expressions inside `${…}` as they are (but minified in turn). */
export function minifyLiterals(code: string): string {
  let out = '';
  let i = 0;
  const tag = /\b(html|css)`/g;
  while (i < code.length) {
    tag.lastIndex = i;
    const match = tag.exec(code);
    if (!match) break;
    out += code.slice(i, match.index + match[0].length);
    const [end, body] = readTemplate(code, match.index + match[0].length, match[1] as Kind);
    out += body + '`';
    i = end + 1;
  }
  return out + code.slice(i);
}

/** Reads a template from just after its opening backtick; returns the index of its closing backtick and its minified body. */
function readTemplate(code: string, start: number, kind: Kind): [number, string] {
  let body = '';
  let text = '';
  let first = true;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      return [i, body + minifyText(text, kind, first, true)];
    } else if (char === '$' && code[i + 1] === '{') {
      body += minifyText(text, kind, first, false) + '${';
      first = false;
      text = '';
      const end = matchingBrace(code, i + 2);
      body += minifyLiterals(code.slice(i + 2, end)) + '}';
      i = end + 1;
    } else {
      text += char;
      i++;
    }
  }
  throw new Error('minify-literals: unterminated template');
}

/** The index of the `}` closing an expression that starts at `start`, skipping nested templates and strings. */
function matchingBrace(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '`') {
      i = skipTemplate(code, i + 1);
    } else if (char === "'" || char === '"') {
      for (i++; code[i] !== char; i++) if (code[i] === '\\') i++;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  throw new Error('minify-literals: unbalanced expression');
}

function skipTemplate(code: string, start: number): number {
  for (let i = start; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '`') return i;
    else if (code[i] === '$' && code[i + 1] === '{') i = matchingBrace(code, i + 2);
  }
  throw new Error('minify-literals: unterminated template');
}

export const minifyLiteralsPlugin = (): Plugin => ({
  name: 'parley-minify-literals',
  apply: 'build',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
    return { code: minifyLiterals(code), map: null };
  },
});
