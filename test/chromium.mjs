// The headless Chromium the browser tests run in: CHROME_PATH, else Debian's package; as root, without its sandbox.
// Every page acts as the focused one: otherwise, once another page has held focus, `focus()` moves
// `document.activeElement` but fires no focus events, and what a reader's focus starts never starts.
import { chromeLauncher } from '@web/test-runner-chrome';

export const chromium = () =>
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
    async createPage({ context }) {
      const page = await context.newPage();
      const devtools = await page.createCDPSession();
      await devtools.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
  });
