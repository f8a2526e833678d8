"""Fixtures for the EO 13 tracker tests: the loaded order, a pinned date, files, uploads folder."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

SIGNED = date(2026, 2, 6)
DUE_14 = date(2026, 2, 20)


@pytest.fixture(autouse=True)
def uploads(settings: Any, tmp_path: Any) -> Any:
    """Uploaded evidence goes to a temporary folder, never to var/uploads."""
    folder = tmp_path / "uploads"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(folder)},
        },
    }
    return folder


@pytest.fixture
def eo13(agencies: dict[str, Any]) -> Any:
    from sanctuary.compliance.models import Order
    from sanctuary.compliance.seed import load_obligations

    load_obligations("nyc")
    return Order.objects.get(key="nyc-eo13-2026")


@pytest.fixture
def pin_today(monkeypatch: Any) -> Callable[[date], None]:
    """pin_today(date): the tracker believes it is that day."""
    from sanctuary.compliance import queries

    def pin(day: date) -> None:
        monkeypatch.setattr(queries, "today", lambda: day)

    return pin


@pytest.fixture
def row() -> Callable[[str, str], Any]:
    """row("DOE", "privacy-officer") -> that agency's AgencyObligation."""
    from sanctuary.compliance.models import AgencyObligation

    def get(acronym: str, key: str) -> Any:
        return AgencyObligation.objects.get(agency__acronym=acronym, obligation__key=key)

    return get
