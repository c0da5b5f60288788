// The feedback page: the transcript plays the recording. Click a word, a highlighted filler or
// hedge, or a pause, to hear that moment; Enter or Space on a sentence, a highlighted filler or
// hedge, or a pause (each a Tab stop) plays from there. While the recording plays, the word
// being said is highlighted.
(function () {
  "use strict";
  var audio = document.getElementById("player");
  var transcript = document.getElementById("transcript");
  if (!audio || !transcript) return;
  var timed = Array.prototype.slice.call(transcript.querySelectorAll(".w[data-t], mark[data-t]"));
  var times = timed.map(function (el) { return parseFloat(el.dataset.t); });
  var current = null;

  function playFrom(t) {
    audio.currentTime = Math.max(0, t - 0.15); // a breath before the word, so it is heard whole
    audio.play();
  }
  transcript.addEventListener("click", function (ev) {
    var el = ev.target.closest("[data-t]");
    if (el) playFrom(parseFloat(el.dataset.t));
  });
  transcript.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.matches(".sent[data-t], mark[data-t], .pause[data-t]")) {
      ev.preventDefault();
      playFrom(parseFloat(ev.target.dataset.t));
    }
  });
  audio.addEventListener("timeupdate", function () {
    var t = audio.currentTime, lo = 0, hi = times.length - 1, at = -1;
    while (lo <= hi) { // the last word that started at or before t
      var mid = (lo + hi) >> 1;
      if (times[mid] <= t) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    var next = at >= 0 ? timed[at] : null;
    if (next === current) return;
    if (current) current.classList.remove("now");
    if (next) next.classList.add("now");
    current = next;
  });
  audio.addEventListener("ended", function () {
    if (current) current.classList.remove("now");
    current = null;
  });
})();
