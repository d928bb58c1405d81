/** The demo's theme picker: sets the section's `theme` attribute and the page colours to match. */
const picker = document.querySelector<HTMLSelectElement>('#theme');
const section = document.querySelector('parley-comments');

picker?.addEventListener('change', () => {
  section?.setAttribute('theme', picker.value);
  document.documentElement.dataset.theme = picker.value;
});
