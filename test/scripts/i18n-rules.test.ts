// `npm run i18n:check`: what makes a language table fail, and what the descriptions translators read must say.
import { expect } from '@open-wc/testing';
import { checkDescriptions, checkTable } from '../../scripts/i18n-rules.js';
import type { Table } from '../../scripts/i18n-rules.js';

const english: Table = {
  dir: 'ltr',
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  commentCount: { one: '{n} comment', other: '{n} comments' },
};
const polish: Table = {
  dir: 'ltr',
  reply: 'Odpowiedz',
  replyTo: 'Odpowiedz użytkownikowi {name}',
  commentCount: { one: '1 komentarz', few: '{n} komentarze', many: '{n} komentarzy', other: '{n} komentarza' },
};

describe('i18n:check', () => {
  it('passes a complete table', () => {
    expect(checkTable('pl', polish, english)).to.deep.equal([]);
  });

  it('names a missing key and a key English does not have', () => {
    const { reply: _reply, ...rest } = polish;
    expect(checkTable('pl', { ...rest, replied: 'Odpowiedziano' }, english)).to.deep.equal([
      'reply: missing',
      'replied: not an English key',
    ]);
  });

  it('names a placeholder that was changed, dropped or added', () => {
    expect(checkTable('pl', { ...polish, replyTo: 'Odpowiedz {nazwa}' }, english)).to.deep.equal([
      'replyTo: placeholders {nazwa}, English has {name}',
    ]);
    expect(checkTable('pl', { ...polish, replyTo: 'Odpowiedz' }, english)).to.deep.equal([
      'replyTo: placeholders none, English has {name}',
    ]);
    expect(checkTable('pl', { ...polish, reply: 'Odpowiedz {name}' }, english)).to.deep.equal([
      'reply: placeholders {name}, English has none',
    ]);
  });

  it('names a plural category the language needs and the table lacks', () => {
    const { many: _many, ...forms } = polish.commentCount as Record<string, string>;
    expect(checkTable('pl', { ...polish, commentCount: forms }, english)).to.deep.equal([
      'commentCount.many: missing (pl uses one, few, many, other)',
    ]);
  });

  it('takes the categories from Intl.PluralRules: English forms are not enough for Polish, and two is not English', () => {
    expect(checkTable('pl', { ...polish, commentCount: english.commentCount }, english)).to.deep.equal([
      'commentCount.few: missing (pl uses one, few, many, other)',
      'commentCount.many: missing (pl uses one, few, many, other)',
    ]);
    expect(
      checkTable(
        'en',
        { ...english, commentCount: { one: '{n} comment', two: '{n} comments', other: '{n} comments' } },
        english,
      ),
    ).to.deep.equal(['commentCount.two: en has no such plural category (it uses one, other)']);
  });

  it('lets a form for one count say it in words, but not a form for many counts', () => {
    // Polish `one` is 1 only; Russian `one` is also 21, 31, 41…
    const russian = {
      one: 'один комментарий',
      few: '{n} комментария',
      many: '{n} комментариев',
      other: '{n} комментария',
    };
    expect(checkTable('ru', { ...english, commentCount: russian }, english)).to.deep.equal([
      'commentCount.one: drops {n}',
    ]);
  });

  it('names a Romanian ş or ţ, which Romanian writes with a comma below, and leaves Turkish its cedilla', () => {
    const romanian: Table = {
      dir: 'ltr',
      reply: 'Răspunde',
      replyTo: 'Răspunde-i lui {name}',
      commentCount: { one: '{n} comentariu', few: '{n} comentarii', other: '{n} de comentarii' },
    };
    expect(checkTable('ro', romanian, english)).to.deep.equal([]);
    expect(
      checkTable(
        'ro',
        {
          ...romanian,
          reply: 'Şterge şi ţine',
          commentCount: { one: '{n} comentariu', few: '{n} comentarii', other: '{n} de comentarii aşteaptă' },
        },
        english,
      ),
    ).to.deep.equal([
      'reply: Ş ş ţ: Romanian writes ș and ț with a comma below, not a cedilla',
      'commentCount.other: ş: Romanian writes ș and ț with a comma below, not a cedilla',
    ]);
    const turkish = {
      dir: 'ltr',
      reply: 'Yanıtla',
      replyTo: '{name} kişisine yanıt ver',
      commentCount: { one: '{n} yorum', other: '{n} yorum' },
    };
    expect(checkTable('tr', turkish, english)).to.deep.equal([]);
  });

  it('names a Simplified character in a Traditional Chinese table, and a Traditional one in a Simplified table', () => {
    const traditional: Table = {
      dir: 'ltr',
      reply: '回覆',
      replyTo: '回覆 {name}',
      commentCount: { other: '{n} 則留言' },
    };
    const simplified: Table = {
      dir: 'ltr',
      reply: '回复',
      replyTo: '回复 {name}',
      commentCount: { other: '{n} 条评论' },
    };
    expect(checkTable('zh-TW', traditional, english)).to.deep.equal([]);
    expect(checkTable('zh-CN', simplified, english)).to.deep.equal([]);
    // A table made from the other one, with a word left as it was.
    expect(
      checkTable('zh-TW', { ...traditional, reply: '回复', commentCount: simplified.commentCount }, english),
    ).to.deep.equal([
      'reply: 复: Simplified, in a Traditional Chinese table',
      'commentCount.other: 条 评 论: Simplified, in a Traditional Chinese table',
    ]);
    // 覆 is Simplified too (覆盖, "cover"), so 回覆 passes: only characters one script alone writes are named.
    expect(
      checkTable('zh-Hans', { ...simplified, replyTo: '回覆 {name}', commentCount: { other: '{n} 則評論' } }, english),
    ).to.deep.equal(['commentCount.other: 則 評 論: Traditional, in a Simplified Chinese table']);
    // Hong Kong writes Traditional characters too.
    expect(checkTable('zh-HK', { ...traditional, reply: '删除' }, english)).to.deep.equal([
      'reply: 删: Simplified, in a Traditional Chinese table',
    ]);
  });

  it('keeps the examples a reader goes by: a name in letters a–z at example.com, and both web address schemes', () => {
    const form: Table = {
      dir: 'ltr',
      emailInvalid: 'Please enter a valid email address, like name@example.com.',
      urlInvalid: 'Please enter a web address starting with http:// or https://.',
    };
    const czech: Table = {
      dir: 'ltr',
      emailInvalid: 'Zadejte prosím platnou e-mailovou adresu, například jmeno@example.com.',
      urlInvalid: 'Zadejte prosím webovou adresu začínající http:// nebo https://.',
    };
    expect(checkTable('cs', czech, form)).to.deep.equal([]);
    // The name kept as in English, and a particle written right after the address.
    const korean: Table = {
      dir: 'ltr',
      emailInvalid: 'name@example.com과 같은 올바른 이메일 주소를 입력해 주세요.',
      urlInvalid: 'http:// 또는 https://로 시작하는 웹 주소를 입력해 주세요.',
    };
    expect(checkTable('ko', korean, form)).to.deep.equal([]);
    const problem = 'emailInvalid: keep an address such as name@example.com, its name in letters a–z';
    for (const address of ['jméno@example.com', 'jmeno@priklad.cz', 'jmeno(at)example.com', 'имя@example.com']) {
      const wrong = { ...czech, emailInvalid: `Zadejte prosím platnou e-mailovou adresu, například ${address}.` };
      expect(checkTable('cs', wrong, form), address).to.deep.equal([problem]);
    }
    expect(
      checkTable('cs', { ...czech, urlInvalid: 'Zadejte prosím webovou adresu začínající https://.' }, form),
    ).to.deep.equal(['urlInvalid: keep both http:// and https://']);
  });

  it('names a direction the language is not written in', () => {
    expect(checkTable('fa', { ...english, dir: 'ltr' }, english)).to.deep.equal(['dir: fa is written rtl, not ltr']);
  });

  it('asks for a description of every key that names each placeholder', () => {
    expect(
      checkDescriptions(
        {
          dir: 'Direction.',
          replyTo: 'Accessible name of the Reply button.',
          commentCount: 'Heading: {n} is the number.',
        },
        english,
      ),
    ).to.deep.equal(['reply: no description', 'replyTo: the description does not say what {name} is']);
  });
});
