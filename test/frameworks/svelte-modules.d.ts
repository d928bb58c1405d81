// Svelte components, as TypeScript sees them without Svelte's own language tools.
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<import('./harness.js').AppProps>;
  export default component;
}
