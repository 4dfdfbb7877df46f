"""Finding actor mentions in parsed sentences and reading persons' roles.

Named entities (spaCy) and gazetteer names are turned into mentions of
actors in an :class:`~kg.extract.actors.ActorTable`. A capital or country
that is only a place ("talks in Geneva") is recorded as a place, not as an
actor. Demonyms count only when they qualify an official or a collective
("Ukrainian officials", "Iranian Foreign Minister ...").
"""


from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.bodies import body_noun_referent
from kg.extract.clausenames import clause_names, clause_roles
from kg.extract.collectives import collectives
from kg.extract.delegations import settle_delegation_heads
from kg.extract.entityspans import (
    clip,
    is_locative,
    mark,
    person_like,
    personal,
    preposition_of,
    role_apposed,
    short_form,
    titled,
)
from kg.extract.fronted import note_fronted_place
from kg.extract.gazetteer import name_key
from kg.extract.lexicon import words
from kg.extract.media import media
from kg.extract.membervoice import settle_member_voice
from kg.extract.names import (
    bare_common_word,
    given_name,
    hyphenated,
    org_named_person,
    place_noun,
    place_shaped,
    takes_in_clause_words,
    used_as_place,
)
from kg.extract.offices import settle_offices, settle_owned_roles, settle_region
from kg.extract.orgnames import note_governments, org_like, party_members
from kg.extract.personnames import family_names
from kg.extract.roles import read_role
from kg.extract.rolespans import honorific, role_word, strip_titles
from kg.extract.segment import Sentence

_SITE_PREPS = {"at", "in", "near", "outside", "inside", "around"}


@dataclass
class Mentions:
    """Mentions found in an article: token → actor, and places."""

    by_token: dict[tuple[int, int], str] = field(default_factory=dict)  # (sentence, token i)
    places: list[tuple[int, int, str, int]] = field(default_factory=list)  # start, end, label, sent
    sites: set[str] = field(default_factory=set)  # names the article uses as places somewhere
    subjects: dict[int, str] = field(default_factory=dict)  # sentence -> actor of its subject
    subject_owners: dict[int, str] = field(default_factory=dict)  # "X's reply came": X
    fronted: dict[int, str] = field(default_factory=dict)  # sentence -> state of "In Kyiv, ..."
    owned_roles: list[tuple[Actor, Sentence, str]] = field(default_factory=list)  # "the party's"
    own_states: dict[str, set[str]] = field(default_factory=dict)  # person -> states in his phrase
    counterparts: set[tuple[int, int]] = field(default_factory=set)  # "talks with Washington"
    possessed: dict[str, list[str]] = field(default_factory=dict)  # "Merz's CDU": person -> orgs

    def actor_at(self, sentence: int, token_i: int) -> str | None:
        """The actor id a token belongs to, if any."""
        return self.by_token.get((sentence, token_i))


def find_mentions(sentences: list[Sentence], table: ActorTable) -> Mentions:
    """Walk parsed sentences in order, filling ``table`` and returning the mentions."""
    mentions = Mentions()
    mentions.sites = {e.text for s in sentences if s.span is not None for e in s.ents
                      if (e.label_ in {"GPE", "LOC"} and is_locative(e)) or (e.label_ == "PERSON" and (
                          used_as_place(e) or (len(e) == 1 and place_shaped(e))))}  # "talks in Istanbul"
    for sent in sentences:
        if sent.span is None:
            continue
        party_members(sent, table, mentions)
        named = clause_names(sent, table, mentions)
        collectives(sent, table, mentions)
        _known_organisations([sent], table, mentions)
        _persons(sent, table, mentions)
        clause_roles(named, table, sent, mentions)
        _gazetteer_persons(sent, table, mentions)
        _surnames(sent, table, mentions)
        _speaking_names(sent, table, mentions)
        media(sent, table, mentions)
        _note_possessed(sent, table, mentions)
        _note_subject(sent, mentions, table)
        note_governments(sent, table, mentions)
        note_fronted_place(sent, table, mentions)
    _known_organisations(sentences, table, mentions)
    settle_owned_roles(table, mentions)
    settle_offices(table, mentions)
    settle_delegation_heads(sentences, table, mentions)
    settle_region(sentences, table)
    settle_member_voice(sentences, table, mentions)
    _settle_demonym_states(sentences, table, mentions)
    _settle_place_persons(sentences, table, mentions)
    return mentions


def _tokens_by_actor(sentences: list[Sentence], mentions: Mentions) -> dict[str, list[Any]]:
    """Every marked token of the article, by the actor id it belongs to."""
    spans = {s.index: s.span for s in sentences if s.span is not None}
    tokens: dict[str, list[Any]] = {}
    for (index, i), actor_id in mentions.by_token.items():
        tokens.setdefault(actor_id, []).append(spans[index].doc[i])
    return tokens


def _spoken_for(table: ActorTable) -> set[str | None]:
    return {a.speaks_for for a in table.actors.values() if a.type == "person"}


def _settle_demonym_states(sentences: list[Sentence], table: ActorTable,
                           mentions: Mentions) -> None:
    """A state named only by its demonym before an office noun of someone who speaks for no
    state of that name ("the Fijian envoy who leads the forum", "his Egyptian
    counterpart") is no actor of its own: its evidence is dropped (a stance or an event
    that uses it still lists it)."""
    tokens, spoken_for = _tokens_by_actor(sentences, mentions), _spoken_for(table)
    for actor_id, toks in tokens.items():
        actor = table.actors.get(actor_id)
        if actor is not None and actor.type == "state" and actor_id not in spoken_for and all(
                (t.pos_ == "ADJ" or t.ent_type_ == "NORP") and role_word(t.head) for t in toks):
            actor.evidence.clear()


_PLACE_PREPS = {"in", "at", "on", "near", "from", "to", "of", "into", "across", "around",
                "outside", "inside", "towards", "toward"}


def _settle_place_persons(sentences: list[Sentence], table: ActorTable,
                          mentions: Mentions) -> None:
    """A name of two or more words the model took for a person, with no role, that the
    article only ever uses as the object of a place preposition ("boats taken to Port
    Selvar", "the farmers of Upper Danlo") is a place, not an actor: its evidence is
    dropped (a stance or an event that uses it still lists it)."""
    tokens, spoken_for = _tokens_by_actor(sentences, mentions), _spoken_for(table)
    for actor_id, toks in tokens.items():
        actor = table.actors.get(actor_id)
        if actor is None or actor.type != "person" or actor.role or actor.speaks_for or \
                actor_id in spoken_for or len(actor.label.split()) < 2:
            continue
        heads = [t for t in toks if t.head.i == t.i or not any(
            t.head.i == u.i and t.doc is u.doc for u in toks)]
        if heads and all(_place_object(t) for t in heads):
            actor.evidence.clear()


def _place_object(tok: Any) -> bool:
    """The token is the object of a place preposition, not a possessor nor "according to"."""
    prep = preposition_of(tok)
    if prep is None or any(c.dep_ == "case" for c in tok.children):
        return False
    if prep.lower_ == "of" and not (prep.head.tag_ == "NNS" or place_noun(prep.head)):
        return False  # "the fall of Omar Haddad": his; "the farmers of Upper Danlo": a place
    return prep.lower_ in _PLACE_PREPS and prep.head.lower_ != "according" and not (
        tok.i > 0 and role_word(tok.doc[tok.i - 1]))


def _known_organisations(sentences: list[Sentence], table: ActorTable,
                         mentions: Mentions) -> None:
    """Mark unmarked occurrences of organisations named elsewhere in the article: the
    model may tag a name only where it is used plainly ("Vooruit wants ...") and miss it
    in another sentence ("the socialists of Vooruit refusing ...", "the ELN holds")."""
    names: dict[str, str] = {}
    for actor in table.actors.values():
        if actor.type == "organization":
            for name in (actor.label, *actor.aliases):
                if name and all(w[:1].isupper() for w in name.split()):
                    names.setdefault(name, actor.id)
    by_length = sorted(names, key=len, reverse=True)  # the longest name first
    for sent in sentences:
        if sent.span is None or sent.heading or not by_length:
            continue
        doc, marked = sent.span.doc, False
        for tok in sent.tokens:
            if not tok.text[:1].isupper() or ((sent.index, tok.i) in mentions.by_token and
                                              not _state_begins(table, mentions, sent, tok)):
                continue
            word = tok.text  # a name the text has here begins with the word or within it
            name = next((n for n in by_length if (n.startswith(word) or word.startswith(n))
                         and sent.doc_text.startswith(n, tok.idx)), None)
            span = doc.char_span(tok.idx, tok.idx + len(name)) if name else None
            owner = names[name] if name else None
            if span is None or any(mentions.actor_at(sent.index, t.i) not in {None, owner} and not
                                   _state_marked(table, mentions, sent, t) or
                                   t.ent_type_ == "PERSON" for t in span) or (
                    all(mentions.actor_at(sent.index, t.i) == owner for t in span)) or all(
                    _state_marked(table, mentions, sent, t) for t in span) or (
                    len(span) == 1 and (tok.pos_ != "PROPN" or tok.dep_ == "compound")):
                continue
            start, actor = sent.base + span.start_char, table.actors[owner]
            mark(mentions, sent, span, table.touch(actor, start, start + len(span.text), False))
            actor.mentions.sort()
            marked = True
        if marked and sent.index not in mentions.subjects:
            _note_subject(sent, mentions)


def _note_possessed(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """ "Chancellor X's Christian Democratic Union": the organisations a person's name
    possesses, what "his party" refers to later."""
    for tok in sent.tokens:
        if tok.dep_ != "poss":
            continue
        person = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
        owned = table.actors.get(mentions.actor_at(sent.index, tok.head.i) or "")
        if person is not None and person.type == "person" and \
                owned is not None and owned.type == "organization":
            mentions.possessed.setdefault(person.id, []).append(owned.id)


def _state_marked(table: ActorTable, mentions: Mentions, sent: Sentence, tok: Any) -> bool:
    """Whether ``tok`` was taken for a state a longer organisation name begins with ("the
    Sweden Democrats' side", "a Ukraine Reconstruction Fund official"): the organisation's
    name, when known, claims it back."""
    actor = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
    return actor is not None and actor.type == "state"


def _state_begins(table: ActorTable, mentions: Mentions, sent: Sentence, tok: Any) -> bool:
    """Whether ``tok`` begins a mention of a state ("Sweden" in "the Sweden Democrats", not
    "House" in "the White House")."""
    return _state_marked(table, mentions, sent, tok) and (
        tok.i == sent.span.start or
        mentions.actor_at(sent.index, tok.i - 1) != mentions.actor_at(sent.index, tok.i))


def _note_subject(sent: Sentence, mentions: Mentions, table: ActorTable | None = None) -> None:
    """Remember the actor that is the main subject of the sentence (for "its"/"their"),
    also when the subject refers back to it with a noun of its kind ("The company defended
    its offer. '...,' X, its vice president, said")."""
    root = sent.span.root
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            actor = mentions.actor_at(sent.index, child.i) or next((mentions.actor_at(
                sent.index, c.i) for c in child.children if c.dep_ == "appos"), None)  # "The firm, X,"
            if actor is None and table is not None:
                actor = _named_with_noun(sent, child, table, mentions)
            if actor is None and table is not None:
                found = body_noun_referent(table, child, sent, table.actors.get(
                    mentions.subjects.get(sent.index - 1, "")))  # "The company said ... its"
                actor = found.id if found is not None else None
            if actor is None and table is not None:
                actor = _seated_organ(child, table)  # "The cabinet in Oslo said"
            if actor is None and table is not None:
                actor = _named_by_head(sent, child, table)  # "The authority, for its part,"
            if actor is None and child.lower_ in {"it", "they"}:
                actor = mentions.subjects.get(sent.index - 1)  # "X wants ... It also wants"
            if actor is None and child.pos_ != "PRON":
                actor = _reported_subject(sent, root, mentions, table)
            if actor is not None:
                mentions.subjects[sent.index] = actor
            owner = next((mentions.actor_at(sent.index, c.i) for c in child.children
                          if c.dep_ == "poss"), None)
            if actor is None and owner is not None:  # "Latvia's reply came within hours."
                mentions.subject_owners[sent.index] = owner
            return


# Organs of a state that a subject names by the seat of its state ("the foreign office
# in Lima", "the cabinet in Oslo").
_SEATED_ORGANS = {"office", "ministry", "government", "presidency", "cabinet", "administration"}


def _seated_organ(noun: Any, table: ActorTable) -> str | None:
    """The state whose organ a subject names by its seat ("The foreign office in
    Lima said ..."): the state of the capital or country after "in", if the article names
    that state."""
    if noun.lemma_.lower() not in _SEATED_ORGANS:
        return None
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            found = table.gazetteer.lookup(noun.doc[place.left_edge.i:place.i + 1].text)
            if found is not None and found[0].type == "state" and found[0].id in table.actors:
                return str(found[0].id)
    return None


def _named_by_head(sent: Sentence, noun: Any, table: ActorTable) -> str | None:
    """The organisation a definite subject calls by a word of its own name ("the Lake Basin
    Authority ... The authority, for its part, ..."): news writing shortens a named body to
    "the" and its head noun, and that body is what "its" in the next sentence means."""
    if noun.pos_ != "NOUN" or not noun.text.islower() or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    lemma = noun.lemma_.lower()
    found = table.recent_collective(lemma, sent.base + noun.idx)
    if found is None or found.type != "organization" or \
            lemma not in found.label.lower().split():
        return None
    return found.id


def _reported_subject(sent: Sentence, root: Any, mentions: Mentions,
                      table: ActorTable | None) -> str | None:
    """The organisation a reporter's sentence is about ("Our correspondent reports that the
    X Council wrote to both sides"): when the main subject names no actor, the named
    organisation that is the subject of the reported clause is the sentence's topic, what
    "its" in the next sentence refers to."""
    for clause in (c for c in root.children if c.dep_ == "ccomp"):
        for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            actor = mentions.actor_at(sent.index, subj.i)
            if actor is not None and table is not None and actor in table.actors and \
                    table.actors[actor].type == "organization":
                return actor
    return None


def _named_with_noun(sent: Sentence, noun: Any, table: ActorTable,
                     mentions: Mentions) -> str | None:
    """The organisation a subject names before a lower-case organisation noun ("The Greens
    group said ...", "the Likud party"): that actor, which the whole phrase also names."""
    if not noun.text.islower() or noun.lemma_.lower() not in words("roles", "organization_nouns"):
        return None
    for child in noun.children:
        actor = table.actors.get(mentions.actor_at(sent.index, child.i) or "")
        if child.dep_ == "compound" and actor is not None and actor.type == "organization":
            actor.add_alias(sent.span.doc[child.left_edge.i:noun.i + 1].text.removeprefix(
                "the ").removeprefix("The "))
            return actor.id
    return None


def _persons(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    if sent.heading:
        return  # title case confuses the model; headlines name people again below
    for ent in sent.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE"}:
            continue
        if ent.label_ != "PERSON" and not person_like(table, clip(ent).text) and not (
                (ent.label_ == "ORG" and (titled(clip(ent)) or personal(ent)) or role_apposed(ent))
                and len(ent) > 1):
            continue
        if org_named_person(ent) or takes_in_clause_words(ent):
            continue  # "Will Kyiv accept that?": the model's run over a modal and a place
        clipped = strip_titles(given_name(hyphenated(clip(ent)), table))
        if clipped is None or table.is_excluded(clipped.text) or not clipped.text[:1].isupper():
            continue
        found = table.gazetteer.lookup(clipped.text)
        if found is not None and found[0].type != "person":
            continue
        person = table.find_person(clipped.text)
        if len(clipped) == 1 and found is None and person is None and not _after_title(clipped):
            continue  # news introduces a person by his full name: "Velmora sets a price"
        known = table.find_collective(clipped.text) if person is None else None
        if known is not None:  # "Rosatom's deputy head", the company named before
            start = sent.base + clipped.start_char
            mark(mentions, sent, clipped, table.touch(known, start, start + len(clipped.text),
                                                       False))
            continue
        if short_form(table, mentions, sent, clipped) or (
                clipped.end < len(span.doc) and role_word(span.doc[clipped.end])
                and clipped.root.dep_ == "compound"):
            continue  # "Hanbit said"; "Labour Minister X": "Labour" names the ministry
        if clipped.start > 0 and span.doc[clipped.start - 1].lower_ == "the":
            continue  # "the Danube dam": a person's name does not follow "the"
        if person is None and (place_shaped(clipped) or (
                bare_common_word(clipped) and not titled(clipped))):
            continue  # "Goma and Bukavu, the two largest cities"; "Coal is a symbol"
        if person is None and (
                (clipped.root.dep_ == "pobj" and clipped.root.head.lower_ in _SITE_PREPS)
                or (is_locative(clipped) and (len(clipped) == 1 or clipped.root.head.lower_ not in {
                    "to", "from"})) or clipped.text in {p[2] for p in mentions.places}
                or (clipped.text in mentions.sites and (len(clipped) == 1 or not (
                    _after_title(clipped) or clipped.root.dep_ in {"nsubj", "nsubjpass"})))):
            continue  # "crossings at Mia Milia", "the city of Abha": a site, not a person
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        actor = table.person(clipped.text, start, end)
        mark(mentions, sent, clipped, actor)
        read_role(table, actor, clipped, sent, mentions)


def _after_title(name: Any) -> bool:
    """Whether a title or courtesy title stands before the name ("President Pavel"), or the
    name speaks ("'...,' Karimov said"): a person even without his given name."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    speaks = name.root.dep_ == "nsubj" and name.root.head.lemma_.lower() in words(
        "speech", "speech")
    return speaks or titled(name) or (before is not None and (role_word(before) or
                                                              honorific(before)))


def _gazetteer_persons(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """Full names of gazetteer persons the model did not tag (it may take a name for a
    place, or miss it beside a quotation)."""
    if sent.heading:
        return
    span = sent.span
    for match in table.gazetteer.scan(sent.parsed_text):
        if match.entry.type != "person" or " " not in sent.parsed_text[match.start:match.end]:
            continue
        name = span.char_span(match.start, match.end)
        if name is None or any((sent.index, t.i) in mentions.by_token or t.pos_ != "PROPN"
                               for t in name):
            continue
        start = sent.base + name.start_char
        actor = table.person(name.text, start, start + len(name.text))
        mark(mentions, sent, name, actor)
        read_role(table, actor, name, sent, mentions)


def _speaking_names(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """A proper name speaking ("said Ana Tuilagi") that the model missed or called an ORG,
    or one with an office in apposition after it ("Ana Tuilagi, the country's deputy trade
    minister, leads ..."), whatever its verb."""
    if sent.heading:
        return
    speech = words("speech", "speech") | words("speech", "attitude")
    for tok in sent.tokens:
        if tok.pos_ != "PROPN":
            continue
        verb = tok.head.head if tok.dep_ == "appos" else tok.head
        subject_like = tok.dep_ == "nsubj" or (tok.dep_ == "appos" and tok.head.dep_ == "nsubj")
        if not subject_like and tok.i + 1 < sent.span.end and tok.nbor(1).pos_ == "VERB" and \
                tok.nbor(1).lemma_.lower() in words("speech", "speech"):
            verb, subject_like = tok.nbor(1), True  # "..., Minister of X and Y Ana Ruiz said"
        apposed = tok.dep_ == "nsubj" and any(
            c.dep_ == "appos" and c.i > tok.i and c.pos_ == "NOUN" and role_word(c)
            for c in tok.children)
        if not subject_like or (verb.lemma_.lower() not in speech and not apposed):
            continue
        if (sent.index, tok.i) in mentions.by_token:
            continue
        start_i = tok.i
        while start_i > sent.span.start and tok.doc[start_i - 1].dep_ == "compound" and \
                tok.doc[start_i - 1].pos_ == "PROPN" and tok.doc[start_i - 1].head.i == tok.i \
                and not role_word(tok.doc[start_i - 1]) and not honorific(tok.doc[start_i - 1]):
            start_i -= 1
        name = hyphenated(tok.doc[start_i:tok.i + 1])
        while name.start > sent.span.start and tok.doc[name.start - 1].dep_ == "compound" and \
                tok.doc[name.start - 1].pos_ == "PROPN" and \
                name.start <= tok.doc[name.start - 1].head.i <= tok.i and \
                not role_word(tok.doc[name.start - 1]) and not honorific(tok.doc[name.start - 1]):
            name = hyphenated(tok.doc[name.start - 1:name.end])  # "Iryna Dubovik-Hale", also
            # when the given name hangs on the surname's first half
        if len(name.text.split()) < 2 or org_like(name.text) or table.gazetteer.lookup(name.text) or \
                short_form(table, mentions, sent, name):
            continue  # "The Socialist Left said": the Socialist Left Party named before
        if role_word(tok) or not all(t.text[:1].isupper() and t.is_alpha or t.text == "-"
                                     for t in name):
            continue  # "the Health Secretary said": a title, resolved by attribution
        start = sent.base + name.start_char
        actor = table.person(name.text, start, start + len(name.text))
        mark(mentions, sent, name, actor)
        read_role(table, actor, name, sent, mentions)


def _surnames(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """Bare surnames of known persons that the model did not tag as PERSON (also when it
    took an unfamiliar surname for a common noun: "Ellery, speaking to ..., went further")."""
    for tok in sent.tokens:
        if (sent.index, tok.i) in mentions.by_token or not tok.text[:1].isupper() or (
                tok.pos_ != "PROPN" and (tok.pos_ not in {"NOUN", "ADJ", "X"} or len(tok) < 4)):
            continue
        if tok.dep_ in {"nsubj", "nsubjpass", "poss"} and short_form(
                table, mentions, sent, sent.span.doc[tok.i:tok.i + 1]):
            continue
        key = name_key(tok.text)
        found = next((a for a in table.actors.values() if a.type == "person"
                      and key in {name_key(n) for n in family_names(a.label)}), None)
        if found is None and tok.pos_ == "PROPN" and len(tok) >= 6:
            found = table.find_person(tok.text)  # a spelling variant ("Venkatraman")
        if found is not None:
            start = sent.base + tok.idx
            table.touch(found, start, start + len(tok.text), True)
            found.add_alias(tok.text)
            mentions.by_token[(sent.index, tok.i)] = found.id
