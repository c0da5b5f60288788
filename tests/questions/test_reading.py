"""Reading job descriptions and résumés as a recruiter would: requirements, salary, employer,
claims, matching, job families and the `prep --format json` contract. Real text, real model."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from interview_coach.nlp.embeddings import get_embedder
from interview_coach.questions.bank import JOB_FAMILIES, bank_schema, load_bank
from interview_coach.questions.claims import claims_of, month_of, years_of_experience
from interview_coach.questions.families import family_for_title, load_families
from interview_coach.questions.gazetteer import load_gazetteer
from interview_coach.questions.matching import match_requirements, terms_in_answer
from interview_coach.questions.plan import build_plan, is_career_changer
from interview_coach.questions.profile import job_profile_from_text
from interview_coach.questions.requirements import salary_from_text
from interview_coach.questions.resume import resume_profile_from_text
from interview_coach.reports.plans import markdown

STORE_JD = """\
Store Manager – Riverside Retail Park
Kestrel Homewares · Bristol · Full-time, permanent
Salary: £36,000 – £40,500 per annum + bonus

Kestrel Homewares runs 30 stores with a turnover of £4.2m each. We are looking for a Store
Manager to lead a team of 20.

What you'll do
- Plan rotas within the labour budget and cover peak trading
- Run weekly cycle counts and keep shrinkage under control
- Deliver seasonal resets and visual merchandising launches on time

What you'll bring
- At least 3 years' experience as a Store Manager or Deputy Store Manager
- Solid knowledge of stock control and shrink reduction
- Confidence reading a store P&L and acting on KPIs
- Comfortable with rotas; experience with a workforce scheduling tool preferred

Bonus points if
- You've worked in homewares or furniture
- You hold IOSH Managing Safely

Nice to have: forecasting experience
"""

STORE_CV = """\
Marcus Lee
Bristol · 07700 900 123 · marcus.lee@example.com

PROFILE
Retail manager with seven years in homewares stores.

EXPERIENCE
Assistant Store Manager – Oakbridge Home, Bristol
March 2022 – Present
- Cut shrink from 2.1% to 1.4% with weekly high-risk counts
- Rebuilt the rota around footfall and kept payroll within 1% of budget for 8 quarters
- Weekly management reports on the store P&L for the area manager

Department Supervisor – Oakbridge Home, Bath
Jan 2019 – Feb 2022
- Cut the weekly stock report from 5 days to 1
- Led two seasonal resets for the lighting department

SKILLS
Stock control, visual merchandising, rota planning
"""

PHARMACIST_JD = """\
Rotational Pharmacist – Band 6
Severnside Hospitals NHS Trust
Salary: £37,338 - £44,962 per annum

Main duties
- Provide a clinical pharmacy service to acute medical wards
- Therapeutic drug monitoring and antimicrobial stewardship on ward rounds

Essential
- Registration with the General Pharmaceutical Council
- Experience in acute care

Desirable
- Independent prescribing qualification
"""

PHARMACIST_CV = """\
Ada Mensah

EXPERIENCE
Clinical Pharmacist | Westbury General Hospital | 06/2021 – present
- Ward pharmacist on acute medical wards, reviewing 25 patients a day
- GPhC registered since 2021

SKILLS
Medicines reconciliation
"""


@pytest.fixture(scope="module")
def store_job():
    return job_profile_from_text(STORE_JD)


@pytest.fixture(scope="module")
def store_cv():
    return resume_profile_from_text(STORE_CV)


# ---------------------------------------------------------------- job families


def test_families_live_in_one_file_that_everything_reads() -> None:
    names = [f.name for f in load_families()]
    assert len(names) >= 24
    assert list(JOB_FAMILIES) == names
    assert bank_schema()["$defs"]["job_family"]["enum"] == names
    bank = load_bank()
    for name in names:
        own = [q for q in bank.filter(category="role_specific") if name in q.job_families]
        assert len(own) >= 12, name
    # every gazetteer area a family owns exists, and points back to it
    gaz = load_gazetteer()
    areas = set(gaz.areas.values())
    for fam in load_families():
        for area in fam.skill_areas:
            assert area in areas, (fam.name, area)
            assert gaz.families[area] == fam.name


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Rotational Pharmacist", "pharmacy_allied_health"),
        ("Clinical Pharmacist", "pharmacy_allied_health"),
        ("Store Manager", "retail_store_management"),
        ("Assistant Store Manager", "retail_store_management"),
        ("Sous Chef", "hospitality_food_service"),
        ("Welder Fabricator", "skilled_trades_manufacturing"),
        ("Office Administrator", "administration_office_support"),
        ("Civil Engineer", "engineering_non_software"),
        ("Research Scientist", "science_research"),
        ("Data Scientist", "data_analysis"),
        ("Paralegal", "legal"),
        ("Social Worker", "social_care_public_service"),
        ("Graphic Designer", "graphic_visual_design"),
        ("Senior UX Designer", "ux_design"),
        ("Backend Engineer", "software_engineering"),
        ("Staff Nurse", "nursing"),
        ("Mechanical Engineer", "engineering_non_software"),
        ("Nursery Practitioner", "teaching"),
        ("Care Assistant", "social_care_public_service"),
        ("Clinical Research Associate", "science_research"),
        ("Forklift Driver", "operations_logistics"),
        ("Hotel Receptionist", "hospitality_food_service"),
        ("Receptionist", "administration_office_support"),
    ],
)
def test_family_from_title(title: str, family: str) -> None:
    assert family_for_title(title) == family


# ---------------------------------------------------------------- job description


def test_store_manager_job_is_read_as_written(store_job) -> None:
    assert store_job.title == "Store Manager"
    assert store_job.company == "Kestrel Homewares"  # never "Full-time"
    assert store_job.location == "Bristol"
    assert store_job.job_family == "retail_store_management"
    assert 0.5 <= store_job.family_confidence <= 1.0
    assert store_job.years_required == 3
    salary = store_job.salary
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == (
        36000,
        40500,
        "GBP",
        "year",
    )
    kinds = {r.text: r.kind for r in store_job.requirements}
    assert kinds["Solid knowledge of stock control and shrink reduction"] == "required"
    assert kinds["You've worked in homewares or furniture"] == "nice_to_have"
    assert kinds["You hold IOSH Managing Safely"] == "nice_to_have"
    assert kinds["Comfortable with rotas"] == "required"
    assert kinds["experience with a workforce scheduling tool preferred"] == "nice_to_have"
    assert kinds["forecasting experience"] == "nice_to_have"
    # Every requirement keeps the span it came from.
    for req in store_job.requirements:
        assert STORE_JD[req.start : req.end].replace("**", "").strip() == req.text
    # "forecasting" is not "Budgeting and forecasting".
    skills = {s for r in store_job.requirements for s in r.skills}
    assert "Budgeting and forecasting" not in skills


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Salary: £34,000 – £38,500 per annum", (34000, 38500, "GBP", "year")),
        ("Base salary range: $128,000–$150,000 + equity", (128000, 150000, "USD", "year")),
        ("£16.50 - £19.75 per hour", (16.5, 19.75, "GBP", "hour")),
        ("€5,200–€6,400 per month", (5200, 6400, "EUR", "month")),
        ("£65k – £80k + equity", (65000, 80000, "GBP", "year")),
        ("Grade: PO3 – £37,280 to £42,640 per year", (37280, 42640, "GBP", "year")),
        ("Pay: £24,500 per annum", (24500, 24500, "GBP", "year")),
        ("Compensation: $70,000 base, $140,000 OTE", (70000, 70000, "USD", "year")),
        ("Day rate: £550 per day (outside IR35)", (550, 550, "GBP", "day")),
        ("Pay: £450 a week", (450, 450, "GBP", "week")),
        ("Salary: CA$68,000–CA$75,000 per year", (68000, 75000, "CAD", "year")),
        ("Pay: $24–$28/hr", (24, 28, "USD", "hour")),
        ("Gehalt: €45.000 – €55.000", (45000, 55000, "EUR", "year")),
        ("Salary: 52,000 - 58,000 EUR", (52000, 58000, "EUR", "year")),
    ],
)
def test_salary(line: str, expected: tuple) -> None:
    salary = salary_from_text(f"Data Analyst\n{line}\n\nWe are hiring.")
    assert salary is not None
    assert (salary.min, salary.max, salary.currency, salary.period) == expected
    assert line[salary.start - len("Data Analyst\n") :].startswith(
        line[salary.start - len("Data Analyst\n")]
    )


def test_no_salary_from_turnover_or_budgets() -> None:
    text = "Store Manager\nOur stores turn over £4.2m. A £1,000 learning budget.\n"
    assert salary_from_text(text) is None
    assert salary_from_text("Chef\nSalary: competitive, with tips shared weekly\n") is None


# ---------------------------------------------------------------- résumé


def test_name_is_never_the_employer_and_contact_stays_out(store_cv) -> None:
    assert store_cv.name == "Marcus Lee"
    assert store_cv.roles[0].title == "Assistant Store Manager"
    assert store_cv.roles[0].organisation == "Oakbridge Home"
    assert all(r.organisation != "Marcus Lee" for r in store_cv.roles)


def test_claims_keep_baseline_result_and_change_apart() -> None:
    (claim,) = claims_of("Cut shrink from 2.1% to 1.4% with weekly high-risk counts")
    assert (claim.baseline, claim.result, claim.change) == ("2.1%", "1.4%", "-0.7 points")
    (claim,) = claims_of("Cut the weekly stock report from 5 days to 1")
    assert (claim.baseline, claim.result, claim.change) == ("5 days", "1 day", "-4 days")
    (claim,) = claims_of("Online revenue up 42% year on year")
    assert claim.result is None and claim.change == "+42%"
    (claim,) = claims_of("Gave 2,300 flu vaccinations over three seasons")
    assert claim.result == "2,300 flu vaccinations"


def test_dates_and_years_of_experience() -> None:
    assert month_of("March 2022") == "2022-03"
    assert month_of("06/2021") == "2021-06"
    assert month_of("2013", end=True) == "2013-12"
    assert month_of("Present") is None
    from datetime import date

    spans = [("2019-01", "2022-02"), ("2022-03", None)]
    assert years_of_experience(spans, date(2026, 12, 1)) == 8.0
    # overlapping roles count once
    assert years_of_experience([("2020-01", "2020-12"), ("2020-06", "2020-12")]) == 1.0


def test_plan_asks_about_results_not_baselines(store_job, store_cv) -> None:
    plan = build_plan(store_job, store_cv, minutes=45)
    texts = [q.text for q in plan.questions()]
    assert not any("How did you reach 2.1" in t for t in texts)
    assert not any("How did you reach 5" in t for t in texts)
    assert any("from 2.1% to 1.4%" in t for t in texts)


# ---------------------------------------------------------------- matching


def test_matching_knows_synonyms_and_meaning() -> None:
    job = job_profile_from_text(PHARMACIST_JD)
    cv = resume_profile_from_text(PHARMACIST_CV)
    got = {m.requirement: m for m in match_requirements(job, cv, PHARMACIST_CV)}
    gphc = got["Registration with the General Pharmaceutical Council"]
    assert gphc.status == "covered"
    assert "GPhC registered" in gphc.evidence[0].text
    acute = got["Experience in acute care"]
    assert acute.status == "covered"
    assert "acute medical wards" in acute.evidence[0].text
    prescribing = got["Independent prescribing qualification"]
    assert prescribing.kind == "nice_to_have" and prescribing.status != "covered"
    for m in got.values():
        for e in m.evidence:
            assert PHARMACIST_CV[e.start : e.end] == e.text


def test_store_manager_matching_covers_what_the_cv_shows(store_job, store_cv) -> None:
    got = {m.requirement: m for m in match_requirements(store_job, store_cv, STORE_CV)}
    assert got["Solid knowledge of stock control and shrink reduction"].status == "covered"
    assert got["Confidence reading a store P&L and acting on KPIs"].status == "covered"
    years = got["At least 3 years' experience as a Store Manager or Deputy Store Manager"]
    assert years.status == "covered"  # nearly eight years in retail roles
    assert got["You hold IOSH Managing Safely"].status != "covered"
    for m in got.values():
        for e in m.evidence:
            assert "07700" not in e.text and "@" not in e.text  # contact lines are never evidence


def test_terms_in_answer() -> None:
    embed = get_embedder().encode
    answer = "I ran six A/B tests on the checkout page. Then we rebuilt the staff rota."
    hits = {h.term: h for h in terms_in_answer(answer, ["A/B testing", "Rota planning"], embed)}
    assert hits["A/B testing"].how == "skill"
    assert answer[hits["A/B testing"].start : hits["A/B testing"].end] == "A/B tests"
    assert "Rota planning" in hits
    assert terms_in_answer("I enjoy hiking at weekends.", ["A/B testing"], embed) == []


# ---------------------------------------------------------------- plans


def test_store_manager_plan_has_retail_questions_and_no_career_change(store_job, store_cv) -> None:
    assert not is_career_changer(store_cv, "retail_store_management")
    plan = build_plan(store_job, store_cv, minutes=60)
    ids = {q.id for q in plan.questions() if q.id}
    assert "mot-change-009" not in ids
    role = [q for s in plan.stages if s.name == "role_specific" for q in s.questions]
    assert sum(1 for q in role if (q.id or "").startswith("retail-")) >= 2
    motivation = [q.text for s in plan.stages if s.name == "motivation" for q in s.questions]
    assert any("Kestrel Homewares" in t for t in motivation)


def test_career_changer_only_when_roles_are_in_another_family() -> None:
    teacher = resume_profile_from_text(
        "Sam Roe\n\nEXPERIENCE\nMaths Teacher, Hill School, 2015 - 2024\n- Taught 5 classes\n"
    )
    assert is_career_changer(teacher, "data_analysis")
    assert not is_career_changer(teacher, "teaching")


def test_pharmacist_plan_asks_pharmacy_questions() -> None:
    job = job_profile_from_text(PHARMACIST_JD)
    assert job.job_family == "pharmacy_allied_health"
    plan = build_plan(job, None, minutes=60)
    role = [q for s in plan.stages if s.name == "role_specific" for q in s.questions]
    assert role and all((q.id or "pharm-").startswith("pharm-") for q in role if q.id)
    assert not any("give medication safely" in q.text for q in plan.questions())


def test_uncertain_family_builds_questions_from_the_duties() -> None:
    text = (
        "Site Coordinator\nWe need someone to keep our sites running.\n\n"
        "Responsibilities\n- Run weekly cycle counts across three sites\n"
        "- Book contractors for repairs\n"
    )
    job = job_profile_from_text(text)
    assert job.family_confidence < 0.5
    plan = build_plan(job, None, minutes=45)
    role = [q.text for s in plan.stages if s.name == "role_specific" for q in s.questions]
    assert any("run weekly cycle counts" in t for t in role)
    assert any("is a guess" in n for n in plan.notes) or job.job_family is None


# ---------------------------------------------------------------- the JSON contract


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVIEW_COACH_HOME": str(home)}
    return subprocess.run(
        [str(Path(sys.executable).parent / "interview-coach"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_prep_json_contract(tmp_path: Path) -> None:
    jd = tmp_path / "jd.md"
    cv = tmp_path / "cv.txt"
    jd.write_text(STORE_JD, encoding="utf-8")
    cv.write_text(STORE_CV, encoding="utf-8")
    out = tmp_path / "prep.json"
    run = _cli(
        "prep", "-j", str(jd), "-r", str(cv), "--format", "json", "-o", str(out), home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    assert printed == json.loads(out.read_text(encoding="utf-8"))  # -o writes what is printed
    job = printed["job"]
    for key in ("title", "company", "location", "seniority", "job_family", "family_confidence"):
        assert key in job
    assert job["company"] == "Kestrel Homewares"
    assert 0 <= job["family_confidence"] <= 1
    assert set(job["salary"]) >= {"min", "max", "currency", "period"}
    assert isinstance(job["salary"]["min"], int | float) and job["salary"]["currency"] == "GBP"
    assert job["salary"]["period"] in {"year", "month", "week", "day", "hour"}
    assert all(r["kind"] in {"required", "nice_to_have"} for r in job["requirements"])
    assert all(isinstance(r["skills"], list) for r in job["requirements"])
    resume = printed["resume"]
    assert resume["name"] == "Marcus Lee"
    assert isinstance(resume["years_experience"], int | float)
    starts = [r["start"] for r in resume["roles"]]
    assert starts == sorted(starts, reverse=True)  # most recent first
    assert resume["roles"][0]["end"] is None
    assert all(re.fullmatch(r"\d{4}-\d{2}", s) for s in starts)
    texts = {r["text"] for r in job["requirements"]}
    for m in printed["match"]:
        assert m["requirement"] in texts
        assert m["status"] in {"covered", "weak", "missing"}
        for e in m["evidence"]:
            assert STORE_CV[e["start"] : e["end"]] == e["text"]
    body = out.read_text(encoding="utf-8")
    assert "07700" not in body and "marcus.lee@example.com" not in body


def test_prep_json_without_resume(tmp_path: Path) -> None:
    jd = tmp_path / "jd.md"
    jd.write_text(PHARMACIST_JD, encoding="utf-8")
    run = _cli(
        "prep", "-j", str(jd), "--format", "json", "-o", str(tmp_path / "p.json"), home=tmp_path
    )
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["resume"] is None and data["match"] == []
    assert data["job"]["job_family"] == "pharmacy_allied_health"


def test_contact_details_never_reach_plans_or_the_contract(store_job) -> None:
    from interview_coach.questions.contract import prep_document

    cv_text = STORE_CV.replace(
        "- Led two seasonal resets for the lighting department",
        "- Led two seasonal resets; references from jo.bell@example.com or 07700 900 456",
    )
    cv = resume_profile_from_text(cv_text)
    plan = build_plan(store_job, cv, minutes=60)
    body = plan.to_json() + markdown(plan)
    body += json.dumps(prep_document(store_job, cv, cv_text), ensure_ascii=False)
    assert "jo.bell@example.com" not in body and "900 456" not in body
    assert "marcus.lee@example.com" not in body and "07700 900 123" not in body


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (
            "BRIGHTWATER LTD\nSenior Accountant\nLeeds | Full-time\n",
            "Senior Accountant",
            "BRIGHTWATER LTD",
        ),
        (
            "We're hiring: Senior Accountant\nBrightwater Ltd — Leeds\n",
            "Senior Accountant",
            "Brightwater Ltd",
        ),
        (
            "Senior Accountant at Brightwater Ltd (Leeds, hybrid)\n",
            "Senior Accountant",
            "Brightwater Ltd",
        ),
        (
            "Electrician\nBrightspark Electrical Services Ltd\nBirmingham – van-based\n",
            "Electrician",
            "Brightspark Electrical Services Ltd",
        ),
        (
            "Office Administrator\nFull-time | Permanent | Nottingham\n",
            "Office Administrator",
            None,
        ),
    ],
)
def test_title_and_employer_layouts(text: str, title: str, company: str | None) -> None:
    job = job_profile_from_text(text + "\nRequirements\n- Two years in a similar role\n")
    assert (job.title, job.company) == (title, company)


def test_details_table_from_a_word_document() -> None:
    # A .docx job-details table is read as "Field | value" rows.
    text = (
        "Head of Operations\n\nJob title | Head of Operations\nCompany | Larkfield Foods Ltd\n"
        "Location | Leeds\nSalary | £60,000 – £70,000\n\nRequirements\n- 8 years in food "
        "manufacturing\n"
    )
    job = job_profile_from_text(text)
    assert (job.title, job.company, job.location) == (
        "Head of Operations",
        "Larkfield Foods Ltd",
        "Leeds",
    )
    assert job.salary is not None and (job.salary.min, job.salary.max) == (60000, 70000)


def test_roles_under_an_employer_heading() -> None:
    cv = resume_profile_from_text(
        "Brianna Kowal\n\nEXPERIENCE\nShiftStack — Chicago, IL\n"
        "Account Executive, SMB — Jan 2023 – Present\n- Closed 118% of quota\n"
        "Sales Development Representative — Jun 2021 – Dec 2022\n- Booked 40 meetings a month\n"
    )
    assert [(r.title, r.organisation) for r in cv.roles] == [
        ("Account Executive, SMB", "ShiftStack"),
        ("Sales Development Representative", "ShiftStack"),
    ]
