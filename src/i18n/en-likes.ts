/** English words of the like buttons, which arrive with their code. */
import type { LikeStrings } from './strings.js';

export const enLikes: LikeStrings = {
  like: 'Like',
  likeFailed: 'Your like could not be saved. Please try again later.',
};
