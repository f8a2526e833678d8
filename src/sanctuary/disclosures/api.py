"""Disclosure requests, their steps, the redacted release, CPO reports and the watchdog as JSON.

Scoped through `get_for_user`/`for_user`: another agency's id answers 404."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils import timezone
from ninja import File, Form, Router, Schema
from ninja import Status as Reply
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import ConfigDict, Field

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.api import MAX_ID, with_errors
from sanctuary.disclosures import services
from sanctuary.disclosures.models import DisclosureRequest
from sanctuary.disclosures.reports import cpo_quarter
from sanctuary.disclosures.states import ACTIONS, moves_from
from sanctuary.disclosures.watchdog import flags_for

router = Router(tags=["disclosures"])
cpo_router = Router(tags=["reports"])


def _get(request: HttpRequest, pk: int) -> DisclosureRequest:
    user = require_capability(request.user, "disclosures.view")
    if not 0 < pk <= MAX_ID:
        raise HttpError(404, "Not found, or not yours to see.")
    return get_for_user(DisclosureRequest.objects.select_related("agency"), user, pk=pk)


def _raise(error: services.DisclosureError) -> None:
    if error.status == 403:
        raise PermissionDenied(str(error)) from error
    raise HttpError(error.status, f"{error.field}: {error}") from error


class Strict(Schema):
    model_config = ConfigDict(extra="forbid")


class DocumentIn(Strict):
    kind: str
    signed: bool | None = None
    execute_by: date | None = None


class RequestIn(Strict):
    requester_name: str = Field(min_length=1, max_length=200)
    requester_organisation: str = Field(min_length=1, max_length=200)
    requester_kind: str
    requester: str = "OTHER"
    purpose: str = "unknown"
    purpose_detail: str = ""
    information: list[str] = Field(min_length=1)
    subject: str = Field(default="", max_length=2000)
    documents: list[DocumentIn] = []
    consent_written: bool = False
    exigent: bool = False
    exigent_reason: str = ""
    deadline: date | None = None


class TransitionOut(Schema):
    action: str
    from_status: str
    to_status: str
    actor: str
    at: datetime


class RequestOut(Schema):
    id: int
    agency: str
    requester_name: str
    requester_organisation: str
    requester_kind: str
    requester: str
    purpose: str
    information: list[str]
    subject: str
    documents: list[dict[str, Any]]
    consent_written: bool
    exigent: bool
    deadline: date | None
    decision: dict[str, Any]
    rules_version: str
    counsel_required: bool
    counsel_signed_off: bool
    status: str
    allowed_actions: list[str]
    has_redacted_copy: bool
    outcome: str
    stalled: list[str]
    history: list[TransitionOut]


def _out(r: DisclosureRequest, detail: bool = True) -> dict[str, Any]:
    return {
        "id": r.pk,
        "agency": r.agency.acronym,
        "requester_name": r.requester_name,
        "requester_organisation": r.requester_organisation,
        "requester_kind": r.requester_kind,
        "requester": r.requester,
        "purpose": r.purpose,
        "information": r.information,
        "subject": r.subject if detail else "",
        "documents": r.documents,
        "consent_written": r.consent_written,
        "exigent": r.exigent,
        "deadline": r.deadline,
        "decision": r.decision,
        "rules_version": r.rules_version,
        "counsel_required": r.counsel_required,
        "counsel_signed_off": r.counsel_signed_off_at is not None,
        "status": r.status,
        "allowed_actions": [m.action for m in moves_from(r.status)],
        "has_redacted_copy": r.has_redacted_copy,
        "outcome": r.outcome,
        "stalled": list(flags_for([r]).get(r.pk, ())),
        "history": [
            {"action": t.action, "from_status": t.from_status, "to_status": t.to_status,
             "actor": t.actor_name, "at": t.at}
            for t in r.transitions.all()
        ] if detail else [],
    }  # fmt: skip


@router.get("", response=with_errors({200: list[RequestOut]}))
def list_requests(request: HttpRequest) -> Any:
    """Every request you may see (subjects left out of the list), with watchdog flags."""
    user = require_capability(request.user, "disclosures.view")
    qs = DisclosureRequest.objects.for_user(user).select_related("agency")[:500]
    return [_out(r, detail=False) for r in qs]


@router.post("", response=with_errors({201: RequestOut}))
def create_request(request: HttpRequest, payload: RequestIn) -> Any:
    user = require_capability(request.user, "disclosures.intake")
    if user.agency_id is None:
        raise PermissionDenied
    data = payload.model_dump()
    data["information"] = tuple(data["information"])
    data["documents"] = tuple(data["documents"])
    try:
        req = services.create_request(user, user.agency, services.Intake(**data))
    except services.DisclosureError as error:
        _raise(error)
    return Reply(201, _out(req))


@router.get("/{pk}", response=with_errors({200: RequestOut}))
def get_request(request: HttpRequest, pk: int) -> Any:
    return _out(_get(request, pk))


class ActionIn(Strict):
    action: Literal[ACTIONS]  # type: ignore[valid-type]
    reason: str = Field(default="", max_length=4000)


@router.post("/{pk}/transitions", response=with_errors({200: RequestOut, 409: Any}))
def move(request: HttpRequest, pk: int, payload: ActionIn) -> Any:
    """Take one step (review, refer_to_counsel, approve, deny, release, close)."""
    req = _get(request, pk)
    try:
        services.transition(request.user, req, payload.action, payload.reason)
    except services.DisclosureError as error:
        _raise(error)
    return _out(req)


class NoteIn(Strict):
    note: str = Field(default="", max_length=4000)


@router.post("/{pk}/counsel-sign-off", response=with_errors({200: RequestOut, 409: Any}))
def counsel(request: HttpRequest, pk: int, payload: NoteIn) -> Any:
    req = _get(request, pk)
    try:
        services.counsel_sign_off(request.user, req, payload.note)
    except services.DisclosureError as error:
        _raise(error)
    return _out(req)


@router.post("/{pk}/redacted-copy", response=with_errors({200: RequestOut, 409: Any}))
def redacted_copy(
    request: HttpRequest,
    pk: int,
    file: UploadedFile = File(...),  # noqa: B008
    operator: str = Form("redact"),  # noqa: B008
) -> Any:
    """Upload the original; the server redacts it, re-scans it and keeps only the copy."""
    req = _get(request, pk)
    if (file.size or 0) > services.MAX_REDACT_BYTES:
        raise HttpError(413, "file: the file is larger than 5 MB")
    try:
        services.attach_redacted_copy(request.user, req, file.name or "", file.read(), operator)
    except services.DisclosureError as error:
        _raise(error)
    return _out(req)


class ImproperIn(Strict):
    occurred_on: date
    requester_kind: str
    information: list[str] = Field(min_length=1)
    description: str = Field(min_length=1, max_length=4000)
    person_notified: bool = False


class CpoReportOut(Schema):
    id: int
    agency: str
    kind: str
    occurred_on: date


@router.post("/cpo/improper", response=with_errors({201: CpoReportOut}))
def improper(request: HttpRequest, payload: ImproperIn) -> Any:
    user = require_capability(request.user, "disclosures.report_improper")
    if user.agency_id is None:
        raise PermissionDenied
    try:
        report = services.report_improper(user, user.agency, **payload.model_dump())
    except services.DisclosureError as error:
        _raise(error)
    return Reply(201, {"id": report.pk, "agency": report.agency.acronym, "kind": report.kind,
                 "occurred_on": report.occurred_on})  # fmt: skip


class StallOut(Schema):
    id: int
    agency: str
    status: str
    reasons: list[str]


@router.get("/watchdog/stalled", response=with_errors({200: list[StallOut]}))
def stalled(request: HttpRequest) -> Any:
    user = require_capability(request.user, "disclosures.view")
    reqs = list(DisclosureRequest.objects.for_user(user).select_related("agency"))
    flags = flags_for(reqs)
    return [
        {"id": r.pk, "agency": r.agency.acronym, "status": r.status, "reasons": list(flags[r.pk])}
        for r in reqs
        if r.pk in flags
    ]


@cpo_router.get("", response=with_errors({200: dict[str, Any]}))
def cpo_quarterly(request: HttpRequest, year: int = 0, quarter: int = 0) -> Any:
    """Counts by agency, requester kind and outcome; 1 to 4 shown as 'fewer than 5'."""
    require_capability(request.user, "reports.cpo")
    today = timezone.localdate()
    try:
        return cpo_quarter(year or today.year, quarter or (today.month - 1) // 3 + 1).to_dict()
    except ValueError as error:
        raise HttpError(422, f"quarter: {error}") from error
