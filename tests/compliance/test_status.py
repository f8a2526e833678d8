"""The status rule on plain dates: done, open, overdue by N days, and the boundaries."""

from __future__ import annotations

from datetime import date

import pytest

from sanctuary.compliance.status import State, status_on

DUE = date(2026, 2, 20)


def test_open_before_the_due_date_counts_days_left() -> None:
    status = status_on(date(2026, 2, 10), DUE, None)
    assert status.state is State.OPEN
    assert status.days_left == 10
    assert status.days_overdue == 0
    assert status.label == "Open, 10 days left"


def test_due_day_itself_is_still_open() -> None:
    status = status_on(DUE, DUE, None)
    assert status.state is State.OPEN
    assert status.days_left == 0
    assert status.label == "Open, due today"


def test_the_day_after_is_overdue_by_one_day() -> None:
    status = status_on(date(2026, 2, 21), DUE, None)
    assert status.state is State.OVERDUE
    assert status.days_overdue == 1
    assert status.label == "Overdue by 1 day"


@pytest.mark.parametrize(
    ("today", "days"), [(date(2026, 3, 2), 10), (date(2026, 11, 26), 279), (date(2027, 2, 20), 365)]
)
def test_overdue_counts_whole_days(today: date, days: int) -> None:
    status = status_on(today, DUE, None)
    assert status.state is State.OVERDUE
    assert status.days_overdue == days
    assert status.label == f"Overdue by {days} days"


def test_done_on_time_is_done_whatever_today_is() -> None:
    status = status_on(date(2027, 1, 1), DUE, date(2026, 2, 19))
    assert status.state is State.DONE
    assert status.days_late == 0
    assert status.days_overdue == 0
    assert status.label == "Done"


def test_done_on_the_due_day_is_not_late() -> None:
    assert status_on(date(2026, 3, 1), DUE, DUE).days_late == 0


def test_done_late_says_how_late() -> None:
    status = status_on(date(2026, 4, 1), DUE, date(2026, 3, 2))
    assert status.state is State.DONE
    assert status.days_late == 10
    assert status.label == "Done, 10 days late"
