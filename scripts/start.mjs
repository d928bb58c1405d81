// `npm start`: installs if needed, then serves the demo article with its in-browser comments backend.
import { spawn } from 'node:child_process';
import { ensureModules, root } from './setup.mjs';

ensureModules();
const port = process.env.PORT ?? '5173';
const vite = spawn(
  `${root}node_modules/.bin/vite`,
  ['--port', port, '--strictPort', '--host', process.env.HOST ?? '127.0.0.1'],
  {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  },
);
vite.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (String(chunk).includes('ready in')) {
    console.log(`\n  Parley demo: http://${process.env.HOST ?? '127.0.0.1'}:${port}/demo/\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
vite.on('exit', (code) => process.exit(code ?? 0));
