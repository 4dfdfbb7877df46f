"""The default value of an attributed statement without a stance cue word.

A reported statement with no cue word still reports an attitude when it is evaluative:
an obligation ("must", "should"), a refusal (a negated modal or first-person clause: "will
not", "we cannot"), or a first-person intention ("we will"). :func:`default_value` gives it
the clause's polarity, with low confidence (coding guide 3.3, 3.6, 3.7).

>>> default_value("we will not hand over the keys").value
'oppose'
>>> default_value("the talks began in 2023") is None
True
"""

from __future__ import annotations

import re

from kg.extract.conditions import SUBJECT_START
from kg.extract.cues import finds as _finds
from kg.extract.cues import fold as _fold
from kg.extract.lexicon import words
from kg.extract.masks import mask, mask_question
from kg.extract.stance_value import StanceValue

# Negation of the speaker's own clause; "nobody wins", "nothing changed" are generic.
_OWN_NEGATION_RE = re.compile(r"\b(not|never|no|without|cannot|no longer)\b|n't\b")
# An obligation ("must", "should", "insists"): an attitude even without a cue word; in
# reported speech "must" shifts to "had to" ("said the fund had to stay with the region"),
# which is no obligation when the speaker tells what he or his side had to do ("we had to
# leave", "we have had to wait"), nor in a perfect or a passive that reports what was done
# ("has had to", "the talks had to be postponed").
DEONTIC_RE = re.compile(r"\b(must|should|need to|needs to|have to|has to|ought to|insist\w*)\b"
                        r"|(?<!\bwe )(?<!\bi )(?<!\bthey )(?<!\bhave )(?<!\bhas )(?<!'ve )"
                        r"\bhad to\b(?!\s+be\s+\w+ed\b)")
_FIRST_PERSON_RE = re.compile(r"\b(we|our|i|my)\b|\blet's\b")
_VOLITION_RE = re.compile(r"\b(will|would|want|wants|shall|can|cannot|going to|ready)\b|'ll\b|n't\b")


def mid_contrast(low: str) -> int | None:
    """Where a contrast word ("but", "though") joins two clauses of the statement; a
    contrast opening the statement ("But nobody can sign ...") links it to the previous
    sentence and joins nothing inside it.

    >>> mid_contrast("we like the plan but not its price"), mid_contrast("but we cannot sign")
    (17, None)
    """
    for m in _finds("contrast", low):
        if re.search(r"\w", low[:m.start()]):
            return m.start()
    return None


# Refusing to bear a cost ("our farmers will not pay for the ministry's mistakes", "we are
# not going to carry the load alone", "our families cannot pay a new fuel bill", "will not let
# pensioners pay for it", "cannot be asked to foot the bill", "we cannot carry the whole cut"):
# the holder demands that those it speaks for be spared, a support for the protection, not an
# opposition (coding guide 3.3, quotes that argue).
_BURDEN_RE = re.compile(r"\s+(?:(?:going\s+to|be\s+(?:made|asked|expected|forced)\s+to|have\s+to"
                        r"|let\s+(?:[\w'-]+\s+){1,2}?)\s*)?(?:pay\s+for|foot\s+the\s+bill"
                        r"|pay\s+(?:the|a|an|this|that|any)\s+(?:[\w-]+\s+){0,2}?(?:bill|price|tax|levy"
                        r"|charge|penalty)|bear\s+the\s+(?:cost|burden)"
                        r"|carry\s+(?:this|it|that|the\s+[\w-]+)\s+alone"
                        r"|carry\s+the\s+(?:whole|entire|full)\s+(?:cut|cost|burden|load|bill))\b")


def refused_burden(low: str, at: int) -> bool:
    """Whether the words after a refusal ending at ``at`` refuse a burden (:data:`_BURDEN_RE`).

    >>> refused_burden("our growers cannot pay a new water levy", 18)
    True
    >>> refused_burden("we will not pay a visit", 11)
    False
    """
    return bool(_BURDEN_RE.match(low, at))


# A negated obligation that spares someone ("families should not be made to wait", "parents
# must not have to pay for childcare", "they must not be treated as second-class citizens",
# "the dispute should not be allowed to derail the talks"): the speaker demands protection
# for them or for the talks, a support, not an oppose (coding guide 3.7; the double negative).
_SPARING_RE = re.compile(r"\s+(?:not|never)\s+(?:be\s+(?:made|forced|expected)\s+to|have\s+to"
                         r"|be\s+treated\s+as|be\s+allowed\s+to\s+(?:derail|wreck|ruin|undermine"
                         r"|destroy|block|stall|jeopardi[sz]e))\b")


def spares(low: str, at: int) -> bool:
    """Whether the modal ending at ``at`` ("should", "must") is a negated obligation that spares
    someone (:data:`_SPARING_RE`).

    >>> spares("farmers should not be made to wait", 14), spares("farmers should not wait", 14)
    (True, False)
    """
    return bool(_SPARING_RE.match(low, at))


# Refusing an exclusion ("our colleagues will not be left behind", "cannot be decided without
# us", "must not be forgotten in a footnote"): a double negative, the holder demands the
# inclusion, a support (coding guide 3.7; session 4, the target is what the sentence names).
_EXCLUSION_RE = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?(?:(?:left|leave|leaving)\s+(?:[\w'-]+\s+){0,3}?"
                           r"(?:behind|out)\b|(?:forgotten|ignored|sidelined|excluded|overlooked"
                           r"|shut\s+out)\b|without\s+(?:[\w'-]+\s+)?[\w'-]+\s*(?:[.,;!?\"\u201d]|$))")
# A role refused for oneself or one's own ("we are not a cash dispenser for the capital",
# "our harbours will not be a parking lot for foreign fleets", "I am not a rubber stamp"):
# the holder defends its own interest against the use another side would make of it, a
# support for that interest, not an opposition (coding guide 3.3, quotes that argue). The
# subject is the first person or what it owns; the predicate an indefinite noun phrase.
_OWN_SUBJECT_RE = re.compile(r"\b(?:we|i|our\s+[\w'-]+|my\s+[\w'-]+)\s+(?:are|is|am|was|were"
                             r"|will|would|shall|can|cannot)\s*(?:never\s+|not\s+)?$")
_ROLE_RE = re.compile(r"(?:\s+be)?\s+(?:a|an)\s+(?!party\b|member\b|signatory\b)[\w'-]+")


def refused_role(low: str, start: int, end: int) -> bool:
    """Whether the negation at ``start``-``end`` of lower-cased ``low`` refuses a role for
    the speaker or what it owns (:data:`_OWN_SUBJECT_RE`, :data:`_ROLE_RE`).

    >>> refused_role("we are not a cash dispenser", 7, 10)
    True
    >>> refused_role("we are not a party to it", 7, 10), refused_role("it is not a good deal", 6, 9)
    (False, False)
    """
    return bool(_OWN_SUBJECT_RE.search(low[max(0, start - 40):start])
                and _ROLE_RE.match(low, end))


# A harmful consequence predicted of the target ("the quota would wreck the talks", "a halt
# would put thousands of jobs at risk", "relaxing the limits would be a gamble"): the speaker
# argues against what would cause it, an oppose (coding guide 3.3, quotes that argue; the
# value table's "warned that ... would"). Not negated, not the speaker's own act ("we would").
# So are a cost or a loss for those it hits ("the toll would empty the market towns", "would
# cost them a season", "would close two mills", "would break the spirit of the pact", "would
# set a bad precedent"); not "break the deadlock".
_HARM_RE = re.compile(
    r"(?<!\bwe )(?<!\bi )\b(?:would|will|could)\s+(?:\w+ly\s+)?(?:(?:wreck|ruin|destroy|kill"
    r"|derail|torpedo|sabotage|cripple|devastate)\b|(?:put|place)\s+(?:[\w'.-]+\s+){0,8}?at\s+risk\b"
    r"|(?:push|drive|force)\s+(?:[\w'.-]+\s+){0,4}?out\s+of\b"
    r"|make\s+(?:[\w'.-]+\s+){0,6}?(?:pointless|meaningless|worthless|useless|impossible)\b"
    r"|do\s+(?:\w+\s+)?(?:damage|harm)\b|be\s+(?:a|an)\s+(?:\w+\s+)?(?:gamble|mistake|disaster"
    r"|catastrophe|blow)\b|empty\b|cost\s+(?:us|them|you)\b|set\s+(?:a|an)\s+(?:[\w'-]+\s+)?precedent\b"
    r"|break\s+(?:the|our|their|its|this|that|a)\s+(?!deadlock|stalemate|impasse|ice\b|silence|logjam)"
    r"|close\s+(?:[\w'.-]+\s+){0,3}?(?:factories|plants|mills|mines|lines|schools|hospitals|shops"
    r"|firms|businesses)\b)")


def harmful_consequence(low: str) -> bool:
    """Whether lower-cased ``low`` predicts a harm of its subject (:data:`_HARM_RE`), quotation
    marks inside the predicate ignored ('would "push the small firms out of the market"').

    >>> harmful_consequence('the levy would put "thousands of jobs" at risk')
    True
    >>> harmful_consequence("we would put the question at risk of delay"), harmful_consequence(
    ...     "the deal would not wreck anything")
    (False, False)
    """
    return bool(_HARM_RE.search(re.sub("[\"\u201c\u201d]", "", low)))


# A refused purpose ("we did not come here to talk about the weather", "we did not enter this
# cabinet to repaint the hallways"): the holder insists on the real aim it came or joined
# for, a support, not a refusal of a target (coding guide 3.3, quotes that argue).
_PURPOSE_RE = re.compile(r"\s+(?:(?:come|came|join|joined|enter|entered|sign\s+up|travel|fight|fought)\b"
                         r"|(?:get|got|win|won)\s+[\w'-]+)[^,.;:!?]{0,40}?\bto\s+"
                         r"(?!the\b|a\b|an\b|this\b|our\b)\w+")  # not "get to vote", "came to the table"
_LEADING_IF_RE = re.compile(r"^\W*(?:if|when|once)\b[^,]*,\s*")
_WINDOW = 30  # characters before a negation in which its modal or first person must stand


_AUXILIARIES = {"would", "will", "could", "can", "shall", "wo", "ca", "does", "do", "did", "is",
                "are", "was", "were", "has", "have", "had", "be", "been", "still", "also",
                "simply", "just", "never", "not", "no", "longer"}
_AGENT_WORDS = {"it", "they", "he", "she", "we", "i", "you", "government", "ministry",
                "administration", "party", "union", "company", "side", "sides", "country",
                "army", "military", "bloc", "group", "committee", "council", "commission",
                "delegation", "team", "parliament", "cabinet", "leadership", "movement",
                "management", "board", "employer", "employers", "workers", "members",
                "officials", "minister", "president", "chancellor", "envoy", "negotiators",
                "rebels", "forces", "authorities", "state", "kingdom", "republic", "alliance"}


_CONJUNCTIONS = {"but", "and", "yet", "or", "though", "although", "while"}


def _agentive(orig: str, at: int) -> bool:
    """Whether the clause negated at ``at`` has an actor as subject ("Kyiv would not",
    "the government will not", "they cannot"), not a thing ("a fuel subsidy alone would
    not end the shortage": a prediction, coding guide section 6). The subject is guessed as
    the word before the auxiliaries: a pronoun, a capitalised name or an actor noun; a
    clause whose subject is left out after a conjunction ("but will not open the
    market") has the statement's own subject."""
    before = re.findall(r"[\w'-]+", orig[:at])
    while before and before[-1].lower().removesuffix("n't") in _AUXILIARIES:
        before.pop()
    if not before or before[-1].lower() in _CONJUNCTIONS:
        return True  # the subject is left out: the statement's own ("..., but will not")
    word = before[-1]
    return word[:1].isupper() or word.lower() in _AGENT_WORDS


def _own_negation(low: str, orig: str | None = None) -> re.Match[str] | None:
    """The first negation that refuses something: inside a modal or first-person clause
    ("we will not", "I cannot") with an actor as subject, and not negating a verb of
    thinking or saying ("I do not underestimate", "we are not asking"). "This is not a
    perfect text" describes; "the deal would not end the war" predicts. ``orig`` is the
    text in its own case, offset for offset (for the subject's capital)."""
    for m in _OWN_NEGATION_RE.finditer(low):
        window = low[max(0, m.start() - _WINDOW):m.end()]
        first = _FIRST_PERSON_RE.search(window)
        if not (first or _VOLITION_RE.search(window)):
            continue
        if not first and orig is not None and not _agentive(orig, m.start()):
            continue
        following = set(re.findall(r"[\w']+", low[m.end():m.end() + 40])[:3])
        if following & words("stance", "non_attitude"):
            continue
        return m
    return None


def default_value(text: str) -> StanceValue | None:
    """The value of an attributed statement that has no cue word (low confidence).

    Only evaluative statements count: an obligation ("must", "should"), a refusal (a
    negated modal or first-person clause: "will not", "we cannot"), or a first-person
    intention ("we will"). Background, negated descriptions ("1992 is not today"),
    predictions ("the talks could take months"), reports of thinking or saying ("we
    were told", "I would be surprised") and a leading hypothetical ("if there is no
    consensus, ...") give no attitude. A negation gives oppose, also when a contrast joins
    it to a clause without one ("we will not cut the quota, but the timing is open"):
    without a cue word neither clause accepts a part of the target, so it is no ``mixed``
    (coding guide 3.8), anything else support.

    >>> default_value("I do not underestimate the gap that separates the two camps") is None
    True
    >>> default_value("if there is no deal by Friday, I will say so") is None
    True
    """
    full = mask(mask_question(text, _fold(text).lower()))
    cut = _LEADING_IF_RE.match(full)
    low = full[cut.end():] if cut else full
    orig = text[len(full) - len(low):] if len(full) == len(text) else None
    negated = _own_negation(low, orig)
    first = _FIRST_PERSON_RE.search(low)
    if first:
        following = set(re.findall(r"[\w']+", low[first.end():first.end() + 30])[:3])
        if following & words("stance", "non_attitude"):
            first = None
    volition = bool(first and _VOLITION_RE.search(low))
    if not (negated or volition or DEONTIC_RE.search(low)):
        return None
    if negated and refused_burden(low, negated.end()):
        return StanceValue("support", None, 0.4, ("default: refused burden",))
    if negated and _PURPOSE_RE.match(low, negated.end()):
        return StanceValue("support", None, 0.4, ("default: refused purpose",))
    if negated and _EXCLUSION_RE.match(low, negated.end()):
        return StanceValue("support", None, 0.4, ("default: refused exclusion",))
    if negated and refused_role(low, negated.start(), negated.end()):
        return StanceValue("support", None, 0.4, ("default: refused role",))
    if negated:
        return StanceValue("oppose", None, 0.4, ("default: negation",))
    if harmful_consequence(low):
        return StanceValue("oppose", None, 0.4, ("default: harmful consequence",))
    return StanceValue("support", None, 0.4, ("default: affirmative",))


# The holder's own contingency ("would take it to court, if necessary", "would put it into
# statute if voted back into office", "we would sign it this week, if we were in their place"): no
# condition of acceptance, the statement stands (coding guide 3.4: a condition asks something
# that may not happen of another party or the world).
CONTINGENCY_IF_RE = re.compile(
    r"\W*if\s+(?:necessary|need\s+be|needed|required|possible|appropriate|the\s+need\s+aris\w*"
    r"|the\s+need\s+arose|(?:re-)?elected|returned\s+to|(?:i|we)\s+were)\b", re.IGNORECASE)
# A condition opening the statement ("If they lift the duties, ...", "Once it is signed, ...",
# "The day the shelling stops, ...": "the day X" and "the moment X" with a clause of their own
# are "once X", coding guide 3, session-8 clarifications; not "The day after the vote, ...").
OPENING_IF_RE = re.compile(r"^\W*(?:if|once|the\s+(?:day|moment)\s+(?=" + SUBJECT_START + r"))\b"
                           r"[^,]{3,}?,\s*(?:then\s+)?", re.IGNORECASE)
# An opening "if" that names the addressee's own aim or topic ("If governments want to help",
# "If Russia is serious about peace", "If we are talking about fairness"), followed by what
# must or should be done: an argument for that course, not a condition of acceptance.
RHETORICAL_IF_RE = re.compile(r"^\W*if\s+[^,]{0,60}?\b(?:wants?|wish(?:es)?|(?:is|are|'re)\s+"
                              r"(?:serious|talking|speaking)|means?\s+it|cares?\s+about"
                              r"|it\s+comes\s+to)\b", re.IGNORECASE)


def opening_condition(text: str, value: StanceValue) -> StanceValue:
    """An uncued statement's ``value`` (default or learned) made conditional when the
    statement opens with a condition and the value is support: an offer ("If they lift
    the duties, we can sign"; coding guide 3.5). Not the holder's own contingency ("If
    necessary, ..."), an argument ("If they want peace, ..."), a negated condition ("If
    there is no deal, I will say so"), an oppose ("If X happens, others will follow") or a
    threat.

    >>> plain = StanceValue("support", None, 0.4, ("default: affirmative",))
    >>> opening_condition("If they lift the duties, we will sign within a week.", plain).value
    'conditional'
    >>> opening_condition("If necessary, we will sign within a week.", plain).value
    'support'
    """
    opening = OPENING_IF_RE.match(text)
    if value.value != "support" or opening is None or CONTINGENCY_IF_RE.match(text) \
            or RHETORICAL_IF_RE.match(text) or _finds("threat", _fold(text).lower()):
        return value
    condition = text[:opening.end()]
    if _OWN_NEGATION_RE.search(condition.lower()):
        return value
    return StanceValue("conditional", condition.strip(" ,\"\u201c"), value.confidence, ("if ...,",))
