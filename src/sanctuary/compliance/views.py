"""Staff pages of the EO 13 tracker. Thin: fetch through the scoping layer, call a service, render."""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sanctuary.accounts.scoping import get_for_user, may_change, require_capability
from sanctuary.agencies.models import Agency
from sanctuary.audit.service import record
from sanctuary.compliance import queries, services
from sanctuary.compliance.evidence_file import KINDS
from sanctuary.compliance.forms import (
    CompletionForm,
    DashboardFilterForm,
    PolicyAuditForm,
    PolicyChangeForm,
)
from sanctuary.compliance.models import AgencyObligation, Order, PolicyAudit, PolicyChange


def _filter_form(request: HttpRequest, user: Any) -> DashboardFilterForm:
    return DashboardFilterForm(
        request.GET,
        agencies=queries.agency_choices(user),
        obligations=queries.obligation_choices(),
    )


def _sort_links(request: HttpRequest, current: str) -> list[dict[str, str]]:
    """Column headers: each links to its ascending sort, or flips the direction when current."""
    params = request.GET.copy()
    links = []
    for key, label in queries.SORT_LABELS.items():
        active = current.lstrip("-") == key
        descending = active and current.startswith("-")
        params["sort"] = key if (not active or descending) else f"-{key}"
        links.append(
            {
                "key": key,
                "label": label,
                "url": f"?{params.urlencode()}",
                "aria_sort": ("descending" if descending else "ascending") if active else "",
            }
        )
    return links


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    """Every agency's obligations (or the user's agency's), with status, sortable and filterable."""
    user = require_capability(request.user, "compliance.view")
    form = _filter_form(request, user)
    filters = form.filters()
    sort = filters.pop("sort", "") or queries.DEFAULT_SORT
    on = queries.today()
    rows, summary = queries.obligation_rows(user, on=on, sort=sort, **filters)
    rows = list(rows)
    return render(
        request,
        "compliance/dashboard.html",
        {
            "form": form,
            "rows": [(row, row.status(on)) for row in rows],
            "summary": summary,
            "today": on,
            "sort_links": _sort_links(request, sort),
            "orders": Order.objects.filter(obligations__is_active=True).distinct(),
            "can_export": user.can("compliance.export"),
            "can_audit": user.can("compliance.policy_audit") or user.can("compliance.view"),
            "export_query": request.GET.urlencode(),
        },
    )


def _csv_cell(value: Any) -> str:
    """Text as a spreadsheet will read it: no formulas from data (CSV injection)."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


CSV_COLUMNS = (
    "agency",
    "agency_name",
    "order",
    "obligation_id",
    "obligation",
    "citation",
    "citation_unverified",
    "due_on",
    "due_unverified",
    "status",
    "days_overdue",
    "completed_on",
    "officer_name",
    "officer_appointed_on",
    "training_count",
    "certification_statement",
    "policy_audit_id",
    "evidence_file",
    "evidence_file_sha256",
)


@require_GET
def export_csv(request: HttpRequest) -> HttpResponse:
    """The dashboard's rows (same filters and sort) as CSV."""
    user = require_capability(request.user, "compliance.export")
    filters = _filter_form(request, user).filters()
    sort = filters.pop("sort", "") or queries.DEFAULT_SORT
    on = queries.today()
    rows, _summary = queries.obligation_rows(user, on=on, sort=sort, **filters)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="eo13-compliance-{on}.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        status = row.status(on)
        ob = row.obligation
        writer.writerow(
            [
                _csv_cell(v)
                for v in (
                    row.agency.acronym,
                    row.agency.name,
                    ob.order.number,
                    ob.key,
                    ob.title,
                    ob.citation,
                    "UNVERIFIED" if ob.citation_unverified else "",
                    ob.due_on.isoformat(),
                    "UNVERIFIED" if ob.due_unverified else "",
                    status.state.value,
                    status.days_overdue,
                    row.completed_on.isoformat() if row.completed_on else "",
                    row.officer_name,
                    row.officer_appointed_on.isoformat() if row.officer_appointed_on else "",
                    row.training_count if row.training_count is not None else "",
                    row.certification_statement,
                    row.policy_audit_id or "",
                    row.evidence_file_name,
                    row.evidence_file_sha256,
                )
            ]
        )
    record(
        "compliance_export",
        actor=user,
        object_type="compliance.agencyobligation",
        summary="Compliance tracker exported as CSV",
    )
    return response


def _audit_choices(user: Any, agency_id: int) -> list[tuple[int, str]]:
    audits = queries.audits_for(user).filter(agency_id=agency_id)
    return [(a.pk, f"{a.title} ({a.audited_on})") for a in audits]


@require_http_methods(["GET", "POST"])
def obligation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One agency's obligation: what it asks, where it stands, its evidence; record completion."""
    user = require_capability(request.user, "compliance.view")
    row = get_for_user(queries.active_rows(), user, pk=pk)
    can_record = may_change(user, "compliance.record", row.agency_id)
    evidence = row.obligation.evidence
    form = None
    if can_record:
        initial = {
            "completed_on": row.completed_on or queries.today(),
            "officer_name": row.officer_name,
            "officer_appointed_on": row.officer_appointed_on,
            "training_count": row.training_count,
            "certification_statement": row.certification_statement,
            "policy_audit": row.policy_audit_id,
            "notes": row.notes,
        }
        form = CompletionForm(
            request.POST or None,
            request.FILES or None,
            evidence=evidence,
            audits=_audit_choices(user, row.agency_id),
            initial=initial,
        )
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.record_completion(
                    user,
                    row,
                    form.completion_input(),
                    form.cleaned_data.get("evidence_file"),
                    on=queries.today(),
                )
            except services.InputError as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, f"Recorded: {row.obligation.title} is done.")
                return redirect("compliance:obligation", pk=row.pk)
        status = 400
    return render(
        request,
        "compliance/obligation.html",
        {
            "row": row,
            "status": row.status(queries.today()),
            "form": form,
            "can_record": can_record,
            "order": row.obligation.order,
        },
        status=status,
    )


@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "compliance.record")
    row = get_for_user(queries.active_rows(), user, pk=pk)
    services.reopen(user, row)
    messages.success(request, f"Reopened: {row.obligation.title}.")
    return redirect("compliance:obligation", pk=row.pk)


@require_GET
def evidence_file(request: HttpRequest, pk: int) -> FileResponse:
    """The evidence file, to those who may see the obligation; always as a download."""
    user = require_capability(request.user, "compliance.view")
    row = get_for_user(AgencyObligation.objects.all(), user, pk=pk)
    if not row.evidence_file:
        raise Http404
    kind = KINDS.get(row.evidence_file_type)
    response = FileResponse(
        row.evidence_file.open("rb"),
        as_attachment=True,
        filename=row.evidence_file_name or f"evidence-{row.pk}",
        content_type=kind.content_type if kind else "application/octet-stream",
    )
    return response


def _audit_agencies(user: Any) -> list[tuple[str, str]]:
    if user.is_citywide:
        return [(str(a.pk), str(a)) for a in Agency.objects.filter(is_active=True)]
    return [(str(user.agency.pk), str(user.agency))]


@require_http_methods(["GET", "POST"])
def audits(request: HttpRequest) -> HttpResponse:
    """Policy audits the user may see, and a form to record a new one."""
    user = require_capability(request.user, "compliance.view")
    can_create = user.can("compliance.policy_audit")
    form = None
    status = 200
    if can_create:
        form = PolicyAuditForm(request.POST or None, agencies=_audit_agencies(user))
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            agency = Agency.objects.get(pk=int(form.cleaned_data["agency"]))
            try:
                audit = services.create_audit(
                    user,
                    agency,
                    title=form.cleaned_data["title"],
                    findings=form.cleaned_data["findings"],
                    audited_on=form.cleaned_data["audited_on"],
                    on=queries.today(),
                )
            except services.InputError as error:
                for field, message in error.errors.items():
                    form.add_error(field, message)
            else:
                messages.success(request, "Policy audit recorded. Add the changes it led to.")
                return redirect("compliance:audit", pk=audit.pk)
        status = 400
    audit_list = queries.audits_for(user).prefetch_related("changes")
    return render(
        request,
        "compliance/audits.html",
        {"audits": audit_list, "form": form},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def audit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "compliance.view")
    audit = get_for_user(PolicyAudit.objects.select_related("agency"), user, pk=pk)
    can_add = may_change(user, "compliance.policy_audit", audit.agency_id)
    can_publish = may_change(user, "compliance.publish", audit.agency_id)
    form = PolicyChangeForm(request.POST or None) if can_add else None
    status = 200
    if request.method == "POST":
        if form is None:
            raise PermissionDenied
        if form.is_valid():
            services.add_change(user, audit, **form.cleaned_data)
            messages.success(request, "Policy change added. It is not public until published.")
            return redirect("compliance:audit", pk=audit.pk)
        status = 400
    return render(
        request,
        "compliance/audit.html",
        {
            "audit": audit,
            "changes": audit.changes.order_by("-effective_on", "-pk"),
            "form": form,
            "can_publish": can_publish,
        },
        status=status,
    )


@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "compliance.view")
    change = get_for_user(PolicyChange.objects.select_related("audit__agency"), user, pk=pk)
    services.publish_change(user, change)
    messages.success(request, f"Published: {change.title}. It is on the public page now.")
    return redirect(reverse("compliance:audit", kwargs={"pk": change.audit_id}))
