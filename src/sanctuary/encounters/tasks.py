"""Alert e-mails: a Celery task with retries when REDIS_URL is set, the same code inline otherwise.

A delivery that still fails after its retries is marked `failed` (with the error's type, never its
message) and shown on the committee's board; the encounter itself was committed before any of this.
"""

from __future__ import annotations

import logging
import smtplib

from celery import current_app, shared_task
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation

from sanctuary.encounters.models import Notification

logger = logging.getLogger(__name__)

TRANSIENT = (OSError, smtplib.SMTPException)
MAX_RETRIES = 3


def celery_is_eager() -> bool:
    return bool(current_app.conf.task_always_eager)


def compose(notification: Notification) -> EmailMessage:
    """The e-mail in the recipient's language. It names places and kinds, never a resident."""
    context = {"n": notification, "encounter": notification.encounter, "surge": notification.surge}
    name = "surge" if notification.surge_id else "encounter"
    with translation.override(notification.language or "en"):
        subject = render_to_string(f"encounters/email/{name}_subject.txt", context).strip()
        body = render_to_string(f"encounters/email/{name}.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[notification.recipient])


def deliver(pk: int) -> bool:
    """Send one notification once. True when sent (or already sent); raises on transient errors."""
    notification = (
        Notification.objects.select_related("encounter__facility", "surge").filter(pk=pk).first()
    )
    if notification is None or notification.status == Notification.Status.SENT:
        return True
    Notification.objects.filter(pk=pk).update(attempts=notification.attempts + 1)
    try:
        compose(notification).send(fail_silently=False)
    except TRANSIENT as error:
        Notification.objects.filter(pk=pk).update(
            status=Notification.Status.RETRYING, last_error=type(error).__name__[:64]
        )
        raise
    Notification.objects.filter(pk=pk).update(
        status=Notification.Status.SENT, sent_at=timezone.now(), last_error=""
    )
    return True


def _fail(pk: int) -> None:
    Notification.objects.filter(pk=pk).update(status=Notification.Status.FAILED)


def deliver_inline(pk: int, attempts: int = MAX_RETRIES + 1) -> bool:
    """Inline mode (no REDIS_URL): the same attempts, immediately, without sleeping."""
    for _attempt in range(attempts):
        try:
            return deliver(pk)
        except TRANSIENT as error:
            logger.warning("notification %s attempt failed: %s", pk, type(error).__name__)
    _fail(pk)
    return False


@shared_task(
    bind=True,
    autoretry_for=TRANSIENT,
    retry_backoff=2,
    retry_backoff_max=120,
    retry_jitter=False,
    max_retries=MAX_RETRIES,
    acks_late=True,
)
def send_notification(self, pk: int) -> bool:  # type: ignore[no-untyped-def]
    try:
        return deliver(pk)
    except TRANSIENT:
        if self.request.retries >= self.max_retries:
            _fail(pk)
        raise


@shared_task
def purge_expired_encounters() -> int:
    from sanctuary.encounters.services import purge_expired

    return purge_expired()
