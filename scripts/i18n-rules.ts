// What `npm run i18n:check` asks of every language table and of the English descriptions; no Node or browser API, so tests run it too.

/** A table as the check sees it: keys to texts, or to plural forms by category. */
export type Table = Record<string, string | Record<string, string>>;

/** The placeholders a text uses, such as `name` for `{name}`, sorted and each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((item, index) => item === b[index]);
const listed = (names: string[]) => names.map((name) => `{${name}}`).join(', ') || 'none';

const ORDER: Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The plural categories a language needs, from the runtime's `Intl.PluralRules`, and those that hold a single
 * count (English `one` is 1 only; Russian `one` is also 21, 31…): only those may leave the number out. Counts
 * start at 1: the section words 0 its own way ("No comments yet").
 */
function pluralCategories(tag: string): { needed: string[]; single: Set<string> } {
  const rules = new Intl.PluralRules(tag);
  const counts = new Map<string, number>();
  for (let n = 1; n <= 1000; n++) counts.set(rules.select(n), (counts.get(rules.select(n)) ?? 0) + 1);
  // In CLDR's order, which runtimes do not all keep.
  const needed = ORDER.filter((category) => rules.resolvedOptions().pluralCategories.includes(category));
  return {
    needed,
    // Arabic `zero` holds no count from 1 on: it is 0 alone.
    single: new Set(needed.filter((category) => (counts.get(category) ?? 0) <= 1)),
  };
}

/** The direction a language is written in, as the runtime knows it; undefined where it does not say. */
function direction(tag: string): string | undefined {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction;
}

/** Simplified characters of a comments section's words (评论 "comment", 回复 "reply", 删除 "delete"…), each written otherwise in Traditional Chinese. */
const SIMPLIFIED =
  '评论发复删编辑载网络链连设显时间开关个这们说为会来对问题页请输认确邮电点击读写应该还没无与从数错误务览隐赞热旧条则称项长过经审';
/** Traditional characters of the same words (評論, 刪除…), each written otherwise in Simplified Chinese. */
const TRADITIONAL =
  '評論發復刪編輯載網絡鏈連設顯時間開關個這們說為會來對問題頁請輸認確郵電點擊讀寫應該還沒無與從數錯誤務覽隱讚熱舊條則稱項長過經審';

/**
 * Letters a language does not write, for the tables of that language (and script): Romanian ş and ţ, with the
 * cedilla of Turkish that old fonts put in place of Romanian's comma below, and each Chinese script's characters
 * in the other's table, as when one table was made from the other.
 */
const FOREIGN_LETTERS: Array<{ language: string; script?: string; letters: string; why: string }> = [
  { language: 'ro', letters: 'şţŞŢ', why: 'Romanian writes ș and ț with a comma below, not a cedilla' },
  { language: 'zh', script: 'Hant', letters: SIMPLIFIED, why: 'Simplified, in a Traditional Chinese table' },
  { language: 'zh', script: 'Hans', letters: TRADITIONAL, why: 'Traditional, in a Simplified Chinese table' },
];

/**
 * Examples a reader goes by, which a table must keep in their form: the example address (its name may be the
 * language's own word, in letters a–z, before `@example.com`) and both schemes of a web address.
 */
const EXAMPLES: Record<string, { shape: RegExp; what: string }> = {
  emailInvalid: {
    shape: /(?<![\p{L}\p{N}])[a-z][a-z0-9.]*@example\.com\b/u,
    what: 'an address such as name@example.com, its name in letters a–z',
  },
  urlInvalid: { shape: /(?=.*http:\/\/)(?=.*https:\/\/)/, what: 'both http:// and https://' },
};

/** What is wrong with the letters of one text of `tag`'s table, one line per rule it breaks. */
function foreignLetters(tag: string, text: string): string[] {
  const { language, script } = new Intl.Locale(tag).maximize();
  return FOREIGN_LETTERS.filter((rule) => rule.language === language && (!rule.script || rule.script === script))
    .map((rule) => ({ rule, found: [...new Set([...text].filter((letter) => rule.letters.includes(letter)))] }))
    .filter(({ found }) => found.length)
    .map(({ rule, found }) => `${found.join(' ')}: ${rule.why}`);
}

/**
 * Everything wrong with the table of `tag` compared with English, one line each; none when it is right. A
 * locale must have exactly English's keys, no empty text, every placeholder of each English text (and no
 * other), every plural category `Intl.PluralRules` uses for the language and no other, the number in every
 * plural form that stands for more than one number, the direction the language is written in, none of the
 * letters the language does not write (`FOREIGN_LETTERS`), and the examples a reader goes by (`EXAMPLES`).
 */
export function checkTable(tag: string, table: Table, english: Table): string[] {
  const problems: string[] = [];
  const { needed, single } = pluralCategories(tag);
  for (const key of Object.keys(english)) {
    if (!Object.hasOwn(table, key)) problems.push(`${key}: missing`);
  }
  for (const key of Object.keys(table)) {
    if (!Object.hasOwn(english, key)) problems.push(`${key}: not an English key`);
  }
  for (const [key, source] of Object.entries(english)) {
    const translated = table[key];
    if (translated === undefined) continue;
    if (key === 'dir') {
      const written = direction(tag);
      if (translated !== 'ltr' && translated !== 'rtl')
        problems.push(`dir: ${JSON.stringify(translated)} is not ltr or rtl`);
      else if (written && written !== translated) problems.push(`dir: ${tag} is written ${written}, not ${translated}`);
      continue;
    }
    if (typeof source === 'string') {
      if (typeof translated !== 'string') {
        problems.push(`${key}: should be a text, not plural forms`);
      } else if (!translated.trim()) {
        problems.push(`${key}: empty`);
      } else if (!same(placeholders(translated), placeholders(source))) {
        problems.push(
          `${key}: placeholders ${listed(placeholders(translated))}, English has ${listed(placeholders(source))}`,
        );
      }
      if (typeof translated === 'string') {
        problems.push(...foreignLetters(tag, translated).map((problem) => `${key}: ${problem}`));
        const example = EXAMPLES[key];
        if (example && !example.shape.test(translated)) problems.push(`${key}: keep ${example.what}`);
      }
      continue;
    }
    if (typeof translated === 'string') {
      problems.push(`${key}: should be plural forms (${needed.join(', ')}), not one text`);
      continue;
    }
    const allowed = placeholders(Object.values(source).join(' '));
    for (const category of needed) {
      if (!translated[category]?.trim())
        problems.push(`${key}.${category}: missing (${tag} uses ${needed.join(', ')})`);
    }
    for (const [category, form] of Object.entries(translated)) {
      if (!needed.includes(category)) {
        problems.push(`${key}.${category}: ${tag} has no such plural category (it uses ${needed.join(', ')})`);
        continue;
      }
      const used = placeholders(form);
      const unknown = used.filter((name) => !allowed.includes(name));
      if (unknown.length) problems.push(`${key}.${category}: unknown placeholders ${listed(unknown)}`);
      // A form for one number may say it in words ("one comment"); a form for many numbers must show which.
      const required = single.has(category) ? allowed.filter((name) => name !== 'n') : allowed;
      const dropped = required.filter((name) => !used.includes(name));
      if (dropped.length) problems.push(`${key}.${category}: drops ${listed(dropped)}`);
      problems.push(...foreignLetters(tag, form).map((problem) => `${key}.${category}: ${problem}`));
    }
  }
  return problems;
}

/**
 * What is wrong with the descriptions translators read (the doc comments of the `Strings` keys): every English
 * key has one, and it names each placeholder its text uses, so a translator knows what will stand there.
 */
export function checkDescriptions(descriptions: Record<string, string>, english: Table): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const description = descriptions[key]?.trim();
    if (!description) {
      problems.push(`${key}: no description`);
      continue;
    }
    const text = typeof source === 'string' ? source : Object.values(source).join(' ');
    const unexplained = placeholders(text).filter((name) => !description.includes(`{${name}}`));
    if (unexplained.length) problems.push(`${key}: the description does not say what ${listed(unexplained)} is`);
  }
  return problems;
}
