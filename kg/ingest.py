"""``kg ingest``: articles (text files, HTML files, URLs) → machine coding sheets → store.

Each source is read (HTML main text is extracted with trafilatura, which drops
the page furniture), its metadata taken from the first place that has it (a
``NAME.meta.json`` sidecar, the HTML's own metadata, then the command-line
values), extracted, and written atomically as ``DRAFTS/<id>.yaml`` with the
exact text the offsets refer to saved next to it as ``DRAFTS/<id>.txt``. The
drafts then go through the same build as curated sheets (named graph
``kgr:graph/<id>/machine``; a curated coding of the same article wins).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.iri import is_slug, slugify

if TYPE_CHECKING:
    from kg.extract import Article, Extractor
    from kg.store import Store

DEFAULT_DRAFTS = Path("data/drafts")
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 20.0
META_FIELDS = ("id", "title", "publisher", "url", "date", "language")
REQUIRED = ("title", "publisher", "url", "date")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


class IngestError(KgError):
    """A source cannot be read or lacks the metadata a coding sheet needs."""


@dataclass
class IngestReport:
    """What an ingest did."""

    drafts: list[Path] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # curated coding takes precedence
    mode: str = ""
    store_triples: int = 0


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """GET ``url`` (http/https only) with a timeout and a size limit: (body, content type)."""
    request = urllib.request.Request(url, headers={"User-Agent": "kg-ingest/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read(max_bytes + 1)
            ctype = response.headers.get("Content-Type", "")
    except (urllib.error.URLError, TimeoutError, ValueError) as exc:
        raise IngestError(f"{url}: cannot fetch: {getattr(exc, 'reason', exc)}") from None
    if len(body) > max_bytes:
        raise IngestError(f"{url}: larger than {max_bytes} bytes")
    return body, ctype


def html_text(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """Main text and metadata of an HTML page (trafilatura; imported lazily)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text or not text.strip():
        raise IngestError(f"{source}: no article text found in the HTML")
    doc = trafilatura.extract_metadata(html)
    meta: dict[str, Any] = {}
    if doc is not None:
        for key, attr in (("title", "title"), ("publisher", "sitename"), ("url", "url"),
                          ("date", "date")):
            value = getattr(doc, attr, None)
            if value:
                meta[key] = str(value)
        if not meta.get("publisher") and getattr(doc, "hostname", None):
            meta["publisher"] = str(doc.hostname)
    return text.strip() + "\n", meta


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if not side.is_file():
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(f"{side}: not a readable JSON object: {exc}") from None
    if not isinstance(data, dict):
        raise IngestError(f"{side}: expected a JSON object")
    return data


def read_source(source: str, overrides: dict[str, Any] | None = None) -> Article:
    """Read one source into an :class:`~kg.extract.Article` with complete metadata."""
    from kg.extract import Article

    layers: list[dict[str, Any]] = []
    if _is_url(source):
        body, ctype = fetch(source)
        decoded = body.decode("utf-8", errors="replace")
        if "html" in ctype or decoded.lstrip()[:1] == "<":
            text, meta = html_text(decoded, source)
            layers.append(meta)
        else:
            text = decoded
        layers.append({"url": source})
        stem = slugify(source.rstrip("/").rsplit("/", 1)[-1] or "article")
    else:
        path = Path(source)
        if not path.is_file():
            raise IngestError(f"{source}: no such file")
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise IngestError(f"{source}: cannot read as UTF-8 text: {exc}") from None
        layers.append(_sidecar(path))
        if path.suffix.lower() in HTML_SUFFIXES:
            text, meta = html_text(raw, source)
            layers.append(meta)
        else:
            text = raw
        stem = slugify(path.name.rsplit(".", 1)[0])
    layers.append({k: v for k, v in (overrides or {}).items() if v})
    meta = {}
    for key in META_FIELDS:
        meta[key] = next((layer[key] for layer in layers if layer.get(key)), None)
    missing = [k for k in REQUIRED if not meta.get(k)]
    if missing:
        flags = ", ".join(f"--{k}" for k in missing)
        raise IngestError(f"{source}: no {', '.join(missing)} (give {flags} or a "
                          f"{stem}.meta.json sidecar)")
    meta["date"] = str(meta["date"])[:10]
    article_id = str(meta.pop("id") or stem)
    if not is_slug(article_id):
        raise IngestError(f"{source}: article id {article_id!r} is not a slug")
    return Article(article_id, text, {k: v for k, v in meta.items() if v})


def harmonise_actors(sheet: dict[str, Any], canonical: dict[str, dict[str, Any]]) -> None:
    """Actors are global: one id keeps the label and type it was first given in a batch;
    another article's different spelling becomes an alias."""
    for actor in sheet.get("actors") or []:
        first = canonical.setdefault(actor["id"], {"label": actor["label"], "type": actor["type"]})
        if actor["label"] != first["label"]:
            aliases = [a for a in actor.get("aliases") or [] if a != first["label"]]
            actor["aliases"] = aliases + [actor["label"]]
            actor["label"] = first["label"]
        actor["type"] = first["type"]


def write_draft(sheet: dict[str, Any], text: str, drafts_dir: Path) -> Path:
    """Write ``<id>.txt`` and ``<id>.yaml`` atomically; return the YAML path."""
    from kg.annotations import write_annotation
    from kg.files import atomic_write

    article_id = sheet["article"]["id"]
    atomic_write(drafts_dir / f"{article_id}.txt", text.encode("utf-8"))
    sheet["article"]["text_file"] = f"{article_id}.txt"
    return write_annotation(sheet, drafts_dir / f"{article_id}.yaml")


def ingest(sources: Sequence[str], *, store: Store | None, drafts_dir: Path = DEFAULT_DRAFTS,
           metadata_overrides: dict[str, Any] | None = None,
           extractor: Extractor | None = None,
           progress: Callable[[str], None] | None = None, batch: int = 16,
           shacl: bool = True) -> IngestReport:
    """Extract every source, write the drafts, and build them into ``store`` (if given).

    The build is the one curated sheets go through (SHACL validation included unless
    ``shacl`` is false); ``progress`` is called with each article id once its draft is
    written."""
    from kg.extract import Extractor

    articles = [read_source(s, metadata_overrides) for s in sources]
    counts = Counter(a.id for a in articles)
    duplicates = sorted(i for i, n in counts.items() if n > 1)
    if duplicates:
        raise IngestError(f"two sources have the same article id: {duplicates[0]}")
    extractor = extractor or Extractor()
    report = IngestReport(mode=extractor.mode)
    canonical: dict[str, dict[str, Any]] = {}
    for i in range(0, len(articles), batch):
        chunk = articles[i:i + batch]
        for article, sheet in zip(chunk, extractor.extract_many(chunk), strict=True):
            harmonise_actors(sheet, canonical)
            report.drafts.append(write_draft(sheet, article.text, Path(drafts_dir)))
            report.articles.append(article.id)
            if progress is not None:
                progress(article.id)
    if store is not None and report.drafts:
        from kg.build import build

        built = build(report.drafts, store=store, shacl=shacl)
        report.skipped = built.machine_skipped
        report.store_triples = built.store_triples
    return report
