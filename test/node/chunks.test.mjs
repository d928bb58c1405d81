// What the built chunks import (`npm run build` first): a chunk loaded with the first page pulls no later chunk in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../dist/.vite/manifest.json', import.meta.url), 'utf8'));
const core = manifest['src/parley.ts'].imports;

test("the like buttons' chunk, loaded while the first page is asked for, imports only the core", () => {
  const likes = manifest['src/components/likes/like-button.ts'];
  // The storage helpers come with the chunk loaded for posting: the like buttons load it on the reader's first press.
  assert.deepEqual(likes.imports, core);
});

test("parley-count.js's build carries none of the section's adapters or posting code, only what a page of counts loads", () => {
  const counts = JSON.parse(readFileSync(new URL('../../dist/.vite/count-manifest.json', import.meta.url), 'utf8'));
  // The language tables and the counts' own chunks are in both builds, each built against its own core.
  const shared = /^src\/(i18n\/|backends\/\w+-count\.ts$)/;
  const twice = Object.keys(counts).filter((key) => key.startsWith('src/') && !shared.test(key) && key in manifest);
  assert.deepEqual(twice, []);
});

test('each core asks the browser to compile all its functions while it loads, not each when first called', () => {
  const counts = JSON.parse(readFileSync(new URL('../../dist/.vite/count-manifest.json', import.meta.url), 'utf8'));
  const cores = [manifest['src/parley.ts'].imports[0], counts['src/parley-count.ts'].imports[0]].map(
    (key) => (manifest[key] ?? counts[key]).file,
  );
  for (const file of cores) {
    const code = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
    assert.ok(code.startsWith('//# allFunctionsCalledOnLoad\n'), `${file} starts with the compile hint`);
  }
});
