/** Follows the page's languages: a section without a `lang` of its own speaks the nearest one, which the page may change at any time. */
import type { ReactiveControllerHost } from 'lit';

/**
 * Draws the section again whenever a `lang` attribute changes anywhere in the page while it is connected, and
 * when it is put back in the page (perhaps under another `lang`): the section then takes the language nearest to
 * it now, `<html lang>` or an ancestor's.
 */
export function followLang(host: ReactiveControllerHost): void {
  const watch = new MutationObserver(() => host.requestUpdate());
  host.addController({
    hostConnected() {
      watch.observe(document.documentElement, { subtree: true, attributeFilter: ['lang'] });
      host.requestUpdate();
    },
    hostDisconnected: () => watch.disconnect(),
  });
}
