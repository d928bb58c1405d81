// `npm run test:frameworks` (after `npm run build`): type-checks the framework apps of test/frameworks against the
// built package and its generated typings, then runs them in headless Chromium.
import { spawnSync } from 'node:child_process';
import { ensureChrome, root } from './setup.mjs';

const run = (command, args, env = process.env) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'test/frameworks/tsconfig.json']);
const chrome = ensureChrome();
run(`${root}node_modules/.bin/web-test-runner`, ['--config', 'test/frameworks/web-test-runner.config.mjs'], {
  ...process.env,
  CHROME_PATH: chrome,
});
