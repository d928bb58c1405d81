/** The shape every locale's string table must fill, and the helpers that format its entries. */

/** Plural forms by `Intl.PluralRules` category; `other` is always required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Words of the section: heading, list, comments, announcements and load errors. Each key's doc comment is what
 * a translator needs: where the text appears and what its placeholders stand for (`npm run i18n:check` asks
 * for one on every key).
 */
export interface SectionStrings {
  /** The direction the language is written in (`ltr` or `rtl`); the whole section is laid out in it. */
  dir: 'ltr' | 'rtl';
  /** Heading of the section while the number of comments is not known yet. */
  comments: string;
  /** Heading of the section once comments are loaded: `{n}` is the number of comments, written as a number. */
  commentCount: Plural;
  /** Heading of the section when the page has no comments. */
  noComments: string;
  /** Line under that heading, inviting the reader to write the first comment. */
  beFirst: string;
  /** Shown while the comments are loading. */
  loading: string;
  /** Button under the list that fetches the next page of comments. */
  loadMore: string;
  /** Announced to screen readers after "Load more": `{n}` is how many comments arrived. */
  moreLoaded: Plural;
  /** The only button of a collapsed section; pressing it opens the comments. */
  openComments: string;
  /** Visible word of the button under each comment that opens the reply form. */
  reply: string;
  /** Accessible name of that Reply button, read by screen readers: `{name}` is the comment's author. Keep the word of `reply` in it. */
  replyTo: string;
  /** Read with a reply, to say which comment it answers: `{name}` is the author it answers. */
  inReplyTo: string;
  /** Read after each comment's date, which is a link to the comment itself (its permalink). */
  permalink: string;
  /** Beside the date of a comment its author changed after posting; when they did is its tooltip. */
  edited: string;
  /** Shown on the reader's own comment while a moderator has not approved it yet, and announced. */
  awaitingModeration: string;
  /** Name shown for a comment whose author left no name. */
  anonymous: string;
  /** Button next to a loading or posting error that tries again. */
  retry: string;
  /** First sentence of a loading error; the reason follows it (the `error…` keys). */
  loadFailed: string;
  /** Shown, and announced, where the form would be when its code could not be loaded. */
  formFailed: string;
  /** Why loading or posting failed when the connection is down; the other explanations are `ErrorStrings`. */
  errorNetwork: string;
}

/** Why a request failed, added to "could not be loaded" or "was not posted"; English ones travel with the code that explains. */
export interface ErrorStrings {
  /** Reason of a failure: the server did not answer within the time allowed. */
  errorTimeout: string;
  /** Reason of a failure: the server answered with an error of its own. */
  errorServer: string;
  /** Reason of a failure: the server's answer is not in a form Parley can read. */
  errorInvalid: string;
  /**
   * Reason of a failure: too many requests at once; `{n}` is how many seconds the backend asked to wait (1 or
   * more), written as a number. In 0.1.0 this was one text with `{seconds}`: a site's own text of that kind still shows.
   */
  errorRateLimited: Plural;
}

/** Words of the reply form; English ones travel with the form's own code. */
export interface FormStrings {
  /** Title of the comment form under the thread (WordPress: "Leave a Reply"). */
  leaveReply: string;
  /** Title of the form when it answers a comment: `{name}` is that comment's author. */
  leaveReplyTo: string;
  /** Link-like button beside the reply form's title that closes it and goes back to the main form. */
  cancelReply: string;
  /** Under the form's title, when the comment a saved reply answered has been deleted: the reply is now a top-level comment. */
  replyTargetGone: string;
  /** First sentence of the note above the fields. */
  privacyNote: string;
  /** Second sentence of that note, followed by the asterisk that marks required fields. */
  requiredNote: string;
  /** Link text to the site's privacy policy, after the note, when the site gives one. */
  privacyPolicy: string;
  /** Label of the text area for the comment itself. */
  comment: string;
  /** Label of the author's name field (required). */
  name: string;
  /** Label of the email field (required, never published). */
  email: string;
  /** Label of the optional field for the author's web address. */
  website: string;
  /** Label of the checkbox that keeps name, email and website in the browser (WordPress's wording). */
  consent: string;
  /** The form's submit button. */
  submit: string;
  /** Shown, and announced, while the comment is being sent. */
  posting: string;
  /** Announced once the reader's comment is published. */
  posted: string;
  /** Shown after every attempt to send failed; a Retry button follows. */
  postFailed: string;
  /** Announced when the form has errors: `{n}` is how many fields need correcting. */
  fixFields: Plural;
  /** Error under the comment field when it is empty. */
  contentRequired: string;
  /** Error under the comment field: `{max}` is the most characters a comment may have. */
  contentTooLong: string;
  /** Error under the name field when it is empty. */
  authorRequired: string;
  /** Error under the name field: `{max}` is the most characters a name may have. */
  authorTooLong: string;
  /** Error under the email field when it is empty. */
  emailRequired: string;
  /**
   * Error under the email field when the address is not valid, with an example address: a name, `@`, then
   * `example.com` as it is (a domain kept for examples). The name may be your language's word for it
   * (`nom@example.com`), written in letters a–z without accents: servers such as WordPress refuse others.
   */
  emailInvalid: string;
  /** Error under the email field: `{max}` is the most characters an address may have. */
  emailTooLong: string;
  /** Error under the website field when it is not a web address; keep http:// and https:// as they are. */
  urlInvalid: string;
  /** Error under the website field: `{max}` is the most characters its address may have. */
  urlTooLong: string;
  /** A post that failed is being sent again: `{attempt}` is this attempt's number, `{attempts}` how many there will be at most. */
  retrying: string;
  /** The backend asked to wait (429): `{time}` is the time of day the post will be sent, in the language's own format. */
  sendingAt: string;
  /** The browser is offline: the post is kept and sent when the connection returns. */
  queuedOffline: string;
}

/** Said when the page opens at a comment's permalink; English ones travel with the code that finds the comment. */
export interface PermalinkStrings {
  /** Announced once the linked comment is shown: `{name}` is its author. */
  linkedFound: string;
  /** Shown when the backend no longer lists the linked comment, or does not list it to this reader. */
  linkedMissing: string;
  /** Shown when the linked comment is not among the first `{n}` comments, where the search stops. */
  linkedTooFar: string;
}

/**
 * Words of the form's options, shown only where the backend supports them (Markdown, mail about replies); English
 * ones travel with the options' own code.
 */
export interface OptionStrings {
  /** Label of the group of the Write and Preview buttons. */
  format: string;
  /** The button that shows the comment field again, to write (as opposed to Preview). */
  write: string;
  /** The button that shows the comment as it will look once posted, instead of the field. */
  preview: string;
  /** Shown in the preview while the comment is empty. */
  previewEmpty: string;
  /** What Markdown the reader may use; read as text, never as Markdown. */
  markdownHint: string;
  /** The checkbox asking for mail about replies, in the words of WordPress's subscription plugins. */
  notify: string;
}

/** Words of the sort control; English ones travel with its code. */
export interface SortStrings {
  /** The label of the list of orders above the comments: "Sort by". */
  sortLabel: string;
  /** The order with the oldest comments first. */
  sortOldest: string;
  /** The order with the newest comments first. */
  sortNewest: string;
  /** Most liked first. */
  sortTop: string;
  /** Announced once the thread is shown in the order chosen: `{order}` is that order's name. */
  sorted: string;
}

/** Words of the like buttons; English ones travel with their code. */
export interface LikeStrings {
  /** The like button of each comment, followed by its count: "Like 3". Pressed again, it takes the like back. */
  like: string;
  /** The backend refused a like or its undoing, or could not be reached: the count is put back. */
  likeFailed: string;
}

/** Words for editing or deleting one's own comment, for a while after posting it; English ones travel with their code. */
export interface EditStrings {
  /** Button on the reader's own comment, for a few minutes after posting it: opens its text for editing, in place. */
  edit: string;
  /** Button beside it: deletes the comment, after asking (`deleteQuestion`). */
  delete: string;
  /** Label of the box holding the comment's text while the reader edits it. */
  editLabel: string;
  /** Button under that box that sends the new text. */
  save: string;
  /** Button that closes the box (or the question) and leaves the comment as it was. */
  cancel: string;
  /** Asked in place of the buttons once the reader pressed Delete, before anything is deleted. */
  deleteQuestion: string;
  /** The button that answers that question and deletes the comment for good. */
  deleteConfirm: string;
  /** Announced once the backend has the new text. */
  editSaved: string;
  /** Announced once the comment is deleted. */
  deleted: string;
  /** The backend refused the change: the minutes in which a comment may be changed have passed (or it is not the reader's). */
  editClosed: string;
  /** The change or the deletion could not be made (no connection, a server error): followed by why. The text stays in the box. */
  editFailed: string;
}

/** Words of the new-comments notice; English ones travel with its code. */
export interface LiveStrings {
  /** Above the list, announced politely: `{n}` comments were written since the reader opened the page, not shown yet. */
  newComments: Plural;
  /** The button that adds the new comments to the list. */
  showNew: string;
}

export type Strings = SectionStrings &
  ErrorStrings &
  FormStrings &
  PermalinkStrings &
  SortStrings &
  LikeStrings &
  EditStrings &
  LiveStrings &
  OptionStrings;

export type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

/** Fills `{name}` placeholders; unknown placeholders, `{constructor}` among them, stay as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}
