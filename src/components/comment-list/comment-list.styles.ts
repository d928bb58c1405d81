/** Styles of the list and of every comment in it (comments draw into the list's shadow root); rich bodies bring their own (`rich-body.ts`). */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .comments,
  .replies {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  :is(.comments, .replies) > li + li {
    margin-block-start: var(--_space);
  }
  .comments > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 8rem;
    /* Off-screen comments skip painting, which clips to their box: focus rings reach up to 8px beyond it. */
    overflow-clip-margin: 8px;
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
    /* Equal lightness on every hue: white initials read alike on each. */
    background: oklch(48% 0.11 var(--_hue));
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
  [part='reply-button'] {
    /* The word lines up with the comment's text. */
    padding-inline: 0;
  }
  /* A quiet toggle beside Reply, not a box on every comment; pressed, it is bold and outlined. */
  .like {
    background: none;
    color: var(--_muted);
    border-color: color-mix(in srgb, currentColor 30%, transparent);
    align-self: center;
    padding-block: calc(var(--_space) * 0.125);
    font-size: 0.875em;
  }
  .like[aria-pressed='true'] {
    color: var(--_accent);
    border-color: currentColor;
    font-weight: 600;
  }
  .load-more {
    margin-block-start: var(--_space);
  }
  @media print {
    /* A printed page shows every comment loaded, not the blank space kept for those off screen. */
    .comments > li {
      content-visibility: visible;
    }
  }
`;
