"""Organisations named by the tail of their full name ("the Civic Union" for the Borvian
Civic Union, "Progress Front" for the Labour and Progress Front).

News writing gives an organisation's full name once and then shortens it by dropping its
leading words (a place, a nationality, the first member of "X and Y"), keeping the words
that end the name. A name of two words or more that ends a longer organisation's name,
when only one organisation of the article ends so, is that organisation: a new short name
becomes its alias, and a full name found after the short one relabels the organisation
(:func:`settle_org_ids` then gives it the id of its full name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.actor_ids import settle_ids
from kg.extract.gazetteer import name_key
from kg.iri import slugify

if TYPE_CHECKING:
    from kg.extract.actors import Actor, ActorTable


def _tail(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` (two words or more) ends ``full`` and is shorter."""
    return 2 <= len(short) < len(full) and full[-len(short):] == short


def _own(table: ActorTable, actor: Actor) -> bool:
    """An organisation the article named that no gazetteer entry is (its name is its own)."""
    return actor.type == "organization" and actor.id not in table.gazetteer.entries


def longer_name(table: ActorTable, label: str) -> Actor | None:
    """The one organisation whose full name ``label`` ends ("Civic Union" for the
    Borvian Civic Union); none for a listed name or when several end so."""
    short = name_key(label).split()
    if len(short) < 2 or table.gazetteer.lookup(label) is not None:
        return None
    found = [a for a in table.actors.values() if a.type == "organization" and
             any(_tail(short, key.split()) for key in a.keys)]
    return found[0] if len(found) == 1 else None


def shorter_name(table: ActorTable, label: str) -> Actor | None:
    """The one organisation named before by a short name that ends ``label``, a full name
    ("Civic Union", then "the Borvian Civic Union"), when no gazetteer entry is it;
    none when the words before the short name hold a conjunction ("Ruritania and Civic
    Union" is two names the tagger ran together, not one)."""
    full = name_key(label).split()
    if table.gazetteer.lookup(label) is not None or {"and", "&"} & set(full):
        return None
    found = [a for a in table.actors.values() if _own(table, a) and
             _tail(name_key(a.label).split(), full)]
    return found[0] if len(found) == 1 else None


def lengthen(actor: Actor, label: str) -> None:
    """Make ``label``, a full name, the organisation's label, its short name an alias."""
    actor.label, short = label, actor.label
    actor.add_alias(short)


def named_by_tail(table: ActorTable, label: str) -> Actor | None:
    """The organisation a new name ``label`` is the full name or the tail of, with ``label``
    recorded (as an alias, or as the label of a full name)."""
    found = longer_name(table, label)
    if found is not None:
        found.add_alias(label)
        return found
    found = shorter_name(table, label)
    if found is not None:
        lengthen(found, label)
    return found


def settle_org_ids(table: ActorTable) -> dict[str, str]:
    """Give an organisation relabelled with its full name the id of that name
    (:func:`kg.extract.actor_ids.settle_ids`). Returns old id -> new id."""

    def wanted(actor: Actor) -> str | None:
        if not _own(table, actor) or not any(name_key(alias) == name_key(actor.id.replace("-", " "))
                                             for alias in actor.aliases):
            return None
        return slugify(actor.label.replace("'", "").replace("\u2019", ""))

    return settle_ids(table, wanted)
