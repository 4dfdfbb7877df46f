"""Clauses of a statement: where one reported statement holds two attitudes.

"X backed the levy but rejected the cap", "said it supported the moratorium, and
that it would accept the centre only if ...", "criticised the mediation, saying
bilateral talks were the only format": each clause with an attitude of its own is
a stance of its own (coding guide 3.1). A clause that only conditions the one
before ("..., but only if both ask") or qualifies it ("we welcome it, but a number
without a plan is a headline") stays with it, and a statement that accepts and
rejects parts of one target ("positive about parts of the report but objections to
others") is one mixed stance (coding guide 3.8).
"""

from __future__ import annotations

import re

from kg.extract.evaluation import shortfall
from kg.extract.stance import StanceValue, classify, default_value

# Where one statement's content splits into clauses that may carry attitudes of their own:
# before "but"/"though"/"although"/"whereas"/"while", before "and that", at a semicolon.
_CLAUSE_BREAK_RE = re.compile(
    r"(?:,\s*|\s+)(?=(?:but|though|although|whereas|while)\s)|,?\s+(?=and\s+that\s)|;\s+"
    r"|,\s+(?=saying\s)")
# Words that make a support/oppose pair parts of one target ("parts of the report ...
# others"): the statement is then one mixed stance (coding guide 3.8).
_PARTITIVE_RE = re.compile(r"\b(parts?|some|others|other parts|elements|aspects|certain|bits"
                           r"|sections?|chapters?|provisions?|objectives?|wording"
                           r"|(?:much|most|many|few|none) of (?:it|them|the|its|their))\b")
_MIN_CLAUSE_WORDS = 3  # words of a clause besides its connective ("but", "and that")
_CONNECTIVE_RE = re.compile(r"^\W*(?:(?:but|though|although|whereas|while|and|that|saying)\s+)+")


def clauses(text: str) -> list[str]:
    """The clauses of a statement, split where a contrast or a second reported clause
    begins ("backed the plan but rejected the levy", "said X, and that Y").

    >>> clauses("backed the plan, but rejected the levy")
    ['backed the plan', 'but rejected the levy']
    >>> clauses("But nobody can sign a blank cheque")
    ['But nobody can sign a blank cheque']
    """
    def size(part: str) -> int:
        return len(_CONNECTIVE_RE.sub("", part.lower()).split())

    out: list[str] = []
    start = 0
    low = text.lower()
    for m in _CLAUSE_BREAK_RE.finditer(low):
        head = text[start:m.start()].strip(" ,;")
        if size(head) >= _MIN_CLAUSE_WORDS:
            out.append(head)
            start = m.end()
    tail = text[start:].strip(" ,;")
    if out and size(tail) < _MIN_CLAUSE_WORDS:
        out[-1] = text[text.find(out[-1]):].strip(" ,;")
    elif tail:
        out.append(tail)
    return out or [text]


# A second verb phrase of one subject after "and" ("rejected the toll and wanted a ferry
# instead", "backed the quota, and it insists on a review clause"): its head is a verb of
# wanting, asking, backing or refusing, or a modal or an auxiliary with its negation.
_AND_VERB_RE = re.compile(
    r",?\s+(?=and\s+(?:(?:it|they|he|she|we|i)\s+)?(?:also\s+)?(?:wants?|wanted|would|will|won't"
    r"|wouldn't|cannot|can't|could|did\s+not|does\s+not|do\s+not|didn't|doesn't|urged|urges"
    r"|called\s+(?:on|for)|calls\s+(?:on|for)|asked|insisted|insists|demanded|demands|rejected"
    r"|rejects|opposed|opposes|backed|backs|supported|supports|welcomed|welcomes|refused"
    r"|refuses)\b)")


def _verb_phrases(part: str) -> list[str]:
    """A clause split into its coordinated verb phrases (:data:`_AND_VERB_RE`) when each
    carries a cue word of its own: two attitudes of one holder (coding guide 3.1, one item
    per clause that expresses an attitude), not one refusal governing both. A phrase with no
    cue word (valued only by default) stays with the one before it.

    >>> _verb_phrases("rejected the toll and wanted a ferry to the island instead")
    ['rejected the toll', 'and wanted a ferry to the island instead']
    >>> _verb_phrases("the quota looked generous and could hardly be cut")
    ['the quota looked generous and could hardly be cut']
    """
    cuts = [m.start() for m in _AND_VERB_RE.finditer(part.lower())]
    if not cuts:
        return [part]
    pieces = [part[lo:hi].strip(" ,") for lo, hi in zip([0, *cuts], [*cuts, len(part)], strict=True)]
    if any(len(p.split()) < _MIN_CLAUSE_WORDS or classify(p) is None for p in pieces):
        return [part]
    return pieces


_CONDITION_CLAUSE_RE = re.compile(
    r"^\W*(?:(?:but|and|though|although|while)\s+)?(?:only\b|unless\b|provided\b|providing\b"
    r"|as long as\b|so long as\b|on (?:the )?condition\b|if\b)")


def _join_conditions(parts: list[str]) -> list[str]:
    """A clause that is only a condition ("..., but only if both sides ask") belongs to
    the clause before it: it conditions that attitude and states none of its own."""
    out: list[str] = []
    for part in parts:
        if out and _CONDITION_CLAUSE_RE.match(part.lower()):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


# A clause that only names another object of the verb before it, negated ("could accept the
# flats but not the rent cap", "would raise the fuel duty, though not the VAT rate"): the
# holder refuses that object, a stance of its own (coding guide 3.8, session-10 clarifications,
# "parts with a verb each": support toward the fuel duty, oppose toward the VAT rate). Not a
# phrase restricting the same target ("but not for the old projects", "but not yet") nor the
# rest of one proposal ("but not the rest of it").
_ELLIPTIC_NOT_RE = re.compile(
    r"^\W*(?:but|though|although)\s+not\s+(?:the|an?|any|its|their|his|her|our|my|your)\s+"
    r"(?!(?:rest|whole|entire|full|other|others|remainder|same)\b)[\w\"\u201c-][^,;:]*$")


def clause_values(text: str) -> list[tuple[str, StanceValue]]:
    """One (clause, value) per clause with an attitude of its own, when a statement holds
    two or more ("supported the moratorium, and that it would accept the centre only
    if ..." → support, conditional; coding guide 3.1). Any clause, the first too, may
    carry its attitude without a cue word ("would not send troops, but backed the fund"). A statement whose later clause
    only qualifies the first ("we welcome it, but a number without a plan is a
    headline") or accepts and rejects parts of one target ("positive about parts of the
    report but objections to others") stays one statement: the list is empty then.

    >>> [v.value for _, v in clause_values("backed the levy, though she declined to say whether to extend it")]
    ['support', 'neutral']
    >>> clause_values("was positive about parts of the plan but had objections to others")
    []
    """
    parts = [p for part in _join_conditions(clauses(text)) for p in _verb_phrases(part)]
    if len(parts) < 2:
        return []
    found: list[tuple[str, StanceValue]] = []
    for part in parts:
        if found and found[-1][1].value in {"support", "conditional", "neutral"} and \
                _ELLIPTIC_NOT_RE.match(part.lower()):  # "... but not the rent cap"
            value: StanceValue | None = StanceValue("oppose", None, found[-1][1].confidence,
                                                    ("but not X",))
        else:
            value = classify(part) or default_value(part)
        if value is not None:
            found.append((part, value))
    if len(found) < 2:
        return []
    values = {v.value for _, v in found}
    if values == {"support", "oppose"} and _PARTITIVE_RE.search(text.lower()):
        return []
    if found[0][1].value == "support" and any(shortfall(c.lower()) for c, _ in found[1:]):
        return []  # "welcomed the principle but said the rates were too low": one mixed
    return found
