"""The audit log in the database: appends, refuses identifying data, and catches tampering."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from django.db import connection

from sanctuary.audit.models import AuditEntry, AuditHead
from sanctuary.audit.service import IdentifyingSummaryError, record, verify_log

pytestmark = pytest.mark.django_db


def fill(n: int = 5) -> None:
    for i in range(n):
        record(
            "create",
            actor=None,
            object_type="facility",
            object_id=i,
            agency="DOE",
            summary=f"Facility {i} created",
        )


def raw(sql: str, params: list[Any] | None = None) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params or [])


def test_entries_form_a_chain_and_the_head_follows() -> None:
    fill(3)
    entries = list(AuditEntry.objects.order_by("seq"))
    assert [e.seq for e in entries] == [1, 2, 3]
    assert entries[1].prev_hash == entries[0].entry_hash
    head = AuditHead.objects.get(pk=1)
    assert (head.seq, head.entry_hash) == (3, entries[2].entry_hash)
    assert verify_log().ok


def test_system_actions_are_logged_as_system() -> None:
    entry = record("purge", summary="Purged 3 expired notes")
    assert entry.actor == "system"


def test_summaries_with_identifying_numbers_are_refused() -> None:
    with pytest.raises(IdentifyingSummaryError):
        record("create", summary="Agents asked about A-123-456-789")
    with pytest.raises(IdentifyingSummaryError):
        record("create", summary="SSN 123-45-6789 on file")
    assert AuditEntry.objects.count() == 0


def test_entries_cannot_be_changed_or_deleted_through_the_orm() -> None:
    fill(1)
    entry = AuditEntry.objects.get()
    entry.summary = "changed"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()


def test_an_edit_in_the_database_is_caught() -> None:
    fill(5)
    raw("UPDATE audit_auditentry SET summary = %s WHERE seq = 3", ["Nothing happened"])
    verdict = verify_log()
    assert not verdict.ok and verdict.seq == 3


def test_a_deleted_row_is_caught() -> None:
    fill(5)
    raw("DELETE FROM audit_auditentry WHERE seq = 2")
    verdict = verify_log()
    assert not verdict.ok and verdict.seq == 2


def test_a_deleted_newest_row_is_caught() -> None:
    fill(5)
    raw("DELETE FROM audit_auditentry WHERE seq = 5")
    verdict = verify_log()
    assert not verdict.ok and verdict.seq == 5


def test_an_inserted_row_is_caught() -> None:
    fill(3)
    first = AuditEntry.objects.get(seq=1)
    # Shift the later entries up and slip a forged entry in at 2, reusing the real link.
    raw("UPDATE audit_auditentry SET seq = seq + 100 WHERE seq >= 2")
    raw(
        "INSERT INTO audit_auditentry (seq, at, actor, action, object_type, object_id, agency,"
        " summary, prev_hash, entry_hash) VALUES (2, %s, 'mallory', 'approve', '', '', 'DOE',"
        " 'forged', %s, %s)",
        [first.at, "f" * 64, "e" * 64],
    )
    verdict = verify_log()
    assert not verdict.ok and verdict.seq == 2


def test_audit_verify_command_exits_nonzero_on_tampering(settings: Any) -> None:
    from sanctuary.cli import main

    fill(3)
    assert main(["audit", "verify"]) == 0
    raw("UPDATE audit_auditentry SET actor = 'mallory' WHERE seq = 2")
    assert main(["audit", "verify"]) == 1


def test_audit_verify_help_is_available() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "sanctuary.cli", "audit", "verify", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "first entry" in result.stdout
