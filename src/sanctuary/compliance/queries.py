"""Reading the tracker: the one place that filters, sorts and counts agency obligations.

Pages, the CSV export and the API all call `obligation_rows`, which starts from `for_user`, so
what a user can list is decided by the scoping layer and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import Case, Count, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone

from sanctuary.agencies.models import Agency
from sanctuary.compliance.models import AgencyObligation, Obligation, PolicyAudit, PolicyChange
from sanctuary.compliance.status import State

STATES = tuple(s.value for s in State)
SORT_FIELDS: dict[str, tuple[str, ...]] = {
    "due": ("obligation__due_on", "agency__acronym", "obligation__position"),
    "agency": ("agency__acronym", "obligation__order__signed_on", "obligation__position"),
    "status": ("status_rank", "obligation__due_on", "agency__acronym", "obligation__position"),
    "obligation": ("obligation__title", "agency__acronym"),
}
SORT_LABELS = {
    "due": "Due date",
    "agency": "Agency",
    "status": "Status",
    "obligation": "Obligation",
}
SORT_CHOICES = tuple(SORT_FIELDS) + tuple(f"-{k}" for k in SORT_FIELDS)
DEFAULT_SORT = "status"


def today() -> date:
    """The city's date today. Tests replace this to pin a date."""
    return timezone.localdate()


def status_q(state: str, on: date) -> Q:
    if state == State.DONE:
        return Q(completed_on__isnull=False)
    if state == State.OVERDUE:
        return Q(completed_on__isnull=True, obligation__due_on__lt=on)
    return Q(completed_on__isnull=True, obligation__due_on__gte=on)


def active_rows() -> Any:
    """Rows of obligations that apply today (unscoped: pass through `for_user`/`get_for_user`)."""
    return AgencyObligation.objects.filter(
        is_active=True, obligation__is_active=True
    ).select_related("agency", "obligation", "obligation__order")


def visible_rows(user: Any) -> QuerySet[AgencyObligation]:
    return active_rows().for_user(user)


@dataclass(frozen=True)
class Summary:
    total: int
    done: int
    open: int
    overdue: int


def obligation_rows(
    user: Any,
    *,
    on: date,
    agency: str = "",
    status: str = "",
    obligation: str = "",
    sort: str = DEFAULT_SORT,
) -> tuple[QuerySet[AgencyObligation], Summary]:
    """The rows `user` may see, filtered and sorted, and the counts by status (before `status`)."""
    rows = visible_rows(user)
    if agency:
        rows = rows.filter(agency__acronym=agency)
    if obligation:
        rows = rows.filter(obligation__key=obligation)
    counts = rows.aggregate(
        total=Count("pk"),
        done=Count("pk", filter=status_q(State.DONE, on)),
        open=Count("pk", filter=status_q(State.OPEN, on)),
        overdue=Count("pk", filter=status_q(State.OVERDUE, on)),
    )
    if status:
        rows = rows.filter(status_q(status, on))
    rows = rows.annotate(
        status_rank=Case(
            When(completed_on__isnull=False, then=Value(2)),
            When(obligation__due_on__lt=on, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    )
    key = sort.lstrip("-") if sort.lstrip("-") in SORT_FIELDS else DEFAULT_SORT
    descending = sort.startswith("-") and key == sort[1:]
    order = [f"-{f}" if descending else f for f in SORT_FIELDS[key]] + ["pk"]
    return rows.order_by(*order), Summary(**counts)


def agency_choices(user: Any) -> list[tuple[str, str]]:
    """Agencies `user` may filter by: those owning a row they can see."""
    ids = visible_rows(user).values("agency_id")
    return [(a.acronym, str(a)) for a in Agency.objects.filter(pk__in=ids).order_by("acronym")]


def obligation_choices() -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    for ob in Obligation.objects.filter(is_active=True).select_related("order"):
        seen.setdefault(ob.key, ob.title)
    return list(seen.items())


def audits_for(user: Any) -> QuerySet[PolicyAudit]:
    return (
        PolicyAudit.objects.for_user(user).select_related("agency").order_by("-audited_on", "-pk")
    )


def published_changes() -> QuerySet[PolicyChange]:
    """What the public may see: published changes only, newest first."""
    return (
        PolicyChange.objects.filter(published=True)
        .select_related("audit", "audit__agency")
        .order_by("audit__agency__acronym", "-published_at", "-pk")
    )
