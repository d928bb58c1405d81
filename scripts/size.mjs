// `npm run size`: the min+gzip size of every chunk, and of the path to the first comment (parley.js and the
// chunks it imports statically), checked against the budgets.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './setup.mjs';

/** The path to the first comment: what `<script src="parley.js">` loads before anything is drawn. */
const PATH_BUDGET = 20_000;
/** What a reader who comments loads: the path above, plus the form's chunk. */
const COMMENTING_BUDGET = 28_000;

const read = (file) => readFileSync(`${root}dist/${file}`);
const gzipped = (files) => gzipSync(Buffer.concat(files.map(read)), { level: 9 }).length;
/** The chunks a file imports statically (`import … from "./x.js"`), not the ones it loads on demand. */
const staticImports = (file) => [...read(file).toString().matchAll(/(?:^|[;}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

let files;
try {
  files = readdirSync(`${root}dist`).filter((name) => name.endsWith('.js')).sort();
  read('parley.js');
} catch {
  console.error('dist/parley.js is missing: run "npm run build" first.');
  process.exit(1);
}
const path = ['parley.js'];
for (let i = 0; i < path.length; i++) for (const file of staticImports(path[i])) if (!path.includes(file)) path.push(file);
const form = files.find((name) => name.startsWith('form-chunk-'));

for (const file of files) {
  const role = path.includes(file) ? 'path to the first comment' : 'loaded on demand';
  console.log(`  ${file.padEnd(32)} ${String(gzipped([file])).padStart(6)} bytes min+gzip (${role})`);
}
const checks = [
  [`path to the first comment (${path.join(' + ')})`, gzipped(path), PATH_BUDGET],
  ['a reader who comments (that path + the form)', gzipped([...path, form]), COMMENTING_BUDGET],
];
for (const [what, bytes, budget] of checks) console.log(`${what}: ${bytes} bytes min+gzip of ${budget}${bytes > budget ? ' — OVER' : ''}`);
const main = gzipped(['parley.js']);
console.log(`dist/parley.js ${main} bytes min+gzip: ${main <= PATH_BUDGET ? 'within' : 'OVER'} the budget of ${PATH_BUDGET} bytes.`);
process.exit(main <= PATH_BUDGET ? 0 : 1);
