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

BOARD_HOURS = 24
SUPPRESS_BELOW = 5


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


def _cell(count: int) -> int | str:
    return count if count >= SUPPRESS_BELOW else "fewer than 5" if count else 0


def report_10_178(user: Any, quarter: Quarter) -> dict[str, Any]:
    """Counts by requesting agency, kind of request and response; cells under 5 suppressed.

    Zero stays zero (it discloses nothing); 1-4 become "fewer than 5". Complementary
    suppression (hiding a second cell so a total cannot reveal the first) is not done.
    """
    start, end = quarter.bounds()
    rows = Encounter.objects.for_user(user).filter(started_at__gte=start, started_at__lt=end)
    combos = Counter(rows.values_list("requester", "ask", "response"))
    by_agency: Counter[str] = Counter()
    by_ask: Counter[str] = Counter()
    by_response: Counter[str] = Counter()
    for (requester, ask, response), n in combos.items():
        by_agency[requester] += n
        by_ask[ask] += n
        by_response[response] += n
    asks = dict(advice.ASK_CHOICES)
    return {
        "quarter": str(quarter),
        "scope": "citywide" if user.is_citywide else user.agency.acronym,
        "suppressed_below": SUPPRESS_BELOW,
        "total": _cell(sum(combos.values())),
        "rows": [
            {
                "agency": requester,
                "request": ask,
                "request_label": str(asks.get(ask, ask)),
                "response": response,
                "count": _cell(n),
            }
            for (requester, ask, response), n in sorted(combos.items())
        ],
        "by_agency": {k: _cell(v) for k, v in sorted(by_agency.items())},
        "by_request": {k: _cell(v) for k, v in sorted(by_ask.items())},
        "by_response": {k: _cell(v) for k, v in sorted(by_response.items())},
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
