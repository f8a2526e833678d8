"""POST /api/decisions: the rules engine's contract over HTTP, one request or a list."""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from sanctuary.accounts.scoping import get_for_user, may_change
from sanctuary.api import VerifiedSession, error_response, with_errors
from sanctuary.audit.service import record
from sanctuary.documents import DocumentError, TooLarge, check_document
from sanctuary.encounters import queries, services
from sanctuary.encounters.advice import audit_summary
from sanctuary.encounters.models import Encounter, Response, SurgeAlert
from sanctuary.encounters.uploads import keep_uploads_in_memory
from sanctuary.facilities.models import Facility
from sanctuary.rules import RequestError, decide, decision_schema, parse_requests, request_schema

router = Router(tags=["decisions"])


class ReasonOut(Schema):
    rule: str
    citation: str
    text: str


class DecisionOut(Schema):
    decision: str
    summary: str
    reasons: list[ReasonOut]
    steps: list[str]
    unverified: bool
    rules_version: str


_REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {"oneOf": [request_schema(), {"type": "array", "items": request_schema()}]}
        }
    },
}
_ = decision_schema  # the engine's own schema; DecisionOut mirrors it for OpenAPI


@router.post(
    "",
    response=with_errors({200: DecisionOut | list[DecisionOut]}),
    openapi_extra={"requestBody": _REQUEST_BODY},
    summary="Decide what staff may do",
    operation_id="decide",
)
def create_decision(request: HttpRequest) -> Any:
    """One request object gives one decision; a list gives a list in the same order.

    Invalid input is a 422 naming the field and what was expected; nothing is decided then.
    """
    user: Any = request.user
    if not user.can("decisions.ask"):
        raise PermissionDenied("Your role does not ask for decisions.")
    try:
        body = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError):
        return error_response(request, 400, "The body is not valid JSON.")
    try:
        requests = parse_requests(body)
    except RequestError as error:
        return _invalid(request, error)
    decisions = [decide(r).to_dict() for r in requests]
    for payload, decision in zip(requests, decisions, strict=True):
        as_dict = payload.to_dict()
        record(
            "decision",
            actor=user,
            object_type="decision",
            agency=as_dict.get("agency", "") if user.is_citywide else None,
            summary=audit_summary(as_dict, decision),
        )
    return decisions if isinstance(body, list) else decisions[0]


def _invalid(request: HttpRequest, error: RequestError) -> HttpResponse:
    return error_response(
        request,
        422,
        "The request has an error.",
        [{"field": error.field, "message": f"expected {error.expected}"}],
    )


# ----------------------------------------------------------------------------- encounters (issue 5)
# Everything the front-desk pages do, as JSON, on the same services.


class InMemoryUploadSession(VerifiedSession):
    """The staff session check, after telling Django to keep uploads in memory only."""

    def __call__(self, request: HttpRequest) -> Any:
        if request.method == "POST" and not hasattr(request, "_files"):
            keep_uploads_in_memory(request)
        return super().__call__(request)


_FILE = File(...)
encounters_router = Router(tags=["encounters"])
documents_router = Router(tags=["documents"], auth=InMemoryUploadSession())
board_router = Router(tags=["board"])
reports_router = Router(tags=["reports"])


class EncounterIn(Schema):
    key: str
    ask: str
    facility_id: int | None = None
    requester: str = "unknown"
    purpose: str = "unknown"


class ShownIn(Schema):
    shown: str
    kind: str | None = None
    signed: str | None = None
    names_place: str | None = None
    execute_by: _dt.date | None = None
    exigent: bool = False


class OutcomeIn(Schema):
    outcome: str = ""
    agent_count: int | None = None
    agent_identifiers: str = ""
    vehicles: str = ""
    notes: str = ""
    keep_flagged: bool = False


class RequestIn(Schema):
    key: str
    channel: str
    ask: str
    requester: str = "unknown"
    response: str
    borough: str = ""
    place_kind: str = ""


class EncounterOut(Schema):
    id: int
    agency: str
    channel: str
    started_at: _dt.datetime
    step: int
    facility_id: int | None
    borough: str
    place_kind: str
    ask: str
    requester: str
    purpose: str
    shown: str
    document_kind: str
    document_check: dict[str, Any]
    decision: str
    decision_detail: dict[str, Any]
    response: str
    outcome: str
    agent_count: int | None
    notes_flagged: str


def _out(e: Encounter) -> dict[str, Any]:
    return {
        "id": e.pk,
        "agency": e.agency.acronym,
        "channel": e.channel,
        "started_at": e.started_at,
        "step": e.step,
        "facility_id": e.facility_id,
        "borough": e.borough,
        "place_kind": e.place_kind,
        "ask": e.ask,
        "requester": e.requester,
        "purpose": e.purpose,
        "shown": e.shown,
        "document_kind": e.document_kind,
        "document_check": e.document_check,
        "decision": e.decision,
        "decision_detail": e.decision_detail,
        "response": e.response,
        "outcome": e.outcome,
        "agent_count": e.agent_count,
        "notes_flagged": e.notes_flagged,
    }


def _field_error(request: HttpRequest, error: services.EncounterError) -> HttpResponse:
    return error_response(
        request, 422, "The request has an error.", [{"field": error.field, "message": str(error)}]
    )


def _may_record(user: Any) -> None:
    if not user.can("decisions.ask"):
        raise PermissionDenied("Your role does not record encounters.")


def _for_change(request: HttpRequest, encounter_id: int) -> Encounter:
    user: Any = request.user
    _may_record(user)
    encounter = get_for_user(
        Encounter.objects.select_related("agency", "facility"), user, pk=encounter_id
    )
    if not may_change(user, "decisions.ask", encounter.agency_id):
        raise PermissionDenied("Not yours to change.")
    return encounter


@encounters_router.post(
    "",
    response=with_errors({200: EncounterOut, 201: EncounterOut}),
    summary="Start an encounter (idempotent per user and key)",
    operation_id="encounter_start",
)
def encounter_start(request: HttpRequest, payload: EncounterIn) -> Any:
    """201 with a new encounter; 200 with the existing one when the key was seen before."""
    user: Any = request.user
    _may_record(user)
    facility = None
    if payload.facility_id is not None:
        facility = get_for_user(
            Facility.objects.select_related("agency"), user, pk=payload.facility_id
        )
    try:
        started = services.start_encounter(
            user,
            key=payload.key,
            ask=payload.ask,
            facility=facility,
            requester=payload.requester,
            purpose=payload.purpose,
        )
    except services.EncounterError as error:
        return _field_error(request, error)
    return Status(201 if started.created else 200, _out(started.encounter))


@encounters_router.get(
    "",
    response=with_errors({200: list[EncounterOut]}),
    summary="Recent encounters you may see",
    operation_id="encounter_list",
)
def encounter_list(request: HttpRequest, limit: int = 50) -> Any:
    user: Any = request.user
    if not user.can("decisions.ask") and not user.can("board.view"):
        raise PermissionDenied
    rows = Encounter.objects.for_user(user).select_related("agency")[: max(1, min(limit, 500))]
    return [_out(e) for e in rows]


@encounters_router.post(
    "/requests",
    response=with_errors({200: EncounterOut, 201: EncounterOut}),
    summary="§10-178: record a request made by phone, letter or away from a facility",
    operation_id="assistance_request",
)
def assistance_request(request: HttpRequest, payload: RequestIn) -> Any:
    from sanctuary.encounters.models import Channel
    from sanctuary.facilities.models import Borough, FacilityKind

    user: Any = request.user
    _may_record(user)
    if user.agency_id is None:
        raise PermissionDenied("Requests are recorded by the agency that received them.")
    checks = [
        ("channel", payload.channel, [c for c in Channel.values if c != Channel.IN_PERSON]),
        ("response", payload.response, Response.values),
        ("borough", payload.borough, ["", *Borough.values]),
        ("place_kind", payload.place_kind, ["", *FacilityKind.values]),
    ]
    for field, value, allowed in checks:
        if value not in allowed:
            return _field_error(
                request, services.EncounterError(field, f"expected one of {allowed}")
            )
    existed = Encounter.objects.filter(created_by=user, idempotency_key=payload.key).exists()
    try:
        encounter = services.record_assistance_request(user, **payload.dict())
    except services.EncounterError as error:
        return _field_error(request, error)
    return Status(200 if existed else 201, _out(encounter))


@encounters_router.get(
    "/{encounter_id}",
    response=with_errors({200: EncounterOut}),
    summary="One encounter",
    operation_id="encounter_get",
)
def encounter_get(request: HttpRequest, encounter_id: int) -> Any:
    user: Any = request.user
    if not user.can("decisions.ask") and not user.can("board.view"):
        raise PermissionDenied
    return _out(get_for_user(Encounter.objects.select_related("agency"), user, pk=encounter_id))


@encounters_router.post(
    "/{encounter_id}/shown",
    response=with_errors({200: EncounterOut}),
    summary="Step 2 by hand: what they showed; returns the decision",
    operation_id="encounter_shown",
)
def encounter_shown(request: HttpRequest, encounter_id: int, payload: ShownIn) -> Any:
    encounter = _for_change(request, encounter_id)
    shown = payload.shown
    answers: dict[str, Any] = {}
    if shown == "by_hand" or shown in dict(advice_kinds()):
        kind = payload.kind if shown == "by_hand" else shown
        if kind not in dict(advice_kinds()):
            return _field_error(request, services.EncounterError("kind", "unknown document kind"))
        shown = kind
        answers = {"signed": payload.signed, "names_place": payload.names_place}
        answers["execute_by"] = payload.execute_by
    elif shown not in ("nothing", "refused"):
        return _field_error(
            request,
            services.EncounterError("shown", "expected nothing, refused, by_hand or a kind"),
        )
    services.record_shown(
        encounter, request.user, shown=shown, answers=answers, exigent=payload.exigent
    )
    return _out(encounter)


def advice_kinds() -> list[tuple[str, Any]]:
    from sanctuary.encounters.forms import MANUAL_KINDS

    return MANUAL_KINDS


@encounters_router.post(
    "/{encounter_id}/photo",
    response=with_errors({200: EncounterOut}),
    summary="Step 2 with a photo: the document check decides what it is",
    operation_id="encounter_photo",
    auth=InMemoryUploadSession(),
)
def encounter_photo(request: HttpRequest, encounter_id: int, file: UploadedFile = _FILE) -> Any:
    encounter = _for_change(request, encounter_id)
    try:
        check = _check_upload(file, encounter.facility.address if encounter.facility else None)
    except DocumentError as error:
        return _document_error(request, error)
    services.record_shown(encounter, request.user, shown="photo", check=check)
    return _out(encounter)


@encounters_router.post(
    "/{encounter_id}/outcome",
    response=with_errors({200: EncounterOut}),
    summary="Record what happened (as it unfolds)",
    operation_id="encounter_outcome",
)
def encounter_outcome(request: HttpRequest, encounter_id: int, payload: OutcomeIn) -> Any:
    """Notes that look identifying are a 422 (field notes) unless keep_flagged is true."""
    encounter = _for_change(request, encounter_id)
    from sanctuary.encounters.models import Outcome

    if payload.outcome and payload.outcome not in Outcome.values:
        return _field_error(request, services.EncounterError("outcome", "unknown outcome"))
    if payload.agent_count is not None and not 1 <= payload.agent_count <= 500:
        return _field_error(request, services.EncounterError("agent_count", "expected 1 to 500"))
    try:
        services.record_outcome(encounter, request.user, **payload.dict())
    except services.NotesFlagged as flagged:
        return error_response(
            request,
            422,
            "The notes seem to contain identifying information; remove it or set keep_flagged.",
            [{"field": "notes", "message": ", ".join(flagged.types)}],
        )
    return _out(encounter)


# ----------------------------------------------------------------------------- documents (issue 4)


class CheckOut(Schema):
    file: str
    kind: str
    judicial_warrant: bool
    signed: bool | None
    valid_at_door: bool
    issued: str | None
    execute_by: str | None
    court: str | None
    signer_title: str | None
    names_address: bool | None
    signals: list[dict[str, Any]]
    reasons: list[str]
    confidence: float
    seconds: float


def _check_upload(file: UploadedFile, address: str | None) -> Any:
    return check_document(file.read(), filename="upload", on=timezone.localdate(), address=address)


def _document_error(request: HttpRequest, error: DocumentError) -> HttpResponse:
    status = 413 if isinstance(error, TooLarge) else 422
    return error_response(
        request, status, str(error), [{"field": "file", "message": type(error).__name__}]
    )


@documents_router.post(
    "/check",
    response=with_errors({200: CheckOut}),
    summary="Check a photo, scan or PDF of what agents presented",
    operation_id="document_check",
)
def document_check(
    request: HttpRequest, file: UploadedFile = _FILE, address: str | None = None
) -> Any:
    """Multipart upload, processed in memory and not stored. Same output as check-document."""
    user: Any = request.user
    _may_record(user)
    if getattr(request, "upload_too_large", False):
        return error_response(request, 413, "The file is too large.")
    try:
        result = _check_upload(file, address)
    except DocumentError as error:
        return _document_error(request, error)
    data = result.to_dict()
    data["file"] = "upload"
    return data


# ----------------------------------------------------------------------------- board, report


@board_router.get(
    "", response=with_errors({200: dict[str, Any]}), summary="The live board", operation_id="board"
)
def board(request: HttpRequest) -> Any:
    user: Any = request.user
    if not user.can("board.view"):
        raise PermissionDenied
    data = queries.board(user)
    return {
        "generated_at": data["generated_at"].isoformat(),
        "hours": data["hours"],
        "open_count": data["open_count"],
        "boroughs": [
            {
                **b,
                "encounters": [
                    {
                        **e,
                        "started_at": e["started_at"].isoformat(),
                        "outcome_label": str(e["outcome_label"]),
                        "ask_label": str(e["ask_label"]),
                    }
                    for e in b["encounters"]
                ],
                "label": str(b["label"]),
                "kinds": [{**k, "label": str(k["label"])} for k in b["kinds"]],
            }
            for b in data["boroughs"]
        ],
        "surges": [
            {
                "id": s.pk,
                "borough": s.borough,
                "count": s.count,
                "window_minutes": s.window_minutes,
                "created_at": s.created_at.isoformat(),
            }
            for s in data["surges"]
        ],
        "failed_notifications": [
            {
                "id": n.pk,
                "recipient": n.recipient,
                "attempts": n.attempts,
                "last_error": n.last_error,
                "encounter_id": n.encounter_id,
            }
            for n in data["failed_notifications"]
        ],
    }


@board_router.post(
    "/surges/{surge_id}/acknowledge",
    response=with_errors({200: dict[str, Any]}),
    summary="Acknowledge a surge alert (audited)",
    operation_id="surge_acknowledge",
)
def surge_acknowledge(request: HttpRequest, surge_id: int) -> Any:
    user: Any = request.user
    if not user.can("board.acknowledge"):
        raise PermissionDenied
    surge = SurgeAlert.objects.filter(pk=surge_id).first()
    if surge is None:
        return error_response(request, 404, "Not found.")
    with transaction.atomic():
        services.acknowledge_surge(surge, user)
    return {"id": surge.pk, "acknowledged_at": surge.acknowledged_at.isoformat()}


@reports_router.get(
    "/10-178",
    response=with_errors({200: dict[str, Any]}),
    summary="§10-178 quarterly anonymized report (cells under 5 suppressed)",
    operation_id="report_10_178",
)
def report_10_178(request: HttpRequest, quarter: str | None = None) -> Any:
    user: Any = request.user
    if not user.can("reports.view"):
        raise PermissionDenied
    try:
        parsed = queries.Quarter.parse(quarter)
    except ValueError as error:
        return error_response(
            request, 422, str(error), [{"field": "quarter", "message": str(error)}]
        )
    return queries.report_10_178(user, parsed)
