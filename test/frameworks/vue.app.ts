// Parley in a Vue 3 app: a template binds `backend` and `strings` with `.prop` and listens with `@parley-posted`.
import 'parley-comments/define';
import { createApp } from 'vue';
import { describeApp } from './harness.js';

// Vue's development build sets a 3-second timer once per page, when its first app mounts (it waits for devtools).
// A blank app mounts first, so that wait is Vue's before the test starts watching for Parley's timers.
createApp({ template: '<p></p>' }).mount(document.createElement('div'));

describeApp('Vue 3', (host, { backend, strings, onPosted }) => {
  const app = createApp({
    setup: () => ({ backend, strings, onPosted }),
    template: `
      <article>
        <h1>An article</h1>
        <parley-comments :backend.prop="backend" :strings.prop="strings" thread="/vue" loading="eager"
          @parley-posted="onPosted"></parley-comments>
      </article>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('parley-');
  app.mount(host);
  return { unmount: () => app.unmount() };
});
