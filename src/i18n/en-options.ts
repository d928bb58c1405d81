/** English words of the form's options (Markdown and its preview, mail about replies), which arrive with their code. */
import type { OptionStrings } from './strings.js';

export const enOptions: OptionStrings = {
  format: 'Comment format',
  write: 'Write',
  preview: 'Preview',
  previewEmpty: 'Nothing to preview yet.',
  markdownHint: 'You can use Markdown: **bold**, *italic*, `code`, > quotes, - lists and [links](https://example.com).',
  notify: 'Notify me of follow-up comments by email.',
};
