"""Domain errors. The library raises these; the CLI prints ``Error: <message>`` and exits 1."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class of every error kg reports to a user."""


class AnnotationError(KgError):
    """An annotation (coding sheet) is malformed: names the file, the line and the field."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ValidationError(KgError):
    """The compiled graph breaks a SHACL shape; ``problems`` holds one line per violation."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class QueryError(KgError):
    """A query, its name or one of its parameters is wrong."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""
