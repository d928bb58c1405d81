// Checks the package as npm would publish it (`npm run build` first): packs it, lists the tarball and fails on a file
// a user does not need or a missing one they do, runs publint and Are the Types Wrong on the tarball, then compiles
// the consumer files in test/package/consumer against the unpacked package under `bundler` and `nodenext` resolution.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = `${root}.pack/`;
const bin = (name) => `${root}node_modules/.bin/${name}`;
/** Runs a check; one that fails has said why on the terminal, so this stops without a stack trace of its own. */
const run = (command, args) => {
  try {
    execFileSync(command, args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`Failed: ${command.replace(root, '')} ${args.join(' ').replaceAll(root, '')}`);
    process.exit(1);
  }
};

rmSync(work, { recursive: true, force: true });
mkdirSync(work);

const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
);
const tarball = `${work}${packed.filename}`;
const files = packed.files.map((file) => file.path).sort();
console.log(`${packed.filename}: ${files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);

/** What a user of the package needs: the built modules with their types and maps, the drop-in bundle, the data, the command. */
const wanted = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
  /^build\/.+\.(js|d\.ts|js\.map)$/,
  /^bin\/parley-check\.mjs$/,
  /^build\/vscode\.(html|css)-custom-data\.json$/,
  /^dist\/[\w.-]+\.js$/,
  /^dist\/\.vite\/(count-)?manifest\.json$/,
  /^bin\/parley-render\.mjs$/,
];
const required = [
  'LICENSE',
  'README.md',
  'CHANGELOG.md',
  'custom-elements.json',
  'dist/parley.js',
  'dist/parley-count.js',
  'build/index.js',
  'build/index.d.ts',
  'build/define.js',
  'build/define.d.ts',
  'bin/parley-check.mjs',
  'build/check/protocol-check.js',
  'build/ssr/render.js',
  'build/ssr/render.d.ts',
  'bin/parley-render.mjs',
  'build/frameworks/react.d.ts',
  'build/frameworks/preact.d.ts',
  'build/frameworks/vue.d.ts',
  'build/frameworks/svelte.d.ts',
  'build/vscode.html-custom-data.json',
  'build/vscode.css-custom-data.json',
];
const unwanted = files.filter((file) => !wanted.some((pattern) => pattern.test(file)));
const missing = required.filter((file) => !files.includes(file));
if (unwanted.length > 0 || missing.length > 0) {
  if (unwanted.length > 0) console.error(`Files a user does not need:\n  ${unwanted.join('\n  ')}`);
  if (missing.length > 0) console.error(`Files missing from the package:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}

run(bin('publint'), ['run', tarball]);
// The package is ESM only (Node 20 and later import it); the framework typings are types without JavaScript.
run(bin('attw'), [
  tarball,
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './react',
  './preact',
  './vue',
  './svelte',
  './custom-elements.json',
  './vscode.html-custom-data.json',
  './vscode.css-custom-data.json',
]);

// A consumer project beside the repository's node_modules (for lit, react, vue…), with the package unpacked in its own.
const consumer = `${work}consumer/`;
const unpacked = `${consumer}node_modules/parley-comments/`;
mkdirSync(unpacked, { recursive: true });
run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
for (const file of readdirSync(`${root}test/package/consumer`))
  cpSync(`${root}test/package/consumer/${file}`, `${consumer}${file}`);
writeFileSync(`${consumer}package.json`, JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
// define.ts alone first: no other import may be what brings the elements' and events' types.
const programs = { define: ['define.ts'], all: readdirSync(consumer).filter((file) => /\.tsx?$/.test(file)) };
for (const resolution of ['bundler', 'nodenext']) {
  for (const [program, files] of Object.entries(programs)) {
    const module = resolution === 'bundler' ? 'ESNext' : 'NodeNext';
    const config = `${consumer}tsconfig.${resolution}.${program}.json`;
    const compilerOptions = { module, moduleResolution: resolution };
    writeFileSync(config, JSON.stringify({ extends: './tsconfig.json', compilerOptions, files }));
    run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', config]);
  }
  console.log(`The consumer compiles with moduleResolution ${resolution}.`);
}
