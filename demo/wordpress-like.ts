/** `wordpress-like.html?parley`: the WordPress-like page with Parley's section in place of WordPress's own. */
if (new URLSearchParams(location.search).has('parley')) {
  document.querySelector<HTMLElement>('#native')!.hidden = true;
  document.querySelector<HTMLElement>('parley-comments')!.hidden = false;
  void import('./main.js');
}
