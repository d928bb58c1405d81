/** English words of the reply form, which arrive with the form's code. */
import type { FormStrings } from './strings.js';

export const enForm: FormStrings = {
  leaveReply: 'Leave a Reply',
  leaveReplyTo: 'Leave a Reply to {name}',
  cancelReply: 'Cancel reply',
  privacyNote: 'Your email address will not be published.',
  requiredNote: 'Required fields are marked',
  privacyPolicy: 'Privacy policy',
  comment: 'Comment',
  name: 'Name',
  email: 'Email',
  website: 'Website',
  consent: 'Save my name, email, and website in this browser for the next time I comment.',
  submit: 'Post Comment',
  posting: 'Posting…',
  postFailed: 'Your comment was not posted. Your text is still here; please try again.',
  fixFields: { one: 'Please correct the highlighted field.', other: 'Please correct the {n} highlighted fields.' },
  contentRequired: 'Please type your comment.',
  contentTooLong: 'Your comment is too long: at most {max} characters.',
  authorRequired: 'Please enter your name.',
  authorTooLong: 'Your name is too long: at most {max} characters.',
  emailRequired: 'Please enter your email address.',
  emailInvalid: 'Please enter a valid email address, like name@example.com.',
  emailTooLong: 'Your email address is too long: at most {max} characters.',
  urlInvalid: 'Please enter a web address starting with http:// or https://.',
  urlTooLong: 'Your website address is too long: at most {max} characters.',
};
