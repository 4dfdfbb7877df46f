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

from kg.extract.actors import Actor, ActorTable, surname
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import words
from kg.extract.names import (
    after_org_noun,
    bare_common_word,
    given_name,
    hyphenated,
    org_named_person,
    place_shaped,
    titled_name,
    used_as_place,
)
from kg.extract.orgnames import (
    acronym,
    company_like,
    described,
    descriptors,
    extend,
    leads_title,
    note_governments,
    org_like,
    party_members,
    prefixed_entry,
    regional_government,
    state_body,
)
from kg.extract.roles import (
    honorific,
    note_fronted_place,
    portfolio,
    read_role,
    role_word,
    settle_offices,
    strip_titles,
)
from kg.extract.segment import Sentence

LOCATIVE_PREPS = {"in", "at", "to", "from", "near", "outside", "into", "across", "via",
                  "through", "inside", "around", "toward", "towards"}
_KIN = {"brother", "sister", "son", "daughter", "wife", "husband", "father", "mother",
        "family", "parent", "child", "relative", "cousin", "uncle", "aunt", "nephew", "niece",
        "grandson", "granddaughter", "partner", "fiance", "widow"}
_SITE_PREPS = {"at", "in", "near", "outside", "inside", "around"}
_NAMED_THINGS = {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
_COLLECTIVE_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}
@dataclass
class Mentions:
    """Mentions found in an article: token → actor, and places."""

    by_token: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, token i)
    places: list[tuple[int, int, str, int]] = field(default_factory=list)  # start, end, label, sent
    sites: set[str] = field(default_factory=set)  # names the article uses as places somewhere
    subjects: dict[int, str] = field(default_factory=dict)  # sentence -> actor of its subject
    fronted: dict[int, str] = field(default_factory=dict)  # sentence -> state of "In Kyiv, ..."

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
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "in the United States, Brazil and Guyana"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "from" and (prep.head.lemma_.lower() in words("roles", "collective") or
                                  prep.head.lemma_.lower() in words("roles", "office")):
        return False  # "negotiators from Egypt, Ethiopia and Sudan": theirs, not a place
    return prep.lower_ in LOCATIVE_PREPS or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in words("roles", "geographic_nouns"))


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


def _personal(span: Any) -> bool:
    """A name taking a personal relative clause: "X, who ..." or "X, whose brother ..."."""
    for child in span.root.children:
        if child.dep_ != "relcl":
            continue
        first = child.left_edge
        if first.lower_ in {"who", "whom"} or (first.lower_ == "whose" and
                                               first.head.lemma_.lower() in _KIN):
            return True
    return False


def _titled(span: Any) -> bool:
    """A name after a title ("Kremlin spokesman Pavel Orlov"): a person, whatever the tag."""
    roles = words("roles", "office") | words("roles", "non_office")
    return any(c.i < span.start and c.dep_ in {"compound", "amod"} and c.lower_ in roles
               for c in span.root.children)


def _acts(span: Any, partners: bool = True) -> bool:
    """A place name used as an actor: a subject, a possessor, or qualifying an office. A
    state named otherwise ("lagged behind Chile") is an actor only if a stance or an event
    uses it. ``partners``: "talks with X", "between X and Y" count (for known states; an
    unknown place "between Sanaa and Marib" is a place)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Britain, France and Germany said"
    return root.dep_ in {"nsubj", "nsubjpass", "poss"} or _qualifies_collective(span) or (
        root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ == "by" or (
            partners and root.head.lower_ in {"with", "between", "against"})))


def _state_of_demonym(table: ActorTable, demonym: str) -> Actor | None:
    """The state an unknown demonym names ("Ruritanian" -> Ruritania), by a shared stem."""
    stem = re.sub(r"(ian|ean|an|ese|ish|i)$", "", demonym.lower())
    if len(stem) < 4:
        return None
    for actor in table.actors.values():
        if actor.type == "state" and actor.label.lower().startswith(stem):
            return actor
    return None


def _state_of_body(table: ActorTable, span: Any, sent: Sentence) -> Actor | None:
    """The state a ministry belongs to: named in it, its possessor, the only state the
    sentence names ("Foreign Ministry spokeswoman X said Russia would ..."), or the last
    state named."""
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
    named = {m.entry.id: m.entry for m in table.gazetteer.scan(sent.text)
             if m.entry.type == "state" and m.kind != "demonym"}
    if len(named) == 1:
        entry = next(iter(named.values()))
        return table.collective(entry, entry.label, sent.base + span.start_char,
                                sent.base + span.start_char, evidence=False)
    return table.recent_state(sent.base + span.start_char)


def _bracketed_alias(span: Any, sent: Sentence, mentions: Mentions) -> str | None:
    """The organisation whose name is right before this one in brackets: "(BVP)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or \
            doc[span.end].text != ")" or not acronym(span.text):
        return None
    return mentions.actor_at(sent.index, span.start - 2)


def _clip(span: Any) -> Any:
    """Drop a leading determiner and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    if start < end and doc[start].lower_ == "the":
        start += 1
    while span.label_ == "ORG" and start < end - 1 and doc[start].text[:1].islower() and \
            doc[start].pos_ == "ADJ":
        start += 1  # "bicommunal Committee on ...": a description, not part of the name
    if end - 1 > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def _mark(mentions: Mentions, sent: Sentence, span: Any, actor: Actor) -> None:
    for tok in span:
        mentions.by_token[(sent.index, tok.i)] = actor.id
    if actor.type != "person":
        actor.descriptors |= descriptors(span)


def find_mentions(sentences: list[Sentence], table: ActorTable) -> Mentions:
    """Walk parsed sentences in order, filling ``table`` and returning the mentions."""
    mentions = Mentions()
    mentions.sites = {e.text for s in sentences if s.span is not None for e in s.span.ents
                      if (e.label_ in {"GPE", "LOC"} and _is_locative(e)) or (e.label_ == "PERSON" and (
                          used_as_place(e) or (len(e) == 1 and place_shaped(e))))}  # "talks in Istanbul"
    for sent in sentences:
        if sent.span is None:
            continue
        party_members(sent, table, mentions)
        _collectives(sent, table, mentions)
        _persons(sent, table, mentions)
        _surnames(sent, table, mentions)
        _speaking_names(sent, table, mentions)
        _note_subject(sent, mentions)
        note_governments(sent, table, mentions)
        note_fronted_place(sent, table, mentions)
    settle_offices(table, mentions)
    return mentions


def _note_subject(sent: Sentence, mentions: Mentions) -> None:
    """Remember the actor that is the main subject of the sentence (for "its"/"their")."""
    root = sent.span.root
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            actor = mentions.actor_at(sent.index, child.i) or next((mentions.actor_at(
                sent.index, c.i) for c in child.children if c.dep_ == "appos"), None)  # "The firm, X,"
            if actor is not None:
                mentions.subjects[sent.index] = actor
            return


def _collectives(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    doc = span.doc
    taken: set[int] = set()
    for ent in span.ents:
        if ent.start in taken or all((sent.index, t.i) in mentions.by_token for t in ent):
            continue  # the second half of a name joined to the first ("Farmers' and ...")
        if ent.label_ in _NAMED_THINGS or (ent.label_ == "ORG" and portfolio(ent)):
            taken.update(range(ent.start, ent.end))  # "the Paris Agreement" names no actor
            continue
        if ent.label_ not in _COLLECTIVE_ENTS and not org_named_person(ent):
            continue
        clipped = _clip(ent)
        if not clipped.text or table.is_excluded(clipped.text) or clipped.text.islower():
            taken.update(range(ent.start, ent.end))  # "the council's": a noun, not a name
            continue
        if sent.heading and table.gazetteer.lookup(clipped.text) is None and \
                table.find_collective(clipped.text) is None:
            continue  # title case misleads the model: a headline names no new organisation
        bracketed = _bracketed_alias(clipped, sent, mentions)
        if bracketed is not None:  # "the Civic People's Party (BVP)": another name of it
            actor = table.actors[bracketed]
            actor.add_alias(clipped.text)
            table._touch(actor, sent.base + clipped.start_char, sent.base + clipped.end_char, False)
            _mark(mentions, sent, clipped, actor)
            taken.update(range(ent.start, ent.end))
            continue
        clipped = extend(clipped)
        if len(clipped) == 1 and _short_form(table, mentions, sent, clipped):
            taken.update(range(ent.start, ent.end))
            continue
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        found = table.gazetteer.lookup(clipped.text) or prefixed_entry(table, clipped)
        if found is not None and found[0].type != "person":
            entry, kind = found
            if _is_locative(ent) and (kind in {"capital", "metonym"} or (
                    kind == "name" and entry.type == "state")):  # "speaking in Brussels"
                mentions.places.append((start, end, clipped.text, sent.index))
                if kind == "metonym":  # "at Downing Street": still the state in the story
                    table.collective(entry, clipped.text, start, end, evidence=False)
            elif kind == "demonym" and not _qualifies_collective(clipped):
                pass
            else:
                _mark(mentions, sent, clipped, table.collective(
                    entry, clipped.text, start, end,
                    evidence=_acts(clipped) or entry.type != "state" or kind == "demonym"))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"ORG", "GPE"} and (_person_like(table, clipped.text) or
                                               _personal(clipped)):
            continue
        elif ent.label_ in {"ORG", "FAC"} and table.find_collective(clipped.text):
            actor = table.find_collective(clipped.text)  # a name seen before, now unmarked
            _mark(mentions, sent, clipped, table._touch(actor, start, end, True))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"ORG", "NORP"} and state_body(clipped.text):
            state = _state_of_body(table, clipped, sent)
            if state is not None:
                _mark(mentions, sent, clipped, table._touch(state, start, end, False))
            taken.update(range(ent.start, ent.end))
        elif titled_name(clipped):
            continue  # "House Speaker Dale" tagged ORG: a title and a name
        elif (ent.label_ in {"ORG", "FAC"} or org_named_person(ent)) and (
                org_like(clipped.text) or acronym(clipped.text) or company_like(clipped) or
                after_org_noun(ent) or (
                    ent.label_ == "ORG" and (_speaks(clipped) or described(clipped)
                                             or leads_title(clipped)))):
            _mark(mentions, sent, clipped, table.new_collective(clipped.text, "organization",
                                                               start, end))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"GPE", "LOC", "FAC"} and regional_government(clipped) is not None:
            actor = table.new_collective(clipped.text, "organization", start, end)
            _mark(mentions, sent, clipped, actor)  # "the state government of X": X acts
            for tok in regional_government(clipped) or []:
                mentions.by_token[(sent.index, tok.i)] = actor.id
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"GPE", "NORP"} and described(clipped):  # "the M23 rebel group"
            _mark(mentions, sent, clipped, table.new_collective(clipped.text, "organization",
                                                               start, end))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ == "GPE" and not _is_locative(ent) and _acts(clipped, False) and (
                clipped.text not in mentions.sites or _speaks(clipped)):  # a place, unless it speaks
            kind = "organization" if org_like(clipped.text) else "state"  # "the Left Union"
            _mark(mentions, sent, clipped, table.new_collective(clipped.text, kind, start, end))
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
    _untagged_organisations(sent, table, mentions, taken)
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
        if _is_locative(tok_span) and match.kind in {"capital", "name", "metonym"}:
            mentions.places.append((start, end, span.text[match.start:match.end], sent.index))
            if match.kind == "metonym":
                table.collective(match.entry, "", start, end, evidence=False)
            continue
        actor = table.collective(match.entry, span.text[match.start:match.end], start, end,
                                 evidence=_acts(tok_span) or match.entry.type != "state"
                                 or match.kind == "demonym")
        _mark(mentions, sent, tok_span, actor)
    del doc


def _untagged_organisations(sent: Sentence, table: ActorTable, mentions: Mentions,
                            taken: set[int]) -> None:
    """Capitalised names ending in an organisation word that the model did not tag ("The Ad
    Hoc Bondholder Committee met"), also with "of"/"for"/"on" ("Federation of Farmers")."""
    doc = sent.span.doc
    heads = words("roles", "organization_heads")
    i, end = sent.span.start, sent.span.end
    while i < end:
        j = i
        while j < end and (doc[j].pos_ in {"PROPN", "NOUN"} and doc[j].text[:1].isupper() or (
                j > i and (doc[j].lower_ in {"of", "for", "on"} or doc[j].tag_ == "POS")
                and j + 1 < end and doc[j + 1].text[:1].isupper())):
            j += 1  # "Committee on Missing Persons", "Doctors' Pay Review Body"
        name = doc[i:j]
        if j - i >= 2 and doc[j - 1].lower_ in heads and doc[j - 1].tag_ != "NNPS" and \
                not any(t.i in taken or (
                sent.index, t.i) in mentions.by_token for t in name) and not state_body(
                name.text) and not any(role_word(t) for t in name):
            start = sent.base + name.start_char
            _mark(mentions, sent, name, table.new_collective(name.text, "organization", start,
                                                             start + len(name.text)))
            taken.update(range(i, j))
        i = max(j, i + 1)


def _persons(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    if sent.heading:
        return  # title case confuses the model; headlines name people again below
    for ent in span.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE"}:
            continue
        if ent.label_ != "PERSON" and not _person_like(table, _clip(ent).text) and not (
                ent.label_ == "ORG" and (_titled(_clip(ent)) or _personal(ent)) and len(ent) > 1):
            continue
        if org_named_person(ent):
            continue
        clipped = strip_titles(given_name(hyphenated(_clip(ent)), table))
        if clipped is None or table.is_excluded(clipped.text) or not clipped.text[:1].isupper():
            continue
        found = table.gazetteer.lookup(clipped.text)
        if found is not None and found[0].type != "person":
            continue
        if _short_form(table, mentions, sent, clipped) or (
                clipped.end < len(span.doc) and role_word(span.doc[clipped.end])
                and clipped.root.dep_ == "compound"):
            continue  # "Hanbit said"; "Labour Minister X": "Labour" names the ministry
        if clipped.start > 0 and span.doc[clipped.start - 1].lower_ == "the":
            continue  # "the Danube dam": a person's name does not follow "the"
        if table.find_person(clipped.text) is None and (place_shaped(clipped) or (
                bare_common_word(clipped) and not _titled(clipped))):
            continue  # "Goma and Bukavu, the two largest cities"; "Coal is a symbol"
        if table.find_person(clipped.text) is None and (
                (clipped.root.dep_ == "pobj" and clipped.root.head.lower_ in _SITE_PREPS)
                or (_is_locative(clipped) and (len(clipped) == 1 or clipped.root.head.lower_ not in {
                    "to", "from"})) or clipped.text in {p[2] for p in mentions.places}
                or (len(clipped) == 1 and clipped.text in mentions.sites)):
            continue  # "crossings at Mia Milia", "the city of Abha": a site, not a person
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        actor = table.person(clipped.text, start, end)
        _mark(mentions, sent, clipped, actor)
        read_role(table, actor, clipped, sent, mentions)


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
                tok.doc[start_i - 1].pos_ == "PROPN" and tok.doc[start_i - 1].head.i == tok.i \
                and not role_word(tok.doc[start_i - 1]) and not honorific(tok.doc[start_i - 1]):
            start_i -= 1
        name = tok.doc[start_i:tok.i + 1]
        if start_i == tok.i or org_like(name.text) or table.gazetteer.lookup(name.text):
            continue
        if role_word(tok) or not all(t.text[:1].isupper() and t.is_alpha for t in name):
            continue  # "the Health Secretary said": a title, resolved by attribution
        start = sent.base + name.start_char
        actor = table.person(name.text, start, start + len(name.text))
        _mark(mentions, sent, name, actor)
        read_role(table, actor, name, sent, mentions)


def _short_form(table: ActorTable, mentions: Mentions, sent: Sentence, name: Any) -> bool:
    """Mark a lone name that abbreviates a known organisation ("Hanbit said")."""
    org = table.short_form(name.text) if (sent.index, name.start) not in mentions.by_token \
        else None
    if org is None:
        return False
    start = sent.base + name.start_char
    table._touch(org, start, start + len(name.text), False)
    org.add_alias(name.text)
    _mark(mentions, sent, name, org)
    return True


def _surnames(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """Bare surnames of known persons that the model did not tag as PERSON (also when it
    took an unfamiliar surname for a common noun: "Ellery, speaking to ..., went further")."""
    for tok in sent.span:
        if (sent.index, tok.i) in mentions.by_token or not tok.text[:1].isupper() or (
                tok.pos_ != "PROPN" and (tok.pos_ not in {"NOUN", "ADJ", "X"} or len(tok) < 4)):
            continue
        if tok.dep_ in {"nsubj", "nsubjpass", "poss"} and _short_form(
                table, mentions, sent, sent.span.doc[tok.i:tok.i + 1]):
            continue
        key = name_key(tok.text)
        found = next((a for a in table.actors.values() if a.type == "person"
                      and name_key(surname(a.label)) == key), None)
        if found is None and tok.pos_ == "PROPN" and len(tok) >= 6:
            found = table.find_person(tok.text)  # a spelling variant ("Venkatraman")
        if found is not None:
            start = sent.base + tok.idx
            table._touch(found, start, start + len(tok.text), True)
            found.add_alias(tok.text)
            mentions.by_token[(sent.index, tok.i)] = found.id
