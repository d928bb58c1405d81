/** Starts the demo's in-browser backend, then loads Parley as a page would. */
import { setupWorker } from 'msw/browser';
import { createRestHandlers, everyHandler, localStorageStore } from './mock-backend.js';
import { seedOtherPosts, seedThread } from './seed.js';

const DEMO_CAPTCHA_TOKEN = 'demo-captcha-token';

const worker = setupWorker(
  ...everyHandler(
    createRestHandlers({
      api: '/api',
      store: localStorageStore('parley-demo:comments', () => [...seedThread(), ...seedOtherPosts()]),
      latency: 350,
      holdWords: ['moderate', 'casino'],
      likes: true,
      features: ['notify', 'edit'],
      captchaToken: DEMO_CAPTCHA_TOKEN,
      // The mail a real server would send: the demo shows it in the console.
      mail: (to, reply) => console.info(`Demo backend: would mail ${to} about the reply of ${reply.author}.`),
    }),
  ),
);

await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
await import('../src/parley.js');
await import('../src/parley-count.js');

// A captcha provider as a site owner plugs one in (the README shows Turnstile, hCaptcha and reCAPTCHA v3); this one
// answers at once, and the demo backend refuses posts without its token.
for (const section of document.querySelectorAll('parley-comments')) {
  section.captcha = { token: () => Promise.resolve(DEMO_CAPTCHA_TOKEN) };
}

document.querySelector('#reset-demo')?.addEventListener('click', () => {
  localStorage.removeItem('parley-demo:comments');
  location.reload();
});
