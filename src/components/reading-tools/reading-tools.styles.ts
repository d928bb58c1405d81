/** Styles of `<parley-reading-tools>`, which a server-rendered section (`parley-comments/ssr`) uses as well. */
import { css } from 'lit';

export const styles = css`
  :host,
  .sort {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .sort {
    flex-flow: row wrap;
    align-items: center;
  }
  :host(:not(:has(*))) {
    display: none;
  }
  select {
    font: inherit;
    color: inherit;
    min-block-size: 24px;
    padding-block: calc(var(--_space) * 0.25);
    border: var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;
