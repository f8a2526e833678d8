"""The quarterly report to the Chief Privacy Officer: disclosure requests counted by agency,
requester kind and outcome, plus exigent and improper disclosures; cells of 1 to 4 are
suppressed ("fewer than 5") so no count points at a person.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

SUPPRESS_BELOW = 5
SUPPRESSED = "fewer than 5"
OUTCOMES = ("released", "approved", "denied", "pending")


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    if quarter not in (1, 2, 3, 4) or not 2018 <= year <= 2100:
        raise ValueError("quarter must be 1-4 and year 2018-2100")
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1) - timedelta(1)
    return start, end


def cell(n: int) -> int | str:
    return SUPPRESSED if 0 < n < SUPPRESS_BELOW else n


def _span(start: date, end: date) -> tuple[datetime, datetime]:
    tz = timezone.get_current_timezone()
    return (
        datetime.combine(start, time.min, tzinfo=tz),
        datetime.combine(end + timedelta(1), time.min, tzinfo=tz),
    )


@dataclass
class CpoQuarter:
    year: int
    quarter: int
    start: date
    end: date
    rows: list[dict[str, Any]]  # agency, requester_kind, outcome, count (suppressed)
    cpo_rows: list[dict[str, Any]]  # agency, kind (exigent/improper), count (suppressed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "quarter": self.quarter,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "suppression": f"counts from 1 to {SUPPRESS_BELOW - 1} are shown as '{SUPPRESSED}'",
            "requests": self.rows,
            "reported_to_cpo": self.cpo_rows,
        }

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["section", "agency", "requester_kind", "outcome", "count"])
        for r in self.rows:
            writer.writerow(
                ["requests", r["agency"], r["requester_kind"], r["outcome"], r["count"]]
            )
        for r in self.cpo_rows:
            writer.writerow(["reported_to_cpo", r["agency"], "", r["kind"], r["count"]])
        return out.getvalue()


def cpo_quarter(year: int, quarter: int) -> CpoQuarter:
    from sanctuary.disclosures.models import CpoReport, DisclosureRequest

    start, end = quarter_bounds(year, quarter)
    lo, hi = _span(start, end)
    counts: Counter[tuple[str, str, str]] = Counter()
    in_quarter = DisclosureRequest.objects.filter(received_at__gte=lo, received_at__lt=hi)
    for req in in_quarter.select_related("agency"):
        counts[(req.agency.acronym, req.requester_kind, req.outcome)] += 1
    reports: Counter[tuple[str, str]] = Counter(
        (r.agency.acronym, r.kind)
        for r in CpoReport.objects.filter(reported_at__gte=lo, reported_at__lt=hi).select_related(
            "agency"
        )
    )
    rows = [
        {"agency": a, "requester_kind": k, "outcome": o, "count": cell(n)}
        for (a, k, o), n in sorted(counts.items())
    ]
    cpo_rows = [{"agency": a, "kind": k, "count": cell(n)} for (a, k), n in sorted(reports.items())]
    return CpoQuarter(year, quarter, start, end, rows, cpo_rows)
