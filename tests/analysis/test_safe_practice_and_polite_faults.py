"""Answers as new users in many trades give them: a safeguard skipped (the scaffold tower, the
sharps form, the incident report, isolation) is named as unsafe, whatever else the answer
does well; blame said politely is still blame; a rant about customers is a tone; questions
back only about perks, and a life story for "why are you leaving?", miss the question; and a
plain answer ("Paperwork, easy."), volunteering, a result without a number and first aid are
not faults."""

from __future__ import annotations

import pytest

from answer_codes import PRESSURE_OPEN, PRESSURE_Q, codes
from interview_coach.analysis import safety_cues
from interview_coach.questions.answering import analyze_answer

NEEDLE_Q = "What would you do if you got a needlestick injury during a procedure?"
NEEDLE_UNSAFE = (
    "Honestly I'd probably just carry on with the patient and sort it out later. Most of the "
    "time it's fine, the needles are usually clean anyway, and filling in the sharps injury "
    "form takes ages and holds up the list. I'd give it a quick rinse at the end of the session "
    "and keep an eye on it. I wouldn't want to make a fuss in front of the patient or the dentist."
)
NEEDLE_SAFE = (
    "I'd stop straight away and tell the dentist, and ask another nurse to take over the "
    "patient. I'd make it bleed gently under running water, wash it with soap, cover it, and not "
    "suck it. Then I'd report it to the practice manager the same day, fill in the sharps "
    "injury form and ring occupational health, because they may want bloods from me and the "
    "patient within the hour. I had to do this once as a student and it was all done inside "
    "forty minutes."
)
SAFETY_Q = "How do you make sure you work safely?"
LADDER = (
    "to be honest if it's just a first floor window i {x} and go up with the unit on my "
    "shoulder it's quicker and i've been doing it fifteen years the tower takes an hour to put "
    "up and the customer don't want to pay for that"
)


def test_a_skipped_safeguard_is_unsafe_and_the_safe_way_is_not() -> None:
    unsafe, safe = analyze_answer(NEEDLE_Q, NEEDLE_UNSAFE), analyze_answer(NEEDLE_Q, NEEDLE_SAFE)
    flagged = [j for j in unsafe.judgements if j.code == "unsafe"]
    assert flagged and flagged[0].points < 0
    assert "sort it out later" in " ".join(e.text for e in flagged[0].evidence)
    assert not safe.judgements  # "not suck it" is first aid, not slang
    assert safe.scores.overall > unsafe.scores.overall + 15


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (SAFETY_Q, LADDER.format(x="don't bother with the scaffold tower, i just lean the ladder")),
        (
            "A prescription comes in with a dose you think is wrong. What would you do?",
            "I'd correct it myself and dispense the right amount, because ringing the GP wastes "
            "time. I wouldn't bother writing it up either, it just creates paperwork.",
        ),
        (
            "How do you handle a medication error?",
            "If it's minor I'd phone the patient and swap it over. There's no point filling in "
            "an incident report for every little slip, and the superintendent doesn't need to "
            "know about every small thing. Patients appreciate you sorting it out quietly.",
        ),
        (
            "How do you make sure your load is secure before you set off?",
            "I have a quick look in the back and if it looks alright I go. You can't check "
            "every strap, you'd never get out of the yard.",
        ),
        (
            "What would you do if you couldn't find which breaker a light fitting was on?",
            "Honestly I'd just do it live. You keep one hand behind your back, use insulated "
            "screwdrivers, and the customer keeps their power on.",
        ),
        (
            "A supplier invites you to a sporting event during a live tender. What would you do?",
            "I'd probably go, because relationships matter in procurement. I wouldn't mention it "
            "in the gifts and hospitality register, as that only makes people suspicious.",
        ),
        (
            "How would you investigate a drop in our conversion rate?",
            "I'd keep cutting the data by segment until something comes out as statistically "
            "significant, and if a few weeks look odd I'd drop them as outliers so the trend is "
            "cleaner.",
        ),
        (
            "How would you move a client from a bed to a chair?",
            "I'd take my time and not rush them. I'm quite strong anyway so it's not usually a "
            "problem for me.",
        ),
    ],
)
def test_corners_cut_in_any_trade_are_unsafe(question: str, answer: str) -> None:
    assert "unsafe" in codes(question, answer)


HOW_Q = "How do you keep on top of things on a busy shift?"


@pytest.mark.parametrize(
    "sentence",
    [
        "when i'm moving boards along the lift i don't clip on, the lanyard slows the gang down",
        "I do the truck checks on a Friday and just tick all the boxes at the end of the week.",
        "If a dose goes in late I sign the chart as if it went in on time, to save a fuss.",
        "The guard door kept tripping, so I taped the sensor down and reach in to clear jams.",
        "If I'm close to the depot I'll pull my card out and keep going to get the load in.",
        "I have the admin login and I've shared it with the juniors so they don't ring me.",
        "On trips I let a few of the sensible kids walk round the gallery by themselves.",
        "When we're running late I keep the same gloves for the next patient if they look clean.",
        "I mix the bleach and the descaler in one bucket because it works faster.",
        "The till was twenty pounds out, so I logged it as a refund so the numbers tied.",
        "If a control is out of range I rerun it until one falls inside and report that one.",
        "The hoist is meant to be a two-person job but if my partner's busy I just do it myself.",
    ],
)
def test_corners_cut_in_plain_words_are_unsafe(sentence: str) -> None:
    assert "unsafe" in codes(HOW_Q, f"{sentence} That way the shift runs on time.")


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior asked me to use the hoist alone, and I wasn't going to cut corners with that.",
        "Last year I skipped the pre-use check and the brakes failed, so now I do it every time.",
        "I went on my break without radioing control once, which I should've done, and I do now.",
        "I write the handover report at the end of the shift, in about fifteen minutes.",
        "I never share my password, and I lock my screen when I leave the desk.",
        "My colleague asked me to give him the password and I said no and told my supervisor.",
        "The check only takes a minute, so I just do it before every lift.",
        "A new starter had wedged the guard open with card, so I stopped the machine.",
        "The site manager said just put the override key in, and I told him no.",
    ],
)
def test_safe_practice_and_owned_mistakes_in_plain_words_are_not(sentence: str) -> None:
    assert "unsafe" not in codes(HOW_Q, f"{sentence} That way the shift runs safely.")


def test_a_mistake_story_may_tell_the_corner_cut_but_not_a_cover_up() -> None:
    q = "Tell me about a time you made a mistake."
    told = (
        "I attended a shoplifting and seized the CCTV. What I didn't do was check the disc "
        "before I left, and back at the station it was blank. I told my sergeant straight "
        "away, went back for a copy the same day, and I now play every disc before I leave."
    )
    hidden = (
        "On a busy ward I gave a patient his antibiotic two hours late. He was fine, so I "
        "signed the chart as if it had gone in on time, because an incident form would have "
        "meant a meeting. I keep a closer eye on the clock now."
    )
    assert "unsafe" not in codes(q, told)
    assert "unsafe" in codes(q, hidden)


@pytest.mark.parametrize(
    "answer",
    [
        LADDER.format(x="always put the scaffold tower up, i never lean the ladder on the frame"),
        "Lock off, prove dead, safe isolation first, I'm no cutting corners on that.",
        "With unvented and gas you can't cut corners, so I test every joint before I leave.",
        "I'd never do it live: I'd turn the board off, lock it and prove it dead.",
        "Some lads don't bother with the tower, but I put it up every time, whatever the job.",
        "Whoever did that fitting before me had cut corners, so I redid it to the regs.",
        "I told my manager straight away rather than trying to fix it quietly.",
    ],
)
def test_a_corner_refused_or_others_is_not_unsafe(answer: str) -> None:
    assert "unsafe" not in codes(SAFETY_Q, answer)


def test_a_corner_cut_and_owned_as_a_mistake_is_a_failure_story() -> None:
    story = (
        "On a full colour last spring I skipped the strand test because we were running late. "
        "That was on me, and the client's ends went orange. I told her straight, didn't charge "
        "her, toned it back the same afternoon and she rebooked. Now I never skip the strand "
        "test, however late we are."
    )
    assert "unsafe" not in codes("Tell me about a mistake you made.", story)
    m = safety_cues.UNSAFE.search(story.lower())
    assert m is not None  # the words match; it is the ownership that clears them


def test_the_unsafe_method_is_named_not_called_off_the_question_and_is_not_kept() -> None:
    q = "What would you do if you had to change a light fitting and couldn't find the breaker?"
    a = (
        "Honestly I'd just do it live. I've done it loads of times, you keep one hand behind "
        "your back and use insulated screwdrivers. Turning the board off annoys the customer, so "
        "it's quicker to be careful and crack on. Then I'd label the board properly."
    )
    fb = analyze_answer(q, a)
    found = {j.code for j in fb.judgements}
    assert "unsafe" in found and "off_question" not in found
    assert "do it live" not in fb.stronger_version.text
    assert "[say the safe way" in fb.stronger_version.text


@pytest.mark.parametrize(
    ("text", "slang"),
    [("cover it, and not suck it", False), ("the pay sucks", True), ("that sucked", True)],
)
def test_suck_is_slang_only_as_a_verdict(text: str, slang: bool) -> None:
    from interview_coach.analysis.tone_cues import PROFANITY

    assert bool(PROFANITY.search(text)) is slang


MISTAKE_Q = "Can you tell me about a mistake you've made in a job?"
ROOM = (
    "At the Grand Central Hotel I was doing my floor, fourteen rooms, and I serviced room 412 as "
    "a stayover when it was actually a checkout, so the new guests came in to a room that wasn't "
    "turned. {x} I apologised to the guest and redid the room in twenty minutes."
)


@pytest.mark.parametrize(
    "excuse",
    [
        "The list from the supervisor had it as a stayover, so it wasn't really down to me.",
        "The main thing is the office needs to make sure the lists are right before we get them.",
        "We can only go off what we're given, and reception hadn't updated the system.",
    ],
)
def test_blame_said_politely_is_blame(excuse: str) -> None:
    owned = "I hadn't checked the board at reception, which I should have done."
    assert "blame" in codes(MISTAKE_Q, ROOM.format(x=excuse))
    assert "blame" not in codes(MISTAKE_Q, ROOM.format(x=owned))


def test_modesty_about_a_success_is_not_blame() -> None:
    q = "Tell me about your proudest achievement at work."
    a = (
        "Last year our ward cut falls from nine a quarter to two. It wasn't all down to me: I "
        "set up the hourly rounding chart, trained the night staff on it over three weeks and "
        "checked it every morning, and the whole team kept it going."
    )
    assert "blame" not in codes(q, a)


def test_a_rant_about_customers_is_a_tone_and_a_calm_method_is_not() -> None:
    q = "How would you deal with an angry customer?"
    rant = (
        "To be honest customers these days are a nightmare. In the barbers you get blokes moaning "
        "that their fade isn't right when they've moved their head the whole time. I'm not going "
        "to stand there and be spoken to like that. If someone kicks off I tell them straight, if "
        "you don't like it go somewhere else. Most of them are just trying to get a free cut "
        "anyway. People have got no manners anymore."
    )
    calm = (
        "I let them talk first without interrupting, keep my voice calm, and say back what the "
        "problem is so they know I've understood. Then I tell them what I can do and by when. "
        "Last month a client was upset that his fade had grown out unevenly, so I tidied it free "
        "there and then and booked him in with me for his next cut. He's been back every month."
    )
    assert "negative_tone" in codes(q, rant)
    assert "negative_tone" not in codes(q, calm)


def test_questions_only_about_perks_are_named_and_dropped_from_the_stronger_version() -> None:
    q = "Do you have any questions for us?"
    perks = (
        "Yes, how many days holiday do I get, and can I take them in August? And how soon "
        "after starting can I get a pay rise? And are we allowed phones on the shop floor?"
    )
    work = (
        "Yes, what does a good first month look like for someone in this role? And how do you "
        "measure how the team is doing each week?"
    )
    fb = analyze_answer(q, perks)
    j = next(j for j in fb.judgements if j.code == "off_question")
    assert j.title == "Asks mostly about what the job gives you"
    assert "pay rise" not in fb.stronger_version.text
    assert "[ask about the work" in fb.stronger_version.text
    assert "off_question" not in codes(q, work)


def test_a_life_story_for_why_leaving_misses_the_question_and_a_family_reason_does_not() -> None:
    q = "Why do you want to leave your current job?"
    life = (
        "I've been at the Premier Inn for three years as a housekeeper. I'm from Blackpool "
        "originally, my family are still there and my mum runs a B&B on the front, so I've been "
        "making beds since I was ten. We go back most weekends. My partner's from Preston so "
        "that's why I moved here. We've just got a puppy as well, a cockapoo called Biscuit, so "
        "life's been a bit mad."
    )
    reason = (
        "I've been at the Premier Inn for three years as a housekeeper and I've learned a lot. "
        "My daughter starts school in September, so I'm looking for days that finish by three, "
        "and your school-hours shifts fit that. I'd also like to move towards supervising: I "
        "already train our new starters, and you promote floor supervisors from the team."
    )
    assert "off_question" in codes(q, life)
    assert "off_question" not in codes(q, reason)


def test_a_weakness_named_in_a_word_answers_the_question() -> None:
    a = (
        "Paperwork, easy. Give me a thousand bricks and I'm happy, give me a timesheet and I'm "
        "lost. On my last job I kept handing my day sheets in late and it held up the QS doing "
        "the valuations. So I sorted myself out: I fill the sheet in on my phone at the van "
        "before I drive home, every day. I've not been late with one in eight months. It's still "
        "not my favourite part of the job but it's not a problem anymore."
    )
    assert "off_question" not in codes("What would you say is your greatest weakness?", a)


def test_volunteering_is_experience_in_a_school_leavers_introduction() -> None:
    a = (
        "I'm Jordan, I'm eighteen and I've just finished my BTEC in Sport at Burnley College. "
        "I haven't had a paid job yet, but for the last two years I've volunteered every "
        "Saturday at Burnley parkrun, setting up the course at 7am and doing the barcode "
        "scanning, and last summer I was a volunteer coach at a kids' football camp for four "
        "weeks. I've applied for this warehouse role because I want steady full-time work."
    )
    assert "off_question" not in codes("Tell me a bit about yourself.", a)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        (
            "She's a lovely person, but she hadn't read the file properly, as usual, so I ended "
            "up doing her job for her.",
            "disparaging",
        ),
        ("Frankly he didn't understand the cost plan, engineers rarely do.", "disparaging"),
        (
            "I'm usually the most experienced person in the room, so people come round to my view.",
            "arrogance",
        ),
        ("Nobody else on the team really understands the platform like I do.", "arrogance"),
    ],
)
def test_polite_putdowns_and_quiet_arrogance_are_found(sentence: str, code: str) -> None:
    from answer_codes import clinic_story

    q = "Tell me about a time you dealt with a difficult situation at work."
    assert code in codes(q, clinic_story(sentence))
    assert code not in codes(q, clinic_story("I had twenty-two patients booked that morning."))


@pytest.mark.parametrize(
    "ending",
    [
        "Nobody's picked the wrong dish since.",
        "The head chef copied it in the other two kitchens.",
        "I kept the glass washer going the whole time so we never run out of plates all night.",
        "One couple actually came back the next week with a box of chocolates for us.",
        "He call the manager after to say thank you.",
    ],
)
def test_a_result_without_a_number_ends_the_story(ending: str) -> None:
    assert "no_result" not in codes(PRESSURE_Q, PRESSURE_OPEN + ending)


def test_a_short_rambling_answer_is_not_also_told_it_is_too_brief() -> None:
    q = "Tell me about a time you missed a deadline."
    a = (
        "Last year at Harlow & Pike Distributors, which is a family firm started in 1962 by the "
        "grandfather of our current MD, originally selling only garden tools, I was responsible "
        "for the monthly aged-debtors report to our finance director by the third working day. "
        "Our office was on the second floor next to the canteen, and the finance team was four "
        "people, plus a temp on Fridays. In March I missed the deadline by two days, because I "
        "underestimated the new acquisition accounts and did not tell anyone early. I went to "
        "the director, then finished and sent it on day five."
    )
    fb = analyze_answer(q, a)
    assert "rambling" in {j.code for j in fb.judgements}
    assert not any("too brief" in t.message for t in fb.tips)


def test_the_stronger_version_keeps_one_copy_of_a_repeated_word() -> None:
    a = (
        "um so my my weakness honestly is delegating i i kept taking on tasks myself when i "
        "became a coordinator so i started a handover board and i check back every two hours"
    )
    text = analyze_answer("What is your greatest weakness?", a).stronger_version.text
    assert "my weakness" in text and "I kept taking" in text
    assert "my my" not in text.lower() and "i i " not in text.lower()


def test_the_scene_of_a_story_told_to_its_share_stays_in_the_stronger_version() -> None:
    q = "Tell me about a time you disagreed with your manager."
    a = (
        "When I was HR business partner for the operations directorate, my director wanted to "
        "dismiss a warehouse supervisor after a second absence warning. I disagreed, because "
        "the absences were linked to a disability the supervisor had disclosed, and dismissing "
        "without adjustments would have exposed us to a discrimination claim. I asked for a "
        "one-to-one, brought the occupational health report and proposed a trial of adjusted "
        "hours with temporary cover. He agreed to a three-month trial. The supervisor's absence "
        "fell from 11 days a quarter to 2, and he stayed in post."
    )
    fb = analyze_answer(q, a)
    assert "rambling" not in {j.code for j in fb.judgements}
    assert "linked to a disability" in fb.stronger_version.text


def test_the_wrong_thing_done_oneself_is_the_mistake_not_its_background() -> None:
    a = (
        "In my first month as a dental nurse I set up a tray for a filling and I'd picked up "
        "the wrong shade of composite because two syringes looked the same in the drawer. The "
        "dentist noticed before she started, so the patient wasn't affected, but it cost five "
        "minutes on a tight list. I owned it straight away. At the end of the day I asked to "
        "relabel the drawer with the shade in big letters. Nobody's picked the wrong shade since."
    )
    assert "rambling" not in codes("Tell me about a time you made a mistake.", a)


def test_what_a_run_on_says_of_the_employer_is_not_background() -> None:
    a = (
        "uh so i've been fitting windows for six years with a small firm and we mostly do "
        "replacement upvc for houses and i want to move to you because you do the commercial "
        "aluminium side and the curtain walling and that's what i want to learn um i did my "
        "CSCS and my IPAF last year on my own money so i can go on the cherry picker and i like "
        "that you've got the in house training for the aluminium systems because there's nobody "
        "where i am now who can show me that"
    )
    assert "rambling" not in codes("Why do you want this job?", a)
