"""``kg upgrade``: bring a store written by an older kg to this kg's data version in place.

The statements ``kg.compile`` derives from the coded ones (docs/design.md: the direct
statements ``holder neg:supports target`` ..., ``neg:evidenceText`` on stances) are deleted
and derived again inside the store, in every named graph, by one SPARQL Update
(``INSERT ... WHERE`` from each stance's holder, target and value and from its evidence
chain), and this kg's data version (:mod:`kg.data_version`) is recorded with them; the
ontology graph is replaced with this kg's, as a build does:

- on the embedded store, in a new generation published atomically like every write
  (:meth:`kg.store.OxigraphStore.upgrade`); the recomputed stances are checked before it is
  published, and a check that fails publishes nothing;
- on a SPARQL endpoint, in one update request (one transaction on the server); the stances
  are checked first.

The update derives exactly what ``kg.compile`` derives (the mapping of values to properties
is :data:`kg.compile.DIRECT`); the tests compare every graph of an upgraded store with a
fresh build's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.compile import DIRECT, VALUE
from kg.data_version import DATA_VERSION, METADATA_GRAPH, OutdatedStoreError
from kg.errors import StoreError
from kg.iri import ONTOLOGY_GRAPH
from kg.namespace import NEG, OA
from kg.remote import RemoteStore
from kg.shapes import ontology_graph
from kg.store import OxigraphStore, Store

_EVIDENCE_TEXT = NEG.evidenceText
_DERIVED = " ".join(f"<{p}>" for p in (*DIRECT.values(), _EVIDENCE_TEXT))
_VALUE_TO_DIRECT = " ".join(f"(<{VALUE[v]}> <{p}>)" for v, p in DIRECT.items())
_KNOWN_VALUES = ", ".join(f"<{v}>" for v in VALUE.values())
_STANCE = f"?s a <{NEG.Stance}>"
_EXACT = f"<{NEG.hasEvidence}>/<{OA.hasTarget}>/<{OA.hasSelector}>/<{OA.exact}>"


def recompute_update(*, merged_default: bool) -> str:
    """The SPARQL Update that deletes every derived statement and derives them again in each
    named graph. ``merged_default``: the store keeps the merge of its named graphs in the
    default graph (the embedded store), which is updated alike; remote servers compute
    their union default graph themselves."""
    also = "?s ?p ?o ." if merged_default else ""
    direct_also = "?h ?direct ?t ." if merged_default else ""
    text_also = f"?s <{_EVIDENCE_TEXT}> ?x ." if merged_default else ""
    ops = [
        f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ VALUES ?p {{ {_DERIVED} }} GRAPH ?g {{ ?s ?p ?o }} }}",
        f"INSERT {{ GRAPH ?g {{ ?h ?direct ?t }} {direct_also} }} WHERE {{ GRAPH ?g {{ "
        f"?s <{NEG.stanceValue}> ?value ; <{NEG.holder}> ?h ; <{NEG.target}> ?t ; a <{NEG.Stance}> }} "
        f"VALUES (?value ?direct) {{ {_VALUE_TO_DIRECT} }} }}",
        f"INSERT {{ GRAPH ?g {{ ?s <{_EVIDENCE_TEXT}> ?x }} {text_also} }} WHERE {{ GRAPH ?g {{ {_STANCE} ; "
        f"<{NEG.hasEvidence}> ?e . ?e <{OA.hasTarget}> ?target . ?target <{OA.hasSelector}> ?quote . "
        f"?quote <{OA.exact}> ?x }} }}",
    ]
    if merged_default:
        ops.insert(0, f"DELETE {{ {also} }} WHERE {{ VALUES ?p {{ {_DERIVED} }} {also} }}")
    return " ;\n".join(ops)


# (the order of the patterns is the one Oxigraph evaluates fastest: about 2x at 1M triples)

# a stance the derivation cannot be right for: not exactly one holder, target and known value,
# or no evidence text (SHACL requires all of them of every sheet; a store changed by hand may not)
CHECK_QUERY = f"""
SELECT ?g ?s (COUNT(DISTINCT ?h) AS ?holders) (COUNT(DISTINCT ?t) AS ?targets)
       (COUNT(DISTINCT ?v) AS ?values) (COUNT(DISTINCT ?x) AS ?texts)
WHERE {{
  GRAPH ?g {{
    {_STANCE}
    OPTIONAL {{ ?s <{NEG.holder}> ?h }}
    OPTIONAL {{ ?s <{NEG.target}> ?t }}
    OPTIONAL {{ ?s <{NEG.stanceValue}> ?v FILTER (?v IN ({_KNOWN_VALUES})) }}
    OPTIONAL {{ ?s {_EXACT} ?x }}
  }}
  FILTER (?g != <{METADATA_GRAPH}>)
}}
GROUP BY ?g ?s
HAVING (COUNT(DISTINCT ?h) != 1 || COUNT(DISTINCT ?t) != 1 || COUNT(DISTINCT ?v) != 1
        || COUNT(DISTINCT ?x) = 0)
LIMIT 1
"""


def _problem(where: str, row: dict[str, str]) -> StoreError:
    counts = ", ".join(f"{row[k]} {k}" for k in ("holders", "targets", "values", "texts"))
    return StoreError(f"cannot upgrade the store at {where}: stance <{row['s']}> in graph <{row['g']}> "
                      f"has {counts} (a stance needs exactly one holder, target and stance value, "
                      "and evidence with a quote); fix or rebuild its article, nothing was changed")


@dataclass
class UpgradeReport:
    """What ``kg upgrade`` found and did."""

    where: str
    found: int | None  # the data version before (None: the store holds no data)
    upgraded: bool
    graphs: int = 0


def _check_embedded(store: Any, where: str) -> None:
    for solution in store.query(CHECK_QUERY):
        raise _problem(where, {k: solution[k].value for k in ("g", "s", "holders", "targets", "values", "texts")})


def upgrade(store: Store) -> UpgradeReport:
    """Upgrade ``store`` (embedded or remote) to :data:`DATA_VERSION` in place, all or
    nothing; a store already of this version, or without data, is left as it is."""
    if not isinstance(store, OxigraphStore | RemoteStore):
        raise StoreError(f"cannot upgrade a {type(store).__name__}: only the embedded store and "
                         "SPARQL endpoints record a data version")
    where = store.endpoint if isinstance(store, RemoteStore) else str(store.path or "(memory)")
    found = store.data_version()
    if found is None or found == DATA_VERSION:
        return UpgradeReport(where, found, upgraded=False)
    if found > DATA_VERSION:
        raise OutdatedStoreError(where, found)
    ontology = {ONTOLOGY_GRAPH: ontology_graph()}  # this kg's, as a build writes it
    if isinstance(store, RemoteStore):
        rows = store.query(CHECK_QUERY, any_version=True).rows
        if rows:
            raise _problem(where, {k: str(v) for k, v in rows[0].items()})
        store.upgrade(recompute_update(merged_default=False), ontology)
    else:
        update = recompute_update(merged_default=True)

        def recompute(writer: Any) -> None:
            try:
                writer.update(update)
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"cannot upgrade the store at {where}: {exc}") from None
            _check_embedded(writer, where)
        store.upgrade(recompute, ontology)
    return UpgradeReport(where, found, upgraded=True, graphs=len(store.graph_names()))
