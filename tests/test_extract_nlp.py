"""The memoised attribute ruler + lemmatizer sets exactly what the model's own components set."""

from pathlib import Path

import pytest

from kg.extract.clean import clean
from kg.extract.nlp import FAST_COMPONENT, load_full_model, load_model, spacy_available
from kg.extract.segment import paragraphs

pytestmark = pytest.mark.skipif(not spacy_available(), reason="spaCy English model not installed")

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "data" / "corpus" / "dev").glob("*.txt")) + sorted(
    (ROOT / "tests" / "fixtures" / "ingest").glob("*.txt"))
# Multi-token ruler patterns (ain't, gonna, gotta, let's, c'mon, y'all, "there is"),
# runs of spaces (space tokens get TAG/DEP from the ruler) and pronoun/aux rules.
TRICKY = [
    "I ain't gonna sign it, y'all.  Let's wait!   There is a   plan, and we gotta c'mon.",
    "He'd said it's been done; she doesn't know whether anyone could've helped them.",
    "Nothing   was agreed.\tThe ministers were being told that it wasn't over.",
    "Those who did so had had enough; they'd rather 'em go, wouldn't they?",
]
ATTRS = ("text", "whitespace_", "tag_", "pos_", "lemma_", "dep_", "ent_iob_", "ent_type_",
         "is_sent_start")


def _rows(doc):
    return [tuple(str(getattr(t, a)) for a in ATTRS) + (str(t.morph), t.head.i) for t in doc]


@pytest.fixture(scope="module")
def texts():
    paras = [p for path in TEXTS for _, p in paragraphs(clean(path.read_text(encoding="utf-8")))]
    assert len(paras) > 50
    return paras + TRICKY


def test_fast_pipeline_replaces_the_rule_components():
    nlp = load_model()
    assert FAST_COMPONENT in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)


def test_every_token_attribute_matches_the_full_pipeline(texts):
    full, fast = load_full_model(), load_model()
    assert "attribute_ruler" in full.pipe_names
    compared = 0
    for batch in (16, 64):  # the second pass runs with warm memos
        for a, b in zip(full.pipe(texts, batch_size=batch), fast.pipe(texts, batch_size=batch),
                        strict=True):
            assert _rows(a) == _rows(b), a.text
            compared += len(a)
    assert compared > 5000
    # the tricky texts really exercise the multi-token and space rules
    doc = fast(TRICKY[0])
    assert [t.lemma_ for t in doc if t.lower_ in {"ai", "gon", "y'"}] == ["be", "go", "you"]
    assert any(t.pos_ == "SPACE" for t in doc)
