/** The demo's opening discussion under its article: a realistic thread with replies, links and line breaks. */
import type { StoredComment } from './mock-backend.js';

const THREAD = '/demo/gigacasting';

const at = (day: number, hour: number, minute: number) => new Date(Date.UTC(2026, 10, day, hour, minute)).toISOString();

let next = 0;
const comment = (
  author: string,
  content: string,
  createdAt: string,
  parentId: string | null = null,
  url: string | null = null,
): StoredComment => ({
  id: `seed-${++next}`,
  thread: THREAD,
  parentId,
  author,
  email: `${author.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
  url,
  avatar: null,
  content,
  createdAt,
  status: 'approved',
});

export function seedThread(): StoredComment[] {
  next = 0;
  return [
    comment(
      'Marta Kowalczyk',
      'I spent eleven years in a body-in-white plant. The part count reduction is real, but nobody talks about what happens when a single casting has a porosity defect: you scrap the whole rear underbody, not one bracket.\n\nCurious how the yield numbers compare after the first year.',
      at(24, 8, 12),
      null,
      'https://example.com/marta',
    ),
    comment(
      'Devin Osei',
      'Yield is the whole story. The X-ray inspection cells mentioned in the article are the unsung heroes here.',
      at(24, 9, 40),
      'seed-1',
    ),
    comment(
      'Marta Kowalczyk',
      'Agreed. We had inline CT for aluminium knuckles and it was still the bottleneck of the line.',
      at(24, 10, 5),
      'seed-2',
    ),
    comment(
      'Hiroshi Tanaka',
      'The alloy matters as much as the press. Non-heat-treated alloys avoid the distortion you get in the solution treatment oven, which is why the big castings became practical at all. There is a good overview here: https://example.com/alloys-overview.',
      at(24, 14, 31),
    ),
    comment(
      'Léa Dubois',
      'Repairability worries me more than yield. A minor rear collision used to mean replacing a rail; now it can mean replacing most of the floor.',
      at(25, 7, 2),
    ),
    comment(
      'Sam Whitfield',
      'Insurers are already pricing that in, from what I have seen. Some manufacturers publish cut lines for sectional repairs, which helps.',
      at(25, 8, 47),
      'seed-5',
    ),
    comment(
      'Priya Natarajan',
      'Great piece. One small correction: the clamping force figure in the third paragraph is in tonnes of force, not kilonewtons.',
      at(26, 16, 20),
      null,
      'https://example.com/priya',
    ),
  ];
}

/**
 * Comments of the site's other posts, which the demo has no pages of: the "More posts" list under the article counts
 * them with `<parley-count>`.
 */
export const OTHER_POSTS = { heatPumps: '/demo/heat-pumps', nightTrains: '/demo/night-trains' };

export function seedOtherPosts(): StoredComment[] {
  const other = (id: string, thread: string, author: string, content: string, createdAt: string): StoredComment => ({
    ...comment(author, content, createdAt),
    id,
    thread,
  });
  return [
    other(
      'seed-heat-1',
      OTHER_POSTS.heatPumps,
      'Jonas Berg',
      'Ours runs at a COP of about 3 even in January.',
      at(20, 9, 5),
    ),
    other('seed-heat-2', OTHER_POSTS.heatPumps, 'Aiko Tanaka', 'What did the radiators cost you?', at(20, 11, 40)),
    other(
      'seed-train-1',
      OTHER_POSTS.nightTrains,
      'Lena Fischer',
      'The Vienna sleeper was full a month ahead.',
      at(21, 7, 30),
    ),
  ];
}

export { THREAD };
