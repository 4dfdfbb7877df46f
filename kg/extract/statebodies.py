"""Government bodies named by their portfolio ("the foreign ministry", "the finance
ministry", "the presidential office"): aliases of the state the article is about (coding
guide section 1), whether they speak themselves or a person holds a post in them ("a
deputy head of the presidential office")."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.lexicon import words

_BODIES = {"government", "ministry", "department", "cabinet", "treasury", "administration",
           "chancellery"}
# Modifiers that make a government body another actor's than the state's: a region's
# ("the provincial government", "the state government"), the opposition's ("the shadow
# cabinet"), a party's.
_NOT_STATE_MODIFIERS = {"state", "local", "city", "opposition", "shadow", "rebel", "exiled",
                        "exile", "transitional", "party", "union", "company"}


def _definite(tok: Any) -> bool:
    return any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)


def portfolio_body(tok: Any) -> bool:
    """A definite government body named by its portfolio or level ("the foreign
    ministry", "the federal government"), not a region's or the opposition's."""
    mods = [c for c in tok.children if c.dep_ in {"amod", "compound"}]
    return tok.lower_ in _BODIES and bool(mods) and _definite(tok) and all(
        c.text.isalpha() and c.text.islower() and c.lower_ not in _NOT_STATE_MODIFIERS
        and c.lower_ not in words("roles", "subnational") for c in mods)


def head_of_government_office(tok: Any) -> bool:
    """ "the presidential office", "the prime minister's office", "the chancellery": the
    office of a head of state or government, which speaks for the state."""
    if tok.lower_ == "chancellery":
        return _definite(tok)
    if tok.lower_ != "office":
        return False
    if any(c.dep_ == "amod" and c.lower_ == "presidential" for c in tok.children):
        return True
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner is not None and owner.lower_ in {"president", "minister", "premier",
                                                  "chancellor"} and _definite(owner)


def names_state_body(tok: Any) -> bool:
    """Whether ``tok`` heads a phrase naming a body of the state the article is about."""
    return portfolio_body(tok) or head_of_government_office(tok)


_RELATIVE_RE = re.compile(r",?\s+(?:who|whom|whose|which|that)\s")
STATE_BODY_RE = re.compile(r"\s(?:of|at|in|for)\s+the\s+(?:(presidential)\s+(?:office|administration)|"
                           r"(?:prime\s+minister|president|chancellor)[\u2019']s\s+office|chancellery|([a-z]+)\s+(?:ministry|"
                      r"department|government)|treasury)$")


def without_relative(role: str) -> str:
    """A role without the relative clause that describes it further ("head of the office
    who sits on the panel" -> "head of the office")."""
    return _RELATIVE_RE.split(role, maxsplit=1)[0]


def in_state_body(role: str) -> bool:
    """Whether a role ends in a government body of the state ("deputy head of the
    presidential office", "an official at the foreign ministry"), not a region's: such an
    office-holder speaks for the state, like a bare government title.

    >>> in_state_body("deputy head of the presidential office who sits on the panel")
    True
    >>> in_state_body("spokesman for the foreign ministry")
    True
    >>> in_state_body("head of the provincial government"), in_state_body("head of the union")
    (False, False)
    """
    match = STATE_BODY_RE.search(without_relative(role))
    modifier = match.group(2) if match else None
    return match is not None and modifier not in _NOT_STATE_MODIFIERS and \
        modifier not in words("roles", "subnational")


# Members of a legislature, as a bare plural subject ("Lawmakers adopted a resolution").
MEMBERS = {"lawmakers", "legislators", "mps", "parliamentarians", "deputies", "senators",
           "congressmen", "representatives"}
# Last words of legislatures' names, in English and as borrowed ("Verkhovna Rada").
LEGISLATURES = {"parliament", "congress", "assembly", "senate", "rada", "duma", "bundestag",
                "knesset", "sejm", "storting", "riksdag", "folketing", "eduskunta", "majlis",
                "diet", "legislature", "cortes", "seimas", "saeima", "riigikogu", "sabor",
                "skupstina"}


def acting_members(tok: Any) -> bool:
    """A bare plural of legislators acting as the body ("Lawmakers on Thursday adopted a
    resolution"), not some of them ("three lawmakers", "Labour lawmakers")."""
    return tok.lower_ in MEMBERS and tok.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "nummod", "amod", "compound", "poss", "quantmod", "prep"}
        for c in tok.children)


def legislature(label: str) -> bool:
    """Whether an organisation's name ends like a legislature's ("Verkhovna Rada",
    "European Parliament")."""
    return label.split()[-1].lower() in LEGISLATURES if label.split() else False


# Legislatures' generic last words, which name one only with more words ("the Diet" may be
# a diet, "Parliament" any parliament).
_GENERIC_LEGISLATURES = {"parliament", "congress", "assembly", "senate", "legislature", "diet",
                         "cortes", "rada", "duma"}


def named_legislature(name: str) -> bool:
    """A legislature's own one-word name ("the Storting", "Bundestag"), not a generic one.

    >>> named_legislature("Storting"), named_legislature("Parliament"), named_legislature("Diet")
    (True, False, False)
    """
    return name[:1].isupper() and " " not in name and legislature(name) and \
        name.lower() not in _GENERIC_LEGISLATURES
