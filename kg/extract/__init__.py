"""Automatic extraction of coding sheets from news articles (``kg ingest``).

>>> from kg.extract import Article, Extractor  # doctest: +SKIP
>>> sheet = Extractor().extract(Article("a1", text, {"date": "2026-03-04"}))  # doctest: +SKIP
"""

from kg.extract.pipeline import Article, Extractor

__all__ = ["Article", "Extractor"]
