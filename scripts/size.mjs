// `npm run size`: the min+gzip size of the drop-in bundle, checked against its budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './setup.mjs';

const BUDGET = 20_000;
const gzipped = (file) => gzipSync(readFileSync(`${root}dist/${file}`), { level: 9 }).length;

/** parley.js and the chunks it imports statically (its core): what a page loads before it can draw a comment. */
function entryPath() {
  const files = ['parley.js'];
  for (const file of files) {
    for (const [, imported] of readFileSync(`${root}dist/${file}`, 'utf8').matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)) {
      if (!files.includes(imported)) files.push(imported);
    }
  }
  return files;
}

let entry;
try {
  entry = entryPath();
} catch {
  console.error('dist/parley.js is missing: run "npm run build" first.');
  process.exit(1);
}
for (const file of readdirSync(`${root}dist`).filter((name) => name.endsWith('.js') && !entry.includes(name)).sort()) {
  console.log(`  ${file.padEnd(32)} ${String(gzipped(file)).padStart(6)} bytes min+gzip (loaded on demand)`);
}
const main = entry.reduce((sum, file) => sum + gzipped(file), 0);
const verdict = main <= BUDGET ? 'within' : 'OVER';
console.log(`dist/${entry.join(' + ')} ${main} bytes min+gzip: ${verdict} the budget of ${BUDGET} bytes.`);
process.exit(main <= BUDGET ? 0 : 1);
