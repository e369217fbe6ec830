// Swagger UI over the OpenAPI documents the page links to, one at a time; a file, not inline script, for the CSP.
// Its base layout, not the standalone one: that one's top bar draws a logo with an inline <style> (style-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  var links = Array.prototype.slice.call(document.querySelectorAll('a[data-openapi]'));
  var ui = SwaggerUIBundle({
    url: links[0].getAttribute('href'),
    dom_id: '#swagger-ui',
    // the documents stay in the suite: no call to the public validator (clinics run offline networks)
    validatorUrl: null
  });
  function show(link) {
    links.forEach(function (other) { other.removeAttribute('aria-current'); });
    link.setAttribute('aria-current', 'true');
    ui.specActions.updateUrl(link.getAttribute('href'));
    ui.specActions.download(link.getAttribute('href'));
  }
  links[0].setAttribute('aria-current', 'true');
  links.forEach(function (link) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      show(link);
    });
  });
});
