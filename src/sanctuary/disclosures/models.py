"""Disclosure requests, their transition history, and reports to the Chief Privacy Officer.

What identifies a resident (the subject description, exigent reasons, improper-disclosure
descriptions, denial reasons) is encrypted at rest with the shared field key
(`sanctuary.encounters.crypto`). The redacted copy is stored as a Fernet token, never in the clear.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.scoping import AgencyScopedQuerySet
from sanctuary.encounters.crypto import EncryptedTextField
from sanctuary.rules import PURPOSES, REQUESTERS


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    UNDER_REVIEW = "under_review", _("Under review")
    NEEDS_COUNSEL = "needs_counsel", _("Needs counsel")
    APPROVED = "approved", _("Approved")
    DENIED = "denied", _("Denied")
    RELEASED = "released", _("Released")
    CLOSED = "closed", _("Closed")


ACTIVE_STATUSES = frozenset(
    {Status.RECEIVED, Status.UNDER_REVIEW, Status.NEEDS_COUNSEL, Status.APPROVED}
)


class RequesterKind(models.TextChoices):
    CITY_AGENCY = "city_agency", _("Another city agency")
    CONTRACTOR = "contractor", _("Contractor")
    COURT = "court", _("Court")
    FEDERAL_IMMIGRATION = "federal_immigration", _("Federal immigration authority")
    FEDERAL_OTHER = "federal_other", _("Other federal agency")
    STATE_LOCAL_LAW_ENFORCEMENT = "state_local_law_enforcement", _("State or local law enforcement")
    OTHER = "other", _("Other")


REQUESTER_CHOICES = [(r, r) for r in REQUESTERS]
PURPOSE_CHOICES = [(p, p.replace("_", " ")) for p in PURPOSES]


class DisclosureRequest(models.Model):
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    requester_name = models.CharField(max_length=200)  # the official asking, not a resident
    requester_organisation = models.CharField(max_length=200)
    requester_kind = models.CharField(max_length=32, choices=RequesterKind.choices)
    requester = models.CharField(max_length=16, choices=REQUESTER_CHOICES, default="OTHER")
    purpose = models.CharField(max_length=32, choices=PURPOSE_CHOICES, default="unknown")
    purpose_detail = models.TextField(blank=True)
    information = models.JSONField(default=list)  # the engine's `information` vocabulary
    subject = EncryptedTextField(blank=True)  # whom it is about: minimal, optional, encrypted
    documents = models.JSONField(default=list, blank=True)  # [{kind, signed, execute_by}]
    consent_written = models.BooleanField(default=False)
    exigent = models.BooleanField(default=False)
    exigent_reason = EncryptedTextField(blank=True)
    deadline = models.DateField(null=True, blank=True)
    decision = models.JSONField(default=dict)  # the engine's answer, stored as given
    rules_version = models.CharField(max_length=64, blank=True)
    counsel_required = models.BooleanField(default=False)
    counsel_signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    counsel_signed_off_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.RECEIVED)
    denial_reason = EncryptedTextField(blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    redacted_copy = models.BinaryField(null=True, blank=True)  # Fernet token of the redacted file
    redacted_name = models.CharField(max_length=200, blank=True)
    redacted_sha256 = models.CharField(max_length=64, blank=True)
    redacted_operator = models.CharField(max_length=16, blank=True)
    redacted_counts = models.JSONField(default=dict, blank=True)  # type -> how many redacted
    released_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    watchdog_alerted_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]

    def __str__(self) -> str:
        return f"Disclosure request {self.pk}"

    @property
    def engine_decision(self) -> str:
        return str(self.decision.get("decision", ""))

    @property
    def has_redacted_copy(self) -> bool:
        return bool(self.redacted_sha256)

    @property
    def outcome(self) -> str:
        """For reports: released, denied, approved (not yet released) or pending."""
        if self.released_at:
            return "released"
        if self.status == Status.DENIED or (self.status == Status.CLOSED and self.denial_reason):
            return "denied"
        if self.approved_at:
            return "approved"
        return "pending"


class Transition(models.Model):
    """One step in a request's history; written in the same transaction as the change."""

    request = models.ForeignKey(
        DisclosureRequest, on_delete=models.CASCADE, related_name="transitions"
    )
    action = models.CharField(max_length=32)
    from_status = models.CharField(max_length=16)
    to_status = models.CharField(max_length=16)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150)
    at = models.DateTimeField(default=timezone.now)
    reason = EncryptedTextField(blank=True)

    agency_path = "request__agency"
    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_status} -> {self.to_status}"


class CpoReport(models.Model):
    """An exigent or improper disclosure reported to the Chief Privacy Officer (§23-1202)."""

    class Kind(models.TextChoices):
        EXIGENT = "exigent", _("Exigent disclosure")
        IMPROPER = "improper", _("Improper disclosure")

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    request = models.ForeignKey(
        DisclosureRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requester_kind = models.CharField(max_length=32, choices=RequesterKind.choices)
    information = models.JSONField(default=list, blank=True)
    occurred_on = models.DateField()
    description = EncryptedTextField(blank=True)
    person_notified = models.BooleanField(default=False)
    reported_at = models.DateTimeField(default=timezone.now)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-reported_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.pk}"
