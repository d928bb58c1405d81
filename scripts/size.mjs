// `npm run size`: the min+gzip size of the drop-in bundle, checked against its budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './setup.mjs';

const BUDGET = 20_000;
const gzipped = (file) => gzipSync(readFileSync(`${root}dist/${file}`), { level: 9 }).length;

let main;
try {
  main = gzipped('parley.js');
} catch {
  console.error('dist/parley.js is missing: run "npm run build" first.');
  process.exit(1);
}
for (const file of readdirSync(`${root}dist`).filter((name) => name.endsWith('.js') && name !== 'parley.js').sort()) {
  console.log(`  ${file.padEnd(32)} ${String(gzipped(file)).padStart(6)} bytes min+gzip (loaded on demand)`);
}
const verdict = main <= BUDGET ? 'within' : 'OVER';
console.log(`dist/parley.js ${main} bytes min+gzip: ${verdict} the budget of ${BUDGET} bytes.`);
process.exit(main <= BUDGET ? 0 : 1);
