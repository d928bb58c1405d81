/** The reader's tools as the section sees them: the order it lists in, and when the tools' code loads. */
import { expect } from '@open-wc/testing';
import { listOrder, loadReaderTools } from '../../src/section/reader-tools.js';
import { ORDER_KEY } from '../../src/section/sort-choice.js';

describe('the reader’s tools', () => {
  afterEach(() => localStorage.removeItem(ORDER_KEY));

  it('list in the site owner’s order until the reader chooses one, then in the reader’s', () => {
    expect(listOrder('newest')).to.equal('newest');
    localStorage.setItem(ORDER_KEY, 'top');
    expect(listOrder('newest')).to.equal('top');
    expect(listOrder('oldest')).to.equal('top');
  });

  it('ignore an order in storage that is none of theirs', () => {
    localStorage.setItem(ORDER_KEY, 'random');
    expect(listOrder('newest')).to.equal('newest');
  });

  it('load only once the first comments are drawn, and settle even when that failed', async () => {
    let drawn!: () => void;
    const loaded = loadReaderTools(new Promise<void>((resolve) => (drawn = resolve)));
    let settled = false;
    void loaded.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled, 'not before the comments are drawn').to.equal(false);
    expect(customElements.get('parley-reading-tools')).to.equal(undefined);
    drawn();
    await loaded;
    expect(customElements.get('parley-reading-tools')).to.not.equal(undefined);
    expect(await loadReaderTools(Promise.reject(new Error('the page failed')))).to.equal(undefined);
  });
});
