/** The reader's tools' chunk, loaded once the first comments are drawn: it defines `<parley-reading-tools>`, which the section already holds. */
import { ParleyReadingTools } from './reading-tools.js';

if (!customElements.get('parley-reading-tools')) customElements.define('parley-reading-tools', ParleyReadingTools);
