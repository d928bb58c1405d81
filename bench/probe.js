// In-page measuring script of the benchmark: mounts the element under test and times when its comments are painted.
// @ts-check
'use strict';
(() => {
  /**
   * Elements of each custom tag that are connected right now. Lifecycle callbacks are read once, when a
   * tag is defined, so this script wraps `customElements.define` before any bundle runs.
   * @type {Map<string, Set<Element>>}
   */
  const connected = new Map();
  const define = customElements.define;
  customElements.define = function (name, constructor, options) {
    const proto = constructor.prototype;
    const onConnect = proto.connectedCallback;
    const onDisconnect = proto.disconnectedCallback;
    Object.defineProperty(proto, 'connectedCallback', {
      configurable: true,
      writable: true,
      value: function () {
        liveSet(this.localName).add(this);
        onConnect?.call(this);
      },
    });
    Object.defineProperty(proto, 'disconnectedCallback', {
      configurable: true,
      writable: true,
      value: function () {
        liveSet(this.localName).delete(this);
        onDisconnect?.call(this);
      },
    });
    return define.call(this, name, constructor, options);
  };
  /** @param {string} tag */
  const liveSet = (tag) => {
    let set = connected.get(tag);
    if (!set) connected.set(tag, (set = new Set()));
    return set;
  };

  /** Every shadow root made on this page, open or closed, so a selector can be counted without walking the DOM. */
  /** @type {ShadowRoot[]} */
  const shadowRoots = [];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    shadowRoots.push(root);
    return root;
  };

  /** @type {{ start: number, duration: number }[]} */
  const longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  /** Runs `task` right after the current frame is rendered: a user-blocking task outranks the page's own tasks. */
  const afterFrame = (/** @type {() => void} */ task) => {
    const scheduler = /** @type {any} */ (globalThis).scheduler;
    if (scheduler?.postTask) scheduler.postTask(task, { priority: 'user-blocking' });
    else {
      const channel = new MessageChannel();
      channel.port1.onmessage = task;
      channel.port2.postMessage(null);
    }
  };
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => afterFrame(() => resolve(undefined))));
  const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * Counts the nodes of the page, shadow trees included.
   * @param {string} commentSelector
   */
  function domStats(commentSelector) {
    let nodes = 0;
    let elements = 0;
    let roots = 0;
    let comments = 0;
    /** @param {Node} root */
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes++;
        if (node instanceof Element) {
          elements++;
          if (node.matches(commentSelector)) comments++;
          if (node.shadowRoot) {
            roots++;
            visit(node.shadowRoot);
          }
        }
      }
    };
    visit(document);
    return { nodes, elements, shadowRoots: roots, comments };
  }

  /**
   * Mounts `<tag ...attributes>` in `#stage` and follows it until `expected` comments are painted.
   * Comments are counted at the start of every frame, before the page's own frame callbacks (this loop
   * registers first): either the connected elements of a custom tag, or the matches of a selector in
   * the document and every shadow root. What a frame's start sees is what that frame paints, at the
   * moment the task queued right after its rendering runs.
   * @param {{ tag: string, attributes: Record<string, string>, comment: { tag?: string, selector: string },
   *   expected: number, loadEvent?: string, settleMs: number, timeoutMs: number }} options
   */
  async function run({ tag, attributes, comment, expected, loadEvent, settleMs, timeoutMs }) {
    await customElements.whenDefined(tag);
    const liveComments = comment.tag ? liveSet(comment.tag) : undefined;
    const countComments = liveComments
      ? () => liveComments.size
      : () => {
          let count = document.querySelectorAll(comment.selector).length;
          for (const root of shadowRoots)
            if (root.host.isConnected) count += root.querySelectorAll(comment.selector).length;
          return count;
        };

    /** @type {{ frameStart: number, painted: number, count: number }[]} */
    const frames = [];
    let running = true;
    /** @type {(value?: unknown) => void} */
    let allPainted = () => {};
    const done = new Promise((resolve) => (allPainted = resolve));
    const onFrame = () => {
      if (running) requestAnimationFrame(onFrame);
      const frameStart = performance.now();
      const count = countComments();
      afterFrame(() => {
        frames.push({ frameStart, painted: performance.now(), count });
        if (count >= expected) allPainted();
      });
    };
    await nextFrame();
    requestAnimationFrame(onFrame);
    await nextFrame();

    const element = document.createElement(tag);
    let loadedAt = NaN;
    if (loadEvent) element.addEventListener(loadEvent, () => (loadedAt = performance.now()), { once: true });
    const start = performance.now();
    performance.mark('bench:create');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.getElementById('stage')?.append(element);

    const timedOut = await Promise.race([done.then(() => false), sleep(timeoutMs).then(() => true)]);
    await sleep(settleMs);
    running = false;
    const firstFrame = frames.find((frame) => frame.count > 0);
    const lastFrame = frames.find((frame) => frame.count >= expected);
    const end = (lastFrame?.painted ?? performance.now()) + settleMs;
    const api = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.includes('/api/comments') && entry.startTime >= start)
      .map((entry) => /** @type {PerformanceResourceTiming} */ (entry));
    const tasks = longTasks.filter((task) => task.start + task.duration > start && task.start < end);
    const since = (/** @type {number | undefined} */ time) =>
      time === undefined || Number.isNaN(time) ? null : time - start;
    return {
      timedOut,
      requests: api.length,
      requestStart: since(api[0]?.requestStart),
      responseEnd: since(api[0]?.responseEnd),
      loadEvent: since(loadedAt),
      firstPainted: since(firstFrame?.painted),
      allPainted: since(lastFrame?.painted),
      frames: frames.filter((frame) => frame.frameStart >= start).length,
      longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
      totalBlockingTime: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longTasks: tasks.length,
      dom: domStats(comment.selector),
    };
  }

  Object.assign(globalThis, { parleyBench: { run } });
})();
