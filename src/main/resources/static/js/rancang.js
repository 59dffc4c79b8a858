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

document.addEventListener("change", function (event) {
  // File inputs with data-max-bytes say at once when a chosen file is too large (the server checks
  // again): the browser shows data-too-large and keeps the form from being sent.
  var input = event.target;
  if (input.matches && input.matches("input[type=file][data-max-bytes]")) {
    var max = Number(input.dataset.maxBytes);
    var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
      return file.size > max;
    });
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
    if (tooLarge) {
      input.reportValidity();
    }
  }
});
