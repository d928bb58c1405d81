#!/usr/bin/env node
// parley-check: checks that a server speaks the Parley REST protocol, prints a table, and exits 1 when a check fails.
import { checkServer } from '../build/check/protocol-check.js';

const usage = `Usage: parley-check <api> [--thread <thread>] [--burst <n>] [--captcha <token>]

Checks the Parley REST protocol at <api> (the URL before /comments): listing, paging with cursors, order,
posting, one comment per Idempotency-Key, validation errors with fields, the CORS preflight, declared
extensions, 429 with Retry-After, and the schema of every comment. It posts about twenty comments to a new
thread named parley-check-<time>: point it at a test instance.

  --thread <thread>  read paging and order from this thread (for a server that holds new comments)
  --burst <n>        quick requests sent to look for a 429 (default 40; 0 sends none)
  --captcha <token>  a captcha token the server accepts, sent with every post (a test key's token)`;

function parse(args) {
  const options = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') return undefined;
    if (arg === '--thread') options.thread = args[++index];
    else if (arg === '--burst') options.burst = Number(args[++index]);
    else if (arg === '--captcha') options.captcha = args[++index];
    else if (arg.startsWith('-') || options.api) return undefined;
    else options.api = arg;
  }
  const valid = options.api && URL.canParse(options.api) && (options.burst === undefined || options.burst >= 0);
  return valid ? options : undefined;
}

const options = parse(process.argv.slice(2));
if (!options) {
  console.error(usage);
  process.exit(2);
}

const results = await checkServer(options);
const width = Math.max(...results.map((result) => result.name.length));
const mark = { pass: 'pass', fail: 'FAIL', skip: 'skip' };
console.log(`parley-check ${options.api}\n`);
for (const { name, outcome, detail } of results) console.log(`  ${mark[outcome]}  ${name.padEnd(width)}  ${detail}`);
const count = (outcome) => results.filter((result) => result.outcome === outcome).length;
console.log(`\n${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
process.exit(count('fail') > 0 ? 1 : 0);
