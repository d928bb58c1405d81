// web-test-runner for the framework apps: each `*.app.ts(x)` of this folder is bundled with its framework by esbuild
// (React and its JSX, Vue with its template compiler, Svelte components compiled), importing Parley as an app would:
// `parley-comments/define` from the built package. Then each bundle runs in headless Chromium.
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';
import { chromium } from '../chromium.mjs';
import { countReporter } from '../count-reporter.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = `${root}test/frameworks/`;
const out = 'node_modules/.cache/parley/frameworks';

/** Svelte components, compiled for the browser. */
const sveltePlugin = {
  name: 'svelte',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.svelte$/ }, async ({ path }) => ({
      contents: compile(await readFile(path, 'utf8'), { filename: path, generate: 'client' }).js.code,
      loader: 'js',
    }));
  },
};

/** `parley-comments` and its subpaths, from the package's own `exports` (the built files), as an app resolves them. */
const packageItself = {
  name: 'parley-comments',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^parley-comments(\/.*)?$/ }, async ({ path }) => {
      const { exports } = JSON.parse(await readFile(`${root}package.json`, 'utf8'));
      const entry = exports[`.${path.slice('parley-comments'.length)}`];
      return { path: `${root}${(entry.default ?? entry).slice(2)}` };
    });
  },
};

const apps = (await readdir(here)).filter((file) => /\.app\.tsx?$/.test(file));
await build({
  entryPoints: apps.map((file) => `${here}${file}`),
  outdir: `${root}${out}`,
  entryNames: '[name]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  tsconfig: `${here}tsconfig.json`,
  conditions: ['svelte', 'browser'],
  // Vue's full build compiles the app's template in the browser.
  alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  plugins: [sveltePlugin, packageItself],
  logLevel: 'warning',
});

export default {
  rootDir: root,
  files: apps.map((file) => `${out}/${file.replace(/\.tsx?$/, '.js')}`),
  concurrency: 1,
  // Long enough for a busy machine: waiting costs nothing while tests pass.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [chromium()],
  reporters: [defaultReporter(), countReporter()],
};
