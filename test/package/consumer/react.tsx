// The React 19 JSX typings: properties, attributes and `onparley-…` listeners on <parley-comments>.
import 'parley-comments/define';
import type {} from 'parley-comments/react';
import { backend } from './define.js';

export const App = () => (
  <parley-comments
    backend={backend}
    strings={{ leaveReply: 'Join in' }}
    page-size="20"
    pageSize={20}
    onparley-posted={(event) => console.log(event.detail.comment.id, event.detail.thread)}
    onparley-submit={(event) => event.preventDefault()}
  />
);

// @ts-expect-error: the page size is a number
export const Wrong = () => <parley-comments pageSize="many" />;
// @ts-expect-error: the event's detail has no `comments`
export const WrongEvent = () => <parley-comments onparley-posted={(event) => event.detail.comments} />;
