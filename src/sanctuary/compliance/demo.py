"""Demo progress on the EO 13 obligations, so a first run's dashboard and public page show
done, late and open rows. Recorded through the services, so it is audited like real work."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctuary.compliance.completion import CompletionInput
from sanctuary.compliance.models import AgencyObligation, PolicyAudit
from sanctuary.compliance.services import (
    add_change,
    create_audit,
    publish_change,
    record_completion,
)

DEMO_AUDIT_TITLE = "Demo: review of the patrol guide on federal immigration requests"


def _row(agency: str, obligation: str) -> AgencyObligation:
    return AgencyObligation.objects.select_related("obligation", "agency").get(
        agency__acronym=agency, obligation__key=obligation
    )


def load_demo_compliance(cpo: Any, *, today: date) -> list[str]:
    """Idempotent: rows already done and the demo audit are left as they are."""
    done = [
        (
            "DOE",
            "privacy-officer",
            CompletionInput(
                completed_on=date(2026, 2, 18),
                officer_name="Demo Privacy Officer (DOE)",
                officer_appointed_on=date(2026, 2, 18),
            ),
        ),
        (
            "HHC",
            "privacy-officer",
            CompletionInput(
                completed_on=date(2026, 2, 19),
                officer_name="Demo Privacy Officer (H+H)",
                officer_appointed_on=date(2026, 2, 19),
            ),
        ),
        (
            "DOE",
            "staff-training",
            CompletionInput(
                completed_on=date(2026, 3, 4),
                training_count=1250,
                notes="Demo figure: front-desk and school-safety staff.",
            ),
        ),
    ]
    recorded = 0
    for agency, key, data in done:
        row = _row(agency, key)
        if row.completed_on is None:
            record_completion(cpo, row, data, on=today)
            recorded += 1
    audit = PolicyAudit.objects.filter(title=DEMO_AUDIT_TITLE).first()
    if audit is None:
        nypd = _row("NYPD", "policy-audit").agency
        audit = create_audit(
            cpo,
            nypd,
            title=DEMO_AUDIT_TITLE,
            audited_on=date(2026, 4, 1),
            on=today,
            findings="Demo finding: the guide did not say that an ICE administrative warrant "
            "(I-200 or I-205) is not a judicial warrant.",
        )
        change = add_change(
            cpo,
            audit,
            title="Demo: only a judicial warrant opens non-public areas",
            description="Demo text. Officers are told that a form signed by an immigration "
            "officer is not a judicial warrant and that requests are referred to counsel.",
            effective_on=date(2026, 4, 15),
        )
        publish_change(cpo, change)
    return [f"Demo EO 13 completions recorded: {recorded}; a demo published policy change"]
