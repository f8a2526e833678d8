from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Agency(models.Model):
    """A city agency or office. Everything staff see is scoped to theirs unless they are citywide."""

    class Kind(models.TextChoices):
        MAYORAL_AGENCY = "mayoral_agency", _("Mayoral agency")
        MAYORAL_OFFICE = "mayoral_office", _("Mayor's office")
        PUBLIC_BENEFIT_CORPORATION = "public_benefit_corporation", _("Public benefit corporation")
        OTHER = "other", _("Other city entity")

    acronym = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=Kind.choices, default=Kind.MAYORAL_AGENCY)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["acronym"]
        verbose_name_plural = "agencies"

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})"
