"""The hash chain itself, in plain Python, so it can be checked without Django or a database.

Each entry's hash covers its own content and the previous entry's hash. Editing an entry changes
its hash; deleting or inserting one breaks the next entry's link; cutting the tail disagrees with
the recorded head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
HASHED_FIELDS = ("seq", "at", "actor", "action", "object_type", "object_id", "agency", "summary")


def content_hash(entry: Mapping[str, Any], prev_hash: str) -> str:
    """SHA-256 over a canonical JSON of the entry's fields and the previous hash."""
    payload = {name: entry[name] for name in HASHED_FIELDS}
    payload["prev_hash"] = prev_hash
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Verdict:
    ok: bool
    checked: int
    seq: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return f"OK: {self.checked} entries, chain intact"
        return (
            f"BROKEN at entry {self.seq}: {self.problem} ({self.checked} entries checked before it)"
        )


def verify(entries: Iterable[Mapping[str, Any]], head: tuple[int, str] | None = None) -> Verdict:
    """Walk entries in sequence order; report the first one that was edited, deleted or inserted.

    `head` is the (seq, hash) the log recorded for its newest entry; without it a cut-off tail
    cannot be told from a short log.
    """
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    last: tuple[int, str] | None = None
    for entry in entries:
        seq = int(entry["seq"])
        if seq != expected_seq:
            if seq > expected_seq:
                return Verdict(
                    False,
                    checked,
                    expected_seq,
                    f"entry {expected_seq} is missing (deleted), next is {seq}",
                )
            return Verdict(False, checked, seq, "sequence number repeats or goes back (inserted)")
        if entry["prev_hash"] != prev_hash:
            return Verdict(
                False,
                checked,
                seq,
                "link to the previous entry does not match (an entry before it was "
                "deleted, inserted or edited)",
            )
        if content_hash(entry, prev_hash) != entry["entry_hash"]:
            return Verdict(False, checked, seq, "content does not match its hash (edited)")
        prev_hash = entry["entry_hash"]
        last = (seq, prev_hash)
        expected_seq += 1
        checked += 1
    if head is not None and head[0] > 0 and last != head:
        if last is None or last[0] < head[0]:
            return Verdict(
                False,
                checked,
                (last[0] + 1) if last else 1,
                f"the log ends before its recorded head (entry {head[0]}): "
                "entries at the end were deleted",
            )
        return Verdict(False, checked, last[0], "the newest entry does not match the recorded head")
    return Verdict(True, checked)
