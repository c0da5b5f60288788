"""Phrase patterns for the lesson taken from a story, learned in words ("I learned") or acted
on ("since then I check…", "then I fixed the cause"). Companion of `outcome_cues.py`, which
reads how the story ended.
"""

from __future__ import annotations

from interview_coach.analysis.patterns import rx

# Distrust learned is cynicism, not a lesson: "I've learned not to trust whoever signed it out"
# (a sneer, `sneer_cues.SARCASM`).
DISTRUST_LEARNED = r"(?:not|never) to (?:trust|rely on|count on|believe)\b"
_DISTRUST = r"(?! " + DISTRUST_LEARNED + r")"
# The job one holds now, which "now I …" names without any practice changed: "now I run the
# night shift every weekend", "now I supervise the commercial team".
_JOB_HELD = r"lead|manage|run|supervise|oversee|cover|teach"

LESSON = rx(
    # (A skill picked up is not a lesson: "I learned all the fittings' names", "I learned the
    # ropes", "I learned to use the till".)
    r"i (?:learned|learnt|learn)(?! (?:all|some|basic|a bit of|bits of|loads of|lots of|my way "
    r"around|how to use|to use|to drive|on the job|the ropes|the basics|the names|the trade|the "
    r"system|the software|the till)\b)" + _DISTRUST,
    # The change in oneself or one's practice, said as such: "what I do differently is…", "I
    # came away more confident", "I don't close a wall up now until…" (not "what I changed
    # was the label printer", a thing changed in the story).
    # (A word may stand between: "What I do now, mind, is plan…"; a pattern ends on a word,
    # as the patterns are bounded at word edges.)
    r"what i (?:do differently|do now)(?:,? (?:[\w'’-]+,? )?(?:is|was)|, i)",
    r"what i(?:'ve| have) done since\b",
    r"(?:i|we) came away (?:[\w'’-]+ ){0,3}?(?:more|with|feeling|knowing)\b",
    r"i (?:don't|never|always) (?:[\w'’-]+ ){1,4}?now (?:until|before|without|unless)\b",
    r"(?:taught|reminded) me",
    # The lesson headed as such: "Lesson: always have the kit on site".
    r"lessons?(?: (?:learned|learnt|for me))?:",
    r"(?:reinforced|confirmed) (?:for me|to me|my|that)",
    r"(?:it|that|this|which) (?:showed|made) me (?:realise|realize|see|understand|think|that)",
    # A practice changed because of what happened is the lesson acted on.
    # "After that I started…" is as often the next step of the story; after it, only a
    # changed practice counts ("after this I changed our loan procedure").
    r"(?:after (?:that|this)|afterwards),? (?:i|we) (?:changed|introduced|added|wrote|set up|"
    r"built|updated|rewrote) (?:our|the|a|an|my) (?:[\w-]+ ){0,6}?(?:procedure|process|policy|"
    r"checklist|check|rule|rota|template|system|sheet|form|guidance|training)",
    r"(?:after (?:that|this)|afterwards),? (?:i|we) (?:suggested|proposed|pushed for|asked for) "
    r"(?:[\w'’-]+ ){0,6}?(?:procedure|process|policy|checklist|check|rule|rota|template|"
    r"sheet|form|guidance|training)",
    # Any change made afterwards whose purpose is that it does not happen again: "afterwards I
    # suggested a flag on the booking screen, so nobody asks for payment at the desk".
    r"(?:after (?:that|this)|afterwards),? (?:i|we) (?:suggested|proposed|pushed for|asked for|"
    r"introduced|added|set up|changed|made|wrote|built) [^.;!?]{3,80}?,? so (?:that )?(?:nobody|"
    r"no one|no-one|it|this|that|the same|we never|we don't|we always|every|everyone|we're "
    r"never|we are never|we're not|it's never|it never)\b",
    # A rule brought in afterwards, in any voice: "after that mi start a rule: every junior
    # haffi show me the picture", "afterwards we brought in a check".
    r"(?:after (?:that|this)|afterwards|from then),? (?:i|we|mi|me) (?:start|started|made|brought "
    r"in|put in|set|introduced|begin|began) (?:a |an |our |my )?(?:new )?(?:rule|check|system|"
    r"policy|process|routine|habit|sign-off)\b",
    # The step written into how the place works: "I then added the pre-pour taste to our
    # service checklist" (a change to a shared routine, not to this one case).
    r"(?:i|we) (?:then |also |later )?(?:added|wrote|built|put) (?:[\w'’-]+ ){1,5}?(?:in)?to "
    r"(?:our|the|every) (?:[\w-]+ ){0,3}?(?:procedures?|policy|checklists?|templates?|"
    r"induction|handover sheet|sop)\b",
    # A realisation said in the present: "now I see delegating is part of being a good nurse".
    r"now i (?:see|know|understand|realise|realize)\b",
    r"i (?:see|know|understand|realise|realize) now\b",
    # The same change had made by others: "I got the tank added to the pre-departure sheet".
    r"(?:i|we) (?:got|had) (?:it|that|this|them|the [\w-]+(?: [\w-]+)?) (?:added|written|put) "
    r"(?:in)?to (?:our|the|a|an|my|every) (?:[\w-]+ ){0,4}?(?:procedures?|process|policy|"
    r"checklists?|sheets?|templates?|rota|guidance|training|induction|handover)\b",
    # Putting right the cause, not only the case: "then I fixed the cause", "so it can't
    # happen again".
    r"(?:fixed|tackled|addressed|removed|dealt with) the (?:root |underlying |real )?cause",
    r"so (?:it|that|this|the same thing) (?:can't|cannot|couldn't|won't|wouldn't|would never|"
    r"never|doesn't|does not|didn't|did not) (?:happen|come up|get through)(?: again)?",
    r"(?:to|so as to) (?:stop|prevent) (?:it|that|this)(?: from)? (?:happening|recurring) again",
    r"(?:since then|from then on|ever since),? (?:i|we) (?:changed|added|introduced|"
    r"started|now|always|never|built|wrote|set up|made)",
    r"(?:now|these days|nowadays),? (?:any|every|all|each|no) [\w-]+ (?:[\w-]+ )?(?:goes|go|"
    r"gets|get|is|are|has|have)",
    # "lesson" alone is also what a teacher gives: only the lesson someone learned counts.
    r"lessons? (?:i |we )?(?:learned|learnt|here|there|for me)",
    r"(?:the|my|a|one|big|main|key|biggest|valuable|hard|real|important) lesson(?= ?:| (?:i|"
    r"was|is|for me|there|here|from|that)\b)",
    r"learn(?:ed|t) (?:a|my|the|that|this) lesson",
    r"what (?:stuck|stays|stayed) with me",
    # Why it worked, said looking back: "I think the key was not to argue in front of
    # everybody", "what made the difference was the call" (not "the key was in the lock";
    # "the trick is…" in the present is a method or a maxim, not a look back).
    r"the (?:key|trick|secret)(?: thing| part)? (?:was|there was) (?:to|not|that|being|"
    r"staying|keeping|making|getting|having|listening|asking)\b",
    r"what (?:really )?(?:made (?:the|all the) difference|worked) (?:was|there was)\b",
    # A change suggested afterwards that stuck: "I suggested a prompt card at each console,
    # and we now have one", "which the team still uses".
    r"(?:suggested|proposed|pushed for|asked for|made|wrote|built|set up|introduced) "
    r"[^.;!?]{3,80}?,? (?:and|which) (?:we|they|the team|everyone|everybody|the (?:ward|site|"
    r"office|shop|unit|depot|kitchen|school)) (?:now|still) (?:has|have|use|uses|do|does|"
    r"follow|follows|run|runs)\b",
    # (Not a career told in order: "since then I've been on nights with Roadline", "since
    # then I've worked at the Royal".)
    r"since then(?!,? (?:i|we)(?:'ve| have) (?:been (?:on|at|with|in|a|an|the|working|"
    r"employed|based)\b|worked (?:at|for|in|on|as)\b))",
    r"from then on",
    r"from that (?:day|night|shift|point|moment|job)(?: on(?:wards)?)?,? (?:i|we)",
    # Not a childhood: "ever since I was little".
    r"ever since(?: then| that \w+)?,? (?:i|we) (?!was\b|were\b|'?ve been|have been|had been)",
    r"(?:now|noo|these days|nowadays|today) i (?:always|make sure|check|ask|start|plan|build|"
    r"keep|try|set|write|flag|book|block|use|run|do|send|double-check|ring|call|phone)",
    r"next time",
    # A habit made after the mistake: "after that I made for myself a checklist", "after that
    # i make a calendar with all the peaks and i check it before i do the rota".
    r"(?:after that|afterwards|since then|from then),? (?:i|we) (?:make|made|created|create|set "
    r"up|built|started|start|keep|kept) (?:for (?:myself|me|us) )?(?:a|an|my own|our own) "
    r"(?:[\w-]+ )?(?:checklist|check list|calendar|list|template|rule|reminder|log|tracker|"
    r"spreadsheet|system|chart|diary|routine|note)",
    r"looking back",
    r"in hindsight",
    r"with hindsight",
    r"if i (?:did|had|could do) (?:it|that) (?:again|over)",
    r"i(?:'d| would) do (?:it |things |that )?differently",
    r"(?:changed|change) (?:how|the way) i",
    r"what i(?:'ve| have)? changed (?:since|afterwards|after that|was (?:how|the way|my|our|i\b))",
    # …or said as the change itself: "What I changed after: I don't book…", "what changed for
    # me is every bike now gets…".
    r"what i(?:'ve| have)? changed after(?=\s*[:;,.–—-])",
    r"what(?:'s| has)? changed for me\b",
    r"i(?:'ve| have) (?:since|started|changed|learned|learnt|become|got into the habit)"
    + _DISTRUST,
    r"i (?:take|took) (?:away|from)",
    r"going forward,? (?:i|we)",
    r"what i(?:'ve| have)? (?:take|took|taken|kept|carried|carry) (?:away|from|with me)",
    r"takeaway",
    r"made me (?:realise|realize|more|better|a better)",
    r"i now",
    r"i still (?:use|do|apply|write|check|keep|follow|run|ask|put|make) (?:[\w'’-]+ ){0,3}?(?:that|"
    r"this|the same) way\b",
    r"i still (?:use|do|apply)",
    # The new habit kept ever after: "I've done that every time since", "I've kept to it since".
    r"i(?:'ve| have) (?:done|kept (?:to|up)?|used|followed|stuck to) (?:that|it|this|them) "
    r"(?:every (?:time|shift|day|night|week)|ever) since\b",
    # The habit said with "now" at its end: "so I just double-check the address now".
    r"i (?:just |always |always just )?(?:double[- ]check|triple[- ]check|check|read|confirm|"
    r"verify|test|ask|write|plan|label|count|look)\w* (?:[\w'’-]+ ){0,5}?(?:now|these days|"
    r"nowadays|every (?:time|single time))\b",
    # A habit said as a rule for next time: "now if something bugs me, I bring it up".
    r"(?:now|these days|nowadays),? (?:if|when|whenever|any time|anytime|every time|before|"
    r"after|at the start of|at the end of) [^.!?]{0,60}?"
    r",? i (?:always |just |now )?(?!work|live|am|was|have a)\w+",
    # A weakness being worked on, said as practice under way: "so now I am practising…".
    r"now i(?:'m| am) (?:practising|practicing|working on|learning to|training myself)",
    # Scots and Northern forms of "what I took from it": "what I took fae it".
    r"(?:what|whit) i (?:took|take|learned|learnt) (?:fae|frae|off) (?:it|that|this)",
)


# Discovery words are a lesson only when said after the events ("I realised that asking early
# matters"), not when they tell the story ("I realised I had picked the 10 mg box").
LATE_LESSON = rx(
    r"i (?:realised|realized|discovered|understood)",
    # A practice changed, said of the work itself: "now every guide I write goes in front of
    # two real users", "these days each order we take gets read back".
    r"(?:now|these days|nowadays|since then),? (?:every|each) (?:\w+ ){1,2}?(?:i|we) \w+ "
    r"(?:goes|gets|is|has)\b",
    r"(?:it|that|this|which) showed me",
    # A step taken afterwards that recurs is a practice changed: "after that I brought in
    # temperature checks three times a day", "afterwards we did a walk-round before every
    # shift" (a step taken once is the story's next step).
    r"(?:after (?:that|this)|afterwards),? (?:i|we) [^.;!?]{3,80}?\b(?:every|each|daily|weekly|"
    r"nightly|(?:once|twice|\w+ times) an? (?:day|week|shift|month)|before any|whenever)\b",
    # A practice changed, told at its end in any verb: "now I map the heavy station
    # before every big night". Being, having and wanting say no practice ("now I work at…").
    # …with a particle or an emphatic "do": "now I go through every question out loud", "now I
    # does check every band, every class".
    r"(?:now|these days|nowadays),? i (?:does |do |always )?[a-z]+(?: through| over| round)? "
    r"(?:every|each)\b",
    # …or with the thing done between: "now I work oot the power budget at every survey".
    # (Not the job one holds now: "now I work for…", "now I run the night shift every weekend".)
    r"(?:now|these days|nowadays),? i (?:does |do |always )?(?!am\b|was\b|live|have|want|need|"
    + _JOB_HELD
    + r"|work (?:at|in|for|as|with)\b)[a-z]+ [^.;!?]{0,40}?\b(?:every|each|before any|whenever)\b",
    # A habit kept since, in the present ("after this I make the rota only from the app"), a
    # change that stuck ("which we still do now"), and the lesson passed on to newcomers ("I
    # tell the new drivers being late's never worth it").
    r"(?:after (?:that|this)|since then|from then),? (?:i|we) (?:now |always |only )?(?:make|do|"
    r"check|use|put|keep|write|read|count|ask|send|book|plan|print|label|test)s? (?:[\w'’-]+ )"
    r"{0,8}?(?:only|never|always|before|first)\b",
    # A habit since, said plainly: "after this I always ask for the boot", "now what I do is…".
    r"(?:after (?:that|this)|from then on),? (?:i|we) (?:now )?(?:always|never) [a-z]+",
    r"now what (?:i|we) do is\b",
    # A change that stands, said of the things changed: "now they are in different cupboard
    # with a red label", "now the two strengths live on separate shelves".
    r"now (?:they|the (?:two |both )?[\w-]+|both|each|all of them)(?: [\w-]+)? (?:are|is|live|sit|"
    r"get|go) (?:kept |stored )?(?:in (?:a |an )?(?:different|separate|their own)|on (?:separate|"
    r"different)|separated|labelled|labeled|locked)\b",
    # A rule kept since, said as what one no longer does: "now I don't price anything off a
    # drawing without going and measuring it myself".
    r"(?:now|these days|since then|from then on),? i (?:don't|do not|never|won't) (?:[\w'’-]+ )"
    r"{1,9}?(?:without|until|unless|before)\b",
    r"(?:which|and) (?:we|i|they) (?:all )?still (?:do|use|run|follow)(?: (?:it|that|them))?"
    r"(?: now| today| to this day)?\b",
    r"i (?:always |now |still )?(?:tell|teach|warn|remind) (?:the |all the |our |any |every )?"
    r"(?:new|young|junior|newer) [\w-]+",
    # The cause owned, looking back: "the root cause was mine", "the root cause was that I
    # was working from an email".
    r"the (?:root |real |underlying )?cause was (?:mine|me|my own|(?:that )?i\b|my\b)",
    # A practice others kept: "the bureau now uses it for every client".
    r"\bnow (?:uses?|follows?|runs?) (?:it|them|this|that|my|the same)\b[^.;!?]{0,40}?"
    r"\b(?:every|each|all)\b",
    r"(?:now|these days|nowadays),? i (?:always |never |first |also )?(?!(?:am|was|have|had|"
    r"think|feel|know|guess|work|live|"
    + _JOB_HELD
    + r"|want|need|like|love|look|looking|do|don't|can|could|would|will|just|really)\b)[a-z]+ "
    r"(?:the|my|a|an|every|each|before|after|"
    r"at|on|in|with|it|them|out|up)\b",
)
