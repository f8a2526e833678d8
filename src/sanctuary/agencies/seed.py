"""Load a city's agencies from its data file; safe to run again (updates in place)."""

from __future__ import annotations

import json
from pathlib import Path

from sanctuary.agencies.models import Agency

DATA_DIR = Path(__file__).parent / "data"


def load_agencies(city: str = "nyc") -> int:
    payload = json.loads((DATA_DIR / f"{city}_agencies.json").read_text(encoding="utf-8"))
    for row in payload["agencies"]:
        Agency.objects.update_or_create(
            acronym=row["acronym"], defaults={"name": row["name"], "kind": row["kind"]}
        )
    return len(payload["agencies"])
