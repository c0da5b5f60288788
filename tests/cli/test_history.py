"""The history commands, run through click against a real data folder (SQLite)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.config import Settings
from interview_coach.store import open_store
from interview_coach.store.tables import Answer
from interview_coach.types import JobProfile
from store.helpers import feedback, question, transcript


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "coach"
    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(home))
    monkeypatch.delenv("INTERVIEW_COACH_DATABASE_URL", raising=False)
    from interview_coach.config import get_settings

    get_settings.cache_clear()
    yield home
    get_settings.cache_clear()


def _fill(home: Path) -> list[int]:
    ids = []
    start = datetime(2025, 2, 1, tzinfo=UTC)
    with open_store(Settings(home=home)) as store:
        for day, score in enumerate([45, 52, 55, 62, 71, 83]):
            aid = store.save_answer(
                feedback(overall=score, fillers_per_minute=6 - day, wpm=120 + 8 * day),
                transcript=transcript(),
                question=question(),
            )
            with store.transaction() as s:
                s.execute(
                    sa.update(Answer)
                    .where(Answer.id == aid)
                    .values(created_at=start + timedelta(days=day))
                )
            ids.append(aid)
    return ids


def test_progress_table_and_chart(home: Path) -> None:
    _fill(home)
    result = CliRunner().invoke(main, ["progress"])
    assert result.exit_code == 0, result.output
    assert "Overall score" in result.output and "improving" in result.output
    assert "newest 5 answers against the 5 before" in " ".join(result.output.split())
    assert "▁" in result.output and "█" in result.output  # a sparkline
    chart = home / "reports" / "progress.png"
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert chart.stat().st_size > 20_000  # four panels, not an empty canvas


def test_progress_json_and_svg(home: Path, tmp_path: Path) -> None:
    _fill(home)
    svg = tmp_path / "p.svg"
    result = CliRunner().invoke(main, ["progress", "--format", "json", "--chart", str(svg)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["answers"] == 6 and doc["chart"] == str(svg)
    overall = next(t for t in doc["trends"] if t["metric"] == "overall")
    assert overall["values"] == [45, 52, 55, 62, 71, 83]
    assert svg.read_text().lstrip().startswith("<?xml") and "<svg" in svg.read_text()


def test_bad_chart_suffix_is_a_clean_error(home: Path, tmp_path: Path) -> None:
    _fill(home)
    result = CliRunner().invoke(main, ["progress", "--chart", str(tmp_path / "p.gif")])
    assert result.exit_code == 2 and "png or .svg" in result.output
    assert "Traceback" not in result.output


def test_empty_progress(home: Path) -> None:
    result = CliRunner().invoke(main, ["progress"])
    assert result.exit_code == 0 and "No saved answers yet" in result.output


def test_stories_commands(home: Path) -> None:
    ids = _fill(home)
    runner = CliRunner()
    weak = runner.invoke(main, ["stories", "save", str(ids[0])])
    assert weak.exit_code == 2 and "45/100" in weak.output and "--force" in weak.output
    assert runner.invoke(main, ["stories", "save", str(ids[-1])]).exit_code == 0
    added = runner.invoke(
        main, ["stories", "add", "--title", "Mentoring", "--action", "I coached two juniors.",
               "--competency", "Coaching"],
    )  # fmt: skip
    assert added.exit_code == 0 and "#2" in added.output
    nonsense = runner.invoke(
        main, ["stories", "add", "--title", "X", "--action", "I did it.", "--competency", "zzz"]
    )
    assert nonsense.exit_code == 2 and "Unknown competency: zzz" in nonsense.output
    assert "teamwork" in nonsense.output  # the valid ones are listed
    again = runner.invoke(main, ["stories", "save", str(ids[-1])])
    assert again.exit_code == 2 and "already in the bank as story #1" in again.output
    text = runner.invoke(main, ["stories"])
    assert "Competency × story" in text.output and "coaching" in text.output
    doc = json.loads(runner.invoke(main, ["stories", "--format", "json"]).output)
    assert [s["title"] for s in doc["stories"]] == [question().text, "Mentoring"]
    assert doc["matrix"]["coaching"] == [2]


def test_stories_name_competencies_by_label_and_ask_about_unsure_words(home: Path) -> None:
    text = (
        "Um, our depot in Harwick missed two deliveries a week to the Ferrandi account. "
        "I had to win the account back before the contract review. "
        "I moved their drops to the early van and called the buyer every Monday. "
        "They renewed for two years and the misses stopped."
    )
    heard = transcript(text)
    unsure = {"Harwick": 0.34, "Ferrandi": 0.38, "Um,": 0.2}
    words = tuple(
        w.model_copy(update={"probability": unsure.get(w.word, 0.95)}) for w in heard.words
    )
    with open_store(Settings(home=home)) as store:
        job = JobProfile(
            title="Account manager", competencies=("stakeholder_management", "decision_making")
        )
        store.save_job_target("Manage key accounts.", None, job)
        aid = store.save_answer(
            feedback(overall=86, text=text), transcript=heard.model_copy(update={"words": words})
        )
    runner = CliRunner()
    held = runner.invoke(main, ["stories", "save", str(aid)])
    assert held.exit_code == 2 and "--force" in held.output
    assert "Harwick" in held.output and "Ferrandi" in held.output and "Um" not in held.output
    assert runner.invoke(main, ["stories", "save", str(aid), "--force"]).exit_code == 0
    added = runner.invoke(
        main, ["stories", "add", "--title", "Depot", "--action", "I rerouted the vans.",
               "--competency", "Stakeholder management"],
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    shown = " ".join(runner.invoke(main, ["stories"]).output.split())
    assert "stakeholder_management" not in shown and "decision_making" not in shown
    assert shown.count("stakeholder management") == 2  # story 2's "shows" line, one matrix row
    assert "stresses decision making, but no story shows it" in shown
    assert "check these words" in shown and "Harwick (34%)" in shown
    doc = json.loads(runner.invoke(main, ["stories", "--format", "json"]).output)
    assert doc["matrix"]["stakeholder_management"] == [2]
    assert doc["stories"][0]["check_words"] == ["Harwick", "Ferrandi"]


def test_data_export_import_delete(home: Path, tmp_path: Path) -> None:
    _fill(home)
    runner = CliRunner()
    out = tmp_path / "backup.json"
    assert runner.invoke(main, ["data", "export", str(out)]).exit_code == 0
    refused = runner.invoke(main, ["data", "import", str(out)])
    assert refused.exit_code == 2 and "not empty" in refused.output
    cancelled = runner.invoke(main, ["data", "delete"], input="n\n")
    assert cancelled.exit_code == 1
    with open_store(Settings(home=home)) as store:
        assert len(store.answers()) == 6
    deleted = runner.invoke(main, ["data", "delete"], input="y\n")
    assert deleted.exit_code == 0 and "Deleted 6 answers" in deleted.output
    imported = runner.invoke(main, ["data", "import", str(out)])
    assert imported.exit_code == 0 and "Imported 6 answers" in imported.output
    with open_store(Settings(home=home)) as store:
        assert [r.feedback.scores.overall for r in store.answers()] == [45, 52, 55, 62, 71, 83]


def test_data_import_of_a_binary_file_says_so_plainly(home: Path, tmp_path: Path) -> None:
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\xb5\xb5\xb5\xb5\n")
    refused = CliRunner().invoke(main, ["data", "import", str(binary)])
    assert refused.exit_code == 2
    assert f"{binary} is not a text export of interview-coach" in refused.output
    assert "codec" not in refused.output and "0xb5" not in refused.output
