/** The drop-in script for article lists: load it and `<parley-count>` works, without the comments section's code. */
import { ParleyCount } from './components/count/count.js';

if (!customElements.get('parley-count')) customElements.define('parley-count', ParleyCount);
