// The built bundle under the script URLs real sites give it: a cache-busting query (WordPress adds `?ver=`), a hash,
// a deep folder, and twice on one page. Each time one copy of Parley's core runs, and a reader can post.
import { expect } from '@open-wc/testing';

interface ScriptUrlReport {
  shown?: boolean;
  posted?: boolean;
  bodies?: string[];
  errors: string[];
  litCopies: number;
  scripts: string[];
  error?: string;
}

function load(name: string): Promise<ScriptUrlReport> {
  const frame = document.createElement('iframe');
  const result = new Promise<ScriptUrlReport>((resolve) => {
    addEventListener('message', function listen(event: MessageEvent) {
      const data = event.data as { parleyScriptUrl?: ScriptUrlReport } | null;
      if (event.source !== frame.contentWindow || !data?.parleyScriptUrl) return;
      removeEventListener('message', listen);
      resolve(data.parleyScriptUrl);
    });
  });
  frame.src = `/script-url/${name}/`;
  document.body.append(frame);
  return result.finally(() => frame.remove());
}

const cases: Array<[string, string]> = [
  ['query', 'parley.js?ver=0.1.0, as WordPress writes it'],
  ['hash', 'parley.js#x'],
  ['nested', 'parley.js from a nested folder'],
  ['nested-query', 'parley.js?ver=0.1.0 from a plugin’s nested folder'],
  ['twice', 'parley.js and parley.js?ver=0.1.0 on one page'],
];

describe('reliability: the URL the script is loaded with', () => {
  for (const [name, loaded] of cases) {
    it(`shows the comments and posts one with ${loaded}, running one copy of Parley`, async () => {
      const report = await load(name);
      expect(report.error).to.equal(undefined);
      expect(report.errors).to.deep.equal([]);
      expect(report.shown).to.equal(true);
      expect(report.posted).to.equal(true);
      expect(report.bodies).to.deep.equal([`First comment on ${name}`, 'Posted from a real site']);
      expect(report.litCopies, `scripts loaded: ${report.scripts.join(', ')}`).to.equal(1);
    });
  }
});

describe('reliability: parley.js through a bundler', () => {
  it('marks parley.js and every file it imports as having side effects, so a bundler keeps the core it only imports', async () => {
    const { sideEffects } = (await (await fetch('/package.json')).json()) as { sideEffects: string[] };
    const patterns = sideEffects.map(
      (glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`),
    );
    const kept = (file: string) => patterns.some((pattern) => pattern.test(file));
    const entry = await (await fetch('/dist/parley.js')).text();
    const imported = [...entry.matchAll(/import\s*(?:[^'"`]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map(
      ([, file]) => `./dist/${file}`,
    );
    expect(imported.length, 'parley.js imports its core').to.be.greaterThan(0);
    expect(['./dist/parley.js', ...imported].filter((file) => !kept(file))).to.deep.equal([]);
  });
});
