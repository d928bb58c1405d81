/**
 * The check of the `edit` extension, for a server that declares it: a new comment comes with `editToken` and
 * `editableUntil`; `PATCH` and `DELETE` on `/comments/{id}` take that token as `Authorization: Bearer <token>`,
 * refuse another one with 403, and a browser on another origin may send them. On a server that also declares
 * `markdown`, an edit sent with `format: "markdown"` keeps it.
 */
import { checkComment } from '../model/comment.js';
import { expect } from './check-kit.js';
import type { CheckKit, Finding } from './check-kit.js';

const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));

export async function edit(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('edit')) return { skip: 'the server does not declare edit' };
  const answer = await kit.post(kit.newComment('A comment from parley-check, to be edited and deleted.'));
  expect(answer.status === 201, `POST /comments answered ${answer.status}, not 201`);
  const created = answer.body as { id: string; status: string; editToken?: unknown; editableUntil?: unknown };
  const { id, editToken: token, editableUntil } = created;
  expect(typeof token === 'string' && token !== '', 'a new comment came without an "editToken"');
  expect(isTime(editableUntil), 'a new comment came without an "editableUntil" time');
  const path = `/comments/${encodeURIComponent(id)}`;
  const change = (method: 'PATCH' | 'DELETE', bearer: string, content?: string, format?: 'markdown') =>
    kit.send(path, {
      method,
      headers: {
        Authorization: `Bearer ${bearer}`,
        ...(content !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(content !== undefined && { body: JSON.stringify({ content, format }) }),
    });
  const listed = async () => (await kit.all('oldest', 50)).comments.find((comment) => comment.id === id);

  const stranger = await change('PATCH', `not-${token as string}`, 'Changed by a stranger.');
  expect(stranger.status === 403, `PATCH with another token answered ${stranger.status}, not 403`);
  const content = 'Edited by parley-check.';
  const edited = await change('PATCH', token as string, content);
  expect(edited.status === 200, `PATCH ${path} answered ${edited.status}, not 200`);
  const problem = checkComment(edited.body);
  expect(problem === undefined, `the edited comment does not fit: ${problem}`);
  const { content: now, editedAt } = edited.body as { content: string; editedAt?: unknown };
  expect(now === content, 'the edited comment came back with other content');
  expect(isTime(editedAt), 'the edited comment has no "editedAt" time');
  if (created.status === 'approved') expect((await listed())?.content === content, 'the list shows the old text');
  if (kit.declared.includes('markdown')) {
    // An edit written in Markdown stays Markdown, or the reader's formatting shows as typed characters.
    const markdown = await change('PATCH', token as string, 'Edited in **Markdown** by parley-check.', 'markdown');
    const { format } = markdown.body as { format?: unknown };
    expect(
      markdown.status === 200 && format === 'markdown',
      'an edit sent with format "markdown" came back without it',
    );
  }

  const preflight = await kit.send(path, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://parley-check.example',
      'Access-Control-Request-Method': 'PATCH',
      'Access-Control-Request-Headers': 'authorization,content-type',
    },
  });
  const methods = (preflight.headers.get('Access-Control-Allow-Methods') ?? '').toUpperCase();
  const allowed = (preflight.headers.get('Access-Control-Allow-Headers') ?? '').toLowerCase();
  expect(
    /\bPATCH\b/.test(methods) && /\bDELETE\b/.test(methods) && /authorization|\*/.test(allowed),
    'the preflight of an edit does not allow PATCH, DELETE and Authorization',
  );

  const refused = await change('DELETE', `not-${token as string}`);
  expect(refused.status === 403, `DELETE with another token answered ${refused.status}, not 403`);
  const deleted = await change('DELETE', token as string);
  expect(deleted.status === 204 || deleted.status === 200, `DELETE ${path} answered ${deleted.status}`);
  if (created.status === 'approved') expect((await listed()) === undefined, 'the list still shows the deleted comment');
  const markdown = kit.declared.includes('markdown') ? '; an edit in Markdown stays Markdown' : '';
  return `a token and until when with each new comment; PATCH and DELETE take only that token${markdown}`;
}
