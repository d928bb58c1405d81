// Drafts: everything kept of a reader, per thread: what is restored, what is remembered, and when it is forgotten.
import { expect } from '@open-wc/testing';
import {
  DRAFT_MAX_AGE_MS,
  Drafts,
  IDENTITY_KEY,
  IDENTITY_MAX_AGE_MS,
  savedPostKey,
  sessionIdentityKey,
} from '../../src/drafts/drafts.js';
import type { NewComment } from '../../src/model/comment.js';

const THREAD = '/t/drafts';
const stored = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
const input: NewComment = {
  thread: THREAD,
  parentId: null,
  author: 'Ada',
  email: 'ada@example.com',
  url: null,
  content: 'Hello',
};
const parent = {
  id: 'p1',
  parentId: null,
  author: 'Bo',
  url: null,
  avatar: null,
  content: 'Question?',
  createdAt: '2026-11-01T09:00:00Z',
  status: 'approved' as const,
};

describe('Drafts', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('keeps the comment text and its reply target per thread, across a reload', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('content', 'Half a thought');
    drafts.reply(parent);
    drafts.set('content', 'Half a reply');
    const reloaded = new Drafts(THREAD);
    expect(reloaded.fields.content).to.equal('Half a reply');
    expect(reloaded.replyTo?.id).to.equal('p1');
    reloaded.reply(null);
    expect(reloaded.fields.content).to.equal('Half a thought');
    expect(new Drafts('/t/other').fields.content).to.equal('');
  });

  it('clears the text of the form a delivered post was written in, though another is open now', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('content', 'A reply on its way');
    drafts.reply(parent);
    drafts.set('content', 'A reply on its way');
    drafts.queue({ input: { ...input, parentId: 'p1', content: 'A reply on its way' }, key: 'k1', auto: true });
    drafts.reply(null);
    drafts.set('content', 'Still typing at the top');
    drafts.delivered();
    expect(drafts.fields.content).to.equal('Still typing at the top');
    drafts.reply(parent);
    expect(drafts.fields.content).to.equal('');
  });

  it('never writes name, email or website when the reader only typed them', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('author', 'Ada');
    drafts.set('email', 'ada@example.com');
    drafts.set('content', 'Hi');
    expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);
    expect(JSON.stringify(stored(savedPostKey(THREAD)))).not.to.contain('ada@example.com');
  });

  it('remembers the identity only with consent, and forgets it when consent is withdrawn', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('consent', true);
    drafts.remember({ author: 'Ada', email: 'ada@example.com', url: '' });
    expect(new Drafts('/t/next').fields).to.include({ author: 'Ada', email: 'ada@example.com', consent: true });
    drafts.set('consent', false);
    drafts.remember({ author: 'Ada', email: 'ada@example.com', url: '' });
    expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);
  });

  it('carries what the reader typed about themselves to another thread, but not their text', () => {
    localStorage.setItem(
      IDENTITY_KEY,
      JSON.stringify({ author: 'Stored', email: 'stored@example.com', url: '', savedAt: Date.now() }),
    );
    const first = new Drafts(THREAD);
    first.set('author', 'Typed');
    first.set('content', 'Only for this thread');
    const next = new Drafts('/t/next', { ...first.fields, content: '' });
    expect(next.fields).to.include({ author: 'Typed', email: 'stored@example.com', content: '' });
  });

  it('keeps a post on its way with its key until it is delivered, and stops resending one the reader was told failed', () => {
    const drafts = new Drafts(THREAD);
    drafts.queue({ input, key: 'k1', auto: true });
    expect(new Drafts(THREAD).pending).to.deep.equal({ input, key: 'k1', auto: true });
    drafts.gaveUp('another key', false);
    expect(new Drafts(THREAD).pending?.auto).to.equal(true);
    drafts.gaveUp('k1', false);
    expect(new Drafts(THREAD).pending?.auto).to.equal(false);
    drafts.delivered();
    expect(localStorage.getItem(savedPostKey(THREAD))).to.equal(null);
    expect(drafts.fields.content).to.equal('');
  });

  it('treats anything unreadable in storage as nothing saved', () => {
    localStorage.setItem(savedPostKey(THREAD), '{"content": 42}');
    localStorage.setItem(IDENTITY_KEY, 'not json');
    const drafts = new Drafts(THREAD);
    expect(drafts.fields).to.include({ content: '', author: '', consent: false });
    expect(drafts.pending).to.equal(null);
  });

  it('keeps who wrote a post on its way for the tab only, unless the reader consented', () => {
    const drafts = new Drafts(THREAD);
    drafts.queue({ input, key: 'k1', auto: true });
    expect(localStorage.getItem(savedPostKey(THREAD)))
      .not.to.contain('ada@example.com')
      .and.not.to.contain('Ada');
    expect(sessionStorage.getItem(sessionIdentityKey(THREAD))).to.contain('ada@example.com');
    // A reload in the same tab sends it by itself; a new tab has the text and the key, but waits for the reader.
    expect(new Drafts(THREAD).pending).to.deep.equal({ input, key: 'k1', auto: true });
    sessionStorage.clear();
    expect(new Drafts(THREAD).pending).to.include({ key: 'k1', auto: false });
    expect(new Drafts(THREAD).fields.content).to.equal('');

    const consenting = new Drafts('/t/consent');
    consenting.set('consent', true);
    consenting.queue({ input: { ...input, thread: '/t/consent' }, key: 'k2', auto: true });
    expect(localStorage.getItem(savedPostKey('/t/consent'))).to.contain('ada@example.com');
    expect(sessionStorage.getItem(sessionIdentityKey('/t/consent'))).to.equal(null);
  });

  it('forgets who wrote a refused post at once, keeping its text to mend', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('consent', true);
    drafts.set('content', 'Hello');
    drafts.queue({ input, key: 'k1', auto: true });
    drafts.gaveUp('k1', true);
    const stored = localStorage.getItem(savedPostKey(THREAD))!;
    expect(stored).to.contain('Hello');
    expect(stored).not.to.contain('ada@example.com');
    expect(sessionStorage.getItem(sessionIdentityKey(THREAD))).to.equal(null);
  });

  it('forgets drafts and posts after 7 days, and a remembered identity after about a year', () => {
    const now = Date.now();
    localStorage.setItem(
      savedPostKey(THREAD),
      JSON.stringify({ savedAt: now - DRAFT_MAX_AGE_MS - 1, content: 'Old', replyTo: null, pending: null }),
    );
    localStorage.setItem(
      IDENTITY_KEY,
      JSON.stringify({ author: 'Ada', email: 'ada@example.com', url: '', savedAt: now - IDENTITY_MAX_AGE_MS - 1 }),
    );
    const drafts = new Drafts(THREAD);
    expect(drafts.fields).to.include({ content: '', author: '', email: '', consent: false });
    expect(localStorage.getItem(savedPostKey(THREAD))).to.equal(null);
    expect(localStorage.getItem(IDENTITY_KEY)).to.equal(null);

    localStorage.setItem(
      savedPostKey(THREAD),
      JSON.stringify({ savedAt: now - DRAFT_MAX_AGE_MS + 60_000, content: 'Recent', replyTo: null, pending: null }),
    );
    localStorage.setItem(
      IDENTITY_KEY,
      JSON.stringify({ author: 'Ada', email: 'ada@example.com', url: '', savedAt: now - IDENTITY_MAX_AGE_MS + 60_000 }),
    );
    expect(new Drafts(THREAD).fields).to.include({ content: 'Recent', author: 'Ada', consent: true });
  });
});
