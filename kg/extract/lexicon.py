"""Word lists the extractor uses, loaded from data/lexicons/*.yaml (analysts may edit them)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError

LEXICON_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons"


class LexiconError(KgError):
    """A lexicon file is missing or malformed."""


def read_mapping(path: Path, what: str, error: type[KgError]) -> dict[str, Any]:
    """Read a YAML file that must hold a mapping; problems raise ``error`` naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read {what}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise error(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise error(f"{path}: expected a mapping ({what})")
    return data


@lru_cache(maxsize=16)
def lexicon(name: str) -> dict[str, frozenset[str]]:
    """Load data/lexicons/<name>.yaml: a mapping of list names to lower-case word sets."""
    path = LEXICON_DIR / f"{name}.yaml"
    data = read_mapping(path, "lexicon", LexiconError)
    out: dict[str, frozenset[str]] = {}
    for key, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise LexiconError(f"{path}: {key}: expected a list of words")
        out[str(key)] = frozenset(w.lower() for w in words)
    return out


def words(name: str, key: str) -> frozenset[str]:
    """One word list of a lexicon."""
    try:
        return lexicon(name)[key]
    except KeyError:
        raise LexiconError(f"{LEXICON_DIR / (name + '.yaml')}: no list {key!r}") from None
