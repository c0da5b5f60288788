"""Serve a GGUF chat model on loopback with llama.cpp's own OpenAI-compatible HTTP server.

xllamacpp runs the native server in a background thread of this process; test_llm_server.py
starts this script as a child so that the server ends with it. Writes the base address
(`http://127.0.0.1:PORT`) to ADDRESS_FILE once the model is loaded, then serves until its
standard input closes.

    python serve_gguf.py MODEL.gguf THREADS ADDRESS_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

import xllamacpp

# Room for the interviewer's longest prompt (question, answer, instructions) plus a draft.
CONTEXT_TOKENS = 2048
# The name the tests send in each request; the server answers to it as well as to the path.
MODEL_NAME = "smollm2"


def serve(model: str, threads: int, address_file: Path) -> None:
    """Start the server, publish its address, and block until stdin is closed."""
    params = xllamacpp.CommonParams()
    params.model.path = model
    params.model_alias = {MODEL_NAME}
    params.hostnames = ["127.0.0.1"]
    params.port = 0  # any free port: no race between choosing it and binding it
    params.n_ctx = CONTEXT_TOKENS
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.offline = True  # never reach out for a model or a template
    params.ui = False  # the tests need the API only
    server = xllamacpp.Server(params)
    partial = address_file.with_suffix(".part")
    partial.write_text(server.listening_address, encoding="utf-8")
    partial.replace(address_file)  # the reader never sees half an address
    sys.stdin.read()  # closed by the test when done, or by the OS if the test run dies


if __name__ == "__main__":
    model_path, thread_count, address_path = sys.argv[1:4]
    serve(model_path, int(thread_count), Path(address_path))
