/** Which addresses Parley links to or loads: absolute http(s) URLs, nothing that merely looks like one. */

/** Whether a URL may become a link, an image or a reader's website: http(s) only. */
export function isHttpUrl(value: string | null | undefined): value is string {
  // The scheme is read from the text itself, so an address is parsed once: thousands are checked per page.
  return !!value && /^https?:\/\//i.test(value) && URL.canParse(value);
}
