// Rancang: small behaviours on top of htmx. Pages work without this script.
document.addEventListener("htmx:configRequest", function (event) {
  // CSRF protection for htmx requests: send the token the page was rendered with.
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener("change", function (event) {
  // Selects marked data-autosubmit submit their form (region switcher, filters).
  if (event.target.matches("select[data-autosubmit]")) {
    event.target.form.requestSubmit();
  }
});

document.addEventListener("submit", function (event) {
  // Forms with data-confirm ask before a destructive action.
  var form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
