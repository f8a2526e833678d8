"""The EO 13 tracker as JSON: everything the pages do. Every response is declared (with_errors).

Records are fetched through the scoping layer (`get_for_user`, `for_user`): another agency's id
answers 404 exactly like an id that does not exist. Writes go through `services`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from django.http import Http404, HttpRequest, HttpResponse
from ninja import File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import ConfigDict, Field

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.agencies.models import Agency
from sanctuary.api import MAX_ID, error_response, with_errors
from sanctuary.compliance import queries, services
from sanctuary.compliance.completion import CompletionInput
from sanctuary.compliance.feeds import change_data
from sanctuary.compliance.models import AgencyObligation, Order, PolicyAudit, PolicyChange

router = Router(tags=["compliance"])
public_router = Router(tags=["public"], auth=None)


class Strict(Schema):
    model_config = ConfigDict(extra="forbid")


# ---- output shapes -------------------------------------------------------------------------


class EvidenceFileOut(Schema):
    name: str
    type: str
    size: int
    sha256: str
    download_url: str


class ObligationOut(Schema):
    id: int
    agency: str
    agency_name: str
    order: str
    obligation_id: str
    title: str
    description: str
    citation: str
    citation_unverified: bool
    due_on: date
    due_days_after_order: int
    due_unverified: bool
    due_note: str
    evidence_required: list[str]
    status: Literal["done", "open", "overdue"]
    status_label: str
    days_overdue: int
    days_left: int
    days_late: int
    completed_on: date | None
    officer_name: str
    officer_appointed_on: date | None
    training_count: int | None
    certification_statement: str
    policy_audit_id: int | None
    notes: str
    evidence_file: EvidenceFileOut | None
    recorded_at: datetime | None


class SummaryOut(Schema):
    total: int
    done: int
    open: int
    overdue: int


class ObligationListOut(Schema):
    today: date
    summary: SummaryOut
    items: list[ObligationOut]


class ObligationDefOut(Schema):
    id: str
    title: str
    description: str
    citation: str
    citation_unverified: bool
    applies_to: list[str] | None
    due_days_after_order: int
    due_on: date
    due_unverified: bool
    due_note: str
    evidence: list[str]


class OrderOut(Schema):
    id: str
    number: str
    title: str
    issuer: str
    signed_on: date
    source: str
    unverified: bool
    note: str
    obligations: list[ObligationDefOut]


class ChangeOut(Schema):
    id: int
    audit_id: int
    agency: str
    title: str
    description: str
    effective_on: date
    published: bool
    published_at: datetime | None


class AuditOut(Schema):
    id: int
    agency: str
    title: str
    findings: str
    audited_on: date
    created_at: datetime
    changes: list[ChangeOut]


class PublicChangeOut(Schema):
    id: int
    agency: str
    agency_name: str
    title: str
    description: str
    effective_on: date
    published_at: datetime
    audited_on: date


# ---- input shapes --------------------------------------------------------------------------


class ObligationFilters(Schema):
    agency: str = Field("", max_length=16, description="Agency acronym, e.g. DOE")
    status: Literal["", "done", "open", "overdue"] = ""
    obligation: str = Field("", max_length=64, description="Obligation id from the data file")
    sort: Literal[queries.SORT_CHOICES] = queries.DEFAULT_SORT  # type: ignore[valid-type]


class CompletionIn(Strict):
    completed_on: date
    officer_name: str = Field("", max_length=200)
    officer_appointed_on: date | None = None
    training_count: int | None = Field(None, ge=0, le=1_000_000)
    certification_statement: str = Field("", max_length=5000)
    policy_audit_id: int | None = Field(None, ge=1, le=MAX_ID)
    notes: str = Field("", max_length=2000)


class AuditIn(Strict):
    agency: str | None = Field(
        None, max_length=16, description="Agency acronym; defaults to your own agency"
    )
    title: str = Field(..., min_length=1, max_length=200)
    findings: str = Field(..., min_length=1, max_length=20000)
    audited_on: date


class ChangeIn(Strict):
    title: str = Field(..., min_length=1, max_length=200)
    description: str = Field(..., min_length=1, max_length=20000)
    effective_on: date


# ---- helpers -------------------------------------------------------------------------------


def _get(queryset: Any, user: Any, pk: int) -> Any:
    if not 0 < pk <= MAX_ID:
        raise Http404
    return get_for_user(queryset, user, pk=pk)


def _input_error(request: HttpRequest, error: services.InputError) -> HttpResponse:
    status = 413 if isinstance(error, services.FileTooLarge) else 422
    detail = "The file is too large." if status == 413 else "Some fields are not right."
    errors = [{"field": f, "message": m} for f, m in error.errors.items()]
    return error_response(request, status, detail, errors)


def obligation_out(row: AgencyObligation, on: date) -> dict[str, Any]:
    ob = row.obligation
    st = row.status(on)
    file_out = None
    if row.evidence_file:
        file_out = {
            "name": row.evidence_file_name,
            "type": row.evidence_file_type,
            "size": row.evidence_file_size or 0,
            "sha256": row.evidence_file_sha256,
            "download_url": f"/compliance/obligations/{row.pk}/evidence/",
        }
    return {
        "id": row.pk,
        "agency": row.agency.acronym,
        "agency_name": row.agency.name,
        "order": ob.order.key,
        "obligation_id": ob.key,
        "title": ob.title,
        "description": ob.description,
        "citation": ob.citation,
        "citation_unverified": ob.citation_unverified,
        "due_on": ob.due_on,
        "due_days_after_order": ob.due_days,
        "due_unverified": ob.due_unverified,
        "due_note": ob.due_note,
        "evidence_required": list(ob.evidence),
        "status": st.state.value,
        "status_label": st.label,
        "days_overdue": st.days_overdue,
        "days_left": st.days_left,
        "days_late": st.days_late,
        "completed_on": row.completed_on,
        "officer_name": row.officer_name,
        "officer_appointed_on": row.officer_appointed_on,
        "training_count": row.training_count,
        "certification_statement": row.certification_statement,
        "policy_audit_id": row.policy_audit_id,
        "notes": row.notes,
        "evidence_file": file_out,
        "recorded_at": row.recorded_at,
    }


def change_out(change: PolicyChange) -> dict[str, Any]:
    return {
        "id": change.pk,
        "audit_id": change.audit_id,
        "agency": change.audit.agency.acronym,
        "title": change.title,
        "description": change.description,
        "effective_on": change.effective_on,
        "published": change.published,
        "published_at": change.published_at,
    }


def audit_out(audit: PolicyAudit) -> dict[str, Any]:
    return {
        "id": audit.pk,
        "agency": audit.agency.acronym,
        "title": audit.title,
        "findings": audit.findings,
        "audited_on": audit.audited_on,
        "created_at": audit.created_at,
        "changes": [change_out(c) for c in audit.changes.order_by("-effective_on", "-pk")],
    }


def _row(user: Any, pk: int) -> AgencyObligation:
    return _get(queries.active_rows(), user, pk)


# ---- obligations ---------------------------------------------------------------------------


@router.get("/orders", response=with_errors({200: list[OrderOut]}))
def list_orders(request: HttpRequest) -> list[dict[str, Any]]:
    """The orders the tracker follows and their obligations, as loaded from the data files."""
    require_capability(request.user, "compliance.view")
    result = []
    for order in Order.objects.prefetch_related("obligations"):
        obligations = [
            {
                "id": ob.key,
                "title": ob.title,
                "description": ob.description,
                "citation": ob.citation,
                "citation_unverified": ob.citation_unverified,
                "applies_to": ob.applies_to,
                "due_days_after_order": ob.due_days,
                "due_on": ob.due_on,
                "due_unverified": ob.due_unverified,
                "due_note": ob.due_note,
                "evidence": list(ob.evidence),
            }
            for ob in order.obligations.all()
            if ob.is_active
        ]
        result.append(
            {
                "id": order.key,
                "number": order.number,
                "title": order.title,
                "issuer": order.issuer,
                "signed_on": order.signed_on,
                "source": order.source,
                "unverified": order.unverified,
                "note": order.note,
                "obligations": obligations,
            }
        )
    return result


@router.get("/obligations", response=with_errors({200: ObligationListOut}))
def list_obligations(request: HttpRequest, filters: Query[ObligationFilters]) -> dict[str, Any]:
    """The dashboard: every agency obligation you may see, filtered and sorted, with counts."""
    user = require_capability(request.user, "compliance.view")
    on = queries.today()
    rows, summary = queries.obligation_rows(
        user,
        on=on,
        agency=filters.agency.strip().upper(),
        status=filters.status,
        obligation=filters.obligation.strip(),
        sort=filters.sort,
    )
    return {
        "today": on,
        "summary": summary.__dict__,
        "items": [obligation_out(r, on) for r in rows],
    }


@router.get("/obligations/{obligation_id}", response=with_errors({200: ObligationOut}))
def get_obligation(request: HttpRequest, obligation_id: int) -> dict[str, Any]:
    user = require_capability(request.user, "compliance.view")
    return obligation_out(_row(user, obligation_id), queries.today())


@router.post("/obligations/{obligation_id}/completion", response=with_errors({200: ObligationOut}))
def record_completion(request: HttpRequest, obligation_id: int, payload: CompletionIn) -> Any:
    """Mark an obligation done with the evidence it requires (see `evidence_required`)."""
    user = require_capability(request.user, "compliance.record")
    row = _row(user, obligation_id)
    data = CompletionInput(**payload.model_dump())
    try:
        services.record_completion(user, row, data, on=queries.today())
    except services.InputError as error:
        return _input_error(request, error)
    return obligation_out(row, queries.today())


@router.post("/obligations/{obligation_id}/reopen", response=with_errors({200: ObligationOut}))
def reopen(request: HttpRequest, obligation_id: int) -> dict[str, Any]:
    """Undo a completion recorded by mistake (the evidence stays)."""
    user = require_capability(request.user, "compliance.record")
    row = _row(user, obligation_id)
    services.reopen(user, row)
    return obligation_out(row, queries.today())


@router.post("/obligations/{obligation_id}/evidence", response=with_errors({200: ObligationOut}))
def upload_evidence(
    request: HttpRequest, obligation_id: int, evidence_file: File[UploadedFile]
) -> Any:
    """Attach an evidence file (multipart field `evidence_file`): PDF, PNG, JPEG, DOCX or plain
    text, checked by content, at most SANCTUARY_MAX_UPLOAD_BYTES (413 when larger)."""
    user = require_capability(request.user, "compliance.record")
    row = _row(user, obligation_id)
    try:
        services.attach_evidence_file(user, row, evidence_file)
    except services.InputError as error:
        return _input_error(request, error)
    return obligation_out(row, queries.today())


# ---- policy audits and changes -------------------------------------------------------------


@router.get("/policy-audits", response=with_errors({200: list[AuditOut]}))
def list_audits(request: HttpRequest) -> list[dict[str, Any]]:
    user = require_capability(request.user, "compliance.view")
    return [audit_out(a) for a in queries.audits_for(user).prefetch_related("changes")]


@router.post("/policy-audits", response=with_errors({201: AuditOut}))
def create_audit(request: HttpRequest, payload: AuditIn) -> Any:
    """Record a policy audit and its findings for an agency (your own, unless citywide)."""
    user = require_capability(request.user, "compliance.policy_audit")
    if payload.agency:
        agency = Agency.objects.filter(acronym=payload.agency.strip().upper()).first()
        if agency is None:
            return _input_error(
                request, services.InputError({"agency": "No agency has that acronym."})
            )
    elif user.agency_id is not None:
        agency = user.agency
    else:
        return _input_error(
            request, services.InputError({"agency": "Citywide staff name the agency."})
        )
    try:
        audit = services.create_audit(
            user,
            agency,
            title=payload.title,
            findings=payload.findings,
            audited_on=payload.audited_on,
            on=queries.today(),
        )
    except services.InputError as error:
        return _input_error(request, error)
    return Status(201, audit_out(audit))


@router.get("/policy-audits/{audit_id}", response=with_errors({200: AuditOut}))
def get_audit(request: HttpRequest, audit_id: int) -> dict[str, Any]:
    user = require_capability(request.user, "compliance.view")
    return audit_out(_get(PolicyAudit.objects.select_related("agency"), user, audit_id))


@router.post("/policy-audits/{audit_id}/changes", response=with_errors({201: ChangeOut}))
def add_change(request: HttpRequest, audit_id: int, payload: ChangeIn) -> Any:
    """Add a policy change the audit led to. It stays internal until published."""
    user = require_capability(request.user, "compliance.policy_audit")
    audit = _get(PolicyAudit.objects.select_related("agency"), user, audit_id)
    change = services.add_change(
        user,
        audit,
        title=payload.title,
        description=payload.description,
        effective_on=payload.effective_on,
    )
    return Status(201, change_out(change))


@router.post("/policy-changes/{change_id}/publish", response=with_errors({200: ChangeOut}))
def publish_change(request: HttpRequest, change_id: int) -> dict[str, Any]:
    """The explicit publish step: the change appears on the public page, feed and JSON."""
    user = require_capability(request.user, "compliance.publish")
    change = _get(PolicyChange.objects.select_related("audit__agency"), user, change_id)
    return change_out(services.publish_change(user, change))


# ---- public --------------------------------------------------------------------------------


@public_router.get(
    "/policy-changes", response=with_errors({200: list[PublicChangeOut]}, public=True)
)
def public_policy_changes(request: HttpRequest) -> list[dict[str, Any]]:
    """Every published policy change, by agency. No sign-in needed."""
    return [change_data(c) for c in queries.published_changes()]
