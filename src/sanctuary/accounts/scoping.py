"""Agency scoping, in one place: every query for agency-owned records goes through `for_user`.

A model opts in with `objects = AgencyScopedQuerySet.as_manager()` and, when its agency is
reached through a relation, `agency_path = "facility__agency"`. Views fetch single records with
`get_for_user`, so a guessed id from another agency is a 404, never a leak.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404


class AgencyScopedQuerySet(models.QuerySet):
    def for_user(self, user: Any) -> AgencyScopedQuerySet:
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_citywide:
            return self
        if user.agency_id is None:
            return self.none()
        path = getattr(self.model, "agency_path", "agency")
        return self.filter(**{path: user.agency_id})


def get_for_user(queryset: Any, user: Any, **lookup: Any) -> Any:
    """The one record `lookup` names, if `user` may see it; otherwise 404 (same as not existing)."""
    try:
        return queryset.for_user(user).get(**lookup)
    except (queryset.model.DoesNotExist, ValueError, TypeError) as error:
        raise Http404 from error


def may_change(user: Any, capability: str, agency_id: int | None) -> bool:
    """Whether `user` may change a record of `agency_id` with `capability` (never read-only roles)."""
    if not user.is_authenticated or not user.can(capability):
        return False
    return bool(user.is_citywide or (agency_id is not None and agency_id == user.agency_id))


def require_capability(user: Any, *capabilities: str, message: str = "") -> Any:
    """`user`, if they hold any of `capabilities`; otherwise 403. Every page and endpoint asks
    here, so a role's reach is decided by the table in accounts/roles.py and nowhere else."""
    if not (user.is_authenticated and any(user.can(c) for c in capabilities)):
        raise PermissionDenied(message or "Your role does not allow this.")
    return user
