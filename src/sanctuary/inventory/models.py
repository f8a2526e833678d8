"""Inventory records: what identifying information an agency collects, why, for how long, who
sees it, and the privacy officer's written approval (Admin Code §§23-1201, 23-1202, 23-1205).

Bulk scans keep only counts per column and type: never a cell value, never a finding's text.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.scoping import AgencyScopedQuerySet


class LegalBasis(models.TextChoices):
    MISSION = "mission", _("Furthers the agency's mission")
    LAW = "law", _("Required by law")
    TREATY = "treaty", _("Required by treaty")
    NONE_STATED = "none_stated", _("None stated")


class ApprovalKind(models.TextChoices):
    WRITTEN = "written", _("Privacy officer's written approval")
    EXIGENT = "exigent", _("Exigent circumstances (reported to the CPO)")
    NONE = "none", _("No approval recorded")


class DataCollection(models.Model):
    """One system or form through which an agency collects identifying information."""

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    name = models.CharField(_("system or form"), max_length=200)
    description = models.TextField(blank=True)
    # [{"name": "country_of_birth", "category": "birthplace"}, ...]; categories from §23-1201.
    fields = models.JSONField(default=list, blank=True)
    purpose = models.TextField(blank=True)
    need_statement = models.TextField(
        _("why sensitive categories are needed"), blank=True, default=""
    )
    legal_basis = models.CharField(
        max_length=16, choices=LegalBasis.choices, default=LegalBasis.NONE_STATED
    )
    legal_basis_detail = models.TextField(blank=True)
    retention_days = models.PositiveIntegerField(null=True, blank=True)  # None: none stated
    access_description = models.TextField(blank=True)
    access_count = models.PositiveIntegerField(null=True, blank=True)
    approval_kind = models.CharField(
        max_length=16, choices=ApprovalKind.choices, default=ApprovalKind.NONE
    )
    approved_by_name = models.CharField(max_length=200, blank=True)
    approved_on = models.DateField(null=True, blank=True)
    approval_reference = models.CharField(max_length=200, blank=True)
    exigent_reason = models.TextField(blank=True)
    exigent_reported_to_cpo_on = models.DateField(null=True, blank=True)
    routine_disclosures = models.TextField(blank=True)
    agreements = models.TextField(blank=True)
    minimization = models.TextField(_("minimization alternatives considered"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["agency__acronym", "name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def categories(self) -> list[str]:
        return sorted({str(f.get("category", "")) for f in self.fields if f.get("category")})

    @property
    def retention_label(self) -> str:
        return "none stated" if self.retention_days is None else f"{self.retention_days} days"


class BulkScan(models.Model):
    """A scan of one uploaded CSV export: progress and a per-column summary of counts only."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Scanning")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    file_name = models.CharField(max_length=200)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    chunks_total = models.PositiveIntegerField(default=0)
    chunks_done = models.PositiveIntegerField(default=0)
    rows = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)  # CsvSummary.to_dict(): counts only
    error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Bulk scan {self.pk}"

    @property
    def percent(self) -> int:
        if not self.chunks_total:
            return 100 if self.status == self.Status.DONE else 0
        return int(100 * self.chunks_done / self.chunks_total)

    def lines(self) -> list[str]:
        from sanctuary.privacy import CsvSummary

        if not self.summary:
            return []
        data: dict[str, Any] = {**self.summary, "file": self.file_name}
        return CsvSummary.from_dict(data).describe()
