/** Styles of the reply form. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    /* Fields on the page's own background, with a border that marks them out (3:1 at least), as native forms have. */
    --_field-bg: var(--parley-color-surface, transparent);
    --_field-border: var(--parley-border, 1px solid color-mix(in srgb, currentColor 55%, transparent));
  }
  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .title-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) * 0.5);
  }
  h3 {
    margin: 0;
    font-size: 1.2em;
  }
  p {
    margin: 0;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .required {
    color: var(--_error);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
    min-inline-size: 0;
  }
  .identity {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  textarea {
    font: inherit;
    color: inherit;
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: calc(var(--_space) * 0.5);
    border: var(--_field-border);
    border-radius: var(--_radius);
    background: var(--_field-bg);
  }
  textarea {
    resize: vertical;
    min-block-size: 8rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: 0 0 0 1px var(--_error);
  }
  .error,
  .failure {
    color: var(--_error);
    font-size: 0.9375em;
  }
  .consent {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
  }
  .consent input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1em 0 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .consent label {
    font-weight: normal;
  }
  .submit-row {
    display: flex;
  }
`;
