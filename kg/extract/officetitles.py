"""Office titles: what the words of a role phrase alone say about its holder.

Whether a role names an office ("Kremlin foreign policy adviser", not "trade economist" or
"former foreign minister"), whether it is a bare government office whose holder speaks for
the state the article places him in ("Foreign Minister", "deputy head of the presidential
office"), and whether a body is a think tank or research institute, whose head speaks for
himself (coding guide, section 1).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.lexicon import words
from kg.extract.statebodies import STATE_BODY_RE as _STATE_BODY_RE
from kg.extract.statebodies import in_state_body, without_relative

_GOVERNMENT_TITLES = {"minister", "president", "secretary", "spokesman", "spokeswoman",
                      "spokesperson", "ambassador", "envoy", "negotiator", "adviser", "advisor",
                      "official", "chancellor", "premier", "diplomat", "commissioner", "treasurer",
                      "representative"}
# Bodies whose officers never speak for a state ("Union president X", "a company
# spokeswoman"); "the party's negotiator" is the party's.
_NON_STATE_BODIES = {"union", "company", "party", "firm", "bank", "corporation", "group",
                     "federation", "association", "employer", "operator", "carrier", "airline",
                     "maker", "manufacturer", "producer", "charity", "foundation", "church",
                     "campaign", "militia", "rebel", "rebels", "movement", "guild", "syndicate",
                     "business", "industry", "lobby", "club", "opposition"}
# Words of a role phrase that say nothing of the office.
GENERIC_ROLE_WORDS = {"the", "a", "an", "of", "'s", "and", "for", "to", "in", "on", "at", "s"}


# A past office joined to the present one ("the union's president and a former teacher").
_PAST_CONJUNCT_RE = re.compile(r"(?i),?\s+and\s+(?:(?:a|an|the)\s+)?(?:former|ex-|one-time|onetime|"
                               r"retired)\b.*$")


def role_head_is_office(role: str) -> bool:
    """Whether a role phrase names an office (not an analyst, not a former official).

    >>> role_head_is_office("Kremlin foreign policy adviser"), role_head_is_office("trade economist")
    (True, False)
    >>> role_head_is_office("former foreign minister")
    False
    >>> role_head_is_office("one of the deputy heads of the presidential office")
    True
    >>> role_head_is_office("the guild's treasurer and former mayor of Tarn")
    True
    """
    role = _PAST_CONJUNCT_RE.sub("", role)  # what he is now, not what he was
    tokens = [t.lower().strip(",.") for t in role.replace("'s", " ").split()]
    if tokens[:2] == ["one", "of"]:
        tokens = tokens[2:]  # "one of the deputy heads of the office": a deputy head
    tokens = [p for t in tokens for p in ([t] if t in words("roles", "office") else t.split("-"))]
    if any(t in words("roles", "non_office") for t in tokens):
        return False
    offices = [t for t in tokens if t in words("roles", "office")]
    if offices and offices[-1] in words("roles", "backbench"):
        return False  # "a Civic Forward lawmaker", "Republican senator for Iowa"
    head = tokens
    for stop in ("of", "at", "for", "in", "with"):
        if stop in head:
            head = head[: head.index(stop)]
    return any(t in words("roles", "office") for t in head[-2:]) or any(
        t in words("roles", "office") for t in tokens[:3] if t not in GENERIC_ROLE_WORDS
    ) and not any(t in words("roles", "non_office") for t in tokens)


_RESPONSIBLE_RE = re.compile(r"\s+(?:responsible|in charge) (?:for|of) .*$")
_PORTFOLIO_RE = re.compile(r"\b((?i:secretary|minister)) (?:of|for) (?!(?i:the|a|an|its|their|his|her)\b)"
                           r"[A-Za-z]+(?: (?:and )?[a-z]+| (?:and )?[A-Z][a-z]+){0,4}$")


# A capitalised portfolio before "Minister" ("Mining and Industry Minister", "Business and
# Energy Minister"): what the minister deals with, not a body he belongs to; a shadow or
# opposition minister keeps his words.
_TITLE_PORTFOLIO_RE = re.compile(r"\b(?:(?!Shadow\b|Opposition\b|Party\b)[A-Z][a-z]+ (?:and )?)+"
                                 r"(?=Minister$)")


_RESEARCH_WORDS = {"institute", "studies", "research", "policy", "lab", "laboratory"}
_RESEARCH_RE = re.compile(r"\b(?:Centre|Center|Forum) (?:for|of) ")


_BLOC_OFFICES = {"commissioner", "commission"}


def bloc_office(words: list[str]) -> bool:
    """A role of the EU's own, given its words in lower case: "the bloc's envoy", a
    "European" commissioner ("European Trade Commissioner X": an office only the EU has,
    not one of the dateline's state).

    >>> bloc_office(["european", "trade", "commissioner"]), bloc_office(["trade", "minister"])
    (True, False)
    """
    return "bloc" in words or ("european" in words and bool(_BLOC_OFFICES & set(words)))


def research_body(label: str) -> bool:
    """A think tank or research institute ("Podil Centre for Democratic Studies", "Horn
    Policy Institute"): who runs it speaks for himself, with it as affiliation (coding
    guide section 1), unlike a party's or company's officers.

    >>> research_body("Podil Centre for Democratic Studies"), research_body("Centre Party")
    (True, False)
    """
    return bool({w.lower() for w in label.split()} & _RESEARCH_WORDS) or bool(
        _RESEARCH_RE.search(label))


def government_office(role: str) -> bool:
    """A bare government title ("Foreign Minister", "spokesperson"), tied to no named body,
    or an office in a government body named by its portfolio ("deputy head of the
    presidential office"): such an office-holder speaks for the state the article places
    him in."""
    if in_state_body(role):
        head = _STATE_BODY_RE.sub("", without_relative(role)).lower().split()
        return role_head_is_office(role) and not _NON_STATE_BODIES & set(head) and not any(
            w.endswith(("'s", "\u2019s", "s'", "s\u2019")) or w in {"its", "their"} for w in head)
    role = _PORTFOLIO_RE.sub(r"\1", role)  # "Minister of Defence", "Minister for Europe"
    role = _TITLE_PORTFOLIO_RE.sub("", role)  # "Mining and Industry Minister"
    role = _RESPONSIBLE_RE.sub("", role)  # "the minister responsible for relations with ..."
    words_ = role.lower().replace("-", " ").replace("\u2019", "'").split()
    owned = any(w.endswith(("'s", "s'")) for w in words_) or {"its", "their", "his", "her"} & set(words_)
    return role_head_is_office(role) and not {"of", "at", "for"} & set(words_) and not owned \
        and bool(_GOVERNMENT_TITLES & set(words_)) and not _NON_STATE_BODIES & set(words_)


# A minister's portfolio ("undersecretary for North America", "secretary of state for the
# European Union"): the region or body it deals with, not the office's owner.
_PORTFOLIO_FOR_RE = re.compile(r"(?i)\b(?:minister|secretary|under-?secretary|commissioner)"
                               r"(?: of state)? for (?:the )?(?:[A-Z][\w-]* )?$")
_OWNER_RE = re.compile(r"(?i)['\u2019]s\b|s['\u2019](?!\w)|\b(?:its|their|his|her)\b")


def bound_elsewhere(role: str, named: list[tuple[int, int, str]], body: str,
                    owner_fits: Callable[[str], bool] | None = None) -> bool:
    """Whether an office ``role`` ties its holder to a body other than ``body``: a body it
    names (``named``: the role's gazetteer names as (start, end, id)) or one its possessive
    points at; ``True`` too when the role is no office (an analyst, a former minister).

    >>> bound_elsewhere("ministry spokeswoman", [], "ruritania")
    False
    >>> bound_elsewhere("executive secretary of Oslandia's trade ministry", [(23, 31, "os")], "os")
    False
    >>> bound_elsewhere("the union's chief negotiator", [], "ruritania")
    True
    >>> bound_elsewhere("Ruritanian foreign ministry spokesman", [(0, 10, "ruritania")], "os")
    True

    ``owner_fits`` says whether an unnamed possessor ("the party's", "the ministry's") may
    be ``body`` itself; such a possessor then binds the office to no other body:

    >>> bound_elsewhere("the party's whip", [], "greens", lambda noun: noun == "party")
    False
    >>> bound_elsewhere("Oslandia's minister for Europe", [(0, 8, "os"), (24, 30, "eu")], "os")
    False
    """
    named = [n for n in named if not _PORTFOLIO_FOR_RE.search(role[:n[0]])]
    if not role_head_is_office(role) or any(b != body for _, _, b in named):
        return True
    rest = role
    for start, end, _ in sorted(named, reverse=True):
        end += 2 if rest[end:end + 2] in {"'s", "\u2019s"} else 0
        rest = rest[:start] + rest[end:]
    return any(owner_fits is None or not owner_fits(_possessor(rest, m))
               for m in _OWNER_RE.finditer(rest))


def _possessor(role: str, match: re.Match[str]) -> str:
    """What a possessive of a role names: the pronoun ("its"), or the lower-case common
    noun it ends ("ministry" in "foreign ministry's spokesman"); "" for a name."""
    if match.group(0)[0].isalpha():
        return match.group(0).lower()
    before = role[:match.start()].split()
    return before[-1] if before and before[-1].isalpha() and before[-1].islower() else ""
