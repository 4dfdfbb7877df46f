"""Conditions in statements: where a condition begins, and what outcome it demands.

Besides the condition phrases of data/lexicons/stance.yaml ("only if", "provided
that", "as long as"), some conditions are constructions rather than phrases:

- "would only return if ...", "is only possible once ..." (a discontinuous "only ... if",
  "only ... once", "only ... when", "only ... after");
- "no deal without ...", "without ... there is no deal" (or no budget, no anything),
  "either ... or there is no agreement", "either ... or we walk out" (a precondition, an
  ultimatum);
- "there will be no ceasefire while ..." (the negated thing waits for a state to end);
- "its support for the text depended on ...", "it depends on ..." (the attitude
  depends on something; "families depend on fishing" is no condition);
- "talks should be postponed until ...", "sanctions (must) stay until ...", "kept the treaty
  suspended until ...", "would oppose any transfer until ..." (a precondition in time);
- "any deal would have to include ..." (what an agreement must contain);
- "... before it agrees to a new deal" (the agreement waits for what comes first);
- "a meeting has to be prepared, otherwise there is no point in it" (what must be
  comes first; without it the target is pointless);
- "we will pay when the money is there, and not one day before", "as part of a just peace,
  and not a day before" (the act waits for the condition, and no sooner);
- "would second its monitors to any body that both capitals set up and agree" (the offer waits
  for others);
- "would send engineers once a ceasefire had held", "will sign the moment they drop the
  clause" (what the holder will do waits for something that may not happen: coding guide
  3.4, clarifications: "once X", "as soon as X", "the moment X"; not "once again", "once a
  year", "up to the moment", nor a date: "once the new year begins" is certain).

A condition phrased as a demand also gives support for the demanded outcome
(coding guide 3.4); a bare "if" states no demand.

>>> [(c.cue, c.start) for c in find_conditions("we would only sign if they leave")]
[('only ... if', 19)]
>>> demanded_outcome("only ... if", "if the troops leave")
'the troops leave'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ONLY_IF = "only ... if"
NO_DEAL_WITHOUT = "no ... without"
DEPENDS = "depends on"
UNTIL = "not ... until"
WHILE = "not ... while"
MUST_INCLUDE = "any deal must"
# the same with a generic noun ("any deal", "any settlement"): no target of its own
GENERIC_MUST_INCLUDE = "any generic X must"
BEFORE = "before ... agrees"
OTHERWISE = "must ..., otherwise"
BEFORE_ANY = "wants X before any Y"
ONCE = "would ... once"
NOT_BEFORE = "..., and not a day before"
AGREED = "any X the parties agree on"

# The first word of a clause's subject ("the day the shelling stops", "the day we get it"):
# "the day" that opens a clause of its own, not "the day after", "the day of the vote".
SUBJECT_START = (r"(?:the|a|an|we|they|he|she|it|i|you|somebody|someone|anyone|everyone|both|all"
                 r"|our|their|its|his|her|these|those)\s+(?!(?:of|after|before)\b)")
# The target's own coming about ("the day the board approves it"): a sequence, no condition.
_OWN_COMING = r"(?:adopt|approv|pass|sign|ratif|enact)\w*\s+(?:it|them)\b"
_AGREEMENTS = r"(?:deal|agreement|talks|peace|ceasefire|truce|accord|settlement)"
_ONLY_IF_RE = re.compile(r"\bonly\s+(?:[^\s.;]+\s+){1,8}?(?=(?:if|once|when|after)\b)")
_NO_DEAL_WITHOUT_RE = re.compile(
    rf"\bno {_AGREEMENTS}\b[^.;]{{0,20}}?(?=\bwithout\b)"
    rf"|(?=\bwithout\b[^.;]{{1,60}}?\b(?:there (?:is|will be|can be) )?no {_AGREEMENTS}\b)"
    # "without an index jump, there is no budget": any thing said not to exist without it
    r"|(?=\bwithout\b[^.;]{1,60}?\bthere (?:is|will be|can be|would be) no\b)"
    r"|\bthere (?:is|will be|can be|would be) no\b[^.;]{1,40}?(?=\bwithout\b)")
# "that" right before the verb after a noun: a relative pronoun ("a government that
# depended on"), not the subject ("that depends on") nor a complementizer ("said that
# the offer depended on")
_RELATIVE_THAT_RE = re.compile(r"[a-z] that\s+(?:will |would )?$")
NO_DEAL_TAIL_RE = re.compile(
    rf"\s*,?\s*(?:or (?:else )?)?(?:there (?:is|will be|can be) )?no {_AGREEMENTS}\b.*$"
    r"|\s*,?\s*there (?:is|will be|can be|would be) no\b.*$", re.IGNORECASE)
_DEPENDS_RE = re.compile(
    r"\b(?:support|backing|approval|participation|acceptance|consent|decision|offer|answer|"
    r"it|this|that|everything)\b[^.;,]{0,40}?\b(?=(?:will |would )?(?:depends?|depended|hinges?"
    r"|hinged) (?:on|upon)\b)")
# A moment is no condition ("will stay until the end of the year", "no talks until March";
# coding guide 3.4, clarification: a date or a sequence of certain events is no condition).
TIME_WORDS = (r"(?:the\s+(?:end|start|beginning|middle)\s+of|next|this\s+(?:week|month|year)|late|early"
              r"|mid\b|mid-|at\s+least"
              r"|\d|then\b|now\b|further\s+notice|later|tomorrow|today|tonight|dawn|dusk|midnight|noon"
              r"|(?:the\s+)?(?:morning|evening|night|weekend)\b|(?:the\s+)?(?:spring|summer"
              r"|autumn|fall|winter|new\s+year)\b|january|february|march|april|may\b|june|july|august"
              r"|september|october|november|december|monday|tuesday|wednesday|thursday|friday"
              r"|saturday|sunday)")
# "there will be no ceasefire while a single hostage is held", "we will not sign while under
# fire": the negated thing waits for the state of affairs to end (a condition, no demand).
_NOT_WHILE_RE = re.compile(r"\b(?:no|not|never)\b[^.;]{0,60}?(?=\bwhile\b)")
_UNTIL_RE = re.compile(
    r"\b(?:no|not|never|refus(?:e[sd]?|ing)|postpone[sd]?|postponed|delay(?:ed|s)?|suspend(?:ed|s)?"
    r"|wait(?:ed|s)?|hold off|put off|(?:must|should|will|would|has to|have to)\s+(?:stay|remain)"
    r"|stays|stayed|remains|remained|(?:keeps?|kept)(?!\s+\w+ing\b)|oppose[sd]?)\b"
    r"(?:[^.;]|(?<=\b\w)\.){0,100}?"  # "U.S." ends nothing
    r"(?=\buntil\b(?!\s+" + TIME_WORDS + r"))")
# "will not sign before the troops leave", "no plans to ease sanctions before a peace deal is
# signed", "Not before the shelling ends.": a negated act that waits for what comes first is the
# same precondition as "not ... until" (coding guide 3.4, "no talks until the troops leave");
# not a moment or an event of the calendar ("not before March", "no decision before the next
# round") nor the holder's own means or state ("before we can load a tanker", "before we have
# the facts").
_NOT_BEFORE_CLAUSE_RE = re.compile(
    r"\b(?:no|not|never|refus(?:e[sd]?|ing))\b(?:[^.;]|(?<=\b\w)\.){0,100}?"
    r"(?=(?<!\blong )(?<!\bwell )(?<!\bjust )\bbefore\s+(?!" + TIME_WORDS +
    r"|(?:the\s+|a\s+)?(?:next|first|last|coming)\b|(?:we|i|you|it)\s+(?:can|could|have|has|had"
    r"|get|got|are|am|is)\b|then\b)"
    r"(?:[\w'-]+\s+){1,6}?(?:is|are|was|were|has|have|had|does|do|did|can|will|would"
    r"|[a-z]{3,}ed|(?:leave|agree|sign|pay|stop|end|return|accept|drop|withdraw|complie"
    r"|come|lift|release|hold|show|make|take|give)s?|comply)\b)")
_MUST_INCLUDE_RE = re.compile(
    rf"\bany (?:{_AGREEMENTS}|plan|text|arrangement)\b[^.;,]{{0,30}}?"
    r"(?=\b(?:would have to|will have to|must|has to|had to|needs to|should)\b)"
    # any other undertaking with what it must do ("any new licence would have to keep the
    # revenue in escrow", "insisted that any such clause include Y"): the same, with a target
    # of its own; not a person or party ("any member must"), a time or a manner
    r"|\bany (?!(?:time|case|event|way|one|other|longer|more|country|government|state|member"
    r"|party|partner|side|person|company|buyer|investor|leader|president)\b)(?:[a-z-]+\s+){1,3}?"
    r"(?=(?:would have to|will have to|must|has to|had to|needs to)\b)"
    r"|(?<=\bthat )any (?:[a-z-]+\s+){1,3}?(?=(?:include|cover)\b)")
# "any deal", "any settlement", "any arrangement" name no target of their own (coding guide 3,
# session-11 clarifications, "any X must include Y"): only the stance toward Y is coded.
_GENERIC_ANY_RE = re.compile(r"any (?:(?:new|final|future|successor|eventual|comprehensive|peace)\s+)?"
                             r"(?:deal|agreement|accord|settlement|arrangement)\b")
_EITHER_OR_RE = re.compile(
    rf"\beither\s+(?=[^.;]{{1,80}}?\bor (?:else )?(?:(?:there (?:is|will be|can be) )?no {_AGREEMENTS}\b"
    r"|(?:we|i|they|he|she|it)\b))")
# "insisted that both make cuts before it agrees to any new deal": what comes first is
# demanded; the agreement waits for it.
_BEFORE_RE = re.compile(r"\bbefore(?= (?:it|they|we|he|she|i) (?:would |will |can )?"
                        r"(?:agrees?|signs?|accepts?|commits?|returns?"
                        r"|resumes?|lifts?|considers?)\b)")
# "wants the rebels disarmed before any new pullback", "proposed that both sides pull
# back before any talks begin": what is wanted first is demanded, and the later step waits for
# it (coding guide 3.4, "no talks until the troops leave"; session-10 clarifications,
# "Preconditions set by a mediator"). The match ends where "before any" begins; its group is
# the demanded outcome. The later step is coded only when it is a defined target, which the
# words do not tell ("before any vote", "before any permit is signed"): only the support
# toward what is wanted first is written (kg.extract.coding).
_BEFORE_ANY_RE = re.compile(
    r"\b(?:wants?|wanted|insist(?:s|ed)?\s+on|propos(?:es|ed)|must|should"
    r"|ha(?:s|ve|d)\s+to|needs?\s+to|requir(?:es|ed))\s+(?:that\s+)?"
    r"(?P<demand>(?:[^.;,]|(?<=\b\w)\.){3,120}?)\s+(?=before\s+any\b)")
# "such a meeting has to be prepared, otherwise there is no point in it": what must be
# comes first, and without it the target is pointless (a precondition, coding guide 3.4).
_OTHERWISE_RE = re.compile(r"\b(?:must|has to|have to|had to|needs? to|should)\b"
                           r"(?=[^.;]{1,120}?,?\s+(?:or\s+)?otherwise\b)")
# "would send engineers once a ceasefire had held", "would name its members within a week
# of the other side doing the same": an act of the holder (a modal or a readiness) that
# waits for an event or another party's step; the match ends where the condition's text
# begins.
_ONCE_RE = re.compile(
    r"\b(?:would|will|could|can|shall|ready to|prepared to|willing to)\b[^.;]{0,120}?"
    r"(?=\b(?:once|(?<!to )(?<!at )(?<!from )(?<!until )(?<!since )(?<!for )the moment"
    r"|(?<!\bto )(?<!\bat )(?<!\bfrom )(?<!\buntil )(?<!\bsince )(?<!\bfor )(?<!\bon )the day(?=\s+"
    + SUBJECT_START + r")(?![^.;,]{0,40}?\b" + _OWN_COMING + r"))"
    r"\s+(?!again\b|more\b|and\b|in\s+a\b|upon\b|or\b|every\b"
    r"|a\s+(?:day|week|month|year|decade|fortnight|quarter)\b|" + TIME_WORDS + r")[\w'-]"
    r"|\bwithin\s+[\w-]+\s+(?:hours?|days?|weeks?|months?)\s+of\s+(?:[\w'-]+\s+){1,5}?[\w'-]+ing\b)")
# "will collect when there is something to collect, and not one day before": the match is
# the word that opens the condition.
_NOT_BEFORE_RE = re.compile(
    r"\b(?:when|once|after|as part of|with|if)\b(?=[^.;]{3,100}?,?\s+(?:and\s+)?not\s+(?:a|one)"
    r"\s+(?:single\s+)?(?:day|minute|moment|hour|week|month)\s+(?:before|earlier|sooner)\b)")
_OTHERWISE_TAIL_RE = re.compile(r",?\s+(?:or\s+)?otherwise\b.*$", re.IGNORECASE)
# "would second its monitors to whichever panel both delegations decide on", "ready to fund
# whatever scheme the parties settle": the offer waits for an agreement of others that may not
# come (coding guide 3, session-9 clarifications, "any X the parties agree on"); the match is
# the word that opens the agreed thing.
_AGREED_RE = re.compile(
    r"\b(?:any|whatever|whichever)\s+(?=(?:[\w'-]+\s+){1,4}?(?:that\s+)?(?:the|both|all)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:parties|sides|communities|countries|governments|neighbours|capitals"
    r"|delegations)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:agreed?|settled?|reach(?:ed)?|decided?|chose|choose)\b)")
# (cue, pattern, words one of which every match contains: the pattern runs only there)
_PATTERNS = ((BEFORE, _BEFORE_RE, ("before",)), (ONLY_IF, _ONLY_IF_RE, ("only",)),
             (NO_DEAL_WITHOUT, _NO_DEAL_WITHOUT_RE, ("without",)),
             (NO_DEAL_WITHOUT, _EITHER_OR_RE, ("either",)),
             (DEPENDS, _DEPENDS_RE, ("depend", "hinge")), (UNTIL, _UNTIL_RE, ("until",)),
             (UNTIL, _NOT_BEFORE_CLAUSE_RE, ("before",)),
             (WHILE, _NOT_WHILE_RE, ("while",)),
             (MUST_INCLUDE, _MUST_INCLUDE_RE, ("any ",)), (OTHERWISE, _OTHERWISE_RE, ("otherwise",)),
             (BEFORE_ANY, _BEFORE_ANY_RE, ("before any",)),
             (ONCE, _ONCE_RE, ("once", "the moment", "the day", "within")), (NOT_BEFORE, _NOT_BEFORE_RE, ("before",)),
             (AGREED, _AGREED_RE, ("agree", "settle", "reach", "decide", "chose", "choose")))
# The words that open a condition's text, stripped to leave the demanded outcome.
_LEAD_RE = re.compile(
    r"^\W*(?:only in exchange for|only in return for|only as part of"
    r"|only if|if|once|when|after|unless|provided that|providing that|provided|on (?:the )?condition that"
    r"|as long as|so long as|only after|only once|only when|only with|conditional on"
    r"|conditioned on|until|before|without|(?:will |would )?(?:depends?|depended|hinges?|hinged) "
    r"(?:on|upon)|would have to|will have to|must|has to|have to|had to|needs to|need to"
    r"|should)(?:\s+|$)", re.IGNORECASE)
# Condition cues that state a demand of the holder (coding guide 3.4).
DEMAND_CUES = frozenset({
    "only if", ONLY_IF, NO_DEAL_WITHOUT, DEPENDS, UNTIL, MUST_INCLUDE, GENERIC_MUST_INCLUDE, "unless",
    "provided that", "providing that", "provided", "on condition that",
    "on the condition that", "as long as", "so long as", "only after", "only once",
    "only when", "only with", "conditional on", "conditioned on", "only in exchange for",
    "only in return for", "only as part of", OTHERWISE})


@dataclass(frozen=True)
class Condition:
    """A condition cue and the offset where the condition's own text starts."""

    cue: str
    start: int


# "while" and the holder's own circumstance: the reason for a refusal, not a condition.
_OWN_WHILE_RE = re.compile(r"while\s+(?:it|we|i)\b")


def find_conditions(low: str) -> list[Condition]:
    """The constructions above in lower-cased text, in order of their condition text."""
    out = []
    for cue, pattern, needles in _PATTERNS:
        if not any(n in low for n in needles):
            continue
        for m in pattern.finditer(low):
            start = m.start() if cue in {BEFORE, OTHERWISE, NOT_BEFORE, AGREED} else m.end()
            if cue == DEPENDS and _RELATIVE_THAT_RE.search(low, max(0, m.end() - 20), m.end()):
                continue  # "a government that depended on AfD votes" describes the government
            if cue == NO_DEAL_WITHOUT and pattern is _NO_DEAL_WITHOUT_RE:
                start = low.index("without", m.start())
            if cue == WHILE and _OWN_WHILE_RE.match(low, start):
                continue  # "will not accept it while it is still repaying the loan": a reason
            if cue == MUST_INCLUDE and _GENERIC_ANY_RE.match(low, m.start()):
                out.append(Condition(GENERIC_MUST_INCLUDE, start))
                continue
            out.append(Condition(cue, start))
    return sorted(out, key=lambda c: c.start)


# "for as long as both sides want it / need us / trust us": how long the holder's own offer
# runs, set by the wish of those it serves; the holder accepts it now, so this is no
# condition (coding guide 3, session-9 clarifications, "Duration is not a condition"). Not
# when it limits a continuation ("our troops stay as long as they are wanted"): when another
# party demands the end, that is conditional toward the end (session 11).
_WISHED_DURATION_RE = re.compile(
    r"(?:as|so)\s+long\s+as\s+(?:(?!(?:is|are|was|were|be|been|not|never|no|does|do|did)\b)"
    r"[\w'-]+\s+){1,5}?(?:wants?|wanted|wish(?:es|ed)?|needs?|needed|trusts?|trusted)\b")
_CONTINUATION_RE = re.compile(r"\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|in\s+place)\b[^.;:]*$")


def wished_duration(low: str, condition: Condition) -> bool:
    """Whether ``condition`` in lower-cased ``low`` is an "as long as" that only says how long
    the holder's offer runs: as long as others want, need or trust it.

    >>> low = "prepared to go on housing the monitors as long as the two parties want"
    >>> wished_duration(low, Condition("as long as", low.find("as long")))
    True
    >>> low = "our battalion stays as long as the villagers want it"
    >>> wished_duration(low, Condition("as long as", low.find("as long")))
    False
    >>> low = "would accept the cut as long as farmers are compensated"
    >>> wished_duration(low, Condition("as long as", low.find("as long")))
    False
    """
    return condition.cue in {"as long as", "so long as"} and bool(
        _WISHED_DURATION_RE.match(low, condition.start)) and not _CONTINUATION_RE.search(
        low, max(0, condition.start - 80), condition.start)


# A condition that is a state of affairs, not an act asked of another party ("only after a
# ceasefire had held", "only once a document was ready", "only if there was a real chance",
# "as long as the war goes on"): no demand (coding guide 3.4, clarifications of session 4).
_STATE_RE = re.compile(
    r"^\s*(?:there\s+(?:is|was|were|are|has\s+been|had\s+been|will\s+be)\b"
    r"|[^,;]{0,60}?(?<![\w-])(?:(?:has|had|have)\s+held|holds|held\s+for|exists?|existed|goes\s+on"
    r"|go\s+on|went\s+on|lasts|lasted|(?:is|was|were|are)\s+(?:in\s+place|ready|over)"
    r"|(?:has|had|have)\s+(?:a|an|no|certainty|enough)\b))", re.IGNORECASE)


# An outcome named only by an indefinite pronoun ("as long as Kyiv gets something real out of
# it", "if they offer anything in return"): a vague target (coding guide 2, rule 3), no demand.
_VAGUE_RE = re.compile(r"\b(?:something|anything)(?:\s+(?!out\b|in\b|back\b|for\b)[\w'-]+)?"
                       r"(?:\s+(?:out\s+of\s+(?:it|this|that)|in\s+return|back|for\s+(?:it|this|that)))?"
                       r"\W*$", re.IGNORECASE)


def demanded_outcome(cue: str, condition: str) -> str | None:
    """The outcome a condition demands (its text without the opening words), or ``None``
    when the cue states no demand, the condition is a state of affairs rather than an act
    of another party ("once a ceasefire has held"), or too little is left ("without them").

    >>> demanded_outcome("only ... if", "once a ceasefire had held for 30 days") is None
    True
    >>> demanded_outcome("only ... if", "once the government lifted its ban")
    'the government lifted its ban'
    """
    if cue not in DEMAND_CUES:
        return None
    rest = NO_DEAL_TAIL_RE.sub("", _LEAD_RE.sub("", condition, count=1))
    rest = _OTHERWISE_TAIL_RE.sub("", rest).strip(" ,.;:\"")
    if _STATE_RE.match(rest) or _VAGUE_RE.search(rest):
        return None
    return rest if len(rest.split()) >= 2 else None


# A bare "if" (coding guide 3, session-8 clarifications) demands what it names when it is an
# act of another party ("would halt the blockade if the ministry restored the subsidy"), not
# a request for the holder's service ("if both sides asked", "if the parties want it"), the
# holder's own circumstance ("if we win", "if returned to office", "if necessary"), a state,
# the target's own coming about ("if it came to the floor", "if the body was set up"), a
# negated condition ("if they cannot agree", rhetorical or a threat's) or a release ("if they
# dropped their demand": what is given up is not wanted).
BARE_IF_CUES = frozenset({"would ... if", "if ...,"})
_BARE_IF_RE = re.compile(r"\bif\s+", re.IGNORECASE)
_NO_OTHER_PARTY_RE = re.compile(
    r"^(?:we|i|us|our|my|necessary|needed|need\b|the need|possible|required|so\b|asked|requested"
    r"|invited|any|returned|elected|re-elected|appropriate)\b", re.IGNORECASE)
_SERVICE_ASKED_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,4}?(?:ask(?:s|ed)?|request(?:s|ed)?|want(?:s|ed)?|wish(?:es|ed)?"
    r"|agree[sd]?|invite[sd]?)(?:\s+(?:it|them|one|so|us|him|her|for\s+(?:it|one|them)))?"
    r"(?:\s+to)?\s*$", re.IGNORECASE)
_RELEASE = r"\b(?:drop|dropped|drops|abandon\w*|withdr[ae]w\w*|scrap\w*)\b"
_NO_DEMAND_RE = re.compile(
    r"^(?:[\w'-]+\s+){0,3}?(?:(?:not|never|cannot)\b|[\w'-]+n't\b)|\b(?:came|comes|come)\s+(?:to|into|before)\b"
    r"|\b(?:is|was|were|are|be|been)\s+(?:set\s+up|adopted|agreed|signed|held|created"
    r"|established|approved|reached|passed|launched|formed|convened)\b|" + _RELEASE, re.IGNORECASE)


def bare_if_demand(condition: str) -> str | None:
    """What a bare "if" condition demands of another party (the words after its last "if"),
    or ``None`` when it asks nothing of anyone (see :data:`_SERVICE_ASKED_RE`).

    >>> bare_if_demand("would lift the boycott if the board reinstated the drivers")
    'the board reinstated the drivers'
    >>> bare_if_demand("would send monitors if both sides asked it to") is None
    True
    """
    last = _last_clause(_BARE_IF_RE, condition)
    if last is None:
        return None
    rest = last[1]
    if _names_no_act(rest) or _SERVICE_ASKED_RE.match(rest) or _NO_DEMAND_RE.search(rest):
        return None
    return rest


def prior_demand(low: str, text: str) -> str | None:
    """What a "wants X before any Y" statement demands first (X, in ``text``'s own case), or
    ``None`` when there is no such construction or X is the holder's own circumstance or
    a state of affairs.

    >>> t = "They want the rebels disarmed before any new pullback."
    >>> prior_demand(t.lower(), t)
    'the rebels disarmed'
    """
    m = _BEFORE_ANY_RE.search(low) if "before any" in low else None
    if m is None:
        return None
    rest = text[m.start("demand"):m.end("demand")].strip(" ,\"\u201c\u201d")
    return None if len(rest.split()) < 2 or _NO_OTHER_PARTY_RE.match(rest) or _STATE_RE.match(
        rest) else rest


def _last_clause(pattern: re.Pattern[str], condition: str) -> tuple[str, str] | None:
    """The last word of ``pattern`` in ``condition`` (lower case) and the words after it."""
    found = list(pattern.finditer(condition))
    if not found:
        return None
    return found[-1].group(0).strip().lower(), condition[found[-1].end():].strip(
        " ,.;:\"\u201c\u201d")


def _names_no_act(rest: str) -> bool:
    """Too short, the holder's own circumstance, a state of affairs or a vague outcome."""
    return len(rest.split()) < 3 or bool(_NO_OTHER_PARTY_RE.match(rest) or _STATE_RE.match(rest)
                                         or _VAGUE_RE.search(rest))


# A threat's negative condition (coding guide 3, session-9 clarifications: "will walk out if
# the pay is not raised", "will strike unless the bonus is restored") names what the holder
# demands; a demand only to improve the offer ("unless management improves the deal", "unless
# they come back with more money") is aimed at the current offer and names no target of its own,
# and one to give something up ("if they do not withdraw the offer") opposes what is given up.
_THREAT_IF_RE = re.compile(r"\b(?:if|unless)\s+", re.IGNORECASE)
_NEGATED_VERB_RE = re.compile(r"^((?:[\w'-]+\s+){0,6}?)(?:(?:not|never)\s+|(\w+)n't\s+"
                              r"|fail(?:s|ed)?\s+to\s+)", re.IGNORECASE)
_RELEASED_RE = re.compile(r"\s+(?:is|are|was|were|be|been|gets?|got)\s+(?:\w+\s+)?(?:dropped"
                          r"|scrapped|weakened|withdrawn|abandoned|removed|shelved|diluted"
                          r"|watered\s+down|struck\s+out)\b", re.IGNORECASE)
_IMPROVEMENT_RE = re.compile(r"\b(?:improv\w*|better|more|higher|sweeten\w*|serious|revised"
                             r"|new\s+offer|c[oa]mes?\s+back)\b", re.IGNORECASE)
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall"}


_WHILE_RE = re.compile(r"\bwhile\s+", re.IGNORECASE)
_OWN_STATE_RE = re.compile(r"^(?:it|its|we|our|i|my)\b", re.IGNORECASE)


def while_demand(condition: str) -> str | None:
    """What "not X while Y" demands: the end of Y when Y is another party's doing ("while
    the valley stays under the control of a militia"), not the holder's own circumstance ("while
    it is still repaying the loan") nor a state of affairs.

    >>> while_demand("while the rebels hold the bridge")
    'an end to: the rebels hold the bridge'
    >>> while_demand("while it was still repaying the loan") is None
    True
    """
    last = _last_clause(_WHILE_RE, condition)
    if last is None or _names_no_act(last[1]) or _OWN_STATE_RE.match(last[1]):
        return None
    return f"an end to: {last[1]}"


_CLAUSE_END_RE = re.compile(r"[,;!?\"]|(?<![\s.][A-Z])\.(?!\w|\s\d)")  # "U.S.", "Dec. 9" end nothing


# A condition cut after its subject by an apposition or an aside ("only if the biggest
# lenders, the state banks among them, cut their rates"): the aside is skipped, as the
# condition goes on after it with its verb; not a reporting aside ("only if the rebels, she
# said, ..."), nor a comma before a new clause or phrase ("..., as hoped, and the rest ...").
_INSERTED_RE = re.compile(r",\s+([^,;.!?\"\u201c\u201d]{3,80}?),\s+(?=[a-z])(?!(?:and|but|or|nor|so|then|yet"
                          r"|the|a|an|we|i|you|he|she|they|it|this|that|these|those|which|who|if|when"
                          r"|as|because|while|though|although|in|on|at|for|to|with|by|from|of)\b)")
_SAYING_RE = re.compile(r"\b(?:said|says|say|added|adds|told|tells|according|argued|insisted"
                        r"|stressed|noted|warned)\b", re.IGNORECASE)
_VERB_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would"
                      r"|can|could|shall|should|may|might|must|[a-z]{2,}ed|[a-z]+n't)\b", re.IGNORECASE)


def _bare_subject(head: str) -> bool:
    """Whether ``head`` is a condition's opening words and a short noun phrase without a verb
    ("only once the new bridge")."""
    subject = _LEAD_RE.sub("", head, count=1)
    return subject != head and 0 < len(subject.split()) <= 4 and not _VERB_RE.search(subject)


def condition_text(text: str, start: int, through: int | None = None) -> str:
    """The clause of ``text`` from ``start`` to its end; with ``through`` (where the "if" of
    "would ... if" stands), also the clause from there when a comma, an interjection or a
    quote closed the first before it ("could accept the rise, he said, if it came with a
    shorter week").

    >>> condition_text('It would sign, she said, "if the cap goes," he added.', 3, 26)
    'would sign if the cap goes'
    """
    rest = text[start:]
    end = _CLAUSE_END_RE.search(rest, 3)
    if end is not None and _bare_subject(rest[:end.start()]):
        inserted = _INSERTED_RE.match(rest, end.start())
        if inserted is not None and not _SAYING_RE.search(inserted.group(1)):
            end = _CLAUSE_END_RE.search(rest, inserted.end())
    head = rest[: end.start() if end else len(rest)].strip()
    if through is None or end is None or start + end.start() > through:
        return head
    return f"{head} {condition_text(text, through)}"


_AIM_CUE_RE = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)


def threat_aim(condition: str) -> str | None:
    """What a threat is aimed at: its condition after the "if" or "unless" ("would walk out
    if the levy is passed": "the levy is passed")."""
    cue = _AIM_CUE_RE.search(condition)
    aim = condition[cue.end():].strip(" ,\"\u201c\u201d") if cue else ""
    return aim or None


def threat_demand(condition: str) -> str | None:
    """What a threat's negative condition demands ("unless Y": Y; "if Y is not done": Y done;
    "if Y is dropped": Y), or ``None`` for a positive condition, the holder's own
    circumstance, a state of affairs, or a demand only to improve an offer.

    >>> threat_demand("would strike on Monday if the bonus was not restored")
    'the bonus was restored'
    >>> threat_demand("unless the board improves its offer") is None
    True
    """
    last = _last_clause(_THREAT_IF_RE, condition)
    if last is None:
        return None
    cue, rest = last
    if cue == "if":
        negated = _NEGATED_VERB_RE.match(rest)
        released_at = _RELEASED_RE.search(rest)
        if negated is not None:
            auxiliary = negated.group(2)
            kept = f"{_CONTRACTED.get(auxiliary.lower(), auxiliary)} " if auxiliary else ""
            rest = negated.group(1) + kept + rest[negated.end():]
        elif released_at is not None:
            rest = rest[:released_at.start()]
        else:
            return None
    if _names_no_act(rest) or _IMPROVEMENT_RE.search(rest) or re.search(_RELEASE, rest,
                                                                         re.IGNORECASE):
        return None
    return rest
