// Records every Content-Security-Policy violation of the page from its very first script on.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(
    `${event.violatedDirective}: ${[event.blockedURI, event.sample].filter(Boolean).join(' ')}`,
  );
});
window.pageErrors = [];
addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
