"""Deterministic, safe IRIs for everything kg mints.

Ids are slugs (``[a-z0-9][a-z0-9-]*``); anything else is turned into one by
:func:`slugify`, so article text can never smuggle characters into an IRI. The IRIs
of items shared across articles are remembered (a build mints each many times).

>>> str(actor_iri("russia"))
'https://w3id.org/kg-negotiation/id/actor/russia'
>>> str(stance_iri("mt-2025", "s1"))
'https://w3id.org/kg-negotiation/id/article/mt-2025/stance/s1'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.namespace import ISSUE_IRI, KGR_IRI

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,127}$")
# Letters that Unicode decomposition does not reduce to ASCII, folded as they are usually
# transliterated ("Sæterhaug" -> saeterhaug, "Arıkan" -> arikan, "Łukasz" -> lukasz).
LETTER_FOLDS = str.maketrans({"ı": "i", "İ": "I", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae",
                              "œ": "oe", "Œ": "Oe", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                              "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")

ONTOLOGY_GRAPH = URIRef(KGR_IRI + "graph/ontology")


def is_slug(value: str) -> bool:
    """Whether ``value`` is a valid kg id.

    >>> is_slug("united-states"), is_slug("US"), is_slug("a b"), is_slug("x>")
    (True, False, False, False)
    """
    return bool(SLUG_RE.match(value))


def slugify(text: str, *, max_length: int = 80) -> str:
    """Turn any text into an id: ASCII, lower case, hyphens.

    >>> slugify("Volodymyr Zelensky")
    'volodymyr-zelensky'
    >>> slugify("U.S. special envoy")
    'u-s-special-envoy'
    >>> slugify("Ingvild Sæterhaug")
    'ingvild-saeterhaug'
    >>> slugify("<script>alert(1)</script>")
    'script-alert-1-script'
    >>> slugify("???")
    'x-2d86'
    """
    folded = unicodedata.normalize("NFKD", text.translate(LETTER_FOLDS))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    if not slug:
        slug = "x-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:4]
    return slug


def _mint(*parts: str) -> URIRef:
    for part in parts:
        if not is_slug(part):
            raise ValueError(f"not a valid id: {part!r}")
    return URIRef(KGR_IRI + "/".join(parts))


@lru_cache(maxsize=65536)
def actor_iri(actor_id: str) -> URIRef:
    """IRI of an actor, shared across articles."""
    return _mint("actor", actor_id)


@lru_cache(maxsize=65536)
def position_iri(position_id: str) -> URIRef:
    """IRI of a position, shared across articles."""
    return _mint("position", position_id)


@lru_cache(maxsize=65536)
def proposal_iri(proposal_id: str) -> URIRef:
    """IRI of a proposal, shared across articles."""
    return _mint("proposal", proposal_id)


@lru_cache(maxsize=65536)
def event_iri(event_id: str) -> URIRef:
    """IRI of an event, shared across articles."""
    return _mint("event", event_id)


@lru_cache(maxsize=65536)
def place_iri(label: str) -> URIRef:
    """IRI of a place, from its label.

    >>> str(place_iri("Moscow")).rsplit("/", 1)[1]
    'moscow'
    """
    return _mint("place", slugify(label))


@lru_cache(maxsize=65536)
def agent_iri(name: str) -> URIRef:
    """IRI of a coder: a person or the extractor."""
    return _mint("agent", slugify(name))


@lru_cache(maxsize=65536)
def article_iri(article_id: str) -> URIRef:
    """IRI of an article."""
    return _mint("article", article_id)


def graph_iri(article_id: str, *, machine: bool = False) -> URIRef:
    """Named graph holding one article's coding (curated or machine draft).

    >>> str(graph_iri("a1", machine=True)).rsplit("/", 2)[1:]
    ['a1', 'machine']
    """
    return _mint("graph", article_id, "machine") if machine else _mint("graph", article_id)


def stance_iri(article_id: str, stance_id: str) -> URIRef:
    """IRI of a stance, scoped to its article."""
    return _mint("article", article_id, "stance", stance_id)


def evidence_iri(article_id: str, item: str, start: int, end: int) -> URIRef:
    """IRI of a piece of evidence: a stable hash of the item it supports and its span."""
    digest = hashlib.sha1(f"{item}|{start}|{end}".encode()).hexdigest()[:12]
    return _mint("article", article_id, "evidence", digest)


def relation_iri(article_id: str, subject: str, predicate: str, obj: str) -> URIRef:
    """IRI of a relation claim in an article."""
    digest = hashlib.sha1(f"{subject}|{predicate}|{obj}".encode()).hexdigest()[:12]
    return _mint("article", article_id, "relation", digest)


@lru_cache(maxsize=65536)
def issue_iri(code: str) -> URIRef:
    """IRI of an issue concept from its notation.

    >>> str(issue_iri("peace_plan"))
    'https://w3id.org/kg-negotiation/issue/peace_plan'
    """
    if not re.fullmatch(r"[a-z][a-z0-9_]*", code):
        raise ValueError(f"not a valid issue code: {code!r}")
    return URIRef(ISSUE_IRI + code)


def parse_graph_iri(name: str) -> tuple[str, bool] | None:
    """The article id of an article's named graph and whether it is a machine draft.

    >>> parse_graph_iri(str(graph_iri("a1", machine=True)))
    ('a1', True)
    >>> parse_graph_iri(str(ONTOLOGY_GRAPH)) is None
    True
    """
    prefix = KGR_IRI + "graph/"
    if not name.startswith(prefix) or name == str(ONTOLOGY_GRAPH):
        return None
    rest = name[len(prefix):]
    article, _, tail = rest.partition("/")
    return (article, tail == "machine") if is_slug(article) else None
