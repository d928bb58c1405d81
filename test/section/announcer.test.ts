/** Announcer: what the section's live region says, read again even when the words repeat. */
import { expect } from '@open-wc/testing';
import { Announcer } from '../../src/section/announcer.js';
import { AnnounceRequestEvent } from '../../src/section/requests.js';

function setup() {
  const host = {
    updates: 0,
    updateComplete: Promise.resolve(true),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
    renderRoot: document.createElement('div'),
  };
  return { host, announcer: new Announcer(host) };
}

describe('Announcer', () => {
  it('says the message and asks the section to draw it', () => {
    const { host, announcer } = setup();
    announcer.announce('Comment posted');
    expect(announcer.message).to.equal('Comment posted');
    expect(host.updates).to.equal(1);
  });

  it('changes the region each time the same words come again, invisibly, so a screen reader reads them again', () => {
    const { announcer } = setup();
    const said: string[] = [];
    for (let time = 0; time < 3; time++) {
      announcer.announce('2 more comments loaded');
      said.push(announcer.message);
    }
    expect(said[1]).to.not.equal(said[0]);
    expect(said[2]).to.not.equal(said[1]);
    // What a sighted reader of the region sees, and what is spoken, is the same words each time.
    expect(said.map((message) => message.trim())).to.deep.equal(Array(3).fill('2 more comments loaded'));
  });

  it('says new words as they are', () => {
    const { announcer } = setup();
    announcer.announce('Comment posted');
    announcer.announce('Comment posted');
    announcer.announce('Your comment is awaiting moderation.');
    expect(announcer.message).to.equal('Your comment is awaiting moderation.');
  });
});

describe('Announcer, asked by a child', () => {
  it('reads out what a child of the section asks for, and keeps the request from the page', () => {
    const element = document.createElement('div');
    const renderRoot = element.attachShadow({ mode: 'open' });
    const connected: (() => void)[] = [];
    const host = Object.assign(element, {
      renderRoot,
      updateComplete: Promise.resolve(true),
      addController: (controller: { hostConnected?: () => void }) =>
        void connected.push(() => controller.hostConnected?.()),
      removeController: () => undefined,
      requestUpdate: () => undefined,
    });
    const announcer = new Announcer(host);
    document.body.append(element);
    connected.forEach((connect) => connect());
    // Connected twice (the section was moved): the request is still answered once.
    connected.forEach((connect) => connect());
    const heard: string[] = [];
    for (const target of [element, document])
      target.addEventListener('parley-announce-request', () => heard.push('page'));
    const child = document.createElement('button');
    renderRoot.append(child);
    child.dispatchEvent(new AnnounceRequestEvent('Link copied'));
    expect(announcer.message).to.equal('Link copied');
    child.dispatchEvent(new AnnounceRequestEvent('Sorted'));
    expect(announcer.message).to.equal('Sorted');
    expect(heard).to.deep.equal([]);
    element.remove();
  });
});
