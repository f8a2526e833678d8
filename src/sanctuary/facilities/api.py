"""Facilities over JSON: list, read, edit (scoped), CSV import (all rows or none)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest
from ninja import Router, Schema

from sanctuary.accounts.scoping import get_for_user, may_change
from sanctuary.api import error_response, with_errors
from sanctuary.audit.service import record
from sanctuary.facilities import importer
from sanctuary.facilities.forms import FacilityForm
from sanctuary.facilities.models import Facility
from sanctuary.facilities.views import allowed_agencies

router = Router(tags=["facilities"])


class FacilityOut(Schema):
    id: int
    name: str
    kind: str
    agency: str
    address: str
    borough: str
    public_areas: str
    non_public_areas: str
    counsel_name: str
    counsel_phone: str
    counsel_email: str
    privacy_officer_name: str
    privacy_officer_phone: str
    privacy_officer_email: str


class FacilityIn(Schema):
    name: str | None = None
    kind: str | None = None
    address: str | None = None
    borough: str | None = None
    public_areas: str | None = None
    non_public_areas: str | None = None
    counsel_name: str | None = None
    counsel_phone: str | None = None
    counsel_email: str | None = None
    privacy_officer_name: str | None = None
    privacy_officer_phone: str | None = None
    privacy_officer_email: str | None = None


class ImportIn(Schema):
    csv: str


class ImportOut(Schema):
    created: int
    updated: int


def _out(f: Facility) -> dict[str, Any]:
    data = {name: getattr(f, name) for name in FacilityOut.model_fields if name != "agency"}
    data["id"] = f.pk
    data["agency"] = f.agency.acronym
    return data


def _view(user: Any) -> None:
    if not user.can("facilities.view"):
        raise PermissionDenied


@router.get("", response=with_errors({200: list[FacilityOut]}), operation_id="facility_list")
def facility_list(request: HttpRequest) -> Any:
    _view(request.user)
    return [_out(f) for f in Facility.objects.for_user(request.user).select_related("agency")]


@router.post(
    "/import",
    response=with_errors({200: ImportOut}),
    summary="Import facilities from CSV text (all rows or none)",
    operation_id="facility_import",
)
def facility_import(request: HttpRequest, payload: ImportIn) -> Any:
    user: Any = request.user
    if not user.can("facilities.edit"):
        raise PermissionDenied
    try:
        with transaction.atomic():
            result = importer.import_csv(payload.csv, allowed_agencies=allowed_agencies(user))
            record(
                "facility.import",
                actor=user,
                object_type="facility",
                summary=f"Facilities imported: {result.created} new, {result.updated} updated",
            )
    except importer.ImportFailed as failed:
        errors = [
            {"field": f"line {e.line}: {e.column}", "message": e.message} for e in failed.errors
        ]
        return error_response(request, 422, "Nothing was imported.", errors[:200])
    return {"created": result.created, "updated": result.updated}


@router.get("/{facility_id}", response=with_errors({200: FacilityOut}), operation_id="facility_get")
def facility_get(request: HttpRequest, facility_id: int) -> Any:
    _view(request.user)
    return _out(
        get_for_user(Facility.objects.select_related("agency"), request.user, pk=facility_id)
    )


@router.post(
    "/{facility_id}",
    response=with_errors({200: FacilityOut}),
    summary="Change some fields of a facility",
    operation_id="facility_edit",
)
def facility_edit(request: HttpRequest, facility_id: int, payload: FacilityIn) -> Any:
    user: Any = request.user
    facility = get_for_user(Facility.objects.select_related("agency"), user, pk=facility_id)
    if not may_change(user, "facilities.edit", facility.agency_id):
        raise PermissionDenied
    changes = {k: v for k, v in payload.dict().items() if v is not None}
    data = {name: getattr(facility, name) for name in FacilityForm.Meta.fields} | changes
    form = FacilityForm(data, instance=facility)
    if not form.is_valid():
        errors = [
            {"field": field, "message": str(messages[0])} for field, messages in form.errors.items()
        ]
        return error_response(request, 422, "Some fields are not right.", errors)
    with transaction.atomic():
        form.save()
        record(
            "facility.edit",
            actor=user,
            obj=facility,
            summary=f"Facility edited: {', '.join(sorted(changes)) or 'no change'}",
        )
    return _out(facility)
