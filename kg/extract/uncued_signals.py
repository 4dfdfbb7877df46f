"""What an attributed statement without a stance cue word says about an attitude.

The rules of :mod:`kg.extract.stance` value a statement by its cue words; a statement with
none ("A freeze costs nothing and buys time," she said) is decided by the uncued gate
(:mod:`kg.extract.learn.uncued_gate`) from the general signals computed here, none of them
tied to a topic or an article:

- whether the speaker's own words are quoted, or a quotation continues on its own;
- the main clause's negation, modality and first person;
- evaluative words (VADER's valence lexicon, when the optional ``vaderSentiment`` package is
  installed; a negator before a word turns it over, so "not a problem" is positive);
- signs of no attitude: a statement that says nothing ("has not commented", "gave no
  indication"), a report of belief or expectation ("said she believed"), a schedule (a
  date or day with no evaluation: "talks resume in January"), a holder who comments
  rather than negotiates (an analyst, a professor: roles without an office).

:func:`value_of` gives the value such a statement would have: neutral for a non-committal
answer ("has not taken a final view") or a report of procedure or study ("said only that",
"is looking carefully at"), a correction's value by what it sets aside ("a breather, not a
truce" opposes, "a right, not a gift" supports), support for a negated negative ("will not
walk away") or a construction that supports what it names (an imperative, "what we want
is", "is not up for discussion"), else the sign of the clause's valence, a bare negation
counting against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.default_value import harmful_consequence, refused_burden
from kg.extract.learn.uncued import FIRST_PERSON_RE, polarity, tokens, valence_lexicon
from kg.extract.lexicon import words

_QUOTE_RE = re.compile(r"[\"\u201c][^\"\u201c\u201d]{3,}")
_NOT_SAID_RE = re.compile(
    r"^\W*(?:\w+\s+){0,2}?(?:has|have|had|did|does|do|would|could)\s+(?:not|n't|never)\s+"
    r"(?:yet\s+)?(?:\w+ly\s+)?(?:comment|confirm|say|said|respond|elaborate|disclose|reply"
    r"|specif|indicate|detail)\w*"
    r"|^\W*(?:\w+\s+){0,2}?(?:gave|give|gives|offered|offers)\s+no\b|\bdeclined to\b")
_TIME_RE = re.compile(
    r"\b(?:january|february|march|april|(?:in |early |late |mid-)may\b|may \d|june|july|august"
    r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|next (?:week|month|year|round)|within (?:\w+ )?(?:days|weeks|months|hours)"
    r"|later this|by the end of|tomorrow|tonight)\b")
_EPISTEMIC_RE = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:believed|believes|assumed|assume|thought|expected|expects"
    r"|did not expect|does not expect|was (?:his|her|their) reading|suspect\w*)\b")
NEGATION_RE = re.compile(
    r"\b(?:not|never|no|nothing|nobody|none|neither|nor|cannot|without|no longer)\b|n't\b")
_MODAL_RE = re.compile(
    r"\b(?:would|could|should|must|will|can|cannot|shall|might|need|needs)\b|'ll\b")
_NEGATED_NEGATIVE_RE = re.compile(
    r"(?:\b(?:not|never|no intention of)|n't|\b(?:nobody|no one)(?:\s+\w+)?)\s+(?:\w+\s+){0,2}?"
    r"(?:give up|giving up|abandon"
    r"|walk away|walking away|back down|backing down|drop|dropping|let go)\b"
    r"|\b(?:cannot|can't|can not) wait\b|\bsoon enough\b")
# A leading condition that is negative ("without guarantees, ...", "if we do not build
# them, ...") makes what it lacks necessary: the statement supports it.
_NEGATIVE_CONDITION_RE = re.compile(
    r"^\W*(?:without\b[^,]{2,60},|if\b[^,]{0,60}(?:\b(?:not|no|never)\b|n't)[^,]{0,40},)")
# What lacks a thing is judged by its lack, so the statement needs the thing (coding guide
# 3.3, quotes that argue): a clause opening on "without" with no comma ("without quotas our
# fleet rusts in port", "since without that levy nobody dredges the canal") and a subject
# that lacks it ("a truce without monitors is worth little", "every day without a deal costs
# us"), unless the predicate is negated ("a halt without talks is never peace" judges the
# halt). Not a manner ("without delay").
_LACKING_RE = re.compile(
    r"(?:^\W*|\b(?:because|since|but|and|that)\s+)without\s+(?!(?:delay|hesitation|doubt|question"
    r"|exception|conditions?|preconditions?)\b)"
    r"|^\W*(?:[\w'-]+\s+){1,4}without\s+(?:[\w'-]+\s+){1,5}?(?:is|are|was|were|would|will|costs?"
    r"|means?|leaves?)\s+(?!not\b|no\s+longer\b|never\b)")
# Verbs of requesting: the holder wants what the content says ("pressed the EU to ...").
_REQUEST_VERBS = frozenset({"press", "urge", "call", "ask", "appeal", "demand", "want"})
# "called the plan 'a Trojan horse'": "call" names and judges its object, it requests nothing
# (not "called for", "called on"); the judgement's own words give the value.
_NAMING_RE = re.compile(r"^\W*(?:[\w'.,-]+\s+){0,8}?call(?:s|ed|ing)?\s+"
                        r"(?!for\b|on\b|upon\b|in\b|off\b|out\b)")
# Constructions that support what they name whatever the valence of their words: an
# imperative or a stated want ("Halt the shelling now", "all we ask is that ..."); something
# declared beyond negotiation ("the border is not up for discussion", "cannot be reopened");
# a step said to cost nothing ("a pause costs neither side anything", not the cheap talk
# of "it costs them nothing to say so"); a harm denied ("no pupil
# will be left without a teacher").
_SUPPORTING_RE = re.compile(
    r"^\W*(?:[^:\"\u201c]{0,80}:\s*)?(?:stop|halt|end|release|lift|withdraw|return|let"
    r"|give|sign|reopen|cease|resume|restore|respect|pull back)\s+(?!to\b|of\b|is\b|was\b)"
    r"|\b(?:what|all)\s+(?:we|i|they|he|she)\s+(?:want|wants|ask|asks|need|needs|demand|demands)"
    r"\s+is\b"
    r"|\bnot\s+(?:\w+\s+)?(?:up for|open to|a subject for|subject to|part of any)\s+(?:\w+\s+)?"
    r"(?:discussion|negotiation|debate|trade-offs?|bargaining|bargain)\b|\bnon-negotiable\b"
    r"|\bnot negotiable\b|\b(?:cannot|can't|could not|will not|won't)\s+be\s+(?:reopened"
    r"|renegotiated)\b"
    r"|(?<!\bit )\bcosts?\s+(?:\w+\s+)?(?:nothing|neither|nobody|no one)\b(?!\s+to\b)"
    r"|\bno\s+\w+(?:\s+\w+){0,6}?\s+(?:will|would|shall)\s+be\s+left\s+without\b")
# An intention to act against something opposes it ("would repeal any such deal", "will
# fight it in parliament", "vowed to challenge the law"; not "fight for", not negated).
_COUNTER_ACTION_RE = re.compile(
    r"\b(?:would|will|shall|to)\s+(?:(?!not\b|never\b)\w+\s+)?(?:fight|challenge|repeal|block"
    r"|overturn|veto|scrap|reverse|resist|contest)\b(?!\s+(?:for|to)\b)|'ll\s+(?:fight|challenge"
    r"|repeal|block|overturn|veto|scrap|reverse|resist|contest)\b(?!\s+(?:for|to)\b)")
# A statement that only reports a procedure or a study of the matter is no attitude
# ("said only that it was for the ministers", "is looking very carefully at the offer",
# "every proposal will be studied").
_ONLY_REPORTS_RE = re.compile(
    r"\bsaid only\b|\blook(?:ing|s)?\s+(?:\w+\s+){0,2}?(?:at|into)\b"
    r"|\blooking\s+(?:very\s+|more\s+)?(?:carefully|closely)\b"
    r"|\b(?:will|would|is|are)\s+(?:be\s+|being\s+)studied\b|\bwith interest\b")
_NON_COMMITTAL_RE = re.compile(
    r"\b(?:not ruling (?:anything|it) (?:in or )?out|(?:has|have|had) not (?:yet )?"
    r"(?:taken|reached|formed) a (?:final )?(?:view|position|decision)"
    r"|listen(?:ing)? carefully|too early to (?:say|tell)|when the picture is clearer"
    r"|(?:would|will) look at it|not yet decided|keep(?:ing)? an open mind"
    r"|(?:not|n't) exclud\w* anything)")
_NEGATORS = frozenset({"not", "never", "no", "nothing", "nobody", "none", "cannot",
                       "without", "neither", "nor"})
BARE_NEGATION = 1.5  # valence a negation not attached to an evaluative word counts against
OPPOSE_BELOW = -1.0  # a clause whose valence is lower than this is opposed


@dataclass(frozen=True)
class Signals:
    """The signals of one uncued statement (see the module docstring)."""

    quoted: bool
    continued_quote: bool
    negation: bool
    modal: bool
    first_person: bool
    schedule: bool
    says_nothing: bool
    belief: bool
    non_committal: bool
    positive: float
    negative: float
    valence: float
    evaluative_words: bool


def valence(toks: list[str]) -> float:
    """The clause's summed valence (VADER's lexicon): a negator in the three words before
    an evaluative word turns it over (a negative word fully; a positive one to -0.7 of
    itself, but at least as negative as a bare negation), and each negator attached to no
    evaluative word counts :data:`BARE_NEGATION` against. Without the lexicon only the
    bare negations count.

    >>> valence(tokens("we do not accept it")) < 0
    True
    """
    lexicon = valence_lexicon()
    total = 0.0
    attached: set[int] = set()
    for k, tok in enumerate(toks):
        v = lexicon.get(tok)
        if v is None or tok in _NEGATORS:
            continue
        negators = [j for j in range(max(0, k - 3), k)
                    if toks[j] in _NEGATORS or toks[j].endswith("n't")]
        if negators:
            attached.update(negators)
            v = -max(0.7 * v, BARE_NEGATION) if v > 0 else -v
        total += v
    bare = sum(1 for j, tok in enumerate(toks)
               if (tok in _NEGATORS or tok.endswith("n't")) and j not in attached)
    return total - BARE_NEGATION * bare


def signals(content: str, verb: str) -> Signals:
    """The signals of a statement's content (``verb``: the statement's speech verb,
    ``quote`` for a quotation standing on its own).

    >>> s = signals('"This plan is a disaster for our farmers," she said.', "say")
    >>> s.quoted, s.first_person, s.valence < 0
    (True, True, True)
    >>> signals("has not commented on the report.", "comment").says_nothing
    True
    """
    low = content.lower().replace("\u2019", "'")
    toks = tokens(content)
    pos, neg = polarity(toks)
    lexicon = valence_lexicon()
    return Signals(
        quoted=bool(_QUOTE_RE.search(content)) or verb == "quote",
        continued_quote=verb == "quote",
        negation=bool(NEGATION_RE.search(low)),
        modal=bool(_MODAL_RE.search(low)),
        first_person=bool(FIRST_PERSON_RE.search(low)),
        schedule=bool(_TIME_RE.search(low)),
        says_nothing=bool(_NOT_SAID_RE.search(low)),
        belief=bool(_EPISTEMIC_RE.search(low)),
        non_committal=bool(_NON_COMMITTAL_RE.search(low)),
        positive=pos,
        negative=neg,
        valence=valence(toks),
        evaluative_words=any(t in lexicon for t in toks),
    )


def negated_negative(content: str) -> bool:
    """Whether the statement denies giving something up ("we will not walk away from the
    table", "no intention of dropping it") or finds it urgent ("cannot wait"): support,
    though it is negated.

    >>> negated_negative("we will not walk away from the table"), negated_negative("we will not sign")
    (True, False)
    """
    return bool(_NEGATED_NEGATIVE_RE.search(content.lower().replace("\u2019", "'")))


# A date, a timetable or information said not to exist or not given: the schedule is open.
_NO_DATE_RE = re.compile(
    r"\b(?:no (?:firm |new |fixed )?(?:dates?|timetable|information)|(?:(?:did|does|do|would"
    r"|could) not |without )(?:give|gave|giving|given|set|setting) (?:a|any) (?:date|timetable))\b")


def only_negation(pattern: re.Pattern[str], content: str, *,
                  nor: re.Pattern[str] | None = None) -> bool:
    """Whether ``pattern`` matches the lower-cased ``content`` and no other negation is left
    (nor anything ``nor`` matches)."""
    low = content.lower()
    rest = pattern.sub(" ", low)
    return rest != low and not NEGATION_RE.search(rest) and not (nor and nor.search(rest))


def undated(content: str) -> bool:
    """Whether the only negation of a statement says that no date is set or no information
    given ("no date was fixed for the next call", "said talks would resume soon but did not
    give a date", "'There are no dates yet'"): a report of the schedule, no attitude.

    >>> undated("no date has been set for the next round"), undated("we will not sign, and no date is set")
    (True, False)
    >>> undated("they would set a date soon")  # no negation: not a report that none is set
    False
    """
    return only_negation(_NO_DATE_RE, content)


# Where the main clause ends: a relative clause or an aside on its object ("the tax, which
# funds pensions", "investment that does not happen"), a purpose or reason ("so that", "because",
# ", citing"), the rejected half of a correction ("for Ukraine to decide, and not for ...",
# "faster, not less"), or a second reported clause (", adding that").
_MAIN_END_RE = re.compile(
    r",?\s+(?:which|who|whose)\b|(?<=[a-z]) that (?=(?:does|do|did|is|are|was|were|has|have|had"
    r"|will|would|can|could)\b)|\s+(?:so that|because|since)\b|,\s*(?:citing|adding|arguing"
    r"|saying)\b|(?:,\s*[\"\u201c]?(?:(?:and|but)\s+)?|\s+[\"\u201c]?(?:and|but)\s+)not\s+(?:for|in|on"
    r"|by|to|a|an|the|less|more|just|only)\b")
_MAIN_WORDS = 4  # a cut that leaves fewer words is a relative clause on the subject
# A refusal in the main predicate: a modal, an auxiliary or a first-person subject negated
# ("will not join the walkout", "could not go beyond the grant", "had no intention of
# suspending the tax", "there can be no impunity clause"). The words after it name what is
# refused, whatever their own valence (a "walkout" refused is still refused).
_REFUSAL_RE = re.compile(
    r"\b(?:will|would|could|can|shall|should|must|do|does|did|is|are|was|were|has|have|had"
    r"|we|i)\s+(?:not|never)\b|\b(?:won't|wouldn't|couldn't|can't|cannot|don't|doesn't|didn't"
    r"|shouldn't|mustn't)|\b(?:no|without any)\s+(?:intention|plans?|interest|desire|place)\b"
    r"|\bthere\s+(?:can|could|will|would|must|should)\s+be\s+[\"\u201c]?no\b")
# A refusal whose verb is itself negative supports ("will not harm the talks", "cannot
# abandon them"): a negative word within this many words after the refusal.
_REFUSAL_SPAN = 3


def main_clause(low: str) -> str:
    """The statement up to where its main clause ends (see :data:`_MAIN_END_RE`).

    >>> main_clause("the council had no intention of raising the levy, which pays for the buses")
    'the council had no intention of raising the levy'
    >>> main_clause("it was for the capital to decide, and not for the country that started it")
    'it was for the capital to decide'
    """
    for end in _MAIN_END_RE.finditer(low, 1):
        if len(low[:end.start()].split()) >= _MAIN_WORDS:
            return low[:end.start()]
    return low


def refusal(low: str) -> str | None:
    """The value of a refusal in the main clause (:data:`_REFUSAL_RE`): ``oppose``, or
    ``support`` when the refused verb is itself negative ("will not let it die"); ``None``
    when the main clause refuses nothing."""
    return _refusal_in(main_clause(low))


def _refusal_in(main: str) -> str | None:
    m = _REFUSAL_RE.search(main)
    if m is None:
        return None
    if refused_burden(main, m.end()):  # "cannot be asked to pay for it": spare them
        return "support"
    lexicon = valence_lexicon()
    after = tokens(main[m.end():])[:_REFUSAL_SPAN]
    if set(after[:2]) & words("stance", "non_attitude"):
        return None  # "we cannot ask our farmers to ...": no refusal of the speaker's own
    if any(lexicon.get(t, 0.0) <= -1.5 for t in after):
        return "support"
    return "oppose"


# A correction of what the subject is ("a breather, not a truce", "is a right, not a gift",
# "belongs before a judge, not in a pact"): a copula's predicate, then ", not" and what is set
# aside. The words set aside decide (:func:`correction`). Not an obligation ("must be written
# into the law, not into a memo": a demand) nor a way or time set aside ("sooner, not later",
# "now, not in spring", "a matter for voters, not for a court").
_CORRECTION_RE = re.compile(
    r"(?<!\bmust )(?<!\bto )(?<!\bshould )\b(?:is|are|was|were|be|remains?|belongs?)\s+"
    r"[^,;:.!?]{2,60}?,\s+(?:and\s+)?[\"\u201c]?not\s+(?:a\s+|an\s+|the\s+|in\s+(?:a\s+|an\s+|the\s+)?)?"
    r"(?!(?:less|more|later|sooner|earlier|after|before|now|then|today|tomorrow|yet|only|just|simply"
    r"|because|when|where|how|that|this|by|for|to|with|from|at|on|of)\b)"
    r"(?P<z>[\w'-]+(?:\s+[\w'-]+){0,2})")


def correction(low: str) -> str | None:
    """The value of a correction in lower-cased ``low`` (:data:`_CORRECTION_RE`): support when
    what is set aside is a lesser thing ("a right, not a gift": the subject is raised above
    it), oppose otherwise ("nine days is a breather, not a truce": the subject falls short of
    the real thing); ``None`` without a correction.

    >>> correction("the quota is a right, not a gift")
    'support'
    >>> correction("ten weeks is a pause, not a ceasefire"), correction("they signed it")
    ('oppose', None)
    """
    m = _CORRECTION_RE.search(low)
    if m is None:
        return None
    lesser = words("evaluation", "lesser")
    return "support" if set(m.group("z").split()) & lesser else "oppose"


def _requests(verb: str, low: str) -> bool:
    """Whether the statement's verb requests what it names ("urged", "called for"), not
    "called X Y" (:data:`_NAMING_RE`)."""
    head = verb.split(":", 1)[0]
    return head in _REQUEST_VERBS and not (head == "call" and _NAMING_RE.match(low))


def value_of(content: str, verb: str, found: Signals) -> str:
    """The value an uncued statement has if it is a stance: neutral when non-committal or
    only a report of procedure or study (:data:`_ONLY_REPORTS_RE`); the value of a correction
    by what it sets aside (:func:`correction`: "a breather, not a truce"); support for a negated
    negative, a negative leading condition, a supporting construction
    (:data:`_SUPPORTING_RE`) or a request; oppose for an intention to act against
    something (:data:`_COUNTER_ACTION_RE`: "would repeal it"); the
    value of a refusal in the main predicate, toward what it refuses (:func:`refusal`);
    else oppose when the main clause's valence is below :data:`OPPOSE_BELOW`, support
    otherwise. The valence of a clause's object is no attitude of the holder: "will not
    join the walkout" opposes the walkout, "a tax which funds pensions" is no support.

    >>> def value(text): return value_of(text, "say", signals(text, "say"))
    >>> value("we will not walk away from the table")
    'support'
    >>> value("it has not taken a final view")
    'neutral'
    >>> value("without a guarantee, this truce will not hold")
    'support'
    >>> value("we will not sign this text")
    'oppose'
    >>> value('"Stop the raids on the villages now!" wrote.')
    'support'
    """
    low = content.lower().replace("\u2019", "'")
    if found.non_committal or _ONLY_REPORTS_RE.search(low):
        return "neutral"
    corrected = correction(low)
    if corrected is not None:  # "a breather, not a truce": the words set aside decide
        return corrected
    if (negated_negative(content) or _NEGATIVE_CONDITION_RE.search(low) or _LACKING_RE.search(low)
            or _SUPPORTING_RE.search(low) or _requests(verb, low)):
        return "support"
    main = main_clause(low)
    if _COUNTER_ACTION_RE.search(main) or harmful_consequence(low):
        return "oppose"
    refused = _refusal_in(main)
    if refused is not None:
        return refused
    return "oppose" if valence(tokens(main)) < OPPOSE_BELOW else "support"


def gate_features(found: Signals, value: str) -> dict[str, float]:
    """The features of the uncued gate (names prefixed ``g_``): the signals, the
    strength of the clause's evaluative words and valence, and the value :func:`value_of`
    gave (``g_value_...``; the gate writes it, the model may weigh it)."""
    import math

    out = {f"g_{name}": float(getattr(found, name)) for name in (
        "quoted", "continued_quote", "negation", "modal", "first_person", "schedule",
        "says_nothing", "belief", "non_committal", "evaluative_words")}
    out["g_strength"] = math.tanh((found.positive + found.negative) / 4)
    out["g_valence"] = math.tanh(abs(found.valence) / 4)
    out.update({f"g_value_{v}": float(value == v) for v in VALUES})
    return out


VALUES = ("support", "oppose", "neutral")  # the values :func:`value_of` gives
