"""Network views of the knowledge graph: rows -> records -> networkx projections -> analysis/export.

Modules: :mod:`~kg.network.records` (rows to records), :mod:`~kg.network.rows`
(fetching rows from a store), :mod:`~kg.network.filters`,
:mod:`~kg.network.projections` (the views), :mod:`~kg.network.analysis`,
:mod:`~kg.network.report` (text tables) and :mod:`~kg.network.export`
(GraphML, GEXF, CSV).
"""
