"""The disclosure state machine as data: which action moves a request from where to where, and
which capability it needs. Guards that depend on the request (denial reason, the engine's
answer, counsel's sign-off, the redacted copy) live in `services.transition`.

    received ──review──▶ under_review ──refer_to_counsel──▶ needs_counsel
        │                    │  └──approve──▶ approved ◀──approve──┘ │
        └──deny──▶ denied ◀──┴──deny─────────────────────────────────┘
    approved ──release──▶ released ──close──▶ closed ◀──close── denied
"""

from __future__ import annotations

from dataclasses import dataclass

from sanctuary.disclosures.models import Status


@dataclass(frozen=True)
class Move:
    action: str
    sources: frozenset[str]
    target: str
    capability: str
    label: str


MOVES: tuple[Move, ...] = (
    Move("review", frozenset({Status.RECEIVED}), Status.UNDER_REVIEW, "disclosures.review",
         "Start the review"),
    Move("refer_to_counsel", frozenset({Status.RECEIVED, Status.UNDER_REVIEW}),
         Status.NEEDS_COUNSEL, "disclosures.review", "Send to counsel"),
    Move("approve", frozenset({Status.UNDER_REVIEW, Status.NEEDS_COUNSEL}), Status.APPROVED,
         "disclosures.approve", "Approve in writing"),
    Move("deny", frozenset({Status.RECEIVED, Status.UNDER_REVIEW, Status.NEEDS_COUNSEL}),
         Status.DENIED, "disclosures.review", "Deny"),
    Move("release", frozenset({Status.APPROVED}), Status.RELEASED, "disclosures.approve",
         "Release the redacted copy"),
    Move("close", frozenset({Status.RELEASED, Status.DENIED}), Status.CLOSED,
         "disclosures.review", "Close"),
)  # fmt: skip
BY_ACTION: dict[str, Move] = {m.action: m for m in MOVES}
ACTIONS: tuple[str, ...] = tuple(BY_ACTION)


def moves_from(status: str) -> list[Move]:
    return [m for m in MOVES if status in m.sources]
