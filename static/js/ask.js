// Enhancement only: while the patient types a title, list answered questions that may already
// answer it. Without JavaScript the same list appears on the preview step.
(function () {
  var script = document.currentScript;
  var endpoint = script && script.getAttribute("data-endpoint");
  var title = document.querySelector("[data-similar-source=title]");
  var box = document.getElementById("live-similar");
  if (!endpoint || !title || !box || !window.fetch) { return; }
  var timer = null, last = "";
  function show(results) {
    box.textContent = "";
    if (!results.length) { return; }
    var heading = document.createElement("p");
    heading.className = "fw-semibold mb-1";
    heading.textContent = script.getAttribute("data-similar-heading") || "It may already be answered";
    var list = document.createElement("ul");
    results.forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url; a.target = "_blank"; a.rel = "noopener";
      a.textContent = item.title;  // textContent: never interpreted as HTML
      li.appendChild(a); list.appendChild(li);
    });
    box.appendChild(heading); box.appendChild(list);
  }
  title.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var value = title.value.trim();
      if (value === last) { return; }
      last = value;
      if (value.length < 8) { show([]); return; }
      fetch(endpoint + "?title=" + encodeURIComponent(value), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) { show(data.results || []); })
        .catch(function () { /* the preview step still shows the list */ });
    }, 400);
  });
})();

// Enhancement only: while the patient writes, the server reads the form for signs of an
// emergency and the notice above the form follows. Without JavaScript the preview shows it,
// and sending always checks again.
(function () {
  var script = document.currentScript;
  var endpoint = script && script.getAttribute("data-triage-endpoint");
  var box = document.getElementById("triage-notice");
  var form = box && document.querySelector("form[action$='/ask/']");
  if (!endpoint || !box || !form || !window.fetch || !window.FormData) { return; }
  var timer = null, last = "";
  function check() {
    var data = new FormData(form);
    data.delete("action");
    var key = ["title", "body", "tried", "age_bracket"].map(function (n) { return data.get(n) || ""; })
      .concat(data.getAll("warning_signs")).join("\u0000");
    if (key === last) { return; }
    last = key;
    fetch(endpoint, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) {
        if (result && typeof result.html === "string") { box.innerHTML = result.html; }  // server-rendered, escaped
      })
      .catch(function () { /* the preview and the submission still check */ });
  }
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(check, 600); });
  form.addEventListener("change", function () { clearTimeout(timer); timer = setTimeout(check, 200); });
})();
