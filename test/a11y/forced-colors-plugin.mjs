// A test command the runner lacks: `forced-colors: active` (Windows High Contrast) emulated through Chromium's DevTools protocol.

/** `executeServerCommand('emulate-forced-colors', { active })` turns the emulation on or off for the test's page. */
export function forcedColorsPlugin() {
  // One protocol session per page, kept open: an emulation ends with the session that asked for it.
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
