// Parley in a Svelte 5 app: the component in Article.svelte, mounted and unmounted with Svelte's own functions.
import { mount, unmount } from 'svelte';
import Article from './Article.svelte';
import { describeApp } from './harness.js';

describeApp('Svelte 5', (host, props) => {
  const app = mount(Article, { target: host, props });
  return { unmount: () => void unmount(app) };
});
