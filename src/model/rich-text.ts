/** The small, safe rich-text model that HTML comment bodies (WordPress, Waline) are reduced to. */

export type RichTag = 'p' | 'br' | 'em' | 'strong' | 'code' | 'pre' | 'blockquote' | 'a';

/** Text, or an element of the allowed set; `href` is set on `a` only, and only to an http(s) URL. */
export type RichNode = string | { tag: RichTag; href?: string; children: RichNode[] };
