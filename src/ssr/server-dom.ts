/**
 * The few DOM calls Parley's drawing code makes (`components/comment/`), answered on a server, and the HTML they
 * add up to. The comments a server renders are drawn by the very code the browser runs, so the two cannot drift.
 * Text is escaped as text and attribute values as values: what a backend sent never becomes markup here either.
 */

/** Elements HTML writes without an end tag. */
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Elements whose text is not escaped: only Parley's own stylesheets and JSON (made safe to embed) go in them. */
const RAW_TEXT = new Set(['style', 'script']);

/** Properties the drawing code sets that stand for an attribute, as the browser's reflect them. */
const REFLECTED: Record<string, string> = {
  id: 'id',
  className: 'class',
  dir: 'dir',
  lang: 'lang',
  href: 'href',
  dateTime: 'datetime',
};

const escapeText = (text: string) => text.replace(/[&<>\u00a0]/g, (c) => `&#${c.charCodeAt(0)};`);
const escapeAttribute = (value: string) => value.replace(/[&"<>\u00a0]/g, (c) => `&#${c.charCodeAt(0)};`);

type Child = ServerNode | string;

abstract class ServerNode {
  parentNode: ServerElement | null = null;

  get parentElement(): ServerElement | null {
    return this.parentNode;
  }

  get nextSibling(): ServerNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings?.[siblings.indexOf(this) + 1] ?? null;
  }

  get previousSibling(): ServerNode | null {
    const siblings = this.parentNode?.childNodes;
    return siblings?.[siblings.indexOf(this) - 1] ?? null;
  }

  remove(): void {
    const siblings = this.parentNode?.childNodes;
    siblings?.splice(siblings.indexOf(this), 1);
    this.parentNode = null;
  }

  before(...nodes: Child[]): void {
    this.parentNode?.insert(nodes, this);
  }

  after(...nodes: Child[]): void {
    this.parentNode?.insert(nodes, this.nextSibling);
  }

  replaceWith(...nodes: Child[]): void {
    const parent = this.parentNode;
    if (!parent) return;
    parent.insert(nodes, this);
    this.remove();
  }

  abstract cloneNode(deep?: boolean): ServerNode;
  abstract get textContent(): string;
  abstract toHtml(): string;
}

class ServerText extends ServerNode {
  readonly nodeType = 3;

  constructor(public data: string) {
    super();
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(text: string) {
    this.data = text;
  }

  cloneNode(): ServerText {
    return new ServerText(this.data);
  }

  toHtml(): string {
    return escapeText(this.data);
  }
}

export class ServerElement extends ServerNode {
  readonly nodeType = 1;
  readonly attributes = new Map<string, string>();
  childNodes: ServerNode[] = [];
  readonly style = { setProperty: (name: string, value: string) => this.#setStyle(name, value) };
  readonly classList = {
    add: (...names: string[]) => {
      const classes = new Set((this.getAttribute('class') ?? '').split(' ').filter(Boolean));
      for (const name of names) classes.add(name);
      this.setAttribute('class', [...classes].join(' '));
    },
  };

  constructor(readonly localName: string) {
    super();
    for (const [property, attribute] of Object.entries(REFLECTED)) {
      Object.defineProperty(this, property, {
        get: () => this.getAttribute(attribute) ?? '',
        set: (value: string) => this.setAttribute(attribute, value),
      });
    }
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }

  get children(): ServerElement[] {
    return this.childNodes.filter((node) => node instanceof ServerElement);
  }

  get firstChild(): ServerNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): ServerNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get firstElementChild(): ServerElement | null {
    return this.children[0] ?? null;
  }

  get lastElementChild(): ServerElement | null {
    return this.children[this.children.length - 1] ?? null;
  }

  get textContent(): string {
    return this.childNodes.map((node) => node.textContent).join('');
  }

  set textContent(text: string) {
    for (const node of this.childNodes) node.parentNode = null;
    this.childNodes = text ? [new ServerText(text)] : [];
    for (const node of this.childNodes) node.parentNode = this;
  }

  append(...nodes: Child[]): void {
    this.insert(nodes, null);
  }

  prepend(...nodes: Child[]): void {
    this.insert(nodes, this.firstChild);
  }

  appendChild<T extends ServerNode>(node: T): T {
    this.insert([node], null);
    return node;
  }

  insertBefore<T extends ServerNode>(node: T, before: ServerNode | null): T {
    this.insert([node], before);
    return node;
  }

  /** Puts `nodes` before `before` (at the end when null), taking each out of where it was. */
  insert(nodes: Child[], before: ServerNode | null): void {
    const added = nodes.map((node) => (typeof node === 'string' ? new ServerText(node) : node));
    for (const node of added) node.remove();
    const at = before ? this.childNodes.indexOf(before) : this.childNodes.length;
    this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, ...added);
    for (const node of added) node.parentNode = this;
  }

  cloneNode(deep = false): ServerElement {
    const copy = new ServerElement(this.localName);
    for (const [name, value] of this.attributes) copy.attributes.set(name, value);
    if (deep) copy.append(...this.childNodes.map((node) => node.cloneNode(true)));
    return copy;
  }

  get innerHTML(): string {
    return this.childNodes.map((node) => node.toHtml()).join('');
  }

  toHtml(): string {
    const attributes = [...this.attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    const start = `<${this.localName}${attributes}>`;
    if (VOID.has(this.localName)) return start;
    const inner = RAW_TEXT.has(this.localName) ? this.textContent : this.innerHTML;
    return `${start}${inner}</${this.localName}>`;
  }

  /** Written as a browser writes `style` back (`name: value;`, one space between), so both draw the same markup. */
  #setStyle(name: string, value: string): void {
    const declarations = (this.getAttribute('style') ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part && !part.startsWith(`${name}:`));
    this.setAttribute('style', [...declarations, `${name}: ${value}`].map((part) => `${part};`).join(' '));
  }
}

/** The document the drawing code reaches through the global `document` while a server renders. */
export const serverDocument = {
  /** The base of relative addresses: a server renders for no page, so the backend's address must be absolute. */
  baseURI: 'about:blank',
  createElement: (tag: string) => new ServerElement(tag.toLowerCase()),
  createTextNode: (text: string) => new ServerText(text),
};

/**
 * Runs `draw` with `serverDocument` as the global `document`, and puts back what was there as soon as it returns:
 * only its synchronous part sees it (drawing, or an adapter's request as it starts), nothing else on the server.
 */
export function withServerDocument<T>(draw: () => T): T {
  const global = globalThis as { document?: unknown };
  const had = Object.hasOwn(global, 'document');
  const previous = global.document;
  global.document = serverDocument;
  try {
    return draw();
  } finally {
    if (had) global.document = previous;
    else delete global.document;
  }
}
