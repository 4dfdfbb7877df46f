"""Checks shared by the modules of the blind sets written by two writers (blind13 onwards).

Each such set is ten invented articles, five per writer (slugs a-m by the first, n-z by the
second), over domains no earlier set holds, with one interview transcript, live blog and
datelined wire story per writer and a long analysis and a long-paragraph feature in the set. Its
module keeps only its own lists (its sheets, every other set's sheets, the public figures that
may recur) and promises (the issue codes its mix must hold) and takes its tests from
``set_tests``: the sheet checks of the earlier blind sets on every sheet, blind3's set-level
checks without the two that ask for Russia-Ukraine-U.S. articles and a fixed domain list, the
people check against every other set, and the checks below of size, mix and kinds of piece.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import test_corpus_blind2 as blind2_checks
import test_corpus_blind4 as blind4_checks
import test_corpus_blind5 as blind5_checks
from test_corpus import CORPUS, _load, _name
from test_corpus_stress import FURNITURE, _text

SHEET_CHECKS = blind2_checks.SHEET_CHECKS
# blind3's set checks without the two that ask for Russia-Ukraine-U.S. articles and a fixed
# domain list: these sets were asked for domains that no earlier set covers.
_NOT_THESE_SETS = {"test_blind_set_size_and_mix", "test_russia_ukraine_us_articles"}
SET_CHECKS = [c for c in blind4_checks.SET_CHECKS if c.__name__ not in _NOT_THESE_SETS]
TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}( [A-Z]{2,4})?\b", re.M)
DATELINE = re.compile(r"^[A-Z][A-Z .'-]{2,}(, [A-Z][A-Za-z0-9 .]+)? (\([^)\n]+\) )?(\u2014|\u2013|-|\()",
                      re.M)
short = blind4_checks._short


def sheets_of(folder: str) -> list[Path]:
    """The coding sheets of the set in ``data/corpus/<folder>``, sorted."""
    return sorted((CORPUS / folder).glob("*.yaml"))


def paragraphs(text: str) -> list[str]:
    """Body paragraphs: the headline and furniture lines left out."""
    lines = [line for line in text.split("\n")[1:] if line.strip()]
    return [line for line in lines if not FURNITURE.search(line)]


def set_size_and_writers(sheets: list[Path]) -> None:
    """Ten articles, five per writer: slugs a-m by the first writer, n-z by the second."""
    assert len(sheets) == 10, [p.stem for p in sheets]
    first = [p.stem for p in sheets if p.stem[0] <= "m"]
    assert len(first) == 5, first


def domain_mix(sheets: list[Path], required: Iterable[str]) -> None:
    """Positions over at least seven issue codes, each of ``required`` among them."""
    codes = Counter(code for p in sheets for pos in _load(p).get("positions") or []
                    for code in ([pos["issue"]] if isinstance(pos["issue"], str) else pos["issue"]))
    assert len(codes) >= 7, codes
    for code in required:
        assert codes[code] > 0, f"no position on {code}"


def kinds_of_piece(sheets: list[Path]) -> None:
    """Per writer one interview transcript (at least four "Q:" lines ending in a question mark,
    each followed by an answer under the same surname, no "A:" lines), one live blog (at least
    five paragraphs opened by a time stamp) and one datelined wire story; in the set a long
    analysis of at least 850 words and a feature whose paragraphs average 90 words or more."""
    texts = {p.stem: _text(p) for p in sheets}
    interviews = [k for k, t in texts.items() if len(re.findall(r"^Q: ", t, re.M)) >= 4]
    assert len(interviews) >= 2, interviews
    for name in interviews:
        questions = re.findall(r"^Q: .+\?$", texts[name], re.M)
        answers = re.findall(r"^Q: .+\?\n\n([A-Z][\w'-]+): ", texts[name], re.M)
        assert len(answers) == len(questions) >= 4, (name, len(questions), len(answers))
        assert len(set(answers)) == 1 and "A" not in answers, (name, set(answers))
    blogs = [k for k, t in texts.items() if len(TIME_STAMP.findall(t)) >= 5]
    assert len(blogs) >= 2, blogs
    wires = [k for k, t in texts.items() if DATELINE.search("\n".join(paragraphs(t)[:2]))]
    assert len(wires) >= 2, wires
    assert max(len(t.split()) for t in texts.values()) >= 850
    means = {k: sum(len(p.split()) for p in paragraphs(t)) / len(paragraphs(t))
             for k, t in texts.items()}
    assert max(means.values()) >= 90, means


def set_tests(sheets: list[Path], others: list[Path], public_figures: set[str],
              required: Iterable[str], without: Iterable[str] = ()) -> tuple[Callable[..., None], ...]:
    """The six tests of a two-writer set, for its module to bind to their names: size and
    writers, the sheet checks, the set checks, people and shared actors, domain mix (with the
    issue codes ``required``) and the kinds of piece. The set-level checks of the earlier
    modules are pointed at ``sheets``, compared with ``others``; the set checks named in
    ``without`` are left out (a module that leaves one out says why and checks what replaces it)."""
    required = tuple(required)
    set_checks = [c for c in SET_CHECKS if c.__name__ not in set(without)]

    def test_set_size_and_writers() -> None:
        set_size_and_writers(sheets)

    @pytest.mark.parametrize("path", sheets, ids=_name)
    @pytest.mark.parametrize("check", SHEET_CHECKS, ids=short)
    def test_sheet_checks(check: Any, path: Path) -> None:
        check(path)

    @pytest.mark.parametrize("check", set_checks, ids=short)
    def test_set_checks(check: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        """blind3's set checks: every stance value, furniture and typography, no shared text,
        consistent ids, a SHACL build."""
        blind5_checks.point_checks(monkeypatch, sheets, others, public_figures)
        check()

    def test_people_and_shared_actors(monkeypatch: pytest.MonkeyPatch) -> None:
        """No invented person recurs from another set; shared actors keep type, label,
        speaks_for."""
        blind5_checks.point_checks(monkeypatch, sheets, others, public_figures)
        blind4_checks.test_no_invented_person_shared_and_actors_consistent(None, monkeypatch)

    def test_domain_mix() -> None:
        domain_mix(sheets, required)

    def test_the_promised_kinds_of_piece() -> None:
        kinds_of_piece(sheets)

    test_set_size_and_writers.__doc__ = set_size_and_writers.__doc__
    test_domain_mix.__doc__ = domain_mix.__doc__
    test_the_promised_kinds_of_piece.__doc__ = kinds_of_piece.__doc__
    return (test_set_size_and_writers, test_sheet_checks, test_set_checks,
            test_people_and_shared_actors, test_domain_mix, test_the_promised_kinds_of_piece)
