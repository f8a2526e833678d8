"""The coordinating committee's live board and the §10-178 quarterly report pages."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from sanctuary.accounts.scoping import require_capability
from sanctuary.encounters import queries, services
from sanctuary.encounters.models import SurgeAlert

REFRESH_SECONDS = 10


@require_GET
def board(request: HttpRequest) -> HttpResponse:
    """Reloads itself every few seconds through the HTTP Refresh header (no script), unless the
    viewer paused it: WCAG 2.2.1 asks that a time limit can be turned off."""
    user: Any = request.user
    require_capability(user, "board.view")
    paused = request.GET.get("paused") == "1"
    context = {
        "board": queries.board(user),
        "refresh": REFRESH_SECONDS,
        "paused": paused,
        "can_ack": user.can("board.acknowledge"),
    }
    response = render(request, "encounters/board.html", context)
    if not paused:
        response["Refresh"] = str(REFRESH_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    user: Any = request.user
    require_capability(user, "board.acknowledge")
    services.acknowledge_surge(get_object_or_404(SurgeAlert, pk=pk), user)
    return redirect("/board/")


@require_GET
def report(request: HttpRequest) -> HttpResponse:
    """§10-178 quarterly anonymized report as HTML, CSV (?format=csv) or JSON (?format=json)."""
    user: Any = request.user
    require_capability(user, "reports.view")
    try:
        quarter = queries.Quarter.parse(request.GET.get("quarter"))
    except ValueError as error:
        context = {"error": str(error), "quarter": request.GET.get("quarter", "")}
        return render(request, "encounters/report.html", context, status=400)
    data = queries.report_10_178(user, quarter)
    fmt = request.GET.get("format", "html")
    name = f"10-178-{data['scope']}-{data['quarter']}"
    if fmt == "csv":
        response = HttpResponse(queries.report_csv(data), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response
    if fmt == "json":
        return HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2), content_type="application/json"
        )
    context = {"report": data, "quarter": data["quarter"], "suppressed": queries.SUPPRESSED}
    return render(request, "encounters/report.html", context)
