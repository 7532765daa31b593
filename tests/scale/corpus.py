"""A synthetic news corpus of any size: our own template prose, varied enough to analyse.

Articles report fictional events (a strike on a hospital, a flood, a factory fire …) in
invented places, quoting invented people and institutions, from outlets on different
sides that disagree on numbers and blame and deny each other's accounts. Every sentence
is built here from templates; nothing is copied from real reporting. Files are written
as an analyst would drop them: Markdown with front matter, web pages and plain text.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

FIRST = (
    "Anton", "Maria", "Oleg", "Irina", "Defne", "Jonas", "Ilse", "Tomas", "Leyla", "Pavel", "Greta", "Samir",
    "Nadia", "Henrik", "Ayla", "Viktor", "Mira", "Emre", "Kasia", "Ruben", "Selin", "Bruno", "Zofia", "Ilkka",
)  # fmt: skip
LAST = (
    "Krall", "Lindqvist", "Varnov", "Malek", "Arslan", "Berg", "Marr", "Sokolova", "Duman", "Halloran",
    "Petrescu", "Novak", "Ostrowski", "Keller", "Yilmaz", "Haddad", "Moreau", "Tanaka", "Okafor", "Rasku",
)  # fmt: skip
ROLES = (
    "Defence Ministry spokesman", "Interior Minister", "UN spokesperson", "regional governor",
    "hospital director", "police chief", "Foreign Ministry spokeswoman", "mayor", "fire brigade commander",
    "aid coordinator", "opposition leader", "Health Minister",
)  # fmt: skip
SYLLABLES = ("hal", "vik", "tes", "sel", "nor", "ka", "ber", "gra", "dov", "lin", "mar", "ost", "ru", "zen")
EVENTS = (
    ("strike", "the strike on {place}", "struck"),
    ("flood", "the flood in {place}", "flooded"),
    ("fire", "the fire at the {place} chemical plant", "burned"),
    ("blast", "the explosion at {place} station", "hit"),
    ("collapse", "the bridge collapse in {place}", "collapsed"),
    ("protest", "the protests in {place}", "clashed"),
    ("outage", "the blackout across {place}", "cut"),
    ("shelling", "the shelling of {place} market", "shelled"),
)
CUES = (
    "said",
    "told reporters",
    "said in a statement",
    "wrote on social media",
    "insisted",
    "added",
    "warned",
)
DENIALS = ("denied", "rejected claims", "dismissed reports", "refuted suggestions")
CLAIMS = ("claimed", "alleged", "accused the other side of lying and said", "maintained")
BACKGROUND = (
    "The area has seen repeated clashes since the ceasefire collapsed in {month}.",
    "Roads into {place} remained closed on {day}, and phone lines were down for most of the morning.",
    "Independent journalists have not been able to reach {place} to verify either account.",
    "The {place} district is home to about {population} people, many of whom fled last year.",
    "Aid convoys were expected to reach the town later in the week.",
    "Satellite images taken on {day} show damage to several buildings near the centre of {place}.",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SIDES = ("A", "B", "UN", "wire")


def upper_first(text: str) -> str:
    """Return ``text`` with its first letter capitalised (``str.capitalize`` lowercases the rest)."""
    return text[:1].upper() + text[1:]


def place_name(rng: random.Random) -> str:
    """Return an invented place name."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


@dataclass(frozen=True)
class Event:
    """One fictional event the outlets report."""

    kind: str
    name: str
    verb: str
    place: str
    date: str
    dead: int
    people: tuple[tuple[str, str], ...]
    """(role, full name) of the people quoted about it."""
    institutions: tuple[str, str]
    """The two sides' institutions, which blame each other."""
    nearby: tuple[str, ...]
    """Other places the reports mention."""
    topics: tuple[str, ...]
    """The aspects (keys of :data:`TOPICS`) the reports of this event cover."""
    figures: tuple[int, int, int]
    """Counts every outlet agrees on (hurt in dozens, lorries or hours or days, evacuated)."""


def make_event(rng: random.Random, number: int) -> Event:
    """Return event ``number``: a place, a date, a toll and the people who speak about it."""
    kind, name, verb = EVENTS[number % len(EVENTS)]
    place = place_name(rng)
    people = tuple((rng.choice(ROLES), f"{rng.choice(FIRST)} {rng.choice(LAST)}") for _ in range(5))
    land_a, land_b = place_name(rng), place_name(rng)
    return Event(
        kind,
        name.format(place=place),
        verb,
        place,
        f"2026-{1 + number % 10:02d}-{1 + number % 27:02d}",
        rng.randint(3, 240),
        people,
        (f"the {land_a}n Defence Ministry", f"the {land_b}n Interior Ministry"),
        tuple(place_name(rng) for _ in range(3)),
        tuple(rng.sample(sorted(TOPICS), 4)),
        (rng.randint(2, 9), rng.randint(2, 48), rng.randint(1, 30) * 100 + rng.randint(0, 99)),
    )


@dataclass(frozen=True)
class Outlet:
    """A news outlet and the side it leans to (it inflates or shrinks the toll)."""

    name: str
    side: str
    bias: float


def make_outlets(rng: random.Random, count: int) -> list[Outlet]:
    """Return ``count`` outlets spread over the sides."""
    kinds = ("Daily", "World", "Wire", "Herald", "Post", "News", "Observer", "Today")
    out = []
    for i in range(count):
        side = SIDES[i % len(SIDES)]
        bias = {"A": 0.5, "B": 1.8, "UN": 1.0, "wire": 1.1}[side]
        out.append(Outlet(f"{place_name(rng)} {kinds[i % len(kinds)]}", side, bias))
    return out


TOPICS = {
    "toll": (
        "“{dead} people were killed and {hurt} were hurt in {place},” {who} {cue}.",
        "According to {who}, at least {dead} civilians died and {n} buildings were damaged.",
        "{Who} put the number of dead at {dead}, among them {n} children.",
    ),
    "blame": (
        "{Who} {deny} that {own} had {verb} {place} on {day}.",
        "“It was {other} that {verb} {place}, not us,” {who} {cue}.",
        "{Who} {claim} that {other} was responsible for {event}.",
        "“There is no evidence that our forces were involved,” {who} told {outlet}.",
    ),
    "evacuation": (
        "{Own} said {n3} people had been evacuated from {place} by {day} evening.",
        "“Buses took {n3} residents to shelters in {place2},” {who} {cue}.",
        "Families from {place} were moved to a {venue} in {place2}, {who} {cue}.",
    ),
    "aid": (
        "{Who} {cue} that {n} lorries of {goods} were waiting at the {place2} checkpoint.",
        "“We need {goods} and {goods2} now, not next week,” {who} {cue}.",
        "A convoy carrying {goods} reached {place} on {day}, {who} {cue}.",
    ),
    "inquiry": (
        "“We have opened an investigation into {event},” {who} said on {day}.",
        "{Who} called for an independent inquiry into {event} and {cue} the findings must be public.",
        "Investigators from {place2} arrived on {day} to collect {evidence}, {who} {cue}.",
    ),
    "talks": (
        "Talks between the two sides will resume in {place2} on {day}, {who} {cue}.",
        "“No agreement is possible while {other} keeps lying about {event},” {who} {cue}.",
        "{Who} {cue} that the ceasefire around {place} would be extended by {n} days.",
    ),
    "services": (
        "Power and water were cut in {place} for {n} hours, {who} {cue}.",
        "“The {venue} is running on generators and has {n} beds left,” {who} {cue}.",
        "Schools in {place} will stay closed until {month}, {who} {cue}.",
    ),
}
GOODS = ("medicine", "flour", "blankets", "fuel", "drinking water", "tents", "baby food", "insulin")
VENUES = ("sports hall", "school", "hospital", "church", "stadium", "railway depot", "library")
EVIDENCE = ("shell fragments", "witness statements", "camera footage", "soil samples", "flight records")


def _slots(rng: random.Random, event: Event, outlet: Outlet) -> dict[str, str]:
    role, name = rng.choice(event.people)
    who = rng.choice((f"{role} {name}", name, name.split()[1], f"{name}, the {role.lower()},"))
    own, other = event.institutions if outlet.side in ("A", "wire") else event.institutions[::-1]
    dead = max(1, round(event.dead * outlet.bias * rng.uniform(0.9, 1.1)))
    goods = rng.sample(GOODS, 2)
    values = {
        "who": who, "own": own, "other": other, "dead": str(dead), "hurt": f"{event.figures[0]} dozen",
        "n": str(event.figures[1]), "n3": f"{event.figures[2]:,}",
        "place": event.place, "place2": rng.choice(event.nearby), "verb": event.verb, "event": event.name,
        "day": rng.choice(DAYS), "month": rng.choice(MONTHS), "outlet": outlet.name, "cue": rng.choice(CUES),
        "deny": rng.choice(DENIALS), "claim": rng.choice(CLAIMS), "venue": rng.choice(VENUES),
        "goods": goods[0], "goods2": goods[1], "evidence": rng.choice(EVIDENCE),
    }  # fmt: skip
    values.update({k.capitalize(): upper_first(v) for k, v in list(values.items())})
    return values


def _quote(rng: random.Random, event: Event, outlet: Outlet) -> str:
    """Return one attributed sentence on one of the event's topics."""
    template = rng.choice(TOPICS[rng.choice(event.topics)])
    return template.format(**_slots(rng, event, outlet))


def _background(rng: random.Random, event: Event) -> str:
    return rng.choice(BACKGROUND).format(
        place=event.place,
        month=rng.choice(MONTHS),
        day=rng.choice(DAYS),
        population=f"{event.figures[1] * 3},000",
    )


def article_body(rng: random.Random, event: Event, outlet: Outlet, paragraphs: int) -> list[str]:
    """Return the article's paragraphs: quotes, reported claims, denials and background."""
    out = []
    for _ in range(paragraphs):
        count = rng.randint(1, 4)
        sentences = [
            _quote(rng, event, outlet) if rng.random() < 0.7 else _background(rng, event)
            for _ in range(count)
        ]
        out.append(" ".join(sentences))
    return out


def news_sentences(seed: int, count: int) -> str:
    """Return ``count`` varied news sentences about one event (for long property texts)."""
    rng = random.Random(seed)
    event, outlet = make_event(rng, seed), make_outlets(rng, 4)[seed % 4]
    return " ".join(
        _quote(rng, event, outlet) if rng.random() < 0.7 else _background(rng, event) for _ in range(count)
    )


def _render(fmt: str, title: str, outlet: Outlet, date: str, body: Sequence[str], rng: random.Random) -> str:
    byline = f"By {rng.choice(FIRST)} {rng.choice(LAST)}"
    caption = f"Photo: the scene on {rng.choice(DAYS)} (handout)"
    if fmt == "md":
        front = f"---\ntitle: {title}\nsource: {outlet.name}\ndate: {date}\n---\n\n"
        return front + f"# {title}\n\n{byline}\n\n" + "\n\n".join(body) + f"\n\n{caption}\n"
    if fmt == "html":
        paragraphs = "".join(f"<p>{p}</p>" for p in body)
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:site_name" content="{outlet.name}">'
            f'<meta property="article:published_time" content="{date}T08:00:00Z"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>'
            f'<p class="byline">{byline}</p><figure><figcaption>{caption}</figcaption></figure>{paragraphs}'
            "</article><footer>© 2026 All rights reserved</footer></body></html>"
        )
    return f"{title}\n\n{outlet.name}, {date}\n\n" + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 0, per_event: int = 20) -> list[Path]:
    """Write ``count`` article files into ``folder``; return their paths.

    Parameters
    ----------
    folder : Path
        Created if needed.
    count : int
        Number of articles.
    seed : int
        The same seed always writes the same files.
    per_event : int
        Articles per event (outlets reporting the same thing, so claims compete).
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    outlets = make_outlets(rng, 40)
    events = [make_event(rng, n) for n in range(max(1, count // per_event))]
    paths = []
    for i in range(count):
        event, outlet = events[i % len(events)], outlets[(i * 7) % len(outlets)]
        fmt = ("md", "md", "md", "html", "html", "txt")[i % 6]
        title = f"{upper_first(event.name)}: {rng.choice(event.people)[1]} speaks ({outlet.name}, {i})"
        body = article_body(rng, event, outlet, rng.randint(6, 16))
        path = folder / f"{i:05d}_{outlet.name.replace(' ', '_').lower()}.{fmt}"
        path.write_text(_render(fmt, title, outlet, event.date, body, rng), encoding="utf-8")
        paths.append(path)
    return paths
