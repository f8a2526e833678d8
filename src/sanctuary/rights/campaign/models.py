"""The KYR campaign's distribution: partner organizations order printed material, the coordinator
approves, ships and confirms delivery.

No one here is an immigrant or a resident: partners are organizations (congregations, community
groups, libraries), and the only people on record are their one contact and the partner accounts
that sign in for them. The contact is visible to the campaign coordinator only.

Scoping for requests lives in one place, `MaterialRequestQuerySet.for_user`; single records are
fetched with `sanctuary.accounts.scoping.get_for_user`, so another organization's id is a 404.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from sanctuary.facilities.models import Borough

MIN_QUANTITY = 1
MAX_QUANTITY = 10_000


class MaterialKind(models.TextChoices):
    # The same keys as sanctuary.rights.printing.KINDS: what print-cards produces is what we ship.
    RED_CARD = "red-card", "Red card (two-sided wallet card)"
    FLYER = "flyer", "Flyer (one page, US Letter)"


class OrganizationKind(models.TextChoices):
    CONGREGATION = "congregation", "Congregation"
    COMMUNITY_GROUP = "community_group", "Community group"
    LIBRARY = "library", "Library"
    OTHER = "other", "Other"


class Status(models.TextChoices):
    REQUESTED = "requested", "Requested"
    APPROVED = "approved", "Approved"
    SHIPPED = "shipped", "Shipped"
    DELIVERED = "delivered", "Delivered"
    DECLINED = "declined", "Declined"


class Action(models.TextChoices):
    APPROVE = "approve", "Approve"
    DECLINE = "decline", "Decline"
    SHIP = "ship", "Mark shipped"
    DELIVER = "deliver", "Mark delivered"


# The state machine, as data: status -> {action -> next status}. Anything else is refused.
TRANSITIONS: dict[str, dict[str, str]] = {
    Status.REQUESTED: {Action.APPROVE: Status.APPROVED, Action.DECLINE: Status.DECLINED},
    Status.APPROVED: {Action.SHIP: Status.SHIPPED, Action.DECLINE: Status.DECLINED},
    Status.SHIPPED: {Action.DELIVER: Status.DELIVERED},
    Status.DELIVERED: {},
    Status.DECLINED: {},
}
# The timestamp each status sets when it is entered.
STAMP_FIELD = {
    Status.APPROVED: "approved_at",
    Status.SHIPPED: "shipped_at",
    Status.DELIVERED: "delivered_at",
    Status.DECLINED: "declined_at",
}


def language_choices() -> list[tuple[str, str]]:
    return [(code, f"{name} ({code})") for code, name in settings.LANGUAGES]


class PartnerOrganization(models.Model):
    """A community organization that hands out the material. Contact fields: coordinator only."""

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=OrganizationKind.choices)
    borough = models.CharField(max_length=16, choices=Borough.choices)
    contact_name = models.CharField(max_length=200, blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    contact_email = models.EmailField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class PartnerMembership(models.Model):
    """A partner account acts for exactly one organization."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_membership"
    )
    organization = models.ForeignKey(
        PartnerOrganization, on_delete=models.PROTECT, related_name="memberships"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.user} → {self.organization}"


def organization_of(user: Any) -> PartnerOrganization | None:
    """The organization a partner account acts for, or None."""
    if user is None or not user.is_authenticated or not getattr(user, "is_partner", False):
        return None
    membership = (
        PartnerMembership.objects.select_related("organization").filter(user_id=user.pk).first()
    )
    return membership.organization if membership else None


class MaterialRequestQuerySet(models.QuerySet):
    def for_user(self, user: Any) -> MaterialRequestQuerySet:
        """Coordinator and administrator: all; a partner: its organization's; anyone else: none."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        if user.can("campaign.coordinate"):
            return self
        if user.is_partner and user.can("campaign.request"):
            orgs = PartnerMembership.objects.filter(user_id=user.pk).values("organization_id")
            return self.filter(organization_id__in=orgs)
        return self.none()


class MaterialRequest(models.Model):
    organization = models.ForeignKey(
        PartnerOrganization, on_delete=models.PROTECT, related_name="requests"
    )
    language = models.CharField(max_length=10, choices=language_choices())
    kind = models.CharField(max_length=16, choices=MaterialKind.choices)
    quantity = models.PositiveIntegerField(
        validators=[MinValueValidator(MIN_QUANTITY), MaxValueValidator(MAX_QUANTITY)]
    )
    delivery_borough = models.CharField(max_length=16, choices=Borough.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.REQUESTED)
    decline_reason = models.CharField(max_length=500, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField()
    approved_at = models.DateTimeField(null=True, blank=True)
    shipped_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)

    objects = MaterialRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-requested_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                name="material_quantity_in_range",
                condition=models.Q(quantity__gte=MIN_QUANTITY, quantity__lte=MAX_QUANTITY),
            ),
            models.CheckConstraint(
                name="material_status_known",
                condition=models.Q(status__in=[s.value for s in Status]),
            ),
            models.CheckConstraint(
                name="material_declined_has_reason",
                condition=~models.Q(status=Status.DECLINED) | ~models.Q(decline_reason=""),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}: {self.quantity} × {self.kind} ({self.language})"

    @property
    def actions(self) -> list[str]:
        """The actions the state machine allows from the current status."""
        return list(TRANSITIONS.get(self.status, {}))

    def language_label(self) -> str:
        return dict(language_choices()).get(self.language, self.language)
