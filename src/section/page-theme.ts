/**
 * For `theme="auto"`: the light or dark a site's own switch sets on its `<html>` or `<body>`. One watch serves every
 * section of the page; a change redraws them before the next frame, so no frame shows the old theme.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where sites say which theme they show: `class="dark"`, `data-theme="dark"`, `data-bs-theme`, `data-color-scheme`. */
const SWITCHES = ['class', 'data-theme', 'data-bs-theme', 'data-color-scheme'];

const sections = new Set<ReactiveControllerHost>();
let watch: MutationObserver | undefined;

/** `dark` or `light` when the page's `<body>` or else its `<html>` says so by one of the switches. */
export function pageScheme(): string | undefined {
  for (const element of [document.body, document.documentElement]) {
    for (const name of SWITCHES) {
      const scheme = element
        ?.getAttribute(name)
        ?.split(' ')
        .find((word) => word === 'dark' || word === 'light');
      if (scheme) return scheme;
    }
  }
}

export class PageTheme implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!watch) {
      watch = new MutationObserver(() => sections.forEach((section) => section.requestUpdate()));
      for (const element of [document.documentElement, document.body]) {
        if (element) watch.observe(element, { attributeFilter: SWITCHES });
      }
    }
    sections.add(this.host);
  }

  hostDisconnected(): void {
    sections.delete(this.host);
  }
}
