from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from sanctuary.audit.service import record
from sanctuary.encounters.advice import audit_summary, build_request
from sanctuary.encounters.forms import AgentsAreHereForm
from sanctuary.rules import decide, parse_request


@require_http_methods(["GET", "POST"])
def agents_are_here(request: HttpRequest) -> HttpResponse:
    """Ask, then answer in large plain words with the steps; the citations sit behind a control."""
    user: Any = request.user
    if not user.can("decisions.ask"):
        raise PermissionDenied
    form = AgentsAreHereForm(request.POST or None, user=user)
    context: dict[str, Any] = {"form": form}
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "encounters/agents.html", context, status=400)
        facility = form.cleaned_data.get("facility")
        agency = (
            facility.agency.acronym if facility else (user.agency.acronym if user.agency else None)
        )
        payload = build_request(form.cleaned_data, agency=agency, today=timezone.localdate())
        decision = decide(parse_request(payload)).to_dict()
        record(
            "decision",
            actor=user,
            object_type="decision",
            agency=agency or "",
            summary=audit_summary(payload, decision),
        )
        context.update({"decision": decision, "facility": facility})
        return render(request, "encounters/answer.html", context)
    return render(request, "encounters/agents.html", context)
