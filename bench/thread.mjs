// Generates the benchmark's comment threads: deterministic (fixed seed), realistic, 20% replies up to depth 3.
// @ts-check

/** @typedef {{ id: string, parentId: string | null, author: string, url: string | null, avatar: string | null,
 *   content: string, createdAt: string, status: 'approved' | 'pending' }} Comment */

/** The seed every thread starts from, so every run and every machine sees the same comments. */
export const SEED = 0x5eed_2024;

/** Share of comments that answer an earlier comment. */
export const REPLY_SHARE = 0.2;

/** Deepest level a comment sits at; top-level comments are level 1. */
export const MAX_LEVEL = 3;

const FIRST_NAMES = [
  'Amara',
  'Bjørn',
  'Chen',
  'Dolores',
  'Emeka',
  'Fatima',
  'Gustavo',
  'Hannah',
  'Ines',
  'Jakub',
  'Keiko',
  'Liam',
  'Maëlle',
  'Nikolai',
  'Olivia',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Valentina',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zofia',
];
const LAST_NAMES = [
  'Okafor',
  'Lindqvist',
  'Wang',
  'García',
  'Nwosu',
  'Haddad',
  'Pereira',
  'Schmidt',
  'Moreau',
  'Nowak',
  'Tanaka',
  "O'Brien",
  'Dubois',
  'Ivanov',
  'Johnson',
  'Raman',
  'Lefèvre',
  'Rossi',
  'Andersen',
  'Castillo',
  'Desai',
  'Ferrari',
  'Zhang',
  'López',
  'Demir',
  'Kowalska',
];
const WORDS = (
  'the a this that it we you they our article post point idea argument example detail question answer ' +
  'approach problem solution reason result change version release update feature bug test browser page ' +
  'server client cache thread list comment reader writer author time week year today really quite very ' +
  'actually probably certainly clearly simply mostly rather still also even just only never always often ' +
  'is was seems looks works helps breaks fixes explains shows makes takes gives finds reads writes ' +
  'agree disagree think believe wonder noticed tried expected wanted liked missed learned ' +
  'good great clear useful wrong strange slow fast simple hard easy interesting surprising careful ' +
  'with without about after before during because although while when where how why'
).split(' ');
const SITES = [
  'https://example.com/notes',
  'https://blog.example.org',
  'https://www.example.net/~reader',
  'https://docs.example.com/guide',
  'http://example.edu/papers/42',
];

/** A small, fast PRNG (mulberry32) with a 32-bit state: the same seed gives the same sequence everywhere. */
export function seededRandom(seed = SEED) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The first `count` comments of the benchmark thread, oldest first. Threads of different sizes share
 * their beginning, so the 100-comment thread is the start of the 5,000-comment one.
 * @param {number} count
 * @returns {Comment[]}
 */
export function generateThread(count) {
  const random = seededRandom();
  const pick = (/** @type {readonly string[]} */ list) => list[Math.floor(random() * list.length)];
  const between = (/** @type {number} */ low, /** @type {number} */ high) =>
    low + Math.floor(random() * (high - low + 1));

  const sentence = () => {
    const words = Array.from({ length: between(5, 18) }, () => pick(WORDS));
    const text = words.join(' ');
    const mark = random() < 0.15 ? '?' : random() < 0.1 ? '!' : '.';
    return text[0].toUpperCase() + text.slice(1) + mark;
  };
  const paragraph = () => {
    const sentences = Array.from({ length: between(1, 4) }, sentence);
    if (random() < 0.12)
      sentences.splice(between(0, sentences.length), 0, `See ${pick(SITES)}/${between(1, 999)} for more.`);
    return sentences.join(' ');
  };

  /** @type {Comment[]} */
  const comments = [];
  /** @type {number[]} */
  const levels = [];
  /** @type {number[]} */
  const parents = [];
  let time = Date.UTC(2024, 2, 1, 8, 0, 0);
  for (let index = 0; index < count; index++) {
    time += between(20, 3600) * 1000;
    let parentIndex = -1;
    if (index > 0 && random() < REPLY_SHARE) {
      // Readers answer recent comments more than old ones; a comment at the deepest level gets its reply one level up.
      parentIndex = Math.max(0, index - 1 - Math.floor(random() * random() * Math.min(index, 200)));
      while (levels[parentIndex] >= MAX_LEVEL) parentIndex = parents[parentIndex];
    }
    const first = pick(FIRST_NAMES);
    const author = random() < 0.3 ? first : `${first} ${pick(LAST_NAMES)}`;
    comments.push({
      id: `c${index + 1}`,
      parentId: parentIndex >= 0 ? comments[parentIndex].id : null,
      author,
      url: random() < 0.25 ? `${pick(SITES)}` : null,
      avatar: null,
      content: Array.from({ length: random() < 0.2 ? between(2, 3) : 1 }, paragraph).join('\n\n'),
      createdAt: new Date(time).toISOString(),
      status: 'approved',
    });
    levels.push(parentIndex >= 0 ? levels[parentIndex] + 1 : 1);
    parents.push(parentIndex);
  }
  return comments;
}
