"""The front-desk flow: three short server-rendered steps, each a small form, state in the Encounter.

1. where and what they ask (creates the Encounter; a hidden idempotency key makes a double tap or a
   resubmission return the same one), 2. what they showed (photo through the document check, or
   nothing, or a refusal), 3. the answer in large plain words, with the outcome recorded below it.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from sanctuary.accounts.scoping import get_for_user, may_change, require_capability
from sanctuary.documents import DocumentError, check_document
from sanctuary.encounters import services
from sanctuary.encounters.forms import AssistanceRequestForm, OutcomeForm, ShownForm, StartForm
from sanctuary.encounters.models import Encounter
from sanctuary.encounters.uploads import keep_uploads_in_memory


def new_key() -> str:
    return uuid.uuid4().hex


def _encounter_for_change(request: HttpRequest, pk: int) -> Encounter:
    user: Any = request.user
    require_capability(user, "decisions.ask")
    encounter = get_for_user(Encounter.objects.select_related("facility", "agency"), user, pk=pk)
    if not may_change(user, "decisions.ask", encounter.agency_id):
        raise PermissionDenied
    return encounter


def _next_url(encounter: Encounter) -> str:
    if encounter.step < Encounter.STEP_ANSWER:
        return f"/agents/{encounter.pk}/shown/"
    return f"/agents/{encounter.pk}/"


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """Step 1. The facility is remembered from last time; the key is made when the page is drawn."""
    user: Any = request.user
    require_capability(user, "decisions.ask")
    if request.method == "POST":
        form = StartForm(request.POST, user=user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                started = services.start_encounter(
                    user,
                    key=data["key"],
                    ask=data["ask"],
                    facility=data.get("facility"),
                    requester=data["requester"],
                    purpose=data["purpose"],
                )
            except services.EncounterError as error:
                form.add_error(error.field if error.field in form.fields else None, str(error))
            else:
                return redirect(_next_url(started.encounter))
        return render(request, "encounters/start.html", {"form": form}, status=400)
    form = StartForm(
        user=user,
        initial={"key": new_key(), "facility": services.remembered_facility(user)},
    )
    return render(request, "encounters/start.html", {"form": form})


@csrf_exempt
def shown(request: HttpRequest, pk: int) -> HttpResponse:
    # Upload handlers must be set before CSRF (or anything) reads the body; CSRF is checked below.
    keep_uploads_in_memory(request)
    return _shown(request, pk)


@csrf_protect
@require_http_methods(["GET", "POST"])
def _shown(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 2: what they showed. A photo goes through the document check in memory."""
    encounter = _encounter_for_change(request, pk)
    context: dict[str, Any] = {"encounter": encounter}
    if request.method != "POST":
        context["form"] = ShownForm(initial={"shown": "photo"})
        return render(request, "encounters/shown.html", context)
    form = ShownForm(request.POST, request.FILES)
    context["form"] = form
    if getattr(request, "upload_too_large", False):
        form.add_error(None, _("The photo is too large. Take it again at a lower resolution."))
        return render(request, "encounters/shown.html", context, status=413)
    if not form.is_valid():
        return render(request, "encounters/shown.html", context, status=400)
    data = form.cleaned_data
    check = None
    shown_value = data["shown"]
    answers: dict[str, Any] = {}
    if data.get("photo"):
        upload = data["photo"]
        try:
            check = check_document(
                upload.read(),
                filename="photo",  # never the phone's file name: it can carry a name
                on=timezone.localdate(),
                address=encounter.facility.address if encounter.facility else None,
            )
        except DocumentError as error:
            form.add_error("photo", str(error))
            return render(request, "encounters/shown.html", context, status=400)
        shown_value = "photo"
    elif shown_value == "by_hand":
        shown_value = data["kind"]
        answers = {k: data.get(k) for k in ("signed", "names_place", "execute_by")}
    services.record_shown(
        encounter,
        request.user,
        shown=shown_value,
        check=check,
        answers=answers,
        exigent=data.get("exigent", False),
    )
    return redirect(f"/agents/{encounter.pk}/")


@require_http_methods(["GET"])
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Step 3: the answer in large plain words, whom to call, and the outcome so far."""
    encounter = _encounter_for_change(request, pk)
    if encounter.step < Encounter.STEP_ANSWER:
        return redirect(_next_url(encounter))
    form = OutcomeForm(initial=_outcome_initial(encounter))
    return render(request, "encounters/answer.html", _answer_context(encounter, form))


def _outcome_initial(encounter: Encounter) -> dict[str, Any]:
    return {
        "outcome": encounter.outcome,
        "agent_count": encounter.agent_count,
        "agent_identifiers": encounter.agent_identifiers,
        "vehicles": encounter.vehicles,
        "notes": encounter.notes,
    }


def _answer_context(encounter: Encounter, form: OutcomeForm, **extra: Any) -> dict[str, Any]:
    return {
        "encounter": encounter,
        "decision": encounter.decision_detail,
        "check": encounter.document_check,
        "facility": encounter.facility,
        "form": form,
        **extra,
    }


@require_POST
def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    encounter = _encounter_for_change(request, pk)
    form = OutcomeForm(request.POST)
    if not form.is_valid():
        return render(
            request, "encounters/answer.html", _answer_context(encounter, form), status=400
        )
    data = form.cleaned_data
    try:
        services.record_outcome(
            encounter,
            request.user,
            outcome=data["outcome"],
            agent_count=data["agent_count"],
            agent_identifiers=data["agent_identifiers"],
            vehicles=data["vehicles"],
            notes=data["notes"],
            keep_flagged=data["keep_flagged"],
        )
    except services.NotesFlagged as flagged:
        encounter.refresh_from_db()
        context = _answer_context(encounter, form, flagged=flagged.types)
        return render(request, "encounters/answer.html", context, status=400)
    messages.success(request, _("Saved. You can update it as things change."))
    return redirect(f"/agents/{encounter.pk}/")


@require_http_methods(["GET", "POST"])
def assistance_request(request: HttpRequest) -> HttpResponse:
    """§10-178 short form: a request made by phone, by letter, or in person away from a facility."""
    user: Any = request.user
    require_capability(user, "decisions.ask")
    if user.agency_id is None:
        raise PermissionDenied
    if request.method == "POST":
        form = AssistanceRequestForm(request.POST)
        if form.is_valid():
            services.record_assistance_request(user, **form.cleaned_data)
            messages.success(request, _("Recorded for the §10-178 report."))
            return redirect("/agents/requests/new/")
        return render(request, "encounters/request.html", {"form": form}, status=400)
    form = AssistanceRequestForm(initial={"key": new_key()})
    return render(request, "encounters/request.html", {"form": form})
