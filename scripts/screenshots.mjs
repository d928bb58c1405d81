// Writes the screenshots in docs/: the demo light, dark, on a phone and in Arabic, and a WordPress-like page beside
// the same page with Parley. Serves the demo itself (PORT, default 5199) and drives Chromium (CHROME_PATH, else
// /usr/bin/chromium) through puppeteer-core. Usage: node scripts/screenshots.mjs
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromeFlags, root } from './setup.mjs';

const port = Number(process.env.PORT ?? 5199);
const origin = `http://127.0.0.1:${port}`;
const server = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'warn',
  server: { port, host: '127.0.0.1', strictPort: true },
});
await server.listen();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...chromeFlags, '--hide-scrollbars'],
});

/**
 * Opens `path` in a fresh context at `width`, with the system in `scheme`, lets `prepare` change the page, waits
 * for the comments and the form, and returns a PNG of the comments section (at most `height` tall).
 */
async function shoot({ path, width = 800, height = 2600, scheme = 'light', prepare = () => {} }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.evaluate(prepare);
  // The section loads lazily, as it nears the screen.
  await page.evaluate(() => document.querySelector('parley-comments:not([hidden])')?.scrollIntoView());
  await page.waitForFunction(
    () => {
      const section = document.querySelector('parley-comments');
      if (!section || section.hidden) return document.querySelector('#native');
      return (
        section.shadowRoot?.querySelector('parley-comment-list')?.shadowRoot?.querySelector('parley-comment') &&
        section.shadowRoot.querySelector('parley-comment-form')?.shadowRoot?.querySelector('form')
      );
    },
    { timeout: 20000 },
  );
  // Dates, fonts and the last chunk of comments settle.
  await new Promise((resolve) => setTimeout(resolve, 800));
  const box = await page.evaluate(() => {
    const section = document.querySelector('parley-comments');
    const target = section && !section.hidden ? section : document.querySelector('#native');
    target.scrollIntoView();
    const { x, y, width: w, height: h } = target.getBoundingClientRect();
    return { x: x + scrollX, y: y + scrollY, width: w, height: h };
  });
  const margin = 16;
  const png = await page.screenshot({
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: Math.min(width, box.width + 2 * margin),
      height: Math.min(height, box.height + 2 * margin),
    },
    captureBeyondViewport: true,
  });
  await context.close();
  return png;
}

/** Two PNGs side by side, each under its caption. */
async function sideBySide(left, right, [leftCaption, rightCaption]) {
  const page = await browser.newPage();
  const src = (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  await page.setContent(`<body style="margin:0;display:flex;gap:24px;padding:16px;background:#ddd;font:15px system-ui;align-items:flex-start">
    <figure style="margin:0"><figcaption style="margin-bottom:8px"></figcaption><img></figure>
    <figure style="margin:0"><figcaption style="margin-bottom:8px"></figcaption><img></figure></body>`);
  await page.evaluate(
    (images, captions) => {
      document.querySelectorAll('img').forEach((img, i) => (img.src = images[i]));
      document.querySelectorAll('figcaption').forEach((caption, i) => (caption.textContent = captions[i]));
      return Promise.all([...document.images].map((img) => img.decode()));
    },
    [src(left), src(right)],
    [leftCaption, rightCaption],
  );
  const { width, height } = await page.evaluate(() => ({
    width: document.body.scrollWidth,
    height: document.body.scrollHeight,
  }));
  await page.setViewport({ width, height });
  const png = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
  await page.close();
  return png;
}

const resetDemo = () => localStorage.removeItem('parley-demo:comments');
try {
  writeFileSync(`${root}docs/demo-light.png`, await shoot({ path: '/demo/', prepare: resetDemo }));
  writeFileSync(`${root}docs/demo-dark.png`, await shoot({ path: '/demo/', scheme: 'dark', prepare: resetDemo }));
  writeFileSync(`${root}docs/demo-mobile.png`, await shoot({ path: '/demo/', width: 390, height: 1700 }));
  writeFileSync(
    `${root}docs/demo-rtl.png`,
    await shoot({
      path: '/demo/',
      prepare: () => document.querySelector('parley-comments').setAttribute('lang', 'ar'),
    }),
  );
  const native = await shoot({ path: '/demo/wordpress-like.html', width: 700 });
  const parley = await shoot({ path: '/demo/wordpress-like.html?parley', width: 700 });
  writeFileSync(
    `${root}docs/native-side-by-side.png`,
    await sideBySide(native, parley, [
      "WordPress's own comments (a Twenty Twenty-Four-like page)",
      'Parley on the same page',
    ]),
  );
} finally {
  await browser.close();
  await server.close();
}
