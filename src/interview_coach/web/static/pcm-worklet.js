// AudioWorklet processor: the microphone as 16-bit PCM in 250 ms messages (the AudioContext
// runs at 16 kHz, so no resampling is needed here). "flush" sends what is left, then "done".
class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.round(sampleRate / 4);
    this.buf = new Int16Array(this.size);
    this.n = 0;
    this.port.onmessage = (ev) => {
      if (ev.data === "flush") {
        if (this.n) this.port.postMessage(this.buf.slice(0, this.n).buffer);
        this.n = 0;
        this.port.postMessage("done");
      }
    };
  }

  process(inputs) {
    const ch = inputs[0] && inputs[0][0];
    if (ch) {
      for (let i = 0; i < ch.length; i++) {
        const s = Math.max(-1, Math.min(1, ch[i]));
        this.buf[this.n++] = s < 0 ? s * 0x8000 : s * 0x7fff;
        if (this.n === this.size) {
          this.port.postMessage(this.buf.buffer, [this.buf.buffer]);
          this.buf = new Int16Array(this.size);
          this.n = 0;
        }
      }
    }
    return true;
  }
}
registerProcessor("pcm-capture", PcmCapture);
