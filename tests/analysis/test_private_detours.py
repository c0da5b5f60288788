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


def test_a_detour_into_leisure_runs_on_until_the_answer_returns_to_work() -> None:
    q = "Why do you want to work for our estates team?"
    a = (
        "I've been a facilities coordinator for four years in commercial offices, and I led our "
        "move from spreadsheets to a helpdesk system, which halved the time to close a job. In "
        "a hospital the same delay on a ward affects patients and infection control, and that "
        "is the kind of work I want to do. I've read your estates strategy and I know you're "
        "moving reactive jobs onto a new system next year. Outside work, most of my "
        "spare time goes on sailing. {x} Your team is in-house, so I could build real "
        "relationships with the ward managers, and you support staff through the Level 4."
    )
    stretch = (
        "I crew on a friend's yacht out of Hamble from April to October, and last summer we "
        "did the Round the Island race in just over nine hours. We keep talking about taking "
        "the yacht across to Cherbourg next year, if the weather behaves."
    )
    work = (
        "At work I run the reactive jobs for three buildings, and I've trained two new "
        "coordinators on the helpdesk this year. My manager says the backlog is the lowest "
        "it has been since I started."
    )
    assert "off_question" in codes(q, a.format(x=stretch))
    assert "off_question" not in codes(q, a.format(x=work))


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


def test_one_day_in_a_story_and_searching_for_things_are_not_leisure() -> None:
    q = "Tell me about a time you worked under pressure."
    story = (
        "Our server room's cooling failed on a Friday afternoon, with the payroll run due that "
        "night. I moved the payroll job to the backup host, kept the finance manager updated "
        "every hour, and the run finished at eleven with every payslip correct. On the Monday "
        "I wrote up which machines had moved, so nobody was hunting for them, and added a "
        "temperature alert to our monitoring, which has caught two faults since."
    )
    assert "off_question" not in codes(q, story)
    club = story.replace(
        "On the Monday I wrote up",
        "On Mondays I play five-a-side with my brother, which helps me unwind. I also wrote up",
    )
    assert "off_question" in codes(q, club)
