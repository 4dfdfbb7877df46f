"""Assembling the machine coding sheet (the YAML format of docs/design.md) as a dict."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from kg import __version__
from kg.extract.actors import EMPLOYER_WORDS, Actor, ActorTable
from kg.extract.attribution import Statement
from kg.extract.clauses import clause_values
from kg.extract.conditions import BEFORE_ANY, GENERIC_MUST_INCLUDE
from kg.extract.dates import resolve
from kg.extract.default_value import opening_condition
from kg.extract.events import Event
from kg.extract.expectations import expected_act
from kg.extract.interview import trouble_question
from kg.extract.issues import IssueScheme
from kg.extract.learn.uncued import Decider, tokens, uncued_features
from kg.extract.lexicon import words
from kg.extract.no_attitude import no_attitude, others_described
from kg.extract.positions import Positions
from kg.extract.reported_intent import reported_intention
from kg.extract.stance import StanceValue, classify, default_value, nominal_value
from kg.extract.stance_pairs import paired
from kg.extract.uncued_signals import negated_negative, valence
from kg.extract.verdicts import named_verdict
from kg.iri import slugify

CODER = f"kg-extractor {__version__}"
_SAID_DATE_RE = re.compile(
    r"\b(?:said|says|told [\w ]{1,20}?|added|announced|warned|stated|wrote|posted)\s+(?:on\s+|late\s+|"
    r"early\s+)?((?:last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|today|yesterday|(?:last|this) week)\b",
    re.IGNORECASE,
)


def span(text: str, start: int, end: int) -> dict[str, Any]:
    """An evidence item with the exact text of the original article."""
    return {"start": start, "end": end, "text": text[start:end]}


def statement_date(sentence: str, ref: date | None) -> str | None:
    """The day a statement was made: "said on Tuesday" → that Tuesday, else the article date.

    >>> statement_date("Ushakov said Wednesday that ...", date(2025, 12, 3))
    '2025-12-03'
    >>> statement_date("She told reporters on Monday it was over.", date(2026, 3, 4))
    '2026-03-02'
    """
    if ref is None:
        return None
    m = _SAID_DATE_RE.search(sentence)
    if m:
        found = resolve(m.group(1), ref)
        if found:
            return found
    return ref.isoformat()


# A legislature named by its bare word: the article mentions it as where a law is passed.
_LEGISLATURES = {"parliament"}


def _bare_head(actor: Actor) -> bool:
    """An organisation named by the bare word "Parliament": the article's mention of it
    ("once it asks Parliament to vote on the law", "Parliament's spring sitting") makes it
    no actor unless a stance or an event uses it."""
    return actor.type == "organization" and actor.label.lower() in _LEGISLATURES


def actor_items(table: ActorTable, text: str, used: set[str]) -> list[dict[str, Any]]:
    """Actors with evidence or referenced by a stance or event, in order of appearance (a
    bare "Parliament" only if referenced, :func:`_bare_head`)."""
    keep = [a for a in table.actors.values()
            if a.id in used or (a.evidence and not _bare_head(a))]
    ids = {a.id for a in keep}
    for actor in list(keep):
        for ref in (actor.speaks_for, actor.affiliation):
            if ref and ref not in ids and ref in table.gazetteer.entries:
                entry = table.gazetteer.entries[ref]
                extra = table.collective(entry, entry.label, actor.mentions[0], actor.mentions[0],
                                         evidence=False)
                keep.append(extra)
                ids.add(extra.id)
    keep.sort(key=lambda a: min(a.mentions) if a.mentions else 10**9)
    return [_actor_item(a, text, ids) for a in keep]


def _actor_item(actor: Actor, text: str, ids: set[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"id": actor.id, "type": actor.type, "label": actor.label}
    if actor.aliases:
        item["aliases"] = list(actor.aliases)
    if actor.role:
        item["role"] = actor.role
    if actor.affiliation and actor.affiliation in ids:
        item["affiliation"] = actor.affiliation
    if actor.speaks_for and actor.speaks_for in ids:
        item["speaks_for"] = actor.speaks_for
    item["confidence"] = round(actor.confidence, 2)
    if actor.evidence:
        item["evidence"] = [span(text, s, e) for s, e in actor.evidence[:1]]
    return item


# An agreement both sides report ("won a Chilean pledge to lower fees, according to
# both sides"): each side's support for it; not their joint report of a fact.
_AGREED_RE = re.compile(r"\b(?:agree[ds]?|agreement|arrangement|commitments?|deal|accord"
                        r"|understanding|consensus)\b", re.IGNORECASE)


# A suggestion of what should be done ("has suggested that the fees could go into a fund",
# "suggested that the next session take place in Accra"): a reported act of proposing (support).
_SUGGESTED_RE = re.compile(r"\bsuggest(?:s|ed|ing)?\s+that\b", re.IGNORECASE)


def _cued(st: Statement) -> StanceValue | None:
    """The value a statement's cue gives: an attitude noun's own ("Berlin's rejection"),
    a bare "No." refusing what the question before it proposes (its content: the question;
    "Would you accept monitors?" "No." opposes them, "Is the deal dead?" "No." supports
    it), its cue words', or else an agreement both sides report (:data:`_AGREED_RE`), a
    suggestion, or a state's or organisation's expectation of another's act, which demands
    it (:func:`kg.extract.expectations.expected_act`)."""
    if st.verb.startswith("nominal:"):
        return nominal_value(st.verb.split(":", 1)[1], st.content)
    if st.verb == "answer:no":
        asked = classify(st.content)
        value = "support" if (asked is not None and asked.value == "oppose") or (
            asked is None and trouble_question(st.content)) else "oppose"
        return StanceValue(value, None, 0.6, ("answer: no",))
    if st.verb == "answer:yes":  # "Would you sign if ...?" "Yes.": the question's own value
        asked = classify(st.content)
        value = asked.value if asked is not None and asked.value in {
            "support", "oppose", "conditional"} else "support"
        return StanceValue(value, asked.condition if asked is not None else None, 0.6,
                           ("answer: yes",))
    if st.verb == "answer:partly":  # "Partly.", "Not in that form.": part accepted
        return StanceValue("mixed", None, 0.6, ("answer: partly",))
    found = classify(st.content)
    if found is None and st.joint_report and _AGREED_RE.search(st.content):
        return StanceValue("support", None, 0.5, ("jointly reported agreement",))
    if found is None and st.verb == "suggest" and _SUGGESTED_RE.search(st.content):
        return StanceValue("support", None, 0.5, ("suggested",))
    if found is None and st.holder.type != "person" and st.sentence.span is not None and \
            expected_act(st.sentence.span, st.content_start - st.sentence.base,
                         st.content_end - st.sentence.base):
        return StanceValue("support", None, 0.5, ("expected act",))
    return found


_ECHO_RE = re.compile(r"\b(?:opposite|similar|same)\s+(?:view|line|position)s?$")


def _echoed(st: Statement, before: list[tuple[Statement, StanceValue | None]]
            ) -> StanceValue | None:
    """An attitude named by its relation to the last one reported before it, of another
    holder: "Warsaw took the opposite line" opposes what that one supported, "took a
    similar view" / "expressed similar views" shares it."""
    last = next((v for other, v in reversed(before) if v is not None and other.holder is not
                 st.holder and v.value in {"support", "oppose"}), None)
    if last is None:
        return None
    flipped = {"support": "oppose", "oppose": "support"}[last.value]
    return StanceValue(flipped if "opposite" in st.verb else last.value, None, 0.5, (st.verb,))


def _intends(st: Statement, reporting: frozenset[str]) -> bool:
    """A reported affirmative act of the holder's own ("said it would add a crossing"), which
    the uncued gate turned down: an intention (:mod:`kg.extract.reported_intent`)."""
    return st.verb in reporting and st.sentence.span is not None and reported_intention(
        st.sentence.span, st.sentence.base, st.holder, st.voiced_by, reporting)


def _judged(st: Statement) -> StanceValue | None:
    """A verdict on a target named with "call" ("called the levy 'a tax on jobs'"), which the
    uncued gate turned down: support or oppose as the verdict's own words are positive or
    negative (VADER's valence); no stance when they are neither (:mod:`kg.extract.verdicts`)."""
    span = st.sentence.span
    verdict = named_verdict(span.doc[st.subject_i].head) if span is not None and \
        st.subject_i >= 0 else None
    score = valence(tokens(verdict.lower())) if verdict else 0.0
    if not score:
        return None
    return StanceValue("oppose" if score < 0 else "support", None, 0.4,
                       ("default: named verdict",))


def _values(statements: list[Statement], uncued: Decider | None = None
            ) -> list[tuple[Statement, StanceValue, dict[str, float] | None]]:
    """Statements with their values (and, for a value the learned model gave, its
    features). A reported statement without a cue word gets the default value of its
    clause, unless the same holder already has a cued stance in that sentence (the speech
    verb then only reports it); a default oppose of a negated negative ("we will not walk
    away") is support (:func:`kg.extract.uncued_signals.negated_negative`). With
    ``uncued`` (:mod:`kg.extract.learn.uncued`), a
    statement without a cue word whose holder has no cued stance there is decided by the
    learned model instead of being dropped; also those valued only by default, when the
    model overrides the default (a training recorder keeps both)."""
    reporting = words("speech", "speech") | {"according", "quote"}
    cued: list[tuple[Statement, StanceValue | None]] = []
    for st in statements:
        cued.append((st, _echoed(st, cued) if _ECHO_RE.search(st.verb) else _cued(st)))
    has_cue = {(st.sentence.index, st.holder.id) for st, v in cued if v is not None}
    by_holder: dict[str, list[tuple[int, str]]] = {}
    for st, v in cued:
        if v is not None:
            by_holder.setdefault(st.holder.id, []).append((st.sentence.index, v.value))
    out: list[tuple[Statement, StanceValue, dict[str, float] | None]] = []
    for st, value in cued:
        if value is not None:
            out.append((st, value, None))
            continue
        if (st.sentence.index, st.holder.id) in has_cue or no_attitude(st.content) or (
                st.holder.type == "person" and others_described(st.content)):
            continue
        default = default_value(st.content) if st.verb in reporting else None
        if default is not None and default.value == "oppose" and negated_negative(st.content):
            default = StanceValue("support", None, default.confidence,
                                  ("default: negated negative",))
        if uncued is not None and (default is None or uncued.override_default):
            features = uncued_features(st, default, by_holder.get(st.holder.id))
            learned = uncued.decide(features)
            if learned is None and _intends(st, reporting):
                learned = StanceValue("support", None, 0.4, ("default: reported intention",))
            elif learned is None:
                learned = _judged(st)
            if learned is not None:
                out.append((st, opening_condition(st.content, learned), features))
            if not uncued.records:
                continue
        if default is not None:
            out.append((st, opening_condition(st.content, default), None))
    return out


@dataclass(frozen=True)
class _Claim:
    """One stance to write: the statement, the clause text, its value, its evidence."""

    st: Statement
    content: str
    value: StanceValue
    start: int
    end: int
    learned: dict[str, float] | None = None  # the uncued model's features, if it decided


def clause_spans(sentence: str, base: int, parts: list[str]) -> list[tuple[int, int]] | None:
    """Offsets of each clause of a sentence (from its first words to the next clause), or
    ``None`` when a later clause cannot be found in the sentence text. The first clause
    starts where its words do, or at the sentence start when the statement's text left
    out words inside it (its subject: "In Ankara, spokesman X said ...").

    >>> clause_spans("X backed it, but Y did not.", 0, ["backed it", "but Y did not."])
    [(2, 11), (13, 27)]
    >>> clause_spans("In May, she said so, but they did not.", 0, ["In May, said so", "but they did not."])
    [(0, 19), (21, 38)]
    """
    low = sentence.lower()
    starts, pos = [], 0
    for k, part in enumerate(parts):
        head = " ".join(part.split()[:3]).lower()
        found = low.find(head, pos)
        if found < 0 and k == 0:
            found, head = 0, ""
        elif found < 0:
            return None
        starts.append(found)
        pos = found + len(head)
    ends = starts[1:] + [len(sentence)]
    spans = []
    for lo, hi in zip(starts, ends, strict=True):
        chunk = sentence[lo:hi]
        stripped = chunk.rstrip(" ,;")
        spans.append((base + lo, base + lo + len(stripped)))
    return spans


# A precondition on a generic good ("there will be no peace while X", "no normal life
# until Y"): the good is no target of its own (coding guide 3.3, a vague target), so only the
# demanded outcome is coded (3.4: "no talks until the troops leave" is support for the
# troops leaving, conditional toward the talks only when they are a defined target).
_GENERIC_GOOD_RE = re.compile(r"\bno\s+(?:(?:lasting|real|true|durable|just|normal)\s+)?"
                              r"(?:peace|life|stability|normality|normalcy)\b")


def _claims(st: Statement, value: StanceValue) -> list[_Claim]:
    """The stances of one statement: one per clause with an attitude of its own, and
    the stance a condition brings (:func:`kg.extract.stance_pairs.paired`): support for an
    outcome it demands ("only if the troops leave"), opposition to what a refused variant
    would do ("would not sign any text that ignores the fishermen")."""
    whole = [_Claim(st, st.content, value, st.sentence.start, st.sentence.end)]
    found = [] if st.verb.startswith("nominal:") else clause_values(st.content)
    spans = clause_spans(st.sentence.text, st.sentence.start, [c for c, _ in found]) \
        if found else None
    claims = [_Claim(st, c, v, lo, hi) for (c, v), (lo, hi) in zip(found, spans, strict=True)] \
        if spans else whole
    return _with_pairs(st, claims)


def _with_pairs(st: Statement, claims: list[_Claim]) -> list[_Claim]:
    """The claims with the stance each one's condition brings (:func:`_claims`)."""
    for claim in list(claims):
        pair = paired(claim.value)
        generic = claim.value.value == "conditional" and bool(
            _GENERIC_GOOD_RE.search(claim.content.lower()))
        if generic and pair is None:  # "no lasting peace while our citizens are held"
            claims[claims.index(claim)] = replace(claim, value=replace(
                claim.value, value="support", condition=None))  # wants them freed
            continue
        if pair is not None:
            outcome, value = pair
            second = StanceValue(value, None, claim.value.confidence * 0.8,
                                 ("demanded condition" if value == "support" else "refused variant",))
            claims.append(_Claim(st, outcome, second, claim.start, claim.end))
            # "any deal must include Y", "wants Y before any X": only the stance toward Y
            if set(claim.value.cues) in ({GENERIC_MUST_INCLUDE}, {BEFORE_ANY}) or (
                    generic and value == "support"):
                claims.remove(claim)  # only the stance toward Y (session-11 clarifications)
    return claims


# A trade union of employees ("the Metalworkers' Union", "a Federation of Public Employees",
# "the Teachers' Association"): what it says is about its members' pay, jobs and conditions
# (labour_wages, coding guide 5, collective bargaining), in an article about anything, unless
# the statement itself names another matter; an employers' body is no union.
_UNION_HEADS = frozenset({"union", "unions", "federation", "confederation", "association",
                          "syndicate", "guild"})
_EMPLOYEE_WORDS = frozenset({"workers", "employees", "staff", "teachers", "nurses", "doctors",
                             "pilots", "drivers", "dockers", "miners", "officers", "attendants",
                             "controllers", "firefighters", "porters", "labourers", "seafarers"})
UNION_ISSUE = "labour_wages"


def _issue_prior(holder: Actor, scheme: IssueScheme,
                 default_issue: str | None) -> tuple[IssueScheme, str | None]:
    """The scheme and the issue a statement of ``holder`` falls back on and leans toward: for a
    trade union of employees (:data:`_EMPLOYEE_WORDS`, a union's head or a name ending in
    "Workers") ``UNION_ISSUE``, with the article's topic ``default_issue`` as a second topic (a
    statement that names it, even by an ambiguous word, keeps it); else the article's own."""
    names = holder.label_words
    employees = {w for w in names if w in _EMPLOYEE_WORDS or w.endswith("workers")}
    union = names & _UNION_HEADS or holder.label.lower().endswith("workers")
    if holder.type != "organization" or not employees or not union \
            or names & EMPLOYER_WORDS or default_issue == UNION_ISSUE:
        return scheme, default_issue
    return replace(scheme, second=default_issue), UNION_ISSUE


def stance_items(statements: list[Statement], text: str, scheme: IssueScheme,
                 default_issue: str | None, positions: Positions,
                 ref: date | None, trace: list[Any] | None = None,
                 uncued: Decider | None = None) -> list[dict[str, Any]]:
    """Stances of the statements that carry an attitude: a cue word, or, for reported
    speech and quotations without one, the polarity of an evaluative clause. A statement
    with two clauses of their own gives two stances (coding guide 3.1). ``trace``, when
    given, receives the claim (statement, clause, value, span) behind each item, in order
    (the learned component's features, :mod:`kg.extract.learn.features`). ``uncued``
    decides statements without a cue word (:mod:`kg.extract.learn.uncued`); such a
    stance is one claim of the whole sentence, its confidence the model's probability."""
    items: list[dict[str, Any]] = []
    used_ids: set[str] = set()
    for st, whole, learned in _values(statements, uncued):
        claims = _with_pairs(st, [_Claim(st, st.content, whole, st.sentence.start,
                                         st.sentence.end, learned)]) \
            if learned is not None else _claims(st, whole)
        bound, prior = _issue_prior(st.holder, scheme, default_issue)
        for claim in claims:
            value = claim.value
            issues = bound.linked(value.aim or claim.content, st.sentence.text,
                                  value.condition, prior)
            target = positions.get(claim.content, issues)
            sid = slugify(f"{st.holder.id}-{value.value}-{target}", max_length=70)
            base, n = sid, 2
            while sid in used_ids:
                sid, n = f"{base}-{n}", n + 1
            used_ids.add(sid)
            item: dict[str, Any] = {"id": sid, "holder": st.holder.id}
            if st.voiced_by is not None:
                item["voiced_by"] = st.voiced_by.id
            item.update({"target": target, "issue": issues[0] if len(issues) == 1 else issues,
                         "value": value.value})
            if value.condition:
                item["condition"] = value.condition
            when = statement_date(st.sentence.text, ref)
            if when:
                item["date"] = when
            item["confidence"] = round(value.confidence, 2) if claim.learned is not None \
                else round(max(0.05, min(0.95, value.confidence * st.confidence / 0.8)), 2)
            item["note"] = "cues: " + ", ".join(dict.fromkeys(value.cues))
            item["evidence"] = [span(text, claim.start, claim.end)]
            items.append(item)
            if trace is not None:
                trace.append(claim)
    return items


def event_items(events: list[Event], text: str, *, article_id: str) -> list[dict[str, Any]]:
    """Events as sheet items, with ids unique and scoped to the article.

    Event ids are global IRIs. A draft cannot know that another article reports the
    same event, nor which report's status is current (scheduled in one article, held
    or called off in a later one), so a machine event's id starts with its article's
    id; a reviewer who merges events across articles gives them one shared id.
    """
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ev in events:
        base = slugify(f"{article_id}-{ev.id}", max_length=120)
        eid, n = base, 2
        while eid in seen:
            eid, n = f"{base}-{n}", n + 1
        seen.add(eid)
        item: dict[str, Any] = {"id": eid, "type": ev.type, "label": ev.label}
        if ev.date:
            item["date"] = ev.date
        if ev.place:
            item["place"] = ev.place
        item["status"] = ev.status
        if ev.participants:
            item["participants"] = list(ev.participants)
        item["issues"] = list(ev.issues)
        item["confidence"] = round(ev.confidence, 2)
        item["evidence"] = [span(text, ev.start, ev.end)]
        out.append(item)
    return out


def article_block(article_id: str, text: str, meta: dict[str, Any]) -> dict[str, Any]:
    """The ``article`` block: metadata plus the SHA-256 of the text offsets refer to."""
    block: dict[str, Any] = {"id": article_id}
    for key in ("title", "publisher", "url", "date", "language"):
        if meta.get(key):
            block[key] = meta[key]
    if meta.get("text_file"):
        block["text_file"] = meta["text_file"]
    block["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return block
