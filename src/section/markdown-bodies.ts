/**
 * Comments a server keeps in Markdown (`format: "markdown"` in its list) are drawn through the Markdown reader and
 * the safe rich-text model, never as HTML. This is a chunk of its own, with the reader and the renderer: it loads
 * with the first such comment, and a page of plain comments loads nothing of it.
 */
import type { Comment } from '../model/comment.js';
import { markdownToRich } from '../model/markdown.js';
export { renderRich } from '../components/comment/rich-body.js';

/**
 * Reads the Markdown of `comments` into their `rich` bodies. `richText` says whether the backend fills `rich` itself
 * (WordPress, Waline); where it does not, a `rich` field a server sent along is not drawn.
 */
export function readMarkdownBodies(comments: Comment[], richText: boolean): Comment[] {
  return comments.map((comment) => {
    // What is not even an object is left for the check before drawing to name.
    if (comment?.format === 'markdown' && typeof comment.content === 'string')
      return { ...comment, rich: markdownToRich(comment.content) };
    if (richText || comment?.rich === undefined) return comment;
    const { rich: _rich, ...plain } = comment;
    return plain;
  });
}
