"""The private life told at length leaves the question: a weekday club is leisure like a weekend
one, and a fifth of a method spent on family is a detour, while a sentence of it is colour.
Pairs differ in one thing."""

from __future__ import annotations

from .test_judgements import codes


def test_a_weekday_club_in_a_why_us_answer_is_leisure() -> None:
    q = "Why do you want to work here?"
    a = (
        "I did two summers in a contact centre handling rebookings and averaged 4.6 out of 5 "
        "on customer satisfaction. My dissertation looked at why customers abandon webchat, "
        "and I'd like to bring that to your digital team. {x} You've kept your call handling "
        "in-house in Newport and been rated top for service two years running."
    )
    club = "I've joined a touch rugby team that plays in Bute Park on Wednesdays, which I love."
    work = "I've read your service charter and the way you train new advisers in their first month."
    assert "off_question" in codes(q, a.format(x=club))
    assert "off_question" not in codes(q, a.format(x=work))


METHOD_Q = "What would you do if you found out a colleague had made a medication error?"
METHOD = (
    "I'd check the patient first, their observations and any bleeding, and tell the nurse in "
    "charge so the doctor can review. Then I'd speak to my colleague privately and ask her to "
    "report it on Datix before the end of the shift, and offer to sit with her while she does. "
    "{x} If she refuses, I have a duty under the NMC Code to raise it myself, and I'd tell her "
    "kindly that I will."
)


def test_a_fifth_of_a_method_on_family_is_a_detour() -> None:
    family = (
        "My family is still in Chennai, my father was a pharmacist and had a small shop near "
        "the temple, and in the holidays I helped him count tablets and chat with the aunties "
        "who came in every day, and my husband and I moved here in 2019 with our two children."
    )
    assert "off_question" in codes(METHOD_Q, METHOD.format(x=family))


def test_a_sentence_of_family_in_a_method_is_colour() -> None:
    colour = "My father was a pharmacist, so I take dosing seriously."
    assert "off_question" not in codes(METHOD_Q, METHOD.format(x=colour))
