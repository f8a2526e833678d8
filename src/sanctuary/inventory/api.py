"""Inventory, §23-1205 report and bulk scans as JSON. Scoped through `get_for_user`/`for_user`:
another agency's id answers 404 like an id that does not exist."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import File, Router, Schema
from ninja import Status as Reply
from ninja.errors import HttpError
from ninja.files import UploadedFile
from pydantic import ConfigDict, Field

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.agencies.models import Agency
from sanctuary.api import MAX_ID, with_errors
from sanctuary.inventory import report as report_mod
from sanctuary.inventory import services
from sanctuary.inventory.models import BulkScan, DataCollection
from sanctuary.inventory.risk import risk_flags

router = Router(tags=["inventory"])
scans_router = Router(tags=["bulk scans"])


def _id(pk: int) -> int:
    if not 0 < pk <= MAX_ID:
        raise HttpError(404, "Not found, or not yours to see.")
    return pk


class FieldIn(Schema):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    category: str


class CollectionIn(Schema):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    fields: list[FieldIn] = []
    purpose: str = ""
    need_statement: str = ""
    legal_basis: str = "none_stated"
    legal_basis_detail: str = ""
    retention_days: int | None = Field(default=None, ge=1, le=100000)
    access_description: str = ""
    access_count: int | None = Field(default=None, ge=0, le=10_000_000)
    approval_kind: str = "none"
    approved_by_name: str = Field(default="", max_length=200)
    approved_on: date | None = None
    approval_reference: str = Field(default="", max_length=200)
    exigent_reason: str = ""
    exigent_reported_to_cpo_on: date | None = None
    routine_disclosures: str = ""
    agreements: str = ""
    minimization: str = ""


class FlagOut(Schema):
    code: str
    message: str
    citation: str


class CollectionOut(Schema):
    id: int
    agency: str
    name: str
    description: str
    fields: list[dict[str, str]]
    categories: list[str]
    purpose: str
    need_statement: str
    legal_basis: str
    legal_basis_detail: str
    retention_days: int | None
    access_description: str
    access_count: int | None
    approval_kind: str
    approved_by_name: str
    approved_on: date | None
    approval_reference: str
    risk_flags: list[FlagOut]
    updated_at: datetime


def _out(c: DataCollection) -> dict[str, Any]:
    return {
        **{k: getattr(c, k) for k in services.EDITABLE},
        "id": c.pk,
        "agency": c.agency.acronym,
        "categories": c.categories,
        "risk_flags": [f.to_dict() for f in risk_flags(c)],
        "updated_at": c.updated_at,
    }


def _save(request: HttpRequest, payload: CollectionIn, c: DataCollection | None) -> Any:
    user = require_capability(request.user, "inventory.edit")
    if user.agency_id is None:
        raise PermissionDenied
    data = payload.model_dump()
    try:
        saved = services.save_collection(user, c.agency if c else user.agency, data, c)
    except services.InventoryError as error:
        if error.status == 403:
            raise PermissionDenied(str(error)) from error
        raise HttpError(error.status, f"{error.field}: {error}") from error
    return _out(saved)


@router.get("/collections", response=with_errors({200: list[CollectionOut]}))
def list_collections(request: HttpRequest) -> Any:
    user = require_capability(request.user, "inventory.view")
    return [_out(c) for c in DataCollection.objects.for_user(user).select_related("agency")]


@router.post("/collections", response=with_errors({201: CollectionOut}))
def create_collection(request: HttpRequest, payload: CollectionIn) -> Any:
    return Reply(201, _save(request, payload, None))


@router.get("/collections/{pk}", response=with_errors({200: CollectionOut}))
def get_collection(request: HttpRequest, pk: int) -> Any:
    user = require_capability(request.user, "inventory.view")
    return _out(get_for_user(DataCollection.objects, user, pk=_id(pk)))


@router.post("/collections/{pk}", response=with_errors({200: CollectionOut}))
def update_collection(request: HttpRequest, pk: int, payload: CollectionIn) -> Any:
    user = require_capability(request.user, "inventory.view")
    c = get_for_user(DataCollection.objects, user, pk=_id(pk))
    return _save(request, payload, c)


@router.get("/report", response=with_errors({200: dict[str, Any]}))
def agency_report(request: HttpRequest, start: date, end: date, agency: str = "") -> Any:
    """The §23-1205 report as JSON (the page also gives HTML and CSV)."""
    user = require_capability(request.user, "inventory.view")
    if end < start:
        raise HttpError(422, "end: the end comes before the start")
    if user.is_citywide:
        target = Agency.objects.filter(acronym=agency).first()
    else:
        target = Agency.objects.filter(pk=user.agency_id).first()
    if target is None:
        raise HttpError(404, "Not found, or not yours to see.")
    return report_mod.build(target, start, end).to_dict()


class ScanOut(Schema):
    id: int
    agency: str
    file_name: str
    status: str
    chunks_total: int
    chunks_done: int
    percent: int
    rows: int
    error: str
    lines: list[str]
    summary: dict[str, Any]


def _scan_out(s: BulkScan) -> dict[str, Any]:
    return {
        "id": s.pk,
        "agency": s.agency.acronym,
        "file_name": s.file_name,
        "status": s.status,
        "chunks_total": s.chunks_total,
        "chunks_done": s.chunks_done,
        "percent": s.percent,
        "rows": s.rows,
        "error": s.error,
        "lines": s.lines(),
        "summary": s.summary,
    }


@scans_router.get("", response=with_errors({200: list[ScanOut]}))
def list_scans(request: HttpRequest) -> Any:
    user = require_capability(request.user, "inventory.view")
    return [_scan_out(s) for s in BulkScan.objects.for_user(user).select_related("agency")[:100]]


@scans_router.post("", response=with_errors({201: ScanOut}))
def create_scan(request: HttpRequest, file: UploadedFile = File(...)) -> Any:  # noqa: B008
    user = require_capability(request.user, "inventory.scan")
    if user.agency_id is None:
        raise PermissionDenied
    if (file.size or 0) > services.MAX_SCAN_BYTES:
        raise HttpError(413, "file: the file is larger than 10 MB")
    try:
        scan = services.start_scan(user, user.agency, file.name or "", file.read())
    except services.InventoryError as error:
        raise HttpError(error.status, f"{error.field}: {error}") from error
    scan.refresh_from_db()
    return Reply(201, _scan_out(scan))


@scans_router.get("/{pk}", response=with_errors({200: ScanOut}))
def get_scan(request: HttpRequest, pk: int) -> Any:
    user = require_capability(request.user, "inventory.view")
    return _scan_out(get_for_user(BulkScan.objects.select_related("agency"), user, pk=_id(pk)))
