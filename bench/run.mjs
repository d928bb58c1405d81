// `npm run bench`: renders generated threads with Parley and with a bare Lit list in headless Chromium and reports medians.
// @ts-check
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.mjs';
import { chromeFlags } from '../scripts/setup.mjs';
import { MAX_LEVEL, REPLY_SHARE, SEED } from './thread.mjs';
import { TRACE_CATEGORIES, mainThreadCpu } from './trace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const cacheDir = join(root, 'node_modules', '.cache', 'parley-bench');
const baselineOut = join(cacheDir, 'baseline');
const traceFile = join(cacheDir, 'trace.json');
// The trace is written here whichever clients run (building the bare Lit list is not what makes the folder).
mkdirSync(cacheDir, { recursive: true });

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '100,1000,5000' },
    clients: { type: 'string', default: 'parley,baseline' },
    out: { type: 'string', default: join(benchDir, 'results.json') },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const SIZES = args.sizes.split(',').map(Number);
/** The whole run stops starting new measurements after this long, so it always ends well under 10 minutes. */
const BUDGET_MS = 8 * 60_000;
/** A run whose comments are not all painted by then counts as a failure. */
const RUN_TIMEOUT_MS = 20_000;
/** Time left after the last comment is painted for work the element defers, so its long tasks count too. */
const SETTLE_MS = 500;

/**
 * @typedef {object} Client
 * @property {string} label
 * @property {string} dir      folder served under `/{name}/`
 * @property {string} script   the module the page loads
 * @property {string} tag      the element mounted
 * @property {{ tag?: string, selector: string }} comment   how one rendered comment is recognised
 * @property {string} [loadEvent]
 * @property {() => number} [likes]   how many like buttons it shows (the bench server sends like counts)
 * @property {() => Promise<void>} prepare
 */

/** @type {Record<string, Client>} */
const CLIENTS = {
  parley: {
    label: 'Parley',
    dir: join(root, 'dist'),
    script: 'parley.js',
    tag: 'parley-comments',
    comment: { tag: 'parley-comment', selector: 'parley-comment' },
    likes: () =>
      // Runs in the page.
      globalThis.document
        .querySelector('parley-comments')
        ?.shadowRoot?.querySelector('parley-comment-list')
        ?.shadowRoot?.querySelectorAll('[part=like]:not([hidden])').length ?? 0,
    loadEvent: 'parley-load',
    prepare: async () => {
      if (existsSync(join(root, 'dist', 'parley.js'))) return;
      console.log('dist/parley.js is missing: npm run build');
      const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) throw new Error('npm run build failed');
    },
  },
  baseline: {
    label: 'bare Lit list',
    dir: baselineOut,
    script: 'baseline.js',
    tag: 'baseline-comments',
    comment: { selector: 'li.comment' },
    prepare: async () => {
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          outDir: baselineOut,
          emptyOutDir: true,
          target: 'es2022',
          lib: {
            entry: join(benchDir, 'baseline', 'baseline-comments.ts'),
            formats: ['es'],
            fileName: () => 'baseline.js',
          },
          rolldownOptions: { output: { minify: true } },
        },
      });
    },
  },
};

/** Chromium from CHROME_PATH, else the first Chromium or Chrome on PATH; a browser is never downloaded. */
function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const names = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error('No Chromium found: install one or set CHROME_PATH.');
}

/** @param {(number | null)[]} values */
function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Loads one client's page in a fresh browser context, mounts the element for a thread of `size`
 * comments, and collects the probe's timings, heap after GC and bytes transferred.
 * With `traced`, the run is recorded in a Chrome trace and also reports the main thread's CPU per task.
 * @param {import('puppeteer-core').Browser} browser @param {string} origin
 * @param {string} name @param {Client} client @param {number} size @param {boolean} [traced]
 */
async function measure(browser, origin, name, client, size, traced = false) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const errors = /** @type {string[]} */ ([]);
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const cdp = await page.createCDPSession();
    const urls = new Map();
    const bytes = { total: 0, script: 0, api: 0 };
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
    cdp.on('Network.loadingFinished', (event) => {
      const url = new URL(urls.get(event.requestId) ?? origin);
      if (url.origin !== origin) errors.push(`request to another host: ${url.origin}`);
      bytes.total += event.encodedDataLength;
      if (url.pathname.startsWith(`/${name}/`)) bytes.script += event.encodedDataLength;
      if (url.pathname.startsWith('/api/')) bytes.api += event.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.goto(`${origin}/${name}.html`, { waitUntil: 'load' });

    const options = {
      tag: client.tag,
      attributes: { api: `${origin}/api`, thread: `bench-${size}`, 'page-size': String(size), loading: 'eager' },
      comment: client.comment,
      expected: size,
      loadEvent: client.loadEvent,
      settleMs: SETTLE_MS,
      timeoutMs: RUN_TIMEOUT_MS,
    };
    const cpuBefore = await rendererCpuMs(browser);
    if (traced) await page.tracing.start({ path: traceFile, categories: TRACE_CATEGORIES });
    const timings = await page.evaluate((options) => /** @type {any} */ (globalThis).parleyBench.run(options), options);
    const cpu = (await rendererCpuMs(browser)) - cpuBefore;
    if (traced) {
      await page.tracing.stop();
      const all = await mainThreadCpu(traceFile, timings.allPainted ?? RUN_TIMEOUT_MS);
      // From the answer's arrival to the first painted comment: the work behind "first painted after response".
      const first = await mainThreadCpu(traceFile, timings.firstPainted ?? RUN_TIMEOUT_MS, timings.responseEnd ?? 0);
      return { mainThread: all && { ...all, firstAfterResponse: first ? first.script + first.rendering : null } };
    }

    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (timings.timedOut) errors.push(`not all ${size} comments painted within ${RUN_TIMEOUT_MS} ms`);
    if (timings.dom.comments !== size) errors.push(`${timings.dom.comments} comments in the DOM, expected ${size}`);
    if (timings.requests !== 1) errors.push(`${timings.requests} requests for comments, expected 1`);
    if (client.likes) {
      // The server sends like counts: every comment must show its like button, or the run measured less than it should.
      const likes = await page.evaluate(client.likes);
      if (likes !== size) errors.push(`${likes} like buttons shown, expected ${size}`);
    }
    const counted = new Map();
    for (const error of errors) counted.set(error, (counted.get(error) ?? 0) + 1);
    const distinct = [...counted].map(([error, times]) => (times > 1 ? `${error} (${times}×)` : error));
    return { ...timings, cpu, heapAfterGc: usedSize, bytes, errors: distinct };
  } finally {
    await context.close();
  }
}

/**
 * CPU time used so far by the browser's renderer processes. On a shared machine wall-clock times swing
 * with everyone else's load; the CPU a page burns swings far less, so it is reported next to them.
 * @param {import('puppeteer-core').Browser} browser
 */
async function rendererCpuMs(browser) {
  const session = await browser.target().createCDPSession();
  try {
    const { processInfo } = /** @type {{ processInfo: { type: string, cpuTime: number }[] }} */ (
      await session.send(/** @type {any} */ ('SystemInfo.getProcessInfo'))
    );
    return processInfo.filter((info) => info.type === 'renderer').reduce((sum, info) => sum + info.cpuTime * 1000, 0);
  } finally {
    await session.detach();
  }
}

/** @param {number | null} value @param {number} [digits] */
const format = (value, digits = 0) =>
  value === null
    ? '–'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** @param {any[]} cases */
function table(cases) {
  const lines = [
    '| client | comments | first painted (ms) | first painted after response (ms) | all painted (ms) | all painted vs bare Lit | longest task (ms) | total blocking time (ms) | renderer CPU (ms) | heap after GC (MB) | DOM elements | transferred (KB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const item of cases) {
    const m = item.median;
    const baseline = cases.find((other) => other.client === 'baseline' && other.comments === item.comments);
    const ratio =
      baseline?.median.allPainted && m.allPainted !== null ? m.allPainted / baseline.median.allPainted : null;
    lines.push(
      `| ${item.label} | ${format(item.comments)} | ${format(m.firstPainted)} | ${format(m.firstAfterResponse)} | ` +
        `${format(m.allPainted)} | ${ratio === null ? '–' : `${format(ratio, 2)}×`} | ` +
        `${m.longestTask < 50 ? '< 50' : format(m.longestTask)} | ${format(m.totalBlockingTime)} | ${format(m.cpu)} | ` +
        `${format(m.heapAfterGc / 1024 / 1024, 1)} | ${format(m.domElements)} | ${format(m.transferred / 1024, 1)} |`,
    );
  }
  const traced = cases.filter((item) => item.mainThreadCpu);
  if (traced.length) {
    lines.push(
      '',
      'Main-thread CPU from creation to all painted, from one traced run per row (steady under machine load, unlike the wall-clock times above):',
      '',
      '| client | comments | script (ms) | rendering (ms) | longest task, CPU (ms) | first painted after response, CPU (ms) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const item of traced) {
      const cpu = item.mainThreadCpu;
      lines.push(
        `| ${item.label} | ${format(item.comments)} | ${format(cpu.script)} | ${format(cpu.rendering)} | ${format(cpu.longestTask)} | ` +
          `${format(cpu.firstAfterResponse ?? null)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  const names = args.clients.split(',').filter((name) => {
    if (Object.hasOwn(CLIENTS, name)) return true;
    throw new Error(`Unknown client "${name}"; known: ${Object.keys(CLIENTS).join(', ')}.`);
  });
  for (const name of names) await CLIENTS[name].prepare();

  const clients = Object.fromEntries(names.map((name) => [name, CLIENTS[name]]));
  const server = await startServer({ clients, probe: join(benchDir, 'probe.js') });
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // 5,000 comments of the bare list on a busy machine can keep the page from answering for longer than the
    // default 3 minutes' wait of one DevTools call.
    protocolTimeout: 600_000,
    args: [...chromeFlags, '--enable-precise-memory-info'],
  });
  /** @type {Record<string, any[]>} */
  const runs = {};
  /** @type {Record<string, Awaited<ReturnType<typeof mainThreadCpu>>>} */
  const traces = {};
  let stoppedEarly = false;
  try {
    await server.warm(SIZES);
    // One unmeasured load per client, so the first measured run does not pay for a cold browser.
    for (const name of names) await measure(browser, server.origin, name, clients[name], Math.min(...SIZES));
    for (const size of SIZES) {
      for (let run = 0; run < RUNS; run++) {
        // Alternate which client goes first, so drift in the machine's load hits both alike.
        const order = run % 2 ? [...names].reverse() : names;
        for (const name of order) {
          if (Date.now() - started > BUDGET_MS) {
            stoppedEarly = true;
            break;
          }
          // A client that never finishes once will not finish next time; its other runs would only burn the budget.
          if (runs[`${name}:${size}`]?.some((result) => result.timedOut)) continue;
          const result = await measure(browser, server.origin, name, clients[name], size);
          (runs[`${name}:${size}`] ??= []).push(result);
          const note = result.errors.length ? `  ! ${result.errors.join('; ')}` : '';
          console.log(`${clients[name].label} ${size} #${run + 1}: all painted ${format(result.allPainted)} ms${note}`);
        }
      }
      // One more run per client under a trace: tracing slows the page, so it stays out of the medians above.
      for (const name of names) {
        if (stoppedEarly || Date.now() - started > BUDGET_MS) break;
        traces[`${name}:${size}`] = (await measure(browser, server.origin, name, clients[name], size, true)).mainThread;
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const cases = [];
  for (const size of SIZES) {
    for (const name of names) {
      const results = runs[`${name}:${size}`] ?? [];
      if (!results.length) continue;
      const pick = (/** @type {(run: any) => number | null} */ read) => median(results.map(read));
      cases.push({
        client: name,
        label: clients[name].label,
        comments: size,
        median: {
          firstPainted: pick((r) => r.firstPainted),
          firstAfterResponse: pick((r) => (r.firstPainted === null ? null : r.firstPainted - r.responseEnd)),
          allPainted: pick((r) => r.allPainted),
          responseEnd: pick((r) => r.responseEnd),
          longestTask: pick((r) => r.longestTask),
          totalBlockingTime: pick((r) => r.totalBlockingTime),
          cpu: pick((r) => r.cpu),
          heapAfterGc: pick((r) => r.heapAfterGc),
          domNodes: pick((r) => r.dom.nodes),
          domElements: pick((r) => r.dom.elements),
          transferred: pick((r) => r.bytes.total),
          scriptBytes: pick((r) => r.bytes.script),
          apiBytes: pick((r) => r.bytes.api),
        },
        mainThreadCpu: traces[`${name}:${size}`] ?? null,
        failedRuns: results.filter((r) => r.errors.length).length,
        runs: results,
      });
    }
  }

  const markdown = table(cases);
  const uptime = execFileSync('uptime', { encoding: 'utf8' }).trim();
  const browserVersion = execFileSync(findBrowser(), ['--version'], { encoding: 'utf8' }).trim();
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: {
      uptime,
      loadAverage: loadavg(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      browser: browserVersion,
    },
    thread: { seed: SEED, replyShare: REPLY_SHARE, maxLevel: MAX_LEVEL },
    runsPerCase: RUNS,
    stoppedEarly,
    bundleBytes: Object.fromEntries(
      names.map((name) => [name, statSync(join(clients[name].dir, clients[name].script)).size]),
    ),
    durationMs: Date.now() - started,
    table: markdown,
    cases,
  };
  await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `\n${markdown}\n\nmedians of ${RUNS} runs · ${uptime}${stoppedEarly ? ' · stopped early: time budget spent' : ''}`,
  );
  if (cases.some((item) => item.failedRuns)) process.exitCode = 1;
}

await main();
