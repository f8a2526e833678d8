"""Staff pages in a real browser: axe-core finds no violations and nothing scrolls sideways at
360 px, for each role's pages (the public KYR pages have their own test in tests/rights)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser import screenshot_path

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_RUN = (
    "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    ".map(v => v.id + ': ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', '))"
)
PAGES = {
    "front_desk": ["/", "/agents/", "/agents/requests/new/", "/facilities/"],
    "privacy_officer": [
        "/compliance/",
        "/compliance/policy-audits/",
        "/disclosures/",
        "/disclosures/new/",
        "/inventory/",
        "/inventory/scans/",
    ],
    "chief_privacy_officer": [
        "/",
        "/compliance/",
        "/audit/",
        "/reports/10-178/",
        "/disclosures/cpo-quarterly/",
        "/board/",
    ],
    "campaign_coordinator": ["/campaign/", "/campaign/dashboard/", "/campaign/organizations/"],
    None: ["/accounts/login/", "/public/policy-changes/"],
}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(agencies: Any) -> None:
    from sanctuary.compliance.seed import load_obligations
    from sanctuary.facilities.seed import load_demo_facilities

    load_obligations("nyc")
    load_demo_facilities()


def session_cookie(sign_in: Any, user: Any, live_server: Any) -> dict[str, Any]:
    client = sign_in(user)
    return {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}


@pytest.mark.parametrize("role", list(PAGES))
def test_staff_pages_have_no_axe_violations_and_fit_a_phone(
    role: str | None, seeded: None, make_user: Any, sign_in: Any, live_server: Any, browser: Any
) -> None:
    # axe is injected inline, which our CSP rightly forbids: the probe bypasses it.
    context = browser.new_context(bypass_csp=True, viewport={"width": 360, "height": 800})
    if role is not None:
        agency = None if role in {"chief_privacy_officer", "campaign_coordinator"} else "DOE"
        context.add_cookies([session_cookie(sign_in, make_user(role, agency=agency), live_server)])
    page = context.new_page()
    failures: dict[str, Any] = {}
    for url in PAGES[role]:
        response = page.goto(f"{live_server.url}{url}")
        assert response is not None and response.status == 200, (role, url)
        assert "/accounts/login/" not in page.url or role is None, (role, url, page.url)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(AXE_RUN)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if violations or overflow > 0:
            failures[url] = {"axe": violations, "sideways_px": overflow}
        name = f"staff-360-{role or 'public'}{url.replace('/', '-').rstrip('-')}"
        page.screenshot(path=str(screenshot_path(name)), full_page=True)
    context.close()
    assert not failures, failures
