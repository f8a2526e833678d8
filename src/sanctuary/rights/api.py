"""The KYR campaign's distribution as JSON (mounted at /api/campaign/). Every response declared.

Requests are fetched through `MaterialRequest.objects.for_user` (via `get_for_user`): another
organization's id answers 404 exactly like an id that does not exist. Writes go through
`campaign.services`. Contact data appears only in /organizations, for the coordinator.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict, Field

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.api import MAX_ID, ErrorOut, error_response, with_errors
from sanctuary.rights.campaign import queries, services
from sanctuary.rights.campaign.models import (
    MAX_QUANTITY,
    MIN_QUANTITY,
    MaterialRequest,
    PartnerOrganization,
)

router = Router(tags=["campaign"])

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]  # type: ignore[valid-type]
BoroughCode = Literal["bronx", "brooklyn", "manhattan", "queens", "staten_island"]
KindCode = Literal["red-card", "flyer"]
StatusCode = Literal["requested", "approved", "shipped", "delivered", "declined"]


class Strict(Schema):
    model_config = ConfigDict(extra="forbid")


class RequestOut(Schema):
    id: int
    organization_id: int
    organization: str
    language: str
    kind: str
    quantity: int
    delivery_borough: str
    status: str
    decline_reason: str
    requested_at: datetime
    approved_at: datetime | None
    shipped_at: datetime | None
    delivered_at: datetime | None
    declined_at: datetime | None
    next_actions: list[str]


class RequestIn(Strict):
    language: LanguageCode  # type: ignore[valid-type]
    kind: KindCode
    quantity: int = Field(..., ge=MIN_QUANTITY, le=MAX_QUANTITY)
    delivery_borough: BoroughCode
    organization_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="Coordinator only: the organization ordering."
    )


class TransitionIn(Strict):
    action: Literal["approve", "decline", "ship", "deliver"]
    reason: str = Field("", max_length=services.MAX_REASON, description="Required to decline.")


class RequestFilters(Schema):
    status: Literal["", "requested", "approved", "shipped", "delivered", "declined"] = ""
    language: Literal[("", *(c for c, _n in settings.LANGUAGES))] = ""  # type: ignore[valid-type]
    borough: Literal["", "bronx", "brooklyn", "manhattan", "queens", "staten_island"] = ""


class TotalOut(Schema):
    key: str
    label: str
    requests: int
    requested: int
    approved: int
    shipped: int
    delivered: int
    declined: int


class DashboardOut(Schema):
    by_language: list[TotalOut]
    by_borough: list[TotalOut]
    total: dict[str, int]


class OrganizationOut(Schema):
    id: int
    name: str
    kind: str
    borough: str
    contact_name: str
    contact_phone: str
    contact_email: str
    partner_accounts: list[str]


def _input_error(request: HttpRequest, error: services.InputError) -> HttpResponse:
    status = 409 if isinstance(error, services.TransitionRefused) else 422
    detail = "Not allowed in this status." if status == 409 else "Some fields are not right."
    return error_response(
        request, status, detail, [{"field": f, "message": m} for f, m in error.errors.items()]
    )


def request_out(item: MaterialRequest) -> dict[str, Any]:
    return {
        "id": item.pk,
        "organization_id": item.organization_id,
        "organization": item.organization.name,
        "language": item.language,
        "kind": item.kind,
        "quantity": item.quantity,
        "delivery_borough": item.delivery_borough,
        "status": item.status,
        "decline_reason": item.decline_reason,
        "requested_at": item.requested_at,
        "approved_at": item.approved_at,
        "shipped_at": item.shipped_at,
        "delivered_at": item.delivered_at,
        "declined_at": item.declined_at,
        "next_actions": item.actions,
    }


def _get(user: Any, pk: int) -> MaterialRequest:
    if not 0 < pk <= MAX_ID:
        raise Http404
    return get_for_user(MaterialRequest.objects.select_related("organization"), user, pk=pk)


@router.get("/requests", response=with_errors({200: list[RequestOut]}))
def list_requests(request: HttpRequest, filters: Query[RequestFilters]) -> list[dict[str, Any]]:
    """A partner's own organization's requests; the coordinator's: all (filterable)."""
    user = require_capability(request.user, "campaign.request", "campaign.coordinate")
    rows = queries.request_rows(
        user, status=filters.status, language=filters.language, borough=filters.borough
    )
    return [request_out(r) for r in rows]


@router.post("/requests", response=with_errors({201: RequestOut}))
def create_request(request: HttpRequest, payload: RequestIn) -> Any:
    """Order printed material. Partners order for their organization; the coordinator names one."""
    user = require_capability(request.user, "campaign.request")
    organization = None
    if payload.organization_id is not None:
        if not user.can("campaign.coordinate"):
            raise PermissionDenied("Partners order for their own organization only.")
        organization = PartnerOrganization.objects.filter(pk=payload.organization_id).first()
        if organization is None:
            return _input_error(
                request, services.InputError({"organization_id": "No such organization."})
            )
    try:
        item = services.create_request(
            user,
            language=payload.language,
            kind=payload.kind,
            quantity=payload.quantity,
            delivery_borough=payload.delivery_borough,
            organization=organization,
        )
    except services.InputError as error:
        return _input_error(request, error)
    return Status(201, request_out(item))


@router.get("/requests/{request_id}", response=with_errors({200: RequestOut}))
def get_request(request: HttpRequest, request_id: int) -> dict[str, Any]:
    user = require_capability(request.user, "campaign.request", "campaign.coordinate")
    return request_out(_get(user, request_id))


@router.post(
    "/requests/{request_id}/transition", response=with_errors({200: RequestOut, 409: ErrorOut})
)
def transition(request: HttpRequest, request_id: int, payload: TransitionIn) -> Any:
    """approve, decline (with `reason`), ship, deliver. An action the current status does not
    allow answers 409 with the reason."""
    user = require_capability(request.user, "campaign.request", "campaign.coordinate")
    item = _get(user, request_id)  # a partner's own request: 404 elsewhere, 403 below
    if not user.can("campaign.coordinate"):
        raise PermissionDenied("Only the campaign coordinator moves requests along.")
    try:
        services.transition(user, item, payload.action, payload.reason)
    except services.InputError as error:
        return _input_error(request, error)
    return request_out(item)


@router.get("/dashboard", response=with_errors({200: DashboardOut}))
def dashboard(request: HttpRequest) -> dict[str, Any]:
    """Pieces requested (not declined), approved, shipped, delivered, declined per language and
    per delivery borough."""
    user = require_capability(request.user, "campaign.coordinate")
    by_language = queries.totals(user, "language")
    return {
        "by_language": [r.__dict__ for r in by_language],
        "by_borough": [r.__dict__ for r in queries.totals(user, "borough")],
        "total": queries.grand_total(by_language),
    }


@router.get("/organizations", response=with_errors({200: list[OrganizationOut]}))
def organizations(request: HttpRequest) -> list[dict[str, Any]]:
    """Partner organizations with their contact: the coordinator only."""
    require_capability(request.user, "campaign.coordinate")
    return [
        {
            "id": o.pk,
            "name": o.name,
            "kind": o.kind,
            "borough": o.borough,
            "contact_name": o.contact_name,
            "contact_phone": o.contact_phone,
            "contact_email": o.contact_email,
            "partner_accounts": [m.user.get_username() for m in o.memberships.all()],
        }
        for o in PartnerOrganization.objects.prefetch_related("memberships__user")
    ]
