// Runs the Waline server for Parley's tests on 127.0.0.1, storing into the tests' MariaDB, with no calls to the internet.
const http = require('node:http');

const port = Number(process.env.PARLEY_WALINE_PORT || 8782);
const host = '127.0.0.1';
const oauthPath = '/__parley_oauth_stub';

Object.assign(process.env, {
  MYSQL_HOST: '127.0.0.1',
  MYSQL_PORT: process.env.PARLEY_DB_PORT || '8784',
  MYSQL_DB: 'waline',
  MYSQL_USER: 'waline',
  MYSQL_PASSWORD: process.env.PARLEY_DB_PASSWORD,
  JWT_TOKEN: 'parley-test-only-secret',
  AKISMET_KEY: 'false',
  IPQPS: '0',
  DISABLE_REGION: 'true',
  OAUTH_URL: `http://${host}:${port}${oauthPath}`,
});

/** Holds comments containing "parley-hold" for moderation, so the tests have a pending case. */
function holdMarkedComments(data) {
  if (typeof data.comment === 'string' && data.comment.includes('parley-hold')) data.status = 'waiting';
}

/**
 * Switches the tests flip through `${switchPath}?…`: `captcha=1|0` sets TURNSTILE_SECRET as a site owner would
 * (a post without a token is then refused before the secret is ever used, so nothing reaches the internet);
 * `slow=N` makes the next comment's answer wait N seconds after it is stored.
 */
const switchPath = '/__parley_test';
const switches = { captcha: false, slowNext: 0 };

async function slowAfterStoring() {
  const seconds = switches.slowNext;
  switches.slowNext = 0;
  if (seconds > 0) await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

const waline = require('@waline/vercel')({ preSave: holdMarkedComments, postSave: slowAfterStoring });

http
  .createServer((req, res) => {
    if (req.url.startsWith(oauthPath)) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"services":[]}');
      return;
    }
    if (req.url.startsWith(switchPath)) {
      const query = new URL(req.url, 'http://switch.invalid').searchParams;
      if (query.has('captcha')) switches.captcha = query.get('captcha') === '1';
      if (query.has('slow')) switches.slowNext = Number(query.get('slow')) || 0;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(switches));
      return;
    }
    if (switches.captcha) process.env.TURNSTILE_SECRET = 'parley-test-only-secret';
    else delete process.env.TURNSTILE_SECRET;
    // `?parley_test_flood=1` turns Waline's posting-rate check back on, to record its answer.
    process.env.IPQPS = req.url.includes('parley_test_flood=1') ? '60' : '0';
    waline(req, res);
  })
  .listen(port, host, () => console.log(`Waline listening on http://${host}:${port}`));
