"""Synthetic and hand-made Events for benchmarks, tests and demos.

``synthetic_events(n)`` makes any number of plausible events (deterministic for a
seed); ``sample_events()`` returns about forty hand-written events from
February to May 2025 with a handful of actors, for screenshots and tests.
All wording is our own.  Nothing here imports Qt.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.core.model import Event, EventMention, Precision, Status

_ACTORS = (
    "Government", "Parliament", "Opposition", "Central Bank", "EU Commission", "NATO",
    "United Nations", "Trade Union", "Industry Association", "Supreme Court", "Police",
    "City Council", "Health Ministry", "Finance Ministry", "Foreign Ministry", "Army",
    "Energy Agency", "Rail Operator", "Airport Authority", "Farmers' Union", "Teachers",
    "Doctors' Chamber", "Green Party", "Liberal Party", "Conservative Party", "Mayor",
    "Prime Minister", "President", "Chancellor", "Governor",
)
_VERBS = (
    "meets", "calls", "criticises", "announces plan with", "signs deal with", "rejects offer of",
    "negotiates with", "warns", "visits", "sues", "praises", "postpones talks with",
)
_TOPICS = (
    "budget", "ceasefire", "tariffs", "pensions", "energy prices", "rail strike", "housing",
    "migration", "defence spending", "climate targets", "elections", "minimum wage",
)


def _mentions(event_first: date, event_last: date, precision: Precision, status: Status,
              actors: tuple[str, ...], articles: list[str], rng: random.Random) -> tuple[EventMention, ...]:
    k = min(len(articles), 1 + int(rng.expovariate(0.8)))
    chosen = rng.sample(articles, k)
    return tuple(
        EventMention(
            article_id=a, start=i * 100, end=i * 100 + 80, sentence="", date_text="",
            first=event_first, last=event_last, precision=precision, status=status, actors=actors,
        )
        for i, a in enumerate(chosen)
    )


def synthetic_events(
    n: int,
    *,
    seed: int = 0,
    start: date = date(2025, 1, 1),
    end: date = date(2025, 6, 30),
    n_actors: int = 24,
    n_articles: int = 60,
    range_fraction: float = 0.2,
    planned_fraction: float = 0.12,
    outliers: bool = True,
) -> list[Event]:
    """``n`` random but plausible events between ``start`` and ``end``.

    About ``range_fraction`` are month or multi-day ranges, ``planned_fraction``
    are planned.  Actor frequencies follow a Zipf-like law so lanes differ in
    size.  With ``outliers`` a few events lie in 2014 and 2022 (background
    mentioned by articles), as real corpora have.
    """
    rng = random.Random(seed)
    actors = list(_ACTORS[: max(1, min(n_actors, len(_ACTORS)))])
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(actors))]
    articles = [f"art{i:04d}" for i in range(max(1, n_articles))]
    span = max(1, (end - start).days)
    events: list[Event] = []
    for i in range(n):
        k = 1 if rng.random() < 0.5 else 2
        ev_actors = tuple(dict.fromkeys(rng.choices(actors, weights=weights, k=k)))
        status = Status.PLANNED if rng.random() < planned_fraction else Status.HAPPENED
        r = rng.random()
        if outliers and i % 997 == 13:
            year = 2014 if (i // 997) % 2 == 0 else 2022
            first = date(year, rng.randint(1, 12), 1)
            last = first
            precision = Precision.MONTH if rng.random() < 0.5 else Precision.DAY
            if precision is Precision.MONTH:
                last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        elif r < range_fraction * 0.5:
            first = start + timedelta(days=rng.randrange(span))
            first = first.replace(day=1)
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            precision = Precision.MONTH
        elif r < range_fraction:
            first = start + timedelta(days=rng.randrange(span))
            last = first + timedelta(days=rng.randint(2, 20))
            precision = Precision.RANGE
        else:
            first = last = start + timedelta(days=rng.randrange(span))
            precision = Precision.DAY
        verb = rng.choice(_VERBS)
        topic = rng.choice(_TOPICS)
        other = ev_actors[1] if len(ev_actors) > 1 else rng.choice(actors)
        label = f"{ev_actors[0]} {verb} {other} on {topic}"
        events.append(
            Event(
                id=f"ev{i:06d}", first=first, last=last, precision=precision, status=status,
                label=label, actors=ev_actors,
                mentions=_mentions(first, last, precision, status, ev_actors, articles, rng),
            )
        )
    return events


# (first, last, precision, status, label, actors, sources) -- our own summaries.
_D, _M, _R = Precision.DAY, Precision.MONTH, Precision.RANGE
_H, _P = Status.HAPPENED, Status.PLANNED
_SAMPLE: tuple[tuple[str, str, Precision, Status, str, tuple[str, ...], int], ...] = (
    ("2025-02-03", "2025-02-03", _D, _H, "Tariff threat against Canada paused", ("Trump", "Canada"), 2),
    ("2025-02-07", "2025-02-07", _D, _H, "Zelensky proposes exchange of territory", ("Zelensky",), 1),
    ("2025-02-12", "2025-02-12", _D, _H, "Trump and Putin talk by phone", ("Trump", "Putin"), 6),
    ("2025-02-12", "2025-02-12", _D, _H, "Hegseth rules out NATO path for Kyiv", ("Hegseth", "NATO"), 4),
    ("2025-02-14", "2025-02-16", _R, _H, "Security conference in Munich", ("Vance", "Zelensky"), 5),
    ("2025-02-14", "2025-02-14", _D, _H, "Vance criticises European governments", ("Vance",), 3),
    ("2025-02-18", "2025-02-18", _D, _H, "US and Russian delegations meet in Riyadh", ("Rubio", "Lavrov"), 6),
    ("2025-02-19", "2025-02-19", _D, _H, "Trump calls Zelensky a dictator", ("Trump", "Zelensky"), 3),
    ("2025-02-23", "2025-02-23", _D, _H, "Federal election in Germany", ("Merz", "Scholz"), 4),
    ("2025-02-24", "2025-02-24", _D, _H, "Macron visits the White House", ("Macron", "Trump"), 2),
    ("2025-02-27", "2025-02-27", _D, _H, "Starmer meets Trump in Washington", ("Starmer", "Trump"), 2),
    ("2025-02-28", "2025-02-28", _D, _H, "Oval Office meeting ends in a row", ("Zelensky", "Trump", "Vance"), 7),
    ("2025-03-01", "2025-03-31", _M, _H, "Debate on European rearmament", ("EU Commission",), 3),
    ("2025-03-02", "2025-03-02", _D, _H, "European leaders gather in London", ("Starmer", "Macron", "Zelensky"), 4),
    ("2025-03-03", "2025-03-03", _D, _H, "US pauses military aid to Ukraine", ("Trump",), 5),
    ("2025-03-06", "2025-03-06", _D, _H, "EU summit backs defence plan", ("EU Commission", "Macron"), 2),
    ("2025-03-11", "2025-03-11", _D, _H, "Ukraine accepts 30-day ceasefire idea in Jeddah", ("Rubio", "Zelensky"), 6),
    ("2025-03-13", "2025-03-13", _D, _H, "Putin sets conditions for a truce", ("Putin",), 4),
    ("2025-03-18", "2025-03-18", _D, _H, "Second Trump-Putin call: energy truce", ("Trump", "Putin"), 5),
    ("2025-03-18", "2025-03-18", _D, _H, "Bundestag loosens debt brake", ("Merz",), 3),
    ("2025-03-23", "2025-03-25", _R, _H, "Technical talks in Riyadh", ("Rubio", "Lavrov"), 3),
    ("2025-03-27", "2025-03-27", _D, _H, "Coalition of the willing meets in Paris", ("Macron", "Starmer"), 2),
    ("2025-04-01", "2025-04-30", _M, _H, "Negotiations on a minerals agreement", ("Trump", "Zelensky"), 3),
    ("2025-04-02", "2025-04-02", _D, _H, "Sweeping US tariffs announced", ("Trump",), 4),
    ("2025-04-09", "2025-04-09", _D, _H, "Tariffs paused for 90 days", ("Trump",), 3),
    ("2025-04-11", "2025-04-11", _D, _H, "Witkoff meets Putin in St Petersburg", ("Witkoff", "Putin"), 3),
    ("2025-04-17", "2025-04-17", _D, _H, "Talks in Paris on a peace framework", ("Rubio", "Macron"), 2),
    ("2025-04-19", "2025-04-20", _R, _H, "Easter truce declared by Moscow", ("Putin",), 4),
    ("2025-04-26", "2025-04-26", _D, _H, "Trump and Zelensky talk in St Peter's", ("Trump", "Zelensky"), 3),
    ("2025-04-30", "2025-04-30", _D, _H, "Minerals agreement signed", ("Trump", "Zelensky"), 4),
    ("2025-05-06", "2025-05-06", _D, _H, "Merz elected chancellor", ("Merz",), 3),
    ("2025-05-08", "2025-05-10", _R, _H, "Three-day truce around Victory Day", ("Putin",), 2),
    ("2025-05-10", "2025-05-10", _D, _H, "European leaders visit Kyiv", ("Merz", "Macron", "Starmer"), 4),
    ("2025-05-15", "2025-05-15", _D, _P, "Putin invited to talks in Istanbul", ("Putin", "Zelensky"), 2),
    ("2025-05-16", "2025-05-16", _D, _H, "Delegations meet in Istanbul", ("Lavrov", "Zelensky"), 5),
    ("2025-05-19", "2025-05-19", _D, _H, "Third Trump-Putin call", ("Trump", "Putin"), 4),
    ("2025-05-23", "2025-05-25", _R, _H, "Large prisoner exchange", ("Zelensky", "Putin"), 3),
    ("2025-06-02", "2025-06-02", _D, _P, "Second round of talks planned", ("Lavrov", "Zelensky"), 2),
    ("2025-06-01", "2025-06-30", _M, _P, "EU prepares new sanctions package", ("EU Commission",), 2),
    ("2025-06-24", "2025-06-25", _R, _P, "NATO summit in The Hague", ("NATO", "Trump"), 3),
    ("2014-03-18", "2014-03-18", _D, _H, "Annexation of Crimea", ("Putin",), 2),
    ("2022-02-24", "2022-02-24", _D, _H, "Full-scale invasion begins", ("Putin",), 3),
)


def sample_events() -> list[Event]:
    """About forty realistic hand-made events (Feb-Jun 2025 plus 2014 and 2022)."""
    events = []
    for i, (f, l, prec, status, label, actors, sources) in enumerate(_SAMPLE):
        first, last = date.fromisoformat(f), date.fromisoformat(l)
        mentions = tuple(
            EventMention(
                article_id=f"article-{(i + k) % 9}", start=k * 50, end=k * 50 + 40, sentence="",
                date_text="", first=first, last=last, precision=prec, status=status, actors=actors,
            )
            for k in range(sources)
        )
        events.append(Event(id=f"s{i:02d}", first=first, last=last, precision=prec, status=status,
                            label=label, actors=actors, mentions=mentions))
    return events


SAMPLE_ARTICLE_TITLES = {f"article-{k}": f"Sample article {k + 1}" for k in range(9)}
