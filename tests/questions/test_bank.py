"""The question bank: schema, coverage minimums, uniqueness, loader errors, classifier, CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from importlib import resources
from itertools import combinations
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from interview_coach.cli import main
from interview_coach.questions.bank import (
    BEHAVIOURAL_COMPETENCIES,
    CATEGORY_FRAMES,
    JOB_FAMILIES,
    QuestionBank,
    QuestionBankError,
    bank_schema,
    classify_question,
    load_bank,
    normalise,
)
from interview_coach.types import Frame, Question

BANK_DIR = Path(str(resources.files("interview_coach.questions").joinpath("bank")))
SCHEMA = bank_schema()  # the schema file with its job-family vocabulary from families.yaml
JOB_FAMILIES_IN_SCHEMA = SCHEMA["$defs"]["job_family"]["enum"]


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_bank()


# ---------------------------------------------------------------- files and schema


def test_schema_is_valid_and_every_file_matches_it() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    files = sorted(BANK_DIR.glob("*.yaml"))
    assert len(files) >= 8
    for f in files:
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        jsonschema.validate(data, SCHEMA)
        entry_schema = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/question"}
        for raw in data["questions"]:
            jsonschema.validate({**data.get("defaults", {}), **raw}, entry_schema)


def test_bank_loads_as_questions_with_every_field(bank: QuestionBank) -> None:
    assert len(bank) >= 420
    for q in bank.questions:
        assert isinstance(q, Question)
        assert q.id and q.text.strip()
        assert 2 <= len(q.strong_answer) <= 4
        assert 2 <= len(q.pitfalls) <= 3
        assert q.competencies
        assert 0 < q.min_seconds <= q.max_seconds
        assert q.difficulty in {"easy", "medium", "hard"}
        assert set(q.seniority) <= {"entry", "mid", "senior", "lead"}
        assert set(q.job_families) <= set(JOB_FAMILIES_IN_SCHEMA)


def test_ids_are_unique_and_stable_slugs(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(-[a-z0-9]+)*-\d{3}", i or "") for i in ids)


def test_no_duplicate_or_near_duplicate_texts(bank: QuestionBank) -> None:
    texts = [normalise(q.text) for q in bank.questions]
    assert len(texts) == len(set(texts))
    token_sets = [(q.id, set(t.split())) for q, t in zip(bank.questions, texts, strict=True)]
    near = []
    for (id_a, a), (id_b, b) in combinations(token_sets, 2):
        if len(a & b) / len(a | b) >= 0.75:
            near.append((id_a, id_b))
    assert near == []


def test_frames_follow_categories(bank: QuestionBank) -> None:
    for q in bank.questions:
        if q.category == "role_specific":
            # Technical questions are direct; behavioural or situational ones set in a role
            # use the frame their form needs.
            assert q.frame in {Frame.DIRECT, Frame.STAR, Frame.HYPOTHETICAL}, q.id
        else:
            assert q.frame == CATEGORY_FRAMES[q.category], q.id


# ---------------------------------------------------------------- coverage minimums


def test_category_minimums(bank: QuestionBank) -> None:
    counts = Counter(q.category for q in bank.questions)
    minimums = {
        "opening": 8,
        "behavioural": 120,
        "situational": 20,
        "motivation": 15,
        "strengths_weaknesses": 15,
        "role_specific": 12 * 14,
        "salary_logistics": 10,
        "closing": 8,
    }
    for category, minimum in minimums.items():
        assert counts[category] >= minimum, (category, counts[category])


def test_every_job_family_has_twelve_role_questions(bank: QuestionBank) -> None:
    assert bank.job_families() == sorted(JOB_FAMILIES_IN_SCHEMA)
    for family in JOB_FAMILIES_IN_SCHEMA:
        own = [q for q in bank.filter(category="role_specific") if family in q.job_families]
        assert len(own) >= 12, family
        # Both technical (direct) and behavioural-in-context questions for each family.
        assert any(q.frame == Frame.DIRECT for q in own), family
        assert any(q.frame != Frame.DIRECT for q in own), family


def test_every_behavioural_competency_has_ten_questions(bank: QuestionBank) -> None:
    for competency in BEHAVIOURAL_COMPETENCIES:
        behavioural = bank.filter(category="behavioural", competency=competency)
        assert len(behavioural) >= 10, competency


def test_competency_vocabulary_is_documented() -> None:
    documented = (Path(__file__).parents[2] / "docs" / "questions.md").read_text()
    for competency in SCHEMA["$defs"]["competency"]["enum"]:
        assert f"`{competency}`" in documented, competency


# ---------------------------------------------------------------- API


def test_get_find_and_filter(bank: QuestionBank) -> None:
    q = bank.get("open-intro-001")
    assert q.text == "Tell me about yourself."
    with pytest.raises(KeyError):
        bank.get("no-such-question-999")
    assert bank.find("  tell me ABOUT yourself ") is q
    assert bank.find("Tell me about yourself!!") is q
    assert bank.find("Tell me about your cat.") is None

    nursing = bank.filter(job_family="nursing")
    assert any(q.job_families == () for q in nursing)  # general questions suit every role
    assert all(not q.job_families or "nursing" in q.job_families for q in nursing)
    assert not any(
        "teaching" in q.job_families and "nursing" not in q.job_families for q in nursing
    )

    senior = bank.filter(seniority="senior")
    assert all(not q.seniority or "senior" in q.seniority for q in senior)
    assert not any(q.seniority == ("entry",) for q in senior)

    stars = bank.filter(frame="star")
    assert stars and all(q.frame is Frame.STAR for q in stars)
    assert bank.filter(category="closing", frame=Frame.STAR) == []

    assert bank.categories()[0] == "opening" and bank.categories()[-1] == "closing"
    assert set(BEHAVIOURAL_COMPETENCIES) <= set(bank.competencies())


def test_load_bank_is_cached(bank: QuestionBank) -> None:
    assert load_bank() is bank


def test_follow_ups_are_loaded(bank: QuestionBank) -> None:
    assert bank.get("beh-conflict-001").follow_ups
    assert bank.get("beh-conflict-002").follow_ups == ()


# ---------------------------------------------------------------- loader errors

GOOD_ENTRY = """\
  - id: test-ok-001
    text: How would you explain your last project to a new colleague?
    category: opening
    frame: present_past_future
    competencies: [communication]
    job_families: []
    strong_answer: [Explains the goal first, Ends with the outcome]
    pitfalls: [Too much jargon, No outcome at the end]
    min_seconds: 30
    max_seconds: 90
    difficulty: easy
    seniority: []
"""


def test_load_bank_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text("questions:\n" + GOOD_ENTRY)
    bank = load_bank(tmp_path)
    assert [q.id for q in bank.questions] == ["test-ok-001"]


def test_malformed_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("questions:\n  - id: x\n    text: [unclosed\n")
    with pytest.raises(QuestionBankError, match=r"broken\.yaml.*not valid YAML.*line"):
        load_bank(tmp_path)


def test_schema_error_names_the_file_and_entry(tmp_path: Path) -> None:
    bad = GOOD_ENTRY.replace("test-ok-001", "test-bad-002").replace(
        "difficulty: easy", "difficulty: impossible"
    )
    (tmp_path / "bad.yaml").write_text("questions:\n" + GOOD_ENTRY.replace("001", "003") + bad)
    with pytest.raises(QuestionBankError) as info:
        load_bank(tmp_path)
    message = str(info.value)
    assert "bad.yaml" in message and "entry 2" in message and "test-bad-002" in message
    assert "impossible" in message


def test_missing_field_after_defaults_is_an_error(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("    frame: present_past_future\n", "")
    (tmp_path / "partial.yaml").write_text("questions:\n" + entry)
    with pytest.raises(QuestionBankError, match=r"partial\.yaml.*test-ok-001.*'frame'"):
        load_bank(tmp_path)


def test_duplicate_ids_across_files_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("questions:\n" + GOOD_ENTRY)
    (tmp_path / "b.yaml").write_text("questions:\n" + GOOD_ENTRY)
    with pytest.raises(QuestionBankError, match=r"test-ok-001.*a\.yaml.*b\.yaml"):
        load_bank(tmp_path)


def test_min_above_max_seconds_is_an_error(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("min_seconds: 30", "min_seconds: 200")
    (tmp_path / "c.yaml").write_text("questions:\n" + entry)
    with pytest.raises(QuestionBankError, match="min_seconds"):
        load_bank(tmp_path)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(QuestionBankError, match="does not exist"):
        load_bank(tmp_path / "nowhere")
    with pytest.raises(QuestionBankError, match="No question bank files"):
        load_bank(tmp_path)


# ---------------------------------------------------------------- classification

B, S, OP, M, W, R, L, C = (
    "behavioural",
    "situational",
    "opening",
    "motivation",
    "strengths_weaknesses",
    "role_specific",
    "salary_logistics",
    "closing",
)

# Phrasings written for this test only; none of them is in the bank.
HELD_OUT: list[tuple[str, str]] = [
    ("Tell me about a time things went wrong because of you.", B),
    ("Tell me about a time you had to persuade your boss.", B),
    ("Give me an example of a goal you set and reached.", B),
    ("Describe a situation where you had to work under a tight budget.", B),
    ("Can you share an example of going the extra mile for a client?", B),
    ("When did you last have to learn something in a hurry?", B),
    ("Have you ever had to deliver a project with a team you'd never met?", B),
    ("Think of a time you handled a complaint badly. What happened?", B),
    ("Talk me through a decision you're proud of making at work.", B),
    ("Describe an occasion when you had to juggle several projects.", B),
    ("Give us an instance where you took the lead without being asked.", B),
    ("Recall a moment when a colleague criticised your work. How did you react?", B),
    ("What would you do if a customer shouted at you over the phone?", S),
    ("How would you handle a teammate who keeps interrupting you in meetings?", S),
    ("Imagine you've been given two projects with the same deadline.", S),
    ("Suppose your manager asks you to bend a rule for a friend of theirs.", S),
    ("What if you found out a colleague was falsifying timesheets?", S),
    ("Let's say a client wants a feature delivered in half the time. How do you respond?", S),
    ("If you discovered a bug the night before launch, what would you do?", S),
    ("How would you approach your first ninety days here?", S),
    ("Picture this: your biggest customer threatens to leave. What's your move?", S),
    ("Walk me through your résumé, starting wherever you like.", OP),
    ("Walk me through your background.", OP),
    ("So, tell us a little about yourself.", OP),
    ("Could you introduce yourself briefly?", OP),
    ("Take me through your career so far.", OP),
    ("Give me your elevator pitch.", OP),
    ("How would you describe your background to someone outside the field?", OP),
    ("Why do you want to work here?", M),
    ("Why are you interested in this position?", M),
    ("What excites you about our company?", M),
    ("Where do you see yourself in ten years?", M),
    ("Why did you apply for this role?", M),
    ("What do you know about us so far?", M),
    ("What are your long-term career goals?", M),
    ("Why are you leaving your current employer?", M),
    ("What's your biggest weakness?", W),
    ("What are your main strengths?", W),
    ("What would your last boss say you're not so good at?", W),
    ("Which areas are you working to improve?", W),
    ("Sum yourself up in three words.", W),
    ("What are you best at professionally?", W),
    ("What salary are you hoping for?", L),
    ("What kind of pay are you looking for?", L),
    ("When could you start if we offered you the job?", L),
    ("How long is your notice period?", L),
    ("Are you happy to relocate to our Leeds office?", L),
    ("Would you be comfortable with occasional weekend shifts?", L),
    ("Do you have any other offers on the table?", L),
    ("Do you have any questions for me?", C),
    ("Is there anything else you'd like to add?", C),
    ("Before we wrap up, anything you want us to know?", C),
    ("What questions do you have for the panel?", C),
    ("Any final thoughts before we finish?", C),
    ("How would you design a cache?", R),
    ("What's the difference between a list and a tuple in Python?", R),
    ("How would you design a URL shortener?", R),
    ("Explain how a hash map works.", R),
    ("How do you calculate customer lifetime value?", R),
    ("What metrics would you track for an onboarding funnel?", R),
    ("How does a VPN work?", R),
    ("How would you reconcile a supplier statement against the ledger?", R),
    ("How do you triage patients in a busy emergency department?", R),
    ("What's the difference between gross margin and net margin?", R),
    ("How would you structure a lesson on fractions for eight-year-olds?", R),
    ("Which KPIs matter most in a distribution centre?", R),
    ("Describe the last time you had to win over a doubtful stakeholder.", B),
    ("Give me one example of how you've handled a heavy workload.", B),
    ("What's the toughest feedback you've ever received?", B),
    ("Tell us about a project you led from idea to delivery.", B),
    ("Share a story about a time you helped a struggling colleague.", B),
    ("Can you think of a time you changed a process for the better?", B),
    ("How did you handle the most difficult customer you've dealt with?", B),
    ("Have you ever disagreed with company policy? What did you do?", B),
    ("How would you react if your team missed a key milestone because of you?", S),
    ("Suppose you're asked to cover for a colleague's mistake. What do you do?", S),
    ("What should you do when two clients need you at the exact same time?", S),
    ("If your manager gave you a task you thought was pointless, how would you respond?", S),
    ("Imagine the system goes down during peak hours. Walk me through your response.", S),
    ("Assume you inherit a project that's already over budget. Where do you begin?", S),
    ("Tell me a bit about yourself and your experience.", OP),
    ("Please introduce yourself to the panel.", OP),
    ("Talk us through your career path.", OP),
    ("Take us through your experience so far.", OP),
    ("What attracted you to our organisation?", M),
    ("Why should we pick you for this job?", M),
    ("What would you hope to achieve in your first year here?", M),
    ("Why this industry?", M),
    ("What motivates you to get up and work each day?", M),
    ("What's one thing you'd like to get better at?", W),
    ("What are your top three strengths?", W),
    ("Name a weakness that has held you back.", W),
    ("What do colleagues rely on you for, and what do they avoid asking you?", W),
    ("What is your expected salary range?", L),
    ("Would you be open to working on-call one week a month?", L),
    ("Is relocation something you'd consider?", L),
    ("Do you need sponsorship to work in this country?", L),
    ("What are you currently paid?", L),
    ("Any questions for us before we close?", C),
    ("Is there anything you'd like to ask us?", C),
    ("Anything we haven't covered that you'd want us to know?", C),
    ("How would you optimise a slow SQL query?", R),
    ("Explain the difference between accrual and cash accounting.", R),
    ("How do you calculate the reorder point for a product?", R),
    ("What's a primary key?", R),
    ("How would you test a login form?", R),
    ("What tools do you use to manage your sales pipeline?", R),
    ("How does double-entry bookkeeping work?", R),
    ("How would you structure a customer onboarding email sequence?", R),
    ("What is a p-value?", R),
]


def test_rules_alone_label_the_general_bank_questions(bank: QuestionBank) -> None:
    # Without the bank to look up or break ties, the cue rules must still recognise the
    # general (non role-specific) questions; role questions may read as stories or scenarios.
    empty = QuestionBank(())
    general = [q for q in bank.questions if q.category != "role_specific"]
    right = sum(classify_question(q.text, bank=empty)[0] == q.category for q in general)
    assert right / len(general) >= 0.95


def test_job_family_constant_matches_schema() -> None:
    assert list(JOB_FAMILIES) == JOB_FAMILIES_IN_SCHEMA


def test_held_out_phrasings_are_not_in_the_bank(bank: QuestionBank) -> None:
    assert len(HELD_OUT) >= 100
    assert all(bank.find(text) is None for text, _ in HELD_OUT)


def test_classify_question_accuracy_on_held_out_phrasings() -> None:
    wrong = [
        (text, expected, got)
        for text, expected in HELD_OUT
        if (got := classify_question(text)[0]) != expected
    ]
    accuracy = 1 - len(wrong) / len(HELD_OUT)
    assert accuracy >= 0.9, wrong


@pytest.mark.parametrize(
    ("text", "category", "frame"),
    [
        ("Tell me about a time you led a team.", B, Frame.STAR),
        ("Walk me through your CV", OP, Frame.PRESENT_PAST_FUTURE),
        ("Why do you want to work here?", M, Frame.ROLE_COMPANY_SELF),
        ("What's your biggest weakness?", W, Frame.CLAIM_EVIDENCE),
        (
            "What would you do if a customer asked for a refund you can't give?",
            S,
            Frame.HYPOTHETICAL,
        ),
        ("What are your salary expectations?", L, Frame.DIRECT),
        ("How would you design a cache?", R, Frame.DIRECT),
        ("Do you have any questions for us?", C, Frame.DIRECT),
        # "a shift" as a measure of time is not a question about working hours.
        ("A machine trips out several times a shift. How would you find the cause?", R,
         Frame.DIRECT),
        ("Are you happy to work shifts?", L, Frame.DIRECT),
        # What the speaker wants from work is motivation, not a technical question.
        ("Describe your ideal working environment.", M, Frame.ROLE_COMPANY_SELF),
        ("What are your long-term goals?", M, Frame.ROLE_COMPANY_SELF),
        ("What would your dream job be?", M, Frame.ROLE_COMPANY_SELF),
        # A job's method walked through is not a CV walked through; "who is" in a relative
        # clause is not "who are you?"; an achievement told is a story.
        ("Walk me through a boiler service.", R, Frame.DIRECT),
        ("How do you handle a user who is locked out of their account?", S, Frame.HYPOTHETICAL),
        ("Tell me about your biggest achievement.", B, Frame.STAR),
    ],
)  # fmt: skip
def test_classify_question_gives_the_frame(text: str, category: str, frame: Frame) -> None:
    assert classify_question(text) == (category, frame)


def test_classify_bank_questions_uses_their_own_labels(bank: QuestionBank) -> None:
    q = bank.get("swe-debug-002")  # a story question filed under the role
    assert classify_question(q.text) == (q.category, q.frame)


def test_classify_question_never_fails_on_odd_input() -> None:
    for text in ["", "   ", "?!", "hello", "x" * 5000]:
        category, frame = classify_question(text)
        assert category in CATEGORY_FRAMES and isinstance(frame, Frame)


# ---------------------------------------------------------------- command line


def test_cli_lists_filtered_questions() -> None:
    result = CliRunner().invoke(
        main, ["questions", "--category", "role_specific", "--job-family", "nursing"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) >= 12
    assert all(line.startswith("nurse-") for line in lines)


def test_cli_json_output_matches_the_bank(bank: QuestionBank) -> None:
    result = CliRunner().invoke(
        main, ["questions", "--competency", "ethics", "--seniority", "entry", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert items and all("ethics" in item["competencies"] for item in items)
    assert all(not item["seniority"] or "entry" in item["seniority"] for item in items)
    assert {item["id"] for item in items} == {
        q.id for q in bank.filter(competency="ethics", seniority="entry")
    }


def test_cli_rejects_unknown_job_family_without_traceback() -> None:
    result = CliRunner().invoke(main, ["questions", "--job-family", "astronaut"])
    assert result.exit_code == 2
    assert "Unknown job family" in result.output
    assert "Traceback" not in result.output


def test_cli_as_a_real_process() -> None:
    exe = Path(sys.executable).with_name("interview-coach")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "interview_coach.cli"]
    proc = subprocess.run(
        [*cmd, "questions", "--category", "closing", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert proc.returncode == 0, proc.stderr
    items = json.loads(proc.stdout)
    assert len(items) >= 8
    assert {item["category"] for item in items} == {"closing"}
    assert any(item["text"] == "Do you have any questions for us?" for item in items)


def test_the_bundled_bank_loads_the_same_with_every_check(bank: QuestionBank) -> None:
    """At start the bundled files skip the JSON Schema (checked above); a folder given by
    the user is checked in full, and the two readings agree."""
    checked = load_bank(BANK_DIR)
    assert checked.questions == bank.questions
