// `npm test`: installs what the tests lack, then runs the suite in headless Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChrome, ensureModules, root } from './setup.mjs';

ensureModules();
const chrome = ensureChrome();
const result = spawnSync(
  `${root}node_modules/.bin/web-test-runner`,
  ['--config', 'test/web-test-runner.config.mjs', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
);
process.exit(result.status ?? 1);
