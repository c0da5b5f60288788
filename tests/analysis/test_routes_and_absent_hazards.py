"""Two false alarms of the unsafe-practice judgement, each with its twin that is still named:
a road gone round is a route, not a step left out, and kit not worn where its hazard is not
there is not a corner cut."""

from __future__ import annotations

import pytest

from answer_codes import codes

DAY_Q = "Talk me through a typical day."


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("I collect the sample bottles first. I bypass the town centre in the morning and use "
         "the ring road, much quicker.", False),
        ("I collect the sample bottles first. I bypass the interlock on the sampler in the "
         "morning, much quicker.", True),
        ("On the early run I skip the traffic on the high street by going round the back "
         "lanes, it saves me a good twenty minutes.", False),
        ("On the early run I skip the walk-round check on the van, it saves me a good twenty "
         "minutes.", True),
    ],
)  # fmt: skip
def test_a_road_gone_round_is_a_route_not_a_step_left_out(answer: str, unsafe: bool) -> None:
    assert ("unsafe" in codes(DAY_Q, answer)) is unsafe


@pytest.mark.parametrize(
    ("answer", "unsafe"),
    [
        ("When I'm only putting down snap traps I don't wear a respirator, because there's no "
         "chemical involved, but for any fumigation I'm in full RPE.", False),
        ("When I'm only putting down snap traps I don't wear a respirator, because it slows me "
         "down, and for most fumigation I'm the same.", True),
        ("I don't wear a respirator on most jobs because there's no need, I've done this for "
         "years.", True),
    ],
)  # fmt: skip
def test_kit_left_off_where_its_hazard_is_absent_is_not_a_corner_cut(
    answer: str, unsafe: bool
) -> None:
    assert ("unsafe" in codes(DAY_Q, answer)) is unsafe
