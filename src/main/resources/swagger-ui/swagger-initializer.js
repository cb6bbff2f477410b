// The portal's own start for Swagger UI (in place of the webjar's, which shows a sample
// API): the description this portal serves, found relative to this page so that it works
// under a context path too; no call to an outside validator.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: new URL('../v3/api-docs', window.location.href).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
    validatorUrl: null
  });
};
