/** @jsxImportSource preact */
// The Preact JSX typings: properties, attributes and `onparley-…` listeners on <parley-comments>.
import 'parley-comments/define';
import type {} from 'parley-comments/preact';
import { backend } from './define.js';

export const App = () => (
  <parley-comments
    backend={backend}
    strings={{ leaveReply: 'Join in' }}
    max-depth="2"
    onparley-posted={(event) => console.log(event.detail.comment.id)}
  />
);

// @ts-expect-error: order is oldest or newest
export const Wrong = () => <parley-comments order="random" />;
