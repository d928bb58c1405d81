/** Builds DOM straight, for what is drawn thousands of times and never changes once drawn: no template parts to keep. */

/**
 * A new element with these attributes and children; text children become text nodes, never markup.
 * Only the attributes' own keys count: another script on the page may have added some to `Object.prototype`.
 */
export function h(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElement {
  const element = document.createElement(tag);
  for (const name of Object.keys(attributes)) element.setAttribute(name, attributes[name]);
  element.append(...children);
  return element;
}
