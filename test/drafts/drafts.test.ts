// Drafts: everything kept of a reader, per thread: what is restored, what is remembered, and when it is forgotten.
import { expect } from '@open-wc/testing';
import { Drafts, IDENTITY_KEY, savedPostKey } from '../../src/drafts/drafts.js';
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
  beforeEach(() => localStorage.clear());

  it('keeps the comment text and its reply target per thread, across a reload', () => {
    const drafts = new Drafts(THREAD);
    drafts.set('content', 'Half a thought');
    drafts.reply(parent);
    const reloaded = new Drafts(THREAD);
    expect(reloaded.fields.content).to.equal('Half a thought');
    expect(reloaded.replyTo?.id).to.equal('p1');
    expect(new Drafts('/t/other').fields.content).to.equal('');
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
    localStorage.setItem(IDENTITY_KEY, JSON.stringify({ author: 'Stored', email: 'stored@example.com', url: '' }));
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
    drafts.gaveUp('another key');
    expect(new Drafts(THREAD).pending?.auto).to.equal(true);
    drafts.gaveUp('k1');
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
});
