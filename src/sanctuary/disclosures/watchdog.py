"""Requests that stall: past their deadline, or idle longer than N days (default 5,
`SANCTUARY_DISCLOSURE_IDLE_DAYS`). `stalled` is pure; `alert_stalled` e-mails the agency's
privacy officers once a day per request and is what the Celery task and the command run.
"""

from __future__ import annotations

import logging
import os
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.core.mail import EmailMessage
from django.utils import timezone

logger = logging.getLogger(__name__)

DEFAULT_IDLE_DAYS = 5


def idle_days() -> int:
    try:
        return max(1, int(os.environ.get("SANCTUARY_DISCLOSURE_IDLE_DAYS", DEFAULT_IDLE_DAYS)))
    except ValueError:
        return DEFAULT_IDLE_DAYS


@dataclass(frozen=True)
class Stall:
    request: Any
    reasons: tuple[str, ...]


def stalled(requests: Iterable[Any], now: datetime, idle: int) -> list[Stall]:
    """The active requests past their deadline or idle more than `idle` days, with why."""
    from sanctuary.disclosures.models import ACTIVE_STATUSES

    out: list[Stall] = []
    today = timezone.localtime(now).date()
    for req in requests:
        if req.status not in ACTIVE_STATUSES:
            continue
        reasons: list[str] = []
        if req.deadline is not None and req.deadline < today:
            reasons.append(f"past its deadline ({req.deadline.isoformat()})")
        if now - req.last_activity_at > timedelta(days=idle):
            days = (now - req.last_activity_at).days
            reasons.append(f"no step taken for {days} days")
        if reasons:
            out.append(Stall(req, tuple(reasons)))
    return out


def flags_for(requests: Iterable[Any]) -> dict[int, tuple[str, ...]]:
    return {s.request.pk: s.reasons for s in stalled(requests, timezone.now(), idle_days())}


def alert_stalled(now: datetime | None = None) -> int:
    """E-mail each agency's privacy officers about its stalled requests; return e-mails sent."""
    from sanctuary.accounts.models import User
    from sanctuary.accounts.roles import Role
    from sanctuary.audit.service import record
    from sanctuary.disclosures.models import ACTIVE_STATUSES, DisclosureRequest

    now = now or timezone.now()
    active = DisclosureRequest.objects.filter(status__in=ACTIVE_STATUSES).select_related("agency")
    due = [
        s
        for s in stalled(active, now, idle_days())
        if s.request.watchdog_alerted_at is None
        or now - s.request.watchdog_alerted_at >= timedelta(days=1)
    ]
    by_agency: dict[int, list[Stall]] = {}
    for s in due:
        by_agency.setdefault(s.request.agency_id, []).append(s)
    sent = 0
    for agency_id, stalls in by_agency.items():
        recipients = list(
            User.objects.filter(agency_id=agency_id, role=Role.PRIVACY_OFFICER, is_active=True)
            .exclude(email="")
            .values_list("email", flat=True)
        )
        lines = [
            f"- Request {s.request.pk} ({s.request.get_requester_kind_display()}, "
            f"{s.request.get_status_display().lower()}): {'; '.join(s.reasons)}. "
            f"/disclosures/{s.request.pk}/"
            for s in stalls
        ]
        body = (
            "These disclosure requests need a step (Admin Code §23-1202: non-routine requests go "
            "to the privacy officer promptly):\n\n" + "\n".join(lines) + "\n"
        )
        agency = stalls[0].request.agency.acronym
        for to in recipients:
            try:
                EmailMessage(
                    subject=f"{len(stalls)} disclosure request(s) stalled at {agency}",
                    body=body,
                    to=[to],
                ).send(fail_silently=False)
                sent += 1
            except (OSError, smtplib.SMTPException) as error:
                logger.warning("watchdog e-mail failed: %s", type(error).__name__)
        ids = [s.request.pk for s in stalls]
        DisclosureRequest.objects.filter(pk__in=ids).update(watchdog_alerted_at=now)
        record(
            "disclosure_watchdog",
            summary=f"{len(ids)} stalled disclosure request(s) flagged at {agency}; "
            f"{len(recipients)} privacy officer(s) e-mailed",
            object_type="disclosures.disclosurerequest",
            agency=agency,
        )
    return sent
