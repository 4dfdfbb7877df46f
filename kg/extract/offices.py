"""Whom offices speak for, settled after all mentions of an article are known: bare
government titles ("Energy Minister X") speak for the state named with them, an office
named with a party's adjective ("the Social Democratic leader X") for that party, and
"the party's negotiator, X" for the party the text was about when the party's name was
recognised only later in the article."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.extract.actors import ActorTable
from kg.extract.bodies import kind_fits
from kg.extract.lexicon import words
from kg.extract.officetitles import government_office, role_head_is_office
from kg.extract.roles import salient_collective

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions
    from kg.extract.segment import Sentence


def settle_offices(table: ActorTable, mentions: Mentions) -> None:
    """Bare government titles ("Energy Minister X") speak for the state named with them:
    the state of a place opening the sentence or a person-less sentence before it ("In
    Kyiv, the reaction was swift."), else the state named in the person's own phrase
    ("X, who led the Indian delegation"), else
    the state that is the subject and the only state named in the sentence that introduces
    the person or in the sentence before ("Kazakhstan was defiant. Energy Minister X said
    ..."), else the state of the dateline, else the only state named in the sentence or the one before (not the
    subject: "Prime Minister X called the U.S. plan ..."), else the only state the article
    names, else the state it names most often (:func:`main_state`). Run after all
    mentions."""
    named: dict[int, set[str]] = {}
    first: dict[str, int] = {}
    for (index, tok), actor_id in sorted(mentions.by_token.items()):
        actor = table.actors.get(actor_id)
        if actor is not None and actor.type == "state" and (index, tok) not in mentions.counterparts:
            named.setdefault(index, set()).add(actor_id)
        first.setdefault(actor_id, index)
    states = {k: set(v) for k, v in named.items()}
    for _, _, label, index in mentions.places:
        found = table.gazetteer.lookup(label)
        if found is not None and found[0].type == "state":  # "talks in Helsinki"
            states.setdefault(index, set()).add(found[0].id)
    for actor in list(table.actors.values()):
        if actor.type != "person" or actor.speaks_for or actor.aide_of or actor.id not in first \
                or not actor.role or not government_office(actor.role):
            continue
        here = first[actor.id]  # a state acting in the sentence before a place named there
        fronted = _scene_state(table, mentions, here)
        subjects = [named.get(i, set()) if named.get(i) in ({mentions.subjects.get(i)}, {
            mentions.subject_owners.get(i)}) else set() for i in (here, here - 1)]  # the one
        # state named, as the subject or its owner ("Latvia's reply came. Trade
        # Minister X said ...")
        candidates = [fronted, mentions.own_states.get(actor.id, set()),
                      *subjects,  # "Poland is more hostile. Prime Minister X ..."
                      dateline_state(table),  # before a state he only talks about
                      named.get(here, set()), states.get(here, set()),
                      states.get(here - 1, set()),
                      {s for ids in states.values() for s in ids},  # or the article's only state
                      # or the state it is about (coding guide §3, 2026)
                      main_state(table, _place_counts(table, mentions))]
        found = next((ids for ids in candidates if len(ids) == 1), None)
        if found is not None:
            state = table.actors.get(next(iter(found))) or table.collective(
                table.gazetteer.entries[next(iter(found))], "", actor.mentions[0],
                actor.mentions[0], evidence=False)
            actor.speaks_for = actor.affiliation = state.id
    _settle_party_adjectives(table)


def _scene_state(table: ActorTable, mentions: Mentions, index: int) -> set[str]:
    """The state of a place opening the sentence ("In Kyiv, Minister X said"), or opening
    the sentence before when that one names no person ("In Kyiv, the reaction was swift.
    '...,' Minister X said"), as a set of at most one id."""
    if index in mentions.fronted:
        return {mentions.fronted[index]}
    if index - 1 in mentions.fronted and not any(
            i == index - 1 and table.actors.get(a) is not None and table.actors[a].type == "person"
            for (i, _), a in mentions.by_token.items()):
        return {mentions.fronted[index - 1]}
    return set()


def dateline_state(table: ActorTable) -> set[str]:
    """The state of the article's dateline ("YEREVAN - ...", or the country after a place
    the gazetteer does not know: "RUSE, Bulgaria - ..."), as a set of at most one id, if
    the article names it as an actor."""
    for place in (table.dateline or "").split(", "):
        found = table.gazetteer.lookup(place)
        if found is not None and found[0].type == "state":
            return {found[0].id} if found[0].id in table.actors else set()
    return set()


def _place_counts(table: ActorTable, mentions: Mentions) -> Counter[str]:
    """How often the article names each state as a place, by itself or by a city of its
    ("talks in Moroni", "Good morning from Honiara")."""
    counts: Counter[str] = Counter()
    for _, _, label, _ in mentions.places:
        found = table.gazetteer.lookup(label)
        if found is not None and found[0].type == "state":
            counts[found[0].id] += 1
    return counts


def main_state(table: ActorTable, places: Counter[str] | None = None) -> set[str]:
    """The state an article is about, as a set of at most one id: the state of its
    dateline ("NEW DELHI - ..."), if the article names that state as an actor; else the
    state named most often, if named at least twice and more often than any other
    ("Transport Minister X said", with France named throughout and Spain once)."""
    dateline = dateline_state(table)
    if dateline:
        return dateline
    places = places or Counter()
    counts = sorted(((len(set(a.mentions)) + places[a.id], a.id) for a in table.actors.values()
                     if a.type == "state"), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return set()
    return {counts[0][1]}


def _settle_party_adjectives(table: ActorTable) -> None:
    """ "the Social Democratic leader X", with the Social Democratic Alliance named
    somewhere in the article: an office named with the adjective of a party's name speaks
    for that party (the name without its last word, which is an organisation word)."""
    parties = {}
    for org in table.actors.values():
        label = org.label.split()
        if org.type == "organization" and len(label) > 1 and \
                label[-1].lower() in words("roles", "organization_heads"):
            parties[" ".join(label[:-1])] = org
    for actor in table.actors.values():
        if actor.type != "person" or actor.speaks_for or not actor.role or \
                not role_head_is_office(actor.role):
            continue
        found = {org.id: org for stem, org in parties.items() if f" {stem} " in f" {actor.role} "}
        if len(found) == 1:
            table.set_role(actor, actor.role, next(iter(found.values())))



def settle_owned_roles(table: ActorTable, mentions: Mentions) -> None:
    """ "Vooruit sees it otherwise. '...,' the party's lead negotiator, X, said": when the
    role was read, the party's name in the sentence before may not have been known as an
    organisation yet; now the collective subject of the sentence (or the one before) is
    the party, if it can be what the noun calls it."""
    for actor, sent, noun in mentions.owned_roles:
        if actor.speaks_for or not actor.role:
            continue
        owner = salient_collective(table, sent, mentions)
        if owner is not None and owner.type == "organization" and kind_fits(owner, noun):
            table.set_role(actor, actor.role, owner)


def _own_government(tok: Any) -> bool:
    """ "the state government", "the provincial government": a region's own government,
    named without the region."""
    return tok.lemma_.lower() == "government" and any(c.lower_ == "the" for c in tok.children) \
        and any(c.dep_ in {"amod", "compound"} and (c.lower_ == "state" or c.lower_ in words(
            "roles", "subnational")) for c in tok.children)


def settle_region(sentences: list[Sentence], table: ActorTable) -> None:
    """A story about one region with its own government ("the state government", "the
    provincial government") that names no sovereign state: the region is an actor (coding
    guide: an organisation), its bare government titles ("Education Minister X",
    "Treasurer Y") speak for it and "the government" is its government. The region is the
    place the article names most often (at least twice), not a state or capital of the
    gazetteer. Run after :func:`settle_offices`."""
    if any(a.type == "state" for a in table.actors.values()) or not any(
            _own_government(tok) for s in sentences if s.span is not None for tok in s.span):
        return
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for sent in sentences:
        for ent in sent.ents if sent.span is not None else ():
            if ent.label_ in {"GPE", "LOC"} and table.gazetteer.lookup(ent.text) is None:
                counts[ent.text] += 1
                first.setdefault(ent.text, sent.base + ent.start_char)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return
    name = ranked[0][0]
    region = table.find_collective(name) or table.new_collective(
        name, "organization", first[name], first[name] + len(name))
    table.governments.append((-1, "government", region))
    for actor in list(table.actors.values()):
        if actor.type == "person" and not actor.speaks_for and not actor.aide_of and \
                actor.role and government_office(actor.role):
            actor.speaks_for = actor.affiliation = region.id
