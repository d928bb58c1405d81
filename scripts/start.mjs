// `npm start`: installs if needed, then serves the demo article with its in-browser comments backend, at one address.
import { ensureModules, root } from './setup.mjs';

ensureModules();
const { createServer } = await import('vite');

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
// Listening on every interface: this machine itself answers as 127.0.0.1.
const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;

const server = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'warn',
  server: { port, host, strictPort: true },
});
try {
  await server.listen();
} catch (error) {
  await server.close();
  if (error?.code === 'EADDRINUSE' || /already in use/.test(error?.message)) {
    console.error(`Port ${port} is busy: stop what uses it, or choose another, e.g. PORT=${port + 1} npm start`);
  } else {
    console.error(`The demo could not start on ${host}:${port}: ${error?.message ?? error}`);
  }
  process.exit(1);
}
console.log(`Parley demo: http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/  (Ctrl+C stops it)`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
