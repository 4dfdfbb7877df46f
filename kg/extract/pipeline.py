"""The extraction pipeline: article text in, machine coding sheet (a dict) out.

Stages (one module each): clean-up (:mod:`kg.extract.clean`), sentences
(:mod:`~kg.extract.segment`), actors (:mod:`~kg.extract.mentions`,
:mod:`~kg.extract.actors`), attribution (:mod:`~kg.extract.attribution`),
issues, stance values, positions, events, and the sheet
(:mod:`~kg.extract.coding`). The spaCy model is loaded once and articles are
parsed together with ``nlp.pipe``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.extract import coding, fallback
from kg.extract.actor_ids import settle_ids
from kg.extract.actors import ActorTable
from kg.extract.attribution import attribute
from kg.extract.clean import clean, dateline
from kg.extract.commentary import without_forecasts
from kg.extract.events import Event, detect, inherited_participants, same_event
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.interview import answer_indices
from kg.extract.issue_turns import answered_questions
from kg.extract.issues import IssueScheme, load_scheme
from kg.extract.learn.cued_gate import gate_cued
from kg.extract.learn.features import ArticleContext, ItemRow, item_rows
from kg.extract.learn.model import LearnedModel, default_model
from kg.extract.learn.uncued import decider
from kg.extract.mentions import Mentions, find_mentions
from kg.extract.nlp import load_model, model_name
from kg.extract.orgtails import settle_org_ids
from kg.extract.positions import Positions
from kg.extract.segment import Sentence, segment_many


@dataclass
class Article:
    """One article to extract: its id, the exact text and its metadata."""

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _article_date(meta: dict[str, Any]) -> date | None:
    value = meta.get("date")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _settle_person_ids(table: ActorTable) -> dict[str, str]:
    """Give a person first named by surname alone the id of the full name found later
    (:func:`kg.extract.actor_ids.settle_ids`). Returns old id -> new id."""
    from kg.iri import slugify

    return settle_ids(table, lambda actor: slugify(actor.label) if actor.type == "person"
                      else None)


_LOCATIVE_RE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)


def _event_place(sent: Sentence, places: list[tuple[int, int, str, int]]) -> str | None:
    """The place of an event reported in ``sent``: the first place after a locative
    preposition ("talks in Brussels"), else the first place named in the sentence.

    >>> s = Sentence(0, 100, 150, "Kosovo and Serbia met in Brussels.", 0, False)
    >>> _event_place(s, [(100, 106, "Kosovo", 0), (125, 133, "Brussels", 0)])
    'Brussels'
    >>> _event_place(s, [(100, 106, "Kosovo", 0)])
    'Kosovo'
    """
    mine = [(start, label) for start, _, label, idx in places if idx == sent.index]
    for start, label in mine:
        if _LOCATIVE_RE.search(sent.text[:max(0, start - sent.start)]):
            return label
    return mine[0][1] if mine else None


def _rename_references(renamed: dict[str, str], stances: list[dict[str, Any]],
                       events: list[Event]) -> None:
    """Point stance holders, voices and event participants at the settled person ids.

    >>> st = [{"holder": "haverkamp", "voiced_by": "haverkamp"}, {"holder": "union"}]
    >>> _rename_references({"haverkamp": "lena-haverkamp"}, st, [])
    >>> st
    [{'holder': 'lena-haverkamp', 'voiced_by': 'lena-haverkamp'}, {'holder': 'union'}]
    """
    for item in stances:
        for key in ("holder", "voiced_by"):
            if item.get(key) in renamed:
                item[key] = renamed[item[key]]
    for ev in events:
        ev.participants = [renamed.get(p, p) for p in ev.participants]


def _default_learned(use_spacy: bool) -> LearnedModel | None:
    """The shipped learned model, if it was trained in this mode (with or without spaCy:
    the rule-only fallback's statements differ from the parsed ones)."""
    model = default_model()
    if model is None or bool(model.meta.get("spacy", True)) != use_spacy:
        return None
    return model


class Extractor:
    """Holds the model, the gazetteer and the issue scheme; extracts many articles.

    ``learned``: the learned component (:mod:`kg.extract.learn`) that re-ranks issues and
    sets confidences; by default the shipped model when ``use_learned`` (``None`` if the
    package has none, or when it was trained in the other mode, with or without spaCy).
    ``keep_features`` records each article's item features in ``features`` (rule items,
    before the learned model), to train on.
    """

    def __init__(self, *, use_spacy: bool = True, gazetteer: Gazetteer | None = None,
                 scheme: IssueScheme | None = None, learned: LearnedModel | None = None,
                 use_learned: bool = True, keep_features: bool = False) -> None:
        self.nlp = load_model() if use_spacy else None
        self.gazetteer = gazetteer or load_gazetteer()
        self.scheme = scheme or load_scheme()
        self.learned = (learned or _default_learned(use_spacy)) if use_learned else None
        self.keep_features = keep_features
        self.features: dict[str, list[ItemRow]] = {}

    @property
    def mode(self) -> str:
        """"spacy" or "rule-only"."""
        return "spacy" if self.nlp is not None else "rule-only"

    def extract(self, article: Article) -> dict[str, Any]:
        """The machine coding sheet of one article."""
        return self.extract_many([article])[0]

    def extract_many(self, articles: list[Article]) -> list[dict[str, Any]]:
        """Coding sheets for several articles (parsed in one batch)."""
        return [self._sheet(a, sents) for a, sents in zip(articles, self._segment(articles),
                                                           strict=True)]

    def _segment(self, articles: list[Article]) -> list[list[Sentence]]:
        return segment_many([clean(a.text) for a in articles], self.nlp)

    def _sheet(self, article: Article, sentences: list[Sentence]) -> dict[str, Any]:
        text = article.text
        ref = _article_date(article.meta)
        excluded = {article.meta["publisher"]} if article.meta.get("publisher") else set()
        table = ActorTable(self.gazetteer, excluded=excluded, dateline=dateline(text))
        if self.nlp is not None:
            mentions = find_mentions(sentences, table)
            statements = attribute(sentences, table, mentions)
        else:
            mentions = fallback.find_mentions(sentences, table)
            statements = fallback.attribute(sentences, table, mentions)
        statements = without_forecasts(statements, answer_indices(sentences), mentions.by_token)
        body = [s.text for s in sentences if not s.heading]
        headlines = [s.text for s in sentences if s.heading]
        scheme = self.scheme.for_article(body, headlines, answered_questions(sentences))
        scheme, default_issue = scheme.with_topics(body, headlines)
        positions = Positions()
        claims: list[Any] = []
        stances = coding.stance_items(statements, text, scheme, default_issue, positions, ref,
                                      trace=claims,
                                      uncued=decider(self.learned, self.keep_features))
        if self.learned is not None or self.keep_features:
            rows = item_rows(stances, claims, ArticleContext.build(sentences, scheme,
                                                                   default_issue),
                             {a.id: a.type for a in table.actors.values()})
            if self.keep_features:
                self.features[article.id] = rows
            if self.learned is not None:
                stances, rows = gate_cued(stances, rows)
                stances = self.learned.apply(stances, rows)
        events = self._events(sentences, table, mentions, ref, scheme, default_issue)
        _rename_references(_settle_person_ids(table) | settle_org_ids(table), stances, events)
        used = {s["holder"] for s in stances} | {s["voiced_by"] for s in stances
                                                  if "voiced_by" in s}
        used |= {p for ev in events for p in ev.participants}
        targets = {s["target"] for s in stances}
        meta = dict(article.meta)
        if isinstance(meta.get("date"), date):
            meta["date"] = meta["date"].isoformat()
        sheet: dict[str, Any] = {
            "format": "kg-annotation/1",
            "article": coding.article_block(article.id, text, meta),
            "coding": {
                "status": "machine",
                "coder": coding.CODER,
                "date": date.today().isoformat(),
                "note": f"Machine extraction ({model_name(self.nlp)}); not reviewed.",
            },
            "actors": coding.actor_items(table, text, used),
            "positions": [p for p in positions.items.values() if p["id"] in targets],
            "stances": stances,
            "events": coding.event_items(events, text, article_id=article.id),
        }
        return sheet

    def _events(self, sentences: list[Sentence], table: ActorTable, mentions: Mentions,
                ref: date | None, scheme: IssueScheme,
                default_issue: str | None) -> list[Event]:
        events: list[Event] = []
        for sent in sentences:
            if sent.heading:
                continue
            found = detect(sent.text, ref)
            if found is None:
                continue
            kind, status, when = found
            ids = list(dict.fromkeys(aid for (idx, _), aid in sorted(mentions.by_token.items())
                                     if idx == sent.index))
            ids = ids or inherited_participants(kind, when, events)  # "both sides will meet"
            if not ids:
                continue
            event = Event(kind, status, when, _event_place(sent, mentions.places), ids,
                          [table.actors[i].label for i in ids],
                          scheme.classify(sent.text, default_issue), sent.start, sent.end,
                          0.6 if when else 0.5)
            if not any(same_event(event, other) for other in events):
                events.append(event)
        return events
