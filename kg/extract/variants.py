"""Refusing a variant of a target: acceptance of the target subject to a condition.

"would not vote for any budget that raised the retirement age" does not reject budgets:
it accepts a budget on condition that it does not raise the retirement age, and it opposes
raising it (coding guide 3, clarifications of session 8, "would not vote for / support /
sign any X that Y"). The construction is

- a negated verb of acceptance or of taking part, a refusal to come ("will not support",
  "cannot accept", "would never sign", "won't vote for", "would refuse to back", "would
  not lend its votes to", "will not be part of", "would not take part in"; the negation
  may open a quotation, 'would "never sign'; not "did not back", a report; "will not join",
  a verb of taking part), or an announced
  rejection ("will vote against", "would veto"), whose object is an indefinite noun phrase
  ("any deal", "a budget", "a single text") restricted by a relative clause ("that left X
  untouched", "in which the unions have no seat"; not "a situation in which ...");
- or its nominal form: "a budget that opens new fields is a budget we cannot support".

A definite object ("would not sign the deal that was agreed in May") names one existing
target: that is a plain refusal, and so is a negated verb without a restriction.

The paired stance toward the restriction follows the polarity of what it names (coding
guide 3, session-9 clarifications, "Refused variants"): a restriction that names what the
target would do ("that allowed new drilling") is opposed; one that names an omission ("that
left the quotas untouched", "that failed to fund the railway", "that does not include a
review") says the holder wants what is left out: support.

>>> omitted("left the fishing quotas untouched"), omitted("failed to fund the railway")
(True, True)
>>> omitted("leaves the islands under foreign control")
False

>>> text = "the party would not support any treaty that left the fishing quotas untouched"
>>> start, end = refused_variant(text)
>>> text[start:end]
'left the fishing quotas untouched'
>>> text = "a budget that opens new fields is a budget we cannot support"
>>> start, end = refused_variant(text)
>>> text[start:end]
'opens new fields'
>>> refused_variant("they would not sign the deal that was agreed in may") is None
True
"""

from __future__ import annotations

import re

from kg.extract.cues import fold
from kg.extract.stance_value import StanceValue

# the cue of such a conditional stance (its condition is the refused restriction)
REFUSED_VARIANT = "not ... any X that"
# the cue of the stance toward the restriction alone, when X is a generic noun
GENERIC_VARIANT = "not ... any arrangement that"

_ACCEPT = (r"(?:support|accept|sign|back|endorse|approve|ratify|vote\s+for|agree\s+to"
           r"|sign\s+up\s+to|sign\s+on\s+to|go\s+along\s+with|put\s+(?:its|their|our|his|her)"
           r"\s+name\s+to|lend\s+(?:its|their|our|his|her|my)\s+(?:votes?|support)[\"\u201c\u201d]?\s+to"
           r"|(?:a\s+)?part\s+of|take\s+part\s+in|serve\s+in|join|renew)")
# a refusal to come, not a report of a past one ("did not back a plan that ...")
# ("would \u201cnever sign ...", "would refuse to back ...")
_NEGATED = (r"(?:\b(?:would|will|could|can|shall)\s+[\"\u201c\u201d]?(?:not|never|no\s+longer"
            r"|refuse\s+to)|\bcannot|\b(?:wouldn|won|couldn|can|shan)'t)")
# the restriction is a relative clause on the object itself ("a truce that freezes the
# line"), not a state of affairs ("a situation in which ...")
_RESTRICTED = (r"(?:any|an?|a\s+single)\s+(?:[\w'-]+\s+){0,4}?(?:(?<!\bin )(?<!\bunder )(?<!\bby )"
               r"(?:that|which|whose)|(?<!situation )(?<!world )(?<!scenario )(?<!future )"
               r"(?:in|under)\s+which)\s+(?P<y>[^.;:!?,]{3,}?)[\"\u201c\u201d]?(?=\s*(?:[.;:!?,]|$|\s+and\s+"
               r"(?:that|said|added|would|will)\b))")
# an announced rejection of any such variant ("will vote against any deal that ...") is the
# same refusal with a verb of rejecting
_REJECTING = (r"\b(?:would|will|shall)\s+(?:(?!not\b|never\b)\w+\s+)?(?:vote\s+against|oppose"
              r"|reject|veto|block)")
_VERBAL_RE = re.compile(r"(?:" + _NEGATED + r"\s+(?:\w+\s+){0,2}?" + _ACCEPT + r"|" + _REJECTING
                        + r")[\"\u201c\u201d]?\s+" + _RESTRICTED)
_NOMINAL_RE = re.compile(
    r"\b(?:any|an?)\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[\w'-]{3,})\s+(?:that|which)\s+"
    r"(?P<y>[^.;:!?]{3,100}?),?\s+(?:is|would\s+be|will\s+be)\s+(?:an?\s+)?"
    r"(?:[\w'-]+\s+)?(?P=noun)\s+(?:that\s+)?(?:we|i|they|he|she|it|you|the\s+[\w'-]+)\s+"
    r"(?:\w+\s+){0,2}?" + _NEGATED + r"\s+(?:\w+\s+)?" + _ACCEPT + r"\b")


# An omission: a negation or a verb of leaving out in the restriction ("does not include",
# "fails to", "comes without", "left X untouched", "ignores the growers", "says nothing about
# the night shift", "leaves the levy in place": what it passes over is what the holder wants).
_OMISSION_RE = re.compile(
    r"\b(?:not|never|no|without|fail(?:s|ed|ing)?\s+to|lack(?:s|ed|ing)?|omit(?:s|ted|ting)?"
    r"|exclud(?:e|es|ed|ing)|ignor(?:e|es|ed|ing)|disregard(?:s|ed|ing)?|overlook(?:s|ed|ing)?"
    r"|(?:says?|said|saying)\s+nothing\s+(?:about|on|of))\b|n't\b"
    r"|\b(?:leave|leaves|left|leaving)\b[^.;:!?]{0,60}?\b(?:untouched|unchanged|intact|unresolved"
    r"|unaddressed|unanswered|out|outside|aside|waiting|empty-handed|unpaid|in\s+place"
    r"|on\s+the\s+books)\b", re.IGNORECASE)


def omitted(restriction: str) -> bool:
    """Whether a refused variant's restriction names an omission of what the holder wants
    ("that fails to fund the railway") rather than something the target would do."""
    return bool(_OMISSION_RE.search(fold(restriction)))


# Nouns that name no target of their own (coding guide 3, session-11 clarifications, "any X
# must include Y"): "will not accept any arrangement that Y" opposes Y and nothing else.
_GENERIC = frozenset({"arrangement", "arrangements", "language", "wording", "document",
                      "documents", "obligation", "obligations", "settlement", "solution",
                      "formula", "outcome"})
_RELATIVE = frozenset({"that", "which", "whose", "in", "under"})


def _match(low: str) -> re.Match[str] | None:
    if " that " not in low and " which " not in low and " whose " not in low:
        return None
    return _VERBAL_RE.search(low) or _NOMINAL_RE.search(low)


def refused_variant(low: str) -> tuple[int, int] | None:
    """Where the restriction Y of a refused variant ("would not support any X that Y")
    stands in a lower-cased statement, or ``None`` when there is none."""
    m = _match(low)
    return m.span("y") if m else None


def generic_object(low: str) -> bool:
    """Whether the refused variant of lower-cased ``low`` restricts a generic noun ("any
    arrangement that ...", "a document in which ..."), which names no target of its own.

    >>> generic_object("we will not accept any arrangement that splits the port")
    True
    >>> generic_object("we will not sign a treaty that splits the port")
    False
    """
    m = _match(low)
    if m is None:
        return False
    words = re.findall(r"[\w'-]+", low[m.start():m.start("y")])
    while words and words[-1] in _RELATIVE:
        words.pop()
    return bool(words) and words[-1] in _GENERIC


# The converse: accepting only a restricted variant ("would support any code that respects
# navigation rights", "would only back an agreement that reaches the quota") accepts the
# target on condition of the restriction; the holder wants what the restriction names. Only
# with "any" or "only": "would support a reform that allowed investment" names one reform.
ACCEPTED_VARIANT = "only ... any X that"
_MODAL = r"\b(?:would|will|could|can|shall|ready\s+to|prepared\s+to|willing\s+to)\s+"
_ACCEPTED_RE = re.compile(_MODAL + r"(?:only\s+(?:(?!not\b|never\b)\w+\s+)?" + _ACCEPT
                          + r"\s+(?:only\s+)?|(?:(?!not\b|never\b)\w+\s+)?" + _ACCEPT
                          + r"\s+(?:only\s+)?(?=any\b))" + _RESTRICTED)


def accepted_variant(low: str) -> tuple[int, int] | None:
    """Where the restriction Y of an accepted variant ("would support any X that Y",
    "would only back an X that Y") stands in a lower-cased statement, or ``None``.

    >>> text = "the bloc would only back a treaty that kept the quotas"
    >>> start, end = accepted_variant(text)
    >>> text[start:end]
    'kept the quotas'
    >>> accepted_variant("the bloc would back a treaty that kept the quotas") is None
    True
    """
    m = _ACCEPTED_RE.search(low) if " that " in low or " which " in low else None
    return m.span("y") if m else None


def refused_variant_value(text: str, found: StanceValue | None) -> StanceValue | None:
    """``found`` (the value of ``text`` from its cue words), or, when it is an oppose or
    nothing and ``text`` refuses a restricted variant, a conditional value whose condition
    is the restriction; so too when it is a support and ``text`` accepts only a restricted
    variant (:data:`ACCEPTED_VARIANT`)."""
    if (found is not None and found.value not in {"oppose", "support"}) or (
            " that " not in text and " which " not in text and " whose " not in text):
        return found
    low = fold(text).lower()
    accepting = found is not None and found.value == "support"
    find = accepted_variant if accepting else refused_variant
    where = find(low) if len(low) == len(text) else None
    if where is None:
        return found
    condition = text[where[0]:where[1]].strip(" \"\u201c\u201d")
    if accepting:
        return StanceValue("conditional", condition, found.confidence, (ACCEPTED_VARIANT,))
    if generic_object(low):  # only the stance toward the restriction
        return StanceValue("support" if omitted(condition) else "oppose", None, 0.6,
                           (GENERIC_VARIANT,))
    return StanceValue("conditional", condition, 0.6, (REFUSED_VARIANT,))
