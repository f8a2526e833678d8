"""The EO 13 tracker's records: an order, its obligations, each agency's progress, policy audits.

Orders and obligations come from data files (sanctuary.compliance.seed); agency-owned rows use
the scoped manager, so every query for them goes through `for_user`.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.scoping import AgencyScopedQuerySet
from sanctuary.compliance.spec import EVIDENCE_KINDS
from sanctuary.compliance.status import Status, status_on


class Order(models.Model):
    """An executive order (or any instrument) whose obligations the tracker follows."""

    key = models.SlugField(max_length=64, unique=True)
    city = models.CharField(max_length=32)
    number = models.CharField(max_length=200)
    title = models.CharField(max_length=300)
    issuer = models.CharField(max_length=200, blank=True)
    signed_on = models.DateField()
    source = models.TextField()
    unverified = models.BooleanField(default=False)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-signed_on", "key"]

    def __str__(self) -> str:
        return f"{self.number}: {self.title}"


class Obligation(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="obligations")
    key = models.SlugField(max_length=64)
    title = models.CharField(max_length=200)
    description = models.TextField()
    citation = models.CharField(max_length=300)
    citation_unverified = models.BooleanField(default=False)
    applies_to = models.JSONField(
        null=True, blank=True, help_text=_("Agency acronyms; empty means every agency.")
    )
    due_days = models.PositiveIntegerField()
    due_on = models.DateField()
    due_unverified = models.BooleanField(default=False)
    due_note = models.TextField(blank=True)
    evidence = models.JSONField(default=list)
    position = models.PositiveIntegerField(default=0)
    is_active = models.BooleanField(
        default=True, help_text=_("False when a later version of the data file dropped it.")
    )

    class Meta:
        ordering = ["order", "position"]
        constraints = [models.UniqueConstraint(fields=["order", "key"], name="obligation_key")]

    def __str__(self) -> str:
        return self.title

    @property
    def evidence_labels(self) -> list[str]:
        return [EVIDENCE_KINDS.get(k, k) for k in self.evidence]

    @property
    def unverified(self) -> bool:
        return self.citation_unverified or self.due_unverified


def evidence_upload_to(instance: Any, filename: str) -> str:
    """A generated name: nothing a user typed reaches the file system."""
    extension = PurePath(filename).suffix.lower()[:6]
    return f"compliance/evidence/{uuid.uuid4().hex}{extension}"


class AgencyObligation(models.Model):
    """One agency's progress on one obligation, with the evidence it recorded."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    obligation = models.ForeignKey(
        Obligation, on_delete=models.CASCADE, related_name="agency_obligations"
    )
    completed_on = models.DateField(null=True, blank=True)
    officer_name = models.CharField(max_length=200, blank=True)
    officer_appointed_on = models.DateField(null=True, blank=True)
    training_count = models.PositiveIntegerField(null=True, blank=True)
    certification_statement = models.TextField(blank=True)
    policy_audit = models.ForeignKey(
        "PolicyAudit", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    notes = models.TextField(blank=True)
    evidence_file = models.FileField(upload_to=evidence_upload_to, blank=True, max_length=200)
    evidence_file_name = models.CharField(max_length=200, blank=True)
    evidence_file_type = models.CharField(max_length=16, blank=True)
    evidence_file_size = models.PositiveIntegerField(null=True, blank=True)
    evidence_file_sha256 = models.CharField(max_length=64, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(null=True, blank=True)
    is_active = models.BooleanField(
        default=True, help_text=_("False when the obligation no longer applies to this agency.")
    )

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["agency__acronym", "obligation__position"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "obligation"], name="one_row_per_agency")
        ]

    def __str__(self) -> str:
        return f"{self.agency.acronym}: {self.obligation.title}"

    @property
    def due_on(self) -> date:
        return self.obligation.due_on

    def status(self, today: date) -> Status:
        return status_on(today, self.obligation.due_on, self.completed_on)


class PolicyAudit(models.Model):
    """An agency's audit of its own policies against the order, and what it found."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    title = models.CharField(max_length=200)
    findings = models.TextField()
    audited_on = models.DateField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-audited_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.agency.acronym}: {self.title}"


class PolicyChange(models.Model):
    """A policy change an audit led to. The public sees it only after an explicit publish step."""

    audit = models.ForeignKey(PolicyAudit, on_delete=models.PROTECT, related_name="changes")
    title = models.CharField(max_length=200)
    description = models.TextField()
    effective_on = models.DateField()
    published = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    agency_path = "audit__agency"
    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-effective_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="published_has_time",
                condition=models.Q(published=False) | models.Q(published_at__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def agency(self) -> Any:
        return self.audit.agency
