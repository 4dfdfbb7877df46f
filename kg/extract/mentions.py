"""Finding actor mentions in parsed sentences and reading persons' roles.

Named entities (spaCy) and gazetteer names are turned into mentions of
actors in an :class:`~kg.extract.actors.ActorTable`. A capital or country
that is only a place ("talks in Geneva") is recorded as a place, not as an
actor. Demonyms count only when they qualify an official or a collective
("Ukrainian officials", "Iranian Foreign Minister ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.extract.actors import Actor, ActorTable, role_head_is_office
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import words
from kg.extract.segment import Sentence

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "outside", "into", "across", "via",
                  "through", "inside", "around", "toward", "towards", "between"}
_ROLE_VERBS = {"chair", "lead", "head", "represent", "speak", "run", "direct", "preside", "serve"}
_NAMED_THINGS = {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
_COLLECTIVE_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


@dataclass
class Mentions:
    """Mentions found in an article: token → actor, and places."""

    by_token: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, token i)
    places: list[tuple[int, int, str, int]] = field(default_factory=list)  # start, end, label, sent

    def actor_at(self, sentence: int, token_i: int) -> str | None:
        """The actor id a token belongs to, if any."""
        return self.by_token.get((sentence, token_i))


def _is_locative(span: Any) -> bool:
    """A place, not an actor: "talks in Geneva", "a Nairobi-based group"."""
    root = span.root
    doc = span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in {
            "based", "born", "headquartered"}:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _qualifies_collective(span: Any) -> bool:
    """A demonym/state token modifying an official or collective noun (also the second of
    two: "Qatari and Egyptian mediators")."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    return root.dep_ in {"amod", "compound", "nmod", "poss"} and (
        head.lower_ in words("roles", "collective") or head.lower_ in words("roles", "office")
        or head.lemma_.lower() in words("roles", "office")
    )


def _org_like(text: str) -> bool:
    return any(w.lower().strip(".,'") in words("roles", "organization_heads") for w in text.split())


def _acronym(text: str) -> bool:
    """An all-capital name of two to six letters (UAW, CDU), as organisations are often named."""
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def _person_like(table: ActorTable, text: str) -> bool:
    """Whether an ORG entity is really a person (a known name, or a gazetteer person)."""
    found = table.gazetteer.lookup(text)
    return (found is not None and found[0].type == "person") or table.find_person(text) is not None


def _speaks(span: Any) -> bool:
    """A name that is the subject of a speech or attitude verb ("Islamic Jihad said")."""
    root = span.root
    verbs = words("speech", "speech") | words("speech", "attitude")
    roles = words("roles", "office") | words("roles", "non_office")
    described = any(c.dep_ == "appos" and any(t.lower_ in roles for t in c.subtree)
                    for c in root.children)  # "Sofia Brandt, a trade economist, said"
    first_name = span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN" and \
        span.doc[span.start - 1].dep_ == "compound"  # "said Ana Tuilagi" tagged ORG
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs and not (
        described or first_name or _titled(span))


def _titled(span: Any) -> bool:
    """A name after a title ("Kremlin spokesman Pavel Orlov"): a person, whatever the tag."""
    roles = words("roles", "office") | words("roles", "non_office")
    return any(c.i < span.start and c.dep_ in {"compound", "amod"} and c.lower_ in roles
               for c in span.root.children)


def _acts(span: Any) -> bool:
    """A place name used as an actor: a subject, a possessor, or qualifying an office."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass", "poss"} or _qualifies_collective(span) or (
        root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}) or (
        root.dep_ == "pobj" and root.head.dep_ == "agent")  # "rejected by Ruritania"


def _state_of_demonym(table: ActorTable, demonym: str) -> Actor | None:
    """The state an unknown demonym names ("Ruritanian" -> Ruritania), by a shared stem."""
    stem = re.sub(r"(ian|ean|an|ese|ish|i)$", "", demonym.lower())
    if len(stem) < 4:
        return None
    for actor in table.actors.values():
        if actor.type == "state" and actor.label.lower().startswith(stem):
            return actor
    return None


def _state_body(text: str) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{re.escape(b)}\b", low) for b in words("roles", "state_bodies"))


def _state_of_body(table: ActorTable, span: Any, sent: Sentence) -> Actor | None:
    """The state a ministry belongs to: named in it, its possessor, or the last state named."""
    for match in table.gazetteer.scan(span.text):
        if match.entry.type == "state":
            return table.collective(match.entry, span.text[match.start:match.end],
                                    sent.base + span.start_char + match.start,
                                    sent.base + span.start_char + match.end, evidence=False)
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        found = table.gazetteer.lookup(doc[span.start - 2].text)
        if found is not None and found[0].type == "state":
            return table.actors.get(found[0].id)
    return table.recent_state(sent.base + span.start_char)


def _extend(span: Any) -> Any:
    """Extend a name over following capitalised nouns ("Harwick" + "Container Terminals")."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and (
            doc[end + 1].like_num or doc[end + 1].pos_ == "PROPN"):
        end += 2  # "the Group" + "of 77"
        if _org_like(doc[span.start:end].text):
            return doc[span.start:end]
        end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and (
            not doc[end].ent_type_ or doc[end].ent_iob_ == "B") and end - span.end < 4:
        end += 1
    if end > span.end and _org_like(doc[span.start:end].text):
        return doc[span.start:end]
    return span


def _clip(span: Any) -> Any:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    if start < end and doc[start].lower_ == "the":
        start += 1
    if end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def _mark(mentions: Mentions, sent: Sentence, span: Any, actor: Actor) -> None:
    for tok in span:
        mentions.by_token[(sent.index, tok.i)] = actor.id


def _role_span(ent: Any) -> tuple[int, int] | None:
    """Token range of the role words around a person's name, or ``None``."""
    root = ent.root
    doc = ent.doc
    if root.left_edge.i < ent.start:
        start = root.left_edge.i
        for i in range(ent.start - 1, root.left_edge.i - 1, -1):
            tok = doc[i]
            if tok.tag_ == "POS" or tok.text in {",", "(", "--"}:
                start = i + 1
                break
        while start < ent.start and (doc[start].tag_ == "POS" or doc[start].is_punct):
            start += 1
        while start < ent.start and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        if start < ent.start:
            return start, ent.start
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        while head.dep_ in {"pobj", "prep"} and head.head.i < head.i:
            head = head.head  # "the envoy for Sudan, X": X belongs to "envoy"
        end = ent.start
        while end > head.left_edge.i and doc[end - 1].is_punct:
            end -= 1
        return head.left_edge.i, end
    for child in root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1:
            return child.left_edge.i, child.right_edge.i + 1
    for child in root.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in _ROLE_VERBS:
            return child.i, child.right_edge.i + 1
    return None


def _role_cue(table: ActorTable, tokens: Any, sent: Sentence, mentions: Mentions) -> Actor | None:
    """The collective actor named inside a role phrase (state, organisation)."""
    found = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in tokens) if a]
    collectives = [a for a in found if a.type != "person"]
    organisations = [a for a in collectives if a.type == "organization"]
    if organisations or collectives:
        return (organisations or collectives)[-1]
    for match in table.gazetteer.scan(tokens.text):
        if match.entry.type != "person":
            base = tokens.start_char + sent.base
            return table.collective(match.entry, tokens.text[match.start:match.end],
                                    base + match.start, base + match.end)
    if any(t.lower_ == "bloc" for t in tokens) and "european-union" in table.actors:
        return table.actors["european-union"]
    if any(t.lower_ in {"its", "their"} and t.dep_ == "poss" for t in tokens):
        recent = table.recent_collective("", sent.base + tokens.start_char)
        if recent is not None:
            return recent
    for tok in tokens:
        if tok.pos_ == "NOUN" and any(c.lower_ in {"the", "its", "their"} for c in tok.children):
            found_org = table.recent_collective(tok.lemma_, sent.base + tok.idx)
            if found_org is not None:
                return found_org
    return None


def find_mentions(sentences: list[Sentence], table: ActorTable) -> Mentions:
    """Walk parsed sentences in order, filling ``table`` and returning the mentions."""
    mentions = Mentions()
    for sent in sentences:
        if sent.span is None:
            continue
        _collectives(sent, table, mentions)
        _persons(sent, table, mentions)
        _surnames(sent, table, mentions)
        _speaking_names(sent, table, mentions)
    return mentions


def _collectives(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    doc = span.doc
    taken: set[int] = set()
    for ent in span.ents:
        if ent.label_ in _NAMED_THINGS:
            taken.update(range(ent.start, ent.end))  # "the Paris Agreement" names no actor
            continue
        if ent.label_ not in _COLLECTIVE_ENTS:
            continue
        clipped = _clip(ent)
        if not clipped.text or table.is_excluded(clipped.text):
            taken.update(range(ent.start, ent.end))
            continue
        clipped = _extend(clipped)
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        found = table.gazetteer.lookup(clipped.text)
        if found is not None and found[0].type != "person":
            entry, kind = found
            if _is_locative(ent) and kind in {"capital", "name"} and entry.type == "state":
                mentions.places.append((start, end, clipped.text, sent.index))
            elif kind == "demonym" and not _qualifies_collective(clipped):
                pass
            else:
                _mark(mentions, sent, clipped, table.collective(entry, clipped.text, start, end))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"ORG", "GPE"} and _person_like(table, clipped.text):
            continue
        elif ent.label_ in {"ORG", "NORP"} and _state_body(clipped.text):
            state = _state_of_body(table, clipped, sent)
            if state is not None:
                _mark(mentions, sent, clipped, table._touch(state, start, end, False))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"ORG", "FAC"} and (_org_like(clipped.text) or _acronym(clipped.text)
                                                or (ent.label_ == "ORG" and _speaks(clipped))):
            _mark(mentions, sent, clipped, table.new_collective(clipped.text, "organization",
                                                               start, end))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "GPE" and not _is_locative(ent) and _acts(clipped):
            _mark(mentions, sent, clipped, table.new_collective(clipped.text, "state", start, end))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "NORP" and _qualifies_collective(clipped):
            state = _state_of_demonym(table, clipped.text)
            if state is not None:
                _mark(mentions, sent, clipped, table._touch(state, start, end, False))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"GPE", "LOC", "FAC"}:
            if _is_locative(ent):
                mentions.places.append((start, end, clipped.text, sent.index))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG":
            taken.update(range(ent.start, ent.end))
    for match in table.gazetteer.scan(span.text):
        if match.entry.type == "person":
            continue
        tok_span = span.char_span(match.start, match.end, alignment_mode="expand")
        if tok_span is None or any(t.i in taken for t in tok_span):
            continue
        if any(t.ent_type_ == "PERSON" for t in tok_span) and match.kind == "demonym":
            continue
        if match.kind == "demonym" and not _qualifies_collective(tok_span):
            continue
        start, end = sent.base + span.start_char + match.start, sent.base + span.start_char + match.end
        if _is_locative(tok_span) and match.kind in {"capital", "name"}:
            mentions.places.append((start, end, span.text[match.start:match.end], sent.index))
            continue
        actor = table.collective(match.entry, span.text[match.start:match.end], start, end)
        _mark(mentions, sent, tok_span, actor)
    del doc


def _persons(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    if sent.heading:
        return  # title case confuses the model; headlines name people again below
    for ent in span.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE"}:
            continue
        if ent.label_ != "PERSON" and not _person_like(table, _clip(ent).text) and not (
                ent.label_ == "ORG" and _titled(_clip(ent)) and len(ent) > 1):
            continue
        clipped = _clip(ent)
        if not clipped.text or table.is_excluded(clipped.text) or not clipped.text[:1].isupper():
            continue
        found = table.gazetteer.lookup(clipped.text)
        if found is not None and found[0].type != "person":
            continue
        if clipped.start > 0 and span.doc[clipped.start - 1].lower_ == "the":
            continue  # "the Danube dam": a person's name does not follow "the"
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        actor = table.person(clipped.text, start, end)
        _mark(mentions, sent, clipped, actor)
        role = _role_span(clipped)
        if role is not None:
            tokens = span.doc[role[0]:role[1]]
            bosses = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in tokens)
                      if a in _PERSON_IDS(table) and a != actor.id]
            if bosses:
                _inherit_office(table, actor, tokens.text, bosses[0])
            elif tokens.text.strip():
                cue = _role_cue(table, tokens, sent, mentions)
                text = tokens.text
                of = next((c for c in clipped.root.children if c.dep_ == "prep"
                           and c.lower_ == "of"), None)
                if cue is None and of is not None and role[1] == clipped.start:
                    of_tokens = span.doc[of.i:of.right_edge.i + 1]
                    cue = _role_cue(table, of_tokens, sent, mentions)
                    text = f"{text} {of_tokens.text}"  # "Foreign Minister X of Denmark"
                table.set_role(actor, text, cue)


def _inherit_office(table: ActorTable, actor: Actor, role: str, boss: Actor) -> None:
    """ "Karimi's deputy, Ali Nouri": an aide of an office-holder speaks for the same body."""
    body = table.actors.get(boss.speaks_for) if boss.speaks_for else None
    if body is not None:
        table.set_role(actor, role, body)
    elif role_head_is_office(role):
        table.set_role(actor, role, None)
        actor.aide_of = boss.id  # the boss's office may be learnt later in the article


def _PERSON_IDS(table: ActorTable) -> set[str]:  # noqa: N802
    return {a.id for a in table.actors.values() if a.type == "person"}


def _speaking_names(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """A proper name speaking ("said Ana Tuilagi") that the model missed or called an ORG."""
    if sent.heading:
        return
    speech = words("speech", "speech") | words("speech", "attitude")
    for tok in sent.span:
        verb = tok.head.head if tok.dep_ == "appos" else tok.head
        subject_like = tok.dep_ == "nsubj" or (tok.dep_ == "appos" and tok.head.dep_ == "nsubj")
        if tok.pos_ != "PROPN" or not subject_like or verb.lemma_.lower() not in speech:
            continue
        if (sent.index, tok.i) in mentions.by_token:
            continue
        start_i = tok.i
        while start_i > sent.span.start and tok.doc[start_i - 1].dep_ == "compound" and \
                tok.doc[start_i - 1].pos_ == "PROPN" and tok.doc[start_i - 1].head.i == tok.i:
            start_i -= 1
        name = tok.doc[start_i:tok.i + 1]
        if start_i == tok.i or _org_like(name.text) or table.gazetteer.lookup(name.text):
            continue
        if not all(t.text[:1].isupper() and t.is_alpha for t in name):
            continue
        start = sent.base + name.start_char
        actor = table.person(name.text, start, start + len(name.text))
        _mark(mentions, sent, name, actor)
        role = _role_span(name)
        if role is not None:
            tokens = sent.span.doc[role[0]:role[1]]
            table.set_role(actor, tokens.text, _role_cue(table, tokens, sent, mentions))


def _surnames(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """Bare surnames of known persons that the model did not tag as PERSON."""
    for tok in sent.span:
        if tok.pos_ != "PROPN" or (sent.index, tok.i) in mentions.by_token:
            continue
        key = name_key(tok.text)
        for actor in table.actors.values():
            if actor.type == "person" and name_key(actor.label).split()[-1] == key:
                start = sent.base + tok.idx
                table._touch(actor, start, start + len(tok.text), True)
                mentions.by_token[(sent.index, tok.i)] = actor.id
                break
