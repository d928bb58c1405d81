// Runs parley-check (`npm run build` first) against the fixture server of test/protocol/: once as it is, where every
// check must pass, then once per fault, where the check that fault breaks must fail. Ends with `N passed, N failed`.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
const bundle = `${root}node_modules/.cache/parley/fixture-server.mjs`;
await build({
  entryPoints: [`${root}test/protocol/fixture-server.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: bundle,
  logLevel: 'warning',
});
const { CAPTCHA_TOKEN, FAULTS, fixtureServer } = await import(bundle);

/** Which check must fail for each fault. */
const CAUGHT_BY = {
  'bad-envelope': 'listing',
  'no-cursor': 'paging',
  'ignores-cursor': 'paging',
  'wrong-order': 'order',
  'status-200': 'posting',
  'no-idempotency': 'idempotency',
  'no-fields': 'validation',
  'no-cors-key': 'cors',
  'wrong-count': 'extensions',
  'likes-twice': 'extensions',
  'no-retry-after': 'rate limit',
  'bad-date': 'schema',
  'leaks-email': 'schema',
  'since-ignored': 'since',
  'top-ignored': 'top',
  'drops-format': 'markdown',
  'refuses-notify': 'notify',
  'ignores-captcha': 'captcha',
  'edit-any-token': 'edit',
  'edit-drops-format': 'edit',
};

/** The fixture server on a free port of 127.0.0.1, answering through Node's HTTP server. */
async function listen(fault) {
  const handle = fixtureServer(fault);
  const server = createServer(async (incoming, outgoing) => {
    const chunks = [];
    for await (const chunk of incoming) chunks.push(chunk);
    const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
      method: incoming.method,
      headers: Object.entries(incoming.headers).filter(([name]) => !['host', 'connection'].includes(name)),
      body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
    });
    const response = await handle(request);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, api: `http://127.0.0.1:${server.address().port}/api` };
}

async function check(fault) {
  const { server, api } = await listen(fault);
  try {
    return await promisify(execFile)(process.execPath, [
      `${root}bin/parley-check.mjs`,
      api,
      '--captcha',
      CAPTCHA_TOKEN,
    ]).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error) => ({ code: error.code, stdout: error.stdout }),
    );
  } finally {
    server.close();
  }
}

let passed = 0;
let failed = 0;
const verdict = (ok, line) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${line}`);
  if (ok) passed++;
  else failed++;
};

const good = await check(undefined);
console.log(good.stdout);
verdict(good.code === 0 && !/\bFAIL\b/.test(good.stdout), 'the fixture server passes every check');

for (const [fault, description] of Object.entries(FAULTS)) {
  const { code, stdout } = await check(fault);
  const expected = CAUGHT_BY[fault];
  const row = stdout.split('\n').find((line) => line.trim().startsWith(`FAIL  ${expected} `));
  verdict(
    code === 1 && row !== undefined,
    `${fault} (${description}): ${row ? row.trim() : `not caught by ${expected}`}`,
  );
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
