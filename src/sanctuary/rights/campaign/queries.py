"""Reading the campaign: the one place that filters requests and counts them for the dashboard.

Everything starts from `MaterialRequest.objects.for_user(user)`, so what a user can list or count
is decided by the scoping method and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Count, Q, QuerySet, Sum

from sanctuary.facilities.models import Borough
from sanctuary.rights.campaign.models import MaterialRequest, Status, language_choices

# What the dashboard counts, in pieces of printed material:
#   requested = every request not declined; shipped = shipped or delivered; delivered = delivered.
MEASURES = ("requested", "shipped", "delivered")
MEASURE_Q = {
    "requested": ~Q(status=Status.DECLINED),
    "approved": Q(status__in=[Status.APPROVED, Status.SHIPPED, Status.DELIVERED]),
    "shipped": Q(status__in=[Status.SHIPPED, Status.DELIVERED]),
    "delivered": Q(status=Status.DELIVERED),
    "declined": Q(status=Status.DECLINED),
}
DIMENSIONS = {"language": "language", "borough": "delivery_borough"}


def visible_requests(user: Any) -> QuerySet[MaterialRequest]:
    return MaterialRequest.objects.for_user(user).select_related("organization")


def request_rows(
    user: Any, *, status: str = "", language: str = "", borough: str = ""
) -> QuerySet[MaterialRequest]:
    rows = visible_requests(user)
    if status:
        rows = rows.filter(status=status)
    if language:
        rows = rows.filter(language=language)
    if borough:
        rows = rows.filter(delivery_borough=borough)
    return rows.order_by("-requested_at", "-pk")


@dataclass(frozen=True)
class TotalRow:
    key: str
    label: str
    requests: int
    requested: int
    approved: int
    shipped: int
    delivered: int
    declined: int


def _labels(dimension: str) -> list[tuple[str, str]]:
    if dimension == "language":
        return language_choices()
    return list(Borough.choices)


def totals(user: Any, dimension: str) -> list[TotalRow]:
    """Pieces requested/approved/shipped/delivered/declined per language or borough (every
    language or borough listed, zeros included, so the charts keep their shape)."""
    field = DIMENSIONS[dimension]
    sums = {
        name: Sum("quantity", filter=condition, default=0) for name, condition in MEASURE_Q.items()
    }
    found = {
        row[field]: row
        for row in visible_requests(user)
        .order_by()
        .values(field)
        .annotate(requests=Count("pk"), **sums)
    }
    out = []
    for key, label in _labels(dimension):
        row = found.get(key, {})
        out.append(
            TotalRow(
                key=key,
                label=str(label),
                requests=row.get("requests", 0),
                **{name: int(row.get(name) or 0) for name in MEASURE_Q},
            )
        )
    return out


def grand_total(rows: list[TotalRow]) -> dict[str, int]:
    names = ("requests", *MEASURE_Q)
    return {name: sum(getattr(r, name) for r in rows) for name in names}


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]
