"""A real browser (Playwright driving Debian's Chromium) at phone width: sign in with TOTP, open
the dashboard, mark an obligation done, and see it reflected."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser import screenshot_path
from tests.conftest import totp_now

PASSWORD = "correct horse battery 42"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_privacy_officer_marks_an_obligation_done(
    live_server: Any, browser: Any, agencies: Any, make_user: Any
) -> None:
    from playwright.sync_api import expect

    from sanctuary.compliance.models import AgencyObligation
    from sanctuary.compliance.seed import load_obligations

    load_obligations("nyc")
    user = make_user("privacy_officer", "DOE", username="privacy.doe", password=PASSWORD)
    target = AgencyObligation.objects.get(agency__acronym="DOE", obligation__key="staff-training")

    context = browser.new_context(viewport={"width": 360, "height": 780}, locale="en-US")
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/accounts/login/?next=/compliance/")
        page.get_by_label("Username").fill("privacy.doe")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_label("Code from your authenticator app").fill(totp_now(user))
        page.get_by_role("button", name="Sign in").click()

        expect(page).to_have_url(re.compile(r"/compliance/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("EO 13 compliance")
        row = page.locator(f"#row-{target.pk}")
        expect(row.locator(".status")).to_have_text(re.compile(r"^Overdue by \d+ days?$"))

        row.get_by_role("link", name=re.compile("Train staff")).click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Train staff")
        # The date field starts at today; the officer types how many were trained.
        expect(page.get_by_label("Date it was done")).not_to_have_value("")
        page.get_by_label("Number of staff trained").fill("37")
        page.get_by_role("button", name="Mark as done").click()

        expect(page.get_by_role("status")).to_contain_text("Recorded: Train staff is done.")
        expect(page.locator("#status")).to_have_text(re.compile(r"^Done"))

        page.get_by_role("link", name="EO 13 compliance").first.click()
        row = page.locator(f"#row-{target.pk}")
        expect(row.locator(".status")).to_have_text(re.compile(r"^Done"))
        expect(row).to_contain_text("37 staff trained")
        row.scroll_into_view_if_needed()
        # Nothing wider than the phone: the table became cards, not a sideways scroll.
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, width
        page.screenshot(path=str(screenshot_path("compliance-dashboard")), full_page=False)
    finally:
        context.close()

    target.refresh_from_db()
    assert target.completed_on is not None and target.training_count == 37
