// What the framework apps' tests share: a backend kept in memory, a watch on the page for errors and for timers that
// outlive the app, posting through the form as a reader would, and the test every app must pass.
import { expect } from '@esm-bundle/chai';
import type { Comment, CommentBackend, NewComment, ParleyComments, ParleyPostedEvent, Strings } from 'parley-comments';

/** What each app is given, and must hand to Parley in its framework's own syntax. */
export interface AppProps {
  backend: CommentBackend;
  strings: Partial<Strings>;
  onPosted: (event: ParleyPostedEvent) => void;
}

export interface MountedApp {
  unmount(): void;
}

/** A backend in memory with one comment; `created` keeps what was posted. */
function memoryBackend(): CommentBackend & { created: NewComment[] } {
  const comments: Comment[] = [
    {
      id: 'first',
      parentId: null,
      author: 'Ada',
      url: null,
      avatar: null,
      content: 'The first comment.',
      createdAt: '2026-11-20T12:00:00Z',
      status: 'approved',
    },
  ];
  const created: NewComment[] = [];
  return {
    created,
    list: async () => ({ comments: [...comments], total: comments.length, next: null }),
    async create(input) {
      created.push(input);
      const { thread: _thread, email: _email, ...fields } = input;
      const comment: Comment = {
        ...fields,
        id: `posted-${created.length}`,
        avatar: null,
        createdAt: new Date().toISOString(),
        status: 'approved',
      };
      comments.push(comment);
      return comment;
    },
  };
}

/** Watches the page while an app runs: errors thrown, rejected or logged, and the timers it sets. */
function watchPage() {
  const errors: string[] = [];
  const timers = new Map<number, string>();
  const native = {
    setTimeout: setTimeout.bind(window),
    clearTimeout: clearTimeout.bind(window),
    setInterval: setInterval.bind(window),
    clearInterval: clearInterval.bind(window),
    error: console.error.bind(console),
  };
  const timerFunctions = { setTimeout, clearTimeout, setInterval, clearInterval };
  const logError = console.error;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = native.setTimeout(
      (...values: unknown[]) => {
        timers.delete(id);
        if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...values);
      },
      delay,
      ...args,
    );
    timers.set(id, `setTimeout(…, ${delay ?? 0})`);
    return id;
  }) as typeof setTimeout;
  window.clearTimeout = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    native.clearTimeout(id);
  };
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = native.setInterval(handler, delay, ...args);
    timers.set(id, `setInterval(…, ${delay ?? 0})`);
    return id;
  }) as typeof setInterval;
  window.clearInterval = (id?: number) => {
    if (id !== undefined) timers.delete(id);
    native.clearInterval(id);
  };
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  console.error = (...values: unknown[]) => {
    errors.push(values.map(String).join(' '));
    native.error(...values);
  };
  return {
    errors,
    /** Lets the timers that were due run out (a second), stops watching, and returns those still set: leaks. */
    async stop(): Promise<string[]> {
      await new Promise((resolve) => native.setTimeout(resolve, 1000));
      Object.assign(window, timerFunctions);
      console.error = logError;
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      return [...timers.values()];
    },
  };
}

/** Waits until `test` gives a value, checking every 20 ms; fails with `what` after 15 seconds (a busy machine). */
async function until<T>(test: () => T | undefined | null | false, what: string): Promise<T> {
  const end = performance.now() + 15_000;
  for (;;) {
    const value = test();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first element matching `selector` in `root` or in the open shadow roots below it. */
function deep<T extends Element>(root: Element | ShadowRoot, selector: string): T | undefined {
  const found = root.querySelector<T>(selector);
  if (found) return found;
  for (const element of root.querySelectorAll('*')) {
    const inside = element.shadowRoot && deep<T>(element.shadowRoot, selector);
    if (inside) return inside;
  }
  return undefined;
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  field.focus();
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/**
 * The test every app passes: Parley gets `backend` and `strings` as properties, a reader posts a comment, the app
 * hears `parley-posted` through its own listener, and unmounting leaves no error and no timer behind.
 */
export function describeApp(framework: string, mount: (host: HTMLElement, props: AppProps) => MountedApp): void {
  describe(`Parley in a ${framework} app`, () => {
    it('takes backend and strings as properties, posts a comment, tells the app, and unmounts cleanly', async () => {
      const page = watchPage();
      const backend = memoryBackend();
      const strings = { leaveReply: `Join the ${framework} discussion` };
      const posted: ParleyPostedEvent[] = [];
      const host = document.body.appendChild(document.createElement('div'));
      const app = mount(host, { backend, strings, onPosted: (event) => posted.push(event) });

      const section = await until(() => host.querySelector<ParleyComments>('parley-comments'), 'the section');
      expect(section.backend, 'backend, set as a property').to.equal(backend);
      expect(section.strings, 'strings, set as a property').to.equal(strings);
      expect(section.hasAttribute('backend'), 'no backend attribute').to.equal(false);
      await until(
        () => deep(section.shadowRoot!, '[part~=body]')?.textContent?.includes('The first comment.'),
        'the first comment',
      );
      const title = await until(() => deep(section.shadowRoot!, '[part~=form-title]'), 'the form');
      expect(title.textContent?.trim()).to.equal(strings.leaveReply);

      type(
        await until(() => deep<HTMLTextAreaElement>(section.shadowRoot!, '#content'), 'the comment field'),
        'Posted from the app.',
      );
      type(deep<HTMLInputElement>(section.shadowRoot!, '#author')!, 'Grace');
      type(deep<HTMLInputElement>(section.shadowRoot!, '#email')!, 'grace@example.com');
      deep<HTMLButtonElement>(section.shadowRoot!, '[part~=submit]')!.click();
      await until(() => posted.length > 0, 'parley-posted');
      expect(posted).to.have.length(1);
      expect(posted[0]!.detail.comment.content).to.equal('Posted from the app.');
      expect(backend.created.map((comment) => comment.author)).to.deep.equal(['Grace']);
      const list = section.shadowRoot!.querySelector('parley-comment-list')!.shadowRoot!;
      await until(
        () => [...list.querySelectorAll('[part~=body]')].some((body) => body.textContent === 'Posted from the app.'),
        'the posted comment in the list',
      );

      app.unmount();
      host.remove();
      expect(section.isConnected, 'the section is gone').to.equal(false);
      const leaked = await page.stop();
      expect(page.errors, 'errors').to.deep.equal([]);
      expect(leaked, 'timers still set a second after unmounting').to.deep.equal([]);
    });
  });
}
