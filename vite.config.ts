/** Builds the drop-in `dist/parley.js`, and serves the demo (with msw's worker script) during development. */
import { defineConfig } from 'vite';
import type { BuildOptions, Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyLiteralsPlugin } from './scripts/minify-literals.js';

const workerScript = fileURLToPath(new URL('./node_modules/msw/lib/mockServiceWorker.js', import.meta.url));

/** Serves msw's worker from the installed package, so no generated copy is committed. */
const mswWorker = (): Plugin => ({
  name: 'parley-msw-worker',
  configureServer(server) {
    server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(readFileSync(workerScript));
    });
  },
});

/** Serves the demo at `/` as well as at `/demo/`: the address `npm start` prints is the demo. */
const demoAtRoot = (): Plugin => ({
  name: 'parley-demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.statusCode = 302;
      response.setHeader('Location', '/demo/');
      response.end();
    });
  },
});

type Output = NonNullable<NonNullable<BuildOptions['rolldownOptions']>['output']>;
type Groups = NonNullable<Exclude<Output, unknown[]>['codeSplitting']>;

/**
 * A drop-in script of dist/: `entry` built as `file`, with `groups` (what it loads at once first, as one file) and
 * its manifest, read by `npm run size`.
 */
const dropIn = (entry: string, file: string, manifest: string | true, codeSplitting: Groups): BuildOptions => ({
  target: 'es2022',
  outDir: 'dist',
  // The main build starts dist/ afresh; the counts' build adds to it.
  emptyOutDir: manifest === true,
  // Which file holds which module, and what each file loads.
  manifest,
  lib: { entry, formats: ['es'], fileName: () => file },
  rolldownOptions: {
    // The entry only imports its core: sites load it as `parley.js?ver=…` or `parley.js#…`, and a chunk that
    // imported shared code from `./parley.js` would run a second copy of Parley under the URL without them.
    // A hashed core is one module per page whatever the entry's URL, and always the one its chunks were built with.
    preserveEntrySignatures: 'strict',
    output: {
      minify: true,
      // `@__PURE__` and `@__NO_SIDE_EFFECTS__` marks have done their work once the bundle is tree-shaken.
      comments: { annotation: false },
      chunkFileNames: '[name]-[hash:6].js',
      // Lower-case letters and digits: names that case-insensitive servers keep apart, and that gzip packs better.
      hashCharacters: 'base36',
      codeSplitting,
    },
  },
});

/**
 * Nearly every function of a core (`core`, `count-core`) runs on the way to the first comment or count: the hint has
 * the browser compile them all while the file streams in, off the main thread, rather than each on the main thread
 * when it is first called. Added to the minified file, which keeps no comments of its own.
 */
const compileHint = (): Plugin => ({
  name: 'parley-compile-hint',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle))
      if (file.type === 'chunk' && file.name.endsWith('core')) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
  },
});

/** The counts' build takes the registry that knows only the built-in adapters (see the module). */
const countsRegistry = (): Plugin => ({
  name: 'parley-counts-registry',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.endsWith('count.ts') && source.endsWith('/backends/registry.js'))
      return fileURLToPath(new URL('./src/components/count/drop-in-registry.ts', import.meta.url));
  },
});

export default defineConfig(({ mode }) => ({
  root: '.',
  plugins: [
    mswWorker(),
    demoAtRoot(),
    minifyLiteralsPlugin(),
    compileHint(),
    ...(mode === 'count' ? [countsRegistry()] : []),
  ],
  server: { host: '127.0.0.1', port: 5173, open: false },
  build:
    mode === 'count'
      ? /*
         * `dist/parley-count.js`, for pages with counts only (`vite build --mode count`, run by `npm run build` after
         * the main build): a build of its own, so it shares no chunk with parley.js and loads nothing of the section.
         * What it needs at once is one file, `count-core`, as parley.js has its core.
         */
        dropIn('src/parley-count.ts', 'parley-count.js', '.vite/count-manifest.json', {
          groups: [{ name: 'count-core', tags: ['$initial'] }],
        })
      : dropIn('src/parley.ts', 'parley.js', true, {
          groups: [
            // Everything parley.js loads at once, in one file: the path to the first comment stays two requests.
            { name: 'core', tags: ['$initial'] },
            // What posting to a backend needs beyond the core, in one file rather than a few small ones: the rest
            // adapter's POST, the reader's held comments, the record of sent keys, and the storage they share.
            {
              name: 'rest-posting',
              test: /src[\\/](backends[\\/](own-pending|post|rest-create|rest-posting)|model[\\/](http-url|stored|rich-text))\.ts$/,
            },
          ],
        }),
}));
