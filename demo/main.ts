/** Starts the demo's in-browser backend, then loads Parley as a page would. */
import { setupWorker } from 'msw/browser';
import { createRestHandlers, localStorageStore } from './mock-backend.js';
import { seedThread } from './seed.js';

const worker = setupWorker(
  ...createRestHandlers({
    api: '/api',
    store: localStorageStore('parley-demo:comments', seedThread),
    latency: 350,
    holdWords: ['moderate', 'casino'],
    likes: true,
  }),
);

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
await import('../src/parley.js');

document.querySelector('#reset-demo')?.addEventListener('click', () => {
  localStorage.removeItem('parley-demo:comments');
  location.reload();
});
