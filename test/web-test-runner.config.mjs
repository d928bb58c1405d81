// web-test-runner: every test file in headless Chromium, TypeScript through esbuild, msw's worker served from its package.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './count-reporter.mjs';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['test/**/*.test.ts', '!test/backends/integration/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig }), a11ySnapshotPlugin()],
  middleware: [
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
