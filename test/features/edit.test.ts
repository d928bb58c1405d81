/**
 * Editing or deleting one's own comment for a while: Edit and Delete on the reader's own comment only while the
 * backend's window is open, the text edited in place, deletion confirmed in place, and every refusal or failure
 * told with the reader's text kept.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import {
  deep,
  deepAll,
  focused,
  mountSection,
  settle,
  stored,
  submitComment,
  text,
  type,
  until,
  useRestBackend,
} from '../helpers.js';
import type { StoredComment } from '../../demo/mock-backend.js';
import type { ParleyComments } from '../../src/components/comments/comments.js';
import type { ReaderFeature } from '../../src/backends/backend.js';
import { EDITABLE_KEY } from '../../src/drafts/editable.js';

interface Options {
  features?: ReaderFeature[];
  editWindow?: number;
  /** Handlers that answer before the backend's own (a refusal, a failure). */
  first?: RequestHandler[];
}

/** The reference REST backend with the `edit` extension, logging each change it is sent. */
async function useBackend(comments: StoredComment[], { features = ['edit'], editWindow, first = [] }: Options = {}) {
  const changes: Array<{ method: string; authorization: string | null; body: unknown }> = [];
  const log: RequestHandler = http.all('/api/comments/:id', async ({ request }) => {
    if (request.method === 'PATCH' || request.method === 'DELETE') {
      const body = request.method === 'PATCH' ? ((await request.clone().json()) as unknown) : undefined;
      changes.push({ method: request.method, authorization: request.headers.get('Authorization'), body });
    }
    return undefined;
  });
  // Edit windows are read against the browser's own clock, so the backend keeps real time.
  const store = await useRestBackend(comments, { features, editWindow, now: () => new Date(), first: [log, ...first] });
  return { store, changes };
}

const list = (section: Element) => deep(section.shadowRoot!, 'parley-comment-list').shadowRoot!;
const article = (section: Element, content: string) =>
  [...list(section).querySelectorAll<HTMLElement>('article')].find((item) =>
    text(item.querySelector('[part=body]')!).includes(content),
  );
const editButtons = (section: Element) => deepAll<HTMLButtonElement>(section.shadowRoot!, '[part=edit-button]');
const liveRegion = (section: Element) => text(deep(section.shadowRoot!, '[role=status][aria-live]'));

/** Posts a comment as Rosa and waits for its Edit button. */
async function postOwn(section: ParleyComments, content = 'A thoughtful comment.'): Promise<HTMLElement> {
  submitComment(section, content);
  await until(() => article(section, content)?.querySelector('[part=edit-button]'), 'Edit on the comment posted');
  await settle(section);
  return article(section, content)!;
}

async function openEditor(own: HTMLElement): Promise<HTMLTextAreaElement> {
  own.querySelector<HTMLButtonElement>('[part=edit-button]')!.click();
  return own.querySelector<HTMLTextAreaElement>('[part=edit-textarea]')!;
}

const save = (own: HTMLElement) => own.querySelector<HTMLButtonElement>('[part=edit-save]')!.click();

describe('editing and deleting your own comment', () => {
  // The editing code arrives after the comment is posted; have it here, so the first test waits no longer.
  before(() =>
    Promise.all([
      import('../../src/components/comment-form/form-chunk.js'),
      import('../../src/components/own-edits/own-edits.js'),
    ]),
  );
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('parley-comments').forEach((section) => section.remove());
    localStorage.clear();
  });

  it('offers Edit and Delete on the comment the reader just posted, and on no one else’s', async () => {
    await useBackend([stored({ content: 'Someone else wrote this.' })]);
    const section = await mountSection();
    let posted: unknown;
    section.addEventListener('parley-posted', (event) => (posted = event.detail.comment));
    const own = await postOwn(section);
    expect(editButtons(section)).to.have.length(1);
    expect(text(own.querySelector('[part=edit-button]')!)).to.equal('Edit');
    expect(text(own.querySelector('[part=delete-button]')!)).to.equal('Delete');
    expect(article(section, 'Someone else wrote this.')!.querySelector('[part=edit-button]')).to.equal(null);
    // The token stays in the browser's record, not in what the page hears.
    expect(posted).not.to.have.property('editToken');
    const [record] = JSON.parse(localStorage.getItem(EDITABLE_KEY)!) as Array<{ id: string; token: string }>;
    expect(record.id).to.equal(own.id.replace('comment-', ''));
    expect(record.token).to.be.a('string').and.not.equal('');
    // A page styles them through the section's parts.
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent =
      'parley-comments::part(edit-button), parley-comments::part(delete-button) { color: rgb(1, 2, 3); }';
    try {
      expect(getComputedStyle(own.querySelector('[part=edit-button]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(own.querySelector('[part=delete-button]')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
    await expect(section).to.be.accessible();
  });

  it('offers them again after a reload, while the window is open', async () => {
    await useBackend([]);
    const first = await mountSection();
    await postOwn(first, 'Written before the reload.');
    first.remove();
    const section = await mountSection();
    await until(() => editButtons(section).length === 1, 'Edit after the reload');
  });

  it('is not offered where the backend does not declare edit', async () => {
    await useBackend([], { features: [] });
    const section = await mountSection();
    submitComment(section, 'No edits here.');
    await until(() => article(section, 'No edits here.'), 'the comment posted');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(section);
    expect(editButtons(section)).to.have.length(0);
    expect(localStorage.getItem(EDITABLE_KEY)).to.equal(null);
  });

  it('edits the text in place and says the comment was edited', async () => {
    const { changes } = await useBackend([]);
    const section = await mountSection();
    const own = await postOwn(section, 'Frist try.');
    const box = await openEditor(own);
    expect(focused()).to.equal(box);
    expect(box.value).to.equal('Frist try.');
    expect(text(own.querySelector(`label[for="${box.id}"]`)!)).to.equal('Edit your comment');
    expect(own.querySelector<HTMLElement>('[part=body]')!.hidden).to.equal(true);
    await expect(section).to.be.accessible();
    type(box, 'First try, spelled right.');
    save(own);
    await until(() => article(section, 'First try, spelled right.'), 'the edited text');
    await settle(section);
    const edited = article(section, 'First try, spelled right.')!;
    const mark = edited.querySelector<HTMLTimeElement>('[part=edited]')!;
    expect(text(mark)).to.equal('Edited');
    expect(mark.title).to.not.equal('');
    expect(mark.dateTime).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(changes).to.have.length(1);
    expect(changes[0].method).to.equal('PATCH');
    expect(changes[0].authorization).to.match(/^Bearer \S+$/);
    expect(changes[0].body).to.deep.equal({ content: 'First try, spelled right.' });
    expect(liveRegion(section)).to.equal('Your comment was updated.');
    await until(() => focused() === edited.querySelector('[part=edit-button]'), 'focus back on Edit');
    await expect(section).to.be.accessible();
  });

  it('shows Edited to every reader of a comment its author changed', async () => {
    await useBackend([stored({ content: 'Changed later.', editedAt: '2026-11-02T10:00:00Z' })]);
    const section = await mountSection();
    const mark = deep<HTMLTimeElement>(list(section), '[part=edited]');
    expect(text(mark)).to.equal('Edited');
    expect(mark.title).to.contain('2026');
    await expect(section).to.be.accessible();
  });

  it('cancels an edit with Escape, leaving the text as it was and focus on Edit', async () => {
    const { changes } = await useBackend([]);
    const section = await mountSection();
    const own = await postOwn(section, 'Leave me be.');
    const box = await openEditor(own);
    type(box, 'Something else entirely.');
    await sendKeys({ press: 'Escape' });
    expect(own.querySelector('[part=edit-form]')).to.equal(null);
    expect(text(own.querySelector('[part=body]')!)).to.equal('Leave me be.');
    expect(focused()).to.equal(own.querySelector('[part=edit-button]'));
    expect(changes).to.have.length(0);
  });

  it('checks the text as the form does, with the message tied to the box', async () => {
    const { changes } = await useBackend([]);
    const section = await mountSection();
    const own = await postOwn(section, 'Not empty.');
    const box = await openEditor(own);
    type(box, '   ');
    save(own);
    await settle(section);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    const error = own.querySelector<HTMLElement>(`#${box.getAttribute('aria-describedby')}`)!;
    expect(text(error)).to.equal('Please type your comment.');
    expect(focused()).to.equal(box);
    expect(changes).to.have.length(0);
    await expect(section).to.be.accessible();
  });

  it('deletes after asking in place, then focus moves on', async () => {
    const { changes, store } = await useBackend([stored({ content: 'Before mine.' })]);
    const section = await mountSection();
    const own = await postOwn(section, 'Delete me.');
    own.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    const question = own.querySelector<HTMLElement>('[part=delete-confirm]')!;
    expect(question.getAttribute('role')).to.equal('group');
    expect(text(question.querySelector('[part=delete-question]')!)).to.equal(
      'Delete this comment? This cannot be undone.',
    );
    expect(focused()).to.equal(question.querySelector('[part=delete-cancel]'));
    await expect(section).to.be.accessible();
    // Cancel goes back to Delete, and nothing is sent.
    question.querySelector<HTMLButtonElement>('[part=delete-cancel]')!.click();
    expect(own.querySelector('[part=delete-confirm]')).to.equal(null);
    expect(focused()).to.equal(own.querySelector('[part=delete-button]'));
    expect(changes).to.have.length(0);
    own.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    own.querySelector<HTMLButtonElement>('[part=delete-confirm-button]')!.click();
    await until(() => !article(section, 'Delete me.'), 'the comment gone');
    await settle(section);
    expect(changes.map(({ method }) => method)).to.deep.equal(['DELETE']);
    expect(store.load().map(({ content }) => content)).to.deep.equal(['Before mine.']);
    expect(liveRegion(section)).to.equal('Your comment was deleted.');
    expect(text(deep(section.shadowRoot!, '[part=count]'))).to.equal('1 comment');
    expect(localStorage.getItem(EDITABLE_KEY)).to.equal(null);
    await until(() => focused() === article(section, 'Before mine.'), 'focus on the comment before');
    await expect(section).to.be.accessible();
  });

  it('takes Edit and Delete away when the window closes, without a reload', async () => {
    await useBackend([], { editWindow: 1500 });
    const section = await mountSection();
    const own = await postOwn(section, 'Quick, edit me.');
    expect(own.querySelector('[part=edit-button]')).to.exist;
    await until(() => !own.querySelector('[part=edit-button]'), 'Edit gone').catch(() => undefined);
    await until(() => !own.querySelector('[part=edit-button]'), 'Edit gone');
    expect(own.querySelector('[part=delete-button]')).to.equal(null);
  });

  for (const status of [403, 410]) {
    it(`keeps the text and says the time is up when the backend refuses an edit (${status})`, async () => {
      await useBackend([], {
        first: [
          http.patch('/api/comments/:id', () =>
            HttpResponse.json({ error: 'The time to change this comment has passed.' }, { status }),
          ),
        ],
      });
      const section = await mountSection();
      const own = await postOwn(section, 'Too late to fix.');
      const box = await openEditor(own);
      type(box, 'Too late to fix, fixed.');
      save(own);
      const error = () => own.querySelector<HTMLElement>('[part=edit-error]');
      await until(() => error() && !error()!.hidden, 'the refusal');
      expect(text(error()!)).to.equal('The time to change this comment has passed.');
      expect(box.value).to.equal('Too late to fix, fixed.');
      expect(own.querySelector<HTMLElement>('[part=edit-save]')!.hidden).to.equal(true);
      expect(liveRegion(section)).to.equal('The time to change this comment has passed.');
      expect(localStorage.getItem(EDITABLE_KEY)).to.equal(null);
      await expect(section).to.be.accessible();
      own.querySelector<HTMLButtonElement>('[part=edit-cancel]')!.click();
      expect(own.querySelector('[part=edit-button]')).to.equal(null);
      expect(text(own.querySelector('[part=body]')!)).to.equal('Too late to fix.');
    });
  }

  it('keeps the comment and says the time is up when the backend refuses a deletion', async () => {
    await useBackend([], {
      first: [http.delete('/api/comments/:id', () => HttpResponse.json({ error: 'Gone.' }, { status: 410 }))],
    });
    const section = await mountSection();
    const own = await postOwn(section, 'Stays.');
    own.querySelector<HTMLButtonElement>('[part=delete-button]')!.click();
    own.querySelector<HTMLButtonElement>('[part=delete-confirm-button]')!.click();
    const error = () => own.querySelector<HTMLElement>('[part=delete-confirm] [part=edit-error]');
    await until(() => error() && !error()!.hidden, 'the refusal');
    expect(text(error()!)).to.equal('The time to change this comment has passed.');
    expect(article(section, 'Stays.')).to.exist;
    expect(focused()).to.equal(own.querySelector('[part=delete-cancel]'));
    await expect(section).to.be.accessible();
  });

  it('keeps the new text when the network is down, and saves it on a second try', async () => {
    let down = true;
    await useBackend([], {
      first: [http.patch('/api/comments/:id', () => (down ? HttpResponse.error() : undefined))],
    });
    const section = await mountSection();
    const own = await postOwn(section, 'Offline edit.');
    const box = await openEditor(own);
    type(box, 'Offline edit, second version.');
    save(own);
    const error = () => own.querySelector<HTMLElement>('[part=edit-error]');
    await until(() => error() && !error()!.hidden, 'the failure');
    expect(text(error()!)).to.match(/^Your change was not saved\. .+/);
    expect(box.value).to.equal('Offline edit, second version.');
    expect(own.querySelector<HTMLElement>('[part=edit-save]')!.hidden).to.equal(false);
    down = false;
    save(own);
    await until(() => article(section, 'Offline edit, second version.'), 'the text saved');
  });

  it('keeps the new text when the answer is not a comment', async () => {
    await useBackend([], {
      first: [http.patch('/api/comments/:id', () => HttpResponse.json({ ok: true }))],
    });
    const section = await mountSection();
    const own = await postOwn(section, 'Garbage ahead.');
    const box = await openEditor(own);
    type(box, 'Garbage ahead, edited.');
    save(own);
    const error = () => own.querySelector<HTMLElement>('[part=edit-error]');
    await until(() => error() && !error()!.hidden, 'the failure');
    expect(text(error()!)).to.equal(
      'Your change was not saved. The comments server sent an answer that cannot be read.',
    );
    expect(box.value).to.equal('Garbage ahead, edited.');
    expect(text(own.querySelector('[part=body]')!)).to.equal('Garbage ahead.');
  });

  it('works with the keyboard alone', async () => {
    const { changes } = await useBackend([stored({ content: 'Keep me.' })]);
    const section = await mountSection();
    const own = await postOwn(section, 'Keyboard edit.');
    own.querySelector<HTMLButtonElement>('[part=reply-button]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(own.querySelector('[part=edit-button]'));
    await sendKeys({ press: 'Enter' });
    const box = own.querySelector<HTMLTextAreaElement>('[part=edit-textarea]')!;
    expect(focused()).to.equal(box);
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Typed.' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(own.querySelector('[part=edit-save]'));
    await sendKeys({ press: 'Enter' });
    await until(() => article(section, 'Keyboard edit. Typed.'), 'the edited text');
    await settle(section);
    const edited = article(section, 'Keyboard edit. Typed.')!;
    await until(() => focused() === edited.querySelector('[part=edit-button]'), 'focus on Edit');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(edited.querySelector('[part=delete-button]'));
    await sendKeys({ press: 'Enter' });
    expect(focused()).to.equal(edited.querySelector('[part=delete-cancel]'));
    await sendKeys({ press: 'Escape' });
    expect(focused()).to.equal(edited.querySelector('[part=delete-button]'));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused()).to.equal(edited.querySelector('[part=delete-confirm-button]'));
    await sendKeys({ press: 'Enter' });
    await until(() => !article(section, 'Keyboard edit. Typed.'), 'the comment deleted');
    expect(changes.map(({ method }) => method)).to.deep.equal(['PATCH', 'DELETE']);
  });
});
