"""Organisations and states among the named entities of a sentence.

Entities (spaCy) and gazetteer names become mentions of collective actors:
known names, bodies of a state ("the Foreign Ministry"), new organisations
("the Ad Hoc Bondholder Committee"), and places that act ("Kenya said").
Places only named as places are recorded as places.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.entityspans import (
    acts,
    clip,
    is_locative,
    mark,
    person_like,
    personal,
    qualifies_collective,
    role_apposed,
    short_form,
    speaks,
)
from kg.extract.fronted import fronted_state
from kg.extract.lexicon import words
from kg.extract.names import (
    after_org_noun,
    apposed_organisation_noun,
    hyphenated,
    org_named_person,
    org_possessor,
    org_premodifier,
    surname_after_particle,
    titled_name,
)
from kg.extract.orgnames import (
    acronym,
    article_start,
    company_like,
    described,
    extend,
    government_apposed,
    leads_title,
    modifier_only,
    name_after_noun,
    org_like,
    prefixed_entry,
    region_named,
    regional_government,
    state_body,
)
from kg.extract.regions import regional_place
from kg.extract.rolespans import portfolio, role_word
from kg.extract.segment import Sentence
from kg.extract.statebodies import legislature, named_legislature

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

_NAMED_THINGS = {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"}
# Last words of buildings' names: a name used as a place is a site ("outside State House").
_BUILDINGS = {"house", "palace", "hall", "building", "tower", "square"}
_COLLECTIVE_ENTS = {"ORG", "GPE", "NORP", "FAC", "LOC"}


def state_of_demonym(table: ActorTable, demonym: str) -> Actor | None:
    """The state an unknown demonym names ("Ruritanian" -> Ruritania), by a shared stem."""
    stem = re.sub(r"(ian|ean|an|ese|ish|i)$", "", demonym.lower())
    if len(stem) < 4:
        return None
    for actor in table.actors.values():
        if actor.type == "state" and actor.label.lower().startswith(stem):
            return actor
    return None


def state_of_body(table: ActorTable, span: Any, sent: Sentence, own: str = "") -> Actor | None:
    """The state a ministry belongs to: named in it, the state of a place opening the
    sentence ("In Beijing, ..."), its possessor, the only state the sentence names
    ("Foreign Ministry spokeswoman X said Russia would ..."), or the last state named.
    ``own`` is the state a body's name stands for in the gazetteer ("the Foreign Office":
    the United Kingdom), which the body's own words do not count as naming."""
    for match in table.gazetteer.scan(span.text):
        if match.entry.type == "state" and match.entry.id != own:
            return table.collective(match.entry, span.text[match.start:match.end],
                                    sent.base + span.start_char + match.start,
                                    sent.base + span.start_char + match.end, evidence=False)
    doc = span.doc
    fronted = fronted_state(sent, table)
    if fronted is not None:  # "In Beijing, Commerce Ministry spokeswoman X said ..."
        entry = table.gazetteer.entries[fronted]
        return table.collective(entry, entry.label, sent.base + span.start_char,
                                sent.base + span.start_char, evidence=False)
    if span.start >= 2 and doc[span.start - 1].tag_ == "POS":
        found = table.gazetteer.lookup(doc[span.start - 2].text)
        if found is not None and found[0].type == "state":
            return table.actors.get(found[0].id)
    named = {m.entry.id: m.entry for m in table.gazetteer.scan(sent.text)
             if m.entry.type == "state" and m.kind != "demonym" and m.entry.id != own}
    if len(named) == 1:
        entry = next(iter(named.values()))
        return table.collective(entry, entry.label, sent.base + span.start_char,
                                sent.base + span.start_char, evidence=False)
    return table.recent_state(sent.base + span.start_char)


# Government bodies' names that many states use ("the Foreign Office" of Pakistan or
# Germany); "the State Department" or "the Pentagon" name one state's body only.
_SHARED_OFFICE_NAMES = {"foreign office", "home office", "cabinet office", "chancellery",
                        "foreign ministry", "interior ministry", "treasury"}


def borrowed_office(table: ActorTable, found: tuple[Any, str] | None, text: str) -> str:
    """The state whose metonym a government body's common name is ("the Foreign Office":
    the United Kingdom), when the article has not named that state before: other states
    have foreign offices too, so the body is the one of the state around it
    (:func:`state_of_body`). Empty otherwise."""
    name = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE).lower()
    if found is None or found[1] != "metonym" or found[0].type != "state" or \
            found[0].id in table.actors or name not in _SHARED_OFFICE_NAMES:
        return ""
    return str(found[0].id)


def bracketed_alias(span: Any, sent: Sentence, mentions: Mentions) -> str | None:
    """The organisation whose name is right before this one in brackets: "(BVP)"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or \
            doc[span.end].text != ")" or not acronym(span.text):
        return None
    return mentions.actor_at(sent.index, span.start - 2)


def collectives(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    span = sent.span
    doc = span.doc
    taken: set[int] = set()

    def known(tok: Any) -> bool:  # a word that names an actor itself ("the EU and ...")
        return (sent.index, tok.i) in mentions.by_token or table.gazetteer.lookup(
            tok.text) is not None or table.find_collective(tok.text) is not None

    for ent in sent.ents:
        if ent.start in taken or all((sent.index, t.i) in mentions.by_token for t in ent):
            continue  # the second half of a name joined to the first ("Farmers' and ...")
        if surname_after_particle(ent):
            continue  # "Ursula von der" + "Leyen": the person's name, read by mentions
        if (ent.label_ in _NAMED_THINGS and not described(clip(ent))) or (
                ent.label_ == "ORG" and portfolio(ent)):
            taken.update(range(ent.start, ent.end))  # "the Paris Agreement" names no actor
            continue
        premodifier = org_premodifier(ent, table) or org_possessor(ent, table)  # "a Velmora
        # spokeswoman", "Velmora's chief executive"
        if ent.label_ not in _COLLECTIVE_ENTS and not org_named_person(ent) and not premodifier:
            continue
        clipped = clip(ent)
        if not clipped.text or table.is_excluded(clipped.text) or clipped.text.islower():
            taken.update(range(ent.start, ent.end))  # "the council's": a noun, not a name
            continue
        if sent.heading and table.gazetteer.lookup(clipped.text) is None and \
                table.find_collective(clipped.text) is None:
            continue  # title case misleads the model: a headline names no new organisation
        bracketed = bracketed_alias(clipped, sent, mentions)
        if bracketed is not None:  # "the Civic People's Party (BVP)": another name of it
            actor = table.actors[bracketed]
            actor.add_alias(clipped.text)
            table.touch(actor, sent.base + clipped.start_char, sent.base + clipped.end_char, False)
            mark(mentions, sent, clipped, actor)
            taken.update(range(ent.start, ent.end))
            continue
        clipped = _listed_name_around(table, clipped, sent) or name_after_noun(clipped) or \
            extend(clipped, lambda name: _country(table, name))
        if ent.label_ == "ORG":  # "the Salt and" + "Potash Workers' Union"
            clipped = doc[article_start(clipped, known):clipped.end]
        if short_form(table, mentions, sent, clipped):  # "Hanbit"; "the Christian Centre"
            taken.update(range(ent.start, ent.end))
            continue
        start, end = sent.base + clipped.start_char, sent.base + clipped.end_char
        found = table.gazetteer.lookup(clipped.text) or prefixed_entry(table, clipped)
        own = borrowed_office(table, found, clipped.text)
        if found is not None and found[0].type != "person" and not own:
            entry, kind = found
            if is_locative(ent) and (kind in {"capital", "metonym"} or (
                    kind == "name" and entry.type == "state")):  # "speaking in Brussels"
                mentions.places.append((start, end, clipped.text, sent.index))
                if kind == "metonym":  # "at Downing Street": still the state in the story
                    table.collective(entry, clipped.text, start, end, evidence=False)
            elif kind == "demonym" and not qualifies_collective(clipped):
                pass
            else:
                mark(mentions, sent, clipped, table.collective(
                    entry, clipped.text, start, end,
                    evidence=acts(clipped) or kind == "demonym" or (
                        entry.type != "state" and not modifier_only(clipped))))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG" and (place := regional_place(clipped, table.gazetteer)) and \
                table.find_person(place) is None:  # not "the Sorel Government" (its leader's)
            actor = _regional_government(table, clipped, place, start, end)  # "the Government
            mark(mentions, sent, clipped, actor)  # of Manitoba": the region's, not the state's
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"ORG", "GPE"} and (person_like(table, clipped.text) or
                                               person_like(table, hyphenated(clipped).text) or
                                               personal(clipped) or role_apposed(clipped)):
            continue  # "Hribar-Kralj's party": the model tagged half of a double name
        elif ent.label_ in {"ORG", "FAC"} and table.find_collective(clipped.text):
            actor = table.find_collective(clipped.text)  # a name seen before, now unmarked
            mark(mentions, sent, clipped, table.touch(actor, start, end, True))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"ORG", "NORP"} and (state_body(clipped.text) or (
                ent.label_ == "ORG" and government_apposed(clipped))):
            state = state_of_body(table, clipped, sent, own)
            if state is not None:
                if not state_body(clipped.text):  # "the Federal Council, the cabinet, said":
                    state.add_alias(clipped.text)  # its later mentions name the state too
                mark(mentions, sent, clipped, table.touch(state, start, end, False))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"ORG", "FAC"} and clipped[-1].lower_ in _BUILDINGS and \
                is_locative(ent):  # "told reporters at Parliament House": a site
            mentions.places.append((start, end, clipped.text, sent.index))
            taken.update(range(ent.start, ent.end))
        elif titled_name(clipped):
            continue  # "House Speaker Dale" tagged ORG: a title and a name
        elif (ent.label_ in {"ORG", "FAC"} or org_named_person(ent) or premodifier) and (
                org_like(clipped.text) or acronym(clipped.text) or company_like(clipped) or
                after_org_noun(ent) or org_named_person(ent) or premodifier or (
                    legislature(clipped.text) and (len(clipped) > 1 or named_legislature(
                        clipped.text))) or (
                    ent.label_ == "ORG" and (speaks(clipped) or described(clipped)
                                             or leads_title(clipped)))):
            mark(mentions, sent, clipped, _new_organisation(table, clipped, start, end))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ in {"GPE", "LOC", "FAC"} and regional_government(clipped) is not None:
            actor = table.new_collective(clipped.text, "organization", start, end)
            mark(mentions, sent, clipped, actor)  # "the state government of X": X acts
            for tok in regional_government(clipped) or []:
                mentions.by_token[(sent.index, tok.i)] = actor.id
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif (ent.label_ in {"GPE", "NORP", "LOC", *_NAMED_THINGS} and described(clipped)) or (
                ent.label_ in {"GPE", "LOC"} and region_named(clipped)) or (
                ent.label_ == "LOC" and len(clipped) > 1 and speaks(clipped)):
            # "the M23 rebel group", "X Network, a coalition of ...": named as organisations;
            # a place says nothing, so a "LOC" name that speaks is an organisation too
            mark(mentions, sent, clipped, table.new_collective(clipped.text, "organization",
                                                               start, end))
            taken.update(range(ent.start, max(ent.end, clipped.end)))
        elif ent.label_ == "GPE" and not is_locative(ent) and acts(clipped, False) and (
                clipped.text not in mentions.sites or speaks(clipped)):  # a place, unless it speaks
            kind = "organization" if org_like(clipped.text) or acronym(clipped.text) \
                else "state"  # "the Left Union"; "the MR": states' acronyms are known names
            mark(mentions, sent, clipped, table.new_collective(clipped.text, kind, start, end))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "NORP" and qualifies_collective(clipped):
            state = state_of_demonym(table, clipped.text)
            if state is not None:
                mark(mentions, sent, clipped, table.touch(state, start, end, False))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"GPE", "LOC", "FAC"}:
            if is_locative(ent):
                mentions.places.append((start, end, clipped.text, sent.index))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ == "ORG":
            taken.update(range(ent.start, ent.end))
            if all(t.pos_ == "PROPN" for t in clipped):  # what "the company" may refer to
                table.bare_names.append((start, end, clipped.text))
    _untagged_organisations(sent, table, mentions, taken)
    _apposed_untagged(sent, table, mentions, taken)
    _known_acronyms(sent, table, mentions, taken)
    for match in table.gazetteer.scan(sent.parsed_text):
        if match.entry.type == "person":
            continue
        tok_span = span.char_span(match.start, match.end, alignment_mode="expand")
        if tok_span is None or any(t.i in taken for t in tok_span):
            continue
        if any(t.ent_type_ == "PERSON" for t in tok_span) and match.kind == "demonym":
            continue
        if match.kind == "demonym" and not qualifies_collective(tok_span):
            continue
        start, end = sent.base + span.start_char + match.start, sent.base + span.start_char + match.end
        if is_locative(tok_span) and match.kind in {"capital", "name", "metonym"}:
            mentions.places.append((start, end, sent.parsed_text[match.start:match.end], sent.index))
            if match.kind == "metonym":
                table.collective(match.entry, "", start, end, evidence=False)
            continue
        if borrowed_office(table, (match.entry, match.kind), sent.parsed_text[match.start:match.end]):
            actor = state_of_body(table, tok_span, sent, own=match.entry.id) or \
                table.collective(match.entry, "", start, end, evidence=False)
            mark(mentions, sent, tok_span, actor)  # "Foreign Office spokeswoman X" in a
            continue  # story about another state: that state's foreign office
        actor = table.collective(match.entry, sent.parsed_text[match.start:match.end], start, end,
                                 evidence=acts(tok_span) or (match.entry.type != "state"
                                                             and not modifier_only(tok_span))
                                 or match.kind == "demonym")
        mark(mentions, sent, tok_span, actor)
    del doc


def _country(table: ActorTable, name: str) -> bool:
    """Whether ``name`` is a state's own name in the gazetteer (not its capital or a city)."""
    found = table.gazetteer.lookup(name)
    return found is not None and found[0].type == "state" and found[1] == "name"


def _listed_name_around(table: ActorTable, name: Any, sent: Sentence) -> Any:
    """A longer name of a listed organisation that the model's entity is only part of ("the
    UN refugee agency", tagged "UN"): its tokens, else ``None``."""
    offset = name.start_char - sent.span.start_char
    for match in table.gazetteer.scan(sent.parsed_text):
        if match.kind == "name" and match.entry.type == "organization" and \
                match.start <= offset and offset + len(name.text) <= match.end and \
                match.end - match.start > len(name.text):
            return sent.span.char_span(match.start, match.end, alignment_mode="expand")
    return None


def _regional_government(table: ActorTable, name: Any, place: str, start: int,
                         end: int) -> Actor:
    """The government a region's name names ("the Government of Manitoba", ``place``
    Manitoba): the actor the region already is, else a new organisation; the region's bare
    name is another name of it, so that "Manitoba's labour minister" speaks for it."""
    actor = table.find_collective(place) or table.new_collective(name.text, "organization",
                                                                 start, end)
    actor.add_alias(re.sub(r"^the\s+", "", name.text, flags=re.IGNORECASE))
    actor.add_alias(place)
    return table.touch(actor, start, end, True)


def _new_organisation(table: ActorTable, name: Any, start: int, end: int) -> Actor:
    """A new organisation named in ``name``; a lower-case organisation noun ending it says
    what kind it is ("the Congress party", "the Likud party"): the name is the words before
    it, the whole phrase another name of it."""
    if len(name) > 1 and name[-1].text.islower() and name[-1].lemma_.lower() in words(
            "roles", "organization_nouns") and name[-2].text[:1].isupper():
        bare = name[:-1]
        actor = table.new_collective(bare.text, "organization", start,
                                     start + len(bare.text))
        actor.add_alias(name.text)
        return actor
    return table.new_collective(name.text, "organization", start, end)


def _untagged_organisations(sent: Sentence, table: ActorTable, mentions: Mentions,
                            taken: set[int]) -> None:
    """Capitalised names ending in an organisation word that the model did not tag ("The Ad
    Hoc Bondholder Committee met"), also with "of"/"for"/"on" ("Federation of Farmers"), a
    hyphen ("Low-Fare"), also when "of"/"for" follows the organisation word ("Council of
    Ruritania"), capitalised adjectives ("Nordic") or a demonym before them ("the
    European Low-Fare Carriers Association", "the Ukrainian Pipeline Operator": the
    organisation, not the state)."""
    doc = sent.span.doc
    heads = words("roles", "organization_heads")
    i, end = sent.span.start, sent.span.end
    while i < end:
        j = i
        while j < end and (_name_word(doc, j, sent.span.start) or (
                j > i and (doc[j].lower_ in {"of", "for", "on"} or doc[j].tag_ == "POS" or
                           _joining_hyphen(doc, j))
                and j + 1 < end and doc[j + 1].text[:1].isupper()) or (
                j > i and not sent.heading and _joining_article(doc, i, j, end, heads))):
            j += 1  # "Committee on Missing Persons", "Doctors' Pay Review Body"
        if j - i < 2:
            i = max(j, i + 1)
            continue
        name = doc[i:j]
        name = doc[article_start(name, lambda t: (sent.index, t.i) in mentions.by_token or
                                 table.gazetteer.lookup(t.text) is not None):j]
        rest = name[1:] if _leading_demonym(table, name) else name
        if (doc[j - 1].lower_ in heads and doc[j - 1].tag_ != "NNPS" or
                _head_joined(name, heads)) and not any(t.i in taken or (
                sent.index, t.i) in mentions.by_token for t in rest) and not state_body(
                name.text) and not any(role_word(t) for t in name) and not (
                rest is not name and _STATE_ORGANS & {t.lower_ for t in rest}):
            start = sent.base + name.start_char
            mark(mentions, sent, name, table.new_collective(name.text, "organization", start,
                                                             start + len(name.text)))
            taken.update(range(i, j))
        i = max(j, i + 1)


def _known_acronyms(sent: Sentence, table: ActorTable, mentions: Mentions,
                    taken: set[int]) -> None:
    """An untagged acronym the article gave an organisation earlier ("the Social Democratic
    Party (PSD)" ... "PSD leader X said"): a mention of it, as its full name would be."""
    for tok in sent.tokens:
        if tok.ent_type_ or tok.i in taken or (sent.index, tok.i) in mentions.by_token or \
                not acronym(tok.text):
            continue
        actor = table.find_collective(tok.text)
        if actor is not None and actor.type == "organization" and tok.text in actor.aliases:
            start = sent.base + tok.idx
            mark(mentions, sent, tok.doc[tok.i:tok.i + 1],
                 table.touch(actor, start, start + len(tok.text), True))
            taken.add(tok.i)


def _apposed_untagged(sent: Sentence, table: ActorTable, mentions: Mentions,
                      taken: set[int]) -> None:
    """An untagged proper name with an organisation noun in apposition ("Velmora, the state
    grid company that ...", "a smaller union, the VLB, said"): an organisation, as a tagged
    one would be."""
    doc = sent.span.doc
    for tok in sent.tokens:
        if tok.pos_ != "PROPN" or tok.ent_type_ or tok.i in taken or \
                (sent.index, tok.i) in mentions.by_token or not (_named_noun(tok) or any(
                    apposed_organisation_noun(c) for c in tok.children if c.i > tok.i)):
            continue
        first = min([c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                     and c.i < tok.i] + [tok.i])
        name = doc[first:tok.i + 1]
        if table.find_person(name.text) is not None or table.is_excluded(name.text) or \
                table.gazetteer.lookup(name.text) is not None:
            continue
        start = sent.base + name.start_char
        mark(mentions, sent, name, table.new_collective(name.text, "organization", start,
                                                         start + len(name.text)))
        taken.update(range(name.start, name.end))


def _named_noun(tok: Any) -> bool:
    """A name in apposition after the organisation noun it names ("a second union,
    representing cabin crew, VLB, said")."""
    head = tok.head
    return tok.dep_ == "appos" and head.i < tok.i and head.tag_ == "NN" and head.text.islower() \
        and head.lemma_.lower() in words("roles", "organization_nouns") - {"partner"}


# Words that make a demonym-led name an organ of the state ("the Russian Armed Forces").
_STATE_ORGANS = {"army", "forces", "navy", "parliament", "senate", "house", "commons",
                 "court", "tribunal", "ministry", "office", "government", "embassy", "armed"}


def _head_joined(name: Any, heads: set[str]) -> bool:
    """A name whose organisation word "of" or "for" joins to the words after it ("Employers'
    Council" + "of Ruritania", "Network" + "for Water Justice"): the whole run is its name."""
    return any(t.lower_ in heads and t.tag_ != "NNPS" and name[k + 1].lower_ in {"of", "for"}
               for k, t in enumerate(name[:-2]))


def _name_word(doc: Any, j: int, first: int) -> bool:
    """A capitalised noun, or a capitalised adjective modifying a word after it that does not
    open the sentence ("the Nordic Short-Haul Airlines Association")."""
    tok = doc[j]
    return tok.text[:1].isupper() and (tok.pos_ in {"PROPN", "NOUN"} or (
        tok.pos_ == "ADJ" and j > first and tok.dep_ in {"amod", "compound"} and
        tok.head.i > j))


def _joining_article(doc: Any, i: int, j: int, end: int, heads: frozenset[str]) -> bool:
    """Whether ``doc[j]`` is "of"/"for" or the article after it, inside a name whose words
    from ``i`` hold an organisation word, before a capitalised word ("Network for the
    Rights of ...", "Alliance of Tenants" + "of the Old Quarter"); the caller skips
    headlines, whose title case says nothing."""
    k = j if doc[j].lower_ in {"of", "for"} else j - 1
    return doc[k].lower_ in {"of", "for"} and k + 2 < end and \
        doc[k + 1].lower_ in {"the", "a"} and doc[k + 2].text[:1].isupper() and \
        any(doc[m].lower_ in heads for m in range(i, k))


def _joining_hyphen(doc: Any, j: int) -> bool:
    """A hyphen inside a capitalised word ("Low-Fare"), no space on either side."""
    return doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_


def _leading_demonym(table: ActorTable, name: Any) -> bool:
    """Whether a name of three or more tokens opens with a demonym ("European", "Ukrainian")
    that the rest of the name, itself at least two capitalised words, qualifies."""
    if len(name) < 3:
        return False
    found = table.gazetteer.lookup(name[0].text)
    return found is not None and found[1] == "demonym"
