"""``kg ingest`` and ``kg eval``: automatic extraction and its evaluation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg.cli.common import EndpointOption, StoreOption, open_from_options, user_errors

if TYPE_CHECKING:
    from kg.extract import Extractor

DraftsOption = Annotated[Path, typer.Option("--drafts", help="Folder for the machine drafts.")]
ModelOption = Annotated[Path | None, typer.Option(
    "--model", help="Learned extraction model (JSON, from python -m kg.extract.learn.train); "
    "default: the shipped one.")]
NoModelOption = Annotated[bool, typer.Option(
    "--no-model", help="Rules only: no learned re-ranking of issues, constant confidences.")]


def _extractor(rule_only: bool, model: Path | None, no_model: bool) -> Extractor:
    """The Extractor of the options (a bad model file raises a one-line KgError)."""
    from kg.extract import Extractor
    from kg.extract.learn.model import load_model

    if model is not None and no_model:
        raise typer.BadParameter("--model and --no-model exclude each other")
    learned = load_model(model) if model is not None else None
    return Extractor(use_spacy=not rule_only, learned=learned, use_learned=not no_model)


def ingest(
    sources: Annotated[list[str], typer.Argument(help="Text files, HTML files or http(s) URLs.")],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
    drafts: DraftsOption = Path("data/drafts"),
    title: Annotated[str | None, typer.Option(help="Title, if the source has none.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher, if the source has none.")] = None,
    url: Annotated[str | None, typer.Option(help="URL, if the source has none.")] = None,
    date: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD, if the source has none.")] = None,
    language: Annotated[str | None, typer.Option(help="BCP 47 language tag.")] = "en",
    no_store: Annotated[bool, typer.Option("--no-store", help="Only write the drafts.")] = False,
    rule_only: Annotated[bool, typer.Option("--rule-only", help="Do not use spaCy (faster, "
                         "much weaker: gazetteer actors and regex attribution only).")] = False,
    shacl: Annotated[bool, typer.Option(help="Check SHACL shapes before writing to the store "
                     "(most of the time of a store write).")] = True,
    model: ModelOption = None,
    no_model: NoModelOption = False,
) -> None:
    """Extract coding sheets from articles, write them as drafts and load them into the store."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from kg.ingest import ingest as run

    overrides = {"title": title, "publisher": publisher, "url": url, "date": date,
                 "language": language}
    with user_errors():
        extractor = _extractor(rule_only, model, no_model)
        target = None if no_store else open_from_options(store, endpoint)
        console = Console(stderr=True)
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("extracting", total=len(sources))
            report = run(sources, store=target, drafts_dir=drafts, metadata_overrides=overrides,
                         extractor=extractor,
                         progress=lambda _id: bar.advance(task), shacl=shacl)
    for path in report.drafts:
        typer.echo(f"draft {path}")
    if report.skipped:
        typer.echo("curated coding takes precedence, machine draft not loaded: "
                   + ", ".join(report.skipped))
    if target is not None:
        typer.echo(f"ingested {len(report.articles)} article(s) ({report.mode}); "
                   f"store holds {report.store_triples} triples")


def eval_(
    gold: Annotated[list[Path] | None, typer.Option("--gold", help="Folder or file of curated "
                    "sheets; repeat for groups (each folder is reported separately).")] = None,
    pred: Annotated[Path | None, typer.Option("--pred", help="Folder of machine sheets "
                    "(<article-id>.yaml); default: extract the gold articles' texts now.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    rule_only: Annotated[bool, typer.Option("--rule-only", help="Extract without spaCy.")] = False,
    model: ModelOption = None,
    no_model: NoModelOption = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Also write the disagreements, "
                      "stance by stance, to this TSV file (missing, spurious, or which of "
                      "holder, issue and value differ).")] = None,
) -> None:
    """Score machine extraction against curated coding sheets (coding guide, section 7)."""
    from kg.eval_errors import as_tsv, disagreements, summary
    from kg.evaluate import as_json, score, sheet_pairs, table
    from kg.files import atomic_write

    if fmt not in ("table", "json"):
        raise typer.BadParameter("--format must be table or json")
    with user_errors():
        extractor = None if pred is not None else _extractor(rule_only, model, no_model)
        pairs = sheet_pairs(gold or [Path("data/corpus/dev")], pred=pred,
                            use_spacy=not rule_only, extractor=extractor)
        scores = [score(data, p, group=name) for name, data, p in pairs]
        if errors is not None:
            rows = [d for name, data, p in pairs for d in disagreements(data, p, group=name)]
            atomic_write(errors, as_tsv(rows))
            typer.echo(f"{errors}: {len(rows)} disagreements ({summary(rows)})", err=True)
    if fmt == "json":
        typer.echo(json.dumps(as_json(scores), indent=2))
    else:
        typer.echo(table(scores))


def train(
    gold: Annotated[list[Path], typer.Option("--gold", help="Folder of curated sheets; repeat "
                    "for several sets (the sets are the cross-validation folds).")],
    out: Annotated[Path, typer.Option("--out", help="The model JSON to write "
                   "(use it with kg ingest/eval --model).")],
    cv: Annotated[bool, typer.Option("--cv", help="Also print the leave-one-set-out "
                  "cross-validation table (needs two sets or more).")] = False,
    rule_only: Annotated[bool, typer.Option("--rule-only", help="Extract without spaCy.")] = False,
) -> None:
    """Retrain the learned extraction model on curated sheets (needs scikit-learn)."""
    from kg.extract.learn.train import retrain

    with user_errors():
        typer.echo(retrain(gold, out, cv=cv, use_spacy=not rule_only))
