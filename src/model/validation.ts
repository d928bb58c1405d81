/** What a reader may submit: the same rules as WordPress core (listed in the README's protocol section), as plain tests. */
import type { CommentField } from './comment.js';
import { isHttpUrl } from './url.js';

export const LIMITS = { author: 245, email: 100, url: 200, content: 65_525 } as const;

/** What can be wrong with a field; each is also the key of its message in every string table. */
export type Problem =
  | 'contentRequired'
  | 'contentTooLong'
  | 'authorRequired'
  | 'authorTooLong'
  | 'emailRequired'
  | 'emailInvalid'
  | 'emailTooLong'
  | 'urlInvalid'
  | 'urlTooLong';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** A test of a trimmed value, and the string-table key of its message (so messages are shown in the section's language). */
type Rule = [test: (value: string) => boolean, problem: Problem];

const required = (problem: Problem): Rule => [(value) => value !== '', problem];
const atMost = (max: number, problem: Problem): Rule => [(value) => value.length <= max, problem];

/** Each field's rules in the order they are tried: the first that fails is the field's problem. */
const RULES: Record<CommentField, Rule[]> = {
  content: [required('contentRequired'), atMost(LIMITS.content, 'contentTooLong')],
  author: [required('authorRequired'), atMost(LIMITS.author, 'authorTooLong')],
  email: [
    required('emailRequired'),
    atMost(LIMITS.email, 'emailTooLong'),
    [(value) => value === '' || EMAIL.test(value), 'emailInvalid'],
  ],
  url: [atMost(LIMITS.url, 'urlTooLong'), [(value) => value === '' || isHttpUrl(value), 'urlInvalid']],
};

export type CommentFormValues = Record<CommentField, string>;
/** The form's values once they pass: trimmed, and the website with its scheme. */
export type ValidComment = CommentFormValues;
export type FieldProblems = Partial<Record<CommentField, Problem>>;

/** A website typed without a scheme ("example.com") is read as https, as readers expect. */
export function withScheme(url: string): string {
  return url && !/^[a-z][a-z\d+.-]*:/i.test(url) ? `https://${url}` : url;
}

/** What is wrong with a comment's text (the first problem), or undefined when it may be sent: for the edit box. */
export const contentProblem = (content: string): Problem | undefined =>
  RULES.content.find(([test]) => !test(content.trim()))?.[1];

/** Validates the form; on failure, gives the first problem of each field. */
export function validateComment(
  values: CommentFormValues,
): { ok: true; value: ValidComment } | { ok: false; problems: FieldProblems } {
  const trimmed = {
    content: values.content.trim(),
    author: values.author.trim(),
    email: values.email.trim(),
    url: withScheme(values.url.trim()),
  };
  const problems: FieldProblems = {};
  for (const [field, rules] of Object.entries(RULES) as Array<[CommentField, Rule[]]>) {
    const failed = rules.find(([test]) => !test(trimmed[field]));
    if (failed) problems[field] = failed[1];
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, value: trimmed };
}
