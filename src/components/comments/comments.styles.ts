/** Styles of `<parley-comments>`: the public `--parley-*` tokens, aliased once, and the themes. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_font: var(--parley-font);
    --_text: var(--parley-color-text);
    --_bg: var(--parley-color-bg, transparent);
    --_muted: var(--parley-color-muted, color-mix(in srgb, currentColor 74%, transparent));
    --_surface: var(--parley-color-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_surface-strong: color-mix(in srgb, currentColor 10%, transparent);
    --_accent: var(--parley-color-accent, light-dark(#0b57d0, #9ec1ff));
    --_on-accent: light-dark(#fff, #0b1a33);
    --_error: var(--parley-color-error, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--parley-radius, 6px);
    --_space: var(--parley-space, 1rem);
    --_border: var(--parley-border, 1px solid color-mix(in srgb, currentColor 22%, transparent));
    font: var(--_font);
    color: var(--_text);
    background: var(--_bg);
  }
  :host([theme='light']) {
    color-scheme: light;
    --_text: var(--parley-color-text, #1f2328);
    --_bg: var(--parley-color-bg, #ffffff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    --_text: var(--parley-color-text, #e6e8eb);
    --_bg: var(--parley-color-bg, #16181d);
  }
  /* theme="auto" on a page whose own switch says light or dark (page-theme.ts). */
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  h2:focus {
    outline: none;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .status.error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_error);
  }
  .status.error p {
    margin: 0;
    flex: 1 1 16em;
  }
  [part='toggle'] {
    align-self: flex-start;
  }
`;
