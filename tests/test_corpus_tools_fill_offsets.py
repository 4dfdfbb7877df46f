"""data/corpus/tools/fill_offsets.py: offsets filled in place, one clear line per bad sheet."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT / "data" / "corpus" / "tools" / "fill_offsets.py"
TEXT = "Ministers from Avaria met on Monday. Avaria backs the levy, the minister said.\n"


def _load():
    spec = importlib.util.spec_from_file_location("fill_offsets_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True,
                          cwd=ROOT, check=False)


def _sheet(tmp_path: Path, body: str) -> Path:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(body, encoding="utf-8")
    return path


SHEET = """article: {id: a, text_file: a.txt}
actors:
- {id: avaria, label: Avaria, type: state}
stances:
- holder: avaria
  value: support
  evidence:
  - {text: "Avaria backs the levy"}
"""


def test_fills_offsets_sha_and_first_mention(tmp_path: Path) -> None:
    path = _sheet(tmp_path, SHEET)
    assert _run(str(path)).returncode == 0
    out = path.read_text(encoding="utf-8")
    assert "{start: 37, end: 58, text: Avaria backs the levy}" in out
    assert "{start: 15, end: 21, text: Avaria}" in out  # the actor's first mention
    assert "sha256: " in out


def test_a_filled_sheet_is_unchanged_by_a_second_run(tmp_path: Path) -> None:
    path = _sheet(tmp_path, SHEET)
    _run(str(path))
    first = path.read_bytes()
    assert _run(str(path)).returncode == 0
    assert path.read_bytes() == first


def test_help_names_the_arguments() -> None:
    result = _run("--help")
    assert result.returncode == 0
    assert "usage: fill_offsets.py [-h] SHEET.yaml [SHEET.yaml ...]" in result.stdout


@pytest.mark.parametrize(("body", "message"), [
    (None, "{p}: cannot read: No such file or directory"),
    ("article: [", "{p}: not a YAML coding sheet: while parsing a flow node"),
    ("actors: []\n", "{p}: article.text_file is missing"),
    ("article: {id: a, text_file: gone.txt}\n",
     "{p}: article.text_file {d}/gone.txt: No such file or directory"),
    (SHEET.replace('{text: "Avaria backs the levy"}', '{text: "Avaria rejects the levy"}'),
     "{p}: stances #1: span not found: 'Avaria rejects the levy'"),
    (SHEET.replace('{text: "Avaria backs the levy"}', '{start: x, end: 3, text: Avaria}'),
     "{p}: stances #1: offsets must be integers: 'x'-3"),
    (SHEET + "events:\n- just a line\n", "{p}: events #1 is not a mapping"),
    (SHEET.replace('{text: "Avaria backs the levy"}', '{start: 0, end: 3}'),
     "{p}: stances #1: an evidence span has no text"),
])
def test_bad_sheet_gets_one_line_and_is_not_touched(tmp_path: Path, body: str | None,
                                                     message: str) -> None:
    path = tmp_path / "a.yaml"
    if body is not None:
        path = _sheet(tmp_path, body)
    before = path.read_bytes() if body is not None else None
    result = _run(str(path))
    assert result.returncode == 1
    assert result.stderr == "Error: " + message.format(p=path, d=tmp_path) + "\n"
    assert (path.read_bytes() if body is not None else None) == before


def test_a_bad_sheet_does_not_stop_the_others(tmp_path: Path) -> None:
    good = _sheet(tmp_path, SHEET)
    bad = tmp_path / "b.yaml"
    bad.write_text("article: [", encoding="utf-8")
    result = _run(str(bad), str(good))
    assert result.returncode == 1
    assert "start: 37" in good.read_text(encoding="utf-8")


def test_the_shipped_dev_sheets_are_fixed_points(tmp_path: Path) -> None:
    tool = _load()
    src = ROOT / "data" / "corpus" / "dev"
    for sheet in sorted(src.glob("*.yaml"))[:3]:
        shutil.copy(sheet, tmp_path / sheet.name)
    for sheet in sorted(tmp_path.glob("*.yaml")):
        text_file = tool.yaml.safe_load(sheet.read_text(encoding="utf-8"))["article"]["text_file"]
        shutil.copy(src / text_file, tmp_path / text_file)
        before = sheet.read_bytes()
        assert tool.main([str(sheet)]) == 0
        assert sheet.read_bytes() == before, sheet.name
