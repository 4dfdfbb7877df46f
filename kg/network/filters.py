"""Filters shared by every view: issues, actors, date range, articles, publishers.

Values are given as a user types them (``russia``, ``territory``,
``kgr:actor/russia``, ``<https://...>``) and resolved to IRIs with
:func:`kg.queries.to_term`, exactly like query parameters. Publishers may also
be given by label (``"The Moscow Times"``).

Dates may be partial (``2025``, ``2025-11``, ``2025-11-30``): an item is kept
when its date *interval* overlaps ``[since, until]``; undated items are dropped
as soon as a date bound is set.

>>> f = Filters.parse(issues=["territory"], since="2025-12")
>>> f.issues
('https://w3id.org/kg-negotiation/issue/territory',)
>>> f.date_ok("2025-12-03"), f.date_ok("2025-11"), f.date_ok(None)
(True, False, False)
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import networkx as nx

from kg.errors import QueryError
from kg.network.records import StanceRecord


def date_interval(value: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a (possibly partial) ISO date.

    >>> date_interval("2025-02")
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> date_interval("2024")
    (datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))
    """
    raw = value.strip()[:10]
    try:
        parts = [int(p) for p in raw.split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
        day = dt.date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        raise QueryError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}") from None


def _resolve(kind: str, values: Iterable[str]) -> tuple[str, ...]:
    from kg.queries import to_term

    return tuple(dict.fromkeys(str(to_term(kind, v.strip())) for v in values if v.strip()))


@dataclass(frozen=True)
class Filters:
    """Resolved filters; every field empty/None means "no filter"."""

    issues: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    articles: tuple[str, ...] = ()
    publishers: tuple[str, ...] = ()

    @classmethod
    def parse(cls, *, issues: Sequence[str] = (), actors: Sequence[str] = (),
              since: str | None = None, until: str | None = None,
              articles: Sequence[str] = (), publishers: Sequence[str] = ()) -> Filters:
        """Resolve user-typed values; raises :class:`kg.errors.QueryError` on bad ones.

        >>> Filters.parse(since="2025-13-01")
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: not a date (YYYY, YYYY-MM or YYYY-MM-DD): '2025-13-01'
        """
        start = date_interval(since)[0] if since else None
        end = date_interval(until)[1] if until else None
        if start and end and start > end:
            raise QueryError(f"--since {since} is after --until {until}")
        pubs = tuple(p.strip() for p in publishers if p.strip())
        return cls(issues=_resolve("issue", issues), actors=_resolve("actor", actors),
                   since=start, until=end, articles=_resolve("article", articles),
                   publishers=pubs + tuple(p for p in _resolve("actor", pubs) if p not in pubs))

    @property
    def active(self) -> bool:
        """Whether any filter is set.

        >>> Filters().active, Filters.parse(actors=["russia"]).active
        (False, True)
        """
        return bool(self.issues or self.actors or self.since or self.until or self.articles
                    or self.publishers)

    @property
    def narrows_items(self) -> bool:
        """Whether a date, article or publisher filter is set (these narrow every item).

        >>> Filters.parse(issues=["territory"]).narrows_items
        False
        """
        return bool(self.since or self.until or self.articles or self.publishers)

    def date_ok(self, value: str | None) -> bool:
        """Whether a (partial) date overlaps the range; undated fails only with a range set."""
        if self.since is None and self.until is None:
            return True
        if not value:
            return False
        first, last = date_interval(value)
        return (self.since is None or last >= self.since) and (
            self.until is None or first <= self.until)

    def publisher_ok(self, publisher: str | None, label: str | None) -> bool:
        """Whether the publisher (IRI or label, case-insensitive) is one of those asked for.

        >>> Filters.parse(publishers=["the moscow times"]).publisher_ok(None, "The Moscow Times")
        True
        """
        if not self.publishers:
            return True
        wanted = {p.casefold() for p in self.publishers}
        return any(v is not None and v.casefold() in wanted for v in (publisher, label))

    def article_ok(self, article: str | None) -> bool:
        """Whether the source article is one of those asked for.

        >>> Filters.parse(articles=["a1"]).article_ok("https://w3id.org/kg-negotiation/id/article/a1")
        True
        """
        return not self.articles or article in self.articles

    def issue_ok(self, issues: Iterable[str]) -> bool:
        """Whether one of the item's issues is one of those asked for.

        >>> Filters(issues=("i",)).issue_ok(["j", "i"]), Filters(issues=("i",)).issue_ok([])
        (True, False)
        """
        return not self.issues or bool(set(issues) & set(self.issues))

    def keep_stance(self, stance: StanceRecord) -> bool:
        """Issue, date, article and publisher filters (actors are applied to the graph).

        >>> s = StanceRecord("s", "a", "p", "support", issues=["i"], date="2025-12-03")
        >>> Filters(issues=("i",)).keep_stance(s), Filters(issues=("j",)).keep_stance(s)
        (True, False)
        """
        return (self.issue_ok(stance.issues) and self.date_ok(stance.date)
                and self.article_ok(stance.article)
                and self.publisher_ok(stance.publisher, stance.publisher_label))


def restrict_to_actors(graph: nx.Graph, actors: Sequence[str]) -> nx.Graph:
    """The named actors and their direct neighbours (the union of their ego networks).

    >>> import networkx as nx
    >>> g = nx.Graph([("a", "p"), ("b", "p"), ("c", "q")])
    >>> sorted(restrict_to_actors(g, ["a"]).nodes)
    ['a', 'p']
    >>> sorted(restrict_to_actors(g, []).nodes)
    ['a', 'b', 'c', 'p', 'q']
    """
    if not actors:
        return graph
    keep: set[str] = set()
    undirected = graph.to_undirected(as_view=True)
    for actor in actors:
        if actor in graph:
            keep.add(actor)
            keep.update(undirected.neighbors(actor))
    return graph.subgraph(keep).copy()
