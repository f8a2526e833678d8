"""Parallel writers never fork the chain (run on PostgreSQL in CI, on a SQLite file locally)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from sanctuary.audit.models import AuditEntry
from sanctuary.audit.service import record, verify_log


@pytest.mark.django_db(transaction=True)
def test_parallel_writers_keep_one_unbroken_chain() -> None:
    writers, per_writer = 8, 25
    barrier = threading.Barrier(writers)
    failures: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            barrier.wait()
            for i in range(per_writer):
                record(
                    "create",
                    object_type="facility",
                    object_id=f"{worker}-{i}",
                    agency="DOE",
                    summary="parallel write",
                )
        except BaseException as error:  # noqa: BLE001 - reported to the main thread below
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert AuditEntry.objects.count() == writers * per_writer
    seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, writers * per_writer + 1))
    assert verify_log().ok, verify_log().describe()
    assert connection.vendor in {"postgresql", "sqlite"}
