/** Styles of the list and of every comment in it (comments draw into the list's shadow root); rich bodies bring their own (`rich-body.ts`). */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li + li {
    margin-block-start: var(--_space);
  }
  .comments > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
  }
  .replies {
    margin-block-start: var(--_space);
    padding-inline-start: calc(var(--_space) * 1.5);
    border-inline-start: 2px solid color-mix(in srgb, currentColor 12%, transparent);
  }
  parley-comment {
    display: block;
  }
  /* Its buttons (Like, Reply) share a line; everything else takes a line of its own. */
  .comment {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    border-radius: var(--_radius);
  }
  .comment:focus-visible {
    outline-offset: 4px;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: calc(var(--_space) * 0.625);
  }
  .avatar {
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    flex: none;
    object-fit: cover;
  }
  .initial {
    display: inline-grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.125rem;
    color: #fff;
  }
  .hue-0 {
    background: #8e3b46;
  }
  .hue-1 {
    background: #1d6b52;
  }
  .hue-2 {
    background: #3a4fa0;
  }
  .hue-3 {
    background: #8a4b08;
  }
  .author {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .date {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .pending {
    font-style: italic;
  }
  .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    line-height: 1.55;
  }
  .comment > :not(button) {
    flex-basis: 100%;
  }
  .load-more {
    margin-block-start: var(--_space);
  }
`;
