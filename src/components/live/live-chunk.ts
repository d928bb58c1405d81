/** The new-comments notice's chunk, loaded once the first comments are drawn unless `live="off"`: it defines `<parley-news>`. */
import { ParleyNews } from './news.js';

if (!customElements.get('parley-news')) customElements.define('parley-news', ParleyNews);
