// The API's documentation page (/api/v1/docs): Swagger UI from the vendored bundle, set up
// here rather than in an inline script, which the Content-Security-Policy forbids.
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapi,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null, // the default badge calls validator.swagger.io: nothing leaves
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
