"""Fillers and hedges are decided by context: the same word can be a filler or not."""

from __future__ import annotations

import pytest

from interview_coach.analysis import delivery as dl
from interview_coach.analysis.spans import SpanMaker
from interview_coach.nlp.text import tokenize


def _fillers(text: str) -> list[str]:
    ws = dl.prepare_words(tokenize(text))
    return [m.text.lower() for m in dl.find_fillers(ws, SpanMaker(text))]


def _hedges(text: str) -> list[str]:
    ws = dl.prepare_words(tokenize(text))
    return [m.text.lower() for m in dl.find_hedges(ws, SpanMaker(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, I led the team.", ["um"]),
        ("We were, uh, behind and, er, hmm, stuck.", ["uh", "er", "hmm"]),
        ("I like Python a lot.", []),
        ("We built something like a dashboard.", []),
        ("It looks like the cache was cold.", []),
        ("We used tools like Jira and Asana.", []),
        ("It was, like, really chaotic.", ["like"]),
        ("And like we had no owner for it.", ["like"]),
        ("It took like three weeks.", ["like"]),
        ("Do you know the answer?", []),
        ("You know how to read a balance sheet.", []),
        ("And, you know, nobody owned it.", ["you know"]),
        ("It was late, you know.", ["you know"]),
        ("What I mean is that we lacked data.", []),
        ("I mean it when I say I care.", []),
        ("I mean, we had no budget.", ["i mean"]),
        # Padding opens a sentence or sits among hesitations; inside a clause it keeps its sense.
        ("Basically, it was broken.", ["basically"]),
        ("So, uh, literally nobody owned it.", ["uh", "literally"]),
        ("It was basically broken.", []),
        ("I literally counted every box.", []),
        ("She was the only one who actually showed up.", []),
        # Said twice, "like" restarts; after "with" it never compares.
        ("it was like, like, chaos on the floor", ["like", "like"]),
        ("she was like, like, what have you done", ["like"]),
        ("somewhere with like actual ownership", ["like"]),
        ("comparing like with like", []),
        # A closing tag at the very end of an unpunctuated answer, not the verb or "what it's like".
        ("they were grand with each other after that like", ["like"]),
        ("it could have been a lot worse like", ["like"]),
        ("we can start on monday if you'd like", []),
        ("now i know what the night shift is like", []),
        ("she said it looks like", []),
        # After "be", an intensifier that runs on describes; a figure after "like" is rough.
        ("she was like really strict about handover", ["like"]),
        ("the freezer was like minus sixty", ["like"]),
        ("down to like once a month", ["like"]),
        # After a preposition "like" is neither the verb nor a comparison; after "to" only
        # a figure makes it rough ("I started to like the work" is the verb).
        ("the response came down to like eighty milliseconds", ["like"]),
        ("you look it up in like constant time", ["like"]),
        ("i was up till like midnight doing it", ["like"]),
        ("I started to like the work after a month.", []),
        ("I used to like the early shifts.", []),
        # "there's like…" hedges; "be like" before "more" describes; "family" is no adverb.
        ("six months later there's like a damp patch on the wall", ["like"]),
        ("something that is like more easy for nurses", ["like"]),
        ("the regulars are like family to me", []),
        # "I just like made": no past tense follows the verb "like".
        ("so i just like made a spreadsheet of sponsors", ["like"]),
        # "felt like" before a negation is "as if"; "like too many" after a plural is an example.
        ("some of them said it felt like nobody had asked them", []),
        ("overloads like too many kettles on one circuit", []),
        # "Em," set off by pauses is a hesitation; run into a clause it is "them".
        ("Em, the first thing I did was ask them why.", ["em"]),
        ("I told them to give em a call back.", []),
        # After a verb of saying, "you know" before a clause is the words reported.
        ("my advisor told me you know you don't have to answer everything", []),
        # Degree words, "not", "a bit" and "all the" after "be like" describe; nothing is quoted.
        ("the queue was like way out the door", ["like"]),
        ("by noon the stock was like all the wrong sizes", ["like"]),
        ("honestly i was like a bit lost on day one", ["like"]),
        ("the course was like not useful at all", ["like"]),
        ("he was like proper upset about the rota", ["like"]),
        ("we were like already late for the handover", ["like"]),
        ("she was like honestly we can't take more bookings", []),
        ("she was like, not today", []),
        # After "look" or "sound", a bare adjective is no comparison; a noun after it is.
        ("the first draft looked like awful to be fair", ["like"]),
        ("on the recording i sounded like really rude to her", ["like"]),
        ("that sounds like good news for the team", []),
        ("the van looked like new after the valet", []),
        # "not like" before a verb in -ing; a figure after "minus"; quantities after a
        # preposition; a bare verb or a past form after a contracted subject.
        ("i'm not like panicking about it any more", ["like"]),
        ("it's not like cheating if the rules allow it", []),
        ("the cellar got down to like minus four", ["like"]),
        ("we ran at something like minus four overnight", []),
        ("i wrote it for like everyone in the depot", ["like"]),
        ("when it breaks i'll just like reset the router", ["like"]),
        ("by spring we'd like rewrote the whole checklist", ["like"]),
        ("I'd like paid overtime to be fair", []),
        ("she kept talking like very quickly to the client", ["like"]),
        ("I mean, the training was like difficult for everyone", ["i mean", "like"]),
        # A verb after "would like" with its object, "to just like" before a bare verb, "it
        # like" before a verb in -s, "kept like" before -ing, "since like", "real" and an
        # adjective; "goes like," quotes; "like I promised" is "as".
        ("the old boss would like redo everything we sent him", ["like"]),
        ("she'd like always leave the till open", ["like"]),
        ("I'd like more time on the rota", []),
        ("i don't want to just like sit there all shift", ["like"]),
        ("the queue it like slows me down at lunch", ["like"]),
        ("the pump kept like tripping every night", ["like"]),
        ("I kept like a notebook in my apron", []),
        ("i've worked there since like year ten", ["like"]),
        ("some of the new lads were like real shy at first", ["like"]),
        ("then my manager goes like, you can do this", []),
        ("I sent the rota on Monday, like I promised her I would.", []),
        ("which I mean already you know where it's going", ["i mean"]),
        ("it's confusing for new people you know I mean even for me", ["you know", "i mean"]),
        ("I mean that literally, the van was on fire.", []),
        # "I mean" before a subject or a finished verb opens a clause.
        ("i knew that i mean she honestly didn't", ["i mean"]),
        ("we shipped i mean it wasn't perfect", ["i mean"]),
        ("I mean it when I say it.", []),
        # "you know what I mean" closing a point is one tag; asked, it is a question.
        ("nothing worse than that you know what i mean", ["you know what i mean"]),
        ("Do you know what I mean?", []),
        ("So that we could ship on time, I cut scope.", []),
        ("I would like to lead a team.", []),
        ("The actual cost was lower.", []),
        ("I'm between jobs, I guess, like I've been freelancing.", ["like"]),
        # "you know" before a finite verb, a figure or "which" and a verb is a tag.
        ("he apologised which you know doesn't happen much", ["you know"]),
        ("it taught me pressure you know ten people waiting", ["you know"]),
        ("i waited for the ambulance you know which knocked my round out", ["you know"]),
        ("you know the ones on the top shelf", []),
        # "was like the best…": no one is quoted, nothing compared.
        ("in tenth grade it was like the best thing ever", ["like"]),
        ("she was like, the best we can do is Friday", []),
        ("it was like a second home to me", []),
        # With no pause, an intensifier or adjective that goes on describes; a quote stops.
        ("people were like just turning up and leaving", ["like"]),
        ("i'm like fine with that", ["like"]),
        ("he was like, just leave it", []),
        ("she was like really?", []),
        # The verb "like" takes "to" or "-ing", never a bare verb.
        ("and then i like go for a run", ["like"]),
        ("i like work that has a clear end", []),
        # A comparison never takes "because": "it's hard like because…".
        ("it's hard like because i enjoy that bit", ["like"]),
        ("which was like terrifying as a new teacher", ["like"]),
        # "I like" or "to like" before a verb with its object: the verb "like" takes no verb.
        ("so i like reset the till every night", ["like"]),
        ("i try to like reset the call", ["like"]),
        ("i like cars the most", []),
        # A "like" no other reading explains runs on into a clause, a determiner or a
        # preposition; before a bare noun or a name it gives an example.
        ("i talk too much on calls like i get on with everyone", ["like"]),
        ("the pressure is mostly time like you've got fifteen minutes", ["like"]),
        ("the worst job ever like on saturdays the queue is huge", ["like"]),
        ("it's not just that like last week she asked again", ["like"]),
        ("a concrete action like repair, not a slogan", []),
        ("a hotel like Bayview Suites", []),
        ("a firm like yours", []),
        ("her prescription was the same like before", []),
        ("the doors went in on the Friday like I promised", []),
        ("their children like coming to school", []),
        ("what's the culture like in the kitchen", []),
        ("first I'd compare like with like: the closing balance", []),
        ("we audited the areas first, like fixed assets and accruals", []),
        # A hedge before a negation, after "which", or after "be" before a ranking or figure.
        ("I took the cash which like nobody had told me to do", ["like"]),
        ("on that job I like didn't check the forecast", ["like"]),
        ("he sent a card, which like never happens in claims", ["like"]),
        ("at the gym i was like the only instructor on the early shift", ["like"]),
        ("a walkaround is like a ten-minute job", ["like"]),
        ("the other two were like always late", ["like"]),
        ("it was a year like never before", []),
        # "as", and set comparisons.
        ("like we agreed in that meeting, I check them first", []),
        ("i tested every circuit like he showed me", []),
        ("now we get on like a house on fire", []),
        # An adverb, a past tense or a figure after "like": never a comparison.
        ("I found it hard at first, like physically hard to say it", ["like"]),
        ("I like completely forgot to lock the stockroom", ["like"]),
        ("so i like sat down with them", ["like"]),
        ("the coach turned up like forty-five minutes early", ["like"]),
        ("they want it to look like. Equally, I push back", []),
        # A bare verb after "I'd like" or "I just like"; "you" as the object before a figure.
        ("looking back, I'd like confirm arrival times in writing", ["like"]),
        ("when patients cancel I just like rebook them", ["like"]),
        ("I'd like help with the rota", []),
        ("even if it costs you like an extra twenty minutes", ["like"]),
        # "Like the same", "like every week", a comparative after "be", a thing's "was like,".
        ("the menus were like the same all summer", ["like"]),
        ("I would like the same for the night team", []),
        ("we swept the yard like every shift", ["like"]),
        ("most of our members are like older", ["like"]),
        ("which was like, for me, a shock", ["like"]),
        ("you can like hear the pump straining", ["like"]),
        # After a preposition, or between a verb and its object, "like" compares nothing.
        ("we ran out of oat milk on like day four", ["like"]),
        ("it caches that for like however long the ttl says", ["like"]),
        ("i can fix like near anything with a motor in it", ["like"]),
        ("they're pulling like a ton of water", ["like"]),
        ("it's something to like about the job", []),
        ("it worked like a charm", []),
        ("I get like that when I'm tired", []),
        ("I do like a challenge", []),
    ],
)
def test_fillers_in_context(text: str, expected: list[str]) -> None:
    assert _fillers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think it went well.", ["i think"]),
        ("It was kind of messy.", ["kind of"]),
        ("What kind of data did you use?", []),
        ("I just helped out a bit.", ["just", "a bit"]),
        ("We had just launched the app.", []),
        ("There were just two weeks left.", []),
        ("It hit revenue, not just compliance.", []),
        ("I'd say I'm good with customers.", []),
        ("Maybe it worked, probably.", ["maybe", "probably"]),
        ("I'm not sure it mattered.", ["i'm not sure"]),
        ("I believe in doing it right.", []),
        ("I led the migration and cut costs by 20%.", []),
    ],
)
def test_hedges_in_context(text: str, expected: list[str]) -> None:
    assert _hedges(text) == expected


def test_filler_spans_point_at_the_words() -> None:
    text = "So, um, I was, like, the only analyst."
    ws = dl.prepare_words(tokenize(text))
    marks = dl.find_fillers(ws, SpanMaker(text))
    assert [(text[m.start : m.end], m.kind) for m in marks] == [("um", "um"), ("like", "like")]


def test_repetitions_and_restarts() -> None:
    text = "I, I went to the the manager and we were we were stuck."
    ws = dl.prepare_words(tokenize(text))
    kinds = [(m.text, m.kind) for m in dl.find_repetitions(ws, SpanMaker(text))]
    assert ("I, I", "repeat") in kinds
    assert ("the the", "repeat") in kinds
    assert ("we were we were", "restart") in kinds


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We had three, sorry, four teams.", True),
        ("What was the name or wait the year of the treaty?", True),
        ("It cost ten, I mean twelve thousand.", True),
        ("There was no plan at all.", False),
        ("No, I did not escalate it.", False),
        ("I'm sorry to say it failed.", False),
        ("What we did, um, how we fixed it was simple.", True),
        ("We chose speed rather than polish.", False),
        ("I'd rather not guess the number.", False),
    ],
)
def test_self_corrections(text: str, found: bool) -> None:
    ws = dl.prepare_words(tokenize(text))
    assert bool(dl.find_self_corrections(ws, SpanMaker(text))) is found


def test_vocabulary_mattr_is_length_robust() -> None:
    varied = [f"w{i}" for i in range(200)]
    repetitive = ["the", "team", "and", "i"] * 50
    assert dl.measure_vocabulary(varied).moving_average_ttr == 1.0
    assert dl.measure_vocabulary(repetitive).moving_average_ttr < 0.2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "know" takes a thing or a clause, never "with…", an adverb or an "-ing" verb.
        ("i want to be on a proper team now you know with code review", ["you know"]),
        ("this lady rang up you know absolutely furious", ["you know"]),
        ("i rang every haulier in the county you know begging", ["you know"]),
        ("got him a taxi you know paid for it myself", ["you know"]),
        ("if you know nothing about the system, ask", []),
    ],
)
def test_you_know_before_what_know_cannot_take(text: str, expected: list[str]) -> None:
    assert _fillers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A clause run on after "like" is the marker; "as" where what follows says so.
        ("he was short with me in front of patients like he'd just snap at me", ["like"]),
        ("my weakness is putting things off like i'll know it's due on friday", ["like"]),
        ("he kept poaching my clients like he'd tell them his plan was better", ["like"]),
        ("the fix went in like you'd expect and nobody noticed", []),
        ("i gave the report on monday like he'd asked", []),
        # "like a whole…", "like a couple…": an amount given roughly; a comparison stays.
        ("which took our department like a whole summer", ["like"]),
        ("there wasn't like a couple of spare vans left", ["like"]),
        ("it felt like a whole new job after the merger", []),
        ("we had something like a dozen returns that week", []),
        ("i check the gauges like every single shift", ["like"]),
    ],
)
def test_like_before_a_run_on_clause_or_a_rough_amount(text: str, expected: list[str]) -> None:
    assert _fillers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb that needs an object takes none from "like": the marker sits between them.
        ("the hash gives you like an index into the table", ["like"]),
        ("i reconciled the tills and missed like a small gap in the float", ["like"]),
        ("we shipped like actual features in the first month", ["like"]),
        ("he treated me like a child in front of the team", []),
        # "to like" after going somewhere; after "came" or "started" it is the verb.
        ("the other candidate went to like every club meeting", ["like"]),
        ("i sent the van to like the wrong depot", ["like"]),
        ("i came to like the early starts", []),
        ("i started to like the paperwork side", []),
        # A bare verb after "'d like" or "could like": "would like" takes "to" or an object.
        ("it's grand now, we'd like swap halfway through a shift", ["like"]),
        ("somewhere i could like own a feature end to end", ["like"]),
        # A tag that closes its sentence; the verb, "be like" and "what it was like" do not.
        ("it wasn't going to work with the joists, like. I told him straight.", ["like"]),
        ("the quieter ones came out with great ideas like. It worked.", ["like"]),
        ("we can start on monday if you'd like. I told them so.", []),
        ("they asked me what the job was like. I told them straight.", []),
        ("pick whichever shift you like. I told them so.", []),
        # "a lot" after a verb, an adjective after "be like".
        ("writing it down has helped like a lot", ["like"]),
        ("looking after old people is like natural for us", ["like"]),
    ],
)
def test_like_where_no_verb_or_comparison_can_stand(text: str, expected: list[str]) -> None:
    assert _fillers(text) == expected
