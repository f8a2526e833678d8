"""What agents did and presented at a city facility, and what staff answered.

Never whom they sought: no field asks for a resident, and the free-text fields that might carry a
name anyway (agents' names or badges as given, vehicles, notes) are encrypted at rest and purged
after the retention period (`purge_after`).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.scoping import AgencyScopedQuerySet
from sanctuary.encounters.advice import ASK_CHOICES, REQUESTER_CHOICES, SHOWN_CHOICES
from sanctuary.encounters.crypto import EncryptedTextField
from sanctuary.facilities.models import Borough, FacilityKind


class Channel(models.TextChoices):
    IN_PERSON = "in_person", _("In person, at a facility")
    ELSEWHERE = "elsewhere", _("In person, elsewhere")
    PHONE = "phone", _("By phone")
    LETTER = "letter", _("By letter or e-mail")


class Outcome(models.TextChoices):
    LEFT = "left", _("They left")
    WAITED = "waited_for_counsel", _("They waited for counsel")
    JUDICIAL_WARRANT = "entered_judicial_warrant", _("They entered with a judicial warrant")
    WITHOUT_CONSENT = "entered_without_consent", _("They entered without consent")
    OTHER = "other", _("Something else")


class Response(models.TextChoices):
    """The response given, for the §10-178 report (from the decision, or the short form)."""

    DECLINED = "declined", _("Declined")
    REFERRED = "referred_to_counsel", _("Referred to counsel")
    ASSISTED = "assisted", _("Assisted")
    PENDING = "pending", _("Not yet answered")


DECISION_RESPONSE = {
    "deny": Response.DECLINED,
    "escalate": Response.REFERRED,
    "allow": Response.ASSISTED,
}


def retention_days() -> int:
    return int(getattr(settings, "SANCTUARY_ENCOUNTER_NOTES_DAYS", 0) or 90)


def default_purge_after() -> object:
    return timezone.now() + timedelta(days=retention_days())


class StaffProfile(models.Model):
    """Per-user front-desk preferences: the facility the user last reported from."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="encounter_profile"
    )
    default_facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.SET_NULL
    )

    def __str__(self) -> str:
        return f"Profile of user {self.user_id}"


class Encounter(models.Model):
    """One request for assistance from non-local law enforcement, recorded as it unfolds."""

    STEP_SHOWN, STEP_ANSWER = 2, 3

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    idempotency_key = models.CharField(max_length=64)
    channel = models.CharField(max_length=16, choices=Channel.choices, default=Channel.IN_PERSON)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    step = models.PositiveSmallIntegerField(default=STEP_SHOWN)

    facility = models.ForeignKey(
        "facilities.Facility", null=True, blank=True, on_delete=models.PROTECT
    )
    borough = models.CharField(max_length=16, choices=Borough.choices, blank=True)
    place_kind = models.CharField(max_length=32, choices=FacilityKind.choices, blank=True)

    ask = models.CharField(max_length=32, choices=ASK_CHOICES)
    requester = models.CharField(max_length=16, choices=REQUESTER_CHOICES, default="unknown")
    purpose = models.CharField(max_length=24, default="unknown")
    agent_count = models.PositiveSmallIntegerField(null=True, blank=True)
    agent_identifiers = EncryptedTextField(blank=True)
    vehicles = EncryptedTextField(blank=True)

    shown = models.CharField(max_length=48, choices=SHOWN_CHOICES, blank=True)
    document_kind = models.CharField(max_length=48, blank=True)
    # Only non-personal fields of the document check: kind, judicial, signed, dates, court,
    # signer title, whether it names this address, reasons, confidence. Never a name.
    document_check = models.JSONField(default=dict, blank=True)
    exigent = models.BooleanField(default=False)

    decision = models.CharField(max_length=16, blank=True)
    decision_detail = models.JSONField(default=dict, blank=True)
    response = models.CharField(max_length=24, choices=Response.choices, default=Response.PENDING)

    outcome = models.CharField(max_length=32, choices=Outcome.choices, blank=True)
    outcome_at = models.DateTimeField(null=True, blank=True)
    notes = EncryptedTextField(blank=True)
    notes_flagged = models.CharField(max_length=200, blank=True)
    purge_after = models.DateTimeField(default=default_purge_after, db_index=True)
    purged = models.BooleanField(default=False)

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["created_by", "idempotency_key"], name="encounter_once_per_key"
            )
        ]

    def __str__(self) -> str:
        return f"Encounter {self.pk}"

    @property
    def is_open(self) -> bool:
        return self.outcome in ("", Outcome.WAITED)


class SurgeAlert(models.Model):
    """At least N encounters within M minutes in one borough; shown until acknowledged."""

    borough = models.CharField(max_length=16, choices=Borough.choices)
    count = models.PositiveIntegerField()
    window_minutes = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # Two encounters committed at the same instant must not raise two alerts.
            models.UniqueConstraint(
                fields=["borough"],
                condition=models.Q(acknowledged_at__isnull=True),
                name="one_open_surge_per_borough",
            )
        ]

    def __str__(self) -> str:
        return f"Surge in {self.borough}"


class Notification(models.Model):
    """One e-mail to one recipient about an encounter or a surge. Errors keep their type only."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        RETRYING = "retrying", _("Retrying")
        FAILED = "failed", _("Failed")

    encounter = models.ForeignKey(
        Encounter, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    surge = models.ForeignKey(
        SurgeAlert, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    agency = models.ForeignKey("agencies.Agency", null=True, blank=True, on_delete=models.PROTECT)
    recipient = models.EmailField()
    language = models.CharField(max_length=10, default="en")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Notification {self.pk} ({self.status})"
