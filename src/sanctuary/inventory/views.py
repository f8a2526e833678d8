"""Inventory pages: collections per agency (scoped), the §23-1205 report, bulk scans."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.agencies.models import Agency
from sanctuary.audit.service import record
from sanctuary.inventory import report as report_mod
from sanctuary.inventory import services
from sanctuary.inventory.forms import CollectionForm, ReportForm, ScanForm
from sanctuary.inventory.models import BulkScan, DataCollection
from sanctuary.inventory.risk import risk_flags


@require_GET
def collection_list(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "inventory.view")
    rows = [
        (c, risk_flags(c)) for c in DataCollection.objects.for_user(user).select_related("agency")
    ]
    return render(
        request,
        "inventory/list.html",
        {"rows": rows, "can_edit": user.can("inventory.edit") and not user.is_citywide},
    )


def _initial(c: DataCollection) -> dict[str, Any]:
    data = {k: getattr(c, k) for k in services.EDITABLE if k != "fields"}
    data["fields_text"] = services.fields_text(c.fields)
    return data


@require_http_methods(["GET", "POST"])
def collection_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    user = require_capability(request.user, "inventory.view")
    collection = get_for_user(DataCollection.objects, user, pk=pk) if pk else None
    can_edit = user.can("inventory.edit") and (
        user.agency_id == (collection.agency_id if collection else user.agency_id)
    )
    if collection is None and (not can_edit or user.agency_id is None):
        raise PermissionDenied
    form = CollectionForm(
        request.POST if request.method == "POST" else None,
        initial=_initial(collection) if collection else None,
    )
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        if form.is_valid():
            try:
                saved = services.save_collection(
                    user, user.agency, form.data_for_service(), collection
                )
            except services.InventoryError as error:
                form.add_error(error.field if error.field in form.fields else None, str(error))
            else:
                messages.success(request, "Saved.")
                return redirect(reverse("inventory:edit", args=[saved.pk]))
    return render(
        request,
        "inventory/edit.html",
        {
            "form": form,
            "collection": collection,
            "flags": risk_flags(collection) if collection else [],
            "can_edit": can_edit,
        },
        status=422 if form.errors else 200,
    )


@require_GET
def report(request: HttpRequest) -> HttpResponse:
    """§23-1205 report for the user's agency (or a chosen one, for citywide roles)."""
    user = require_capability(request.user, "inventory.view")
    agencies = (
        Agency.objects.all() if user.is_citywide else Agency.objects.filter(pk=user.agency_id)
    )
    form = ReportForm(request.GET or None)
    agency = None
    if user.is_citywide:
        agency = agencies.filter(acronym=request.GET.get("agency", "")).first()
    else:
        agency = agencies.first()
    if not form.is_bound or not form.is_valid() or agency is None:
        status = 422 if form.is_bound else 200
        return render(
            request,
            "inventory/report_form.html",
            {"form": form, "agencies": agencies, "citywide": user.is_citywide,
             "missing_agency": form.is_bound and agency is None},
            status=status,
        )  # fmt: skip
    data = form.cleaned_data
    built = report_mod.build(agency, data["start"], data["end"])
    record(
        "inventory_report",
        actor=user,
        object_type="inventory.datacollection",
        agency=agency.acronym,
        summary=f"§23-1205 report exported ({data['format']})",
    )
    name = f"23-1205-{agency.acronym}-{data['start']}-{data['end']}"
    if data["format"] == "csv":
        response = HttpResponse(built.to_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    if data["format"] == "json":
        response = HttpResponse(
            json.dumps(built.to_dict(), indent=2), content_type="application/json"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.json"'
        return response
    return render(request, "inventory/report.html", {"r": built, "today": date.today()})


@require_http_methods(["GET", "POST"])
def scans(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "inventory.view")
    can_scan = user.can("inventory.scan") and user.agency_id is not None
    form = ScanForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not can_scan:
            raise PermissionDenied
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                if upload.size > services.MAX_SCAN_BYTES:
                    raise services.InventoryError("file", "The file is larger than 10 MB.", 413)
                scan = services.start_scan(user, user.agency, upload.name, upload.read())
            except services.InventoryError as error:
                form.add_error("file", str(error))
            else:
                return redirect(reverse("inventory:scan", args=[scan.pk]))
    return render(
        request,
        "inventory/scans.html",
        {"form": form, "scans": BulkScan.objects.for_user(user)[:50], "can_scan": can_scan},
        status=422 if form.errors else 200,
    )


@require_GET
def scan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "inventory.view")
    scan = get_for_user(BulkScan.objects, user, pk=pk)
    return render(request, "inventory/scan.html", {"scan": scan})
