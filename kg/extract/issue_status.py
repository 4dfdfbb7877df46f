"""The status of a place is a territorial matter.

The scheme defines `territory` as the control, status or recognition of land (coding guide 5;
the status of waters too: internal, shared or international). News asks about a place's
status in one fixed phrase: "the status of the disputed atoll", "the legal status of the
corridor", "the status of Upper Marren". A status of something else ("the status of the
talks", "the status of forces" stationed abroad, "special status" for a minority) is not
matched: the phrase needs a word for a place or a proper name after "of". Like a claim to
one place, it says what its statement is about, not what kind of talks the article reports
(talks over customs posts mention the status of the towns they stand in): it counts toward no
article's topic (``STATUS_BACKGROUND``).

>>> [label for p, label, _, _ in STATUS_CONSTRUCTIONS if p.search("the status of the atoll")]
['status of a place']
>>> [label for p, label, _, _ in STATUS_CONSTRUCTIONS if p.search("the status of the talks")]
[]
"""

from __future__ import annotations

import re

# Words for a place whose status is disputed (land, water or a settlement).
_PLACE = (r"(?i:zones?|islands?|islets?|isles?|atolls?|reefs?|archipelago|peninsula|territor(?:y|ies)"
          r"|regions?|provinces?|districts?|enclaves?|exclaves?|cit(?:y|ies)|towns?|villages?|land"
          r"|lands|waters|sea|strait|bay|lake|river|border|boundary|frontier|corridor|area|areas"
          r"|shelf|valley|plateau|heights|hills?|mountains?|coast|port|base)")
STATUS_CONSTRUCTIONS: tuple[tuple[re.Pattern[str], str, str | None, tuple[str, ...]], ...] = (
    (re.compile(r"\b(?i:status)\s+(?i:of)\s+(?:(?i:the|its|their|our|this|that|these|those)\s+)?"
                r"(?:(?:[\w'-]+\s+){0,3}?" + _PLACE + r"\b|[A-Z][\w'-]+\b(?!\s+(?i:forces|talks)\b))"),
     "status of a place", "territory", ("status",)),
)
STATUS_BACKGROUND = frozenset({"status of a place"})
