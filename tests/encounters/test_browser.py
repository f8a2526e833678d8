"""A real browser on a 360-px phone: sign in, "Agents are here", photo of the paper, the answer,
the outcome; the committee's board shows it and the SMTP server got the alert."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import override_settings

from tests.browser import screenshot_path
from tests.conftest import totp_now

from .conftest import i200_png
from .smtp import smtp_server, smtp_settings

PASSWORD = "correct horse battery 42"


def _sign_in(page: Any, base: str, user: Any, next_url: str) -> None:
    page.goto(f"{base}/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill(user.username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_label("Code from your authenticator app").fill(totp_now(user))
    page.get_by_role("button", name="Sign in").click()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_front_desk_flow_on_a_phone(
    live_server: Any, browser: Any, make_user: Any, school: Any, tmp_path: Any
) -> None:
    from playwright.sync_api import expect

    from sanctuary.encounters.models import Encounter

    desk = make_user("front_desk", "DOE", username="desk.doe", password=PASSWORD)
    member = make_user("committee_member", None, username="committee", password=PASSWORD)
    photo = tmp_path / "paper.png"
    photo.write_bytes(i200_png())
    with smtp_server() as (inbox, port), override_settings(**smtp_settings(port)):
        context = browser.new_context(viewport={"width": 360, "height": 780}, locale="en-US")
        page = context.new_page()
        try:
            _sign_in(page, live_server.url, desk, "/")
            page.get_by_role("link", name="Agents are here: what do I do?").click()
            expect(page.get_by_role("heading", level=1)).to_have_text(
                "Agents are here: what do I do?"
            )
            page.get_by_label("Where are you?").select_option(label="Demo PS 1")
            page.get_by_label(re.compile("Come in past the front desk")).check()
            page.get_by_label("Who do they say they are?").select_option("ICE")
            page.get_by_role("button", name="Next: what did they show?").click()

            expect(page.get_by_role("heading", level=1)).to_have_text("What did they show?")
            page.get_by_label("Photo of the paper").set_input_files(str(photo))
            page.get_by_role("button", name="Show me what to do").click()

            expect(page.locator(".verdict")).to_have_text("No.")
            expect(page.locator(".document-check")).to_contain_text("not a judicial warrant")
            expect(page.get_by_role("link", name=re.compile("Call counsel"))).to_have_attribute(
                "href", "tel:+1-212-555-0101"
            )
            assert page.evaluate("document.documentElement.scrollWidth") <= 360
            page.screenshot(path=str(screenshot_path("encounter-answer-360")), full_page=False)

            page.get_by_label("They left").check()
            page.get_by_label("How many agents?").fill("2")
            page.get_by_role("button", name="Save what happened").click()
            expect(page.get_by_role("status")).to_contain_text("Saved")

            page.get_by_role("button", name="Sign out").click()
            _sign_in(page, live_server.url, member, "/board/")
            expect(page.get_by_role("heading", level=1)).to_have_text("Encounters board")
            expect(page.locator(".board-item").first).to_contain_text("Demo PS 1")
            expect(page.locator(".board-item").first).to_contain_text("They left")
            page.screenshot(path=str(screenshot_path("encounter-board-360")), full_page=False)
        finally:
            context.close()
        inbox.wait_for(2, timeout=20)
    encounter = Encounter.objects.get()
    assert encounter.outcome == "left" and encounter.document_kind.startswith("administrative")
    assert {str(m["To"]) for m in inbox.messages} >= {"counsel@example.org", "privacy@example.org"}
