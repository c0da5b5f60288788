"""The chat client against a real HTTP server on loopback that serves canned bad replies.

The server is Python's own `http.server` started in this test (no mock objects): each path
prefix picks a behaviour, so the client is exercised over real sockets, timeouts included.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from interview_coach.interviewer.llm import LLMClient, LLMFailure, ungrounded_numbers
from interview_coach.reports.interview import build_report

from .conftest import begin

ANSWER = "I cut month-end jobs from 4 hours to 35 minutes for 12 merchants."


def _completion(content: object) -> bytes:
    message = {"role": "assistant", "content": content}
    return json.dumps({"choices": [{"message": message}]}).encode()


def _sse(pieces: list[str]) -> bytes:
    events = [
        "data: " + json.dumps({"choices": [{"delta": {"content": p}}]}) + "\n\n" for p in pieces
    ]
    return ("".join(events) + "data: [DONE]\n\n").encode()


CANNED: dict[str, tuple[int, bytes]] = {
    "ok": (200, _completion('{"question": "What did you personally change, and how?"}')),
    "prose": (
        200,
        _completion(
            'Sure! Here it is:\n```json\n{"question": "What was your own part in that?"}\n```'
        ),
    ),
    "plain": (200, _completion("What was your own part in it?")),
    "malformed": (200, b'{"choices": [{"message": {"content": "What was'),
    "empty_body": (200, b""),
    "empty_content": (200, _completion("")),
    "null_content": (200, _completion(None)),
    "no_choices": (200, b'{"choices": []}'),
    "not_json_obj": (200, b'["a", "list"]'),
    "html": (200, b"<html><body>Bad gateway</body></html>"),
    "http500": (500, b'{"error": "model crashed"}'),
    "refusal": (200, _completion("I'm sorry, but as an AI I cannot help with that.")),
    "statement": (200, _completion('{"question": "Tell me more about it."}')),
    "invented": (200, _completion('{"question": "Did that save 40 percent of the budget?"}')),
    "draft_ok": (
        200,
        _completion(
            "In my last role month-end jobs took 4 hours. I profiled the queries, added indexes, "
            "and I cut the run to 35 minutes for 12 merchants, saving [hours saved per month]."
        ),
    ),
    "draft_invented": (
        200,
        _completion(
            "In my last role month-end jobs took 4 hours. I profiled the queries, added indexes, "
            "and I cut the run to 35 minutes for 12 merchants, saving 20000 dollars a year."
        ),
    ),
    "stream_ok": (200, _sse(["What was ", "your own ", "part?"])),
    "stream_bad": (200, b"data: {not json}\n\n"),
}


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        mode = self.path.strip("/").split("/")[0]
        self.server.requests.append((mode, body))  # type: ignore[attr-defined]
        if mode == "hang":  # no answer at all before the client's timeout
            time.sleep(3)
            return
        if mode == "drip":  # headers at once, then a byte every 0.3 s, for ever (almost)
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                    time.sleep(0.3)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        status, payload = CANNED[mode]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


@pytest.fixture(scope="module")
def server() -> Iterator[ThreadingHTTPServer]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.daemon_threads = True
    srv.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def client(server: ThreadingHTTPServer, mode: str, timeout: float = 2.0) -> LLMClient:
    host, port = server.server_address[:2]
    return LLMClient(f"http://{host}:{port}/{mode}", model="tiny", api_key="k", timeout=timeout)


def test_good_reply_is_used_and_the_request_is_openai_shaped(server: ThreadingHTTPServer):
    c = client(server, "ok")
    text = c.phrase_follow_up("Tell me about a time...", ANSWER, "What was your own part?")
    assert text == "What did you personally change, and how?"
    assert c.last_error is None
    mode, body = server.requests[-1]  # type: ignore[attr-defined]
    assert mode == "ok" and body["model"] == "tiny"
    assert [m["role"] for m in body["messages"]] == ["system", "user"]


@pytest.mark.parametrize("mode", ["prose", "plain"])
def test_json_wrapped_in_prose_or_plain_text_is_accepted(server: ThreadingHTTPServer, mode: str):
    text = client(server, mode).phrase_follow_up("Q?", ANSWER, "What was your own part?")
    assert text is not None and text.endswith("?")


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("malformed", "not valid JSON"),
        ("empty_body", "not valid JSON"),
        ("empty_content", "empty"),
        ("null_content", "not text"),
        ("no_choices", "no message"),
        ("not_json_obj", "no message"),
        ("html", "not valid JSON"),
        ("http500", "HTTP 500"),
        ("refusal", "refused"),
        ("statement", "not a single question"),
        ("invented", "numbers"),
    ],
)
def test_bad_replies_fall_back_with_a_reason(server: ThreadingHTTPServer, mode: str, reason: str):
    c = client(server, mode)
    assert c.phrase_follow_up("Q?", ANSWER, "What was the outcome?") is None
    assert c.last_error is not None and reason in c.last_error


def test_a_server_that_never_answers_times_out(server: ThreadingHTTPServer):
    c = client(server, "hang", timeout=0.5)
    start = time.monotonic()
    assert c.phrase_follow_up("Q?", ANSWER, "What was the outcome?") is None
    assert time.monotonic() - start < 2.5
    assert "0.5 s" in (c.last_error or "")


def test_a_slow_drip_stream_is_cut_at_the_deadline(server: ThreadingHTTPServer):
    # Each byte arrives well within the read timeout; only the overall deadline stops it.
    c = client(server, "drip", timeout=1.0)
    start = time.monotonic()
    with pytest.raises(LLMFailure, match="longer than"):
        c.chat([{"role": "user", "content": "hi"}], stream=True)
    assert time.monotonic() - start < 3


def test_nothing_listening_is_a_connection_failure():
    c = LLMClient("http://127.0.0.1:9", timeout=1.0)
    assert c.draft_answer("Q?", ANSWER, ["result"]) is None
    assert "cannot reach" in (c.last_error or "") or "no reply" in (c.last_error or "")


def test_streamed_reply_is_assembled(server: ThreadingHTTPServer):
    text = client(server, "stream_ok").chat([{"role": "user", "content": "hi"}], stream=True)
    assert text == "What was your own part?"
    with pytest.raises(LLMFailure, match="malformed event"):
        client(server, "stream_bad").chat([{"role": "user", "content": "hi"}], stream=True)


def test_draft_keeps_only_the_candidates_numbers(server: ThreadingHTTPServer):
    good = client(server, "draft_ok").draft_answer("Q?", ANSWER, ["result"])
    assert good is not None and "[hours saved per month]" in good
    c = client(server, "draft_invented")
    assert c.draft_answer("Q?", ANSWER, ["result"]) is None
    assert "20000" in (c.last_error or "")


def test_grounding_check():
    assert ungrounded_numbers("From 4 hours to 35 minutes.", ANSWER) == []
    assert ungrounded_numbers("Saved 1,200 hours.", "We saved 1200 hours.") == []
    assert ungrounded_numbers("Saved three days.", "It took 3 days less.") == []
    assert ungrounded_numbers("Grew by 50%.", ANSWER) == ["50"]
    assert ungrounded_numbers("Grew by [percentage]%, from 12 merchants.", ANSWER) == []
    assert ungrounded_numbers("The one that mattered.", "nothing") == []


def test_session_marks_which_one_wrote_each_follow_up(server: ThreadingHTTPServer, home):
    from interview_coach.interviewer import InterviewOptions

    vague = "I am a hard worker and I like working with people. I have done a lot of things."
    for mode, source in (("ok", "llm"), ("refusal", "rules"), ("hang", "rules")):
        s = begin(InterviewOptions(minutes=10), llm=client(server, mode, 0.5))
        follow = [t for t in s.reply(vague) if t.kind == "follow_up"]
        assert follow, mode
        assert follow[0].source == source, mode
        assert follow[0].follow_up_rule == "vague"
        if source == "llm":
            assert "What did you personally change" in follow[0].text
        # The report's draft falls back to the rules when the model's draft is unusable.
        assert build_report(s.state, llm=s.llm).draft.source == "rules"


def test_settings_turn_the_client_on(monkeypatch: pytest.MonkeyPatch):
    from interview_coach.config import Settings
    from interview_coach.interviewer.llm import client_from_settings

    assert client_from_settings(Settings()) is None
    c = client_from_settings(
        Settings(llm_url="http://127.0.0.1:1/v1/", llm_model="m", llm_timeout_seconds=3)
    )
    assert c is not None and c.url == "http://127.0.0.1:1/v1" and c.timeout == 3
