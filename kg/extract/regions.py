"""Governments below the state named after their region ("the Government of Manitoba", "the
Autonomous Northland Government"): an organisation of its own, not a body of the state
(coding guide, "Governments below the state"), whose ministers speak for it."""

from __future__ import annotations

from typing import Any

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import words

# Capitalised words that say what kind of government it is, not where it governs ("the
# Government of National Unity", "the Federal Government", "the Transitional Government").
_KINDS = {"national", "federal", "central", "unity", "interim", "transitional", "provisional",
          "caretaker", "military", "coalition", "new", "accord", "salvation", "union",
          "united", "democratic", "people", "peoples", "republic", "royal", "state",
          "revolutionary", "popular", "islamic", "minority", "majority"}


def _place(tokens: list[Any]) -> bool:
    """One to three capitalised proper-noun words that name a place, none a kind of
    government."""
    return 1 <= len(tokens) <= 3 and all(
        t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" and
        t.lower_ not in _KINDS for t in tokens)


def regional_place(span: Any, gazetteer: Gazetteer) -> str | None:
    """The region a government's capitalised name governs: "the Government of Manitoba" ->
    Manitoba, "the Autonomous Northland Government" -> Northland; ``None`` when the
    place is a state, capital or demonym of the gazetteer ("the Government of India") or
    the name says no place ("the Government of National Unity")."""
    toks = [t for t in span if t.lower_ != "the"]
    if len(toks) < 2:
        return None
    if toks[0].text == "Government" and toks[1].lower_ == "of":
        place = toks[2:]
    elif toks[-1].text == "Government":
        place = [t for t in toks[:-1] if t.lower_ not in words("roles", "subnational")]
    else:
        return None
    if not _place(place):
        return None
    text = span.doc[place[0].i:place[-1].i + 1].text
    return text if gazetteer.lookup(text) is None else None
