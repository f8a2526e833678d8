"""The "Agents are here: what do I do?" page, end to end through the rules engine."""

from __future__ import annotations

from typing import Any

import pytest

from sanctuary.audit.models import AuditEntry
from sanctuary.facilities.models import Facility

pytestmark = pytest.mark.django_db


@pytest.fixture
def school(agencies: Any) -> Facility:
    return Facility.objects.create(
        name="Demo PS 1",
        kind="school",
        agency=agencies["DOE"],
        address="1 Demo Ave, Bronx",
        borough="bronx",
        counsel_name="DOE counsel",
        counsel_phone="+1-212-555-0101",
    )


def test_home_page_reaches_the_form_in_one_tap(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    assert b'href="/agents/"' in client.get("/").content
    page = client.get("/agents/")
    assert page.status_code == 200
    assert "What are they asking for?" in page.content.decode()


def test_an_ice_form_does_not_open_a_classroom(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.post(
        "/agents/",
        {
            "facility": school.pk,
            "ask": "enter_non_public",
            "requester": "ICE",
            "purpose": "civil_immigration",
            "shown": "administrative_arrest_warrant_i200",
            "signed": "yes",
            "names_place": "unknown",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="answer deny"' in html
    assert "4-210" in html  # the citation behind the answer
    assert 'href="tel:+1-212-555-0101"' in html  # counsel is one tap away
    entry = AuditEntry.objects.filter(action="decision").get()
    assert entry.agency == "DOE" and "deny" in entry.summary


def test_a_judicial_warrant_sends_staff_to_counsel_not_through_the_door(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.post(
        "/agents/",
        {
            "facility": school.pk,
            "ask": "enter_non_public",
            "requester": "FBI",
            "purpose": "criminal",
            "shown": "judicial_search_warrant",
            "signed": "yes",
            "names_place": "yes",
            "execute_by": "2099-01-01",
        },
    )
    assert 'class="answer escalate"' in response.content.decode()


def test_missing_answer_gets_a_field_error_and_nothing_is_logged(
    make_user: Any, sign_in: Any
) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.post("/agents/", {"requester": "ICE"})
    assert response.status_code == 400
    assert "What are they asking for?" in response.content.decode()
    assert not AuditEntry.objects.filter(action="decision").exists()


def test_another_agencys_facility_cannot_be_chosen(
    make_user: Any, sign_in: Any, agencies: Any
) -> None:
    hospital = Facility.objects.create(
        name="Demo Hospital",
        kind="hospital",
        agency=agencies["HHC"],
        address="2 Demo St",
        borough="queens",
    )
    client = sign_in(make_user("front_desk", agency="DOE"))
    response = client.post(
        "/agents/",
        {
            "facility": hospital.pk,
            "ask": "enter_public",
            "requester": "ICE",
            "purpose": "unknown",
            "shown": "nothing",
        },
    )
    assert response.status_code == 400
    assert "Demo Hospital" not in client.get("/agents/").content.decode()


def test_auditors_do_not_ask_for_decisions(make_user: Any, sign_in: Any) -> None:
    assert sign_in(make_user("auditor", agency=None)).get("/agents/").status_code == 403
