"""Demo facilities for a first run: every borough and every kind, clearly marked as demo."""

from __future__ import annotations

import json
from pathlib import Path

from sanctuary.agencies.models import Agency
from sanctuary.facilities.models import Facility

DATA = Path(__file__).parent / "data" / "demo_facilities.json"


def load_demo_facilities() -> int:
    rows = json.loads(DATA.read_text(encoding="utf-8"))["facilities"]
    agencies = {a.acronym: a for a in Agency.objects.all()}
    for row in rows:
        defaults = dict(row)
        defaults["agency"] = agencies[row["agency"]]
        name = defaults.pop("name")
        Facility.objects.update_or_create(name=name, defaults=defaults)
    return len(rows)
