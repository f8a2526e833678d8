"""Disclosure pages: intake, the review page with the engine's answer and every allowed step,
the redacted release, improper-disclosure reports and the CPO's quarterly report."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.audit.service import record
from sanctuary.disclosures import services
from sanctuary.disclosures.forms import (
    ActionForm,
    ImproperForm,
    IntakeForm,
    QuarterForm,
    RedactForm,
)
from sanctuary.disclosures.models import CpoReport, DisclosureRequest
from sanctuary.disclosures.reports import SUPPRESSED, cpo_quarter
from sanctuary.disclosures.states import moves_from
from sanctuary.disclosures.watchdog import flags_for, idle_days


@require_GET
def request_list(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "disclosures.view")
    reqs = list(DisclosureRequest.objects.for_user(user).select_related("agency")[:500])
    flags = flags_for(reqs)
    return render(
        request,
        "disclosures/list.html",
        {
            "rows": [(r, flags.get(r.pk, ())) for r in reqs],
            "stalled": sum(1 for r in reqs if r.pk in flags),
            "idle_days": idle_days(),
            "can_intake": user.can("disclosures.intake") and user.agency_id is not None,
            "can_report": user.can("disclosures.report_improper") and user.agency_id is not None,
            "can_cpo": user.can("reports.cpo"),
        },
    )


@require_http_methods(["GET", "POST"])
def request_new(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "disclosures.intake")
    if user.agency_id is None:
        raise PermissionDenied
    form = IntakeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            req = services.create_request(user, user.agency, form.intake())
        except services.DisclosureError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            return redirect(reverse("disclosures:detail", args=[req.pk]))
    return render(
        request, "disclosures/new.html", {"form": form}, status=422 if form.errors else 200
    )


def _detail(request: HttpRequest, req: DisclosureRequest, status: int = 200, **extra: Any) -> Any:
    user: Any = request.user
    mine = not user.is_citywide and user.agency_id == req.agency_id
    moves = [m for m in moves_from(req.status) if mine and user.can(m.capability)]
    context = {
        "r": req,
        "moves": moves,
        "transitions": req.transitions.all(),
        "stall": flags_for([req]).get(req.pk, ()),
        "can_counsel": mine and user.can("disclosures.counsel") and req.status == "needs_counsel",
        "can_attach": mine and user.can("disclosures.approve") and req.status == "approved",
        "redact_form": extra.pop("redact_form", None) or RedactForm(),
        "action_error": extra.pop("action_error", ""),
        **extra,
    }
    return render(request, "disclosures/detail.html", context, status=status)


@require_GET
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "disclosures.view")
    return _detail(request, get_for_user(DisclosureRequest.objects, user, pk=pk))


@require_POST
def request_act(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "disclosures.view")
    req = get_for_user(DisclosureRequest.objects, user, pk=pk)
    form = ActionForm(request.POST)
    if not form.is_valid():
        return _detail(request, req, 422, action_error="Choose a step.")
    try:
        services.transition(user, req, form.cleaned_data["action"], form.cleaned_data["reason"])
    except services.DisclosureError as error:
        if error.status == 403:
            raise PermissionDenied(str(error)) from error
        return _detail(request, req, error.status, action_error=str(error))
    messages.success(request, f"Now {req.get_status_display().lower()}.")
    return redirect(reverse("disclosures:detail", args=[req.pk]))


@require_POST
def request_counsel(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "disclosures.view")
    req = get_for_user(DisclosureRequest.objects, user, pk=pk)
    try:
        services.counsel_sign_off(user, req, request.POST.get("note", ""))
    except services.DisclosureError as error:
        if error.status == 403:
            raise PermissionDenied(str(error)) from error
        return _detail(request, req, error.status, action_error=str(error))
    messages.success(request, "Counsel's sign-off recorded.")
    return redirect(reverse("disclosures:detail", args=[req.pk]))


@require_http_methods(["GET", "POST"])
def request_redacted(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "disclosures.view")
    req = get_for_user(DisclosureRequest.objects, user, pk=pk)
    if request.method == "GET":
        if not req.has_redacted_copy or user.is_citywide:
            raise PermissionDenied
        record("disclosure_copy_downloaded", actor=user, obj=req,
               summary=f"Redacted copy of disclosure request {req.pk} downloaded")  # fmt: skip
        response = HttpResponse(
            services.redacted_bytes(req), content_type="application/octet-stream"
        )
        response["Content-Disposition"] = f'attachment; filename="{req.redacted_name}"'
        return response
    form = RedactForm(request.POST, request.FILES)
    if not form.is_valid():
        return _detail(request, req, 422, redact_form=form)
    upload = form.cleaned_data["file"]
    try:
        if upload.size > services.MAX_REDACT_BYTES:
            raise services.DisclosureError("file", "The file is larger than 5 MB.", 413)
        counts = services.attach_redacted_copy(
            user, req, upload.name, upload.read(), form.cleaned_data["operator"]
        )
    except services.DisclosureError as error:
        if error.status == 403:
            raise PermissionDenied(str(error)) from error
        form.add_error("file", str(error))
        return _detail(request, req, error.status, redact_form=form)
    messages.success(request, f"Redacted copy kept ({sum(counts.values())} items redacted).")
    return redirect(reverse("disclosures:detail", args=[req.pk]))


@require_http_methods(["GET", "POST"])
def improper(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "disclosures.report_improper")
    if user.agency_id is None:
        raise PermissionDenied
    form = ImproperForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.report_improper(user, user.agency, **form.cleaned_data)
        except services.DisclosureError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error))
        else:
            messages.success(request, "Reported to the Chief Privacy Officer.")
            return redirect(reverse("disclosures:list"))
    reports = CpoReport.objects.for_user(user)[:50]
    return render(
        request,
        "disclosures/improper.html",
        {"form": form, "reports": reports},
        status=422 if form.errors else 200,
    )


@require_GET
def cpo_quarterly(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "reports.cpo")
    today = timezone.localdate()
    form = QuarterForm(request.GET or {"year": today.year, "quarter": (today.month - 1) // 3 + 1})
    if not form.is_valid():
        return render(request, "disclosures/cpo.html", {"form": form, "q": None}, status=422)
    q = cpo_quarter(form.cleaned_data["year"], form.cleaned_data["quarter"])
    fmt = form.cleaned_data.get("format") or "html"
    record("cpo_quarterly_report", actor=user, object_type="disclosures.cporeport",
           summary=f"CPO quarterly report {q.year} Q{q.quarter} ({fmt})")  # fmt: skip
    name = f"cpo-quarterly-{q.year}-Q{q.quarter}"
    if fmt == "csv":
        response = HttpResponse(q.to_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    if fmt == "json":
        response = HttpResponse(json.dumps(q.to_dict(), indent=2), content_type="application/json")
        response["Content-Disposition"] = f'attachment; filename="{name}.json"'
        return response
    return render(request, "disclosures/cpo.html", {"form": form, "q": q, "suppressed": SUPPRESSED})
