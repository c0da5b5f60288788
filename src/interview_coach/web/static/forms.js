// Fields marked data-empty refuse text that is only spaces, as the server does (it trims):
// the browser then stops the form with that message beside the field, and nothing is sent.
(function () {
  "use strict";
  document.querySelectorAll("[data-empty]").forEach(function (field) {
    function check() {
      field.setCustomValidity(field.value.trim() ? "" : field.dataset.empty);
    }
    field.addEventListener("input", check);
    check();
  });
})();
