// The built bundle under a strict Content-Security-Policy with Trusted Types: it renders, posts, and reports no violation.
import { expect } from '@open-wc/testing';

interface CspReport {
  shown?: boolean;
  posted?: boolean;
  bodies?: string[];
  chunks?: string[];
  violations: string[];
  error?: string;
}

describe('reliability: strict Content-Security-Policy', () => {
  it('renders the section from dist/parley.js and posts a comment with no violation', async () => {
    const frame = document.createElement('iframe');
    const result = new Promise<CspReport>((resolve) => {
      addEventListener('message', function listen(event: MessageEvent<{ parleyCsp?: CspReport } | null>) {
        if (event.source !== frame.contentWindow || !event.data?.parleyCsp) return;
        removeEventListener('message', listen);
        resolve(event.data.parleyCsp);
      });
    });
    frame.src = '/csp/index.html';
    document.body.append(frame);
    try {
      const report = await result;
      expect(report.error).to.equal(undefined);
      expect(report.violations).to.deep.equal([]);
      expect(report.shown).to.equal(true);
      expect(report.posted).to.equal(true);
      expect(report.bodies).to.deep.equal(['Rendered without inline code', 'Posted under a strict policy']);
      // The posting code is its own chunk, found next to parley.js in a folder it was not built for.
      expect(report.chunks!.some((path) => /^\/csp\/parley\/posting-[\w-]+\.js$/.test(path))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});
