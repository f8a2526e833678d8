"""Which counts a published table must hide so that none points at a person.

Primary suppression hides every count from 1 to 4. That alone is not enough when totals are
published too: a total minus the counts shown beside it gives back a hidden count ("Total 6,
ICE 5, FBI fewer than 5" says FBI is 1). Complementary suppression hides a second count in
every such sum, so each published relation "sum = parts" has either no hidden member or at
least two.

Limit: each relation is checked on its own. Someone combining several relations (solving
them as a system of equations, or bounding hidden cells between margins) can sometimes narrow
a hidden count further; tables with many dimensions need a proper audit (for example linear
programming) before publication.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

SUPPRESS_BELOW = 5

Node = TypeVar("Node", bound=Hashable)


def hidden_counts(
    values: Mapping[Node, int],
    relations: Sequence[tuple[Node, Sequence[Node]]],
    *,
    below: int = SUPPRESS_BELOW,
) -> set[Node]:
    """The nodes whose counts must not be shown.

    `values` holds every published count (cells, margins, totals); `relations` says which are
    sums of which: (total, [its parts]). Zero is shown (it points at no one), and a zero part
    cannot hide anything. Where a relation has exactly one hidden member, the smallest
    non-zero part still shown is hidden as well, or the sum when no part can be; repeated
    until no relation has exactly one.
    """
    hidden = {node for node, n in values.items() if 0 < n < below}
    changed = True
    while changed:
        changed = False
        for total, parts in relations:
            members = (total, *parts)
            if sum(node in hidden for node in members) != 1:
                continue
            candidates = [p for p in parts if p not in hidden and values[p] > 0]
            if candidates:
                hidden.add(min(candidates, key=lambda p: values[p]))
            elif values[total] > 0:
                hidden.add(total)
            else:
                continue
            changed = True
    return hidden
