from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from sanctuary.accounts.roles import CITYWIDE_ROLES, OUTSIDE_ROLES, Role, role_has


class User(AbstractUser):
    """A staff member. Belongs to one agency, or to none when the role is citywide."""

    role = models.CharField(max_length=32, choices=Role.choices, default=Role.FRONT_DESK)
    agency = models.ForeignKey(
        "agencies.Agency", null=True, blank=True, on_delete=models.PROTECT, related_name="staff"
    )
    preferred_language = models.CharField(
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Language of the pages and of the e-mail this person receives."),
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                name="agency_role_has_agency",
                condition=models.Q(role__in=sorted(r.value for r in CITYWIDE_ROLES | OUTSIDE_ROLES))
                | models.Q(agency__isnull=False),
            )
        ]

    @property
    def is_citywide(self) -> bool:
        return self.role in CITYWIDE_ROLES

    @property
    def is_partner(self) -> bool:
        return self.role in OUTSIDE_ROLES

    def can(self, capability: str) -> bool:
        return self.is_active and role_has(self.role, capability)

    def clean(self) -> None:
        super().clean()
        needs_agency = not (self.is_citywide or self.is_partner)
        if needs_agency and self.agency_id is None:
            raise ValidationError({"agency": _("This role belongs to an agency: choose one.")})
        if not needs_agency and self.agency_id is not None:
            raise ValidationError(
                {"agency": _("Citywide and partner roles do not belong to an agency.")}
            )

    def save(self, *args: object, **kwargs: object) -> None:
        # Django admin is for administrators only: the flag follows the role.
        self.is_staff = self.role == Role.ADMINISTRATOR or self.is_superuser
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def agency_acronym(self) -> str:
        if self.agency_id:
            return self.agency.acronym
        return "PARTNER" if self.is_partner else "CITYWIDE"
