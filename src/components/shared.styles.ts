/** Styles every Parley shadow root shares: buttons, focus rings, hidden text. */
import { css } from 'lit';
import type { CSSResult } from 'lit';

export const sharedStyles = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: calc(var(--_space) * 0.375);
    padding-inline: calc(var(--_space) * 0.875);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  button:not(.primary, .link):hover {
    background: var(--_surface-strong);
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .link {
    border: none;
    background: none;
    padding-inline: calc(var(--_space) * 0.25);
    color: var(--_accent);
    text-decoration: underline;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Adds `styles` to those of a shadow root (once): what a chunk brings for the elements it draws there. */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
