// Parley in a React 19 app: `backend` and `strings` as props (React sets them as properties, the element being
// defined first), `onparley-posted` as the listener.
import 'parley-comments/define';
import type {} from 'parley-comments/react';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describeApp } from './harness.js';
import type { AppProps } from './harness.js';

function Article({ backend, strings, onPosted }: AppProps) {
  return (
    <article>
      <h1>An article</h1>
      <parley-comments backend={backend} strings={strings} thread="/react" loading="eager" onparley-posted={onPosted} />
    </article>
  );
}

describeApp('React 19', (host, props) => {
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <StrictMode>
        <Article {...props} />
      </StrictMode>,
    ),
  );
  return { unmount: () => root.unmount() };
});
