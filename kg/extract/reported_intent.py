"""The holder's own announced act, in reported speech: an intention, a support.

"The ferry operator said it would add a second crossing", "the mayor said she will put the
plan to the council", "the envoy said Ruritania would fund the survey": the speaker reports,
in the third person, what the holder itself will do. That is the holder's intention, which
the coding guide codes as `support` toward the act (the value table's "we want", session 9's
"a reported act of ... announcing the action is support", and session 11's readiness rule: a
word of intention is an attitude, a bare capacity "could" is none). A quote in the first
person ("we will") is already read by :func:`kg.extract.default_value.default_value`, and a
negated one ("it would not") there too; this module reads the affirmative report.

Not read: a capacity or a hedge ("said it could", "might"), a clause inside quotation marks
(its pronouns are the quoted speaker's), a subject that is not the holder (another actor, a
thing: "said the plan would cut costs"), a meeting promised, attended or held to discuss a
matter, or an act done only for such talks ("would send a team to discuss the annex", "would ask
to brief both mediators"; an event, coding guide session 9: "a promise to convene or attend a
meeting"), a
decision or a reply put off ("would decide next week", "would respond after the hearing": the
matter stays open) and verbs that report no act ("would be", "would take months"). The rule
reads only what the uncued gate turned down (:func:`kg.extract.coding._values`).
"""

from __future__ import annotations

from typing import Any

_WILL = frozenset({"will", "would", "'ll", "wo", "shall"})
_PERSONAL = frozenset({"he", "she"})
_COLLECTIVE = frozenset({"it", "they"})
# Meetings (an event, not a stance) and a matter put off or only weighed.
_TALKS = frozenset({"meet", "convene", "gather", "attend", "discuss", "talk", "brief", "decide",
                    "consider", "study", "review", "examine", "look", "weigh", "assess"})
# Verbs that report no act of the holder's own: states and measures ("be", "take months",
# "cost"), and the talks above.
_NO_ACT = _TALKS | frozenset({"be", "have", "take", "cost", "need", "seem", "mean", "happen",
                              "depend", "remain", "stay", "last", "get", "become", "come", "go",
                              "see", "know", "travel", "raise", "reply", "respond", "comment",
                              "wait", "think", "believe", "want", "like", "hope", "expect",
                              "try"})


def _quoted(span: Any, tok: Any) -> bool:
    """Whether ``tok`` stands between quotation marks opened in the sentence ``span``."""
    before = span.doc[span.start:tok.i].text
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _is_holder(subject: Any, holder: Any, voice: Any, base: int) -> bool:
    """Whether ``subject`` names the holder or its voice: a pronoun of its kind ("it", "they"
    for a state or an organisation, "he", "she" for a person) or one of its mentions."""
    word = subject.lower_
    people = [a for a in (holder, voice) if a is not None and a.type == "person"]
    if word in _PERSONAL:
        return bool(people)
    if word in _COLLECTIVE:
        return holder.type != "person"
    start = base + subject.idx
    return any(a is not None and start in a.mentions for a in (holder, voice))


def _for_talks(act: Any) -> bool:
    """Whether the act only serves talks, its purpose or complement a meeting or a weighing
    ("would send a team to Geneva to discuss the annex", "would ask to brief both mediators",
    "would hold a meeting of its members to decide its next steps"): a meeting promised, an event, not
    a stance toward a target (coding guide, session 9)."""
    return any(c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in _TALKS for c in act.children)


def reported_intention(span: Any, base: int, holder: Any, voice: Any,
                       speech: frozenset[str]) -> bool:
    """Whether the sentence ``span`` (its text starting at offset ``base``) reports, after a
    speech verb of ``speech``, an affirmative act the holder ``will`` or ``would`` do, with the
    holder (or its voice) as the act's subject (:func:`_is_holder`)."""
    for aux in span:
        if aux.dep_ != "aux" or aux.lower_ not in _WILL:
            continue
        act = aux.head
        if act.pos_ != "VERB" or act.lemma_.lower() in _NO_ACT or _quoted(span, act):
            continue
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in act.children):
            continue
        if _for_talks(act):
            continue
        clause = act.head if act.dep_ == "conj" else act
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech:
            continue
        subject = next((c for c in act.children if c.dep_ == "nsubj"), None)
        if subject is None and act is not clause:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and _is_holder(subject, holder, voice, base):
            return True
    return False
