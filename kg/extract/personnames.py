"""Person names: the family name of a name and whether two names are variants of one.

Used by :class:`~kg.extract.actors.ActorTable` to find the person a later mention ("Zhao",
"Nikos Antoniadis" for "Nicos Antoniades") refers to.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from kg.extract.gazetteer import name_key
from kg.extract.lexicon import words


@lru_cache(maxsize=65536)  # the same names are compared again at every later mention
def _close(a: str, b: str, threshold: float) -> bool:
    return SequenceMatcher(None, a, b).ratio() >= threshold


def variant_names(name: list[str], known: list[str]) -> bool:
    """Whether two person names (name keys split in words) are spelling or order variants.

    Transliterations ("Nikos Antoniadis" for "Nicos Antoniades"), run-together or split
    parts ("Abdul Rahman" for "Abdulrahman"), the family name first or last ("Minghui
    Zhao" for "Zhao Minghui"), and a bare surname spelt differently ("Venkatraman").

    >>> variant_names(["nikos", "antoniadis"], ["nicos", "antoniades"])
    True
    >>> variant_names(["hans", "muler"], ["hana", "muler"])
    False
    """
    if sorted(name) == sorted(known) and len(name) > 1:
        return True
    if len(name) == 1:
        surname = known[-1]
        return len(surname) >= 6 and name[0][:2] == surname[:2] and _close(name[0], surname, 0.85)
    if len(known) == 1:
        return False
    first, other = name[0], known[0]
    similar_first = first.startswith(other) or other.startswith(first) or _close(first, other,
                                                                                  0.8)
    return similar_first and first[0] == other[0] and _close(name[-1], known[-1], 0.8) and \
        _close("".join(name), "".join(known), 0.85)


def surname(label: str) -> str:
    """The family name of a person's name: the last word, or the first in names written
    surname first ("Choi Seung-ho", "Kim Jong Un", see data/lexicons/names.yaml; a
    two-word name without a hyphen is ambiguous and keeps the last word).

    >>> surname("Lena Haverkamp"), surname("Choi Seung-ho"), surname("Lee")
    ('Haverkamp', 'Choi', 'Lee')
    """
    parts = label.split()
    if len(parts) > 1 and name_key(parts[0]) in words("names", "surname_first") and (
            len(parts) > 2 or "-" in parts[-1]):  # "Lee Anderson" stays given name first
        return parts[0]
    return parts[-1] if parts else label


def family_names(label: str) -> set[str]:
    """The names a person is called by alone later in an article: the surname
    (:func:`surname`), and in a name of three words or more ending in two capitalised
    family names the first of them: Spanish and Portuguese names carry two family names
    ("Rodrigo Salcedo Ibarra"), and news writing shortens them to the first ("Salcedo").
    A particle or short article ("bin", "Al", "El") is no family name.

    >>> sorted(family_names("Rodrigo Salcedo Ibarra")), family_names("Lena Haverkamp")
    (['Ibarra', 'Salcedo'], {'Haverkamp'})
    >>> family_names("Rashid Al Marzooqi"), family_names("Mohammed bin Salman")
    ({'Marzooqi'}, {'Salman'})
    """
    found = {surname(label)}
    parts = label.split()
    if len(parts) >= 3 and surname(label) == parts[-1] and all(
            len(w) >= 3 and w[:1].isupper() and w.replace("-", "").isalpha() for w in parts[-2:]):
        found.add(parts[-2])
    return found
