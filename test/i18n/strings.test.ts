/** Filling placeholders in a section's strings: a site owner's wording shows as written, whatever names it uses. */
import { expect } from '@open-wc/testing';
import { Ui } from '../../src/i18n/ui.js';
import { en } from '../../src/i18n/en.js';

describe('strings: placeholders', () => {
  it('fills the placeholders it is given', () => {
    expect(new Ui('en', {}, en).text('inReplyTo', { name: 'Olu' })).to.equal('In reply to Olu');
  });

  it('leaves placeholders named after Object.prototype members as they are', () => {
    const ui = new Ui('en', { inReplyTo: 'Re {name} ({constructor}, {toString}, {__proto__}, {valueOf})' }, en);
    expect(ui.text('inReplyTo', { name: 'Olu' })).to.equal(
      'Re Olu ({constructor}, {toString}, {__proto__}, {valueOf})',
    );
  });
});
