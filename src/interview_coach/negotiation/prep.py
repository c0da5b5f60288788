"""The preparation sheet for a negotiation: the market range, a target and a walk-away point,
an opening number with its reason, priorities across the whole package, and short scripts
for the moments that catch people out.

Pure: the market object (from `market.py`) and the candidate's own figures in, a sheet out;
`markdown` renders it. Every sentence is advice to adapt, not a script to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from interview_coach.negotiation.money import SYMBOLS, US_CURRENCY, money

# Where a target and an opening sit in the market range when the candidate gives none: an
# experienced hire aims above the median, and opens a little above the aim to leave room.
DEFAULT_TARGET_PERCENTILE = "p75"
OPENING_ABOVE_TARGET = 0.05
# The walk-away point suggested when none is given: the 25th percentile, below which the
# offer is in the bottom quarter of what people in the job earn.
DEFAULT_WALK_AWAY = "p25"

PRIORITIES = (
    ("Base salary", "It compounds: every raise and bonus is a share of it."),
    ("Bonus", "Ask for the target and how often it has been paid in full."),
    ("Signing bonus", "The easiest lever when the base band is fixed: a one-off cost."),
    # (Public bodies and most small firms grant none: the line says when it applies.)
    (
        "Equity",
        "Where the company grants shares or options: the number, the vesting and the "
        "last valuation.",
    ),
    ("Paid leave", "A few days more is cheap for them and worth a lot to you."),
    ("Remote work", "Days at home a week, written into the offer."),
    ("Start date", "Time to rest, or to finish well where you are."),
    ("Title", "It sets the band of your next role."),
    ("Relocation", "Moving costs, paid or reimbursed."),
    ("Learning budget", "Courses, conferences and certifications, a sum a year."),
    ("Benefits", "Health cover, pension or 401(k) match: compare them in dollars."),
)
# Benefits outside the US, without its words (401(k), dollars).
BENEFITS_ELSEWHERE = ("Benefits", "Health cover and pension: compare them as a sum a year.")


# Said when the wage survey has no yearly figures for the job and place (the web page says it
# once, above the sheet, rather than again among the sheet's notes).
NO_MARKET = (
    "No US market figures for this job and place: research a range for it, and set the "
    "target and walk-away point yourself."
)


@dataclass(frozen=True)
class PrepSheet:
    role: str
    market: dict[str, object] | None
    target: float | None
    walk_away: float | None
    opening: float | None
    opening_line: str
    alternative: str
    priorities: list[tuple[str, str]] = field(default_factory=list)
    scripts: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    currency: str | None = US_CURRENCY  # the job's pay's (None: not known, and not the US's)


def _round(value: float) -> float:
    return float(round(value / 1000) * 1000) if value >= 20_000 else round(value, 2)


def prep_sheet(
    role: str,
    market: dict[str, object] | None,
    *,
    target: float | None = None,
    walk_away: float | None = None,
    alternative: str = "",
    reason: str = "",
    currency: str | None = US_CURRENCY,
) -> PrepSheet:
    """A sheet for negotiating `role`, its sums in the job's `currency` (US benefits only for
    a job paid in dollars). Figures left out are suggested from the market."""
    notes: list[str] = []
    yearly = market is not None and market.get("period") == "year"
    if target is None and yearly:
        target = _round(float(market[DEFAULT_TARGET_PERCENTILE]))  # type: ignore[index, arg-type]
        notes.append("Target suggested at the market's 75th percentile: move it down if you "
                     "are new to the work, up if you bring rare skills.")  # fmt: skip
    if walk_away is None and yearly:
        walk_away = _round(float(market[DEFAULT_WALK_AWAY]))  # type: ignore[index, arg-type]
        notes.append("Walk-away point suggested at the 25th percentile: set your own from "
                     "what you need and what your alternative pays.")  # fmt: skip
    if not yearly:
        notes.append(NO_MARKET)
    opening = _round(target * (1 + OPENING_ABOVE_TARGET)) if target else None
    why = reason or "my experience and the results I can show"
    where = f" in {market['area']}" if market else ""
    # The median is quoted only when there is one: "(a median around the market rate)" says
    # nothing, and a figure made up would be worse.
    median = (
        f" (a median around {money(float(market['median']), currency)})"  # type: ignore[index, arg-type]
        if yearly
        else ""
    )
    unknown = SYMBOLS.get(str(currency).upper(), "") + "[your figure]"
    opening_line = (
        f"\"Based on what {role} roles pay{where}{median} and {why}, I'm "
        f'looking for around {money(opening, currency)}."'
        if opening
        else f'"Based on what {role} roles pay and {why}, I\'m looking for around {unknown}."'
    )
    scripts = [
        ("What are your salary expectations?", opening_line[1:-1]),
        (
            "What do you earn now?",
            "I'd rather focus on what this role is worth: for this scope, the market range is "
            + (
                f"{money(float(market['p25']), currency)} to "  # type: ignore[index, arg-type]
                f"{money(float(market['p75']), currency)}."  # type: ignore[index, arg-type]
                if yearly
                else "[the range you researched]."
            ),
        ),
        (
            "The verbal offer",
            "Thank you, I'm excited about the role. Could you send me the whole package in "
            "writing, so I can look at it properly? I'll come back to you by [day].",
        ),
        (
            '"The budget for base is fixed"',
            "I understand. Then could we look at a signing bonus, a review at six months, or an "
            "extra week of leave?",
        ),
        (
            'An exploding offer ("we need an answer by tomorrow")',
            "I want to say yes to the right package. I can give you an answer by [a reasonable "
            "day]; could we hold the offer until then?",
        ),
    ]
    return PrepSheet(
        role=role,
        market=market,
        target=target,
        walk_away=walk_away,
        opening=opening,
        opening_line=opening_line,
        alternative=alternative
        or "[your best alternative if this falls through: staying, another offer, a contract]",
        priorities=[
            BENEFITS_ELSEWHERE if name == "Benefits" and currency != US_CURRENCY else (name, why)
            for name, why in PRIORITIES
        ],
        scripts=scripts,
        notes=notes,
        currency=currency,
    )


def markdown(sheet: PrepSheet) -> str:
    """The sheet as Markdown."""

    def figure(value: float | None) -> str:
        return money(value, sheet.currency) if value else "[set it]"

    out = [f"# Negotiation prep: {sheet.role}", ""]
    m = sheet.market
    if m:
        out += [
            f"**Market:** {m['occupation']} ({m['soc']}), {m['area']}, per {m['period']}: "
            + ", ".join(
                f"{label} {money(float(m[k]), sheet.currency)}"  # type: ignore[arg-type]
                for label, k in (("10th", "p10"), ("25th", "p25"), ("median", "median"),
                                 ("75th", "p75"), ("90th", "p90"))
                if m.get(k) is not None
            )
            + f". Source: {m['source']}.",
            "",
        ]  # fmt: skip
    out += [
        f"- **Target:** {figure(sheet.target)}",
        f"- **Walk-away point:** {figure(sheet.walk_away)}",
        f"- **Your alternative:** {sheet.alternative}",
        f"- **Opening:** {figure(sheet.opening)}, with its reason: {sheet.opening_line}",
        "",
        "## Priorities across the package",
        "",
    ]
    out += [f"{i}. **{name}**: {why}" for i, (name, why) in enumerate(sheet.priorities, 1)]
    out += ["", "## What to say", ""]
    for moment, line in sheet.scripts:
        out += [f"- **{moment}** {line}"]
    if sheet.notes:
        out += ["", *[f"_{n}_" for n in sheet.notes]]
    return "\n".join(out) + "\n"
