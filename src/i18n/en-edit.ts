/** English words for editing or deleting one's own comment, which arrive with that code. */
import type { EditStrings } from './strings.js';

export const enEdit: EditStrings = {
  edit: 'Edit',
  delete: 'Delete',
  editLabel: 'Edit your comment',
  save: 'Save',
  cancel: 'Cancel',
  deleteQuestion: 'Delete this comment? This cannot be undone.',
  deleteConfirm: 'Yes, delete',
  editSaved: 'Your comment was updated.',
  deleted: 'Your comment was deleted.',
  editClosed: 'The time to change this comment has passed.',
  editFailed: 'Your change was not saved.',
};
