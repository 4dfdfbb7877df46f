"""Name shapes the model gets wrong: a title and a name tagged as one organisation
("House Speaker Dale"), an organisation tagged as a person ("The Ad Hoc Bondholder
Committee"), a given name left out ("Amna" of "Amna Osman Idris"), a name cut at a
hyphen ("Han Ji" of "Han Ji-woo") or at a plural possessive ("Farmers' and Regions
Party"), a place tagged as a person ("Goma and Bukavu, the two largest cities") and a
capitalised common noun opening a sentence ("Coal is a symbol")."""

from __future__ import annotations

from typing import Any

from kg.extract.actors import ActorTable
from kg.extract.lexicon import words
from kg.extract.rolespans import honorific, role_phrase, role_word


def titled_name(span: Any) -> bool:
    """A title followed by a name in one entity ("House Speaker Dale", "Senate Majority
    Leader Marisol"): an office word followed by a capitalised word."""
    return any(role_word(t) and not t.is_sent_start and span.doc[t.i + 1].text[:1].isupper()
               for t in span[:-1])


def after_org_noun(ent: Any) -> bool:
    """A name right after the organisation noun that classes it ("the state nuclear
    corporation Rosatom", "the campaign group Avaaz") or in apposition to one ("the state
    lithium company, Litio Andino"): an organisation, whatever the tag."""
    doc = ent.doc
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN" and \
            head.lemma_.lower() in words("roles", "organization_nouns") and not role_phrase(head):
        return True  # "The state lithium company, Litio Andino, said"; not "A spokesperson
        # for the fund, Teodora Ruiz, said", the spokesperson's name
    if any(apposed_organisation_noun(c) for c in ent.root.children if c.i >= ent.end):
        return True  # "Litio Andino, the state lithium company, said"
    if ent.start == 0:
        return False
    noun = doc[ent.start - 1]
    if not (noun.text.islower() and noun.pos_ == "NOUN" and
            noun.lemma_.lower() in words("roles", "organization_nouns")):
        return False
    if noun.dep_ in {"compound", "nmod"} and noun.head.i in range(ent.start, ent.end):
        return True
    # The parse split "the company Rosatom extended": still the company; but in "the
    # company Smith founded" Smith is the subject of a clause on the company.
    verb = ent.root.head
    return noun.tag_ == "NN" and any(c.dep_ == "det" for c in noun.children) and not (
        ent.root.dep_ == "nsubj" and verb.dep_ == "relcl" and verb.head.i == noun.i)


def org_named_person(ent: Any) -> bool:
    """An organisation the model took for a person ("The Ad Hoc Bondholder Committee",
    "the state nuclear corporation Rosatom", "Minera Norte, which runs the mine": a person
    would be "who"; "Les Engages, the francophone centrists": a person is no plural; "X
    Mutual, an insurer")."""
    return ent.label_ == "PERSON" and ((len(ent) > 1 and ent[-1].lower_ in words(
        "roles", "organization_heads")) or after_org_noun(ent) or _office_of_the(ent) or any(
        (c.dep_ == "relcl" and any(s.lower_ == "which" and s.dep_ in {"nsubj", "nsubjpass"}
                                   for s in c.children)) or
        (c.dep_ == "appos" and c.tag_ in {"NNS", "NNPS"} and c.text.islower()) or
        apposed_organisation_noun(c) for c in ent.root.children if c.i >= ent.end))


def _office_of_the(ent: Any) -> bool:
    """ "deputy chair of the Velmari": a name after "the" that an office is held in."""
    doc, root = ent.doc, ent.root
    return ent.start > 0 and doc[ent.start - 1].lower_ == "the" and root.dep_ == "pobj" and \
        root.head.lower_ == "of" and role_word(root.head.head) and root.head.head.pos_ == "NOUN"


def org_premodifier(ent: Any, table: ActorTable) -> bool:
    """One capitalised word the model took for a person, after "a"/"an" and before an
    office noun ("a Velmora spokeswoman", "an Ostrava official"): the body the officer
    works for, unless the article or the gazetteer knows a person of that name (news
    introduces a person by his full name first, and "a Johnson aide" then names him)."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or ent.end >= len(doc):
        return False
    office = doc[ent.end]
    return ent.root.dep_ == "compound" and ent.root.head.i == office.i and role_word(office) \
        and doc[ent.start - 1].lower_ in {"a", "an"} and _no_person_named(ent.text, table)


def org_possessor(ent: Any, table: ActorTable) -> bool:
    """A name the model took for a person or an organisation that owns an office ("Velmora's
    chief executive, X", "Nordgrid AS's spokeswoman"): the body the officer works for,
    unless the article or the gazetteer knows a person of that name ("Ruiz's spokesman");
    a person's full name is no body."""
    doc = ent.doc
    if ent.label_ not in {"PERSON", "ORG"} or (ent.label_ == "PERSON" and len(ent) > 1) or \
            ent.end >= len(doc) or doc[ent.end].tag_ != "POS" or ent.root.dep_ != "poss":
        return False
    office = ent.root.head
    return office.i > ent.end and office.lower_ in words("roles", "office") and \
        _no_person_named(ent.text, table)


def _no_person_named(name: str, table: ActorTable) -> bool:
    """Neither the article so far nor the gazetteer knows a person called ``name``."""
    found = table.gazetteer.lookup(name)
    return table.find_person(name) is None and (found is None or found[0].type != "person")


def apposed_organisation_noun(tok: Any) -> bool:
    """ "Skagerrak Mutual, an Oslo-based insurer": a person is no insurer, company or
    union (a partner may be one). The article may hang on a word before the noun ("a
    Lisbon-based consumers' association": on "consumers"); the phrase must follow the name
    and its comma, not another apposition ("X, deputy head of the Y, the Z's body")."""
    return tok.dep_ == "appos" and tok.tag_ == "NN" and tok.text.islower() and \
        tok.lemma_.lower() in words("roles", "organization_nouns") - {"partner"} and \
        tok.left_edge.i == tok.head.i + 2 and tok.doc[tok.head.i + 1].text == "," and \
        any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} and c.i < tok.i
            for c in tok.subtree)


def given_name(span: Any, table: ActorTable) -> Any:
    """A name with the given name the model left out ("Amna" of "Amna Osman Idris"): proper
    nouns joined to the name before it that are no title, name no other actor and do not
    end a title ("Minister of State Khalid ...")."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and (start < 2 or doc[start - 2].lower_ != "of") \
            and doc[start - 1].ent_type_ not in {"ORG", "DATE", "TIME"} \
            and doc[start - 1].head.i in range(start, span.end) and doc[start - 1].is_alpha \
            and doc[start - 1].text[:1].isupper() and not role_word(doc[start - 1]) \
            and not honorific(doc[start - 1]) and table.gazetteer.lookup(doc[start - 1].text) is None:
        start -= 1
    return doc[start:span.end]


_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "la", "le", "ter",
              "zu", "bin", "ibn", "al", "el", "dos", "das", "do"}


def surname_after_particle(ent: Any) -> bool:
    """An entity right after a particle of a person's name ("Leyen" of "Ursula von der
    Leyen", tagged apart as a place): the person's surname, no state or organisation."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].text in _PARTICLES and \
        doc[ent.start - 1].ent_type_ == "PERSON"


# Participles joined to a name by a hyphen ("a Vega-led cabinet", "a Kyiv-based analyst"):
# the name ends before the hyphen.
_NAME_SUFFIXES = {"led", "backed", "based", "run", "owned", "brokered", "controlled",
                  "sponsored", "funded", "dominated", "aligned", "born", "style"}


def hyphenated(span: Any) -> Any:
    """A name the model cut at a hyphen ("Han Ji" of "Han Ji-woo", "Ole X" of "Jan-Ole X")
    or at a lower-case particle ("Ursula von" of "Ursula von der Leyen"), made whole."""
    doc, start, end = span.doc, span.start, span.end
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and \
            doc[start - 2].text[:1].isupper():
        start -= 2  # "Ole Brinkmann" of "Jan-Ole Brinkmann"
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha and \
            doc[end + 1].lower_ not in _NAME_SUFFIXES:
        end += 2
    while end > span.start + 1 and doc[end - 1].text in _PARTICLES:
        end -= 1  # "Ursula von": the model stopped inside the name
    stop = end
    while stop < len(doc) and doc[stop].text in _PARTICLES:
        stop += 1
    if stop > end and stop < len(doc) and doc[stop].text[:1].isupper() and doc[stop].is_alpha:
        end = stop + 1  # "Ursula" + "von der Leyen"
    return doc[start:end]


def place_noun(tok: Any) -> bool:
    return tok.lemma_.lower() in words("roles", "geographic_nouns")


_SITE_PREPS = {"in", "at", "near", "outside", "inside", "around"}


def used_as_place(ent: Any) -> bool:
    """A name the model took for a person that the text uses as a place: after a locative
    preposition ("sits in Goma", "officials in Porto Velho"), after "of" following a place
    noun ("the town of Enerhodar"), or, one word, joined to a place ("left Odesa and Izmail
    exposed")."""
    root = ent.root
    if len(ent) == 1 and root.dep_ == "conj" and (root.head.ent_type_ in {"GPE", "LOC"} or (
            root.head.pos_ == "PROPN" and not root.head.ent_type_)):
        return True  # "Odesa and Izmail": joined to a place or to a name the model left untagged
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in _SITE_PREPS or (prep.lower_ == "of" and place_noun(prep.head))


def place_shaped(span: Any) -> bool:
    """A name the text makes a place: it qualifies a place noun ("the Sumy region", "the
    Poltava and Sumy regions") or a place noun stands in apposition to it ("Goma and
    Bukavu, the two largest cities"), also when the parse hangs the apposition elsewhere."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ in {"compound", "nmod"} and place_noun(root.head):
        return True
    if any(c.dep_ == "appos" and place_noun(c) for c in root.children):
        return True
    doc = span.doc
    end = max(t.i for t in root.subtree if t.dep_ in {"conj"} or t.i == root.i) + 1
    if end < len(doc) and doc[end].text == ",":  # the parse may hang the apposition elsewhere
        head = next((t for t in doc[end + 1:min(end + 6, len(doc))]
                     if t.pos_ not in {"DET", "NUM", "ADJ"}), None)  # ", the two largest cities"
        while head is not None and head.dep_ in {"compound", "npadvmod", "amod", "nmod"} and \
                end < head.head.i < end + 8:
            head = head.head  # ", a Swedish centre-right member": the member, not the centre
        return head is not None and head.pos_ == "NOUN" and place_noun(head)
    return False


def bare_common_word(span: Any) -> bool:
    """One capitalised word opening a sentence or a quotation, with no title before it
    ("Coal is a symbol"): nothing but the capital says it is a name."""
    if len(span) != 1:
        return False
    doc, i = span.doc, span.start
    return span[0].is_sent_start or (i > 0 and doc[i - 1].is_quote and
                                     not doc[i - 1].whitespace_ and (
        i == 1 or doc[i - 2].is_sent_start or doc[i - 2].is_punct))  # an opening mark only


def takes_in_clause_words(span: Any) -> bool:
    """A name the model ran over the words around it: a modal ("Will Kyiv accept?"), a
    preposition with its object ("Inside Armenia, the debate ...") or the verb the rest is
    the subject of ("Moscow Digs In"). A person's name is made of nouns only."""
    inside = range(span.start, span.end)
    for tok in span:
        if tok.tag_ == "MD" or (tok.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.i in inside for c in tok.children)):
            return True
        if tok.tag_.startswith("VB") and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.i in inside for c in tok.children):
            return True
    return False


def _continues(doc: Any, j: int) -> bool:
    """Whether token ``j`` carries a capitalised name on: a capitalised word, a plural
    possessive apostrophe after an "-s" word, or "and" after a word that ends no
    organisation name ("of Tenants and Residents'", not "Labour Party and Green Party")."""
    tok = doc[j]
    if tok.text[:1].isupper() and tok.is_alpha:
        return True
    following = j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
    if tok.text in {"'", "\u2019"}:
        return following and doc[j - 1].lower_.endswith("s")
    return tok.lower_ == "and" and following and doc[j - 1].lower_.endswith("s") and (
        doc[j - 1].lower_ not in words("roles", "organization_heads") or _of_plurals(doc, j))


def _of_plurals(doc: Any, j: int) -> bool:
    """ "Union of Greens" + "and Farmers": after "of", plural nouns joined by "and" are one
    name, even where the first is also a party's head word ("Labour Party and Green Party"
    has no "of")."""
    return j + 1 < len(doc) and doc[j + 1].lower_.endswith("s") and doc[j - 2].lower_ == "of"


def possessive_and(span: Any) -> Any:
    """An organisation name cut at a plural possessive, made whole: "Farmers" + "' and
    Regions Party", "Employers" + "' Consultative Association", "Council of Parents" + "
    and Citizens' Associations", or "Nurses Party" after "Teachers' and"; else the span
    itself."""
    doc, start, end = span.doc, span.start, span.end
    apostrophes = {"'", "\u2019"}
    if end + 2 < len(doc) and doc[end].text in apostrophes and doc[end + 1].lower_ == "and":
        j = end + 2
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j - end < 6:
            j += 1
        end = j if j > end + 2 else end
    elif end + 1 < len(doc) and (doc[end].text in apostrophes or doc[end].lower_ == "and") \
            and _continues(doc, end):
        j = end  # "Employers" + "' Consultative Association", "Council of Parents" + " and
        while j < len(doc) and j - end < 6 and _continues(doc, j):  # Citizens' Associations"
            j += 1
        while j > end and not doc[j - 1].is_alpha:
            j -= 1
        end = j
    elif start >= 3 and doc[start - 1].lower_ == "and" and doc[start - 2].text in apostrophes \
            and doc[start - 3].text[:1].isupper() and doc[start - 3].is_alpha:
        start -= 3
        while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and \
                not doc[start - 1].is_sent_start and span.start - start < 6:
            start -= 1
    return doc[start:end]
