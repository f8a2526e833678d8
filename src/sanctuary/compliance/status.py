"""Where an obligation stands on a given day. Pure Python: a date in, a status out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class State(StrEnum):
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Status:
    state: State
    days_overdue: int = 0  # overdue: whole days past the due date
    days_left: int = 0  # open: whole days until the due date (0 = due today)
    days_late: int = 0  # done: how many days after the due date it was completed

    @property
    def label(self) -> str:
        if self.state is State.DONE:
            return f"Done, {self.days_late} days late" if self.days_late else "Done"
        if self.state is State.OVERDUE:
            return f"Overdue by {self.days_overdue} day{'s' if self.days_overdue != 1 else ''}"
        if self.days_left == 0:
            return "Open, due today"
        return f"Open, {self.days_left} day{'s' if self.days_left != 1 else ''} left"


def status_on(today: date, due_on: date, completed_on: date | None) -> Status:
    """Done once completed (whenever that was); otherwise open until the end of the due day."""
    if completed_on is not None:
        return Status(State.DONE, days_late=max(0, (completed_on - due_on).days))
    if today > due_on:
        return Status(State.OVERDUE, days_overdue=(today - due_on).days)
    return Status(State.OPEN, days_left=(due_on - today).days)
