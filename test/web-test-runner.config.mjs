// web-test-runner: every test file in headless Chromium, TypeScript through esbuild, msw's worker served from its package.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { build } from 'vite';
import { chromium } from './chromium.mjs';
import { countReporter } from './count-reporter.mjs';
import { forcedColorsPlugin } from './a11y/forced-colors-plugin.mjs';
import { cspPage } from './reliability/csp/server.mjs';
import { scriptUrlPages } from './reliability/script-url/server.mjs';

/** `screenshot` command: a PNG (base64) of a region of the page as painted, for tests of what the reader sees. */
const screenshotPlugin = () => ({
  name: 'parley-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    return session.browser.getPage(session.id).screenshot({ encoding: 'base64', clip: payload });
  },
});

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

// The strict-CSP and script-URL tests load the built bundle: build it from the sources under test.
await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['test/**/*.test.ts', '!test/backends/integration/**'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // A busy machine (other builds and test runs on the same cores) may make the browser several times slower:
  // waiting longer costs nothing while tests pass, and a test that fails still says what it waited for.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 900_000,
  testFramework: { config: { timeout: 30_000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig }),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    screenshotPlugin(),
  ],
  middleware: [
    cspPage(),
    scriptUrlPages(),
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [chromium()],
  reporters: [defaultReporter(), countReporter()],
};
