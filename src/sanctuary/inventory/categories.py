"""The §23-1201 categories, loaded once from `data/categories_23_1201.yaml`."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "data" / "categories_23_1201.yaml"


@dataclass(frozen=True)
class Category:
    id: str
    label: str
    sensitive: bool = False


@functools.cache
def _load() -> tuple[str, tuple[Category, ...]]:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    cats = tuple(
        Category(str(c["id"]), str(c["label"]), bool(c.get("sensitive", False)))
        for c in raw["categories"]
    )
    return str(raw["citation"]), cats


def citation() -> str:
    return _load()[0]


def categories() -> tuple[Category, ...]:
    return _load()[1]


def by_id() -> dict[str, Category]:
    return {c.id: c for c in categories()}


def choices() -> list[tuple[str, str]]:
    return [(c.id, c.label) for c in categories()]


def label(category_id: str) -> str:
    found = by_id().get(category_id)
    return found.label if found else category_id
