// Waits for the WordPress thread to be drawn, then reports to the test page what each comment shows and any violation.
const section = document.querySelector('parley-comments');
const report = (result) =>
  parent.postMessage(
    { parleyCspWordPress: { ...result, violations: window.cspViolations, errors: window.pageErrors } },
    '*',
  );
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 20));

async function run() {
  await customElements.whenDefined('parley-comments');
  const list = () => section.shadowRoot?.querySelector('parley-comment-list')?.shadowRoot;
  for (let i = 0; i < 200 && !(list()?.querySelectorAll('[part="body"]').length >= 5); i++) await nextFrame();
  await nextFrame();
  const comments = [...(list()?.querySelectorAll('[part="comment"]') ?? [])].map((comment) => {
    const body = comment.querySelector('[part="body"]');
    return {
      author: comment.querySelector('[part="author"]').textContent,
      text: body.textContent,
      elements: [...body.querySelectorAll('*')].map((element) => element.localName),
      links: [...body.querySelectorAll('a')].map((link) => link.getAttribute('href')),
    };
  });
  report({ comments });
}

run().catch((error) => report({ error: String(error) }));
