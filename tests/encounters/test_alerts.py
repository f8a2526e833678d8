"""Alerts reach counsel and the privacy officer by real SMTP, inline and through a real worker."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import override_settings

from sanctuary.encounters import services
from sanctuary.encounters.models import Encounter, Notification
from sanctuary.facilities.models import Facility

from .smtp import free_port, smtp_server, smtp_settings

ROOT = Path(__file__).resolve().parents[2]


def _start(user: Any, facility: Facility) -> Encounter:
    return services.start_encounter(
        user, key=uuid.uuid4().hex, ask="enter_non_public", facility=facility, requester="ICE"
    ).encounter


@pytest.mark.django_db
def test_inline_alerts_go_to_each_recipient_in_their_language(
    make_user: Any, school: Facility, django_capture_on_commit_callbacks: Any
) -> None:
    counsel = make_user("agency_counsel")
    counsel.preferred_language = "es"
    counsel.save()
    make_user("agency_counsel", agency="HHC")  # another agency's counsel hears nothing
    with smtp_server() as (inbox, port), override_settings(**smtp_settings(port)):
        with django_capture_on_commit_callbacks(execute=True):
            encounter = _start(make_user("front_desk"), school)
    recipients = {n.recipient for n in Notification.objects.filter(encounter=encounter)}
    assert recipients == {"counsel@example.org", "privacy@example.org", counsel.email}
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}
    assert len(inbox.messages) == 3
    assert "Demo PS 1" in str(inbox.to("counsel@example.org")[0]["Subject"])
    spanish = inbox.to(counsel.email)[0]
    assert "Hay agentes" in str(spanish["Subject"]), spanish["Subject"]
    body = inbox.to("counsel@example.org")[0].get_content()
    assert f"/agents/{encounter.pk}/" in body


@pytest.mark.django_db
def test_a_failed_delivery_is_retried_then_shown_on_the_board_and_the_encounter_kept(
    make_user: Any, sign_in: Any, school: Facility, django_capture_on_commit_callbacks: Any
) -> None:
    closed = free_port()  # nothing listens here
    with override_settings(**smtp_settings(closed)):
        with django_capture_on_commit_callbacks(execute=True):
            encounter = _start(make_user("front_desk"), school)
    assert Encounter.objects.filter(pk=encounter.pk).exists()
    failed = Notification.objects.filter(encounter=encounter)
    assert {n.status for n in failed} == {"failed"}
    assert all(n.attempts == 4 and n.last_error == "ConnectionRefusedError" for n in failed)
    board = sign_in(make_user("committee_member", agency=None)).get("/board/").content.decode()
    assert "could not be delivered" in board and "counsel@example.org" in board


def _worker_database_url() -> str:
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings_dict['NAME']}"
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    user = settings_dict.get("USER") or "postgres"
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_a_real_celery_worker_on_redis_delivers_the_alert(make_user: Any, school: Facility) -> None:
    from sanctuary.site.celery import app as celery_app

    redis_url = os.environ.get("CELERY_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    queue = f"sanctuary-test-{uuid.uuid4().hex[:8]}"
    saved = {
        k: celery_app.conf[k]
        for k in ("broker_url", "task_always_eager", "result_backend", "task_default_queue")
    }
    with smtp_server() as (inbox, port):
        env = dict(
            os.environ,
            DATABASE_URL=_worker_database_url(),
            REDIS_URL=redis_url,
            EMAIL_URL=f"smtp://127.0.0.1:{port}",
            CELERY_TASK_DEFAULT_QUEUE=queue,
        )
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "sanctuary.site",
                "worker",
                "--pool",
                "solo",
                "-c",
                "1",
                "-Q",
                queue,
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "-l",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        celery_app.conf.update(
            broker_url=redis_url,
            task_always_eager=False,
            result_backend=None,
            task_default_queue=queue,
        )
        try:
            encounter = _start(make_user("front_desk"), school)  # commits: on_commit enqueues
            inbox.wait_for(2, timeout=60)
            assert {str(m["To"]) for m in inbox.messages} == {
                "counsel@example.org",
                "privacy@example.org",
            }
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                statuses = set(
                    Notification.objects.filter(encounter=encounter).values_list(
                        "status", flat=True
                    )
                )
                if statuses == {"sent"}:
                    break
                time.sleep(0.2)
            assert statuses == {"sent"}
        finally:
            celery_app.conf.update(saved)
            worker.terminate()
            try:
                worker.wait(timeout=15)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
