"""The hash chain on plain dicts: each kind of tampering is named at the right entry."""

from __future__ import annotations

from typing import Any

from sanctuary.audit.chain import GENESIS, content_hash, verify


def build(n: int) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        entry = {
            "seq": seq,
            "at": f"2026-03-01T10:00:{seq:02d}+00:00",
            "actor": "system",
            "action": "create",
            "object_type": "facility",
            "object_id": str(seq),
            "agency": "DOE",
            "summary": f"entry {seq}",
            "prev_hash": prev,
        }
        entry["entry_hash"] = content_hash(entry, prev)
        prev = entry["entry_hash"]
        entries.append(entry)
    return entries


def head_of(entries: list[dict[str, Any]]) -> tuple[int, str]:
    return entries[-1]["seq"], entries[-1]["entry_hash"]


def test_an_untouched_chain_verifies() -> None:
    entries = build(5)
    verdict = verify(entries, head=head_of(entries))
    assert verdict.ok and verdict.checked == 5


def test_an_edited_summary_is_caught_at_that_entry() -> None:
    entries = build(5)
    head = head_of(entries)
    entries[2]["summary"] = "something else"
    verdict = verify(entries, head=head)
    assert not verdict.ok and verdict.seq == 3 and "edited" in verdict.problem


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link() -> None:
    entries = build(5)
    head = head_of(entries)
    entries[1]["actor"] = "someone"
    entries[1]["entry_hash"] = content_hash(entries[1], entries[1]["prev_hash"])
    verdict = verify(entries, head=head)
    assert not verdict.ok and verdict.seq == 3


def test_a_deleted_entry_is_caught() -> None:
    entries = build(5)
    head = head_of(entries)
    del entries[2]
    verdict = verify(entries, head=head)
    assert not verdict.ok and verdict.seq == 3 and "deleted" in verdict.problem


def test_a_deleted_tail_is_caught_against_the_head() -> None:
    entries = build(5)
    head = head_of(entries)
    verdict = verify(entries[:3], head=head)
    assert not verdict.ok and verdict.seq == 4


def test_an_inserted_entry_is_caught() -> None:
    entries = build(4)
    head = head_of(entries)
    forged = dict(entries[1])
    forged["summary"] = "forged"
    entries.insert(2, forged)
    verdict = verify(entries, head=head)
    assert not verdict.ok and verdict.seq == 2
