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
