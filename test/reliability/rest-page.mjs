// What the strict-CSP and script-URL middlewares share: the one REST backend each of their pages posts to.

/** The JSON body of a request. */
export async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text);
}

/**
 * Answers `path` for a page's thread (`comments`, kept by the caller) when it is `api/comments`: the list, or a
 * new comment with the id `${idPrefix}${n}`. Returns false for any other path.
 */
export async function answerRest(context, path, comments, idPrefix) {
  if (path !== 'api/comments') return false;
  if (context.method === 'GET') {
    context.body = { comments, total: comments.length, next: null };
    return true;
  }
  if (context.method !== 'POST') return false;
  const input = await readBody(context.req);
  const comment = {
    id: `${idPrefix}${comments.length + 1}`,
    parentId: input.parentId,
    author: input.author,
    url: input.url,
    avatar: null,
    content: input.content,
    createdAt: '2026-11-20T12:00:00Z',
    status: 'approved',
  };
  comments.push(comment);
  context.status = 201;
  context.body = comment;
  return true;
}
