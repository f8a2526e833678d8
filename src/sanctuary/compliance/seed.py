"""Load a city's orders and their obligations from data files; safe to run again.

Each `data/<city>_*.yaml` file is one order. Loading updates in place (keyed by order id and
obligation id), creates one AgencyObligation per agency an obligation applies to, and never
deletes recorded evidence: an obligation dropped from a file is marked inactive instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from django.db import transaction

from sanctuary.agencies.models import Agency
from sanctuary.audit.service import record
from sanctuary.compliance.models import AgencyObligation, Obligation, Order
from sanctuary.compliance.spec import OrderSpec, SpecError, parse_order

DATA_DIR = Path(__file__).parent / "data"


def order_files(city: str, data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(data_dir.glob(f"{city}_*.yaml")) + sorted(data_dir.glob(f"{city}_*.json"))


def read_order(path: Path, agency_acronyms: set[str] | None = None) -> OrderSpec:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(f"{path.name}: not valid YAML/JSON ({error})") from error
    try:
        return parse_order(data, agency_acronyms=agency_acronyms)
    except SpecError as error:
        raise SpecError(f"{path.name}: {error}") from error


@transaction.atomic
def load_order(spec: OrderSpec, city: str) -> int:
    order, _ = Order.objects.update_or_create(
        key=spec.id,
        defaults={
            "city": city,
            "number": spec.number,
            "title": spec.title,
            "issuer": spec.issuer,
            "signed_on": spec.signed_on,
            "source": spec.source,
            "unverified": spec.unverified,
            "note": spec.note,
        },
    )
    agencies = list(Agency.objects.filter(is_active=True))
    kept: list[str] = []
    created_rows = 0
    for ob in spec.obligations:
        obligation, _ = Obligation.objects.update_or_create(
            order=order,
            key=ob.id,
            defaults={
                "title": ob.title,
                "description": ob.description,
                "citation": ob.citation,
                "citation_unverified": ob.citation_unverified,
                "applies_to": list(ob.applies_to) if ob.applies_to is not None else None,
                "due_days": ob.due_days,
                "due_on": ob.due_on(spec.signed_on),
                "due_unverified": ob.due_unverified,
                "due_note": ob.due_note,
                "evidence": list(ob.evidence),
                "position": ob.position,
                "is_active": True,
            },
        )
        kept.append(ob.id)
        applying = [a for a in agencies if ob.applies(a.acronym)]
        for agency in applying:
            row, created = AgencyObligation.objects.get_or_create(
                agency=agency, obligation=obligation
            )
            created_rows += created
            if not row.is_active:
                row.is_active = True
                row.save(update_fields=["is_active"])
        # Rows of agencies it no longer applies to keep their evidence but leave the dashboard.
        AgencyObligation.objects.filter(obligation=obligation, is_active=True).exclude(
            agency__in=applying
        ).update(is_active=False)
    dropped = order.obligations.exclude(key__in=kept).filter(is_active=True)
    dropped_count = dropped.update(is_active=False)
    if created_rows or dropped_count:
        record(
            "load_obligations",
            actor=None,
            obj=order,
            agency="",
            summary=f"Loaded {len(kept)} obligations; {created_rows} agency rows added; "
            f"{dropped_count} dropped",
        )
    return len(kept)


def load_obligations(city: str = "nyc", data_dir: Path = DATA_DIR) -> int:
    """Load every order file of `city`; returns how many obligations they hold."""
    acronyms = set(Agency.objects.values_list("acronym", flat=True))
    return sum(load_order(read_order(path, acronyms), city) for path in order_files(city, data_dir))
