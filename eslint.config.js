// ESLint for the whole repository: TypeScript (type-aware), Lit templates and their accessibility, and the import
// boundaries between the layers of src/. `npm run lint` runs it, then Prettier, which alone owns the layout.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every folder and top-level module of src/, as an import names it ('model', 'tasks.ts'). */
const srcEntries = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() || entry.name.endsWith('.ts'))
  .map((entry) => entry.name);
const allBut = (...allowed) => srcEntries.filter((entry) => !allowed.includes(entry));

/**
 * The layers of src/: each folder on the left may not import the folders and top-level modules of src/ on its right.
 * `allBut(...)` reads "everything in src/ except", so a folder added to src/ is closed to those layers until it is
 * named here. A new layer is one more line.
 */
const forbiddenImports = {
  model: allBut('model'),
  i18n: allBut('model', 'i18n'),
  backends: allBut('model', 'backends', 'tasks.ts'),
  drafts: allBut('model', 'drafts'),
  posting: allBut('model', 'i18n', 'backends', 'drafts', 'posting', 'events.ts', 'tasks.ts'),
  // parley-check's checks: the comment schema, and nothing of the elements.
  check: allBut('model', 'check'),
  // The section's units may load the form's chunk and the rich-text renderer from components/ (on demand, and the
  // type of the renderer), so components/ stays open to them; everything they may not reach is below them anyway.
};

/** One rule block per layer: static imports and re-exports (no-restricted-imports) and `import()` alike. */
const layerBoundaries = Object.entries(forbiddenImports).map(([layer, forbidden]) => {
  const names = forbidden.map((entry) => entry.replace(/\.ts$/, '').replaceAll('.', '\\.')).join('|');
  // A relative specifier that climbs out of the layer's folder into one of the forbidden entries:
  // '../components/comment/rich-body.js', '../../backends/backend.js', '../tasks.js'.
  const source = `^(?:\\.\\./)+(?:${names})(?:/|\\.[cm]?[jt]s$|$)`;
  const message = `src/${layer}/ may not import ${forbidden.join(', ')} (the layer table is in eslint.config.js).`;
  return {
    name: `parley/layers/${layer}`,
    files: [`src/${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: source, message }] }],
      'no-restricted-syntax': [
        'error',
        // esquery's regular expressions end at the first '/', so the slash is spelt \x2F.
        { selector: `ImportExpression > Literal.source[value=/${source.replaceAll('/', '\\x2F')}/]`, message },
      ],
    },
  };
});

export default defineConfig(
  globalIgnores([
    'dist/',
    'build/',
    '.pack/',
    // Type fixtures of a consumer project, compiled against the packed package by `npm run test:package`.
    'test/package/consumer/',
    // The framework apps import the built package: `npm run test:frameworks` type-checks them after the build.
    'test/frameworks/*.{ts,tsx}',
    '.backends/',
    'bench/results/',
    'scripts/backends/waline/node_modules/',
    'scripts/backends/waline/data/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    name: 'parley/typescript',
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters), which also knows about `_` parameters.
      '@typescript-eslint/no-unused-vars': 'off',
      // Lit calls the listeners of a template (`@click=${this.handleClick}`) with the element as `this`, which is
      // where nearly every unbound method here goes; the rule cannot tell those from a real slip.
      '@typescript-eslint/unbound-method': 'off',
      // `async` on a function that returns a promise is deliberate even without an `await`: a throw inside it
      // becomes a rejection, as the interfaces it implements (CommentBackend, the locale loaders) promise.
      '@typescript-eslint/require-await': 'off',
      // An aborted wait rejects with its AbortSignal's `reason`, as the platform's own APIs do; that is typed `any`.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        // @open-wc/semantic-dom-diff declares every chai `equal` as returning a promise (for its DOM snapshots);
        // a plain `expect(x).to.equal(y)` is synchronous. Other assertions, like `accessible()`, must be awaited.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
    },
  },
  {
    // Plain JavaScript is outside tsconfig.json, so it gets the rules that need no type information.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    name: 'parley/lit',
    files: ['src/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
  },
  ...layerBoundaries,

  // Globals, per folder.
  {
    files: [
      'src/**',
      'demo/**',
      'bench/baseline/**',
      'test/**/*.ts',
      'test/reliability/csp/*.js',
      'test/reliability/script-url/*.js',
      'test/reliability/reader-page.js',
    ],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['test/**/*.test.ts'],
    languageOptions: { globals: globals.mocha },
    rules: {
      // chai's property assertions are expressions on their own: `expect(x).to.be.true`, `.to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'scripts/**/*.ts', '*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Waline's test server is CommonJS, like the package it runs.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Functions handed to Puppeteer's page.evaluate() run in the page, not in Node.
    files: ['test/backends/integration/real-backends.mjs', 'test/node/ssr-browser.test.mjs', 'scripts/screenshots.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Classic scripts that a page loads with a plain <script src>.
    files: [
      'bench/probe.js',
      'test/reliability/csp/watch-violations.js',
      'test/reliability/script-url/watch-errors.js',
    ],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
