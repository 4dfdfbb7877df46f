"""Name shapes the model gets wrong: a title and a name tagged as one organisation
("House Speaker Dale"), an organisation tagged as a person ("The Ad Hoc Bondholder
Committee"), a given name left out ("Amna" of "Amna Osman Idris") and a name cut at a
hyphen ("Han Ji" of "Han Ji-woo")."""

from __future__ import annotations

from typing import Any

from kg.extract.actors import ActorTable
from kg.extract.lexicon import words
from kg.extract.roles import honorific, role_word


def titled_name(span: Any) -> bool:
    """A title followed by a name in one entity ("House Speaker Dale", "Senate Majority
    Leader Marisol"): an office word followed by a capitalised word."""
    return any(role_word(t) and not t.is_sent_start and span.doc[t.i + 1].text[:1].isupper()
               for t in span[:-1])


def org_named_person(ent: Any) -> bool:
    """An organisation the model took for a person ("The Ad Hoc Bondholder Committee")."""
    return ent.label_ == "PERSON" and len(ent) > 1 and \
        ent[-1].lower_ in words("roles", "organization_heads")


def given_name(span: Any, table: ActorTable) -> Any:
    """A name with the given name the model left out ("Amna" of "Amna Osman Idris"): proper
    nouns joined to the name before it that are no title and name no other actor."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and doc[start - 1].head.i in range(start, span.end) and doc[start - 1].is_alpha \
            and doc[start - 1].text[:1].isupper() and not role_word(doc[start - 1]) \
            and not honorific(doc[start - 1]) and table.gazetteer.lookup(doc[start - 1].text) is None:
        start -= 1
    return doc[start:span.end]


def hyphenated(span: Any) -> Any:
    """A name the model cut at a hyphen ("Han Ji" of "Han Ji-woo"), made whole."""
    doc, end = span.doc, span.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and \
            not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return doc[span.start:end]
