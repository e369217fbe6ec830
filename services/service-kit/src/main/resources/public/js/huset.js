// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Put focus on the first field marked autofocus-on-load (kept out of inline script for the CSP).
  const first = document.querySelector('[data-autofocus]');
  if (first) first.focus();
});
