// The bare Lit list Parley is measured against: fetch, a nested <ol> and a keyed repeat, nothing more.
import { LitElement, css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';

interface Comment {
  id: string;
  parentId: string | null;
  author: string;
  url: string | null;
  content: string;
  createdAt: string;
}

interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** Places each comment under its parent; a reply whose parent is missing stays at the top. */
function treeOf(comments: Comment[]): CommentNode[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}

export class BaselineComments extends LitElement {
  static override styles = css`
    :host { display: block; }
    ol { list-style: none; margin: 0; padding: 0; }
    ol ol { margin-left: 1.5em; }
    li { margin: 1em 0; }
    header { font-size: 0.9em; }
    time { color: GrayText; margin-left: 0.5em; }
    p { margin: 0.25em 0; white-space: pre-line; }
  `;

  static override properties = {
    api: {},
    thread: {},
    pageSize: { attribute: 'page-size', type: Number },
    total: { state: true },
    roots: { state: true },
  };

  api = '';
  thread = location.pathname;
  pageSize = 50;
  total = 0;
  roots: CommentNode[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    const url = new URL(`${this.api}/comments`, document.baseURI);
    url.searchParams.set('thread', this.thread);
    url.searchParams.set('limit', String(this.pageSize));
    url.searchParams.set('order', 'oldest');
    const page = (await (await fetch(url)).json()) as { comments: Comment[]; total: number };
    this.total = page.total;
    this.roots = treeOf(page.comments);
  }

  override render() {
    return html`<h2>${this.total} comments</h2>
      <ol>${this.renderNodes(this.roots)}</ol>`;
  }

  renderNodes(nodes: CommentNode[]): unknown {
    return repeat(
      nodes,
      (node) => node.comment.id,
      ({ comment, replies }) => html`<li class="comment">
        <article>
          <header>
            ${comment.url ? html`<a href=${comment.url} rel="nofollow ugc noopener">${comment.author}</a>` : comment.author}
            <time datetime=${comment.createdAt}>${dateFormat.format(new Date(comment.createdAt))}</time>
          </header>
          <p>${comment.content}</p>
        </article>
        ${replies.length ? html`<ol>${this.renderNodes(replies)}</ol>` : nothing}
      </li>`,
    );
  }
}

customElements.define('baseline-comments', BaselineComments);

declare global {
  interface HTMLElementTagNameMap {
    'baseline-comments': BaselineComments;
  }
}
