"""Helpers for tests that break coding sheets on purpose."""

from __future__ import annotations

from pathlib import Path


def edit(path: Path, old: str, new: str) -> Path:
    """Replace the first ``old`` in the file with ``new`` (which must be there)."""
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))
    return path


def line_of(path: Path, needle: str) -> int:
    """The 1-based number of the first line of ``path`` containing ``needle``."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def copy_sheet(source: Path, target: Path, *edits: tuple[str, str]) -> Path:
    """Copy a coding sheet to ``target`` and apply each ``(old, new)`` edit to the copy."""
    target.write_text(source.read_text())
    for old, new in edits:
        edit(target, old, new)
    return target
