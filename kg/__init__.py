"""kg: turn news about negotiations into a knowledge graph of who wants what.

The Python API (:mod:`kg.api`) is loaded on first use, so ``import kg`` stays light:

>>> import kg
>>> kg.open(memory=True)
<kg.KG memory: 0 triples>
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = ("KG", "Networks", "compare_stances", "open", "to_frame")
__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
