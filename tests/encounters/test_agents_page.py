"""The "Agents are here" flow in three steps, end to end through the rules engine and the checker."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from sanctuary.audit.models import AuditEntry
from sanctuary.encounters.models import Encounter, StaffProfile
from sanctuary.facilities.models import Facility

from .conftest import i200_png, start

pytestmark = pytest.mark.django_db


def test_home_page_reaches_the_form_in_one_tap(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    assert b'href="/agents/"' in client.get("/").content
    page = client.get("/agents/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "What are they asking for?" in html
    assert 'name="key" value="' in html  # idempotency key made when the page is drawn


def test_three_steps_with_a_photo_of_an_ice_form(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    response = start(client, school)
    encounter = Encounter.objects.get()
    assert response.status_code == 302 and response.url == f"/agents/{encounter.pk}/shown/"
    assert encounter.facility == school and encounter.borough == "bronx"
    shown_page = client.get(response.url).content.decode()
    assert 'capture="environment"' in shown_page and 'accept="image/*' in shown_page
    photo = SimpleUploadedFile("maria-lopez.png", i200_png(), content_type="image/png")
    response = client.post(response.url, {"shown": "photo", "photo": photo})
    assert response.status_code == 302 and response.url == f"/agents/{encounter.pk}/"
    html = client.get(response.url).content.decode()
    assert 'class="answer deny"' in html
    assert "not a judicial warrant" in html
    assert "4-210" in html
    assert 'href="tel:+1-212-555-0101"' in html
    encounter.refresh_from_db()
    assert encounter.document_kind == "administrative_arrest_warrant_i200"
    assert encounter.document_check["judicial_warrant"] is False
    assert "maria" not in str(encounter.document_check).lower()
    assert encounter.response == "declined"
    assert AuditEntry.objects.filter(action="decision", agency="DOE").count() == 1


def test_a_judicial_warrant_by_hand_sends_staff_to_counsel(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    url = start(client, school, requester="FBI", purpose="criminal").url
    client.post(
        url,
        {
            "shown": "by_hand",
            "kind": "judicial_search_warrant",
            "signed": "yes",
            "names_place": "yes",
            "execute_by": "2099-01-01",
        },
    )
    encounter = Encounter.objects.get()
    assert 'class="answer escalate"' in client.get(f"/agents/{encounter.pk}/").content.decode()


def test_nothing_shown_and_the_outcome_recorded(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    url = start(client, school).url
    client.post(url, {"shown": "refused"})
    encounter = Encounter.objects.get()
    assert encounter.decision == "deny"
    response = client.post(
        f"/agents/{encounter.pk}/outcome/",
        {
            "outcome": "left",
            "agent_count": "3",
            "agent_identifiers": "badge 4471",
            "notes": "Left at 9:40",
        },
    )
    assert response.status_code == 302
    encounter.refresh_from_db()
    assert encounter.outcome == "left" and encounter.agent_count == 3
    assert encounter.agent_identifiers == "badge 4471"


def test_a_double_tap_makes_one_encounter(make_user: Any, sign_in: Any, school: Facility) -> None:
    client = sign_in(make_user("front_desk"))
    first = start(client, school, key="same-key-123")
    second = start(client, school, key="same-key-123")
    assert first.url == second.url
    assert Encounter.objects.count() == 1


def test_the_facility_is_remembered(make_user: Any, sign_in: Any, school: Facility) -> None:
    user = make_user("front_desk")
    client = sign_in(user)
    start(client, school)
    assert StaffProfile.objects.get(user=user).default_facility == school
    html = client.get("/agents/").content.decode()
    assert f'<option value="{school.pk}" selected>' in html


def test_missing_answer_gets_a_field_error_and_nothing_is_saved(
    make_user: Any, sign_in: Any
) -> None:
    client = sign_in(make_user("front_desk"))
    response = client.post("/agents/", {"requester": "ICE", "key": "abcdefgh12"})
    assert response.status_code == 400
    assert "What are they asking for?" in response.content.decode()
    assert not Encounter.objects.exists()
    assert not AuditEntry.objects.filter(action__startswith="encounter").exists()


def test_a_photo_that_is_not_an_image_is_a_clear_error_and_loses_nothing(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    url = start(client, school).url
    bad = SimpleUploadedFile("x.jpg", b"%PDF-1.4 not really", content_type="image/jpeg")
    response = client.post(url, {"shown": "photo", "photo": bad})
    assert response.status_code == 400
    assert "field-error" in response.content.decode()
    encounter = Encounter.objects.get()
    assert encounter.step == Encounter.STEP_SHOWN and encounter.decision == ""
    empty = SimpleUploadedFile("x.png", b"", content_type="image/png")
    assert client.post(url, {"shown": "photo", "photo": empty}).status_code == 400


def test_another_agencys_facility_cannot_be_chosen(
    make_user: Any, sign_in: Any, hospital: Facility
) -> None:
    client = sign_in(make_user("front_desk", agency="DOE"))
    response = start(client, hospital)
    assert response.status_code == 400
    assert not Encounter.objects.exists()
    assert "Demo Hospital" not in client.get("/agents/").content.decode()


def test_another_agencys_encounter_is_a_404(
    make_user: Any, sign_in: Any, hospital: Facility
) -> None:
    hhc = sign_in(make_user("front_desk", agency="HHC"))
    url = start(hhc, hospital).url
    pk = Encounter.objects.get().pk
    doe = sign_in(make_user("front_desk", agency="DOE"))
    assert doe.get(url).status_code == 404
    assert doe.get(f"/agents/{pk}/").status_code == 404
    assert doe.post(f"/agents/{pk}/outcome/", {"outcome": "left"}).status_code == 404
    assert doe.post(url, {"shown": "nothing"}).status_code == 404


def test_auditors_do_not_record_encounters(make_user: Any, sign_in: Any) -> None:
    assert sign_in(make_user("auditor", agency=None)).get("/agents/").status_code == 403


def test_identifying_notes_are_flagged_then_encrypted(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    from django.db import connection

    client = sign_in(make_user("front_desk"))
    url = start(client, school).url
    client.post(url, {"shown": "nothing"})
    encounter = Encounter.objects.get()
    note = "They asked for Maria Lopez, A-123-456-789"
    response = client.post(f"/agents/{encounter.pk}/outcome/", {"outcome": "left", "notes": note})
    assert response.status_code == 400
    assert "identifying information" in response.content.decode()
    encounter.refresh_from_db()
    assert encounter.notes == "" and encounter.outcome == ""  # nothing saved yet
    response = client.post(
        f"/agents/{encounter.pk}/outcome/", {"outcome": "left", "notes": note, "keep_flagged": "on"}
    )
    assert response.status_code == 302
    encounter.refresh_from_db()
    assert encounter.notes == note and "A_NUMBER" in encounter.notes_flagged
    with connection.cursor() as cursor:
        cursor.execute("SELECT notes FROM encounters_encounter WHERE id = %s", [encounter.pk])
        raw = cursor.fetchone()[0]
    assert "Maria" not in raw and raw.startswith("gAAAA")
    assert "Maria" not in " ".join(AuditEntry.objects.values_list("summary", flat=True))
