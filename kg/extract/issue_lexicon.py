"""Reading data/lexicons/issues.yaml: extra cue phrases per issue code, the ``weak``,
``process`` and ``meeting`` lists, the ``senses`` of ambiguous cues and the negotiation frames' entries
(:mod:`kg.extract.issue_frames`), checked into one clear error each.

>>> sorted(_number_forms("talks"))
['talk', 'talks']
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import KgError
from kg.extract.issue_frames import FRAMES_KEY, PRIOR_ONLY_KEY

LEXICON_PATH = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "issues.yaml"
SENSES_KEY = "senses"  # cues whose issue depends on the article's domain ("safeguards")


class IssueSchemeError(KgError):
    """The issue scheme cannot be read."""


def _lexicon(path: Path = LEXICON_PATH) -> tuple[dict[str, list[str]], dict[str, list[str]],
                                                 dict[str, object]]:
    """data/lexicons/issues.yaml: extra cue phrases per issue code (with the ``weak`` and
    ``process`` lists), the ``senses`` mapping of ambiguous cues to their codes, and the
    entries of the negotiation frames (:mod:`kg.extract.issue_frames`)."""
    from kg.extract.lexicon import read_mapping

    data = read_mapping(path, "issue lexicon", IssueSchemeError)
    frames = {key: data.pop(key, None) for key in (FRAMES_KEY, PRIOR_ONLY_KEY)}
    senses = data.pop(SENSES_KEY, None) or {}
    if not isinstance(senses, dict):
        raise IssueSchemeError(f"{path}: {SENSES_KEY}: expected a mapping of cue -> codes")
    lists: dict[str, list[str]] = {}
    for key, phrases in [*data.items(), *senses.items()]:
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise IssueSchemeError(f"{path}: {key}: expected a list of strings")
    for code, phrases in data.items():
        lists[str(code)] = sorted(p.lower() for p in phrases)
    return lists, {str(k).lower(): [str(c) for c in v] for k, v in senses.items()}, frames


def _sense_table(senses: dict[str, list[str]], cues: dict[str, str], codes: set[str],
                 path: Path = LEXICON_PATH) -> dict[str, tuple[str, ...]]:
    """Both number forms of each ambiguous cue -> its codes, its own code first."""
    table: dict[str, tuple[str, ...]] = {}
    for phrase, alternatives in senses.items():
        own = next((cues[f] for f in sorted(_number_forms(phrase)) if f in cues), None)
        if own is None:
            raise IssueSchemeError(f"{path}: {SENSES_KEY}: {phrase!r} is no cue phrase")
        unknown = [c for c in alternatives if c not in codes]
        if unknown:
            raise IssueSchemeError(f"{path}: {SENSES_KEY}: {phrase}: unknown issue code "
                                   f"{unknown[0]!r}")
        ordered = tuple(dict.fromkeys([own, *alternatives]))
        for form in _number_forms(phrase):
            if cues.get(form, own) == own:  # "settlements" (territory) is not "settlement"
                table[form] = ordered
    return table


def _number_forms(phrase: str) -> set[str]:
    """The phrase with its last word in the singular and in the plural: an -s added or
    dropped, and the plural of a singular whose spelling changes ("subsidy" / "subsidies",
    "tax" / "taxes", "peace process" / "peace processes"). A plural cue gets no singular
    of another spelling: the lexicon names some matters only in the plural ("ministries"
    shared out, not "the ministry" that speaks; "bodies" handed back, not "a body").

    >>> sorted(_number_forms("refinery"))
    ['refineries', 'refinery', 'refinerys']
    >>> sorted(_number_forms("carbon tax"))
    ['carbon tax', 'carbon taxes', 'carbon taxs']
    >>> sorted(_number_forms("ministries"))
    ['ministrie', 'ministries']
    """
    forms = {phrase, phrase.rstrip("s")} if phrase.endswith("s") else {phrase, phrase + "s"}
    if _Y_RE.search(phrase):
        forms.add(phrase[:-1] + "ies")
    elif _SIBILANT_RE.search(phrase):
        forms.add(phrase + "es")
    return forms


def cue_code(cues: dict[str, str], phrase: str) -> str | None:
    """The code of the cue phrase ``phrase`` was found as: the phrase itself, else the cue
    it is the other number form of ("refinery" for "refineries")."""
    for form in (phrase, phrase.rstrip("s"), phrase + "s"):
        if form in cues:
            return cues[form]
    singular = _PLURAL_RE.sub(lambda m: "y" if m.group(1) else m.group(2), phrase)
    return cues.get(singular)


_Y_RE = re.compile(r"\w[^aeiouy\W]y$")  # "subsidy", "treaty"; not "day", "key"
_PLURAL_RE = re.compile(r"(?<=\w[^aeiouy\W])(ies)$|(?<=\w)(ss|x|z|ch|sh)es$")  # back to "-y", "-x"
_SIBILANT_RE = re.compile(r"\w(?:ss|x|z|ch|sh)$")  # "process", "tax", "church"
