"""Negotiation practice: money as people say it, a recruiter who reacts and is reproducible,
and mistakes quoted from the candidate's own lines (the `negotiate` contract)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from interview_coach.negotiation.money import figures
from interview_coach.negotiation.session import negotiate

MARKET = {  # a market object as the `market` command gives it (figures chosen for the test)
    "occupation": "Registered Nurses", "soc": "29-1141", "area": "Austin, TX", "period": "year",
    "p10": 73000.0, "p25": 81000.0, "median": 98000.0, "p75": 106000.0, "p90": 127000.0,
    "source": "test figures",
}  # fmt: skip
STRONG = [  # the five moments: expectations, the offer, their answer, the rest, the close
    "Based on the market for nurses here and my six years in the ICU, I'm looking for $108,000.",
    "Thank you, I'm excited. Given my ICU certification, could you get the base to 108k?",
    "I understand the base is fixed. Could we add a signing bonus?",
    "A learning budget for my critical-care course would help too.",
    "Yes, we have a deal. Could you send the full offer in writing, and what are the next steps?",
]
WEAK = ["Sorry, I'm on 80k at the moment, so anything around 82k would be fine.", "Sure, I accept!"]


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("I was hoping for 90k.", [90_000]),
        ("$90,000/yr", [90_000]),
        ("95,000 a year", [95_000]),
        ("I make 45 an hour now", [93_600]),
        ("ninety-five thousand", [95_000]),
        ("$100K base and a $10k signing bonus", [100_000]),
        ("between 85 and 95k", [85_000, 95_000]),
        ("In 2019 I led 12 people and cut costs by 10%.", []),
    ],
)
def test_money_as_people_say_it(said: str, annual: list[float]) -> None:
    assert [f.annual for f in figures(said)] == annual


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("Could we do 112?", [112_000]),  # a bare number in a talk about ~100k a year
        ("They pay me 90 right now, so I'd need more.", [90_000]),
        ("could it be 52? Or, I mean, even 51 would be fine", [52_000, 51_000]),
        ("I'm making twenty-five an hour now", [52_000]),
        ("I get thirty bucks per hour where I am", [62_400]),
        ("Right now it's 96 plus a small bonus", [96_000]),
        ("That's 40 people across two sites", []),
        ("my salary now is 6,800 per month", [81_600]),
        ("I manage 40, sometimes 50 people", []),  # counts, not sums
        ("I have 30 days of leave and 12 years in", []),
        ("$34 to $36 an hour", [70_720, 74_880]),  # both hourly, not 34k a year
    ],
)
def test_bare_numbers_are_thousands_only_when_said_as_a_sum(said: str, annual: list[float]) -> None:
    assert [f.annual for f in figures(said, near=100_000)] == annual
    assert len(figures("Could we do 112?")) == 0  # with no figure under discussion, nothing


def _mistakes(lines: list[str], **extra: object) -> set[str]:
    return {m["code"] for m in negotiate(_script(lines, **extra), MARKET)["mistakes"]}


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (
            ["Currently my CTC is 88,000 per annum, so I'd expect around 104,000."],
            "disclosed_current_salary",
        ),
        (
            ["I'd like 104,000. For context, my package now is 86 base plus a small bonus."],
            "disclosed_current_salary",
        ),
        (
            ["I'm hoping for 106,000 — but, you know, whatever's fair, I could go a bit lower."],
            "negotiated_against_self",
        ),
        (
            [STRONG[0], "Given my ICU years, could it be 112? Or even 110 would be fine."],
            "negotiated_against_self",
        ),
        (
            [STRONG[0], STRONG[1], "Then 30 days of leave would be ideal, but 25 days is fine."],
            "negotiated_against_self",
        ),
        (
            ["Apologies in advance, but based on the market I'd want around 108,000."],
            "apologetic_language",
        ),
    ],
)
def test_mistakes_said_in_other_words(lines: list[str], code: str) -> None:
    assert code in _mistakes(lines)


def test_refusing_is_no_reason() -> None:
    lines = ["I'm looking for $108,000.", "I won't take less than 110k, could you do that?"]
    assert "counter_without_rationale" in _mistakes(lines)


def test_holding_firm_and_market_figures_are_not_those_mistakes() -> None:
    found = _mistakes(
        [
            "Nurses here earn around 98 to 104, and with my ICU years I'm looking for 108,000.",
            "Thank you. I hold a CCRN and have run a step-down unit, so could we do 108?",
            "I understand. Then 30 days of leave would be ideal.",
            "Nothing else.",
            "Deal. What happens next?",
        ]
    )
    assert not found & {
        "disclosed_current_salary", "negotiated_against_self", "counter_without_rationale",
        "apologetic_language", "no_written_confirmation",
    }  # fmt: skip


def _script(lines: list[str], **extra: object) -> dict:
    return {"role": "Registered Nurse", "style": "warm", "seed": 7, "target": 105000,
            "walk_away": 92000, "candidate": lines, **extra}  # fmt: skip


def test_the_same_seed_and_lines_give_the_same_negotiation() -> None:
    a, b = negotiate(_script(STRONG), MARKET), negotiate(_script(STRONG), MARKET)
    assert a == b
    others = {negotiate(_script(STRONG, seed=s), MARKET)["outcome"]["first_offer"]
              for s in range(1, 8)}  # fmt: skip
    assert len(others) > 1  # the seed draws the recruiter


def test_a_strong_negotiation_ends_above_the_first_offer_without_mistakes() -> None:
    r = negotiate(_script(STRONG), MARKET)
    out = r["outcome"]
    assert out["agreed"] and out["base"] > out["first_offer"]
    assert out["total_value"] > out["base"]  # the signing bonus and learning budget count
    assert r["mistakes"] == [] and r["score"] >= 90
    assert 0 < out["percentile"] < 100
    assert [t["speaker"] for t in r["turns"][:2]] == ["counterpart", "candidate"]


def test_a_weak_negotiation_ends_at_the_first_offer_with_each_mistake_quoted() -> None:
    r = negotiate(_script(WEAK, target=None), MARKET)
    out = r["outcome"]
    assert out["agreed"] and out["base"] <= out["first_offer"] < MARKET["median"]
    codes = [m["code"] for m in r["mistakes"]]
    assert codes == [
        "no_target", "disclosed_current_salary", "anchored_low", "accepted_first_offer",
        "no_counter", "apologetic_language", "no_written_confirmation",
        "accepted_below_walk_away",  # 82k asked, under the 92k walk-away set
    ]  # fmt: skip
    disclosed = next(m for m in r["mistakes"] if m["code"] == "disclosed_current_salary")
    assert disclosed["evidence"] == {"turn": 1, "text": WEAK[0]}
    assert r["score"] < 40


def test_an_ultimatum_hardens_the_recruiter() -> None:
    bare = negotiate(_script(["I'm looking for $108,000.", "I need 110k."]), MARKET)
    hostile = negotiate(_script([STRONG[0], "That's a lowball. Match 110k or I walk."]), MARKET)
    assert hostile["outcome"]["base"] == hostile["outcome"]["first_offer"]
    assert bare["outcome"]["base"] > bare["outcome"]["first_offer"]
    codes = {m["code"] for m in hostile["mistakes"]}
    assert "ultimatum_or_hostile" in codes
    assert "counter_without_rationale" in {m["code"] for m in bare["mistakes"]}


def test_the_command_plays_a_script_to_the_contract(tmp_path: Path, monkeypatch) -> None:
    from interview_coach.cli import main
    from interview_coach.config import get_settings

    monkeypatch.setenv("INTERVIEW_COACH_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    script = tmp_path / "s.json"
    script.write_text(json.dumps(_script(STRONG, location="Austin, TX")), "utf-8")
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    try:
        r = CliRunner().invoke(main, ["negotiate", "--script", str(script), "--format", "json",
                                      "--html", str(html), "--pdf", str(pdf)])  # fmt: skip
        assert r.exit_code == 0, r.output
        doc = json.loads(r.output)
        assert set(doc) >= {"market", "turns", "outcome", "mistakes", "score"}
        assert set(doc["outcome"]) >= {"agreed", "base", "total_value", "percentile", "first_offer"}
        assert doc["market"]["soc"] == "29-1141" and doc["market"]["period"] == "year"
        assert isinstance(doc["score"], int) and 0 <= doc["score"] <= 100
        assert "Negotiation report" in html.read_text("utf-8")
        assert pdf.read_bytes().startswith(b"%PDF-")
        bad = tmp_path / "bad.json"
        bad.write_text('{"candidate": "not a list"}', "utf-8")
        refused = CliRunner().invoke(main, ["negotiate", "--script", str(bad), "--role", "Nurse"])
        assert refused.exit_code == 2 and "list of the candidate" in refused.output
    finally:
        get_settings.cache_clear()


def test_the_preparation_sheet_suggests_figures_from_the_market() -> None:
    from interview_coach.negotiation.prep import markdown, prep_sheet

    sheet = prep_sheet("Registered Nurse", MARKET)
    assert (sheet.target, sheet.walk_away) == (106_000, 81_000)  # 75th and 25th percentiles
    assert sheet.opening is not None and sheet.opening > sheet.target  # room to come down
    assert "$98,000" in sheet.opening_line and f"${sheet.opening:,.0f}" in sheet.opening_line
    moments = [m for m, _ in sheet.scripts]
    assert "What do you earn now?" in moments and len(moments) == 5
    assert [p for p, _ in sheet.priorities][:3] == ["Base salary", "Bonus", "Signing bonus"]
    own = prep_sheet("Nurse", None, target=42_000)
    assert own.target == 42_000 and own.walk_away is None
    assert any("No US market figures" in n for n in own.notes)
    text = markdown(sheet)
    assert text.startswith("# Negotiation prep: Registered Nurse") and "## What to say" in text


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("104.", [104_000]),  # a line that is the number
        ("Hundred and six base. Nothing less.", []),  # not a tens-and-units number
        ("Ninety-eight, or I stay put.", [98_000]),
        ("That's low. Ninety or we're done.", [90_000]),
        ("Could it, um, could it be, like, 108?", [108_000]),
        ("would 106 be possible at all?", [106_000]),
        ("though honestly 102 would be fine too", [102_000]),
        ("Two of us stayed late. Forty people came.", []),
    ],
)
def test_a_number_said_alone_or_in_words_is_a_sum(said: str, annual: list[float]) -> None:
    assert [f.annual for f in figures(said, near=100_000)] == annual


@pytest.mark.parametrize(
    ("said", "annual"),
    [
        ("At my job now I get 40 dollar per hour.", [83_200]),
        ("My total compensation is about 104,000 including RSUs.", [104_000]),
        ("We process over $40B a year.", []),
    ],
)
def test_money_with_its_words_around_it(said: str, annual: list[float]) -> None:
    assert [f.annual for f in figures(said, near=100_000)] == annual


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        (["On 46 an hour now. Looking for 50."], "disclosed_current_salary"),
        (["Last year I made about 86 with the county, so I'd hope for 100."],
         "disclosed_current_salary"),
        (["My package at Northvale Health is about 88 all in. I'd want 104."],
         "disclosed_current_salary"),
        (["I'd like 108,000.", "Could we do 112? Actually, I'll meet you halfway."],
         "negotiated_against_self"),
        (["I'd love around 106? I'm flexible, truly, whatever you think is fair."],
         "negotiated_against_self"),
        (["Based on the market, 108.", "Could it be 112? If not, that's totally fine."],
         "negotiated_against_self"),
        (["Based on the market, 108.", "112. Find another four or I'm out."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "That doesn't work. 112, or I stay where I am."],
         "ultimatum_or_hostile"),
    ],
)  # fmt: skip
def test_more_mistakes_in_their_general_shapes(lines: list[str], code: str) -> None:
    assert code in _mistakes(lines)


@pytest.mark.parametrize(
    "reason",
    [
        "People I know doing this at hospitals your size are clearing 110.",
        "My discharge project lifted bed turnover 12 percent last year.",
        "I have another process wrapping up on Friday.",
        "I've done the full Epic migration for 1,200 staff.",
        # A credential or the local rate in a trade's words, postings, work run now.
        "I've got my CCRN cert and I precept new grads.",
        "I'm a credentialed wound care nurse.",
        "That's what the good units around here pay for my experience level.",
        "Ward postings in the city ask for my exact skills.",
        "I run the step-down unit's nights on my own.",
    ],
)
def test_a_counter_with_a_reason_in_other_words_is_reasoned(reason: str) -> None:
    found = _mistakes([STRONG[0], f"Could we do 112? {reason}"])
    assert "counter_without_rationale" not in found


def test_figures_others_pay_are_not_the_candidate_lowering_the_ask() -> None:
    found = _mistakes(
        [
            "Postings around Austin are running 98 to 104, so I'm looking for 108.",
            "I'd ask for 112,000. I also have an offer pending from another trust at 106,000.",
        ]
    )
    assert "negotiated_against_self" not in found


@pytest.mark.parametrize(
    "lever",
    ["the company van home at night", "a tool allowance", "on-call paid at time and a half",
     "to start in six weeks instead of four", "my licence renewal paid",
     "mileage for home visits", "a per diem on travel weeks", "CE days for the state conference",
     "scrubs provided", "the commission split"],
)  # fmt: skip
def test_levers_in_a_trade_s_own_words(lever: str) -> None:
    lines = [STRONG[0], "Could we do 112? My ICU years.", f"Then I'd want {lever}.", "Deal."]
    assert "ignored_total_compensation" not in _mistakes(lines)


def test_asking_for_time_is_not_a_counter() -> None:
    found = _mistakes(["I'd like 100,000.", "Can I think about it one day and call you back?"])
    assert "counter_without_rationale" not in found


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        # Current pay in work's own words, a pay slip, a week's or a month's pay.
        (["My W-2 for last year was 92k, so I'm after 108."], "disclosed_current_salary"),
        (["I'd want to beat my current 91."], "disclosed_current_salary"),
        (["I was clearin' about 1,800 a week on the rigs."], "disclosed_current_salary"),
        (["They pay me around seven grand a month now."], "disclosed_current_salary"),
        (["At my last hospital I topped out at 94 thousand."], "disclosed_current_salary"),
        # Giving ground in other words.
        (["I'd like 108, though I could live with less."], "negotiated_against_self"),
        (["I'm hoping for 106, but I'd be fine with 98 or so."], "negotiated_against_self"),
        # Ultimatums in other words.
        (["Based on the market, 108.", "Match 112 or I'm gone."], "ultimatum_or_hostile"),
        (["Based on the market, 108.", "If you cannot match, then I will take the other offer."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "Without a sign-on bonus I will have to decline."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "No bonus, no deal."], "ultimatum_or_hostile"),
        # Hedging about asking.
        (["I hate to be difficult, but could it be 108 given my ICU years?"],
         "apologetic_language"),
        (["Could it be 108 given my ICU years? Totally fine if not."], "apologetic_language"),
    ],
)  # fmt: skip
def test_mistakes_in_a_trade_s_own_words(lines: list[str], code: str) -> None:
    assert code in _mistakes(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # A target, a friend's pay, the market or a firm ask are not current pay.
        ["My target is 108, since my friend on the ward makes 104."],
        ["Postings near here run from 98 to 106, so I'm asking 108."],
        ["I'd want 108 and I'm firm on that."],
    ],
)
def test_figures_that_are_not_one_s_own_pay(lines: list[str]) -> None:
    found = _mistakes(lines)
    assert not found & {"disclosed_current_salary", "negotiated_against_self"}


def test_accepting_in_few_words_and_asking_until_friday() -> None:
    assert "accepted_first_offer" in _mistakes([STRONG[0], "Okay. I take it, thank you."])
    found = _mistakes([STRONG[0], "Thank you. Could I have until Friday to talk it over?"])
    assert "counter_without_rationale" not in found


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        # Past pay on a tax form, said in any English.
        (["I'd like 108. Last year my W-2 say 94, but I work only four days."],
         "disclosed_current_salary"),
        (["I'm looking at 108. My 1099s last year added up to around 90."],
         "disclosed_current_salary"),
        (["I'm at 41 an hour on nights right now, so I'd need 108."], "disclosed_current_salary"),
        # Giving ground with another's budget or a lower figure in the same breath.
        (["I was thinking around 108, or whatever the hospital can manage, really."],
         "negotiated_against_self"),
        (["Kindly consider 112, given my ICU years. Even 106 would be fine, but."],
         "negotiated_against_self"),
        # A figure or a consequence, a condition with a threat, a hostile aside.
        (["Based on the market, 108.", "Seventy-seven or I'm goin' back to the agency."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "If the base can't reach 110, I'll sign the other offer."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "With respect, 110. If it can't, I'll withdraw."],
         "ultimatum_or_hostile"),
        (["Based on the market, 108.", "This deadline is a cheap trick, you're wastin' my time."],
         "ultimatum_or_hostile"),
        # Hedging about asking.
        (["I hope this isn't out of line, but given my ICU years I'd want 108."],
         "apologetic_language"),
        (["I don't want to sound greedy, but my ICU years put me at 108 on the base."],
         "apologetic_language"),
    ],
)  # fmt: skip
def test_more_mistakes_in_many_englishes(lines: list[str], code: str) -> None:
    assert code in _mistakes(lines)


@pytest.mark.parametrize(
    "lines",
    [
        # "I'm at 110" in a negotiation is where the candidate stands, not what they earn.
        [STRONG[0], "I've run the ICU's nights for six years, so I'm at 110."],
        # A result in millions is no pay ask, and so no lowering.
        [STRONG[0], "I cut agency spend by about 1.2 million, so I'm asking for 112."],
    ],
)
def test_a_position_and_a_result_are_not_pay_or_a_lower_ask(lines: list[str]) -> None:
    found = _mistakes(lines)
    assert not found & {"disclosed_current_salary", "negotiated_against_self"}


@pytest.mark.parametrize(
    "reason",
    [
        "With the RVT I can cover the vascular lab, so you don't need to call per diem.",
        "I have RDMS in abdomen and OB/GYN.",
        "Bilingual evaluators are scarce out here.",
        "I got the close down from twelve days to five.",
    ],
)
def test_a_counter_reasoned_by_what_the_candidate_can_do(reason: str) -> None:
    found = _mistakes([STRONG[0], f"Could we do 112? {reason}"])
    assert "counter_without_rationale" not in found


def test_a_need_is_not_a_reason_and_a_bad_line_is_not_an_apology() -> None:
    found = _mistakes(["Sorry, you cut out there. Okay. I'm looking for 106.",
                       "Could we get to 112, with the cost of living here?"])  # fmt: skip
    assert "counter_without_rationale" in found
    assert "apologetic_language" not in found


@pytest.mark.parametrize(
    "close",
    ["When do ye want me to start?", "You send me the paper to sign.",
     "Sen' mi di offer inna writing."],
)  # fmt: skip
def test_asking_for_the_offer_or_the_start_in_other_words(close: str) -> None:
    lines = [STRONG[0], "Could we do 112? My ICU years.", "Then a sign-on bonus.", close]
    assert "no_written_confirmation" not in _mistakes(lines)
