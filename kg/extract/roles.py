"""Persons' roles: the words around a name ("Iran's chief negotiator", "X, who chairs the
union's committee", "Her co-chair, Dr Y") and the collective actor an office speaks for.

A role with an office ("minister", "spokesperson", "general secretary") and a collective
cue (a state, an organisation, "its", "the union") gives the person ``speaks_for``; an
aide of an office-holder ("Karimi's deputy") speaks for the same body; a bare government
title ("Foreign Minister X") speaks for the state the article places the person in
(:func:`kg.extract.offices.settle_offices`). Where the role words stand around the name is
read in :mod:`kg.extract.rolespans`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.extract.actors import Actor, ActorTable
from kg.extract.bodies import (
    body_noun_referent,
    for_the_body,
    governed_state,
    kind_fits,
    listed_boss_body,
    organisation_named_like,
    portfolio_owner,
    possessive_body,
)
from kg.extract.chairs import chaired_organisation, spoken_for_bloc
from kg.extract.lexicon import words
from kg.extract.officetitles import bloc_office, government_office, research_body, role_head_is_office
from kg.extract.rolespans import ROLE_VERBS, body_owner, note_own_states, portfolio, role_span, role_word
from kg.extract.segment import Sentence
from kg.extract.statebodies import named_legislature
from kg.extract.syntax import own_tokens

_PARTY_TAGS = {"R": "republican-party", "D": "democratic-party"}
_STATE_ORGANS = {"government", "military", "army"}
_OWNING_ORGANS = {"ministry", "parliament"}  # "the ministry's spokesman", not "ministry
# spokesman" nor "who chairs the parliament's committee" (the committee's body)
_PEER_NOUNS = {"counterpart", "rival", "opponent", "predecessor", "successor", "challenger"}
_LOCATIVE = {"in", "at", "from", "near", "outside", "inside", "based"}
_ASIDE = _LOCATIVE | {"on", "about"}  # "the mission on Ukraine": its topic, not its sender

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions


# Offices sent to another body: in "Brazil's ambassador to the IMO" the IMO receives the
# ambassador, who speaks for Brazil.
_ENVOY_NOUNS = {"ambassador", "envoy", "representative", "delegate", "delegation", "mission",
                "emissary", "attache"}
# Envoys named after the country or conflict they are sent for ("the special envoy for
# Belarus", "the representative for Ukraine talks"): that country is not their sender.
_MISSION_NOUNS = {"envoy", "emissary", "representative"}
# Offices that preside over a process ("the chair of the negotiations, Icelandic ambassador
# X"): the holder acts for the organisation that hosts the process, not for his state.
_PRESIDING_NOUNS = {"chair", "chairman", "chairwoman", "chairperson", "co-chair", "facilitator",
                    "moderator"}


# Offices of a party, company or other organisation that, written bare before a name,
# belong to the organisation the text is talking about ("Kuusela said ... In a statement,
# chief executive X said").
_BODY_TITLES = {"leader", "co-leader", "chairman", "chairwoman", "chair", "co-chair",
                "spokesman", "spokeswoman", "spokesperson", "secretary-general",
                "general secretary", "party leader", "deputy leader", "chief executive",
                "chief executive officer", "ceo", "managing director", "general manager",
                "executive director", "chief operating officer", "chief financial officer"}


def _sent_to(tok: Any, tokens: Any) -> bool:
    """Whether ``tok`` names the body an envoy is sent to ("ambassador to the IMO", "envoy
    for Belarus") or the portfolio of an office a name owns ("Ruritania's minister for
    EU affairs")."""
    for anc in tok.ancestors:
        if anc.i < tokens.start:
            return False
        if anc.dep_ == "prep" and anc.head.lemma_.lower() in _ENVOY_NOUNS and (
                anc.lower_ == "to" or (anc.lower_ == "for" and anc.head.lemma_.lower() in
                                       _MISSION_NOUNS)):
            return True  # "ambassador to the IMO", "the U.S. envoy for Belarus"
        if anc.dep_ == "prep" and anc.lower_ == "for" and any(
                t.dep_ == "poss" and role_word(t.head) and t.head.i < anc.i
                for t in tokens if t.i < anc.i):
            return True  # "Ruritania's minister for the EU": an owned office's portfolio
    return False


def _without_counterpart(tokens: Any) -> Any:
    """A role without the counterpart of its portfolio ("the minister responsible for
    relations with the EU", "the envoy for talks with Russia"): that body is not his."""
    cut = next((t.i for t in tokens if t.lower_ == "with" and t.dep_ == "prep" and
                t.head.pos_ == "NOUN" and t.i > tokens.start), None)
    return tokens.doc[tokens.start:cut] if cut is not None else tokens


def _governed_body(table: ActorTable, tokens: Any, sent: Sentence,
                   mentions: Mentions) -> Actor | None:
    """The body the role verb of a relative clause governs: "who chairs the alliance",
    "who leads the AfD group in parliament", "who speaks for the union". It beats a
    nationality in the same role ("the Tongan diplomat who chairs the alliance")."""
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ROLE_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"for", "over"}
            for g in c.children if g.dep_ == "pobj"]
        for obj in objects:
            inside = [t for t in obj.subtree if tokens.start <= t.i < tokens.end and
                      not _located(t, obj)]  # "the cabinet in Vilnius": not Lithuania's
            named = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in inside)
                     if a and table.actors[a].type != "person"]
            if named:
                return named[0]
            owner = body_owner(obj)
            if owner is not None and owner.pos_ == "NOUN":  # "who leads the alliance's team"
                found = table.recent_collective(owner.lemma_, sent.base + owner.idx)
                if found is not None and found.type == "organization":
                    return found
            if any(c.lower_ == "government" and c.dep_ in {"compound", "amod"}
                   for c in obj.children):  # "who heads the government delegation"
                return table.recent_state(sent.base + obj.idx, "government")
            if obj.pos_ == "NOUN" and any(c.lower_ in {"the", "its", "their"}
                                          for c in obj.children):
                found = table.recent_collective(obj.lemma_, sent.base + obj.idx)
                if found is not None and found.type == "organization":
                    return found
    return None


def _located(tok: Any, top: Any) -> bool:
    """Whether ``tok`` sits in a locative or topic phrase under ``top`` ("the cabinet in
    Vilnius", "the mission on Ukraine")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in _ASIDE:
            return True
        tok = tok.head
    return False


def _before_comma(doc: Any, start: int) -> Any:
    """The noun phrase head a role in apposition follows ("the chair of the talks, X"):
    from the word before the comma up through "of" phrases (the parse often hangs the
    apposition elsewhere)."""
    if start < 2 or doc[start - 1].text != ",":
        return doc[start]
    tok = doc[start - 2]
    while tok.lower_ not in _PRESIDING_NOUNS and tok.dep_ in {"pobj", "prep"} and \
            tok.head.i < tok.i:
        tok = tok.head
    return tok


def presided_body(table: ActorTable, head: Any, sent: Sentence,
                  mentions: Mentions) -> Actor | None:
    """The organisation a presiding office serves: "the chair of the Ocean Council, X" ->
    that council; "the chair of the negotiations, X" -> the organisation named last before
    (that hosts the negotiations); ``None`` unless ``head`` is a presiding noun with an
    "of" phrase."""
    if head.lower_ not in _PRESIDING_NOUNS:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None:
        return None
    named = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in obj.subtree)
             if a]
    if named:  # "the chair of the Ocean Council, Danish ambassador X"
        return named[0] if named[0].type == "organization" else None
    if obj.pos_ != "NOUN":
        return None
    pos = sent.base + head.idx
    before = [(max(m for m in a.mentions if m < pos), a) for a in table.actors.values()
              if a.type == "organization" and any(m < pos for m in a.mentions)]
    return max(before, key=lambda b: b[0])[1] if before else None


def role_cue(table: ActorTable, tokens: Any, sent: Sentence, mentions: Mentions) -> Actor | None:
    """The collective actor named inside a role phrase (state, organisation)."""
    tokens = _without_counterpart(tokens)
    governed = governed_state(table, tokens, sent, mentions) or _governed_body(
        table, tokens, sent, mentions)
    if governed is not None:
        return governed
    found = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in tokens
                                       if not _sent_to(t, tokens)) if a]
    collectives = [a for a in found if a.type != "person" and not named_legislature(a.label)]
    organisations = [a for a in collectives if a.type == "organization"]
    owner = None if organisations else _owning_body(table, tokens, sent, mentions)
    if owner is not None:  # "the bank's country director for Vietnam": the bank's officer
        return owner
    if organisations or collectives:
        return (organisations or collectives)[-1]
    named = _named_organisation(table, tokens, sent, mentions) or possessive_body(table, tokens, sent)
    if named is not None:
        return named
    receivers = {t.idx - tokens.start_char for t in tokens if _sent_to(t, tokens)}
    for match in table.gazetteer.scan(tokens.text):
        words_before = tokens.text[:match.start].split()
        if match.entry.type == "person" or (match.kind in {"capital", "name"} and words_before
                                            and words_before[-1].lower() in _ASIDE):
            continue  # "an analyst at Harcourt Research in London": London is a place
        if match.start in receivers:
            continue  # "its ambassador to the EU": the EU receives him
        base = tokens.start_char + sent.base
        return table.collective(match.entry, tokens.text[match.start:match.end],
                                base + match.start, base + match.end)
    if bloc_office([t.lower_ for t in tokens]) and "european-union" in table.actors:
        return table.actors["european-union"]
    organ = next((t.lower_ for t in tokens if (t.lower_ in _STATE_ORGANS and t.dep_ in {
        "compound", "amod", "poss"}) or (t.lower_ in _OWNING_ORGANS and t.dep_ == "poss"
                                         and t.head.i == tokens.root.i)), None)
    if organ is not None:  # "the head of the government delegation, X", "Military
        # spokesman X", "X, the ministry's spokesman": the state whose government, armed
        # forces or ministry it is, the one state the sentence names if it names one
        # ("Germany has not decided ..., a government spokesman, X, told reporters")
        return _sentence_state(table, sent, mentions) or table.recent_state(
            sent.base + tokens.start_char, organ)
    if any(t.lower_ in {"its", "their"} and t.dep_ == "poss" for t in tokens):
        recent = salient_collective(table, sent, mentions, tokens.start) or table.recent_collective(
            "", sent.base + tokens.start_char)
        if recent is not None and named_legislature(recent.label):  # "the largest party in
            # the Storting. Their leader, X": the party, not the house
            recent = table.recent_collective("", max(
                (m for m in recent.mentions if m < sent.base + tokens.start_char), default=-1))
        if recent is not None:
            return recent
    for tok in tokens:
        lemma = tok.lemma_.lower()
        body = lemma in words("roles", "organization_nouns")
        common = tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (tok.text.islower() or (
            tok.i == sent.span.start and body and not tok.ent_type_)))  # "Union president X"
        sender = table.described(lemma, sent.base + tok.idx) if tok.dep_ == "compound" \
            else None
        if sender is not None:  # "An IMF mission ... the mission chief, X": the IMF's
            return sender
        if common and (any(c.lower_ in {"the", "its", "their"} for c in tok.children)
                                   or (body and tok.dep_ == "compound")):
            salient = salient_collective(table, sent, mentions)  # "The X Alliance said ...
            found_org = table.recent_collective(tok.lemma_, sent.base + tok.idx) or \
                table.company_named_before(tok.lemma_, sent.base + tok.idx)
            if body and salient is not None and salient.type == "organization" and \
                    kind_fits(salient, lemma) and (  # the party's leader"; "the alliance" is
                        not _names_noun(found_org, lemma) or _names_noun(salient, lemma)):
                return salient  # the Y Alliance named before, not a guild just spoken of
            if found_org is not None:  # "a company spokesman": the company named last
                return found_org
    bare = tokens.text.lower().strip().removeprefix("a ").removeprefix("an ").removeprefix("the ")
    if bare in _BODY_TITLES:  # "Green Future ... co-leader X said"; "It will ..., a spokeswoman said"
        salient = salient_collective(table, sent, mentions, tokens.start)
        if salient is not None and salient.type == "organization":
            return salient
    return None


def _names_noun(actor: Actor | None, noun: str) -> bool:
    """Whether an organisation's own name has the body noun ("the alliance": the Alliance of
    Film Producers)."""
    return actor is not None and noun in actor.label.lower().split()


def _owning_body(table: ActorTable, tokens: Any, sent: Sentence,
                 mentions: Mentions) -> Actor | None:
    """The organisation a possessive body noun in a role refers back to ("the bank's
    country director", "the conference's president"), if one of its kind was named: the
    subject before it, if of its kind ("The Civic Union gave its partner, the Labour Party,
    a week. The ultimatum, delivered by the party's leader, ..."), else the last named."""
    for tok in tokens:
        if tok.dep_ == "poss" and tok.pos_ == "NOUN" and any(
                c.lower_ == "the" for c in tok.children):
            found = table.recent_collective(tok.lemma_, sent.base + tok.idx, prefer=(
                salient_collective(table, sent, mentions, tokens.start)))
            if found is not None and found.type == "organization" and \
                    kind_fits(found, tok.lemma_.lower()):
                return found
            found = table.described(tok.lemma_, sent.base + tok.idx)
            if found is not None and found.type == "organization":
                return found  # "The UN mission ... The mission's chief, X,": the UN's
            if tok.lower_ in _REGION_NOUNS:
                return _recent_region(table, tok, sent)
    return None


# Nouns a region below the state is referred back to by ("the province's finance minister").
_REGION_NOUNS = {"province", "state", "region", "territory", "canton", "prefecture"}


def _recent_region(table: ActorTable, tok: Any, sent: Sentence) -> Actor | None:
    """The region "the province's" or "the state's" before an office (``tok``) refers back
    to: the collective named last before it that no gazetteer entry is, if it is a place or
    its government ("Saskatchewan ... The province's agriculture minister"), else a place
    no gazetteer entry is that is the subject of a sentence before it in the paragraph
    ("Ohio has held back. The state's labour commissioner")."""
    pos = sent.base + tok.idx
    found = [(max(m for m in a.mentions if m < pos), a) for a in table.actors.values()
             if a.type != "person" and a.id not in table.gazetteer.entries and
             any(m < pos for m in a.mentions) and (a.type == "state" or any(
                 w.lower() in {"government", "administration"} for w in a.label.split()))]
    if found:
        return max(found, key=lambda f: f[0])[1]
    places = [e for e in tok.doc.ents if e.label_ == "GPE" and e.end <= tok.sent.start and
              e.root.dep_ == "nsubj" and table.gazetteer.lookup(e.text) is None]
    if not places:
        return None
    start = sent.base + places[-1].start_char
    return table.new_collective(places[-1].text, "organization", start,
                                start + len(places[-1].text))


def _portfolio_title(ent: Any) -> bool:
    """A name the model tagged ORG that qualifies a capitalised title, alone or with other
    capitalised words joined by "and" ("Law and Constitutional Affairs Minister", "the Energy
    and Mines Minister"): the office's portfolio, no organisation of its own."""
    head = ent.root.head
    return ent.root.dep_ == "nmod" and head.i >= ent.end and head.text[:1].isupper() and \
        role_word(head) and all(t.lower_ in {"and", "&"} or t.pos_ == "PROPN"
                                for t in ent.doc[ent.end:head.i])


def _named_organisation(table: ActorTable, tokens: Any, sent: Sentence,
                        mentions: Mentions) -> Actor | None:
    """An organisation the model tagged inside a role ("head of the Bundesbank", "director
    of the campaign group Oceans Watch"): whoever holds a post in it makes it an actor."""
    for ent in tokens.doc.ents:
        if ent.label_ != "ORG" or ent.start < tokens.start or ent.end > tokens.end or \
                ent.root.dep_ in {"compound", "amod"} or portfolio(ent) or \
                _portfolio_title(ent) or \
                _sent_to(ent.root, tokens):  # "its ambassador to the EU": not the EU's
            continue  # "the Health Secretary", "the Labour leader", "the Energy and Mines
            # Minister": a title, not a member
        name = ent[1:] if ent[0].lower_ == "the" else ent
        if not name.text or name.text.islower() or table.is_excluded(name.text) or \
                table.find_person(name.text):
            continue
        start = sent.base + name.start_char
        actor = table.new_collective(name.text, "organization", start, start + len(name.text))
        for tok in name:
            mentions.by_token[(sent.index, tok.i)] = actor.id
        return actor
    return None


def _sentence_state(table: ActorTable, sent: Sentence, mentions: Mentions) -> Actor | None:
    """The only state named in the sentence, if it names exactly one."""
    states = {a for (index, _), a in mentions.by_token.items() if index == sent.index and
              a in table.actors and table.actors[a].type == "state"}
    return table.actors[states.pop()] if len(states) == 1 else None


def salient_collective(table: ActorTable, sent: Sentence, mentions: Mentions,
                        before: int = -1) -> Actor | None:
    """What "its"/"their" in a role refers to: the collective subject of a clause before
    it in the sentence ("X backs the deal, its spokeswoman Y said"), else of the sentence
    or the sentence before ("The union met. Its leader, X, said ...")."""
    for tok in reversed(sent.span.doc[sent.span.start:max(before, sent.span.start)]):
        actor = table.actors.get(mentions.actor_at(sent.index, tok.i) or "")
        if tok.dep_ in {"nsubj", "nsubjpass"} and actor is not None and actor.type != "person":
            return actor
        if tok.dep_ in {"nsubj", "nsubjpass"} and actor is None:
            body = body_noun_referent(table, tok, sent)  # "The party said ... and its leader"
            if body is not None:
                return body
    for index in (sent.index, sent.index - 1):
        actor = table.actors.get(mentions.subjects.get(index, ""))
        if actor is not None and actor.type != "person":
            return actor
    return None



def _party_tag(table: ActorTable, name: Any) -> Actor | None:
    """The party of a US-style tag after a name ("Dale Whitcombe (R-Ohio)")."""
    doc, end = name.doc, name.end
    if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == "-":
        entry = table.gazetteer.entries.get(_PARTY_TAGS.get(doc[end + 1].text, ""))
        if entry is not None:
            return table.collective(entry, entry.label, name.doc[end].idx, name.doc[end].idx,
                                    evidence=False)
    return None


def read_role(table: ActorTable, actor: Actor, name: Any, sent: Sentence,
              mentions: Mentions) -> None:
    """Record the role written around a person's name, and whom the office speaks for."""
    span = sent.span
    party = _party_tag(table, name)
    if party is not None and actor.affiliation is None:
        actor.affiliation = party.id
    note_own_states(table, mentions, sent, actor.id, name.root)
    role = role_span(name, span.start)
    bloc = spoken_for_bloc(table, name, sent, mentions)  # "Speaking for the group, X said"
    if role is None:
        if bloc is not None:
            actor.speaks_for = bloc.id
        return
    tokens = span.doc[role[0]:role[1]]
    bosses = [table.actors[a] for a in (mentions.actor_at(sent.index, t.i) for t in tokens)
              if a in _PERSON_IDS(table) and a != actor.id] or [
        p for p in (table.find_person(t.text) for t in tokens if t.dep_ == "poss" and
                    t.pos_ == "PROPN") if p is not None and p.id != actor.id]  # "Putin's
    # aide": the surname is marked only after the roles of the sentence are read
    if not bosses and any(t.lower_ in {"his", "her"} and t.dep_ == "poss" for t in tokens):
        bosses = [p for p in table.persons_before(sent.base + tokens.start_char)
                  if p.id != actor.id][:1]  # "Her co-chair, Tom Ward": the last person named
    peer = any(t.lemma_.lower() in _PEER_NOUNS for t in tokens)
    if peer:
        bosses = []  # "her French counterpart, X": the same office in another body
    bosses = [b for b in bosses if not organisation_named_like(table, b) and
              not portfolio_owner(table, tokens, b) and b.type == "person"]
    boss_party = _boss_party(table, tokens, bosses, mentions) if bosses else None
    if boss_party is not None:  # "His party's general secretary, X": the boss's party
        table.set_role(actor, tokens.text, boss_party)
        return
    if bosses:
        _inherit_office(table, actor, tokens.text, bosses[0])
        return
    if not tokens.text.strip():
        return
    cue = role_cue(table, tokens, sent, mentions) or party or _named_before(
        table, span.doc, role[0], span.start) or (
        None if peer else listed_boss_body(table, tokens, sent))  # "of Zelensky's office"
    text = tokens.text
    of = next((c for c in name.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if cue is None and of is not None and role[1] == name.start:
        of_tokens = span.doc[of.i:of.right_edge.i + 1]
        cue = role_cue(table, of_tokens, sent, mentions)
        if cue is not None and cue.type == "organization" and span.doc[of.i - 1].text == "," \
                and government_office(text):  # "Finance Minister X, of the Y party": a
            actor.affiliation, cue = cue.id, None  # member; the office is the state's
        else:
            text = f"{text} {of_tokens.text}"  # "Foreign Minister X of Denmark"
    head = name.root.head
    if cue is None or cue.type == "state":
        cue = presided_body(table, _before_comma(span.doc, role[0]), sent, mentions) or cue
    if cue is None and name.root.dep_ == "appos" and head.i < role[0] and \
            role_head_is_office(text) and role_word(head):
        outer = span.doc[head.left_edge.i:role[0]]  # "the head of the Russian delegation,"
        cue = role_cue(table, outer, sent, mentions)  # + "presidential aide X"
    if len(text.split()) > 12:
        text = " ".join(t.text for t in own_tokens(span.doc[role[0]:role[1]].root))
    table.set_role(actor, text, cue)
    chaired = chaired_organisation(table, name, sent, mentions, cue) or bloc
    if chaired is not None:  # "X, a state secretary, who chairs the board": the board's body
        actor.speaks_for = chaired.id
    if cue is not None and cue is _governed_body(table, tokens, sent, mentions) and \
            not research_body(cue.label):
        actor.speaks_for = actor.affiliation = cue.id  # chairing a body is an office in it
    if cue is not None and research_body(cue.label) and role_head_is_office(text) and \
            for_the_body(tokens, sent, name):
        actor.speaks_for = actor.affiliation = cue.id
    owner = next((t for t in tokens if t.dep_ == "poss" and t.pos_ == "NOUN" and any(
        c.lower_ == "the" for c in t.children)), None)
    if cue is None and owner is not None:  # "the party's negotiator": settled at the end
        mentions.owned_roles.append((actor, sent, owner.lemma_.lower()))


def _boss_party(table: ActorTable, tokens: Any, bosses: list[Actor],
                mentions: Mentions) -> Actor | None:
    """The party in "his party's general secretary": a party (or other member body) the
    boss's name possessed earlier ("Chancellor X's Christian Democratic Union")."""
    noun = next((t for t in tokens if t.dep_ == "poss" and t.pos_ == "NOUN" and any(
        c.lower_ in {"his", "her"} and c.dep_ == "poss" for c in t.children)), None)
    if noun is None:
        return None
    for org_id in mentions.possessed.get(bosses[0].id, []):
        org = table.actors.get(org_id)
        if org is not None and kind_fits(org, noun.lemma_.lower()):
            return org
    return None


def _named_before(table: ActorTable, doc: Any, start: int, stop: int) -> Actor | None:
    """An organisation named right before a role the parse did not join it to ("NEOS
    chief negotiator X", with the all-capital name taken for a verb)."""
    if start <= stop or not doc[start - 1].text[:1].isupper():
        return None
    found = table.find_collective(doc[start - 1].text)
    return found if found is not None and found.type == "organization" else None


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
