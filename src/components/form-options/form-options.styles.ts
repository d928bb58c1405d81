/** Styles of the form's options, added to the form's shadow root. */
import { css } from 'lit';

export const styles = css`
  .format {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .format [aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 -2px 0 var(--_accent);
    font-weight: 600;
  }
  .preview {
    min-block-size: 8rem;
    padding: calc(var(--_space) * 0.5);
    border: var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
  .preview > :first-child {
    margin-block-start: 0;
  }
  .preview > :last-child {
    margin-block-end: 0;
  }
  .preview pre {
    overflow-x: auto;
  }
  parley-format-toggle {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
`;
