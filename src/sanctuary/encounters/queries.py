"""What the board and the §10-178 report read. Pages and API share these; no resident data in any."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from sanctuary.encounters import advice
from sanctuary.encounters.models import Channel, Encounter, Notification, Outcome, SurgeAlert
from sanctuary.facilities.models import Borough, FacilityKind
from sanctuary.privacy.suppression import SUPPRESS_BELOW, hidden_counts

BOARD_HOURS = 24
SUPPRESSED = "hidden"
SUPPRESSION_NOTE = (
    f"counts from 1 to {SUPPRESS_BELOW - 1} are shown as '{SUPPRESSED}', and so is a second "
    "count wherever a total would otherwise give one away"
)


def board(user: Any, now: datetime | None = None) -> dict[str, Any]:
    """Open encounters by borough and facility kind, newest first, then recently closed ones;
    surges; failed alerts."""
    now = now or timezone.now()
    since = now - timedelta(hours=BOARD_HOURS)
    rows = list(
        Encounter.objects.for_user(user)
        .filter(channel=Channel.IN_PERSON, started_at__gte=since)
        .select_related("facility", "agency")
        .order_by("-started_at", "-pk")
    )
    open_rows = [e for e in rows if e.is_open]
    boroughs = []
    for code, label in Borough.choices:
        here = [e for e in open_rows if e.borough == code]
        kinds = Counter(e.place_kind or "other" for e in here)
        boroughs.append(
            {
                "code": code,
                "label": label,
                "count": len(here),
                "kinds": [
                    {"kind": k, "label": FacilityKind(k).label, "count": n}
                    for k, n in sorted(kinds.items())
                ],
                # Open ones first, then the ones closed in the window, each newest first.
                "encounters": [encounter_row(e) for e in here]
                + [encounter_row(e) for e in rows if e.borough == code and not e.is_open],
            }
        )
    surges = SurgeAlert.objects.filter(acknowledged_at__isnull=True)
    failed = Notification.objects.for_user(user).filter(status=Notification.Status.FAILED)
    return {
        "generated_at": now,
        "hours": BOARD_HOURS,
        "open_count": len(open_rows),
        "closed_count": len(rows) - len(open_rows),
        "boroughs": boroughs,
        "surges": list(surges),
        "failed_notifications": list(failed.select_related("encounter__facility")[:50]),
    }


def encounter_row(e: Encounter) -> dict[str, Any]:
    """An encounter as the board shows it: place, kinds and outcome, never a person."""
    return {
        "id": e.pk,
        "started_at": e.started_at,
        "agency": e.agency.acronym,
        "facility": e.facility.name if e.facility else "",
        "borough": e.borough,
        "place_kind": e.place_kind,
        "ask": e.ask,
        "ask_label": e.get_ask_display(),
        "requester": e.requester,
        "document_kind": e.document_kind,
        "decision": e.decision,
        "outcome": e.outcome,
        "outcome_label": e.get_outcome_display() if e.outcome else _("Still going on"),
        "agent_count": e.agent_count,
    }


# ----------------------------------------------------------------------------- §10-178


@dataclass(frozen=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def parse(cls, text: str | None, today: date | None = None) -> Quarter:
        """'2026-Q1' or '2026Q1'; empty means the current quarter. ValueError otherwise."""
        if not text:
            today = today or timezone.localdate()
            return cls(today.year, (today.month - 1) // 3 + 1)
        match = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text.strip())
        if not match or not 2000 <= int(match.group(1)) <= 2100:
            raise ValueError("expected a quarter like 2026-Q1")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"

    def bounds(self) -> tuple[datetime, datetime]:
        first = date(self.year, 3 * self.number - 2, 1)
        last = (
            date(self.year + 1, 1, 1)
            if self.number == 4
            else date(self.year, 3 * self.number + 1, 1)
        )
        tz = timezone.get_current_timezone()
        return (
            timezone.make_aware(datetime.combine(first, time.min), tz),
            timezone.make_aware(datetime.combine(last, time.min), tz),
        )


def report_10_178(user: Any, quarter: Quarter) -> dict[str, Any]:
    """Counts by requesting agency, kind of request and response, with small counts hidden.

    Counts from 1 to 4 are hidden, and so is a second count wherever a total would otherwise
    give one back (privacy.suppression); zero stays zero, it discloses nothing.
    """
    start, end = quarter.bounds()
    rows = Encounter.objects.for_user(user).filter(started_at__gte=start, started_at__lt=end)
    combos = Counter(rows.values_list("requester", "ask", "response"))
    margins: dict[str, Counter[str]] = {
        "agency": Counter(),
        "request": Counter(),
        "response": Counter(),
    }
    for (requester, ask, response), n in combos.items():
        margins["agency"][requester] += n
        margins["request"][ask] += n
        margins["response"][response] += n
    # Every published count is a node; the report publishes the total, three margins and the
    # cells, and each margin and the total are sums of the cells (and the total of each margin).
    values: dict[tuple[str, ...], int] = {("total",): sum(combos.values())}
    values.update({("cell", *key): n for key, n in combos.items()})
    relations: list[tuple[tuple[str, ...], list[tuple[str, ...]]]] = [
        (("total",), sorted(k for k in values if k[0] == "cell"))
    ]
    for position, (name, counts) in enumerate(margins.items()):
        values.update({(name, k): n for k, n in counts.items()})
        relations.append((("total",), [(name, k) for k in sorted(counts)]))
        for k in sorted(counts):
            cells = sorted(("cell", *key) for key in combos if key[position] == k)
            relations.append(((name, k), cells))
    hidden = hidden_counts(values, relations)

    def shown(node: tuple[str, ...]) -> int | str:
        return SUPPRESSED if node in hidden else values[node]

    asks = dict(advice.ASK_CHOICES)
    return {
        "quarter": str(quarter),
        "scope": "citywide" if user.is_citywide else user.agency.acronym,
        "suppressed_below": SUPPRESS_BELOW,
        "suppression": SUPPRESSION_NOTE,
        "total": shown(("total",)),
        "rows": [
            {
                "agency": requester,
                "request": ask,
                "request_label": str(asks.get(ask, ask)),
                "response": response,
                "count": shown(("cell", requester, ask, response)),
            }
            for (requester, ask, response) in sorted(combos)
        ],
        "by_agency": {k: shown(("agency", k)) for k in sorted(margins["agency"])},
        "by_request": {k: shown(("request", k)) for k in sorted(margins["request"])},
        "by_response": {k: shown(("response", k)) for k in sorted(margins["response"])},
    }


def report_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["quarter", "scope", "agency", "request", "response", "count"])
    for row in report["rows"]:
        writer.writerow(
            [
                report["quarter"],
                report["scope"],
                row["agency"],
                row["request"],
                row["response"],
                row["count"],
            ]
        )
    writer.writerow([report["quarter"], report["scope"], "all", "all", "all", report["total"]])
    return out.getvalue()


OPEN_OUTCOMES = ("", Outcome.WAITED)
