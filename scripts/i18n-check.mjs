// `npm run i18n:check`: every language table against English (keys, placeholders, plural categories, direction),
// and every English key's description for translators. Prints each problem and exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { root } from './setup.mjs';

const i18n = `${root}src/i18n/`;

/** A TypeScript module of ours without imports other than types, run as JavaScript. */
async function load(file) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript,${encodeURIComponent(outputText)}`);
}

/** The doc comment of every property of the interfaces in strings.ts: what translators read about each key. */
function descriptions() {
  const file = `${i18n}strings.ts`;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = {};
  const visit = (node) => {
    if (ts.isPropertySignature(node) && ts.isInterfaceDeclaration(node.parent)) {
      found[node.name.getText(source)] = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const { checkTable, checkDescriptions } = await load(`${root}scripts/i18n-rules.ts`);
// Every English table: en.ts and each en-*.ts beside it (the words that travel with a chunk), each exporting `en…`.
const english = {};
for (const file of readdirSync(i18n)
  .filter((name) => /^en(-[\w-]+)?\.ts$/.test(name))
  .sort()) {
  for (const [name, value] of Object.entries(await load(`${i18n}${file}`))) {
    if (/^en([A-Z]\w*)?$/.test(name) && typeof value === 'object') Object.assign(english, value);
  }
}
// The languages are the entries of the list in locales.ts: `tag: () => import('./file.js')`.
const listed = [
  ...readFileSync(`${i18n}locales.ts`, 'utf8').matchAll(/'?([\w-]+)'?: \(\) => import\('\.\/([\w-]+)\.js'\)/g),
];

const problems = checkDescriptions(descriptions(), english).map((problem) => `en (description) ${problem}`);
for (const [, tag, file] of listed) {
  const table = (await load(`${i18n}${file}.ts`)).default;
  problems.push(...checkTable(tag, table, english).map((problem) => `${tag} ${problem}`));
}

for (const problem of problems) console.error(problem);
const keys = Object.keys(english).length;
if (problems.length) {
  console.error(`i18n:check: ${problems.length} problem(s) in ${listed.length} languages.`);
  process.exit(1);
}
console.log(`i18n:check: English and ${listed.length} languages, ${keys} keys each, all complete and described.`);
