// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', () => {
  // Put focus on the first field marked autofocus-on-load (kept out of inline script for the CSP).
  const first = document.querySelector('[data-autofocus]');
  if (first) first.focus();
});

// A live region (data-live) refreshes itself by polling; the refresh must never wipe what someone is typing in
// it. A poll is skipped while a field in the region has focus or a form in it has unsaved changes; a button
// such as "Uppdatera nu" still refreshes on request.
document.addEventListener('input', (event) => {
  const form = event.target.closest && event.target.closest('form');
  if (form) form.dataset.unsaved = 'true';
});
document.addEventListener('htmx:beforeRequest', (event) => {
  const region = event.detail.elt;
  if (!region.hasAttribute || !region.hasAttribute('data-live')) return;
  const focused = document.activeElement;
  const typing = focused && focused !== region && region.contains(focused) && focused.matches('input, select, textarea');
  if (typing || region.querySelector('form[data-unsaved]')) event.preventDefault();
});
// A live region also says which version of its list it shows (data-shown, handed out by the server): a poll that
// shows the same records again is not logged as a new read of them (ConsentGuard.refresh).
document.addEventListener('htmx:configRequest', (event) => {
  const region = event.detail.elt;
  if (!region.hasAttribute || !region.hasAttribute('data-live')) return;
  const shown = region.querySelector('[data-shown]');
  if (shown) event.detail.headers['X-Huset-Shown'] = shown.dataset.shown;
});
