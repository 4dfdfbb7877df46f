"""Synthetic corpus generator: coding sheets of N news articles in the real kg format.

The sheets go through the real path (``kg.annotations`` loader → ``kg.compile`` →
store), so the graph has exactly the shape a real build produces. What makes the
corpus realistic for benchmarking:

- actors with power-law (Zipf) activity: a few states and their spokespeople hold
  most stances, a long tail holds one or two;
- stances spread over three years, each actor's value toward a target drifting
  over time (support → conditional → oppose and back);
- the same statement (holder, target, value, date) reported again by other
  outlets a few days later, each report a separate stance in its own article with
  its own evidence span;
- events with participants and issues, relation claims between positions.

Usage::

    .venv/bin/python bench/generate.py --articles 1000 --out /tmp/corpus
    .venv/bin/kg build --store /tmp/store --no-shacl /tmp/corpus

Nothing here reads article text: sheets carry offsets and short synthetic spans only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ISSUES = ("territory", "ceasefire", "security_guarantees", "economic_cooperation", "sanctions",
          "peace_plan", "summit", "prisoners_humanitarian", "nuclear_program",
          "military_operations", "trade_tariffs", "governance_elections", "climate_emissions",
          "labour_wages", "coalition_government")
VALUES = ("support", "oppose", "conditional", "mixed", "neutral")
EVENT_TYPES = ("meeting", "summit", "call", "visit", "military", "announcement", "deadline")
EVENT_STATUSES = ("held", "held", "held", "scheduled", "reported", "postponed", "cancelled")
START = dt.date(2023, 1, 1)
DAYS = 3 * 365


class World:
    """The fixed cast: states, organisations, their spokespeople, positions and outlets."""

    def __init__(self, rng: random.Random, n_articles: int) -> None:
        n_states = max(8, min(200, n_articles // 20))
        n_orgs = max(4, n_states // 2)
        self.states = [f"state-{i:04d}" for i in range(n_states)]
        self.orgs = [f"org-{i:04d}" for i in range(n_orgs)]
        self.people = [f"person-{i:05d}" for i in range(2 * (n_states + n_orgs))]
        self.speaks_for = {p: (self.states + self.orgs)[i // 2] for i, p in enumerate(self.people)}
        self.holders = self.states + self.orgs
        # Zipf weights: activity of the k-th actor ~ 1/k
        self.holder_weights = [1.0 / (k + 1) for k in range(len(self.holders))]
        n_positions = max(20, min(5000, n_articles // 3))
        self.positions = [f"position-{i:05d}" for i in range(n_positions)]
        self.position_issue = {p: rng.choice(ISSUES) for p in self.positions}
        self.position_weights = [1.0 / (k + 1) ** 0.8 for k in range(n_positions)]
        self.outlets = [f"outlet-{i:03d}" for i in range(max(5, min(120, n_articles // 50)))]

    def actor(self, ident: str) -> dict[str, Any]:
        """The actor's entry as a coding sheet lists it."""
        if ident in self.speaks_for:
            return {"id": ident, "type": "person", "label": f"Person {ident[7:]}",
                    "aliases": [f"P{ident[7:]}"], "role": "spokesperson",
                    "affiliation": self.speaks_for[ident], "speaks_for": self.speaks_for[ident]}
        kind = "state" if ident.startswith("state-") else "organization"
        return {"id": ident, "type": kind, "label": f"{kind.title()} {ident.split('-')[1]}",
                "aliases": [ident.upper()]}


def _span(rng: random.Random, at: int, words: list[str]) -> dict[str, Any]:
    text = " ".join(words)
    return {"start": at, "end": at + len(text), "text": text}


def _statements(rng: random.Random, world: World, n_articles: int) -> list[dict[str, Any]]:
    """The statements the articles report: each is made once and reported 1-4 times."""
    out: list[dict[str, Any]] = []
    n = max(1, int(n_articles * 5 / 2.2))
    drift: dict[tuple[str, str], int] = {}
    for _ in range(n):
        holder = rng.choices(world.holders, world.holder_weights)[0]
        target = rng.choices(world.positions, world.position_weights)[0]
        step = drift.get((holder, target), rng.randrange(len(VALUES)))
        step = (step + rng.choice((0, 0, 0, 1, -1))) % len(VALUES)
        drift[(holder, target)] = step
        spokes = [p for p in (f"person-{2 * world.holders.index(holder):05d}",
                              f"person-{2 * world.holders.index(holder) + 1:05d}")]
        out.append({"holder": holder, "target": target, "value": VALUES[step],
                    "date": START + dt.timedelta(days=rng.randrange(DAYS)),
                    "voiced_by": rng.choice(spokes + [None]),
                    "reports": rng.choices((1, 2, 3, 4), (50, 25, 15, 10))[0]})
    return out


def generate(n_articles: int, seed: int = 1) -> Iterator[dict[str, Any]]:
    """Coding sheets (dicts in the kg-annotation/1 format) for ``n_articles`` articles."""
    rng = random.Random(seed)
    world = World(rng, n_articles)
    reports = []
    for st in _statements(rng, world, n_articles):
        for r in range(st["reports"]):
            reports.append({**st, "reported": st["date"] + dt.timedelta(days=r * rng.randrange(1, 4))})
    rng.shuffle(reports)
    per_article = max(1, len(reports) // n_articles)
    for a in range(n_articles):
        chunk = reports[a * per_article:(a + 1) * per_article] or [rng.choice(reports)]
        yield _sheet(rng, world, a, chunk)


def _sheet(rng: random.Random, world: World, a: int, chunk: list[dict[str, Any]]) -> dict[str, Any]:
    aid = f"synthetic-{a:07d}"
    published = max(r["reported"] for r in chunk)
    outlet = world.outlets[a % len(world.outlets)]
    actors: dict[str, dict[str, Any]] = {outlet: {"id": outlet, "type": "organization",
                                                  "label": f"Outlet {outlet[7:]}"}}
    positions: dict[str, dict[str, Any]] = {}
    stances = []
    at = 100
    for i, st in enumerate(chunk):
        for ident in (st["holder"], st["voiced_by"]):
            if ident:
                actors.setdefault(ident, world.actor(ident))
                actors.setdefault(world.speaks_for.get(ident, ident),
                                  world.actor(world.speaks_for.get(ident, ident)))
        issue = world.position_issue[st["target"]]
        positions.setdefault(st["target"], {"id": st["target"], "label": f"Position {st['target'][9:]}",
                                            "issue": issue})
        stance = {"id": f"s{i}", "holder": st["holder"], "target": st["target"], "issue": issue,
                  "value": st["value"], "date": st["date"].isoformat(),
                  "evidence": [_span(rng, at, ["said", st["holder"], st["value"], st["target"]])]}
        if st["voiced_by"]:
            stance["voiced_by"] = st["voiced_by"]
        if st["value"] == "conditional":
            stance["condition"] = f"if {rng.choice(world.holders)} agrees first"
        stances.append(stance)
        at += 200
    sheet: dict[str, Any] = {
        "format": "kg-annotation/1",
        "article": {"id": aid, "title": f"Synthetic report {a}", "publisher": f"Outlet {outlet[7:]}",
                    "url": f"https://news.example.org/{outlet}/{a}", "date": published.isoformat(),
                    "language": "en"},
        "coding": {"status": "curated", "coder": "kg bench generator"},
        "actors": list(actors.values()), "positions": list(positions.values()), "stances": stances,
    }
    if rng.random() < 0.3:
        participants = sorted({s["holder"] for s in chunk})[:4]
        sheet["events"] = [{
            "id": f"event-{a:07d}", "type": rng.choice(EVENT_TYPES), "label": f"Event {a}",
            "date": published.isoformat(), "status": rng.choice(EVENT_STATUSES),
            "participants": participants, "issues": [positions[chunk[0]["target"]]["issue"]],
            "evidence": [_span(rng, 20, ["talks", "held", str(a)])]}]
    if len(positions) >= 2 and rng.random() < 0.3:
        first, second = list(positions)[:2]
        sheet["relations"] = [{"subject": first, "predicate": rng.choice(("linked_to", "conditional_on")),
                               "object": second, "asserted_by": chunk[0]["holder"],
                               "evidence": [_span(rng, 40, ["linked", first, second])]}]
    return sheet


def write_corpus(n_articles: int, out: Path, seed: int = 1) -> list[Path]:
    """Write ``n_articles`` coding sheets as YAML under ``out``; returns their paths."""
    import yaml

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for sheet in generate(n_articles, seed):
        path = out / f"{sheet['article']['id']}.yaml"
        path.write_text(yaml.safe_dump(sheet, sort_keys=False, width=100), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, required=True, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="folder for the YAML sheets")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    paths = write_corpus(args.articles, args.out, args.seed)
    print(f"wrote {len(paths)} coding sheets to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
