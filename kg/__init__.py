"""kg: turn news about negotiations into a knowledge graph of who wants what."""

__version__ = "0.1.0"
