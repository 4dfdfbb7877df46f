"""kg.annotations: loading and checking coding sheets, with file:line errors."""

from __future__ import annotations

import pytest

from kg.annotations import load_annotation, parse_yaml, write_annotation
from kg.errors import AnnotationError
from tests.sheets import edit, line_of


def _break(mini_dir, old: str, new: str):
    return edit(mini_dir / "mini-talks.yaml", old, new)


def test_valid_sheet_loads_and_checks_offsets(mini_dir):
    ann = load_annotation(mini_dir / "mini-talks.yaml")
    assert ann.article_id == "mini-talks"
    assert ann.text is not None
    assert [s["value"] for s in ann.items("stances")] == ["conditional", "oppose"]


def test_bad_yaml_names_file_and_line(mini_dir):
    path = _break(mini_dir, "  - id: sylvania\n", "  - id: sylvania\n   bad: [\n")
    with pytest.raises(AnnotationError) as err:
        load_annotation(path)
    assert str(err.value).startswith(f"{path}:")
    assert "invalid YAML" in str(err.value)
    assert err.value.line is not None and abs(err.value.line - line_of(path, "bad: [")) <= 1


def test_unknown_field(mini_dir):
    path = _break(mini_dir, "    role: Sylvanian envoy\n", "    role: Sylvanian envoy\n    rank: 3\n")
    with pytest.raises(AnnotationError) as err:
        load_annotation(path)
    assert str(err.value) == (f"{path}:{line_of(path, 'rank: 3')}: unknown field 'actors.3.rank' "
                              "(allowed: id, type, label, aliases, role, affiliation, speaks_for, "
                              "confidence, evidence, note)")


def test_bad_stance_value(mini_dir):
    path = _break(mini_dir, "    value: oppose\n", "    value: hates\n")
    with pytest.raises(AnnotationError) as err:
        load_annotation(path)
    assert str(err.value) == (f"{path}:{line_of(path, 'value: hates')}: field 'stances.1.value': 'hates' "
                              "is not one of support, oppose, conditional, mixed, neutral")


def test_missing_required_field(mini_dir):
    path = _break(mini_dir, "    holder: sylvania\n", "")
    with pytest.raises(AnnotationError, match=r"missing field 'stances\.1\.holder'"):
        load_annotation(path)


def test_offsets_outside_text(mini_dir):
    path = _break(mini_dir, "{start: 277, end: 306,", "{start: 9000, end: 9029,")
    text = path.read_text()
    assert "start: 9000, end: 9029" in text
    with pytest.raises(AnnotationError, match="lie outside the article text"):
        load_annotation(path)


def test_span_not_matching_offsets(mini_dir):
    path = _break(mini_dir, 'text: "Sylvania rejected the demand."', 'text: "Sylvania accepted the demand."')
    with pytest.raises(AnnotationError) as err:
        load_annotation(path)
    assert f"{path}:{line_of(path, 'Sylvania accepted')}:" in str(err.value)
    assert "is 'Sylvania rejected the demand.' in the article, not 'Sylvania accepted the demand.'" in str(err.value)


def test_changed_text_is_detected_by_sha256(mini_dir):
    (mini_dir / "mini-talks.txt").write_text("something else entirely")
    with pytest.raises(AnnotationError, match="sha256 differs"):
        load_annotation(mini_dir / "mini-talks.yaml")


def test_curly_quotes_in_text_match_straight_quotes_in_span(tmp_path):
    (tmp_path / "c.txt").write_text("He said \u201cno\u201d\u00a0today.", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "format: kg-annotation/1\n"
        "article: {id: c, title: T, publisher: P, url: 'https://example.org/c', date: 2025-01-01}\n"
        "actors: [{id: he, type: person, label: He, evidence: [{start: 0, end: 19, text: 'He said \"no\" today.'}]}]\n")
    assert load_annotation(tmp_path / "c.yaml").text.startswith("He said")


def test_without_text_offsets_are_not_checked(mini_dir):
    (mini_dir / "mini-talks.txt").unlink()
    path = _break(mini_dir, "  text_file: mini-talks.txt\n", "")
    ann = load_annotation(path)
    assert ann.text is None


def test_duplicate_ids(mini_dir):
    path = _break(mini_dir, "  - id: sylvania\n", "  - id: freedonia\n")
    with pytest.raises(AnnotationError, match="duplicate id 'freedonia'"):
        load_annotation(path)


def test_parse_yaml_tracks_lines():
    data, lines = parse_yaml("a:\n  - x: 1\n  - x: 2\n", "t.yaml")
    assert data == {"a": [{"x": 1}, {"x": 2}]}
    assert lines[("a", 1, "x")] == 3


def test_write_annotation_round_trips(mini_dir, tmp_path):
    ann = load_annotation(mini_dir / "mini-talks.yaml")
    out = write_annotation(ann.data, mini_dir / "copy.yaml")
    again = load_annotation(out)
    assert again.data == ann.data
    assert not list(mini_dir.glob(".copy.yaml.*"))  # no temporary file left
