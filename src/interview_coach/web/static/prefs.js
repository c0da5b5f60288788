// Interview-room preferences kept in this browser (localStorage): read aloud, thinking time.
(function () {
  "use strict";
  document.querySelectorAll("[data-pref]").forEach(function (el) {
    var key = "coach." + el.dataset.pref;
    var saved = localStorage.getItem(key);
    if (el.type === "checkbox") {
      el.checked = saved === "1";
      el.addEventListener("change", function () { localStorage.setItem(key, el.checked ? "1" : "0"); });
    } else {
      if (saved !== null) el.value = saved;
      el.addEventListener("change", function () { localStorage.setItem(key, el.value); });
    }
  });
})();
