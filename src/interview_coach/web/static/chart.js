// The progress chart: a tap or click on a point or bar writes what its hover tip says under
// the panel, for touch screens, which show no hover tips.
(function () {
  "use strict";
  document.querySelectorAll(".chart-panel").forEach(function (panel) {
    var readout = panel.querySelector(".chart-readout");
    if (!readout) return;
    panel.addEventListener("click", function (event) {
      var mark = event.target.closest(".chart-point, .chart-bar");
      var tip = mark && mark.querySelector("title");
      if (tip) readout.textContent = tip.textContent;
    });
  });
})();
