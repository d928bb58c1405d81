// Records every error the page meets from its very first script on.
window.pageErrors = [];
addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
