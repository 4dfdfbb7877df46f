"""Checks of the thirteenth blind evaluation set (data/corpus/blind13), invented articles held back.

The set is written in the twelfth session by two writers (B: slugs a-m, B2: slugs n-z) and
scored once, in the thirteenth, against machine extraction, so the checks are structural only.
The sheet checks of the earlier blind sets (offsets and sha256, references and issue codes from
the SKOS scheme, the holder/voiced_by rule, loading with ``kg.annotations``, meta matches the
sheet, 600-1,000 words, furniture and headline never evidence, spans inside one paragraph, names
that occur in the text, the "invented" mark, 6-22 stances, dates not after the article) and
blind3's set-level checks (every stance value, furniture and both kinds of quotes, no run of
eight words shared with another article of any set or with the seed article, consistent global
ids, a SHACL-validated build) are imported from the earlier modules and run on this set,
compared with every other set including blind11 and blind12; so is the check that no invented
person recurs from another set (held-out included). Unlike the earlier sets, blind13 was asked
for domains no set holds yet, so blind3's four Russia-Ukraine-U.S. articles and its fixed
domain list are replaced by a check of the set's own mix. The set's own promise is its kinds of
piece, one of each per writer: an interview transcript ("Q:" questions, answers under the
interviewee's surname), a live blog with time stamps, a datelined wire story, and at least one
long analysis and one feature with long paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
import test_corpus_blind12 as blind12_checks
from test_corpus import CORPUS, _load, _name
from test_corpus_stress import FURNITURE, _text

BLIND13 = sorted((CORPUS / "blind13").glob("*.yaml"))
OTHERS = sorted([*blind12_checks.OTHERS, *blind12_checks.BLIND12])
PUBLIC_FIGURES = blind12_checks.PUBLIC_FIGURES
# blind3's set checks without the two that ask for Russia-Ukraine-U.S. articles and a fixed
# domain list: this set was asked for domains that no earlier set covers.
_NOT_THIS_SET = {"test_blind_set_size_and_mix", "test_russia_ukraine_us_articles"}
SET_CHECKS = [c for c in blind4_checks.SET_CHECKS if c.__name__ not in _NOT_THIS_SET]
TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}( [A-Z]{2,4})?\b", re.M)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(, [A-Z][A-Za-z .]+)? (\([^)\n]+\) )?(\u2014|\u2013|-|\()",
                      re.M)


@pytest.fixture
def as_blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the checks of the earlier blind sets at this set and at all the other sets."""
    blind5_checks.point_checks(monkeypatch, BLIND13, OTHERS, PUBLIC_FIGURES)


def _paragraphs(text: str) -> list[str]:
    """Body paragraphs: the headline and furniture lines left out."""
    lines = [line for line in text.split("\n")[1:] if line.strip()]
    return [line for line in lines if not FURNITURE.search(line)]


def test_set_size_and_writers() -> None:
    """Ten articles, five per writer: slugs a-m by the first writer, n-z by the second."""
    assert len(BLIND13) == 10, [p.stem for p in BLIND13]
    first = [p.stem for p in BLIND13 if p.stem[0] <= "m"]
    assert len(first) == 5, first


@pytest.mark.parametrize("path", BLIND13, ids=_name)
@pytest.mark.parametrize("check", blind2_checks.SHEET_CHECKS, ids=blind4_checks._short)
def test_sheet_checks(check: Any, path: Path) -> None:
    check(path)


@pytest.mark.parametrize("check", SET_CHECKS, ids=blind4_checks._short)
def test_set_checks(check: Any, as_blind: None) -> None:
    """blind3's set checks: every stance value, furniture and typography, no shared text,
    consistent ids, a SHACL build."""
    check()


def test_people_and_shared_actors(as_blind: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """No invented person recurs from another set; shared actors keep type, label, speaks_for."""
    blind4_checks.test_no_invented_person_shared_and_actors_consistent(as_blind, monkeypatch)


def test_domain_mix() -> None:
    """Positions over at least seven issue codes, labour, coalition and prisoners among them."""
    codes = Counter(code for p in BLIND13 for pos in _load(p).get("positions") or []
                    for code in ([pos["issue"]] if isinstance(pos["issue"], str) else pos["issue"]))
    assert len(codes) >= 7, codes
    for code in ("labour_wages", "coalition_government", "prisoners_humanitarian"):
        assert codes[code] > 0, f"no position on {code}"


def test_the_promised_kinds_of_piece() -> None:
    """Per writer one interview transcript (at least four "Q:" lines ending in a question mark,
    each followed by an answer under the same surname, no "A:" lines), one live blog (at least
    five paragraphs opened by a time stamp) and one datelined wire story; in the set a long
    analysis of at least 850 words and a feature whose paragraphs average 90 words or more."""
    texts = {p.stem: _text(p) for p in BLIND13}
    interviews = [k for k, t in texts.items() if len(re.findall(r"^Q: ", t, re.M)) >= 4]
    assert len(interviews) >= 2, interviews
    for name in interviews:
        questions = re.findall(r"^Q: .+\?$", texts[name], re.M)
        answers = re.findall(r"^Q: .+\?\n\n([A-Z][\w'-]+): ", texts[name], re.M)
        assert len(answers) == len(questions) >= 4, (name, len(questions), len(answers))
        assert len(set(answers)) == 1 and "A" not in answers, (name, set(answers))
    blogs = [k for k, t in texts.items() if len(TIME_STAMP.findall(t)) >= 5]
    assert len(blogs) >= 2, blogs
    wires = [k for k, t in texts.items() if DATELINE.search("\n".join(_paragraphs(t)[:2]))]
    assert len(wires) >= 2, wires
    assert max(len(t.split()) for t in texts.values()) >= 850
    means = {k: sum(len(p.split()) for p in _paragraphs(t)) / len(_paragraphs(t))
             for k, t in texts.items()}
    assert max(means.values()) >= 90, means
