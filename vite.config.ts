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

/**
 * `dist/parley-count.js`, the drop-in script for pages with counts only (`vite build --mode count`, run by `npm run
 * build` after the main build): a build of its own, so it shares no chunk with parley.js and loads nothing of the
 * section. Its chunks go to the same folder; its manifest is `dist/.vite/count-manifest.json`.
 */
const countBuild: BuildOptions = {
  target: 'es2022',
  outDir: 'dist',
  emptyOutDir: false,
  manifest: '.vite/count-manifest.json',
  lib: { entry: 'src/parley-count.ts', formats: ['es'], fileName: () => 'parley-count.js' },
  rolldownOptions: {
    preserveEntrySignatures: 'strict',
    output: {
      minify: true,
      comments: { annotation: false },
      chunkFileNames: '[name]-[hash:6].js',
      hashCharacters: 'base36',
      // What parley-count.js needs at once in one file, as parley.js has its core: two requests before a count asks.
      codeSplitting: { groups: [{ name: 'count-core', tags: ['$initial'] }] },
    },
  },
};

export default defineConfig(({ mode }) => ({
  root: '.',
  plugins: [mswWorker(), demoAtRoot(), minifyLiteralsPlugin()],
  server: { host: '127.0.0.1', port: 5173, open: false },
  build:
    mode === 'count'
      ? countBuild
      : {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: true,
          // dist/.vite/manifest.json: which file holds which module, and what each file loads (read by `npm run size`).
          manifest: true,
          lib: { entry: 'src/parley.ts', formats: ['es'], fileName: () => 'parley.js' },
          rolldownOptions: {
            // parley.js only imports the core: sites load it as `parley.js?ver=…` or `parley.js#…`, and a chunk that
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
              // Everything parley.js loads at once, in one file: the path to the first comment stays two requests.
              codeSplitting: {
                groups: [
                  { name: 'core', tags: ['$initial'] },
                  // What posting to a backend needs beyond the core, in one file rather than a few small ones: the rest
                  // adapter's POST, the reader's held comments, the record of sent keys, and the storage they share.
                  {
                    name: 'rest-posting',
                    test: /src[\\/](backends[\\/](own-pending|post|rest-create|rest-posting)|model[\\/](http-url|stored|rich-text))\.ts$/,
                  },
                ],
              },
            },
          },
        },
}));
