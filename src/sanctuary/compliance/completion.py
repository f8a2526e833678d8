"""What recording an obligation as done needs, checked on plain data. Pure Python, no Django.

Returns user-facing messages keyed by field name, so the form and the API say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CompletionInput:
    completed_on: date | None
    officer_name: str = ""
    officer_appointed_on: date | None = None
    training_count: int | None = None
    certification_statement: str = ""
    policy_audit_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class AuditFacts:
    """What the completion check needs to know about the chosen policy audit."""

    agency_matches: bool
    changes: int
    unpublished: int


def completion_errors(
    evidence: list[str] | tuple[str, ...],
    data: CompletionInput,
    *,
    today: date,
    has_file: bool,
    audit: AuditFacts | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.completed_on is None:
        errors["completed_on"] = "Enter the date it was done."
    elif data.completed_on > today:
        errors["completed_on"] = "The date it was done cannot be in the future."

    if "officer" in evidence:
        if not data.officer_name.strip():
            errors["officer_name"] = "Enter the privacy officer's name."
        if data.officer_appointed_on is None:
            errors["officer_appointed_on"] = "Enter the date the privacy officer was appointed."
        elif data.officer_appointed_on > today:
            errors["officer_appointed_on"] = "The appointment date cannot be in the future."
    if "training_count" in evidence:
        if data.training_count is None:
            errors["training_count"] = "Enter how many staff were trained."
        elif data.training_count < 1:
            errors["training_count"] = "Enter how many staff were trained: at least 1."
    if "certification_statement" in evidence and not data.certification_statement.strip():
        errors["certification_statement"] = "Enter the certification statement the agency signed."
    if "file" in evidence and not has_file:
        errors["evidence_file"] = "Upload the evidence file."
    if "policy_audit" in evidence:
        if data.policy_audit_id is None:
            errors["policy_audit"] = "Choose the policy audit that meets this obligation."
        elif audit is None or not audit.agency_matches:
            errors["policy_audit"] = "Choose one of this agency's policy audits."
        elif audit.unpublished:
            errors["policy_audit"] = (
                f"Publish the audit's {audit.unpublished} unpublished policy change"
                f"{'s' if audit.unpublished != 1 else ''} first."
            )
    return errors
