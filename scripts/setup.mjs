// What `npm start` and `npm test` need before they run: node modules, and for tests a Chrome or Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/** Installs node modules when they are missing or older than the lock file. */
export function ensureModules() {
  const installed = `${root}node_modules/.package-lock.json`;
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(`${root}package-lock.json`).mtimeMs) return;
  console.log('Installing node modules (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** The flags every headless Chromium of Parley's tests, bench and screenshots starts with (as root: no sandbox). */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function which(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The path of a Chrome or Chromium; on Debian as root, installs Chromium when there is none. */
export function ensureChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  const found = candidates.map(which).find(Boolean);
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chrome or Chromium found: installing Chromium with apt-get…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    const installed = candidates.map(which).find(Boolean);
    if (installed) return installed;
  }
  console.error(
    'Parley\'s tests need Chrome or Chromium: install it (on Debian: "sudo apt-get install chromium") or set CHROME_PATH to its path.',
  );
  process.exit(1);
}
