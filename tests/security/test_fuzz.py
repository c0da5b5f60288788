"""Property-based fuzzing: no traceback and no 500 for any generated input.

Case counts (max_examples) add up to over 10,000 across this file; each is sized so the
whole security suite stays within about two minutes on two cores.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.config import Settings
from interview_coach.errors import DocumentError, InputError
from interview_coach.questions.safe_read import read_document_checked, read_document_safely
from interview_coach.store import open_store
from interview_coach.store.export_schema import check_export
from interview_coach.store.transfer import delete_all, import_data

from . import hostile
from .conftest import valid_export


def fuzz(cases: int) -> settings:
    """Settings for `cases` generated inputs: no deadline, nothing saved between runs."""
    return settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def export_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return valid_export(tmp_path_factory.mktemp("fuzz-export"), answers=2)


def _fields(doc: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [
        (table, i, key)
        for table, rows in doc["tables"].items()
        for i, row in enumerate(rows)
        for key in row
    ]


# ------------------------------------------------------------------ the import file


@fuzz(3000)
@given(data=st.data(), value=json_values)
def test_a_mutated_export_is_valid_or_named(data: st.DataObject, value: Any, export_doc) -> None:
    doc = copy.deepcopy(export_doc)
    table, i, key = data.draw(st.sampled_from(_fields(doc)))
    doc["tables"][table][i][key] = value
    try:
        check_export(doc, "fuzz.json")
    except InputError as exc:
        assert str(exc).startswith("fuzz.json")


@fuzz(1500)
@given(doc=json_values)
def test_any_json_is_an_export_or_refused(doc: Any) -> None:
    try:
        assert check_export(doc, "any.json") is doc
    except InputError as exc:
        assert str(exc).startswith("any.json")


@fuzz(1000)
@given(
    tables=st.dictionaries(
        st.sampled_from(["answers", "feedback", "questions", "practice_sessions", "stories"]),
        st.lists(
            st.dictionaries(
                st.sampled_from(["id", "text", "data", "audio_path"]), json_values, max_size=4
            ),
            max_size=3,
        ),
        max_size=3,
    )
)
def test_any_tables_are_refused_cleanly(tables: dict[str, Any]) -> None:
    doc = {"format": "interview-coach-export", "format_version": 1, "tables": tables}
    try:
        assert check_export(doc, "t.json") is doc
    except InputError as exc:
        assert str(exc).startswith("t.json: tables")


@pytest.fixture(scope="module")
def import_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    home = tmp_path_factory.mktemp("fuzz-home")
    with open_store(Settings(home=home, database_url=None)) as store:
        yield store


@fuzz(150)
@given(data=st.data(), value=json_values)
def test_a_mutated_export_imports_whole_or_not_at_all(
    data: st.DataObject, value: Any, export_doc, import_store, tmp_path_factory
) -> None:
    """Through the real import into a real SQLite history: all rows or none."""
    doc = copy.deepcopy(export_doc)
    table, i, key = data.draw(st.sampled_from(_fields(doc)))
    doc["tables"][table][i][key] = value
    path = tmp_path_factory.mktemp("fuzz-file") / "f.json"
    path.write_text(json.dumps(doc))
    try:
        counts = import_data(import_store, path)
    except InputError:
        assert import_store.answers() == []
    else:
        assert counts["answers"] == 2
        delete_all(import_store)


# ------------------------------------------------------------------ the JSON API


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    home = tmp_path_factory.mktemp("fuzz-api")
    from interview_coach.web import create_app

    app = create_app(
        Settings(home=home, database_url=None, allowed_hosts="testserver"), preload=False
    )
    with TestClient(app, raise_server_exceptions=False) as client:
        client.post("/api/sessions", json={"count": 2})
        yield client


ROUTES = [
    ("POST", "/api/plan"),
    ("POST", "/api/sessions"),
    ("POST", "/api/sessions/1/questions/0/follow-up"),
    ("POST", "/api/sessions/1/finish"),
    ("GET", "/api/questions"),
    ("GET", "/api/answers"),
    ("GET", "/api/sessions"),
]
plan_bodies = st.fixed_dictionaries(
    {},
    optional={
        "job_family": st.text(max_size=20) | st.integers() | st.none(),
        "seniority": st.text(max_size=10) | st.none(),
        "minutes": st.integers() | st.text(max_size=5),
        "count": st.integers() | st.floats(),
        "jd_text": st.text(max_size=200) | st.none(),
        "question_ids": st.lists(st.text(max_size=20), max_size=3) | st.text(max_size=5),
        "text": st.text(max_size=50) | st.integers(),
    },
)


@fuzz(1500)
@given(
    route=st.sampled_from(ROUTES),
    body=plan_bodies | json_values,
    query=st.dictionaries(
        st.sampled_from(["limit", "category", "q"]), st.text(max_size=8), max_size=2
    ),
)
def test_the_api_never_answers_500(api: TestClient, route, body, query) -> None:
    method, path = route
    # json.dumps writes NaN and Infinity as bare words, which Python's parser accepts.
    content = json.dumps(body).encode() if method == "POST" else None
    r = api.request(
        method, path, params=query, content=content, headers={"content-type": "application/json"}
    )
    assert r.status_code < 500, (route, body, r.text)
    assert "Traceback" not in r.text


@fuzz(1000)
@given(
    segment=st.text(min_size=1, max_size=25) | st.integers().map(str),
    kind=st.sampled_from(["/api/answers/{}", "/api/sessions/{}", "/answers/{}", "/sessions/{}",
                          "/api/answers/{}/audio", "/sessions/1/room?q={}"]),
)  # fmt: skip
def test_any_path_segment_gets_an_answer(api: TestClient, segment: str, kind: str) -> None:
    r = api.get(kind.format(quote(segment, safe="")))
    assert r.status_code < 500, (kind, segment, r.text[:200])


@fuzz(40)
@given(text=st.text(max_size=120))
def test_a_typed_answer_of_any_text_gets_an_answer(api: TestClient, text: str) -> None:
    """Typed answers run the whole analysis, so fewer cases; surrogates included."""
    r = api.post("/api/sessions/1/questions/0/answers", json={"text": text})
    assert r.status_code in (201, 422), r.text


# ------------------------------------------------------------------ the document reader


REAL = {
    "jd.docx": hostile.real_docx(lines=3),
    "jd.pdf": hostile.pdf_encrypted(""),
}


@fuzz(1500)
@given(
    name=st.sampled_from(sorted(REAL)),
    flips=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=8
    ),
)
def test_a_damaged_document_gives_text_or_a_document_error(name: str, flips) -> None:
    data = bytearray(REAL[name])
    for where, byte in flips:
        data[where % len(data)] = byte
    try:
        assert isinstance(read_document_checked(bytes(data), name), str)
    except DocumentError as exc:
        assert str(exc).startswith(f"{name}: ")


@fuzz(1000)
@given(
    head=st.sampled_from(
        [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"{\\rtf"]
    ),
    body=st.binary(max_size=400),
    name=st.sampled_from(["a.txt", "a.pdf", "a.docx", "a.md", "a", "a.odt"]),
)
def test_any_bytes_give_text_or_a_document_error(head: bytes, body: bytes, name: str) -> None:
    try:
        assert isinstance(read_document_checked(head + body, name), str)
    except DocumentError as exc:
        assert str(exc).startswith(f"{name}: ")


@fuzz(8)
@given(
    flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=4)
)
def test_the_worker_gives_text_or_a_document_error(flips) -> None:
    data = bytearray(REAL["jd.docx"])
    for where, byte in flips:
        data[where % len(data)] = byte
    try:
        assert hostile.JOB_LINE[:20] in read_document_safely(bytes(data), "jd.docx")
    except DocumentError as exc:
        assert str(exc).startswith("jd.docx: ")
