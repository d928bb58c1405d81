// Svelte 5's `svelte/elements` entry: what markup may set on <parley-comments>, `onparley-posted` included.
import 'parley-comments/define';
import type {} from 'parley-comments/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import { backend } from './define.js';

type Props = SvelteHTMLElements['parley-comments'];

export const props: Props = {
  backend,
  strings: { leaveReply: 'Join in' },
  order: 'newest',
  'onparley-posted': (event) => console.log(event.detail.comment.id),
};

// @ts-expect-error: order is oldest or newest
export const wrong: Props = { order: 'random' };
