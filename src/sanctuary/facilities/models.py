from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.scoping import AgencyScopedQuerySet


class Borough(models.TextChoices):
    BRONX = "bronx", _("Bronx")
    BROOKLYN = "brooklyn", _("Brooklyn")
    MANHATTAN = "manhattan", _("Manhattan")
    QUEENS = "queens", _("Queens")
    STATEN_ISLAND = "staten_island", _("Staten Island")


class FacilityKind(models.TextChoices):
    SCHOOL = "school", _("School")
    HOSPITAL = "hospital", _("Hospital")
    SHELTER = "shelter", _("Shelter")
    OFFICE = "office", _("Office")
    JAIL = "jail", _("Jail")
    COURT = "court", _("Court")
    PARKING_GARAGE = "parking_garage", _("Parking garage")
    PARKING_LOT = "parking_lot", _("Parking lot")
    VACANT_LOT = "vacant_lot", _("Vacant lot")
    LIBRARY = "library", _("Library")
    OTHER = "other", _("Other")


class Facility(models.Model):
    """A city-owned or leased, city-controlled property (Admin Code §4-210; EO 13 "City lots")."""

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=32, choices=FacilityKind.choices)
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.PROTECT, related_name="facilities"
    )
    address = models.CharField(max_length=300)
    borough = models.CharField(max_length=16, choices=Borough.choices)
    public_areas = models.TextField(blank=True, help_text=_("Areas open to the public, e.g. lobby"))
    non_public_areas = models.TextField(
        blank=True, help_text=_("Areas closed to the public, e.g. classrooms, wards, offices")
    )
    counsel_name = models.CharField(max_length=200, blank=True)
    counsel_phone = models.CharField(max_length=40, blank=True)
    counsel_email = models.EmailField(blank=True)
    privacy_officer_name = models.CharField(max_length=200, blank=True)
    privacy_officer_phone = models.CharField(max_length=40, blank=True)
    privacy_officer_email = models.EmailField(blank=True)

    objects = AgencyScopedQuerySet.as_manager()

    class Meta:
        ordering = ["borough", "name"]
        verbose_name_plural = "facilities"

    def __str__(self) -> str:
        return self.name
