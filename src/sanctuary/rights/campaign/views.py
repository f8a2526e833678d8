"""The campaign's pages. Thin: fetch through `for_user`, call a service, render.

Partners (campaign.request) order and see their own organization's requests; the coordinator
(campaign.coordinate) sees all, moves them along, keeps the partner list and reads the dashboard.
Everyone else gets 403 on every page here.
"""

from __future__ import annotations

import csv
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sanctuary.accounts.scoping import get_for_user, require_capability
from sanctuary.audit.service import record
from sanctuary.rights.campaign import queries, services
from sanctuary.rights.campaign.charts import Series, bar_chart
from sanctuary.rights.campaign.forms import (
    DeclineForm,
    FilterForm,
    LinkPartnerForm,
    OrderForm,
    OrganizationForm,
)
from sanctuary.rights.campaign.models import (
    Action,
    MaterialRequest,
    PartnerOrganization,
    organization_of,
)

SERIES = [
    Series("requested", "Requested"),
    Series("shipped", "Shipped"),
    Series("delivered", "Delivered"),
]


def _campaign_user(request: HttpRequest) -> Any:
    return require_capability(request.user, "campaign.request", "campaign.coordinate")


def _base_context(user: Any) -> dict[str, Any]:
    return {
        "is_coordinator": user.can("campaign.coordinate"),
        "organization": organization_of(user),
    }


@require_GET
def requests_list(request: HttpRequest) -> HttpResponse:
    """Partner: its organization's requests. Coordinator: all, filterable, with the actions."""
    user = _campaign_user(request)
    form = FilterForm(request.GET)
    rows = list(queries.request_rows(user, **form.filters()))
    return render(
        request,
        "campaign/requests.html",
        {**_base_context(user), "form": form, "rows": rows},
    )


@require_http_methods(["GET", "POST"])
def order(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "campaign.request")
    coordinator = user.can("campaign.coordinate")
    context = _base_context(user)
    if not coordinator and context["organization"] is None:
        return render(request, "campaign/order.html", {**context, "form": None}, status=403)
    form = OrderForm(request.POST or None, coordinator=coordinator)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                item = services.create_request(
                    user,
                    language=data["language"],
                    kind=data["kind"],
                    quantity=data["quantity"],
                    delivery_borough=data["delivery_borough"],
                    organization=data.get("organization"),
                )
            except services.InputError as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(
                    request, f"Request #{item.pk} sent. The coordinator will review it."
                )
                return redirect("campaign:request", pk=item.pk)
        status = 400
    return render(request, "campaign/order.html", {**context, "form": form}, status=status)


def _detail(
    request: HttpRequest, item: MaterialRequest, decline_form: Any, status: int = 200
) -> HttpResponse:
    user: Any = request.user
    return render(
        request,
        "campaign/request.html",
        {**_base_context(user), "item": item, "decline_form": decline_form},
        status=status,
    )


@require_GET
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = _campaign_user(request)
    item = get_for_user(MaterialRequest.objects.select_related("organization"), user, pk=pk)
    coordinator = user.can("campaign.coordinate")
    decline = DeclineForm() if coordinator and Action.DECLINE in item.actions else None
    return _detail(request, item, decline)


@require_POST
def request_transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    user = require_capability(request.user, "campaign.coordinate")
    item = get_for_user(MaterialRequest.objects.select_related("organization"), user, pk=pk)
    if action not in Action.values:
        return _error_back(request, item, "Unknown action.")
    reason = ""
    if action == Action.DECLINE:
        form = DeclineForm(request.POST)
        if not form.is_valid():
            return _detail(request, item, form, status=400)
        reason = form.cleaned_data["reason"]
    try:
        services.transition(user, item, action, reason)
    except services.InputError as error:
        return _error_back(request, item, next(iter(error.errors.values())))
    messages.success(request, f"Request #{item.pk} is now {item.get_status_display().lower()}.")
    if request.POST.get("next") == "list":
        return redirect("campaign:requests")
    return redirect("campaign:request", pk=item.pk)


def _error_back(request: HttpRequest, item: MaterialRequest, message: str) -> HttpResponse:
    messages.error(request, message)
    decline = DeclineForm() if Action.DECLINE in item.actions else None
    return _detail(request, item, decline, status=409)


@require_http_methods(["GET", "POST"])
def organizations(request: HttpRequest) -> HttpResponse:
    """Partner organizations with their contacts: the coordinator only."""
    user = require_capability(request.user, "campaign.coordinate")
    form = OrganizationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                org = services.create_organization(user, **form.cleaned_data)
            except services.InputError as error:
                for field, message in error.errors.items():
                    form.add_error(field if field in form.fields else None, message)
            else:
                messages.success(request, f"Added {org.name}.")
                return redirect("campaign:organizations")
        status = 400
    orgs = PartnerOrganization.objects.prefetch_related("memberships__user").order_by("name")
    return render(
        request,
        "campaign/organizations.html",
        {**_base_context(user), "orgs": orgs, "form": form, "link_form": LinkPartnerForm()},
        status=status,
    )


@require_POST
def link_partner(request: HttpRequest, pk: int) -> HttpResponse:
    user = require_capability(request.user, "campaign.coordinate")
    org = get_for_organization(pk)
    form = LinkPartnerForm(request.POST)
    if form.is_valid():
        try:
            services.link_partner(user, org, form.cleaned_data["partner"])
        except services.InputError as error:
            messages.error(request, next(iter(error.errors.values())))
        else:
            messages.success(request, f"Linked a partner account to {org.name}.")
    else:
        messages.error(request, "Choose a partner account that is not linked yet.")
    return redirect("campaign:organizations")


def get_for_organization(pk: int) -> PartnerOrganization:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(PartnerOrganization, pk=pk)


def dashboard_context(user: Any) -> dict[str, Any]:
    by_language = queries.totals(user, "language")
    by_borough = queries.totals(user, "borough")
    charts = {}
    for key, rows, noun in (
        ("language", by_language, "language"),
        ("borough", by_borough, "borough"),
    ):
        charts[key] = bar_chart(
            chart_id=f"chart-{key}",
            title=f"Printed material requested, shipped and delivered, by {noun}",
            desc=f"Pieces per {noun}; the table that follows gives the same numbers.",
            series=SERIES,
            categories=[
                (
                    r.label,
                    {"requested": r.requested, "shipped": r.shipped, "delivered": r.delivered},
                )
                for r in rows
            ],
        )
    return {
        "by_language": by_language,
        "by_borough": by_borough,
        "total": queries.grand_total(by_language),
        "charts": charts,
    }


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "campaign.coordinate")
    return render(
        request, "campaign/dashboard.html", {**_base_context(user), **dashboard_context(user)}
    )


CSV_COLUMNS = (
    "dimension",
    "key",
    "label",
    "requests",
    "requested",
    "approved",
    "shipped",
    "delivered",
    "declined",
)


def _csv_cell(value: Any) -> str:
    """Text as a spreadsheet reads it: no formulas from data (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_GET
def dashboard_csv(request: HttpRequest) -> HttpResponse:
    user = require_capability(request.user, "campaign.coordinate")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kyr-campaign-distribution.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for dimension in ("language", "borough"):
        for row in queries.totals(user, dimension):
            writer.writerow(
                [
                    _csv_cell(v)
                    for v in (
                        dimension,
                        row.key,
                        row.label,
                        row.requests,
                        row.requested,
                        row.approved,
                        row.shipped,
                        row.delivered,
                        row.declined,
                    )
                ]
            )
    record(
        "campaign_export",
        actor=user,
        object_type="rights.materialrequest",
        summary="KYR campaign distribution totals exported as CSV",
    )
    return response
