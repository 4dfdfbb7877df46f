"""Organisation names: what makes an entity span an organisation ("... Union", "Rheinwerk
Steel", "the M23 rebel group", "Civic Forward leader X"), a state's body ("the Interior
Ministry") or a region acting through its government ("the state government of X"); the
nouns the text describes a group with; names the model cut short ("Farmers' and Regions
Party", "Harwick" + "Container Terminals") or prefixed ("U.N. World Food Programme");
the state a later "the government" refers back to."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.extract.actors import CORPORATE, ActorTable
from kg.extract.lexicon import words
from kg.extract.names import possessive_and
from kg.extract.rolespans import role_word
from kg.extract.segment import Sentence

if TYPE_CHECKING:
    from kg.extract.mentions import Mentions

# Titles of members and officers of a party or other body: an ORG name right before one
# is that body ("Civic Forward leader X", "a Likud lawmaker"); not "Labour Minister".
MEMBER_TITLES = {"leader", "co-leader", "chairman", "chairwoman", "chairperson", "chair",
                 "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps", "member",
                 "members", "spokesman", "spokeswoman", "spokesperson", "negotiator",
                 "negotiators", "founder", "boss"}


def org_like(text: str) -> bool:
    """A name with an organisation word ("... Union", "... Council", "... Party")."""
    return any(w.lower().strip(".,'") in words("roles", "organization_heads") for w in text.split())


def company_like(span: Any) -> bool:
    """A name ending in a company word ("Rheinwerk Steel", "Hanbit Heavy Industries"), not
    a portfolio before a title ("U.S. Energy Secretary")."""
    doc = span.doc
    return len(span) > 1 and span[-1].lower_ in CORPORATE and not (
        span.end < len(doc) and role_word(doc[span.end]))


def acronym(text: str) -> bool:
    """An all-capital name of two to six letters (UAW, CDU), as organisations are often named."""
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


# Organisation nouns that also name a site: after a place's name ("the Istanbul inspection
# centre") they name a building, after an organisation's ("the Viasna rights centre") it.
_SITE_NOUNS = {"centre", "center"}


def described(span: Any) -> bool:
    """A name the text calls an organisation: in apposition to an organisation noun ("the
    third coalition partner, Green Future", "Coral Sea Watch, a campaign group") or naming
    one ("the New Horizons party")."""
    root = span.root
    head = root.head
    nouns = words("roles", "organization_nouns")
    if root.dep_ == "appos" and head.lemma_.lower() in nouns:
        return True
    if any(c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN" and c.lemma_.lower() in
           nouns for c in root.children):  # "Coral Sea Watch, a campaign group, said ..."
        return True
    between = span.doc[span.end:head.i]  # "the M23 rebel group": other nouns may come between
    org = root.ent_type_ == "ORG"  # a place's "inspection centre" is a site, not a body
    if not org and (head.dep_ == "appos" or any(c.lower_ in {"a", "an"} for c in head.children)):
        return False  # "a Lagos investment bank", "X, the Hong Kong conglomerate": a place
    return root.dep_ in ({"compound", "nmod"} if org else {"compound"}) and head.tag_ == "NN" \
        and head.lower_ in (nouns if org else nouns - _SITE_NOUNS) and head.i >= span.end and \
        all(t.dep_ in {"compound", "amod"} and t.text.islower() and (t.head.i == head.i or (
            org and span.end <= t.head.i <= head.i)) for t in between)


def regional_government(span: Any) -> list[Any] | None:
    """The tokens of "the state/regional government" a region's name belongs to ("the state
    government of North Rhine-Westphalia", "the Bavarian state government"): a region
    acting through its own government is an actor (coding guide: an organisation)."""
    root = span.root
    gov = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
        root.head if root.dep_ in {"compound", "amod", "poss"} else None)
    if gov is None or gov.lemma_.lower() not in {"government", "cabinet", "administration"}:
        return None
    quals = [c for c in gov.children if c.dep_ in {"amod", "compound"} and (
        c.lower_ in words("roles", "subnational") or c.lower_ == "state")]
    return [gov, *quals] if quals else None


# Bodies an organisation sends ("an IMF mission", "the EU delegation"): what "the mission"
# and "the mission chief" later refer back to.
_SENT_BODIES = {"mission", "delegation"}


def descriptors(span: Any) -> set[str]:
    """The organisation nouns the text describes a name with: "the M23 rebel group" ->
    rebel, group; "Oceans Watch, a campaign group" -> campaign, group; "a smaller union,
    the VLB," -> union."""
    root = span.root
    nouns = words("roles", "organization_nouns") | _SENT_BODIES
    heads = [root.head] if (root.dep_ == "compound" and root.head.i >= span.end) or (
        root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN") else []
    heads += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    out: set[str] = set()
    for head in heads:
        found = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children
                                         if c.dep_ in {"compound", "amod"} and c.text.islower()}
        if any(w in nouns or f"{w}s" in nouns for w in found):
            out |= found
    return out


def leads_title(span: Any) -> bool:
    """An ORG name right before a member's title ("Civic Forward leader Tomas X")."""
    root = span.root
    return root.dep_ in {"compound", "nmod"} and root.head.i == span.end and \
        root.head.lower_ in MEMBER_TITLES


# Nouns an organisation's name qualifies without the organisation acting: its members
# ("NATO countries", "EU member states") and the events and documents named after it ("the
# UN climate conference", coding guide section 1).
_NOT_ACTING_HEADS = {"country", "state", "member", "ally", "nation", "conference", "summit",
                     "session", "forum", "resolution", "charter", "convention"}


def modifier_only(span: Any) -> bool:
    """A name that only qualifies its members or an event or document named after it ("troops
    from NATO countries", "at the UN climate conference"): no mention of an acting actor."""
    root = span.root
    return root.dep_ in {"compound", "nmod"} and root.head.i >= span.end and \
        root.head.lemma_.lower() in _NOT_ACTING_HEADS


def government_apposed(span: Any) -> bool:
    """A name in apposition with a definite government noun ("the State Council, the
    nine-member executive, said"): a state's government under its own name, an alias of
    the state (coding guide section 1); not a region's ("the Community of X, the regional
    government, said": an organisation)."""
    return any(c.dep_ == "appos" and c.i >= span.end and c.lemma_.lower() in {
        "cabinet", "government"} and any(d.lower_ == "the" for d in c.children) and not any(
        d.lower_ in words("roles", "subnational") for d in c.children)
        for c in span.root.children)


# Capitalised head nouns of a region's own name ("South Moravian Region", "Province of X").
_UNIT_HEADS = {"region", "province", "oblast", "prefecture", "canton", "governorate",
               "voivodeship", "krai", "county"}


def region_named(span: Any) -> bool:
    """A region under a name with its unit ("the South Moravian Region", "Province of
    Lerida") that acts or whose office someone holds ("the governor of Turkistan Region"):
    the region acting through its own government (coding guide: an organisation)."""
    unit = any(t.text[:1].isupper() and t.lower_ in _UNIT_HEADS for t in (span[0], span[-1]))
    root = span.root
    office = root.dep_ == "pobj" and root.head.lower_ == "of" and role_word(root.head.head)
    return len(span) > 1 and unit and (office or root.dep_ in {"nsubj", "nsubjpass", "poss"} or (
        root.dep_ == "pobj" and root.head.dep_ == "agent"))


def state_body(text: str) -> bool:
    """A government body of a state ("the Interior Ministry"), not of a region ("the
    Kurdistan Regional Government", "the Catalan regional government")."""
    low = text.lower()
    return any(re.search(rf"\b{re.escape(b)}\b", low) for b in words("roles", "state_bodies")) \
        and not any(w in words("roles", "subnational") for w in low.split())


def _purpose(span: Any) -> int:
    """The end of "for" and the capitalised words after an organisation's head word ("the
    Harbour Institute" + "for Peace Studies"), else ``span.end``."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "for" or \
            span[-1].lower_ not in words("roles", "organization_heads"):
        return end
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_alpha and \
            doc[stop].text[:1].isupper() and doc[stop].ent_type_ not in {"GPE", "PERSON"}:
        stop += 1
    return stop if stop > end + 1 else end


def _article_tail(span: Any) -> int:
    """The end of "of the" and the untagged capitalised words after an organisation's name
    ("the Federation of Growers" + "of the Upper Valley"), else ``span.end``; a place the
    model tagged ("... of the United Kingdom") is not taken in."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the" or \
            not org_like(span.text):
        return end
    stop = end + 2
    while stop < len(doc) and stop - end <= 5 and doc[stop].pos_ == "PROPN" and \
            doc[stop].is_alpha and doc[stop].text[:1].isupper() and not doc[stop].ent_type_:
        stop += 1
    return stop if stop > end + 2 and not (stop < len(doc) and doc[stop].ent_type_) else end


def _qualified_start(span: Any) -> int:
    """The start of the capitalised words the model left before a name that qualify a word
    of it ("Antarctic" + "Penguin Watch", "Polisario" + "Front"): proper nouns of no entity
    and no office ("Minister", "Chairman"), not the sentence's first word; else
    ``span.start``; a place's name keeps its own ("Health" + "Ruritania" is no state)."""
    doc, start = span.doc, span.start
    while span.root.ent_type_ in {"ORG", "PERSON"} and start > 0 and span.start - start < 3:
        tok = doc[start - 1]
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and
                not tok.ent_type_ and not tok.is_sent_start and
                tok.dep_ in {"compound", "amod", "nmod"} and start <= tok.head.i < span.end and not role_word(tok)
                and tok.lower_ not in MEMBER_TITLES):
            break
        start -= 1
    return start


def _conjoined(span: Any, tok: Any) -> bool:
    """An untagged word right before "and" whose conjunct the name's head is ("Harbour" in
    "the Harbour and Transport ... Union"): the parse split one name in two."""
    return tok.i == span.start - 2 and not tok.ent_type_ and span.root.dep_ == "conj" and \
        span.root.head.i == tok.i


def _joined_start(span: Any) -> int:
    """The start of capitalised words joined by "and" before an organisation's name that
    qualify a word of it ("Post and" + "Logistics Union", "Education and" + "Science
    Workers' Union"): one name whose first part the model left out; else ``span.start``.
    Each word must hang on the name (a compound or modifier, or an untagged word the
    name's head is the conjunct of), so "Hamas and" + "Islamic Jihad" stay two."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ != "and" or not org_like(span.text):
        return start
    k = start - 1
    while k > 0 and start - k <= 3:
        tok = doc[k - 1]
        if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and
                tok.ent_type_ not in {"GPE", "LOC", "PERSON"} and not tok.is_sent_start and
                not role_word(tok) and (tok.dep_ in {"compound", "amod", "nmod"} and
                                        k <= tok.head.i < span.end or _conjoined(span, tok))):
            break
        k -= 1
    return k if k < start - 1 else start


def _joined_tail(span: Any) -> int:
    """The end of "and" and the capitalised words after a name that ends in "of" or "for"
    and a word those words are the conjunct of ("the Ministry of Roads" + "and Inland
    Transport", "the Office for Mediation" + "and Labour Records"): one name the model cut
    at "and"; else ``span.end``. A conjunct with an organisation word of its own ("... and
    Harbour Bank") is another body."""
    doc, end = span.doc, span.end
    last = span[-1]
    if end + 2 > len(doc) or doc[end].lower_ != "and" or last.dep_ != "pobj" or \
            last.head.lower_ not in {"of", "for"} or not span.start <= last.head.i:
        return end
    stop = end + 1
    while stop < len(doc) and stop - end <= 3 and doc[stop].is_alpha and \
            doc[stop].text[:1].isupper() and not role_word(doc[stop]):
        stop += 1
    tail = doc[end + 1:stop]
    if not len(tail) or tail.root.dep_ != "conj" or tail.root.head.i != last.i or \
            org_like(tail.text) or tail[-1].lower_ in CORPORATE or (
                stop < len(doc) and doc[stop].text in {"'", "\u2019", "'s", "\u2019s"}):
        return end  # "... of Tenants and Residents' Committees": the name goes on
    return stop


def extend(span: Any, country: Callable[[str], bool] = lambda _: False) -> Any:
    """Extend a name over capitalised words the model left before it ("Antarctic" + "Penguin
    Watch", "Post and" + "Logistics Union"), over "of the" and the capitalised words after
    it ("... of the Upper Valley"), over following capitalised nouns ("Harwick" + "Container
    Terminals"), a one-word qualifier in brackets ("... of India" + "(Marxist)") or the
    country a body of its own there is named for (``country``: whether a name is one)."""
    doc = span.doc
    span = doc[_qualified_start(span):span.end]
    span = doc[_joined_start(span):span.end]
    end = span.end
    number = _numbered(doc, end)  # "Workers' Union" + "No. 1"
    if number > end and org_like(span.text):
        return doc[span.start:number]
    branch = _branch_place(span, country)
    if branch > end:  # "the Guild of Olive Growers" + "in Portugal"
        return doc[span.start:branch]
    purpose = _purpose(span)
    if purpose > end:  # "the Baltic Centre" + "for Maritime Studies"
        return doc[span.start:purpose]
    joined = _joined_tail(span)
    if joined > end:  # "the Ministry of Roads" + "and Inland Waterways"
        return doc[span.start:joined]
    if end + 1 < len(doc) and doc[end].lower_ == "of" and (
            doc[end + 1].like_num or doc[end + 1].pos_ == "PROPN"):
        end += 2  # "the Group" + "of 77"
        if org_like(doc[span.start:end].text):
            return doc[span.start:end]
        end = span.end
    tail = _article_tail(span)
    if tail > end:  # "the Federation of Growers" + "of the Upper Valley"
        return doc[span.start:tail]
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and (
            not doc[end].ent_type_ or doc[end].ent_iob_ == "B") and end - span.end < 4:
        end += 1
    if end > span.end and org_like(doc[span.start:end].text):
        return doc[span.start:end]
    whole = possessive_and(span)  # "Farmers" + "' and Regions Party"
    if len(whole) > len(span) and org_like(whole.text):
        return whole
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and \
            doc[end + 1].is_alpha and doc[end + 1].text.istitle() and org_like(span.text):
        return doc[span.start:end + 3]  # "Communist Party of India" + "(Marxist)"
    return span


def name_after_noun(span: Any) -> Any | None:
    """The name after a lower-case organisation noun that ends an entity or stands inside
    it ("the Christian union" + "ACV-CSC", "the Christian union ACV-CSC"): the name is the
    organisation, the words before it describe it; ``None`` if no proper name follows.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("the Christian union ACV-CSC said")
    >>> for t, p in zip(doc, ["DET", "PROPN", "NOUN", "PROPN", "PUNCT", "PROPN", "VERB"]):
    ...     t.pos_ = p
    >>> name_after_noun(doc[0:3]).text, name_after_noun(doc[0:6]).text
    ('ACV-CSC', 'ACV-CSC')
    >>> name_after_noun(doc[3:6]) is None
    True
    """
    doc = span.doc
    nouns = words("roles", "organization_nouns")
    noun = next((t for t in reversed(span) if t.text.islower() and (
        t.lower_ in nouns or t.lemma_.lower() in nouns)), None)
    if noun is None or any(t.pos_ not in {"PROPN", "PUNCT"} for t in doc[noun.i + 1:span.end]):
        return None
    end = noun.i + 1
    while end < len(doc) and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() or (
            doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc)
            and doc[end + 1].pos_ == "PROPN")):
        end += 1
    return doc[noun.i + 1:end] if end > noun.i + 1 else None


def _branch_place(span: Any, country: Callable[[str], bool]) -> int:
    """The end of a country named after "in" as part of an organisation's name ("the Guild
    of Olive Growers in Portugal", "the Federation of Dairy Farmers in Chile"): a name of the shape
    "X of Y" that is a body in one country, followed by "in" and a country's name
    (``country``); ``span.end`` itself if none follows. A body named without "of" ("the
    Dairy Farmers' Union in Chile") is read as placed, not named, there; a city after "in" is
    a body's seat ("the Court of Appeal in Lisbon")."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or not org_like(span.text) or \
            not any(t.lower_ == "of" for t in span[1:-1]):
        return end
    place = next((e for e in doc.ents if e.start == end + 1 and e.label_ == "GPE"), None)
    if place is None or (place.end < len(doc) and doc[place.end].pos_ == "PROPN") or \
            not country(place.text):
        return end
    return place.end


def _numbered(doc: Any, end: int) -> int:
    """The end of a branch number after a name ("... Union No. 1", "... Local No 12"), or
    ``end`` itself if none follows."""
    k = end
    if k < len(doc) and doc[k].text in {"No", "No.", "Nr", "Nr."}:
        k += 1
        if k < len(doc) and doc[k].text == "." and not doc[k - 1].text.endswith("."):
            k += 1
        if k < len(doc) and doc[k].like_num and doc[k].text[:1].isdigit():
            return k + 1
    return end


def prefixed_entry(table: ActorTable, span: Any) -> tuple[Any, str] | None:
    """The gazetteer organisation named after a qualifying name ("U.N. World Food
    Programme", "EU Commission"): the rest of the name, when the first word is itself a
    gazetteer name."""
    if len(span) < 2 or table.gazetteer.lookup(span[0].text) is None:
        return None
    found = table.gazetteer.lookup(span[1:].text)
    return found if found is not None and found[0].type == "organization" else None


def note_governments(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """ "Yemen's government", "the Chilean cabinet", "Myanmar's military": the state a later
    "the government", "the military" refers back to."""
    for tok in sent.tokens:
        if tok.lemma_.lower() not in {"government", "administration", "cabinet", "military",
                                      "army"}:
            continue
        for child in tok.children:
            actor = table.actors.get(mentions.actor_at(sent.index, child.i) or "")
            if child.dep_ in {"poss", "amod", "compound"} and actor is not None and \
                    actor.type == "state":
                table.governments.append((sent.base + tok.idx, tok.lemma_.lower(), actor))


_MEMBER_PLURALS = {"democrats", "republicans", "socialists", "liberals", "conservatives",
                   "greens", "nationalists", "communists"}


def party_members(sent: Sentence, table: ActorTable, mentions: Mentions) -> None:
    """ "the Christian Democrats", "the Greens": the members of a party named in the
    article stand for it when the words match the start of its name ("Christian
    Democratic Union", "Green Party") and only one party fits; when none is named, "the
    Social Democrats" name the party themselves."""
    doc = sent.span.doc
    for tok in sent.tokens:
        if tok.lower_ not in _MEMBER_PLURALS or not tok.text[:1].isupper() or \
                (sent.index, tok.i) in mentions.by_token:
            continue
        start = tok.i
        while start > sent.span.start and doc[start - 1].text[:1].isupper() and \
                doc[start - 1].is_alpha and doc[start - 1].lower_ != "the" and \
                (sent.index, start - 1) not in mentions.by_token:
            start -= 1
        run = [t.lower_.rstrip("s") for t in doc[start:tok.i + 1]]
        fits = [a for a in table.actors.values() if a.type == "organization" and
                len(a.label.split()) > len(run) and all(
                    w.lower().startswith(r) for w, r in zip(a.label.split(), run, strict=False))]
        if not fits and start > sent.span.start and doc[start - 1].lower_ == "the":
            fits = [_members_party(table, doc[start:tok.i + 1], sent)]  # only so named
        if len(fits) == 1:
            for t in doc[start:tok.i + 1]:
                mentions.by_token[(sent.index, t.i)] = fits[0].id
            fits[0].add_alias(doc[start:tok.i + 1].text)


def _members_party(table: ActorTable, run: Any, sent: Sentence) -> Any:
    """The party an article names only by its members ("the Social Democrats", "the
    Greens"): the gazetteer's, else a new organisation of that name."""
    start = sent.base + run.start_char
    found = table.gazetteer.lookup(run.text)
    if found is not None and found[0].type == "organization":
        return table.collective(found[0], run.text, start, start + len(run.text))
    return table.find_collective(run.text) or table.new_collective(
        run.text, "organization", start, start + len(run.text))



# What may stand between "the" and an organisation's name inside that name: capitalised
# words joined by commas and "and" ("the Timber, Pulp and Paper ... Association").
_NAME_JOINERS = {"and", "&", ","}


def article_start(span: Any, known: Callable[[Any], bool]) -> int:
    """The start of the capitalised words, joined by commas and "and", that the model left
    out between "the" and an organisation's name ("the Salt and" + "Potash Workers' Union",
    "the Timber, Pulp and" + "Paper Makers' Association", "the Landless" + "Growers'
    Alliance"): the article opens one noun phrase, so the words up to the name
    are its first words; ``known`` (a token already a mention of an actor: "the EU and"
    + "Workers' Union" stay two) stops it. Else ``span.start``."""
    doc, start = span.doc, span.start
    if start < 2 or not org_like(span.text) or doc[start - 1].text == ",":
        return start
    k = start - 1
    while k > 0 and start - k <= 6:
        tok = doc[k]
        if tok.lower_ == "the" and tok.dep_ == "det":
            break
        if not (tok.text in _NAME_JOINERS or tok.tag_ == "POS" or (
                tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start and
                tok.ent_type_ in {"", "ORG", "NORP"} and not role_word(tok) and
                not known(tok))):
            return start
        k -= 1
    first = doc[k + 1] if k + 1 < start else None
    if doc[k].lower_ != "the" or first is None or not first.text[:1].isupper() or \
            not k < doc[k].head.i < span.end:
        return start
    return k + 1
