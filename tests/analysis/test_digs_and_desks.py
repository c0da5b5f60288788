"""Digs at people in passing, a fault filed under another desk, a lesson that others cannot be
trusted and cynicism about the job are found; a cause that never reached people and a place's
poor figures are not a judgement of them. Pairs differ in one thing."""

from __future__ import annotations

import pytest

from .test_judgements import codes

SUPPORT_Q = "Tell me about a time you helped a colleague with a problem."
SUPPORT = (
    "Our bakery's card machine kept dropping out at the Saturday rush, and {x}. I rang the "
    "provider, swapped the router onto its own socket and wrote a one-page guide for the till. "
    "We had no dropped payments for the next two months, and the owner asked me to train the "
    "new starters on it."
)


@pytest.mark.parametrize(
    ("dig", "plain"),
    [
        ("the owner can't even restart the card machine", "the owner had not seen it before"),
        (
            "even the kids on Saturdays knew more than the managers",
            "the Saturday staff were worried",
        ),
        (
            "not that the managers would ever notice a queue",
            "the managers were busy with a delivery",
        ),
        ("the area manager is more of a rumour than a person", "the area manager was on leave"),
        ("if you want something done, do it yourself", "I offered to look into it"),
    ],
)
def test_a_dig_in_passing_runs_people_down(dig: str, plain: str) -> None:
    assert "disparaging" in codes(SUPPORT_Q, SUPPORT.format(x=dig))
    assert "disparaging" not in codes(SUPPORT_Q, SUPPORT.format(x=plain))


MISTAKE_Q = "Tell me about a time you got something wrong at work."
MISTAKE = (
    "One month the pay rise for the senior carers went to the whole care assistant grade as "
    "well. {x}. I went to the finance manager, we wrote to every person affected and recovered "
    "it over three months, so nobody got a shock. Since then a second person checks every bulk "
    "import before the file goes."
)


@pytest.mark.parametrize(
    ("excuse", "owned"),
    [
        ("I told the manager it was an HR issue", "I had filtered on the wrong job code"),
        ("To be fair, it started with HR", "I had not checked the totals before sending"),
        (
            "That was because HR sent the file with the codes mixed up",
            "That was because I filtered on the wrong job code",
        ),
    ],
)
def test_a_mistake_filed_under_another_desk_is_blame(excuse: str, owned: str) -> None:
    assert "blame" in codes(MISTAKE_Q, MISTAKE.format(x=excuse))
    assert "blame" not in codes(MISTAKE_Q, MISTAKE.format(x=owned))


@pytest.mark.parametrize(
    ("refusal", "owned"),
    [
        ("I made it clear to the manager it wasn't me", "I told the manager it was my filter"),
        ("The whole problem was created before me, in HR", "The problem was my filter, not HR's"),
        ("I fixed it, but I shouldn't have to fix their mistakes", "I fixed it the same hour"),
    ],
)
def test_fault_refused_in_so_many_words_is_blame(refusal: str, owned: str) -> None:
    assert "blame" in codes(MISTAKE_Q, MISTAKE.format(x=refusal))
    assert "blame" not in codes(MISTAKE_Q, MISTAKE.format(x=owned))


def test_a_lesson_that_others_cannot_be_trusted_is_blame() -> None:
    q = "Tell me about a time you escalated a concern about a patient."
    a = (
        "On a night shift a man's early warning score went from three to five and he was more "
        "confused. I repeated his observations, bleeped the doctor and said I was worried about "
        "sepsis. We started treatment within the hour and he was home four days later. What I "
        "took from it is {x}."
    )
    assert "blame" in codes(q, a.format(x="you can't rely on what the day shift hands over"))
    assert "blame" not in codes(q, a.format(x="to back a gut feeling with the numbers"))


@pytest.mark.parametrize(
    "cynical",
    [
        "it's not my job to fix the fares, and half the time control don't answer the radio",
        "the police won't come anyway unless someone's bleeding, and control messed us about",
    ],
)
def test_cynicism_about_the_job_is_negative(cynical: str) -> None:
    q = "What would you do if a passenger became aggressive on your bus?"
    a = (
        "I'd keep my voice low and not argue about the fare. If they got threatening I'd pull "
        "in somewhere safe, keep the cab door shut and radio control with the code word. {x}. "
        "I'd note the time and the stop for the report."
    )
    assert "negative_tone" in codes(q, a.format(x=cynical.capitalize()))
    calm = "I'd ask control for police if I needed them, and let the CCTV do its job"
    assert "negative_tone" not in codes(q, a.format(x=calm.capitalize()))


@pytest.mark.parametrize(
    "dig",
    [
        "the area manager is never there when you need him",
        "the owner didn't even know how to use the router",
        "typical greedy landlord, the owner",
        "the IT lot only come when the owner remembers to ring",
        "whoever fitted it had left us a death trap",
        "whoever wired it was clearly a cowboy",
        "the so-called sparks before me had skipped the tests",
        "I explained it to the owner in words of one syllable",
    ],
)
def test_others_run_down_in_a_passing_clause(dig: str) -> None:
    assert "disparaging" in codes(SUPPORT_Q, SUPPORT.format(x=dig))


def test_a_blame_resisted_is_not_blame() -> None:
    owned = (
        "One month the pay rise went to the whole grade. I wanted to blame the import file, but "
        "the check was my job, so I told the finance manager it was my filter. We wrote to "
        "everyone and recovered it over three months, and since then a second person checks."
    )
    assert "blame" not in codes(MISTAKE_Q, owned)


def test_a_lesson_about_assuming_is_not_an_excuse() -> None:
    lesson = (
        "One month the pay rise went to the whole grade because I hadn't briefed the team on the "
        "new import. I told the finance manager, we wrote to everyone and recovered it over three "
        "months. What I learned is you can't assume people know something just because it's "
        "obvious to you."
    )
    assert "blame" not in codes(MISTAKE_Q, lesson)


def test_weary_asides_about_the_work_are_negative() -> None:
    q = "What would you say is your greatest weakness?"
    a = (
        "Speaking to bigger groups. One-to-one I'm fine, but at the morning huddle for the "
        "whole store I'd rush and read off my notes. {x} I asked to do the huddle every Monday, "
        "I keep it to three points on a card, and at Christmas I briefed forty people."
    )
    weary = (
        "Huddles are mostly a waste of everyone's time, not that anyone's listening at quarter "
        "to eight."
    )
    assert "negative_tone" in codes(q, a.format(x=weary))
    plain = "Twenty-five people at quarter to eight on a Monday is a hard room to hold."
    assert "negative_tone" not in codes(q, a.format(x=plain))


def test_what_never_reaches_people_is_a_diagnosis_not_blame() -> None:
    q = "Walk me through how you would troubleshoot a remote user who can't connect to the VPN."
    a = (
        "I'd get the error message and when it last worked, then check they can reach the "
        "internet at all. Then I'd check their account: a lot of our VPN tickets are expired "
        "passwords, because people working from home {x} the reset prompt. If the account is "
        "fine I'd collect the client logs and push the latest client."
    )
    assert "blame" not in codes(q, a.format(x="never see"))
    assert "blame" in codes(q, a.format(x="never bother with"))


def test_a_places_poor_figures_are_not_an_insult() -> None:
    q = "Walk me through your background."
    a = (
        "I've been in retail fourteen years. Five years ago I took over the Sutton store, which "
        "had {x}. Over two years we brought staff turnover down from sixty percent to twenty-five "
        "and the store went from the bottom ten to the top fifteen in the region."
    )
    assert "disparaging" not in codes(q, a.format(x="poor mystery shop scores"))
    assert "disparaging" in codes(q, a.format(x="a poor, lazy shop team"))


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "Tell me about a time you went above and beyond for a customer.",
            "I help customers sort out their problems every day, and one lady's boiler failed on "
            "Christmas Eve. I found her an engineer within the hour and she was warm that night. "
            "The turnaround wasn't down to me alone; the whole team stayed late.",
        ),
        (
            "Tell me about a time you cared for a very unwell patient.",
            "He couldn't even open his eyes on the first night, and he didn't understand much "
            "English, so I used the interpreter line for every check. I learned you can't leave "
            "a confused patient alone at night. He went home on the fifth day.",
        ),
        (
            "What would you do if a customer was rude to you at the till?",
            "I'd stay calm, because arguing in front of the queue would be very unprofessional. "
            "I'd offer to call the supervisor, and the new rota suited them fine when we tried it "
            "last year. The bus won't come unless you flag it, so I'd tell them where to stand.",
        ),
    ],
)
def test_look_alikes_of_digs_and_blame_are_not_flagged(question: str, answer: str) -> None:
    found = codes(question, answer)
    assert not found & {"disparaging", "blame", "negative_tone"}
