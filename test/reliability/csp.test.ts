// The built bundle under a strict Content-Security-Policy with Trusted Types: it renders, posts, and reports no violation;
// the wordpress adapter's HTML bodies show formatted where the page allows Parley's policy name, and as clean text where it does not.
import { expect } from '@open-wc/testing';

interface CspReport {
  shown?: boolean;
  posted?: boolean;
  bodies?: string[];
  chunks?: string[];
  violations: string[];
  error?: string;
}

interface WordPressReport {
  comments?: Array<{ author: string; text: string; elements: string[]; links: string[] }>;
  violations: string[];
  errors: string[];
  error?: string;
}

/** Opens one of the test pages in a frame and resolves with what it reports under `key`. */
async function reportOf<T>(src: string, key: string): Promise<T> {
  const frame = document.createElement('iframe');
  const result = new Promise<T>((resolve) => {
    addEventListener('message', function listen(event: MessageEvent) {
      const data = event.data as Record<string, T> | null;
      if (event.source !== frame.contentWindow || !data?.[key]) return;
      removeEventListener('message', listen);
      resolve(data[key]);
    });
  });
  frame.src = src;
  document.body.append(frame);
  try {
    return await result;
  } finally {
    frame.remove();
  }
}

/** What the recorded WordPress thread shows, replies under their parents: names and text with their entities decoded. */
const RECORDED_THREAD = [
  { author: 'Ada Lovelace', text: 'The first comment.' },
  { author: 'Bob', text: 'A reply to Ada.' },
  { author: 'Cy', text: 'A reply to Bob.' },
  { author: 'Tom & Jerry', text: 'Some emphasis, bold, code() & a link.alert(“x”) bad link' },
  { author: 'Ian', text: 'A third thread.' },
];

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
      // The form and posting code is its own chunk, found next to parley.js in a folder it was not built for.
      expect(report.chunks!.some((path) => /^\/csp\/parley\/form-chunk-[\w-]+\.js$/.test(path))).to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('shows WordPress bodies formatted where the page names parley-rich-text among its Trusted Types policies', async () => {
    const report = await reportOf<WordPressReport>('/csp-wordpress/named/wordpress.html', 'parleyCspWordPress');
    expect(report.error).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    expect(report.violations).to.deep.equal([]);
    expect(report.comments!.map(({ author, text }) => ({ author, text }))).to.deep.equal(RECORDED_THREAD);
    const rich = report.comments![3];
    expect(rich.elements).to.deep.equal(['p', 'em', 'strong', 'code', 'a']);
    expect(rich.links).to.deep.equal(['https://example.com/page?a=1&b=2']);
  });

  it('shows WordPress bodies as clean text where the page refuses the name parley-rich-text', async () => {
    const report = await reportOf<WordPressReport>('/csp-wordpress/refused/wordpress.html', 'parleyCspWordPress');
    expect(report.error).to.equal(undefined);
    expect(report.errors).to.deep.equal([]);
    // Creating the policy is the one thing refused; no HTML reaches a sink without it.
    expect(report.violations).to.deep.equal(['trusted-types: trusted-types-policy parley-rich-text']);
    expect(report.comments!.map(({ author, text }) => ({ author, text }))).to.deep.equal(RECORDED_THREAD);
    for (const comment of report.comments!) expect(comment.elements, comment.text).to.deep.equal(['p']);
  });
});
