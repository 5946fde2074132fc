/* Starts Swagger UI on /api/docs (templates/portal/api_docs.html): a static file, since the site's
   Content-Security-Policy allows no inline script. The OpenAPI document's address comes from the
   page; nothing is loaded from another site (no validator badge). */
(function () {
  "use strict";
  var root = document.getElementById("swagger-ui");
  if (!root || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.SwaggerUIBundle({
    url: root.dataset.openapiUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    layout: "BaseLayout",
    presets: [window.SwaggerUIBundle.presets.apis],
    validatorUrl: null,
    supportedSubmitMethods: ["get"]
  });
})();
