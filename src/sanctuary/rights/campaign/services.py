"""Changing the campaign: every write checks the role, validates, runs atomically and is audited.

Audit summaries name ids, kinds, languages, quantities and boroughs: never a contact's name,
phone or e-mail, and never a decline reason's free text.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from sanctuary.accounts.scoping import require_capability
from sanctuary.audit.service import record
from sanctuary.facilities.models import Borough
from sanctuary.rights.campaign.models import (
    MAX_QUANTITY,
    MIN_QUANTITY,
    STAMP_FIELD,
    TRANSITIONS,
    Action,
    MaterialKind,
    MaterialRequest,
    OrganizationKind,
    PartnerMembership,
    PartnerOrganization,
    Status,
    organization_of,
)

MAX_REASON = 500


class InputError(ValueError):
    """Input that cannot be saved; `errors` maps each field to a message for the user."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class TransitionRefused(InputError):
    """The state machine does not allow this action from the request's current status."""


def _check_request_fields(language: Any, kind: Any, quantity: Any, borough: Any) -> dict[str, str]:
    errors: dict[str, str] = {}
    if language not in {code for code, _name in settings.LANGUAGES}:
        errors["language"] = "Choose one of the campaign's languages."
    if kind not in MaterialKind.values:
        errors["kind"] = "Choose a red card or a flyer."
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        errors["quantity"] = "Enter a whole number."
    elif not MIN_QUANTITY <= quantity <= MAX_QUANTITY:
        errors["quantity"] = f"Enter a number from {MIN_QUANTITY} to {MAX_QUANTITY:,}."
    if borough not in Borough.values:
        errors["delivery_borough"] = "Choose a borough."
    return errors


def create_request(
    user: Any,
    *,
    language: str,
    kind: str,
    quantity: int,
    delivery_borough: str,
    organization: PartnerOrganization | None = None,
) -> MaterialRequest:
    """A partner orders for its own organization; the coordinator orders for a named one."""
    require_capability(user, "campaign.request")
    if user.can("campaign.coordinate"):
        if organization is None:
            raise InputError({"organization": "Choose the organization this order is for."})
    else:
        own = organization_of(user)
        if own is None:
            raise PermissionDenied(
                "Your account is not linked to an organization yet; ask the campaign coordinator."
            )
        if organization is not None and organization.pk != own.pk:
            raise PermissionDenied("You can order for your own organization only.")
        organization = own
    errors = _check_request_fields(language, kind, quantity, delivery_borough)
    if errors:
        raise InputError(errors)
    with transaction.atomic():
        item = MaterialRequest.objects.create(
            organization=organization,
            language=language,
            kind=kind,
            quantity=quantity,
            delivery_borough=delivery_borough,
            requested_by=user,
            requested_at=timezone.now(),
        )
        record(
            "campaign_request",
            actor=user,
            obj=item,
            summary=f"Material request #{item.pk} by organization #{organization.pk}: "
            f"{quantity} × {kind} in {language}, delivery to {delivery_borough}",
        )
    return item


def transition(user: Any, item: MaterialRequest, action: str, reason: str = "") -> MaterialRequest:
    """Move `item` along the state machine; a decline needs a reason. Coordinator only."""
    require_capability(user, "campaign.coordinate")
    if action not in Action.values:
        raise InputError({"action": "Unknown action; use approve, decline, ship or deliver."})
    reason = (reason or "").strip()
    if action == Action.DECLINE:
        if not reason:
            raise InputError({"reason": "Say why the request is declined; the partner sees it."})
        if len(reason) > MAX_REASON:
            raise InputError({"reason": f"Keep the reason under {MAX_REASON} characters."})
    with transaction.atomic():
        # Lock the row and read its status afresh: two coordinators cannot both move it.
        locked = MaterialRequest.objects.select_for_update().get(pk=item.pk)
        before = locked.status
        after = TRANSITIONS.get(before, {}).get(action)
        if after is None:
            label = Action(action).label.lower()
            raise TransitionRefused(
                {"action": f"A {Status(before).label.lower()} request cannot be: {label}."}
            )
        locked.status = after
        setattr(locked, STAMP_FIELD[after], timezone.now())
        if after == Status.DECLINED:
            locked.decline_reason = reason
        locked.save()
        record(
            f"campaign_{action}",
            actor=user,
            obj=locked,
            summary=f"Material request #{locked.pk}: {before} → {after}"
            + ("; reason recorded" if after == Status.DECLINED else ""),
        )
    for field in ("status", "decline_reason", *STAMP_FIELD.values()):
        setattr(item, field, getattr(locked, field))
    return item


def _clean_organization(data: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    errors: dict[str, str] = {}
    clean = {
        k: str(data.get(k) or "").strip()
        for k in ("name", "kind", "borough", "contact_name", "contact_phone", "contact_email")
    }
    if not clean["name"]:
        errors["name"] = "Enter the organization's name."
    elif len(clean["name"]) > 200:
        errors["name"] = "Keep the name under 200 characters."
    elif PartnerOrganization.objects.filter(name__iexact=clean["name"]).exists():
        errors["name"] = "An organization with this name exists already."
    if clean["kind"] not in OrganizationKind.values:
        errors["kind"] = "Choose what kind of organization this is."
    if clean["borough"] not in Borough.values:
        errors["borough"] = "Choose a borough."
    if len(clean["contact_name"]) > 200:
        errors["contact_name"] = "Keep the name under 200 characters."
    if len(clean["contact_phone"]) > 40:
        errors["contact_phone"] = "Keep the phone number under 40 characters."
    if clean["contact_email"]:
        try:
            validate_email(clean["contact_email"])
        except Exception:
            errors["contact_email"] = "Enter an e-mail address like name@example.org."
    return clean, errors


def create_organization(user: Any, **data: Any) -> PartnerOrganization:
    require_capability(user, "campaign.coordinate")
    clean, errors = _clean_organization(data)
    if errors:
        raise InputError(errors)
    with transaction.atomic():
        org = PartnerOrganization.objects.create(**clean)
        record(
            "campaign_organization",
            actor=user,
            obj=org,
            summary=f"Partner organization #{org.pk} added ({org.kind}, {org.borough})",
        )
    return org


def link_partner(user: Any, organization: PartnerOrganization, partner: Any) -> PartnerMembership:
    """Let a partner account act for `organization` (one organization per account)."""
    require_capability(user, "campaign.coordinate")
    if partner is None or not getattr(partner, "is_partner", False):
        raise InputError({"partner": "Choose an account with the community-partner role."})
    if PartnerMembership.objects.filter(user_id=partner.pk).exists():
        raise InputError({"partner": "This account already acts for an organization."})
    with transaction.atomic():
        membership = PartnerMembership.objects.create(user=partner, organization=organization)
        record(
            "campaign_membership",
            actor=user,
            obj=membership,
            summary=f"Partner account #{partner.pk} linked to organization #{organization.pk}",
        )
    return membership
