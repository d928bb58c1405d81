// `npm run size`: the min+gzip size of every file in dist/, and of what each kind of reader loads, checked against its budget.
// Which file is which comes from the build's own manifest (dist/.vite/manifest.json), not from the hashed file names.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { root } from './setup.mjs';

/** What a reader loads, as the source modules whose chunks (and everything those import at once) it takes. */
const BUDGETS = [
  {
    label: 'first comment',
    what: 'The path to the first comment: parley.js and what it imports',
    modules: ['src/parley.ts'],
    budget: 20_000,
  },
  {
    label: 'commenting',
    what: "A reader who comments: that, and the form with drafts and posting (the rest adapter's too)",
    modules: ['src/parley.ts', 'src/components/comment-form/form-chunk.ts'],
    budget: 28_000,
  },
  // dist/parley-count.js is a build of its own (dist/.vite/count-manifest.json): a page of counts loads nothing else.
  ...[
    ['rest', 'the rest adapter'],
    ['wordpress', 'the wordpress adapter'],
    ['waline', 'the waline adapter'],
  ].map(([adapter, name]) => ({
    label: `counts only (${adapter})`,
    what: `A page with counts only, with ${name}: parley-count.js and the counts' code it loads`,
    manifest: 'count-manifest.json',
    modules: ['src/parley-count.ts', `src/backends/${adapter}-count.ts`],
    budget: 8_000,
  })),
];

const dist = `${root}dist/`;
const manifests = {};
for (const name of ['manifest.json', 'count-manifest.json']) {
  const file = `${dist}.vite/${name}`;
  if (!existsSync(file)) {
    console.error(`dist/.vite/${name} is missing: run "npm run build" first.`);
    process.exit(1);
  }
  manifests[name] = JSON.parse(readFileSync(file, 'utf8'));
}
const gzipped = (file) => gzipSync(readFileSync(dist + file), { level: 9 }).length;
const bytes = (n) => n.toLocaleString('en-US');

/** The files a page fetches before `keys` can run: their own and, recursively, those they import statically. */
function filesOf(keys, manifestName = 'manifest.json') {
  const manifest = manifests[manifestName];
  const files = [];
  const visit = (key) => {
    const record = manifest[key];
    if (!record)
      throw new Error(`dist/.vite/${manifestName} has no chunk for ${key}: update BUDGETS in scripts/size.mjs.`);
    if (files.includes(record.file)) return;
    files.push(record.file);
    for (const imported of record.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

let groups;
try {
  groups = BUDGETS.map((group) => {
    const files = filesOf(group.modules, group.manifest);
    return { ...group, files, total: files.reduce((sum, file) => sum + gzipped(file), 0) };
  });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const sourceOf = new Map(
  Object.values(manifests)
    .flatMap((manifest) => Object.values(manifest))
    .map((record) => [record.file, record.src ?? `code shared by the chunks ("${record.name}")`]),
);
const row = (file) =>
  `  ${file.padEnd(26)} ${bytes(gzipped(file)).padStart(7)}  ${sourceOf.get(file) ?? '(not in the manifest)'}`;

let shown = [];
for (const group of groups) {
  console.log(`${group.what}:`);
  for (const file of group.files.filter((name) => !shown.includes(name))) console.log(row(file));
  const verdict = group.total <= group.budget ? 'within' : `OVER by ${bytes(group.total - group.budget)}`;
  console.log(
    `  ${'= together'.padEnd(26)} ${bytes(group.total).padStart(7)}  bytes min+gzip, budget ${bytes(group.budget)}: ${verdict}`,
  );
  shown = [...new Set([...shown, ...group.files])];
}
console.log('Loaded when a page needs them (no budget):');
for (const file of readdirSync(dist)
  .filter((name) => name.endsWith('.js') && !shown.includes(name))
  .sort())
  console.log(row(file));

const over = groups.filter((group) => group.total > group.budget);
const summary = groups.map((group) => `${group.label} ${bytes(group.total)} of ${bytes(group.budget)}`).join(', ');
console.log(`${over.length ? 'OVER budget' : 'Within budget'}: ${summary} bytes min+gzip.`);
process.exit(over.length ? 1 : 0);
