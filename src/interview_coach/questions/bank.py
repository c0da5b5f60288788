"""The question bank: interview questions written for this project, stored as YAML files.

Every file in `questions/bank/` is checked against `bank.schema.json`; a file's `defaults`
are merged into each of its entries, and each merged entry must be complete. The bank is
loaded once per process (`load_bank()`); a folder of other files can be loaded by path.
`classify_question` guesses the category and answer frame of any question a user types.

Over 500 lines, kept whole: the bank's loading, checks, search and the free-text question
classifier read the same vocabularies.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from interview_coach.errors import CoachError
from interview_coach.nlp.career_words import CAREER_GAP, PROUD_OF
from interview_coach.nlp.pay_words import CANDIDATE_PAY, PAY_PACKAGE
from interview_coach.questions import yaml_text
from interview_coach.questions.families import family_names
from interview_coach.questions.vocabulary import CATEGORIES
from interview_coach.types import Frame, Question

# The frame an answer to each category is best organised by, when nothing else is known.
CATEGORY_FRAMES: dict[str, Frame] = {
    "opening": Frame.PRESENT_PAST_FUTURE,
    "behavioural": Frame.STAR,
    "situational": Frame.HYPOTHETICAL,
    "motivation": Frame.ROLE_COMPANY_SELF,
    "strengths_weaknesses": Frame.CLAIM_EVIDENCE,
    "role_specific": Frame.DIRECT,
    "salary_logistics": Frame.DIRECT,
    "closing": Frame.DIRECT,
}

BEHAVIOURAL_COMPETENCIES: tuple[str, ...] = (
    "leadership",
    "teamwork",
    "conflict",
    "failure",
    "problem_solving",
    "initiative",
    "adaptability",
    "communication",
    "customer_focus",
    "prioritisation",
    "ethics",
    "learning",
)

# The job families role-specific questions are written for (the schema's vocabulary), from
# their one data file.
JOB_FAMILIES: tuple[str, ...] = family_names()


class QuestionBankError(CoachError):
    """A bank file that is missing, unreadable or does not match the schema."""


def bank_schema() -> dict[str, Any]:
    """The bank file schema, its `job_family` vocabulary filled in from `families.yaml`."""
    text = (
        resources.files("interview_coach.questions")
        .joinpath("bank.schema.json")
        .read_text(encoding="utf-8")
    )
    schema = json.loads(text)
    schema["$defs"]["job_family"] = {"enum": list(JOB_FAMILIES)}
    return schema


@cache
def _validators() -> tuple[Any, Any]:
    """A validator for a whole file and one for a single merged entry (built once)."""
    from jsonschema import Draft202012Validator

    schema = bank_schema()
    Draft202012Validator.check_schema(schema)
    entry_schema = {"$defs": schema["$defs"], "$ref": "#/$defs/question"}
    return Draft202012Validator(schema), Draft202012Validator(entry_schema)


def _where(path: Iterable[Any]) -> str:
    parts = [str(p) for p in path]
    return "/".join(parts) if parts else "(top level)"


def _entry_label(entries: list[Any], path: Iterable[Any]) -> str:
    """Names the entry an error sits in by index and id, when the error is inside one."""
    parts = list(path)
    if len(parts) >= 2 and parts[0] == "questions" and isinstance(parts[1], int):
        index = parts[1]
        entry = entries[index] if index < len(entries) else None
        ident = entry.get("id") if isinstance(entry, dict) else None
        return f"entry {index + 1}" + (f" (id {ident!r})" if ident else "")
    return "file"


def _load_file(path: Path, text: str, *, check: bool = True) -> list[Question]:
    """Parses and validates one bank file; raises QuestionBankError naming file and entry.
    `check=False` skips the JSON Schema for the bundled files, which the test suite checks
    (tests/questions/test_bank.py): it cost most of a second at every start."""
    name = path.name
    try:
        data = yaml_text.load(text)
    except yaml_text.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise QuestionBankError(
            f"Question bank file {name} is not valid YAML{where}: {problem}"
        ) from exc
    if not isinstance(data, dict):
        raise QuestionBankError(
            f"Question bank file {name} must be a mapping with a 'questions' list."
        )
    entries = data.get("questions") if isinstance(data.get("questions"), list) else []
    if not check:
        defaults = data.get("defaults", {})
        return [Question(**{**defaults, **raw}) for raw in entries]
    file_validator, entry_validator = _validators()
    errors = sorted(file_validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        raise QuestionBankError(
            f"Question bank file {name}, {_entry_label(entries, err.absolute_path)}: "
            f"{err.message} (at {_where(err.absolute_path)})"
            + (f"; {len(errors) - 1} more problem(s)" if len(errors) > 1 else "")
        )
    defaults = data.get("defaults", {})
    questions: list[Question] = []
    for index, raw in enumerate(entries):
        merged = {**defaults, **raw}
        label = f"entry {index + 1} (id {raw['id']!r})"
        problems = list(entry_validator.iter_errors(merged))
        if problems:
            raise QuestionBankError(f"Question bank file {name}, {label}: {problems[0].message}")
        if merged["min_seconds"] > merged["max_seconds"]:
            raise QuestionBankError(
                f"Question bank file {name}, {label}: min_seconds is above max_seconds"
            )
        questions.append(Question(**merged))
    return questions


@dataclass(frozen=True)
class QuestionBank:
    """All bank questions, in file order, with look-ups and filters."""

    questions: tuple[Question, ...]
    _by_id: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)
    _by_text: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for q in self.questions:
            assert q.id is not None  # the schema requires an id
            self._by_id[q.id] = q
            self._by_text.setdefault(normalise(q.text), q)

    def __len__(self) -> int:
        return len(self.questions)

    def get(self, question_id: str) -> Question:
        """The question with this id; KeyError when there is none."""
        return self._by_id[question_id]

    def find(self, text: str) -> Question | None:
        """The bank question whose text equals `text`, ignoring case, spacing and punctuation."""
        return self._by_text.get(normalise(text))

    def filter(
        self,
        category: str | None = None,
        job_family: str | None = None,
        seniority: str | None = None,
        competency: str | None = None,
        frame: Frame | str | None = None,
        leads_people: bool | None = None,
    ) -> list[Question]:
        """Questions matching every filter given.

        A question with no job families (or no seniority) suits any, so it matches every
        `job_family` (or `seniority`); combine with `category="role_specific"` for the
        questions written for one job family only. `leads_people=False` leaves out the
        questions about people the candidate manages.
        """
        out = []
        for q in self.questions:
            if category is not None and q.category != category:
                continue
            if job_family is not None and q.job_families and job_family not in q.job_families:
                continue
            if seniority is not None and q.seniority and seniority not in q.seniority:
                continue
            if competency is not None and competency not in q.competencies:
                continue
            if frame is not None and q.frame != Frame(frame):
                continue
            if leads_people is False and q.manages_people:
                continue
            out.append(q)
        return out

    def categories(self) -> list[str]:
        """Categories present in the bank, in interview order."""
        present = {q.category for q in self.questions}
        return [c for c in CATEGORIES if c in present]

    def job_families(self) -> list[str]:
        """Job families that have questions written for them, sorted."""
        return sorted({f for q in self.questions for f in q.job_families})

    def competencies(self) -> list[str]:
        """Every competency some question assesses, sorted."""
        return sorted({c for q in self.questions for c in q.competencies})


def _default_dir() -> Any:
    return resources.files("interview_coach.questions").joinpath("bank")


def _read_dir(directory: Any, *, check: bool = True) -> QuestionBank:
    files = sorted(
        (f for f in directory.iterdir() if f.name.endswith((".yaml", ".yml"))),
        key=lambda f: f.name,
    )
    if not files:
        raise QuestionBankError(f"No question bank files (*.yaml) found in {directory}.")
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QuestionBankError(f"Cannot read question bank file {f.name}: {exc}") from exc
        for q in _load_file(Path(f.name), text, check=check):
            assert q.id is not None
            if q.id in seen:
                raise QuestionBankError(
                    f"Question id {q.id!r} appears in {seen[q.id]} and again in {f.name}; "
                    "ids must be unique."
                )
            seen[q.id] = f.name
            questions.append(q)
    return QuestionBank(tuple(questions))


@cache
def _load_default() -> QuestionBank:
    return _read_dir(_default_dir(), check=False)


def load_bank(directory: str | Path | None = None) -> QuestionBank:
    """The question bank: the bundled files (cached), or the *.yaml files in `directory`."""
    if directory is None:
        return _load_default()
    path = Path(directory)
    if not path.is_dir():
        raise QuestionBankError(f"Question bank folder {path} does not exist.")
    return _read_dir(path)


# ---------------------------------------------------------------- classification

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = frozenset(
    re.findall(
        r"\w+",
        "a an the and or of to in on for with at by from is are was were be been do does did "
        "you your yours we us our i me my it its this that these those have has had would could "
        "should will can what how why when where which who whom tell about",
    )
)


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces: punctuation, case and spacing ignored."""
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


def content_words(text: str) -> set[str]:
    """A question's words less its function words ("why do you want this role" → want, role)."""
    return {t for t in normalise(text).split() if t not in _STOP}


_tokens = content_words


# Cue lists: each pattern that matches adds its weight to a category. Weights reflect how
# decisive a cue is ("tell me about a time" almost always means a behavioural question).
_RULES: dict[str, list[tuple[str, float]]] = {
    "behavioural": [
        # "Tell me about your biggest achievement": a story of one, not a strength named.
        (
            r"\b(tell|talk) (me|us) about (your|the) (biggest|greatest|proudest|best|main|most "
            r"\w+) (achievement|accomplishment|success|win)\b",
            4,
        ),
        # "Tell me about the most stressful situation you've handled": words may come between.
        (
            r"\b(tell|talk) (me|us) about (a|an|the|one) (\w+ ){0,3}(time|occasion|situation|"
            r"moment|project|incident|crisis|challenge|experience|failure|mistake|conflict|"
            r"disagreement)",
            5,
        ),
        (
            r"\b(most|biggest|hardest|toughest|worst|best|proudest) [\w-]+ (that )?you('ve| have)? "
            r"(ever )?(handled|faced|dealt|had|made|led|managed|solved|achieved|overcome)",
            3,
        ),
        (r"\b(give|share) (me |us )?(an|a|one) (example|instance|story)", 4),
        # "A success you're proud of", "your proudest moment at work": a story of one.
        (r"\b(?:" + PROUD_OF + r")\b", 5),
        (r"\bdescribe (a|an|the) (time|situation|occasion|moment|project|decision|mistake)", 4),
        (r"\b(a|the) (time|occasion) when\b", 3),
        (r"\b(describe|tell (me|us) about) the (last|first) time\b", 4),
        (r"\bwhen (have|did) you (ever )?(last )?\w+", 2.5),
        (r"\bhave you ever\b", 2.5),
        (r"\b(recall|remember|think of) (a|an|the|one) ", 3),
        (
            r"\b(walk|talk|take) (me|us) through (a|an|the|one) (time|situation|project|"
            r"decision|mistake|moment|occasion|conflict|problem)",
            4,
        ),
        (
            r"\bwhat('s| was| is) the (hardest|toughest|most difficult|biggest|best|worst)\b.*"
            r"\byou('ve| have)? (ever )?(made|faced|had|handled|led|done|received|given|worked)",
            3,
        ),
        (r"\bin your (last|previous|current) (role|job|position)\b", 1),
        (r"\bhow did you\b", 1.5),
    ],
    "situational": [
        (r"\bwhat (would|will|should) you do\b", 5),
        # A scene set, then asked about: "A guest arrives late… What do you do?"
        (
            r"[.!]\s+(what|how) (do|would|will|should|can) you (do|handle|respond|react|deal|"
            r"approach|manage|tackle|say)\b",
            5,
        ),
        (r"\bhow (would|will|should) you (handle|respond|react|deal|approach|manage|tackle)", 4),
        # "How do you handle a user who is locked out?": a situation of the job, as a habit.
        (r"\bhow do you (handle|respond to|deal with|approach|manage|tackle) (a|an) \w+", 3),
        (r"\b(imagine|suppose|assume|picture) (that|you|a|an|the|your)\b", 4),
        (r"\bwhat if\b", 3),
        (r"\bif (you|a|an|the|your|two|one|someone) .*\b(what|how) (would|will|do)\b", 3),
        (r"\b(let's say|say that)\b", 3),
        (r"\b(picture this|what's your (move|first step|plan)|what do you do (if|when))\b", 4),
        (r"\byou (discover|find out|notice|learn|realise|realize)\b", 2),
        (r"\bit's your first (day|week|month)\b", 2),
    ],
    "opening": [
        (r"\btell (me|us) (a (little|bit) )?(more )?about yourself\b", 6),
        (
            r"\b(walk|take|talk) (me|us) through your (cv|resume|résumé|background|career|"
            r"experience|journey|path)",
            6,
        ),
        (r"\bintroduce yourself\b", 6),
        (
            r"\b(end up in|ended up in|get into|got into) (this|your) (line of work|field|career|"
            r"profession)",
            5,
        ),
        (r"\b(describe|summari[sz]e|sum up) yourself\b", 4),
        # "Who are you?", not a relative clause: "a user who is locked out".
        (r"^\W*who (are you|is \w+)\b", 2),
        (r"\bhow would you describe your (background|career)", 4),
        (r"\b(your|the) (career|background) (so far|to date|story)", 3),
        (r"\b(elevator pitch|a bit about you|about your background)\b", 4),
        (r"\bwhat should (we|i) know about you\b", 4),
    ],
    "motivation": [
        (r"\bwhy (do|did|would) you (want|wish|like|choose|apply|pick|leave|consider)", 5),
        (
            r"\bwhy (this|our|us|here|the) ?(role|company|team|organi[sz]ation|position|job|"
            r"industry|sector|field)?\b",
            3,
        ),
        (
            r"\bwhat (attracts|attracted|draws|drew|excites|interests|interested|appeals|motivates)"
            r" you\b",
            5,
        ),
        (r"\b(five|5|ten|10|three|3) years\b", 4),
        (
            r"\b(career|long[- ]term|longer[- ]term|future) "
            r"(goals?|plans?|aspirations?|ambitions?)\b",
            4,
        ),
        # "Describe your ideal working environment", "the kind of workplace you do best in".
        (r"\b(ideal|preferred|perfect|best) (working|work) (environment|place|culture|day)\b", 4),
        (r"\b(ideal|dream) (job|role|employer|workplace|manager|team)\b", 4),
        (r"\bwhat do you know about (us|our|the company|this company)", 5),
        (r"\bwhy (are you|you're) (looking|leaving|interested|applying)\b", 5),
        (r"\b(" + CAREER_GAP + r")\b", 6),  # time out of work: a move to explain
        (r"\bwhat are you looking for in (your|a|the) next\b", 4),
        (r"\bwhat makes you (want|a good fit|the right|right)\b", 3),
        (r"\b(fit|culture|mission|values)\b", 1),
        (r"\bwhere do you see yourself\b", 5),
        (r"\b(hope|want|like|expect|aim) to (achieve|accomplish|contribute)\b", 4),
        (r"\bwhat kind of (work|environment|culture|manager|team)\b", 2.5),
    ],
    "strengths_weaknesses": [
        (r"\b(greatest|biggest|main|key|top|best|core) (strengths?|weakness(es)?)\b", 6),
        (r"\bweakness(es)?\b", 5),
        (r"\bstrengths?\b", 4),
        (r"\b(area|areas|something|skill|one thing) (you're|you are|to) (work|working|improv)", 4),
        (
            r"\bwhat would (your|a) ((last|current|previous|former|old) )?(manager|colleagues?|"
            r"boss|team|peers?|friends?|reports?) say\b",
            5,
        ),
        (
            r"\b(areas?|skills?|things?) (are )?you (are )?(working|trying|hoping|want\w*) "
            r"(on|to improve|to develop|to get better)",
            4,
        ),
        (r"\bwhat (do|are) you (good|best|bad|worst|weakest) at\b", 4),
        (r"\b(get|getting|become|be) better at\b", 4),
        (r"\b(hardest|most difficult|toughest) (to do|for you)\b", 4),
        (r"\bhow would you (rate|score|grade) (your|yourself)\b", 5),
        (r"\b(rely|count|depend|call) on you for\b", 4),
        (r"\b(describe|sum up) yourself in (three|3|one|a few) words\b", 5),
        (r"\bwhat sets you apart\b", 3),
        # How one keeps oneself working well ("how do you stay calm under pressure?", "how do
        # you handle criticism?"): a habit of one's own with proof, not a job's method.
        (
            r"\bhow do you (stay|keep( yourself)?|remain) (calm|cool|focused|motivated|"
            r"organi[sz]ed|positive|resilient|on top of)|\bhow do you (handle|cope with|deal with|"
            r"manage|respond to|react to|take) (pressure|stress|criticism|feedback|setbacks?|"
            r"rejection|(tight )?deadlines|change|ambiguity|uncertainty|being under pressure|a bad "
            r"day|bad days|difficult days)\b",
            5,
        ),
        # Answered as strengths with proof ("why should we hire you?", "why are you the right
        # person for this?"), not with the employer's story.
        (
            r"\bwhy (?:should we (?:hire|pick|choose) you|are you the (?:right|best) (?:person|"
            r"candidate|fit))\b",
            5,
        ),
        (r"\b(development areas?|blind spots?|improve on|getting better at)\b", 3),
    ],
    "salary_logistics": [
        (
            r"\b(salary|compensation|"
            + CANDIDATE_PAY
            + r"|paid|wages?|remuneration|"
            + PAY_PACKAGE
            + r"|"
            r"bonus|equity|day rate|hourly rate)\b",
            5,
        ),
        (r"\bbudget for (this|the) (role|position|job)\b", 5),
        (r"\b(notice period|start date|when (could|can) you start|relocat\w*|commut\w*)\b", 5),
        (r"\b(visa|sponsorship|right to work|work permit|background check|references?)\b", 4),
        (
            # "several times a shift" measures time; "work shifts" is about the job's hours.
            r"\b(travel|(?<!times a )(?<!per )(?<!each )(?<!every )shifts?|weekends?|overtime|"
            r"on-call|on call|hours|part-time|full-time|"
            r"remote|hybrid|in the office|onsite|on-site)\b",
            2,
        ),
        (r"\b(other (offers?|interviews?|processes)|interviewing elsewhere)\b", 4),
        (r"\bexpect(ations?|ing)?\b.*\b(earn|salary|pay|range|compensation)", 3),
    ],
    "closing": [
        (r"\b(any|some) questions (for|to) (us|me)\b", 8),
        (r"\bwhat (questions|else) (do|would) you (have|like)\b", 6),
        (
            r"\banything (else )?(you'd like|you would like|you want|we should|we haven't|"
            r"i haven't|to add)",
            6,
        ),
        (r"\bis there anything (else|we)\b", 5),
        (r"\bif you could ask\b", 5),
        (
            r"\b(before we (finish|wrap|close|end)|to (wrap|close|finish) (up|off)?|one last|"
            r"final (question|thoughts?|words?)|last (thing|word))\b",
            4,
        ),
        (r"\bhow (do you feel|did you find) (the|this|today's) interview\b", 5),
        (r"\bwhat (happens|are the) next steps?\b", 3),
    ],
    "role_specific": [
        (
            r"\bhow (would|do|does|did|can) (you )?(design|build|implement|debug|test|optimi[sz]e|"
            r"scale|model|measure|calculate|reconcile|migrate|secure|deploy|forecast|price|"
            r"structure|segment|onboard|train|assess|triage|administer|document|configure|"
            r"troubleshoot|audit|plan|teach|differentiate|prioriti[sz]e a (backlog|roadmap))",
            4,
        ),
        (
            r"\bhow (would|do|will) you (find|diagnose|work out|trace|investigate|fix|check|"
            r"approach|tackle|set up|install|inspect|identify)\b",
            4,
        ),
        # "Walk me through how you'd fit a cylinder", "tell me how you would plan the yard": a
        # method asked for, whatever the task's verb.
        (
            r"\b(walk|talk|take|run) me through how (?!you (\w+ed|dealt|made|did|got|went|took|"
            r"ran|led|won|built|kept|found|brought|told|chose|had|were|was)\b)",
            4,
        ),  # not "how you handled…": that asks for a story
        (r"\btell me how you('d| would| do| go about)\b", 4),
        # "Walk me through a boiler service", "take us through the month-end close": a job's
        # method (a time, a project or your CV are a story or an opening, ruled above).
        (
            r"\b(walk|talk|take|run) (me|us) through (a|an|the) (?!(time|situation|project|"
            r"decision|mistake|moment|occasion|conflict|problem)\b)\w+",
            3,
        ),
        (r"\bwhat('s| is| are) (the )?(difference|differences) between\b", 5),
        (r"\bexplain (how|what|why|the)\b", 3),
        (r"\bwhat (metrics?|kpis?|tools?|methods?|steps|approach|frameworks?)\b", 2.5),
        (r"\bhow does (a|an|the)? ?\w+ work\b", 4),
        (r"\bwhat is (a|an) \w+", 2),
        (
            r"\b(sql|api|database|cache|index|query|pipeline|regression|a/b|funnel|ledger|"
            r"accrual|reconciliation|ticket|network|vpn|patient|medication|lesson|classroom|"
            r"inventory|warehouse|payroll|recruitment|wireframe|prototype|persona|campaign|"
            r"quota|pipeline|backlog|roadmap|sprint|gantt|budget|forecast|dashboard|algorithm|"
            r"code review|deployment|incident|microservices?)\b",
            2,
        ),
    ],
}

_COMPILED = {
    cat: [(re.compile(p, re.IGNORECASE), w) for p, w in rules] for cat, rules in _RULES.items()
}


def _rule_scores(text: str) -> Counter[str]:
    scores: Counter[str] = Counter()
    lowered = text.lower().replace("’", "'")
    for cat, rules in _COMPILED.items():
        for pattern, weight in rules:
            if pattern.search(lowered):
                scores[cat] += weight
    return scores


def _nearest(text: str, bank: QuestionBank) -> tuple[Question | None, float]:
    """The bank question sharing the most content words with `text` (Jaccard overlap)."""
    tokens = _tokens(text)
    best: Question | None = None
    best_score = 0.0
    if not tokens:
        return None, 0.0
    for q in bank.questions:
        other = _tokens(q.text)
        if not other:
            continue
        score = len(tokens & other) / len(tokens | other)
        if score > best_score:
            best, best_score = q, score
    return best, best_score


def classify_question(text: str, bank: QuestionBank | None = None) -> tuple[str, Frame]:
    """Infers the category and answer frame of a question typed by a user.

    Cue rules score each category; when no rule fires, or the top two categories are close,
    the nearest bank question by word overlap breaks the tie. A behavioural question with
    a role-specific cue stays behavioural (STAR), since it asks for a story.
    """
    exact = (bank or _safe_bank()).find(text) if text.strip() else None
    if exact is not None:
        return exact.category, exact.frame
    scores = _rule_scores(text)
    ranked = scores.most_common()
    if ranked and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 1.5):
        category = ranked[0][0]
        return category, CATEGORY_FRAMES[category]
    nearest, overlap = _nearest(text, bank or _safe_bank())
    if ranked:
        top = ranked[0][1]
        contenders = [c for c, s in ranked if top - s < 1.5]
        if nearest is not None and overlap >= 0.2 and nearest.category in contenders:
            return nearest.category, CATEGORY_FRAMES[nearest.category]
        category = contenders[0]
        return category, CATEGORY_FRAMES[category]
    if nearest is not None and overlap >= 0.25:
        return nearest.category, nearest.frame
    # A bare question with no cues is most often a knowledge or technical one.
    return "role_specific", Frame.DIRECT


def _safe_bank() -> QuestionBank:
    """The bundled bank, or an empty one so classification still works if it is broken."""
    try:
        return load_bank()
    except QuestionBankError:
        return QuestionBank(())
