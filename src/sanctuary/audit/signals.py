"""Sign-ins, failed sign-ins and Django admin changes go to the audit log without callers asking."""

from __future__ import annotations

from typing import Any

from django.contrib.admin.models import LogEntry
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db.models.signals import post_save
from django.dispatch import receiver

from sanctuary.audit.service import record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record("sign_in", actor=user, obj=user, summary="Signed in with password")


@receiver(user_login_failed)
def _sign_in_failed(
    sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any
) -> None:
    # The attempted username is staff data, not a resident's, but keep it short and plain.
    username = str(credentials.get("username", ""))[:40]
    record(
        "sign_in_failed",
        actor=None,
        object_type="accounts.user",
        agency="",
        summary=f"Failed sign-in for username {username!r}",
    )


@receiver(post_save, sender=LogEntry)
def _admin_change(sender: Any, instance: LogEntry, created: bool, **kwargs: Any) -> None:
    if not created:
        return
    verb = {1: "admin_create", 2: "admin_update", 3: "admin_delete"}.get(
        instance.action_flag, "admin_change"
    )
    model = instance.content_type.model if instance.content_type_id else ""
    record(
        verb,
        actor=instance.user,
        object_type=model,
        object_id=instance.object_id or "",
        summary=f"Changed in the admin site: {model}",
    )
