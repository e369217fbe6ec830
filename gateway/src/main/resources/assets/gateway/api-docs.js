// Swagger UI over the OpenAPI documents the page links to; a file, not inline script, for the CSP (script-src 'self').
document.addEventListener('DOMContentLoaded', function () {
  var urls = Array.prototype.map.call(document.querySelectorAll('a[data-openapi]'), function (link) {
    return { url: link.getAttribute('href'), name: link.textContent };
  });
  SwaggerUIBundle({
    urls: urls,
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    // the documents stay in the suite: no call to the public validator (clinics run offline networks)
    validatorUrl: null
  });
});
