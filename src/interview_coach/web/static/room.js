// The interview room and the mock interview: read the question aloud, thinking time, a timer,
// and spoken answers streamed over a WebSocket for live transcription. The room gets the
// answer's feedback back; the mock interview gets the conversation with the interviewer's
// next words (`data-live-url` names the mock interview's socket).
(function () {
  "use strict";
  var room = document.getElementById("room");
  if (!room) return;
  var $ = function (id) { return document.getElementById(id); };
  var session = room.dataset.session, index = room.dataset.index;
  var livePath = room.dataset.liveUrl ||
    "/api/sessions/" + session + "/questions/" + index + "/live";
  var maxSeconds = parseInt(room.dataset.maxSeconds, 10) || 120;
  var statusEl = $("status"), timerEl = $("timer"), liveEl = $("live-transcript");
  var recordBtn = $("record-btn"), stopBtn = $("stop-btn"), cancelBtn = $("cancel-btn");
  var speakBtn = $("speak-btn"), thinkSel = $("think"), feedbackEl = $("feedback");
  var ws = null, recorder = null, stream = null, tick = null, startedAt = 0, thinking = null;
  // Preferred capture: an AudioWorklet sending 16 kHz PCM (nothing to decode on the server).
  // Fallback: MediaRecorder's webm/opus stream.
  var audioCtx = null, worklet = null;
  var usePcm = !!(window.AudioContext && window.AudioWorkletNode);

  function say(text) { statusEl.textContent = text; }
  function fmt(s) { s = Math.max(0, Math.floor(s)); return Math.floor(s / 60) + ":" + ("0" + (s % 60)).slice(-2); }
  function startTimer(seconds, countDown) {
    clearInterval(tick);
    startedAt = Date.now();
    var show = function () {
      var t = (Date.now() - startedAt) / 1000;
      timerEl.textContent = countDown ? fmt(seconds - t) : fmt(t);
      timerEl.classList.toggle("over", !countDown && t > maxSeconds);
    };
    show();
    tick = setInterval(show, 250);
  }
  function stopTimer() { clearInterval(tick); tick = null; }

  // Saved preferences (settings page): thinking time and reading aloud.
  var savedThink = localStorage.getItem("coach.think");
  if (savedThink !== null) thinkSel.value = savedThink;
  thinkSel.addEventListener("change", function () { localStorage.setItem("coach.think", thinkSel.value); });

  function speak() {
    if (!("speechSynthesis" in window)) { say("This browser cannot read aloud."); return; }
    window.speechSynthesis.cancel();
    var u = new SpeechSynthesisUtterance($("question").textContent);
    u.lang = "en-GB";
    window.speechSynthesis.speak(u);
  }
  speakBtn.addEventListener("click", speak);
  if (localStorage.getItem("coach.speak") === "1") setTimeout(speak, 300);

  function setRecording(on) {
    room.classList.toggle("recording", on);
    recordBtn.hidden = on; stopBtn.hidden = !on; cancelBtn.hidden = !on;
    recordBtn.disabled = false;
  }

  function showFeedback(html) {
    feedbackEl.innerHTML = html;
    if (window.htmx) window.htmx.process(feedbackEl);
    feedbackEl.focus();
  }

  // The mock interview: the conversation comes back whole; the interviewer's last words are
  // read aloud when that preference is on, and the controls go once the interview ends.
  var conversationId = room.dataset.conversation || "interview";
  function showConversation(html) {
    var old = $(conversationId);
    old.outerHTML = html;
    var fresh = $(conversationId);
    if (window.htmx) window.htmx.process(fresh);
    afterConversation(fresh);
  }
  function afterConversation(section) {
    var finished = section.dataset.finished === "true";
    var controls = $("voice-controls");
    if (controls) controls.hidden = finished;
    section.focus();
    if (!finished && localStorage.getItem("coach.speak") === "1") setTimeout(speak, 300);
  }

  function cleanup() {
    stopTimer();
    if (thinking) { clearInterval(thinking); thinking = null; }
    if (recorder && recorder.state !== "inactive") { try { recorder.stop(); } catch (e) { /* already stopped */ } }
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    if (audioCtx) { audioCtx.close(); }
    recorder = null; stream = null; audioCtx = null; worklet = null;
    setRecording(false);
  }

  function pickType() {
    var types = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus"];
    for (var i = 0; i < types.length; i++) {
      if (window.MediaRecorder && MediaRecorder.isTypeSupported(types[i])) return types[i];
    }
    return "";
  }

  // Final words as text; the guess at what came after them, dimmed, until its own words
  // arrive (speech/live.py).
  function showPartial(text, provisional) {
    liveEl.textContent = text || "";
    if (provisional) {
      var guess = document.createElement("span");
      guess.className = "provisional";
      guess.textContent = (text ? " " : "") + provisional;
      liveEl.appendChild(guess);
    }
    if (!text && !provisional) liveEl.textContent = "…";
  }

  function connect() {
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    ws = new WebSocket(proto + "//" + location.host + livePath + "?format=" + (usePcm ? "pcm16" : "webm"));
    ws.binaryType = "arraybuffer";
    ws.onmessage = function (ev) {
      var msg = JSON.parse(ev.data);
      if (msg.type === "ready") beginRecording();
      else if (msg.type === "partial") showPartial(msg.text, msg.provisional);
      else if (msg.type === "processing") say("Analysing your answer…");
      else if (msg.type === "feedback") {
        liveEl.textContent = msg.transcript;
        room.dataset.timings = JSON.stringify(msg.timings || {});
        say("Feedback ready (" + msg.seconds.toFixed(1) + " s after you stopped).");
        showFeedback(msg.html);
        ws = null;
      } else if (msg.type === "turns") {
        liveEl.textContent = msg.transcript || "…";
        showConversation(msg.html);
        say(msg.finished ? "The interview has ended; your report is ready." : "Your turn again.");
        recordBtn.disabled = false;
        ws = null;
      } else if (msg.type === "error") {
        say(msg.message);
        cleanup();
        ws = null;
      }
    };
    ws.onclose = function (ev) {
      if (ws !== null && !ev.wasClean) { say("The connection to the coach dropped; nothing was saved. Try again."); cleanup(); }
      ws = null;
    };
  }

  function recordingStarted() {
    setRecording(true);
    stopBtn.textContent = stopBtn.dataset.label || "Stop";
    liveEl.textContent = "…";
    startTimer(0, false);
    say("Recording. Press “Stop and get feedback” when you finish.");
    stopBtn.focus();
  }

  function beginPcm() {
    audioCtx = new AudioContext({ sampleRate: 16000 });
    audioCtx.audioWorklet.addModule("/static/pcm-worklet.js").then(function () {
      var source = audioCtx.createMediaStreamSource(stream);
      worklet = new AudioWorkletNode(audioCtx, "pcm-capture");
      worklet.port.onmessage = function (ev) {
        if (ev.data === "done") {
          if (ws && ws.readyState === 1) ws.send(JSON.stringify({ type: "stop" }));
          if (audioCtx) { audioCtx.close(); audioCtx = null; }
        } else if (ws && ws.readyState === 1) {
          ws.send(ev.data);
        }
      };
      // A silent path to the output keeps the graph running.
      var mute = audioCtx.createGain();
      mute.gain.value = 0;
      source.connect(worklet).connect(mute).connect(audioCtx.destination);
      recordingStarted();
    }).catch(function () {
      say("This browser cannot record audio here; type your answer instead."); cleanup();
    });
  }

  function beginRecording() {
    if (usePcm) { beginPcm(); return; }
    var type = pickType();
    try {
      recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    } catch (e) {
      say("This browser cannot record audio here; type your answer instead."); cleanup(); return;
    }
    recorder.ondataavailable = function (ev) {
      if (ev.data && ev.data.size && ws && ws.readyState === 1) ws.send(ev.data);
    };
    recorder.onstop = function () {
      // The last chunk arrives before this event; WebSocket sends keep their order.
      if (ws && ws.readyState === 1) ws.send(JSON.stringify({ type: "stop" }));
    };
    recorder.start(250);
    recordingStarted();
  }

  function startAnswer() {
    recordBtn.disabled = true;
    if (!navigator.mediaDevices || !(usePcm || window.MediaRecorder)) {
      say("This browser cannot record audio; type your answer instead.");
      recordBtn.disabled = false;
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (s) {
      stream = s;
      var wait = parseInt(thinkSel.value, 10) || 0;
      if (wait > 0) {
        say("Thinking time: recording starts when the timer reaches 0:00.");
        setRecording(true);
        stopBtn.textContent = "Start answering now";
        startTimer(wait, true);
        var t0 = Date.now();
        thinking = setInterval(function () {
          if ((Date.now() - t0) / 1000 >= wait) { clearInterval(thinking); thinking = null; connect(); }
        }, 200);
      } else {
        connect();
      }
    }).catch(function () {
      say("The microphone is blocked or missing. Allow it in the browser, or type your answer.");
      recordBtn.disabled = false;
    });
  }

  recordBtn.addEventListener("click", startAnswer);
  stopBtn.addEventListener("click", function () {
    if (thinking) { clearInterval(thinking); thinking = null; connect(); return; } // skip thinking time
    stopTimer();
    say("Finishing…");
    if (recorder && recorder.state !== "inactive") recorder.stop();
    if (worklet) worklet.port.postMessage("flush");
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    setRecording(false);
    recordBtn.disabled = true;
  });
  cancelBtn.addEventListener("click", function () {
    if (ws && ws.readyState === 1) ws.send(JSON.stringify({ type: "cancel" }));
    cleanup();
    say("Cancelled; nothing was saved.");
    recordBtn.focus();
  });

  // Typed answers go through HTMX; move focus to the result when it arrives.
  document.body.addEventListener("htmx:afterSwap", function (ev) {
    if (feedbackEl && ev.detail.target === feedbackEl) feedbackEl.focus();
  });
  document.body.addEventListener("htmx:afterSettle", function () {
    var section = $(conversationId);
    if (section && room.dataset.liveUrl) afterConversation(section);
  });
})();
