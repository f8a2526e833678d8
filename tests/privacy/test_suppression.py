"""Small counts are hidden, and no published total gives a hidden count back."""

from __future__ import annotations

import itertools
import random

from sanctuary.privacy.suppression import hidden_counts


def test_counts_from_one_to_four_are_hidden_and_zero_is_shown() -> None:
    values = {"a": 0, "b": 1, "c": 4, "d": 5}
    assert hidden_counts(values, []) == {"b", "c"}


def test_a_total_cannot_give_back_the_one_hidden_count_beside_it() -> None:
    # Total 6 = ICE 5 + FBI 1: hiding FBI alone would leave 6 - 5 = 1 readable.
    values = {"total": 6, "ICE": 5, "FBI": 1}
    assert hidden_counts(values, [("total", ["ICE", "FBI"])]) == {"ICE", "FBI"}


def test_the_second_hidden_count_is_the_smallest_shown() -> None:
    values = {"total": 40, "a": 2, "b": 9, "c": 7, "d": 22}
    assert hidden_counts(values, [("total", ["a", "b", "c", "d"])]) == {"a", "c"}


def test_the_total_is_hidden_when_no_other_part_can_be() -> None:
    # y is hidden to protect x; in the second sum y's only partner is a zero, so the sum
    # itself (6, equal to y) must go.
    values = {"t1": 8, "x": 2, "y": 6, "t2": 6, "z": 0}
    relations = [("t1", ["x", "y"]), ("t2", ["y", "z"])]
    assert hidden_counts(values, relations) == {"x", "y", "t2"}


def test_two_hidden_counts_need_nothing_more() -> None:
    values = {"total": 30, "a": 2, "b": 3, "c": 25}
    assert hidden_counts(values, [("total", ["a", "b", "c"])]) == {"a", "b"}


def test_hiding_for_one_relation_is_checked_again_in_the_others() -> None:
    # Rows and columns of a 2x2 table with margins: hiding one cell forces a chain.
    cells = {("r1", "c1"): 2, ("r1", "c2"): 10, ("r2", "c1"): 8, ("r2", "c2"): 12}
    values: dict[object, int] = dict(cells)
    values.update({"r1": 12, "r2": 20, "c1": 10, "c2": 22, "total": 32})
    relations: list[tuple[object, list[object]]] = [
        ("r1", [("r1", "c1"), ("r1", "c2")]),
        ("r2", [("r2", "c1"), ("r2", "c2")]),
        ("c1", [("r1", "c1"), ("r2", "c1")]),
        ("c2", [("r1", "c2"), ("r2", "c2")]),
        ("total", list(cells)),
    ]
    hidden = hidden_counts(values, relations)
    assert hidden == set(cells)
    assert_no_relation_has_exactly_one_hidden(values, relations, hidden)


def assert_no_relation_has_exactly_one_hidden(
    values: dict[object, int], relations: list[tuple[object, list[object]]], hidden: set[object]
) -> None:
    for total, parts in relations:
        assert sum(n in hidden for n in (total, *parts)) != 1, (total, parts, hidden)
    assert {n for n, v in values.items() if 0 < v < 5} <= hidden


def test_random_tables_never_leave_one_hidden_count_in_a_relation() -> None:
    rng = random.Random(13)
    for _ in range(300):
        rows, cols = rng.randint(1, 4), rng.randint(1, 4)
        cells = {
            (r, c): rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 20])
            for r, c in itertools.product(range(rows), range(cols))
        }
        values: dict[object, int] = dict(cells)
        relations: list[tuple[object, list[object]]] = []
        for r in range(rows):
            values[f"r{r}"] = sum(cells[r, c] for c in range(cols))
            relations.append((f"r{r}", [(r, c) for c in range(cols)]))
        for c in range(cols):
            values[f"c{c}"] = sum(cells[r, c] for r in range(rows))
            relations.append((f"c{c}", [(r, c) for r in range(rows)]))
        values["total"] = sum(cells.values())
        relations.append(("total", list(cells)))
        relations.append(("total", [f"r{r}" for r in range(rows)]))
        relations.append(("total", [f"c{c}" for c in range(cols)]))
        hidden = hidden_counts(values, relations)
        assert_no_relation_has_exactly_one_hidden(values, relations, hidden)
        assert all(values[n] > 0 for n in hidden)
