/**
 * What a section's first comments are drawn with (the like buttons, the language's words, relative dates) is asked
 * for while their answer is on its way, not once it has come: on a fast server the answer would wait for it.
 */
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { createRestHandlers, memoryStore } from '../../demo/mock-backend.js';
import { deep, deepAll, FIXED_NOW, mountSection, stored, until, useHandlers } from '../helpers.js';

/** The paths of everything this page was sent since the test began (the timings of the test's own modules are cleared). */
const asked = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the first comments of a section', () => {
  it('have their code and words asked for while the answer is still held by the server', async () => {
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const { list } = createRestHandlers({
      api: '/api',
      store: memoryStore([stored({ content: 'Schön, danke.' })]),
      now: () => FIXED_NOW,
      likes: true,
    });
    await useHandlers(
      http.get('/api/comments', async ({ request }) => {
        await held;
        return (await list.run({ request, requestId: crypto.randomUUID() }))!.response!;
      }),
    );
    // The browser keeps the timings of a few hundred requests only, and the test's own modules fill most of them.
    performance.clearResourceTimings();
    const section = await mountSection({ lang: 'de', dates: 'relative' }, false);
    const needed = [
      '/src/components/likes/like-button.ts',
      '/src/i18n/de.ts',
      '/src/components/comment/relative-date.ts',
    ];
    await until(() => needed.every((path) => asked().includes(path)), `requests for ${needed.join(', ')}`);
    expect(deepAll(section.shadowRoot!, 'parley-comment'), 'nothing drawn before the answer').to.have.length(0);

    answer();
    await until(() => deepAll(section.shadowRoot!, 'parley-comment').length === 1, 'the comment');
    expect(deep(section.shadowRoot!, '[part=like]')).to.exist;
  });
});
