// The headless Chromium the browser tests run in: CHROME_PATH, else Debian's package; as root, without its sandbox.
// Every page acts as the focused one: otherwise, once another page has held focus, `focus()` moves
// `document.activeElement` but fires no focus events, and what a reader's focus starts never starts.
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeFlags } from '../scripts/setup.mjs';

export const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: chromeFlags,
    },
    async createPage({ context }) {
      const page = await context.newPage();
      const devtools = await page.createCDPSession();
      await devtools.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return page;
    },
  });
