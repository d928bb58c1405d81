// The retry policy: exponential backoff with jitter, bounded, per section.
import { expect } from '@open-wc/testing';
import { backoff, defaultRetryPolicy } from '../../src/posting/retry-policy.js';

describe('posting: retry policy', () => {
  it('doubles the wait for each retry, half of it random, and never waits past maxDelay', () => {
    const low = { ...defaultRetryPolicy, random: () => 0 };
    const high = { ...defaultRetryPolicy, random: () => 0.999 };
    expect([1, 2, 3].map((attempt) => backoff(attempt, low))).to.deep.equal([500, 1000, 2000]);
    expect(backoff(3, high)).to.be.within(3990, 4000);
    expect(backoff(40, high)).to.be.at.most(defaultRetryPolicy.maxDelay);
  });

  it('takes a section’s own numbers', () => {
    expect(backoff(2, { ...defaultRetryPolicy, baseDelay: 100, random: () => 0 })).to.equal(100);
  });

  it('gives up a wait when the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = defaultRetryPolicy.wait(60_000, controller.signal);
    controller.abort(new Error('left'));
    let reason: unknown;
    await waiting.catch((error: unknown) => (reason = error));
    expect((reason as Error).message).to.equal('left');
  });
});
