"""Actor ids that follow a settled label.

Ids are slugs of the canonical name (coding guide section 1), and the same id must not
carry two labels across articles: when a later mention settles an actor's name (a person
first named by surname alone, an organisation first named by the tail of its name), the
actor takes the id of that name and every reference to the old id follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.actors import Actor, ActorTable


def settle_ids(table: ActorTable, wanted_of: Callable[[Actor], str | None]) -> dict[str, str]:
    """Give each actor the id ``wanted_of`` names for it, unless that id is its own, none or
    already taken; ``speaks_for`` and ``affiliation`` follow. Returns old id -> new id.

    >>> from kg.extract.actors import Actor, ActorTable
    >>> table = ActorTable.__new__(ActorTable)
    >>> table.actors = {"dale": Actor("dale", "person", "Ann Dale"),
    ...                 "aide": Actor("aide", "person", "Bo Lund", speaks_for="dale")}
    >>> settle_ids(table, lambda a: "ann-dale" if a.id == "dale" else None)
    {'dale': 'ann-dale'}
    >>> sorted(table.actors), table.actors["aide"].speaks_for
    (['aide', 'ann-dale'], 'ann-dale')
    """
    renamed: dict[str, str] = {}
    for actor in list(table.actors.values()):
        wanted = wanted_of(actor)
        if wanted is not None and actor.id != wanted and wanted not in table.actors:
            del table.actors[actor.id]
            renamed[actor.id] = wanted
            actor.id = wanted
            table.actors[wanted] = actor
    for actor in table.actors.values():
        actor.speaks_for = renamed.get(actor.speaks_for, actor.speaks_for)
        actor.affiliation = renamed.get(actor.affiliation, actor.affiliation)
    return renamed
