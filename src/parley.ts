/** The drop-in script: load it and `<parley-comments>` works. */
import './define.js';
