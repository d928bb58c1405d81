/** What a reader may submit: the same rules as WordPress core (listed in the README's protocol section), as one zod/mini schema. */
import * as z from 'zod/mini';
import type { CommentField } from './comment.js';
import { where } from './comment.js';
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

/**
 * A form field: each rule is a test and the string-table key of its message (so messages
 * are shown in the section's language). Values arrive trimmed.
 */
const field = (...rules: Array<[(value: string) => boolean, Problem]>) =>
  rules.reduce<z.ZodMiniType<string>>((schema, [test, key]) => where(schema, test, key), z.string());

const required = (key: Problem): [(value: string) => boolean, Problem] => [(value) => value !== '', key];
const atMost = (max: number, key: Problem): [(value: string) => boolean, Problem] => [
  (value) => value.length <= max,
  key,
];

export const commentFormSchema = z.object({
  content: field(required('contentRequired'), atMost(LIMITS.content, 'contentTooLong')),
  author: field(required('authorRequired'), atMost(LIMITS.author, 'authorTooLong')),
  email: field(required('emailRequired'), atMost(LIMITS.email, 'emailTooLong'), [
    (value) => value === '' || EMAIL.test(value),
    'emailInvalid',
  ]),
  url: field(atMost(LIMITS.url, 'urlTooLong'), [(value) => value === '' || isHttpUrl(value), 'urlInvalid']),
});

export type CommentFormValues = Record<CommentField, string>;
export type ValidComment = z.output<typeof commentFormSchema>;
export type FieldProblems = Partial<Record<CommentField, Problem>>;

/** A website typed without a scheme ("example.com") is read as https, as readers expect. */
export function withScheme(url: string): string {
  return url && !/^[a-z][a-z\d+.-]*:/i.test(url) ? `https://${url}` : url;
}

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
  const result = z.safeParse(commentFormSchema, trimmed);
  if (result.success) return { ok: true, value: result.data };
  const problems: FieldProblems = {};
  for (const issue of result.error.issues) {
    problems[issue.path[0] as CommentField] ??= issue.message as Problem;
  }
  return { ok: false, problems };
}
