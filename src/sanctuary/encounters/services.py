"""Recording an encounter as it unfolds. Pages, API and commands call these; none re-decides.

Every change runs in one transaction with its audit entry; alerts are queued as Notification rows
in that same transaction and handed to Celery only after commit, so an alert can fail but the
encounter it is about is never lost.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from sanctuary.accounts.roles import Role
from sanctuary.audit.service import record
from sanctuary.documents import CheckResult
from sanctuary.encounters import advice
from sanctuary.encounters.models import (
    DECISION_RESPONSE,
    Channel,
    Encounter,
    Notification,
    Response,
    StaffProfile,
    SurgeAlert,
)
from sanctuary.privacy import scan_text
from sanctuary.rules import decide, parse_request

logger = logging.getLogger(__name__)

ALERT_ROLES = (Role.AGENCY_COUNSEL, Role.PRIVACY_OFFICER)
# The document check's non-personal fields, the only ones an encounter keeps.
KEPT_CHECK_FIELDS = (
    "kind",
    "judicial_warrant",
    "signed",
    "valid_at_door",
    "issued",
    "execute_by",
    "court",
    "signer_title",
    "names_address",
    "reasons",
    "confidence",
)


class EncounterError(ValueError):
    """Input the service refuses; the message is safe to show staff."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotesFlagged(EncounterError):
    """The notes look like they carry identifying information; staff must confirm or edit."""

    def __init__(self, types: list[str]) -> None:
        super().__init__("notes", ", ".join(types))
        self.types = types


def surge_threshold() -> tuple[int, int]:
    """(N encounters, M minutes) per borough; SANCTUARY_SURGE_COUNT / _MINUTES override."""
    count = os.environ.get("SANCTUARY_SURGE_COUNT") or getattr(settings, "SANCTUARY_SURGE_COUNT", 3)
    minutes = os.environ.get("SANCTUARY_SURGE_MINUTES") or getattr(
        settings, "SANCTUARY_SURGE_MINUTES", 30
    )
    return max(1, int(count)), max(1, int(minutes))


def remembered_facility(user: Any) -> Any:
    profile = StaffProfile.objects.filter(user=user).select_related("default_facility").first()
    return profile.default_facility if profile else None


def remember_facility(user: Any, facility: Any) -> None:
    if facility is not None:
        StaffProfile.objects.update_or_create(user=user, defaults={"default_facility": facility})


@dataclass
class Started:
    encounter: Encounter
    created: bool


def start_encounter(
    user: Any,
    *,
    key: str,
    ask: str,
    facility: Any = None,
    requester: str = "unknown",
    purpose: str = "unknown",
    channel: str = Channel.IN_PERSON,
    place_kind: str = "",
    borough: str = "",
    agency: Any = None,
) -> Started:
    """Step 1. A key seen before for this user returns that encounter, never a second one."""
    existing = Encounter.objects.filter(created_by=user, idempotency_key=key).first()
    if existing is not None:
        return Started(existing, False)
    if ask not in advice.ASKS:
        raise EncounterError("ask", "Choose what they are asking for.")
    if (requester or "unknown") not in dict(advice.REQUESTER_CHOICES):
        raise EncounterError("requester", "Choose one of the listed agencies.")
    if (purpose or "unknown") not in dict(advice.PURPOSE_CHOICES):
        raise EncounterError("purpose", "Choose one of the listed purposes.")
    if not 8 <= len(key) <= 64:
        raise EncounterError("key", "expected 8 to 64 characters")
    agency = facility.agency if facility is not None else (agency or user.agency)
    if agency is None:
        raise EncounterError("facility", "Choose your facility.")
    if facility is not None:
        place_kind, borough = facility.kind, facility.borough
    encounter = Encounter(
        agency=agency,
        created_by=user,
        idempotency_key=key,
        channel=channel,
        facility=facility,
        borough=borough,
        place_kind=place_kind,
        ask=ask,
        requester=requester or "unknown",
        purpose=purpose or "unknown",
    )
    try:
        with transaction.atomic():
            encounter.save()
            record(
                "encounter.start",
                actor=user,
                obj=encounter,
                summary=f"Encounter started ({channel}): {ask} at {place_kind or 'unknown place'}"
                f" in {borough or 'unknown borough'}; {encounter.requester}",
            )
            if channel == Channel.IN_PERSON:
                _queue(_encounter_notifications(encounter))
                _check_surge(encounter)
    except IntegrityError:
        # A concurrent double tap won the race: return the one it made.
        return Started(Encounter.objects.get(created_by=user, idempotency_key=key), False)
    remember_facility(user, facility)
    return Started(encounter, True)


def check_summary(result: CheckResult) -> dict[str, Any]:
    data = result.to_dict()
    return {k: data[k] for k in KEPT_CHECK_FIELDS}


def record_shown(
    encounter: Encounter,
    user: Any,
    *,
    shown: str,
    check: CheckResult | None = None,
    answers: dict[str, Any] | None = None,
    exigent: bool = False,
) -> Encounter:
    """Step 2: what they showed (checked photo, picked by hand, nothing, refused) -> decision."""
    answers = dict(answers or {})
    answers.update(
        ask=encounter.ask,
        requester=encounter.requester,
        purpose=encounter.purpose,
        place_kind=_engine_place_kind(encounter.place_kind),
        shown=shown,
        exigent=exigent,
    )
    document = check.as_rules_document() if check is not None else None
    payload = advice.build_request(
        answers,
        agency=encounter.agency.acronym,
        today=timezone.localdate(),
        document=document,
    )
    decision = decide(parse_request(payload)).to_dict()
    encounter.shown = shown
    encounter.exigent = exigent
    encounter.document_check = check_summary(check) if check is not None else {}
    documents = payload.get("documents") or []
    encounter.document_kind = documents[0]["kind"] if documents else ""
    encounter.decision = decision["decision"]
    encounter.decision_detail = decision
    encounter.response = DECISION_RESPONSE.get(decision["decision"], Response.PENDING)
    encounter.step = max(encounter.step, Encounter.STEP_ANSWER)
    with transaction.atomic():
        encounter.save()
        record(
            "decision",
            actor=user,
            obj=encounter,
            summary=advice.audit_summary(payload, decision),
        )
    return encounter


def _engine_place_kind(kind: str) -> str:
    return "other" if kind == "library" else kind


def flagged_types(text: str) -> list[str]:
    return sorted({finding.type for finding in scan_text(text)}) if text.strip() else []


def record_outcome(
    encounter: Encounter,
    user: Any,
    *,
    outcome: str = "",
    agent_count: int | None = None,
    agent_identifiers: str = "",
    vehicles: str = "",
    notes: str = "",
    keep_flagged: bool = False,
) -> Encounter:
    """Step 3 and after: the outcome so far, the agents as they identified themselves, notes.

    Notes that look like they name a resident raise NotesFlagged unless staff confirmed them.
    """
    types = flagged_types(notes)
    if types and not keep_flagged:
        raise NotesFlagged(types)
    if outcome and encounter.outcome != outcome:
        encounter.outcome_at = timezone.now()
    encounter.outcome = outcome
    encounter.agent_count = agent_count
    encounter.agent_identifiers = agent_identifiers.strip()
    encounter.vehicles = vehicles.strip()
    encounter.notes = notes.strip()
    encounter.notes_flagged = ",".join(types)
    with transaction.atomic():
        encounter.save()
        record(
            "encounter.outcome",
            actor=user,
            obj=encounter,
            summary=f"Outcome {outcome or 'not yet'}; {agent_count or 'unknown'} agents; "
            f"notes {'flagged ' + ','.join(types) if types else 'not flagged'}",
        )
    return encounter


def purge_expired(now: Any = None) -> int:
    """Blank the encrypted free-text fields of encounters past their retention; audit the count."""
    now = now or timezone.now()
    with transaction.atomic():
        due = Encounter.objects.filter(purge_after__lte=now, purged=False)
        count = due.update(agent_identifiers="", vehicles="", notes="", purged=True)
        if count:
            record(
                "encounter.purge",
                object_type="encounter",
                agency="",
                summary=f"Purged free text of {count} encounters past retention",
            )
    return count


# ----------------------------------------------------------------------------- alerts


def _encounter_notifications(encounter: Encounter) -> list[Notification]:
    from sanctuary.accounts.models import User

    recipients: dict[str, str] = {}
    staff = User.objects.filter(
        agency=encounter.agency, role__in=ALERT_ROLES, is_active=True
    ).exclude(email="")
    languages = {u.email.lower(): u.preferred_language or "en" for u in staff}
    facility = encounter.facility
    for email in (
        facility.counsel_email if facility else "",
        facility.privacy_officer_email if facility else "",
        *languages,
    ):
        if email and email.lower() not in recipients:
            recipients[email.lower()] = languages.get(email.lower(), settings.LANGUAGE_CODE)
    return [
        Notification.objects.create(
            encounter=encounter, agency=encounter.agency, recipient=email, language=language
        )
        for email, language in recipients.items()
    ]


def _surge_standing(borough: str, since: Any) -> bool:
    """An alert not yet acknowledged, or one raised within the window, covers this surge."""
    return (
        SurgeAlert.objects.filter(borough=borough, acknowledged_at__isnull=True)
        | SurgeAlert.objects.filter(borough=borough, created_at__gte=since)
    ).exists()


def _check_surge(encounter: Encounter) -> SurgeAlert | None:
    from sanctuary.accounts.models import User

    if not encounter.borough:
        return None
    count, minutes = surge_threshold()
    since = timezone.now() - timedelta(minutes=minutes)
    recent = Encounter.objects.filter(
        borough=encounter.borough, channel=Channel.IN_PERSON, started_at__gte=since
    ).count()
    if recent < count:
        return None
    if _surge_standing(encounter.borough, since):
        return None
    try:
        with transaction.atomic():
            surge = SurgeAlert.objects.create(
                borough=encounter.borough, count=recent, window_minutes=minutes
            )
    except IntegrityError:
        return None  # a concurrent encounter raised it first (one open alert per borough)
    record(
        "surge.raise",
        obj=surge,
        agency="",
        summary=f"Surge: {recent} encounters within {minutes} minutes in {encounter.borough}",
    )
    members = User.objects.filter(role=Role.COMMITTEE_MEMBER, is_active=True).exclude(email="")
    _queue(
        [
            Notification.objects.create(
                surge=surge, recipient=u.email, language=u.preferred_language or "en"
            )
            for u in members
        ]
    )
    return surge


def acknowledge_surge(surge: SurgeAlert, user: Any) -> SurgeAlert:
    if surge.acknowledged_at is None:
        with transaction.atomic():
            surge.acknowledged_at = timezone.now()
            surge.acknowledged_by = user
            surge.save(update_fields=["acknowledged_at", "acknowledged_by"])
            record(
                "surge.acknowledge",
                actor=user,
                obj=surge,
                agency="",
                summary=f"Surge in {surge.borough} acknowledged",
            )
    return surge


def _queue(notifications: list[Notification]) -> None:
    ids = [n.pk for n in notifications]
    if ids:
        transaction.on_commit(lambda: dispatch(ids))


def dispatch(ids: list[int]) -> None:
    """Hand each notification to Celery, or deliver inline when Celery runs eagerly."""
    from sanctuary.encounters import tasks

    for pk in ids:
        try:
            if tasks.celery_is_eager():
                tasks.deliver_inline(pk)
            else:
                tasks.send_notification.delay(pk)
        except Exception as error:  # a broker outage must not turn a saved encounter into a 500
            logger.error("notification %s not queued: %s", pk, type(error).__name__)
            Notification.objects.filter(pk=pk).update(
                status=Notification.Status.FAILED, last_error=type(error).__name__[:64]
            )


def record_assistance_request(
    user: Any,
    *,
    key: str,
    channel: str,
    ask: str,
    requester: str,
    response: str,
    borough: str = "",
    place_kind: str = "",
) -> Encounter:
    """§10-178 short form: a request by phone, letter or away from a facility, with the response."""
    with transaction.atomic():
        started = start_encounter(
            user,
            key=key,
            ask=ask,
            requester=requester,
            channel=channel,
            borough=borough,
            place_kind=place_kind,
        )
        encounter = started.encounter
        if started.created:
            encounter.response = response
            encounter.step = Encounter.STEP_ANSWER
            encounter.save(update_fields=["response", "step", "updated_at"])
    return encounter
