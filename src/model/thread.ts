/** Builds the reply tree from the flat list a backend pages through, in one pass over the comments. */
import type { Comment } from './comment.js';

export interface ThreadNode {
  comment: Comment;
  /** The comment this one answers, when it is loaded. */
  parent: Comment | null;
  /** 1 for top-level comments, at most the section's `max-depth`. */
  level: number;
  replies: ThreadNode[];
}

/**
 * Top-level nodes in list order, replies in list order under their parent.
 * Duplicate ids keep their first occurrence; a reply whose parent is missing, or whose
 * parents form a cycle, is shown at the top level; replies deeper than `maxDepth` attach
 * to the deepest allowed ancestor.
 */
export function buildThread(comments: readonly Comment[], maxDepth: number): ThreadNode[] {
  const nodes = new Map<string, ThreadNode>();
  for (const comment of comments) {
    if (!nodes.has(comment.id)) nodes.set(comment.id, { comment, parent: null, level: 0, replies: [] });
  }
  /** Where each node is attached: its container's replies, or null for the top level. */
  const containers = new Map<ThreadNode, ThreadNode | null>();
  const depthLimit = Math.max(1, maxDepth);

  const place = (start: ThreadNode): void => {
    const chain: ThreadNode[] = [];
    const onChain = new Set<ThreadNode>();
    let node: ThreadNode | undefined = start;
    while (node && !containers.has(node)) {
      if (onChain.has(node)) break;
      chain.push(node);
      onChain.add(node);
      const parentId: string | null = node.comment.parentId;
      node = parentId !== null ? nodes.get(parentId) : undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const current = chain[i];
      const parentId = current.comment.parentId;
      const parent = parentId !== null ? nodes.get(parentId) : undefined;
      if (!parent || !containers.has(parent)) {
        current.level = 1;
        containers.set(current, null);
      } else if (parent.level < depthLimit) {
        current.parent = parent.comment;
        current.level = parent.level + 1;
        containers.set(current, parent);
      } else {
        current.parent = parent.comment;
        current.level = depthLimit;
        containers.set(current, containers.get(parent) ?? null);
      }
    }
  };

  const roots: ThreadNode[] = [];
  for (const node of nodes.values()) {
    place(node);
    const container = containers.get(node);
    (container ? container.replies : roots).push(node);
  }
  return roots;
}
