// The build step that shrinks our css`` and html`` templates: what it drops, and what it must keep for the styles and markup to mean the same.
import { expect } from '@open-wc/testing';
import { minifyLiterals } from '../../scripts/minify-literals.js';

const css = (source: string) => minifyLiterals(`css\`${source}\``).slice(4, -1);
const html = (source: string) => minifyLiterals(`html\`${source}\``).slice(5, -1);

describe('build: minify-literals', () => {
  it('drops what CSS does not need', () => {
    expect(
      css(`
      :host([theme='dark']) { color: #ffffff; padding: calc(var(--_space) * 0.75) 0.5em; }
      [hidden] { display: none !important; }
    `),
    ).to.equal(':host([theme=dark]){color:#fff;padding:calc(var(--_space)*.75) .5em}[hidden]{display:none!important}');
  });

  it('keeps what CSS needs: spaces around + and - in calc(), the universal selector, quotes that are not around an identifier', () => {
    expect(css('a{margin:calc(1px + 0.5em) calc(2em - 1px)}')).to.equal('a{margin:calc(1px + .5em) calc(2em - 1px)}');
    expect(css(':host(.open) * {color:red}')).to.equal(':host(.open) *{color:red}');
    expect(css("[data-n='1a'],[title='a b']{color:#abcdef}")).to.equal("[data-n='1a'],[title='a b']{color:#abcdef}");
    expect(css('a{background:url(0.5.png);opacity:10.5}')).to.equal('a{background:url(0.5.png);opacity:10.5}');
  });

  it('unquotes static attribute values without spaces, and leaves bindings and other values as they are', () => {
    expect(
      html(`
      <p part="status" class="status error" tabindex="-1">
        <button part='retry' @click=\${this.retry} aria-label="\${label}">x</button>
      </p>
    `),
    ).to.equal(
      '<p part=status class="status error" tabindex=-1><button part=retry @click=${this.retry} aria-label="${label}">x</button></p>',
    );
  });
});
