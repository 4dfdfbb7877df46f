"""Two whole-graph named queries answered in parts on the embedded store, joined in Python.

``contested`` and ``agreement`` pair actors over the direct statements derived from
stances (``neg:supports``, ``neg:opposes``, ...): a few thousand statements make tens of
thousands of rows. Oxigraph 0.5 finds those rows quickly (0.3 s at 1M triples) but then
decodes every IRI of every row from RocksDB, five per row, which costs twice as much as
the join. So for these two queries, without parameters, on the embedded store,
:func:`plan` asks the engine only for the parts (the direct statements and the issues of
their targets, a few thousand rows) and joins them here, row for row what the query text
gives (the tests compare both on the seed and on a synthetic corpus). With parameters, or
for a query file that is not the shipped one, the engine evaluates the text.

Label columns are left unbound: :mod:`kg.query_labels` fills them, as it does for the
engine's answer.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from rdflib.term import Node

from kg.store import OxigraphStore, QueryResult

_NEG = "PREFIX neg: <https://w3id.org/kg-negotiation/ontology#>\n"
_AGAINST = ("(neg:opposes neg:oppose) (neg:supportsConditionally neg:conditional) "
            "(neg:hasMixedViewOn neg:mixed)")
_ANY = f"(neg:supports neg:support) {_AGAINST} (neg:isNeutralOn neg:neutral)"
_DIRECT = "neg:supports neg:opposes neg:supportsConditionally neg:hasMixedViewOn neg:isNeutralOn"
_ISSUES = "SELECT ?target ?issue WHERE {{ {{ SELECT DISTINCT ?target WHERE {{ VALUES ?direct {{ {d} }} " \
          "?actor ?direct ?target }} }} ?target neg:onIssue ?issue }}"

Row = dict[str, Node | None]


def _issues(store: OxigraphStore, directs: str) -> dict[Node, list[Node]]:
    """The issues of every target of the given direct properties."""
    found: dict[Node, list[Node]] = defaultdict(list)
    for row in store.query(_NEG + _ISSUES.format(d=directs)).rows:
        found[row["target"]].append(row["issue"])  # type: ignore[index,arg-type]
    return found


def contested(store: OxigraphStore) -> QueryResult:
    """``kg/queries/contested.rq`` without its label lookups and its order."""
    names = ["target", "target_label", "issue", "issue_label", "supporter", "supporter_label",
             "opponent", "opponent_label", "opponent_value", "opponent_value_label"]
    supporters = store.query(_NEG + "SELECT ?supporter ?target WHERE { ?supporter neg:supports ?target }").rows
    against: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for row in store.query(_NEG + "SELECT ?target ?opponent ?opponent_value WHERE { VALUES (?against "
                           f"?opponent_value) {{ {_AGAINST} }} ?opponent ?against ?target }}").rows:
        against[row["target"]].append((row["opponent"], row["opponent_value"]))  # type: ignore[index,arg-type]
    issues = _issues(store, "neg:supports")
    rows: list[Row] = []
    for s in supporters:
        supporter, target = s["supporter"], s["target"]
        for opponent, value in against.get(target, ()):  # type: ignore[arg-type]
            if opponent != supporter:
                rows.extend({"target": target, "target_label": None, "issue": issue, "issue_label": None,
                             "supporter": supporter, "supporter_label": None, "opponent": opponent,
                             "opponent_label": None, "opponent_value": value, "opponent_value_label": None}
                            for issue in issues.get(target, ()))  # type: ignore[arg-type]
    return QueryResult(vars=names, rows=rows)


def agreement(store: OxigraphStore) -> QueryResult:
    """``kg/queries/agreement.rq`` without its label lookups and its order."""
    names = ["actor_a", "actor_a_label", "actor_b", "actor_b_label", "target", "target_label",
             "issue", "issue_label", "value", "value_label"]
    holders: dict[tuple[Node, Node], list[Node]] = defaultdict(list)
    for row in store.query(_NEG + f"SELECT ?actor ?target ?value WHERE {{ VALUES (?direct ?value) {{ {_ANY} }} "
                           "?actor ?direct ?target }").rows:
        holders[(row["target"], row["value"])].append(row["actor"])  # type: ignore[index,arg-type]
    issues = _issues(store, _DIRECT)
    rows: list[Row] = []
    for (target, value), actors in holders.items():
        keyed = [(str(a), a) for a in actors]
        for key_a, a in keyed:
            for key_b, b in keyed:
                if key_a < key_b:  # FILTER (STR(?actor_a) < STR(?actor_b))
                    rows.extend({"actor_a": a, "actor_a_label": None, "actor_b": b, "actor_b_label": None,
                                 "target": target, "target_label": None, "issue": issue, "issue_label": None,
                                 "value": value, "value_label": None}
                                for issue in issues.get(target, ()))
    return QueryResult(vars=names, rows=rows)


_PLANS: dict[str, Callable[[OxigraphStore], QueryResult]] = {"contested": contested, "agreement": agreement}


def plan(name: str, path: str, text: str, bindings: dict[str, Node]) -> Callable[[OxigraphStore], QueryResult] | None:
    """The plan for the shipped named query ``name`` run without parameters, else None."""
    if bindings or name not in _PLANS:
        return None
    shipped = Path(__file__).parent / "queries" / f"{name}.rq"
    try:
        same = Path(path).resolve() == shipped.resolve() and shipped.read_text(encoding="utf-8") == text
    except OSError:
        return None
    return _PLANS[name] if same else None
