// What custom-elements.json tells editors and framework typings (`npm run build` first): every element a page can
// write, every CSS part Parley draws, and nothing of the section's inner workings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations);
const element = (tag) => elements.find((declaration) => declaration.tagName === tag);

/** Every part name the sources draw: `part: 'x'`, `part="x"`, `[part=x]`. */
function drawnParts() {
  const parts = new Set();
  const sources = readdirSync(new URL('src/', root), { recursive: true }).filter((path) => path.endsWith('.ts'));
  for (const path of sources) {
    const text = readFileSync(new URL(`src/${path}`, root), 'utf8');
    for (const [, name] of text.matchAll(/\bpart(?:: ?'|="|=)([a-z-]+)/g)) parts.add(name);
  }
  return parts;
}

test('lists both elements a page writes, <parley-comments> and <parley-count>, with what a page sets on them', () => {
  assert.ok(element('parley-comments'));
  const count = element('parley-count');
  assert.ok(count, '<parley-count> is in the manifest');
  assert.deepEqual(count.attributes.map((attribute) => attribute.name).sort(), [
    'adapter',
    'api',
    'credentials',
    'href',
    'lang',
    'post-id',
    'thread',
  ]);
  assert.deepEqual(
    count.cssParts.map((part) => part.name),
    ['link', 'count'],
  );
  assert.deepEqual(
    count.events.map((event) => event.name),
    ['parley-error'],
  );
});

test('lists every CSS part Parley draws', () => {
  const listed = new Set(elements.flatMap((declaration) => (declaration.cssParts ?? []).map((part) => part.name)));
  assert.deepEqual(
    [...drawnParts()].filter((name) => !listed.has(name)),
    [],
  );
});

test("lists none of the section's own units as properties", () => {
  const names = element('parley-comments').members.map((member) => member.name);
  assert.deepEqual(
    names.filter((name) => ['permalinks', 'pageTheme'].includes(name)),
    [],
  );
});
