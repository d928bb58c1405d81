/**
 * The checks of the optional REST extensions a server declares in its list answers (`"extensions"`): `since`,
 * `order=top` (with likes), `markdown` (the `format` field), `notify`, `captcha` and `edit` (`edit-check.ts`). Each is skipped when the server
 * declares nothing of it; `count` and `likes` are checked with the others in `protocol-check.ts`.
 */
import { expect } from './check-kit.js';
import type { CheckKit, Finding } from './check-kit.js';
import { edit } from './edit-check.js';

/** The names these checks know, beyond `count` and `likes`. */
export const EXTENSION_NAMES = ['since', 'markdown', 'notify', 'captcha', 'edit'] as const;

const notDeclared = (name: string): Finding => ({ skip: `the server does not declare ${name}` });

/** Comments on the checker's own thread, a clock tick apart, so each has a time of its own. */
async function postSpaced(kit: CheckKit, contents: string[]) {
  const comments = [];
  for (const content of contents) {
    comments.push(await kit.posted(kit.newComment(content)));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return comments;
}

/** `since={ISO time}`: only the comments written after that time. */
async function since(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('since')) return notDeclared('since');
  if (!kit.ownThread || !kit.approved) return { skip: 'needs its own thread, whose new comments are listed at once' };
  const [first, ...later] = await postSpaced(kit, ['Before the time asked for.', 'After it.', 'And after that.']);
  const answer = await kit.page({ limit: '50', order: 'oldest', since: first.createdAt });
  const ids = answer.comments.map((comment) => comment.id);
  expect(!ids.includes(first.id), `since=${first.createdAt} listed the comment written at that time`);
  const missing = later.filter((comment) => !ids.includes(comment.id));
  expect(missing.length === 0, `since=${first.createdAt} left out ${missing.length} comment(s) written after it`);
  const early = answer.comments.find((comment) => Date.parse(comment.createdAt) <= Date.parse(first.createdAt));
  expect(early === undefined, `since=${first.createdAt} listed comment ${early?.id}, written before`);
  return `since=${first.createdAt} listed only the ${answer.comments.length} comments written after it`;
}

/** `order=top`: a server with likes lists the most liked first. */
async function top(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('likes')) return { skip: 'the comments carry no likes' };
  if (!kit.ownThread || !kit.approved) return { skip: 'needs its own thread, whose new comments are listed at once' };
  const [, liked] = await postSpaced(kit, ['Liked by nobody.', 'Liked by two readers.']);
  for (const reader of [crypto.randomUUID(), crypto.randomUUID()]) {
    const answer = await kit.send(`/comments/${encodeURIComponent(liked.id)}/likes`, {
      method: 'POST',
      headers: { 'Reader-Token': reader },
    });
    expect(answer.status === 200 || answer.status === 204, `POST /comments/{id}/likes answered ${answer.status}`);
  }
  const { comments } = await kit.all('top', 2);
  const counts = comments.map((comment) => Number(comment.likes));
  expect(comments[0]?.id === liked.id, 'order=top does not list the most liked comment first');
  const rising = counts.findIndex((count, index) => index > 0 && count > counts[index - 1]);
  expect(rising === -1, `order=top lists ${counts[rising]} likes after ${counts[rising - 1]}`);
  return `most liked first, over ${comments.length} comments`;
}

/** `markdown`: a comment posted with `format: "markdown"` is kept as written and listed with its format. */
async function markdown(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('markdown')) return notDeclared('markdown');
  const content = 'Some **strong** words from parley-check, and `code`.';
  const written = await kit.posted({ ...kit.newComment(content), format: 'markdown' });
  expect(written.format === 'markdown', 'the answer to a Markdown post has no "format": "markdown"');
  const plain = await kit.posted(kit.newComment('A plain comment from parley-check, *as typed*.'));
  expect(plain.format === undefined || plain.format === 'text', 'a plain post came back as Markdown');
  if (!kit.approved) return 'posted as Markdown and as text, answered with each format (held, so not listed)';
  const { comments } = await kit.all('oldest', 50);
  const listed = comments.find((comment) => comment.id === written.id);
  expect(listed !== undefined, 'the Markdown comment is not listed');
  expect(listed!.content === content, 'the Markdown comment is listed with other content than was written');
  expect(listed!.format === 'markdown', 'the Markdown comment is listed without "format": "markdown"');
  return 'kept as written and listed with "format": "markdown"; plain text stays plain';
}

/** `notify`: a post asking for mail about replies is taken like any other. */
async function notify(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('notify')) return notDeclared('notify');
  const asked = await kit.posted({ ...kit.newComment('Mail me about replies, says parley-check.'), notify: true });
  expect(!('notify' in asked) || typeof asked.notify === 'boolean', 'the answer holds a "notify" that is no boolean');
  return 'a post with "notify": true is answered 201 (whether mail goes out cannot be seen from here)';
}

/** `captcha`: a post without a valid token is refused with a message, and creates nothing. */
async function captcha(kit: CheckKit): Promise<Finding> {
  if (!kit.declared.includes('captcha')) return notDeclared('captcha');
  const content = `With a wrong captcha token (${crypto.randomUUID()}).`;
  const answer = await kit.post({ ...kit.newComment(content), captcha: 'parley-check-wrong-token' });
  expect(answer.status === 400 || answer.status === 422, `a wrong captcha token was answered ${answer.status}`);
  const error = (answer.body as { error?: unknown } | null)?.error;
  expect(typeof error === 'string' && error !== '', 'the refusal of a wrong captcha token has no "error" message');
  const { comments } = await kit.all('oldest', 50);
  expect(!comments.some((comment) => comment.content === content), 'a post with a wrong captcha token was listed');
  return `a wrong token is refused (${answer.status}, "${String(error)}"); posts with --captcha's pass`;
}

/** Each check by the name of its row. */
export const extensionChecks: Array<[string, (kit: CheckKit) => Promise<Finding>]> = [
  ['since', since],
  ['top', top],
  ['markdown', markdown],
  ['notify', notify],
  ['captcha', captcha],
  ['edit', edit],
];
