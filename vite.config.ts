/** Builds the drop-in `dist/parley.js`, and serves the demo (with msw's worker script) during development. */
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
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

export default defineConfig({
  root: '.',
  plugins: [mswWorker(), minifyLiteralsPlugin()],
  server: { host: '127.0.0.1', port: 5173, open: false },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/parley.ts', formats: ['es'], fileName: () => 'parley.js' },
    rolldownOptions: {
      // Lets shared code stay in parley.js instead of a chunk every page would have to fetch as well.
      preserveEntrySignatures: 'allow-extension',
      // `@__PURE__` and `@__NO_SIDE_EFFECTS__` marks have done their work once the bundle is tree-shaken.
      output: { minify: true, comments: { annotation: false }, chunkFileNames: '[name]-[hash:6].js' },
    },
  },
});
