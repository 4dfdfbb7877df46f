"""kg ingest end to end: fixture text and HTML files into a real temporary store."""

import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest
import yaml

from kg.annotations import load_annotation
from kg.errors import KgError
from kg.extract.nlp import spacy_available
from kg.ingest import IngestError, ingest, read_source
from kg.store import open_store

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
TXT = FIXTURES / "slovakia-water-talks.txt"
HTML = FIXTURES / "hungary-grain-page.html"

needs_spacy = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")


def test_metadata_from_sidecar_then_flags(tmp_path):
    article = read_source(str(TXT), {"publisher": "ignored because the sidecar has one"})
    assert article.id == "slovakia-water-talks"
    assert article.meta["publisher"] == "Harbour Gazette"
    copy = tmp_path / "bare.txt"
    shutil.copy(TXT, copy)
    with pytest.raises(IngestError, match=r"bare.txt: no title, publisher, url, date"):
        read_source(str(copy))
    article = read_source(str(copy), {"title": "T", "publisher": "P", "date": "2026-05-06",
                                      "url": "https://example.org/t"})
    assert article.meta["date"] == "2026-05-06" and article.id == "bare"


def test_html_main_text_and_metadata():
    article = read_source(str(HTML))
    assert article.meta == {"title": "Borduria offers grain corridor to Ruritania".replace(
        "Borduria", "Hungary").replace("Ruritania", "Slovakia"),
        "publisher": "Harbour Gazette",
        "url": "https://example.org/harbour-gazette/2026/05/08/grain-corridor",
        "date": "2026-05-08"}
    assert "Hungary is prepared to open a grain corridor" in article.text
    for furniture in ("Subscribe", "Privacy Policy", "All rights reserved", "Read more"):
        assert furniture not in article.text


def test_missing_file_is_one_clear_error():
    with pytest.raises(KgError, match="nope.txt: no such file"):
        read_source("nope.txt")


@needs_spacy
def test_ingest_into_store_is_idempotent(tmp_path):
    store = open_store(tmp_path / "store")
    drafts = tmp_path / "drafts"
    seen = []
    report = ingest([str(TXT), str(HTML)], store=store, drafts_dir=drafts,
                    progress=seen.append)
    assert report.articles == ["slovakia-water-talks", "hungary-grain-page"] == seen
    assert report.mode == "spacy"
    for draft in report.drafts:
        ann = load_annotation(draft)  # offsets checked against the saved text
        assert ann.status == "machine"
        assert ann.data["coding"]["coder"].startswith("kg-extractor")
        assert all("confidence" in s for s in ann.items("stances"))
        assert (drafts / f"{ann.article_id}.txt").read_text() == ann.text
    names = {str(g) for g in store.graph_names()}
    assert "https://w3id.org/kg-negotiation/id/graph/slovakia-water-talks/machine" in names
    first = len(store)
    again = ingest([str(TXT), str(HTML)], store=store, drafts_dir=drafts)
    assert again.store_triples == first == len(store)
    rows = store.query(
        "SELECT ?h WHERE { ?s a <https://w3id.org/kg-negotiation/ontology#Stance> ; "
        "<https://w3id.org/kg-negotiation/ontology#holder> ?h }")
    holders = {str(r["h"]).rsplit("/", 1)[1] for r in rows.rows}
    assert {"slovakia", "hungary"} <= holders


@needs_spacy
def test_curated_coding_takes_precedence(tmp_path):
    drafts = tmp_path / "drafts"
    curated = tmp_path / "curated"
    curated.mkdir()
    shutil.copy(TXT, curated / TXT.name)
    meta = json.loads((FIXTURES / "slovakia-water-talks.meta.json").read_text())
    (curated / "slovakia-water-talks.yaml").write_text(yaml.safe_dump({
        "format": "kg-annotation/1",
        "article": {"id": "slovakia-water-talks", **meta},
        "coding": {"status": "curated"},
        "actors": [{"id": "slovakia", "type": "state", "label": "Slovakia"}],
    }))
    from kg.build import build

    store = open_store(tmp_path / "store")
    build([curated], store=store)
    report = ingest([str(TXT)], store=store, drafts_dir=drafts)
    assert report.skipped == ["slovakia-water-talks"]
    names = {str(g) for g in store.graph_names()}
    assert not any(n.endswith("slovakia-water-talks/machine") for n in names)


@needs_spacy
def test_ingest_from_url(tmp_path):
    html = HTML.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/news/grain-corridor"
        report = ingest([url], store=None, drafts_dir=tmp_path / "d")
    finally:
        server.shutdown()
    sheet = yaml.safe_load(report.drafts[0].read_text())
    assert sheet["article"]["id"] == "grain-corridor"
    assert sheet["stances"]


def test_two_sources_with_one_id_are_refused_before_extraction(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(TXT, tmp_path / folder / TXT.name)
        shutil.copy(FIXTURES / "slovakia-water-talks.meta.json", tmp_path / folder)
    with pytest.raises(IngestError, match="^two sources have the same article id: "
                       "slovakia-water-talks$"):
        ingest([str(tmp_path / "a" / TXT.name), str(TXT), str(tmp_path / "b" / TXT.name)],
               store=None, drafts_dir=tmp_path / "d")
    assert not (tmp_path / "d").exists()


def test_unreachable_url_is_one_clear_error(tmp_path):
    with pytest.raises(IngestError, match="cannot fetch"):
        ingest(["http://127.0.0.1:9/x"], store=None, drafts_dir=tmp_path)


@needs_spacy
def test_cli_ingest(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    copy = tmp_path / "note.txt"
    copy.write_text("Danish Foreign Minister Mara Holm said Denmark rejected the plan.\n")
    result = CliRunner().invoke(app, [
        "ingest", str(copy), "--store", str(tmp_path / "store"), "--drafts",
        str(tmp_path / "drafts"), "--title", "Holm rejects plan", "--publisher", "Gazette",
        "--url", "https://example.org/n", "--date", "2026-05-01"])
    assert result.exit_code == 0, result.output
    assert "ingested 1 article(s) (spacy)" in result.output
    draft = yaml.safe_load((tmp_path / "drafts" / "note.yaml").read_text())
    assert draft["stances"][0]["holder"] == "denmark"
    held = result.output.rsplit("store holds ", 1)[1]
    result = CliRunner().invoke(app, [
        "ingest", str(copy), "--store", str(tmp_path / "store2"), "--drafts",
        str(tmp_path / "drafts2"), "--title", "Holm rejects plan", "--publisher", "Gazette",
        "--url", "https://example.org/n", "--date", "2026-05-01", "--no-shacl"])
    assert result.exit_code == 0, result.output
    assert result.output.rsplit("store holds ", 1)[1] == held  # same graph without the check
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "missing.txt"), "--no-store"])
    assert result.exit_code == 1 and "missing.txt: no such file" in result.output


@needs_spacy
def test_two_reports_of_one_event_with_different_status_both_ingest(tmp_path):
    """A summit announced in one article and called off in a later one: the drafts must not
    give one event two statuses (one batch was refused by SHACL; two ingests stored both)."""
    texts = {"summit-planned": ("2026-03-02", "China and the United States will hold a summit, "
                                              "officials said.\n"),
             "summit-off": ("2026-03-09", "A summit between China and the United States was "
                                          "called off, officials said.\n")}
    paths = []
    for name, (day, text) in texts.items():
        (tmp_path / f"{name}.txt").write_text(text)
        (tmp_path / f"{name}.meta.json").write_text(json.dumps(
            {"title": name, "publisher": "Harbour Gazette", "date": day,
             "url": f"https://example.org/{name}"}))
        paths.append(str(tmp_path / f"{name}.txt"))
    store = open_store(tmp_path / "store")
    ingest(paths, store=store, drafts_dir=tmp_path / "drafts")
    events = {}
    for path in paths:
        sheet = yaml.safe_load((tmp_path / "drafts" / Path(path).with_suffix(".yaml").name)
                               .read_text())
        events.update({e["id"]: e["status"] for e in sheet["events"]})
    assert sorted(events.values()) == ["cancelled", "scheduled"]
    rows = store.query("PREFIX schema: <https://schema.org/>\n"
                       "SELECT ?e (COUNT(?s) AS ?n) WHERE { ?e schema:eventStatus ?s } GROUP BY ?e")
    assert rows.rows and all(int(r["n"]) == 1 for r in rows.rows)
