"""Facilities registry pages: list, edit (scoped to the user's agency), CSV import."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sanctuary.accounts.scoping import get_for_user, may_change
from sanctuary.audit.service import record
from sanctuary.facilities import importer
from sanctuary.facilities.forms import FacilityForm, ImportForm
from sanctuary.facilities.models import Facility


def _require(user: Any, capability: str) -> None:
    if not user.can(capability):
        raise PermissionDenied


@require_http_methods(["GET"])
def facility_list(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    _require(user, "facilities.view")
    facilities = Facility.objects.for_user(user).select_related("agency")
    return render(
        request,
        "facilities/list.html",
        {"facilities": facilities, "can_edit": user.can("facilities.edit")},
    )


@require_http_methods(["GET", "POST"])
def facility_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user: Any = request.user
    facility = get_for_user(Facility.objects.select_related("agency"), user, pk=pk)
    if not may_change(user, "facilities.edit", facility.agency_id):
        raise PermissionDenied
    form = FacilityForm(request.POST or None, instance=facility)
    if request.method == "POST":
        if form.is_valid():
            with transaction.atomic():
                form.save()
                record(
                    "facility.edit",
                    actor=user,
                    obj=facility,
                    summary=f"Facility edited: {', '.join(form.changed_data) or 'no change'}",
                )
            messages.success(request, _("Saved."))
            return redirect("/facilities/")
        return render(
            request, "facilities/edit.html", {"form": form, "facility": facility}, status=400
        )
    return render(request, "facilities/edit.html", {"form": form, "facility": facility})


def allowed_agencies(user: Any) -> set[str] | None:
    return None if user.is_citywide else {user.agency.acronym} if user.agency else set()


@require_http_methods(["GET", "POST"])
def facility_import(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    _require(user, "facilities.edit")
    form = ImportForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"form": form, "columns": importer.COLUMNS}
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "facilities/import.html", context, status=400)
        try:
            with transaction.atomic():
                result = importer.import_csv(
                    form.cleaned_data["file"].read(), allowed_agencies=allowed_agencies(user)
                )
                record(
                    "facility.import",
                    actor=user,
                    object_type="facility",
                    summary=f"Facilities imported: {result.created} new, {result.updated} updated",
                )
        except importer.ImportFailed as failed:
            context["errors"] = [str(e) for e in failed.errors[:200]]
            return render(request, "facilities/import.html", context, status=400)
        messages.success(
            request,
            _("Imported: %(created)s new, %(updated)s updated.")
            % {"created": result.created, "updated": result.updated},
        )
        return redirect("/facilities/")
    return render(request, "facilities/import.html", context)
