"""The biennial agency report (Admin Code §23-1205) from the inventory and the disclosure log.

Contents follow §23-1205: data types collected, routine and approved disclosures, agreements,
requesters and reasons, minimization alternatives, and access limits. No subject descriptions,
no reasons that could carry a resident's details: requests appear by kind, organisation, the
information categories asked for, the engine's answer and the outcome.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.utils import timezone

from sanctuary.inventory.categories import citation, label
from sanctuary.inventory.risk import risk_flags

CITATION = "NYC Admin. Code §23-1205 (biennial agency report)"
CSV_COLUMNS = (
    "section",
    "id",
    "name",
    "categories",
    "purpose",
    "legal_basis",
    "retention",
    "access",
    "approval",
    "routine_disclosures",
    "agreements",
    "minimization",
    "risk_flags",
    "received_on",
    "requester_kind",
    "requester_organisation",
    "information",
    "engine_decision",
    "outcome",
)


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@dataclass
class AgencyReport:
    agency: str
    agency_name: str
    start: date
    end: date
    collections: list[dict[str, Any]]
    disclosures: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "agency_name": self.agency_name,
            "period": {"start": self.start.isoformat(), "end": self.end.isoformat()},
            "citation": CITATION,
            "categories_citation": citation(),
            "collections": self.collections,
            "disclosures": self.disclosures,
        }

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        for c in self.collections:
            row = {
                "section": "collection",
                **c,
                "categories": "; ".join(c["categories"]),
                "risk_flags": "; ".join(f["code"] for f in c["risk_flags"]),
            }
            writer.writerow([_csv_cell(row.get(k, "")) for k in CSV_COLUMNS])
        for d in self.disclosures:
            row = {"section": "disclosure", **d, "information": "; ".join(d["information"])}
            writer.writerow([_csv_cell(row.get(k, "")) for k in CSV_COLUMNS])
        return out.getvalue()


def build(agency: Any, start: date, end: date) -> AgencyReport:
    from sanctuary.disclosures.models import DisclosureRequest
    from sanctuary.inventory.models import DataCollection

    collections = []
    for c in DataCollection.objects.filter(agency=agency).order_by("name", "pk"):
        if c.approval_kind == "written":
            approval = f"written: {c.approved_by_name}, {c.approved_on or 'no date'}"
            if c.approval_reference:
                approval += f", ref. {c.approval_reference}"
        elif c.approval_kind == "exigent":
            approval = f"exigent; reported to CPO {c.exigent_reported_to_cpo_on or 'not yet'}"
        else:
            approval = "none recorded"
        collections.append(
            {
                "id": c.pk,
                "name": c.name,
                "categories": [label(x) for x in c.categories],
                "fields": [{"name": f["name"], "category": f["category"]} for f in c.fields],
                "purpose": c.purpose,
                "legal_basis": c.get_legal_basis_display()
                + (f" ({c.legal_basis_detail})" if c.legal_basis_detail else ""),
                "retention": c.retention_label,
                "access": c.access_description
                + (f" ({c.access_count} people)" if c.access_count is not None else ""),
                "approval": approval,
                "routine_disclosures": c.routine_disclosures,
                "agreements": c.agreements,
                "minimization": c.minimization,
                "risk_flags": [f.to_dict() for f in risk_flags(c)],
            }
        )
    tz = timezone.get_current_timezone()
    lo = datetime.combine(start, time.min, tzinfo=tz)
    hi = datetime.combine(end + timedelta(1), time.min, tzinfo=tz)
    disclosures = [
        {
            "id": r.pk,
            "received_on": timezone.localtime(r.received_at).date().isoformat(),
            "requester_kind": r.get_requester_kind_display(),
            "requester_organisation": r.requester_organisation,
            "purpose": r.purpose,
            "information": list(r.information),
            "engine_decision": r.engine_decision,
            "outcome": r.outcome,
        }
        for r in DisclosureRequest.objects.filter(
            agency=agency, received_at__gte=lo, received_at__lt=hi
        ).order_by("received_at", "pk")
    ]
    return AgencyReport(agency.acronym, agency.name, start, end, collections, disclosures)
