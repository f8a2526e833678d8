"""Celery tasks (inline when REDIS_URL is unset): the stalled-request watchdog."""

from __future__ import annotations

from celery import shared_task


@shared_task
def disclosure_watchdog() -> int:
    from sanctuary.disclosures.watchdog import alert_stalled

    return alert_stalled()


@shared_task
def purge_closed_disclosures() -> int:
    from sanctuary.disclosures.services import purge_closed

    return purge_closed()
