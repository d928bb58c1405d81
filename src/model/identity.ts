/** The reader's name, email and website, remembered in this browser only when they ticked the consent box. */
import * as z from 'zod/mini';

const KEY = 'parley:identity';

const identitySchema = z.object({ author: z.string(), email: z.string(), url: z.string() });

export type Identity = z.infer<typeof identitySchema>;

/** The remembered identity, or null when there is none (or what is stored is not one). */
export function loadIdentity(): Identity | null {
  try {
    const stored = localStorage.getItem(KEY);
    const result = stored ? z.safeParse(identitySchema, JSON.parse(stored)) : null;
    return result?.success ? result.data : null;
  } catch {
    return null;
  }
}

export function saveIdentity(identity: Identity | null): void {
  try {
    if (identity) localStorage.setItem(KEY, JSON.stringify(identity));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be full or forbidden (private modes); remembering is a convenience, not a promise.
  }
}
