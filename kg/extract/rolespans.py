"""Where a person's role is written: the token range of the words around a name that
name the person's office or standing ("Iran's chief negotiator X", "X, who chairs the
union's committee", "Her co-chair, Dr Y", "Deputy Minister of Industry and Trade Ana Ruiz").

Courtesy titles ("Dr", "Professor") are neither names nor roles; a one-word name after a
government title and "of" ("Secretary of State") is the office's portfolio. Whom the role
makes its holder speak for is read in :mod:`kg.extract.roles`.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.lexicon import words

ROLE_VERBS = {"chair", "lead", "head", "represent", "speak", "run", "direct", "preside", "serve",
              "chairs", "leads", "heads", "represents", "runs", "directs", "presides", "serves",
              "oversee", "oversees", "coordinate", "coordinates", "advise", "advises"}


def note_own_states(table: Any, mentions: Any, sent: Any, actor_id: str, root: Any) -> None:
    """The states named in a person's own phrase ("X, who led the American delegation"),
    without its counterparts: in "X, who handles the talks with Washington", Washington is
    whom he deals with, not whom he works for; those mentions are noted as counterparts,
    so no office of his is settled on them."""
    away = {t.i for prep in root.subtree if prep.dep_ == "prep" and prep.lower_ == "with"
            and prep.head.pos_ == "NOUN" for t in prep.subtree}
    mentions.counterparts.update((sent.index, i) for i in away)
    if actor_id not in mentions.own_states:
        mentions.own_states[actor_id] = {a for t in [*root.subtree, *_led_body(root)]
                                         if t.i not in away and (
            a := mentions.actor_at(sent.index, t.i)) and table.actors[a].type == "state"}


def _led_body(root: Any) -> list[Any]:
    """The words before a body noun a person leads ("a U.S. delegation led by X", "Japan's
    team, headed by X"): the body's state is his."""
    by = root.head
    verb = by.head
    if not (root.dep_ == "pobj" and by.lower_ == "by" and verb.dep_ == "acl"
            and verb.lemma_.lower() in {"lead", "head"} and verb.head.pos_ == "NOUN"):
        return []
    return [t for c in verb.head.children if c.i < verb.head.i for t in c.subtree]


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")


def clock_time(tok: Any) -> bool:
    """A live blog's time stamp ("09:40", "14.05") written before a paragraph's first name."""
    return bool(_CLOCK.fullmatch(tok.text))


def honorific(tok: Any) -> bool:
    return tok.lower_.rstrip(".") in words("roles", "honorifics")


_PORTFOLIO_TITLES = {"secretary", "minister", "ministry", "department", "undersecretary",
                     "commissioner", "secretariat"}


def portfolio(span: Any) -> bool:
    """A one-word name right after a government title and "of" ("Secretary of State",
    "Minister of Defence", "Department of Energy") is the office's portfolio, not an
    organisation of its own."""
    root = span.root
    return len(span) == 1 and root.dep_ == "pobj" and root.head.lower_ == "of" and \
        root.head.head.lower_ in _PORTFOLIO_TITLES and not any(
            c.dep_ in {"det", "poss"} for c in root.children)


def role_word(tok: Any) -> bool:
    """An office or other role noun, also inside a hyphenated word ("co-chair")."""
    lower = tok.lower_
    roles = words("roles", "office") | words("roles", "non_office")
    return lower in roles or tok.lemma_.lower() in roles or lower.split("-")[-1] in roles


def role_phrase(head: Any) -> bool:
    """Whether ``head``, what a name stands in apposition to, is one person's role: a singular
    role noun, or the object of "of"/"for"/"at" after one ("the leader of the council, X";
    "a spokesperson for the fund, X", where the parse hangs the name on "fund")."""
    if head.dep_ == "pobj" and head.head.lower_ in {"of", "for", "at"}:
        head = head.head.head
    return head.pos_ == "NOUN" and head.tag_ == "NN" and role_word(head)


def _title_run(doc: Any, end: int, stop: int) -> tuple[int, int] | None:
    """A capitalised title right before a name that the parse did not attach to it
    ("..., Deputy Minister of Industry and Trade Ana Ruiz said"): capitalised words and
    "of"/"and"/"for" back to a comma or the clause start, with a role word among them."""
    i = end
    while i > stop and doc[i - 1].text != "," and (
            (doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ in {"PROPN", "NOUN"}) or
            doc[i - 1].lower_ in {"of", "and", "for"}):
        i -= 1
    while i < end and not doc[i].text[:1].isupper():
        i += 1
    tokens = doc[i:end]
    if not len(tokens) or not any(role_word(t) for t in tokens) or \
            (i > stop and doc[i - 1].text != ","):
        return None
    return i, end


def _left_role(doc: Any, start: int, stop: int) -> tuple[int, int] | None:
    """A role written before the name and cut off by a comma ("Her co-chair, Dr Tom X"):
    determiners, possessives, adjectives and nouns back to the clause start, with a role noun.
    Used when the parse does not attach the role to the name."""
    end = start
    while end > stop and honorific(doc[end - 1]):
        end -= 1
    if end > stop and doc[end - 1].text != ",":
        return _title_run(doc, end, stop)
    if end <= stop + 1 or doc[end - 1].text != ",":
        return None
    i = end - 1
    allowed = {"DET", "PRON", "ADJ", "NOUN", "PROPN", "PART", "NUM"}
    while i > stop and (doc[i - 1].pos_ in allowed or doc[i - 1].text == "-" or
                        doc[i - 1].lower_ in {"for", "of", "at", "on"}) and \
            doc[i - 1].text != ",":
        i -= 1  # "The company's vice-president for labour relations, X"
    tokens = doc[i:end - 1]
    if i != stop or not any(role_word(t) for t in tokens):
        return None
    return i, end - 1


# A past office before a name says who the person was; an office the name is in apposition
# to says what he is now ("Its special envoy, former Kenyan diplomat X": the envoy).
_PAST_WORDS = {"former", "ex", "retired", "onetime", "one-time"}


def role_span(ent: Any, stop: int = 0) -> tuple[int, int] | None:
    """Token range of the role words around a person's name, or ``None``.

    Courtesy titles ("Dr", "Professor") are not roles: "The review body's chair,
    Professor Alan Greaves" has the role "The review body's chair"."""
    root = ent.root
    doc = ent.doc
    if root.left_edge.i < ent.start:
        start = root.left_edge.i
        for i in range(ent.start - 1, root.left_edge.i - 1, -1):
            if doc[i].text in {",", "(", "--"} or (doc[i].lower_ == "and" and i > 0 and
                                                   doc[i - 1].ent_type_ == "PERSON"):
                # "Vietnam's Trade Minister X" keeps Vietnam; "Putin and U.S. President X"
                start = i + 1
                break
        while start < ent.start and (doc[start].tag_ == "POS" or doc[start].is_punct or
                                     clock_time(doc[start]) or doc[start].is_space):
            start += 1
        while start < ent.start and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        end = ent.start
        while end > start and honorific(doc[end - 1]):
            end -= 1
        rank_only = end - start == 1 and root.dep_ == "appos" and root.head.i < start
        past = doc[start].lower_ in _PAST_WORDS and root.dep_ == "appos" and \
            root.head.i < start and role_word(root.head)  # "its envoy, former diplomat X"
        if start < end and not rank_only and not past:  # "army chief, General X": the role
            return start, end  # is "army chief"
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and \
                head.head.head.pos_ in {"NOUN", "PROPN"} and head.head.head.i < head.i:
            head = head.head.head  # "the envoy for Sudan, X": X belongs to "envoy", but
            # in "was backed by the minister, X" the role starts at "the minister"
        end = ent.start
        while end > head.left_edge.i and (doc[end - 1].is_punct or honorific(doc[end - 1])):
            end -= 1
        comma = next((t.i for t in doc[head.i:end] if t.text == ","), end)
        return _hyphen_start(doc, head.left_edge.i), comma  # "army chief, General X": not
        # the rank
    after = sorted((c for t in ent for c in t.children if c.dep_ == "appos" and
                    c.i > ent.end - 1), key=lambda c: c.i)  # also under a name's part
    # the parse cut at a hyphen ("Ryu Min-jae, the council's president")
    governed = _governing_clause(root)
    if after and governed is not None and _past(after[0]):
        return governed  # "X, a former judge, leads the delegation of Y": what X is now
    if after and doc[ent.end].text not in {"(", ":"}:  # "Ruiz: The day ...": a transcript's
        # label, not an apposition
        end = after[0].right_edge.i + 1
        for child in after[1:]:  # "vice-president" parsed as three appositions
            if child.left_edge.i == end and "-" in {child.text, doc[end - 1].text}:
                end = child.right_edge.i + 1
        inner = [t.i for t in after[0].subtree if t.dep_ == "appos" and t.head.i > after[0].i
                 and t.head.dep_ == "pobj" and doc[t.left_edge.i - 1].text == ","]
        if inner:  # "X, a vice president at Y, one of the owners, said": the second
            end = min(end, doc[min(inner)].left_edge.i - 1)  # apposition describes Y
        return after[0].left_edge.i, end
    for child in root.children:
        if child.dep_ == "relcl" and any(t.lemma_.lower() in ROLE_VERBS or
                                         t.lower_.split("-")[-1] in ROLE_VERBS
                                         for t in doc[child.left_edge.i:child.i + 1]):
            return child.i, child.right_edge.i + 1
    if governed is not None:
        return governed
    return _sibling_apposition(ent) or _left_role(doc, ent.start, stop)


def _sibling_apposition(ent: Any) -> tuple[int, int] | None:
    """A role between commas after the name that the parse made a second subject of the
    verb ("X, the spokesman for the Y Forum, said ..."): the words up to the comma."""
    doc, start = ent.doc, ent.end + 1
    if start >= len(doc) or doc[ent.end].text != "," or doc[start].lower_ not in {
            "the", "a", "an", "its", "his", "her", "their"}:
        return None
    comma = next((t.i for t in doc[start:min(len(doc), start + 14)] if t.text == ","), None)
    if comma is None:
        return None
    tops = [t for t in doc[start:comma] if not start <= t.head.i < comma]
    if len(tops) != 1 or not role_word(tops[0]) or tops[0].head.i != ent.root.head.i or \
            tops[0].dep_ != ent.root.dep_:
        return None
    return start, comma


def _hyphen_start(doc: Any, start: int) -> int:
    """The start of a role the parse cut at a hyphen ("Its vice" + "-president"): the
    words joined to it by a hyphen without spaces, with their own modifiers."""
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        start = doc[start - 2].left_edge.i
    return start


# Verbs whose subject holds an office in what they govern when they are the clause's own
# predicate ("X runs Skagerrak Mutual, an insurer ...", "X heads the union").
_GOVERNING_VERBS = {"run", "lead", "head", "chair", "direct"}


def _governing_clause(root: Any) -> tuple[int, int] | None:
    """The predicate "runs Y" of a name that is its subject ("X runs Y, an Oslo-based
    insurer", "X has led the union since 2019"), with Y a name or a definite body noun:
    a role in Y, as in "X, who runs Y", without Y's relative clauses; ``None``
    otherwise."""
    verb = root.head
    if root.dep_ == "nsubj" and verb.i > root.i and verb.lemma_.lower() == "be":
        return _copular_role(verb)
    if root.dep_ != "nsubj" or verb.i < root.i or verb.pos_ != "VERB" or \
            verb.lemma_.lower() not in _GOVERNING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and body_owner(obj) is not None:
        return verb.i, obj.i + 1  # "X has led the alliance's bargaining team"
    if obj is None or not (obj.pos_ == "PROPN" or (any(
            c.lower_ in {"the", "its", "their"} for c in obj.children) and (
            obj.lemma_.lower() in words("roles", "organization_nouns") or any(
                g.dep_ == "pobj" and g.pos_ == "PROPN" for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)))):
        return None  # "X leads the polls"
    clauses = {t.i for c in obj.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return verb.i, max(t.i for t in obj.subtree if t.i not in clauses) + 1


# A body of a named or definite owner that a person can lead for it ("the union's
# delegation", "its negotiating panel").
_OWNED_BODY_NOUNS = {"panel", "delegation", "team", "mission", "office", "board", "council",
                     "committee", "secretariat", "wing", "side"}


def body_owner(obj: Any) -> Any | None:
    """The definite owner of a governed object that is a body, or ``None``: "the alliance"
    of "the alliance's bargaining team", "its" of "its delegation", "Velmora" of
    "Velmora's board" (not of "the country's recovery")."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in _OWNED_BODY_NOUNS | words(
            "roles", "organization_nouns"):
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and (
        c.lower_ in {"its", "their"} or c.pos_ == "PROPN" or any(
            g.lower_ == "the" for g in c.children))), None)


def _past(appos: Any) -> bool:
    """Whether an apposition names a past standing ("a former judge", "an ex-minister")."""
    return any(t.lower_ in _PAST_WORDS for t in appos.doc[appos.left_edge.i:appos.i])


def _copular_role(verb: Any) -> tuple[int, int] | None:
    """The predicate noun of "X is Y's deputy minister for ...", "X is the spokeswoman of
    Y" when it is a role noun: the noun phrase without its relative clauses; ``None`` for
    other predicates ("X is confident", "X is the reason")."""
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or attr.pos_ not in {"NOUN", "PROPN"} or not role_word(attr):
        return None
    clauses = {t.i for c in attr.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
    return attr.left_edge.i, max(t.i for t in attr.subtree if t.i not in clauses) + 1


def strip_titles(name: Any) -> Any | None:
    """A person's name without leading titles ("Representative Gregory Vance", "Dr Ana
    Ruiz"); ``None`` when only titles are left ("the Health Secretary" tagged PERSON)."""
    start = name.start
    while start < name.end and (honorific(name.doc[start]) or role_word(name.doc[start])
                                or name.doc[start].is_punct):
        start += 1
    if start >= name.end or role_word(name.doc[name.end - 1]):
        return None
    return name.doc[start:name.end]
