"""Disclosure requests: intake with the engine's pre-assessment, the guarded state machine, the
redacted release and the reports to the Chief Privacy Officer. Pages, API and commands call
these; none decides a rule itself (the engine does) or moves a status without a Transition row
and an audit entry in the same transaction.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sanctuary.accounts.roles import Role
from sanctuary.audit.service import record
from sanctuary.disclosures.models import (
    CpoReport,
    DisclosureRequest,
    RequesterKind,
    Status,
    Transition,
)
from sanctuary.disclosures.states import BY_ACTION
from sanctuary.encounters.crypto import fernet
from sanctuary.privacy import OPERATORS, ReadError, redact_file, scan_file, thorough_scanner
from sanctuary.rules import (
    DOCUMENT_KINDS,
    INFORMATION,
    PURPOSES,
    REQUESTERS,
    RULES_VERSION,
    RequestError,
    decide,
    parse_request,
)

# Court process: counsel reads it before the privacy officer approves (see ADR 0007).
COURT_PROCESS = frozenset(
    {
        "judicial_subpoena",
        "court_order",
        "judicial_search_warrant",
        "judicial_arrest_warrant",
        "state_court_search_warrant",
        "state_court_arrest_warrant",
    }
)
# Engine rules whose answer sends the request to counsel as well as the privacy officer.
COUNSEL_RULES = frozenset(
    {
        "disclose.judicial_process",
        "disclose.consent_immigration",
        "disclose.immigration_status",
        "documents.court_process",
    }
)
IMMIGRATION_REQUESTERS = frozenset({"ICE", "HSI", "CBP", "USCIS"})
REDACTED_EXTENSIONS = (".txt", ".csv", ".pdf")
MAX_REDACT_BYTES = 5 * 1024 * 1024


class DisclosureError(ValueError):
    """Input or a step the service refuses; the message is safe to show staff (no resident data)."""

    def __init__(self, field: str, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.field = field
        self.status = status


@dataclass
class Intake:
    requester_name: str
    requester_organisation: str
    requester_kind: str
    requester: str = "OTHER"
    purpose: str = "unknown"
    purpose_detail: str = ""
    information: tuple[str, ...] = ()
    subject: str = ""
    documents: tuple[dict[str, Any], ...] = ()
    consent_written: bool = False
    exigent: bool = False
    exigent_reason: str = ""
    deadline: date | None = None


def engine_request(agency: str, intake: Intake, on: date) -> dict[str, Any]:
    """The engine's `disclose` request for this intake: its own vocabulary, nothing personal."""
    docs = []
    for d in intake.documents:
        doc: dict[str, Any] = {"kind": d["kind"]}
        if d.get("signed") is not None:
            doc["signed"] = bool(d["signed"])
        if d.get("execute_by"):
            doc["execute_by"] = str(d["execute_by"])
        docs.append(doc)
    return {
        "as_of": on.isoformat(),
        "agency": agency,
        "requester": intake.requester,
        "purpose": intake.purpose,
        "action": "disclose",
        "information": list(intake.information),
        "documents": docs,
        "consent": {"written": bool(intake.consent_written)},
        "exigent_circumstances": bool(intake.exigent),
    }


def _validate(intake: Intake) -> None:
    if not intake.requester_name.strip():
        raise DisclosureError("requester_name", "Say who is asking (the official's name).")
    if not intake.requester_organisation.strip():
        raise DisclosureError("requester_organisation", "Say which organisation is asking.")
    if intake.requester_kind not in RequesterKind.values:
        raise DisclosureError("requester_kind", "Choose the kind of requester.")
    if intake.requester not in REQUESTERS:
        raise DisclosureError("requester", f"Choose one of {', '.join(REQUESTERS)}.")
    if intake.purpose not in PURPOSES:
        raise DisclosureError("purpose", f"Choose one of {', '.join(PURPOSES)}.")
    if not intake.information:
        raise DisclosureError("information", "Say what information is asked for.")
    for item in intake.information:
        if item not in INFORMATION:
            raise DisclosureError("information", f"Choose from {', '.join(INFORMATION)}.")
    for d in intake.documents:
        if d.get("kind") not in DOCUMENT_KINDS:
            raise DisclosureError("documents", "A document's kind is not one the checker knows.")
    if intake.exigent and not intake.exigent_reason.strip():
        raise DisclosureError("exigent_reason", "Say why the circumstances are exigent.")
    if intake.requester_kind == RequesterKind.FEDERAL_IMMIGRATION and (
        intake.requester not in IMMIGRATION_REQUESTERS
    ):
        raise DisclosureError(
            "requester", "A federal immigration requester is ICE, HSI, CBP or USCIS."
        )


def needs_counsel(decision: dict[str, Any], documents: Any, requester_kind: str) -> bool:
    if any(d.get("kind") in COURT_PROCESS for d in documents):
        return True
    if requester_kind == RequesterKind.FEDERAL_IMMIGRATION:
        return True
    if decision.get("decision") == "deny":
        # A denial that is not refused by rule (see refused_by_rule) is the engine failing
        # closed on what its vocabulary cannot express, e.g. another city agency's request:
        # only counsel may advise the privacy officer to go against it.
        return True
    return decision.get("decision") == "escalate" and any(
        r.get("rule") in COUNSEL_RULES for r in decision.get("reasons", [])
    )


def is_immigration_request(req: Any) -> bool:
    return (
        req.requester_kind == RequesterKind.FEDERAL_IMMIGRATION
        or req.requester in IMMIGRATION_REQUESTERS
        or req.purpose == "civil_immigration"
    )


def refused_by_rule(req: Any) -> bool:
    """EO 13 and §23-1202: what the engine denies to federal immigration enforcement is never
    approved, whoever signs off."""
    return req.engine_decision == "deny" and is_immigration_request(req)


def _log(req: DisclosureRequest, action: str, src: str, dst: str, actor: Any, reason: str) -> None:
    Transition.objects.create(
        request=req,
        action=action,
        from_status=src,
        to_status=dst,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_name=actor.get_username() if getattr(actor, "pk", None) else "system",
        reason=reason,
    )
    record(
        f"disclosure_{action}",
        actor=actor,
        obj=req,
        summary=f"Disclosure request {req.pk}: {src} -> {dst}",
    )


def create_request(user: Any, agency: Any, intake: Intake) -> DisclosureRequest:
    """Record a request and the engine's pre-assessment, in one transaction with its audit entry."""
    if not (user.can("disclosures.intake") and (user.is_citywide or user.agency_id == agency.pk)):
        raise DisclosureError("agency", "Your role cannot record requests for this agency.", 403)
    _validate(intake)
    now = timezone.now()
    try:
        parsed = parse_request(engine_request(agency.acronym, intake, timezone.localdate()))
    except RequestError as error:
        raise DisclosureError(error.field, f"expected {error.expected}") from error
    decision = decide(parsed).to_dict()
    with transaction.atomic():
        req = DisclosureRequest.objects.create(
            agency=agency,
            requester_name=intake.requester_name.strip(),
            requester_organisation=intake.requester_organisation.strip(),
            requester_kind=intake.requester_kind,
            requester=intake.requester,
            purpose=intake.purpose,
            purpose_detail=intake.purpose_detail,
            information=list(intake.information),
            subject=intake.subject.strip(),
            documents=[
                {
                    "kind": d["kind"],
                    "signed": d.get("signed"),
                    "execute_by": str(d["execute_by"]) if d.get("execute_by") else None,
                }
                for d in intake.documents
            ],
            consent_written=intake.consent_written,
            exigent=intake.exigent,
            exigent_reason=intake.exigent_reason.strip(),
            deadline=intake.deadline,
            decision=decision,
            rules_version=str(decision.get("rules_version") or RULES_VERSION),
            counsel_required=needs_counsel(decision, intake.documents, intake.requester_kind),
            received_at=now,
            last_activity_at=now,
            created_by=user,
        )
        _log(req, "receive", "", Status.RECEIVED, user, "")
    return req


def deciding_reason(req: DisclosureRequest) -> dict[str, str]:
    reasons = req.decision.get("reasons") or [{}]
    return {"rule": str(reasons[0].get("rule", "")), "citation": str(reasons[0].get("citation"))}


def transition(user: Any, req: DisclosureRequest, action: str, reason: str = "") -> None:
    """Move `req` by `action`, or raise DisclosureError naming why not (and the rule, if one)."""
    move = BY_ACTION.get(action)
    if move is None:
        raise DisclosureError("action", f"Unknown action; use one of {', '.join(BY_ACTION)}.")
    if not user.can(move.capability) or user.is_citywide or user.agency_id != req.agency_id:
        raise DisclosureError("action", "Your role cannot do this for this agency.", 403)
    reason = (reason or "").strip()
    with transaction.atomic():
        locked = DisclosureRequest.objects.select_for_update().get(pk=req.pk)
        if locked.status not in move.sources:
            raise DisclosureError(
                "action", f"A request that is {locked.get_status_display().lower()} cannot "
                f"be moved by '{action}'.", 409
            )  # fmt: skip
        now = timezone.now()
        if action == "deny":
            if not reason:
                raise DisclosureError("reason", "A denial needs a reason.")
            locked.denial_reason = reason
        if action == "approve":
            _check_approval(user, locked)
            locked.approved_by, locked.approved_at = user, now
        if action == "release":
            if not locked.has_redacted_copy:
                raise DisclosureError(
                    "redacted_copy", "Attach the redacted copy (made by the redaction tool) first."
                )
            locked.released_at = now
        src = locked.status
        locked.status = move.target
        locked.last_activity_at = now
        locked.save()
        _log(locked, action, src, move.target, user, reason)
        if action == "release" and locked.exigent:
            CpoReport.objects.create(
                agency=locked.agency,
                kind=CpoReport.Kind.EXIGENT,
                request=locked,
                requester_kind=locked.requester_kind,
                information=locked.information,
                occurred_on=timezone.localdate(),
                description=locked.exigent_reason,
                reported_by=user,
            )
            record(
                "cpo_report_exigent",
                actor=user,
                obj=locked,
                summary=f"Exigent disclosure {locked.pk} reported to the Chief Privacy Officer",
            )
    req.refresh_from_db()


def _check_approval(user: Any, req: DisclosureRequest) -> None:
    if user.role != Role.PRIVACY_OFFICER or user.agency_id != req.agency_id:
        raise DisclosureError("action", "Only this agency's privacy officer approves.", 403)
    if refused_by_rule(req):
        why = deciding_reason(req)
        raise DisclosureError(
            "action",
            f"Refused by rule {why['rule']} ({why['citation']}): the rules engine denies this "
            "immigration-enforcement request, so it cannot be approved.",
            409,
        )
    if req.counsel_required and not req.counsel_signed_off_at:
        raise DisclosureError(
            "action", "Counsel must sign off first (court process or the engine says so).", 409
        )


def counsel_sign_off(user: Any, req: DisclosureRequest, note: str = "") -> None:
    if not user.can("disclosures.counsel") or user.agency_id != req.agency_id:
        raise DisclosureError("action", "Only this agency's counsel signs off.", 403)
    with transaction.atomic():
        locked = DisclosureRequest.objects.select_for_update().get(pk=req.pk)
        if locked.status != Status.NEEDS_COUNSEL:
            raise DisclosureError("action", "Counsel signs off on requests sent to counsel.", 409)
        locked.counsel_signed_off_by = user
        locked.counsel_signed_off_at = locked.last_activity_at = timezone.now()
        locked.save()
        _log(locked, "counsel_sign_off", locked.status, locked.status, user, note.strip())
    req.refresh_from_db()


def attach_redacted_copy(
    user: Any, req: DisclosureRequest, name: str, content: bytes, operator: str = "redact"
) -> dict[str, int]:
    """Redact the uploaded original in a temporary directory, check the result, keep only the
    redacted copy (encrypted). The original never reaches the database or the media storage."""
    if not user.can("disclosures.approve") or user.agency_id != req.agency_id:
        raise DisclosureError("file", "Only this agency's privacy officer attaches the copy.", 403)
    if req.status != Status.APPROVED:
        raise DisclosureError("file", "Attach the redacted copy once the request is approved.", 409)
    if operator not in OPERATORS:
        raise DisclosureError("operator", f"Choose one of {', '.join(OPERATORS)}.")
    suffix = Path(name or "").suffix.lower()
    if suffix not in REDACTED_EXTENSIONS:
        raise DisclosureError("file", "Upload a .txt, .csv or .pdf file.")
    if not content:
        raise DisclosureError("file", "The file is empty.")
    if len(content) > MAX_REDACT_BYTES:
        raise DisclosureError("file", "The file is larger than 5 MB.", 413)
    with tempfile.TemporaryDirectory(prefix="sanctuary-redact-") as tmp:
        original = Path(tmp) / f"original{suffix}"
        redacted = Path(tmp) / f"redacted{suffix}"
        original.write_bytes(content)
        try:
            # A release is where a missed name costs most: scan thoroughly (ADR 0010).
            scanner = thorough_scanner()
            counts = redact_file(original, redacted, operator, scanner=scanner)
            leftover = {f.type for f in scan_file(redacted, scanner=scanner)} & set(counts)
        except ReadError as error:
            raise DisclosureError("file", "The file could not be read as text, CSV or PDF.") from (
                error
            )
        if leftover:
            raise DisclosureError(
                "file",
                "The redacted copy still holds " + ", ".join(sorted(leftover)) + "; not kept.",
            )
        data = redacted.read_bytes()
    with transaction.atomic():
        locked = DisclosureRequest.objects.select_for_update().get(pk=req.pk)
        locked.redacted_copy = fernet().encrypt(data)
        locked.redacted_name = f"disclosure-{req.pk}-redacted{suffix}"
        locked.redacted_sha256 = hashlib.sha256(data).hexdigest()
        locked.redacted_operator = operator
        locked.redacted_counts = dict(counts)
        locked.last_activity_at = timezone.now()
        locked.save()
        record(
            "disclosure_redacted_copy",
            actor=user,
            obj=locked,
            summary=f"Redacted copy attached to disclosure request {req.pk} "
            f"({sum(counts.values())} items redacted with '{operator}')",
        )
    req.refresh_from_db()
    return dict(counts)


def redacted_bytes(req: DisclosureRequest) -> bytes:
    return fernet().decrypt(bytes(req.redacted_copy)) if req.redacted_copy else b""


def report_improper(
    user: Any,
    agency: Any,
    *,
    occurred_on: date,
    requester_kind: str,
    information: list[str],
    description: str,
    person_notified: bool = False,
) -> CpoReport:
    if not (user.can("disclosures.report_improper") and user.agency_id == agency.pk):
        raise DisclosureError("agency", "Your role cannot report for this agency.", 403)
    if requester_kind not in RequesterKind.values:
        raise DisclosureError("requester_kind", "Choose the kind of recipient.")
    if any(i not in INFORMATION for i in information) or not information:
        raise DisclosureError("information", f"Choose from {', '.join(INFORMATION)}.")
    if not description.strip():
        raise DisclosureError("description", "Say what happened (no more about the person "
                              "than needed).")  # fmt: skip
    if occurred_on > timezone.localdate():
        raise DisclosureError("occurred_on", "The date cannot be in the future.")
    with transaction.atomic():
        report = CpoReport.objects.create(
            agency=agency,
            kind=CpoReport.Kind.IMPROPER,
            requester_kind=requester_kind,
            information=information,
            occurred_on=occurred_on,
            description=description.strip(),
            person_notified=person_notified,
            reported_by=user,
        )
        record(
            "cpo_report_improper",
            actor=user,
            obj=report,
            summary=f"Improper disclosure reported to the Chief Privacy Officer ({report.pk})",
        )
    return report


def retention_days() -> int:
    return int(os.environ.get("SANCTUARY_DISCLOSURE_RETENTION_DAYS", "90"))


def purge_closed(now: Any = None, days: int | None = None) -> int:
    """Blank whom a closed request was about (and why it was exigent) once it has been closed
    for the retention period. The request itself stays for the §23-1205 and CPO reports."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=retention_days() if days is None else days)
    with transaction.atomic():
        due = DisclosureRequest.objects.filter(
            Q(subject__gt="") | Q(exigent_reason__gt=""),
            status=Status.CLOSED,
            last_activity_at__lte=cutoff,
        )
        count = due.update(subject="", exigent_reason="")
        if count:
            record(
                "disclosure.purge",
                object_type="disclosures.disclosurerequest",
                agency="",
                summary=f"Purged subject details of {count} closed disclosure requests",
            )
    return count
