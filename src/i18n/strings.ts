/** The shape every locale's string table must fill, and the helpers that format its entries. */

/** Plural forms by `Intl.PluralRules` category; `other` is always required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Words of the section: heading, list, comments, announcements and load errors. */
export interface SectionStrings {
  /** The direction the language is written in; the section is laid out in it. */
  dir: 'ltr' | 'rtl';
  /** Heading while the number of comments is not known yet. */
  comments: string;
  /** Heading of the section: `{n}` is the number of comments. */
  commentCount: Plural;
  noComments: string;
  beFirst: string;
  loading: string;
  loadMore: string;
  moreLoaded: Plural;
  openComments: string;
  reply: string;
  /** Accessible name of the Reply button: `{name}` is the comment's author. */
  replyTo: string;
  /** Description of a reply, read with it: `{name}` is the author it answers. */
  inReplyTo: string;
  posted: string;
  awaitingModeration: string;
  anonymous: string;
  retry: string;
  loadFailed: string;
  /** Shown, and announced, where the form would be when its code could not be loaded. */
  formFailed: string;
  /** Why loading or posting failed when the connection is down; the other explanations are `ErrorStrings`. */
  errorNetwork: string;
}

/** Why a request failed, added to "could not be loaded" or "was not posted"; English ones travel with the code that explains. */
export interface ErrorStrings {
  errorTimeout: string;
  errorServer: string;
  errorInvalid: string;
  /** `{seconds}` is how long the backend asked to wait. */
  errorRateLimited: string;
}

/** Words of the reply form; English ones travel with the form's own code. */
export interface FormStrings {
  leaveReply: string;
  leaveReplyTo: string;
  cancelReply: string;
  privacyNote: string;
  requiredNote: string;
  privacyPolicy: string;
  comment: string;
  name: string;
  email: string;
  website: string;
  consent: string;
  submit: string;
  posting: string;
  postFailed: string;
  fixFields: Plural;
  contentRequired: string;
  contentTooLong: string;
  authorRequired: string;
  authorTooLong: string;
  emailRequired: string;
  emailInvalid: string;
  emailTooLong: string;
  urlInvalid: string;
  urlTooLong: string;
  /** A post that failed is being sent again: `{attempt}` of `{attempts}`. */
  retrying: string;
  /** The backend asked to wait (429): `{time}` is the time of day the post will be sent. */
  sendingAt: string;
  /** The browser is offline: the post is kept and sent when the connection returns. */
  queuedOffline: string;
}

export type Strings = SectionStrings & ErrorStrings & FormStrings;

export type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** Fills `{name}` placeholders; unknown placeholders, `{constructor}` among them, stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
