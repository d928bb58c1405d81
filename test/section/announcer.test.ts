/** Announcer: what the section's live region says, read again even when the words repeat. */
import { expect } from '@open-wc/testing';
import { Announcer } from '../../src/section/announcer.js';

function setup() {
  const host = {
    updates: 0,
    updateComplete: Promise.resolve(true),
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void host.updates++,
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
