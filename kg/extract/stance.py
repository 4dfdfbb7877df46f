"""Stance values from cue words: support, oppose, conditional, mixed, neutral.

Works on the plain text of a statement, so it runs with or without a
parser. Negation flips a cue ("will not accept" → oppose, "did not reject"
→ neutral); hedges ("could consider", "would not rule out") give neutral;
conditions ("only if", "provided that", "depends on") give conditional;
support and oppose cues joined by a contrast ("but", "though") give mixed.

>>> classify("We will not accept the deal.").value
'oppose'
>>> classify("We will not accept any deal that rewards aggression.").value
'conditional'
>>> classify("Berlin backed the plan.").value
'support'
>>> classify("She is ready to sign, provided that the tariffs go.").value
'conditional'
>>> classify("Some ideas are acceptable, but some wording doesn't work for us.").value
'mixed'
>>> classify("The ministry could consider the offer.").value
'neutral'
>>> classify("The port handles nine million containers a year.") is None
True
>>> classify("We will retaliate if the controls take effect.").value
'oppose'
>>> classify("The union would suspend the strike if jobs were guaranteed.").value
'conditional'

An attributed statement without a cue word still reports an attitude when it
is evaluative: :func:`kg.extract.default_value.default_value` (re-exported here) gives it
the clause's polarity, with low confidence. The stance a conditional stance brings besides
its own, for what its condition demands, is :func:`kg.extract.stance_pairs.paired`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.conditions import (
    BEFORE_ANY,
    NO_DEAL_TAIL_RE,
    NO_DEAL_WITHOUT,
    UNTIL,
    Condition,
    condition_text,
    find_conditions,
    prior_demand,
    threat_aim,
    threat_demand,
    wished_duration,
)
from kg.extract.cues import finds as _finds
from kg.extract.cues import fold as _fold
from kg.extract.default_value import CONTINGENCY_IF_RE as _CONTINGENCY_IF_RE
from kg.extract.default_value import DEONTIC_RE, mid_contrast, spares
from kg.extract.default_value import OPENING_IF_RE as _OPENING_IF_RE
from kg.extract.default_value import RHETORICAL_IF_RE as _RHETORICAL_IF_RE
from kg.extract.default_value import default_value as default_value
from kg.extract.dependence import describes_noun
from kg.extract.evaluation import evaluate, shortfall, split_appraisal
from kg.extract.hedges import hedge_condition, restricted_hedge
from kg.extract.kept_aims import kept_aim
from kg.extract.masks import mask, mask_question, mask_relatives
from kg.extract.parts import partitioned
from kg.extract.release import REQUEST_CUES, released
from kg.extract.restrictions import restricted_acts
from kg.extract.shows import for_show
from kg.extract.stance_value import StanceValue
from kg.extract.threats import failed_talks, threats
from kg.extract.variants import refused_variant_value
from kg.extract.verdicts import restricted_variant, verdicts_against, worthless_without

_NEGATION_RE = re.compile(
    r"\b(not|never|no longer|cannot|can't|won't|wouldn't|don't|doesn't|didn't|isn't|aren't"
    r"|wasn't|weren't|hasn't|haven't|shouldn't|refuse[sd]? to|refusing to|no intention of"
    r"|in no hurry to"
    r"|(?:under|in) no circumstances|on no account|by no means)[\s\"\u201c\u201d]+(\w+\s+){0,2}$"
)
# A negated predicate noun whose relative clause holds the cue ("is not something we can
# agree to", "not a price the party is willing to pay"): the negation governs the cue.
_NEGATED_NOMINAL_RE = re.compile(
    r"\b(?:not|never|n't)\s+(?:something|anything|a|an|one|the\s+kind\s+of)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:that\s+|which\s+)?(?:we|i|they|he|she|it|you|the\s+[\w'-]+)\s+(?:\w+\s+){0,2}$")
# What is rejected in a preference: "would rather stay out than accept the offer".
_RATHER_THAN_RE = re.compile(r"\b(?:rather|sooner)\b[^.;]{1,60}?\bthan\s+(?:to\s+)?$")
# An opening premise naming the aim ("If the goal is a lasting deal, ...", "If our aim is
# peace rather than a photo, ..."): the speaker argues from it, no condition of acceptance.
_AIM_IF_RE = re.compile(r"^\W*if\s+(?:the|our|your|their)\s+(?:real\s+)?(?:aim|goal|objective"
                        r"|purpose|point)\s+is\b", re.IGNORECASE)
# "offered to lend two ferries if the strike ends": an offer subject to a condition (coding guide 3,
# session 10, "a narrated offer or acceptance": the one that states its condition is conditional)
_WOULD_IF_RE = re.compile(r"\b(would|will|could|can|(?:ready|prepared|willing) to|urged?|urges|called on"
                          r"|calls on|offer(?:s|ed|ing)? to)\b(?:[^.;]|(?<=\b\w)\.|\.(?=\s\d)){0,120}"  # "Dec. 9"
                          r"(?<!even )(?<!as )\bif\b")  # "even if": a concession
# An answer that says yes on a condition ("Yes, if the levy goes.", "A: Yes, if they ask us."):
# the yes holds only if the condition is met (coding guide 3.4), as "would ... if" does.
_YES_IF_RE = re.compile(r"^\W*(?:[^\W\d][\w.' -]{0,40}:\s*)?(?:yes|in principle,\s+yes)\s*,\s*if\b")
# A neutral cue in what the speaker asks others to do ("urged both sides to study it") is
# the speaker's request, not the speaker's hesitation.
_REQUEST_RE = re.compile(r"\b(urge[ds]?|urging|call(?:ed|s)? on|ask(?:ed|s)?|invite[ds]?"
                         r"|encourage[ds]?)\b[^.;]{0,60}$")
_FIRM_NO = {"ruled out", "rules out", "rule out", "rejected", "rejects", "reject", "refused",
            "refuses", "refuse", "unacceptable", "non-starter", "not up for negotiation",
            "no question of"}
# A request made of someone: "asked Berlin for 1.4 billion euros", "are asking them to let
# ships sail" (not "was asked to", "asked not to be named", "asked whether").
_REQUEST_OF_RE = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:as(?:ks?|ked|king)|press(?:es|ed|ing)?)"
                            r" (?!not\b|whether\b"
                            r"|if\b|about\b|by\b|for\b|to\b)(?:[\w'-]+ ){1,6}?(?:for|to) ")
_MODAL_NOT_RE = re.compile(r"\s+(?:not|never)\b")
# A warning of what the target will bring ("warned that a tariff rise would close factories",
# "warned that it would respond to any levy"): a threat or a harm. Not what could happen,
# nor what something would not achieve (a prediction, coding guide section 6).
_WARNING_RE = re.compile(r"\bwarn(?:ed|s|ing)?\s+that\b(?![^.;:]{0,80}?\b(?:without|unless|if\s+no"
                         r"|if\s+not|failure\s+to)\b)[^.;:]{0,80}?\b(?:would|will)\s+"
                         r"(?!not\b|never\b|only\b)")  # "warned that without one, mills would close"
# An obligation that something be removed ("the levy should be scrapped", "the penalty must
# be dropped from the rules"): the speaker opposes what it names; "should not be dropped"
# holds on to it. Not "lifted" or "suspended", whose targets are usually the lifting itself.
_REMOVAL_RE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|ha(?:s|ve)\s+to)\s+(not\s+|never\s+)?"
                         r"be\s+(?:\w+\s+)?(?:dropped|stopped|scrapped|abandoned|withdrawn|cancell?ed"
                         r"|halted|shelved|repealed|rescinded|axed|struck\s+out|removed)\b")
# A request that another party put the target aside ("urged the ferry firms to avoid a lockout",
# "asked the delegates to strike the clause", "advised them to shelve the cap"): the speaker
# opposes it, as a request to drop it does (:mod:`kg.extract.release`).
_ASKED_REMOVAL_RE = re.compile(r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?"
                               r"|advis(?:e|es|ed|ing))\s+(?!not\b)[^.;:]{1,50}?\bto\s+(?:avoid|shelve"
                               r"|scrap|strike\s+(?:it|them|out)|take\s+(?:it|them)\s+out)\b")
# A concession that leaves part of the target out by ellipsis: "an amnesty for soldiers could
# be discussed, he conceded, but not one for commanders" (mixed, coding guide 3.8).
_SPARED_RE = re.compile(r"[,;]?\s+(?:but|though)\s+not\b(?!\s+(?:yet|now|immediately|before"
                        r"|until|today|this)\b)")
# Holding out for a demand: "we will not sign for less", "will accept nothing less than".
_FLOOR_RE = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+){0,2}?(?:for|with) (?:anything |any )?"
                       r"less\b|\bnothing less than\b|\bnothing short of\b")
# Deference to what others decide ("would work with whoever the parties agree on", "will
# accept whatever the two sides settle"): no preference of the holder's own.
_DEFERENCE_RE = re.compile(r"\b(?:accept|respect|support|back|work with|go along with|live with"
                           r")\s+(?:whatever|whoever|whichever)\b")
# A negation in a clause after a contrast ("but nothing was agreed").
_CLAUSE_NEGATION_RE = re.compile(
    r"\b(not|never|no|nobody|nothing|none|neither|nor|without|cannot|no longer)\b|n't\b")


# A cue set against what comes before it by a comma and "not" ("must be signed now, not
# pledged for later", "set down in the law, not pledged at a rally"): the speaker
# puts the first way in place of the second; no refusal of the target.
_CONTRASTED_NOT_RE = re.compile(r",\s*not\s+$")


def _negated(low: str, start: int) -> bool:
    if _NEGATION_RE.search(low[max(0, start - 40):start]) or _RATHER_THAN_RE.search(
            low[max(0, start - 90):start]):
        return True
    window = low[max(0, start - 70):start]
    return ("not " in window or "n't " in window or "never " in window) and bool(
        _NEGATED_NOMINAL_RE.search(window))


def _rejecting(clause: str) -> bool:
    """A clause after a contrast that negates or rejects something."""
    body = re.sub(r"^\W*\w+", "", clause)  # drop the contrast word itself
    if shortfall(body) is not None:  # "but that the proposed rates were far too low"
        return True
    if _finds("support", body) or _finds("weak_support", body) or _finds("relinquish", body):
        return False  # "but hoped they would not ...": the negation is what is hoped for
    appraisal = evaluate(body)
    return bool(_CLAUSE_NEGATION_RE.search(body)) or bool(_finds("oppose", body)) or (
        appraisal is not None and appraisal.value == "oppose")


# Obstruction: refusing to obstruct accepts ("would not stand in the way of X", "will not
# block X", "has no objection to X": support, coding guide 3, session-8 clarifications),
# unlike "did not reject X" (neutral).
_OBSTRUCTION = {"stand in the way", "block", "blocks", "blocking", "veto", "object to", "objected to",
                "objected", "objection", "objections", "oppose", "opposed", "obstruct"}
# "we are not against X", 'was "not against" X': a denied opposition accepts X, as "has no
# objection to X" does (support; an own verb's negation, "did not come out against", is not
# this). A concession that opens a rebuttal is masked (:mod:`kg.extract.masks`).
_NOT_AGAINST_RE = re.compile(r"(?:\b(?:is|are|was|were|am|be|been|remains?|remained)|'re|'m)\s+"
                             r"[\"\u201c]?(?:not|never)\s+[\"\u201c]?(?:(?:at\s+all|really"
                             r"|necessarily|in\s+principle)\s+)?against\b")
_NO_BEFORE_RE = re.compile(r"\bno\s+(?:[\w-]+\s+)?$")
# The content of an assurance asked for or given ("wanted an assurance that the fuel would
# never be enriched", "a guarantee that no troops will stay"): a negation there is what is
# assured, not the holder's refusal; the holder supports the assurance.
_ASSURED_RE = re.compile(r"\b(?:assurances?|guarantees?|pledges?|undertakings?|commitments?|promises?)"
                         r"\s+(?:from\s+[\w' -]{1,30}?\s+)?that\b[^,;:.]*$")
_NOMINAL_OPPOSE = {"rejection", "refusal", "opposition", "veto", "objection", "condemnation",
                   "criticism"}


def nominal_value(noun: str, text: str) -> StanceValue:
    """The value of an attitude named by a noun ("Berlin's rejection of the levy"): the
    noun's own polarity, unless the phrase carries a condition or a contrast."""
    found = classify(text)
    if found is not None and found.value in {"conditional", "mixed"}:
        return found
    value = "oppose" if noun in _NOMINAL_OPPOSE else "support"
    return StanceValue(value, None, 0.55, (noun,))




# Accepting a part of a target ("could accept part of the package", "backs most of the
# draft"): one mixed stance toward it (coding guide 3.8; session-10 clarifications).
_PART_ACCEPTED_RE = re.compile(
    r"\b(?:accept|back|support|endorse|welcome|live\s+with|agree\s+to|sign\s+up\s+to)\w*\s+"
    r"(?:only\s+)?(?:part|parts|some|most|much|elements|bits|sections|aspects)\s+of\b")
# Liking or agreeing with a part of a target ("liked about half of the text", "agreed with
# 'part of what they ask'"): the same, a verdict on its parts, whatever the verb's own cue.
_PART_LIKED_RE = re.compile(
    r"\b(?:liked|likes|(?:we|i|they|you)\s+like|agree(?:s|d)?\s+with)\s+\W*"
    r"(?:only\s+|about\s+|roughly\s+)?"
    r"(?:part|parts|some|most|much|half|elements|bits|sections|aspects)\W*\s*of\b")
_SOME_RE = re.compile(r"\bsome\b")  # "some sensible savings and some bad ideas": mixed
# A split verdict named as such ("had a mixed verdict on the draft", session-9 clarifications)
# or given as "A, yes; B, no" (coding guide 3.8: part accepted, part rejected).
_SPLIT_VERDICT_RE = re.compile(r"\bmixed\s+(?:verdict|reception|response|reaction|review)\b"
                               r"|\byes\s*[;,]\s*[^;.]{3,80}?,?\s+no\b")
_YES_RE = re.compile(r"\byes\b")  # "some yes, some no": mixed
# A one-sided verdict given elliptically, a short noun phrase and a bare "yes" or "no"
# ("Trade, yes." / "Withdrawal, no."): support or oppose what it names (the two halves of
# "A, yes; B, no" in sentences of their own). Not after a discourse word, a pronoun or a
# preposition ("Well, no.", "Without it, no airline ...").
_VERDICT_RE = re.compile(
    r"^\W*(?!(?:well|so|oh|and|but|or|frankly|honestly|maybe|perhaps|probably|certainly|sadly"
    r"|then|now|again|clearly|obviously|absolutely|of|in|on|at|with|without|for|by|if|i|we"
    r"|you|he|she|they|it|this|that)\b)(?:[a-z][\w'-]*\s+){0,5}[a-z][\w'-]*\s*,\s*(yes|no)"
    r"\s*(?:[,.;!\"]|$)", re.IGNORECASE)


# The speaker's own aim named as the subject of a copula ("Our demand is simple: ...", "My
# priority remains a ceasefire", "His own preference was for monitors"): he supports what it
# names. Only a first-person or "own" possessor: "Moscow's demand is absurd" is another's.
_OWN_AIM_RE = re.compile(
    r"\b(?:our|my|(?:his|her|its|their) own)\s+(?:[a-z]+\s+)?(?:priority|priorities|preference"
    r"|goal|goals|aim|aims|objective|objectives|demand|demands|wish)\s+(?:is|are|was|were"
    r"|remains?|remained)\b(?!\s+(?:not|never|no longer|unchanged|unclear)\b)", re.IGNORECASE)

# A thing called a priority or the minimum in a copula's predicate ("its removal remains
# a priority for us", "that list is the minimum", "800,000 is the minimum we can accept"):
# what is named is wanted. Not a compound of "minimum" ("the minimum wage").
_PRIORITY_RE = re.compile(
    r"\b(?:is|are|was|were|be|remains?|remained)\s+\W?(?:a|an|the|our|my|their|its)\s+"
    r"(?:[a-z]+\s+)?(?:priority|minimum)\b(?!\s+(?:wage|wages|age|pay|salary|salaries|price"
    r"|prices|level|income|standards?|requirements?)\b)", re.IGNORECASE)


def _bare_unless(low: str, conditions: list[Condition], where: int) -> bool:
    """Whether the statement's first condition is an "unless" after an affirmative main clause
    with no cue of accepting ("will call a stoppage unless the offer improves"): an act held
    over the other side, a threat (coding guide 3, "A threat with a negative condition"), not
    acceptance subject to a condition ("will sign unless": conditional), a refusal lifted by
    it ("will not attend unless": conditional) nor a clause opening with a contrast, which
    qualifies an attitude stated before it."""
    main = low[:where]
    if not conditions or conditions[0].cue != "unless" or not re.search(r"\w", main) or \
            _finds("contrast", main[:12]):
        return False  # "..., but would count it unless ...": a proviso on what came before
    return not (_finds("support", main) or _finds("weak_support", main) or _finds("oppose", main)
                or _CLAUSE_NEGATION_RE.search(main))


# A condition that is only the target's own occurrence ("would take part in the talks if
# they went ahead", "will attend if it takes place") states no condition of acceptance.
_OCCURRENCE_IF_RE = re.compile(
    r"if (?:it|they|this|that|one|such an? \w+|the \w+) (?:(?:goes|go|went) ahead|takes? place"
    r"|took place|happens|happened|is held|was held|were held|comes? about|came about)\b")


def classify(text: str) -> StanceValue | None:
    """Classify one statement; ``None`` when it carries no attitude cue. A statement
    opening with a condition ("If they cannot agree a budget, they should let the voters
    decide") is conditional when its main clause carries an attitude; the words of the
    condition are not the holder's attitude, and a threat in the main clause stays a
    threat (coding guide 3.5)."""
    opening = _OPENING_IF_RE.match(text)
    if opening is not None and _CONTINGENCY_IF_RE.match(text):
        return _classify(text[opening.end():])  # "If necessary, we will go to court"
    if opening is None:
        found = refused_variant_value(text, _classify(text))
        shown = for_show(_fold(text).lower()) if found is None or found.value == "oppose" else None
        if shown is not None:  # "no summit just for the cameras": a meeting only with substance
            return StanceValue("conditional", shown.group(0), 0.55, ("for show",))
        if (found is None or found.value == "oppose") and restricted_variant(_fold(text).lower()):
            return StanceValue("support", None, 0.5, ("an X that P is ...",))  # the full X wanted
        return found
    rest = text[opening.end():]
    if _RHETORICAL_IF_RE.match(text) and DEONTIC_RE.search(rest.lower()):
        return _classify(rest)  # "If governments want to help, they should ...": advice
    if _AIM_IF_RE.match(text):
        return _classify(rest)  # "If the goal is a deal, a ferry is the wrong call": an argument
    main = _classify(rest)
    low_rest = _fold(rest).lower()
    threat = [m for m in _finds("threat", low_rest)  # "no strikes on ports" is a demand
              if not re.search(r"\bno\s+$", low_rest[max(0, m.start() - 4):m.start()])]
    # "If the bonus is not restored, we will strike": the threat demands the bonus
    demand = threat_demand(text[:opening.end()]) if threat else None
    if main is None and threat:  # "If they ratify it, they will see us in the streets"
        return StanceValue("oppose", None, 0.55, tuple(m.group(0) for m in threat), demand,
                           threat_aim(text[:opening.end()]))
    if main is not None and main.value == "oppose" and demand is not None:
        return replace(main, demand=demand)
    if main is None or main.value in {"neutral", "conditional"} or threat:
        return main
    condition = text[:opening.end()].strip(" ,\"\u201c")
    return StanceValue("conditional", condition, main.confidence, ("if ...,",))


def _classify(text: str) -> StanceValue | None:
    low = mask_relatives(mask(mask_question(text, _fold(text))))
    hedged = any(_finds("hedges", low))
    penalty = 0.1 if hedged else 0.0
    conditions = [Condition(m.group(0), m.start()) for m in _finds("conditional", low)]
    conditions = sorted((c for c in conditions + find_conditions(low) + restricted_acts(low) if not wished_duration(
        low, c) and not describes_noun(low, c.cue, c.start)), key=lambda c: c.start)
    # a neutral cue inside the condition ("only if it leaves the door open") is not the
    # holder's hesitation
    cut = conditions[0].start if conditions else len(low)
    neutral = [m for m in _finds("neutral", low)
               if m.start() < cut and not _REQUEST_RE.search(low[:m.start()])]
    if "ever " in low:  # "whoever", "whatever", "whichever"
        neutral += list(_DEFERENCE_RE.finditer(low))
    # openness limited by "only if" is conditional, by a plain "if" neutral
    if neutral and not restricted_hedge(low, conditions, [m.group(0) for m in neutral]):
        cues = tuple(m.group(0) for m in neutral)
        spared = _SPARED_RE.search(low, neutral[-1].end())  # "could be discussed, but not X"
        if spared is not None:
            return StanceValue("mixed", None, 0.5 - penalty, (*cues, spared.group(0).strip()))
        limit = hedge_condition(low, conditions, neutral)  # "could look at X if Y"
        if limit is None or _OCCURRENCE_IF_RE.match(low, limit.start) or _CONTINGENCY_IF_RE.match(
                low, limit.start):
            return StanceValue("neutral", None, 0.6 - penalty, cues)
        return StanceValue("neutral", condition_text(text, limit.start), 0.6 - penalty,
                           (*cues, limit.cue))
    support: list[str] = []
    support_at: list[int] = []
    oppose: list[str] = []
    neutral_flips: list[str] = []
    neutral_spans = [(m.start(), m.end()) for m in neutral]
    # "will not compromise on X", "would not call off the strike": a negated verb of giving
    # something up holds on to its object, so the holder supports it (coding guide 3.7)
    handovers = _finds("handover", low)
    kept = [m for m in handovers if kept_aim(low, m)]
    giving_up = _finds("relinquish", low) + kept
    # what is given up is no cue of its own ("drop its objection", "abandon its demand")
    inside = [(m.start(), m.end() + 12) for m in giving_up]
    held = [m for m in giving_up if _negated(low, m.start())]
    for m in held:
        support.append(f"not {m.group(0)}")
        support_at.append(m.start())
    # "will not give up our pastures", "refused to hand over the files": the refused handover
    for m in handovers:
        if m not in kept and _negated(low, m.start()):
            inside.append((m.start(), m.end() + 12))
            oppose.append(f"not {m.group(0)}")
    # "urged the government to drop the demand": asking others to give something up
    given = released(low, [(m.start(), m.end()) for m in giving_up if m not in held])
    for value, cue, at in given:
        (support if value == "support" else oppose).append(f"asked to {cue}")
        if value == "support":
            support_at.append(at)
    # "we will not sign for less", "nothing less than": holding out for the demand
    for m in _FLOOR_RE.finditer(low) if "less" in low or "short of" in low else ():
        inside.append((m.start(), m.end()))
        support.append(m.group(0))
        support_at.append(m.start())
    requests = list(_REQUEST_OF_RE.finditer(low)) if "ask" in low or "press" in low else []
    for m in _finds("support", low) + requests:
        if any(s <= m.start() < e for s, e in inside) or (given and m.group(0).startswith(
                REQUEST_CUES)):  # the request is the release's own ("urged X to drop")
            continue
        if _CONTRASTED_NOT_RE.search(low, max(0, m.start() - 12), m.start()):
            continue  # "set down in the law, not pledged": the way set aside
        if (m.re is _REQUEST_OF_RE or m.group(0).startswith("ask")) and _negated(low, m.start()):
            continue  # "we cannot ask our farmers to ...", "we are not asking for special
            # treatment": no request, and no refusal either
        # the negation of a held verb is used up by it ("refused to abandon its demand")
        if _negated(low, m.start()) and not any(0 < m.start() - h.start() < 45 for h in held):
            oppose.append(m.group(0))
        else:
            support.append(m.group(0) if m.re is not _REQUEST_OF_RE
                           else f"ask ... {m.group(0).split()[-1]}")
            support_at.append(m.start())
    for m in _NOT_AGAINST_RE.finditer(low) if "against" in low else ():  # "not against X"
        support.append("not against")
        support_at.append(m.start())
    for at in worthless_without(low):  # "a freeze without compensation changes nothing"
        support.append("without ... nothing")
        support_at.append(at)
    for m in [*_OWN_AIM_RE.finditer(low), *_PRIORITY_RE.finditer(low)]:
        support.append(m.group(0).lower())
        support_at.append(m.start())
    for _ in _ASKED_REMOVAL_RE.finditer(low) if " to " in low else ():  # "urged them to shelve it"
        oppose.append("asked to remove")
    for m in _REMOVAL_RE.finditer(low) if " be " in low else ():  # "should be dropped"
        if m.group(1):
            support.append("should not be removed")
            support_at.append(m.start())
        else:
            oppose.append("should be removed")
    oppose.extend(verdicts_against(low, bool(support)))  # "the tariffs will remain in place"
    if "warn" in low:  # "warned that a tariff rise would close factories"
        oppose.extend("warned that ... would" for _ in _WARNING_RE.finditer(low))
    for m in _finds("oppose", low):
        if any(s <= m.start() < e for s, e in neutral_spans + inside) or any(
                0 <= h.start() - m.end() <= 4 for h in held):  # "refused to abandon X"
            continue
        if support and _ASSURED_RE.search(low, max(0, m.start() - 120), m.start()):
            continue  # "wanted an assurance that it would never be enriched"
        negated = _negated(low, m.start()) and m.group(0) != "never"
        if (negated or _NO_BEFORE_RE.search(low, max(0, m.start() - 12), m.start())) and (
                m.group(0) in _OBSTRUCTION):  # "will not block it", "has no objection to it"
            support.append(f"not {m.group(0)}")
            support_at.append(m.start())
            continue
        (neutral_flips if negated else oppose).append(m.group(0))
    if_then = re.search(r"\bif\b[^.]*?,\s*then\b", low) or _WOULD_IF_RE.search(low) or \
        _YES_IF_RE.match(low)
    if if_then is not None and (_CONTINGENCY_IF_RE.match(low, if_then.end() - 2) or (
            _OCCURRENCE_IF_RE.match(low, if_then.end() - 2)
            and not threats(low, [], if_then.start()))):  # "would strike if it went ahead"
        if_then = None  # "would take part if it went ahead", "would sue, if necessary"
    if if_then is not None and not conditions and failed_talks(
            _fold(text).lower(), if_then.end() - 2) and not threats(low, [], if_then.start()):
        # "would name a mediator if no settlement is agreed" (the condition unmasked)
        main = _classify(text[:if_then.end() - 2])
        if main is None or main.value == "support":
            return StanceValue("support", None, 0.6 - penalty, (*support, "fallback if no deal"))
    if conditions or if_then:
        where = conditions[0].start if conditions else if_then.start()  # type: ignore[union-attr]
        if_at = None if conditions else if_then.end() - 2  # type: ignore[union-attr]
        # a threat: "we would block the roads if they signed without us" (coding guide 3.5);
        # what is inside the condition ("signed") is not the holder's own support
        own_support = [c for c, at in zip(support, support_at, strict=True) if at < where]
        threat = threats(low, conditions, where)
        if not threat and _bare_unless(low, conditions, where):
            threat = ["... unless"]
        if threat and not own_support:
            condition = condition_text(text, where, if_at)
            return StanceValue("oppose", None, 0.6 - penalty, tuple(threat),
                               threat_demand(condition), threat_aim(condition))
        firm_no = [c for c in oppose if c in _FIRM_NO]
        if firm_no and not support and conditions[:1] != [Condition(UNTIL, where)]:
            return StanceValue("oppose", None, 0.65 - penalty, tuple(firm_no))
        cues = tuple(c.cue for c in conditions) or ("would ... if",)
        # "could travel to the capital if they wished": the condition is what follows the
        # "if"; the modal's clause is the statement's own, with its issue (coding guide 3.10)
        bare_if = if_at is not None and low.startswith("if", if_at)
        condition = condition_text(text, if_at) if bare_if else condition_text(text, where, if_at)
        if conditions and conditions[0].cue == NO_DEAL_WITHOUT:
            condition = NO_DEAL_TAIL_RE.sub("", condition)
        # "wants the rebels disarmed before any withdrawal": the disarming is demanded first
        first = prior_demand(low, text) if conditions and conditions[0].cue == BEFORE_ANY else None
        return StanceValue("conditional", condition, 0.7 - penalty, cues, first)
    if neutral_flips and not support and not oppose:
        return StanceValue("neutral", None, 0.55 - penalty, tuple(neutral_flips))
    weak = _finds("weak_support", low)
    contrast = mid_contrast(low)
    if _SPLIT_VERDICT_RE.search(low):  # "a mixed verdict", "the levy, yes; the fee, no"
        return StanceValue("mixed", None, 0.55 - penalty, (*support, *oppose, "split verdict"))
    if (support or oppose or _YES_RE.search(low)) and partitioned(low):
        # "some we can sign and some we cannot", "some yes, some no"
        return StanceValue("mixed", None, 0.55 - penalty, (*support, *oppose, "some ... some"))
    if not oppose and _PART_LIKED_RE.search(low):  # "liked about half of it"
        return StanceValue("mixed", None, 0.5 - penalty, (*support, "liked part of"))
    if support and not oppose and _PART_ACCEPTED_RE.search(low):  # "accept part of it"
        return StanceValue("mixed", None, 0.5 - penalty, (*support, "part of"))
    if support and not oppose and contrast is not None and _rejecting(low[contrast:]):
        return StanceValue("mixed", None, 0.5 - penalty, (*support, "but ... not"))
    split = split_appraisal(low, oppose)
    if split is not None:  # "sound on tariffs and weak on quotas": parts judged apart
        return StanceValue("mixed", None, 0.5 - penalty, (*support, split))
    if oppose and weak and not support and contrast is not None:
        return StanceValue("mixed", None, 0.5 - penalty, tuple(oppose + [m.group(0) for m in weak]))
    if support and oppose:
        if contrast is not None or len(_SOME_RE.findall(low)) >= 2:
            return StanceValue("mixed", None, 0.6 - penalty, tuple(support + oppose))
        # "rejected the offer": the refusal governs the thing it names
        return StanceValue("oppose", None, 0.55 - penalty, tuple(support + oppose))
    if oppose:
        return StanceValue("oppose", None, 0.75 - penalty, tuple(oppose))
    if support:
        return StanceValue("support", None, 0.75 - penalty, tuple(support))
    if weak:  # "should not", "must never": the negation follows the modal
        negated = [m for m in weak if (_negated(low, m.start())
                   or _MODAL_NOT_RE.match(low, m.end())) and not spares(low, m.end())]
        value = "oppose" if negated else "support"
        return StanceValue(value, None, 0.5 - penalty, tuple(m.group(0) for m in weak))
    verdict = _VERDICT_RE.match(low)
    if verdict is not None:
        return StanceValue("support" if verdict.group(1).lower() == "yes" else "oppose", None,
                           0.5, (f"..., {verdict.group(1).lower()}",))
    appraisal = evaluate(low)
    if appraisal is not None:
        return StanceValue(appraisal.value, None, 0.45 - penalty, (appraisal.cue,))
    return None
