"""The committee's board, surge alerts, the §10-178 report, Spanish staff pages, purge, API."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from sanctuary.audit.models import AuditEntry
from sanctuary.encounters import services
from sanctuary.encounters.models import Encounter, Notification, SurgeAlert
from sanctuary.facilities.models import Facility

from .conftest import start

pytestmark = pytest.mark.django_db


def _start(user: Any, facility: Facility, **kw: Any) -> Encounter:
    return services.start_encounter(
        user, key=uuid.uuid4().hex, ask=kw.pop("ask", "enter_non_public"), facility=facility, **kw
    ).encounter


def test_board_shows_open_encounters_without_resident_data(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    desk = make_user("front_desk")
    encounter = _start(desk, school, requester="ICE")
    services.record_outcome(
        encounter,
        desk,
        outcome="waited_for_counsel",
        notes="Maria Lopez DOB 1/2/1990",
        agent_identifiers="Agent Smith",
        keep_flagged=True,
    )
    response = sign_in(make_user("committee_member", agency=None)).get("/board/")
    html = response.content.decode()
    assert response.status_code == 200 and response["Refresh"] == "10"
    assert 'href="?paused=1"' in html  # the viewer can turn the reloading off (WCAG 2.2.1)
    assert "Demo PS 1" in html and "They waited for counsel" in html
    assert "Maria" not in html and "Smith" not in html


def test_a_paused_board_stops_reloading(make_user: Any, sign_in: Any) -> None:
    response = sign_in(make_user("committee_member", agency=None)).get("/board/?paused=1")
    assert response.status_code == 200 and "Refresh" not in response
    assert 'href="?"' in response.content.decode()


def test_surge_alert_after_n_in_m_minutes_until_acknowledged(
    make_user: Any,
    sign_in: Any,
    school: Facility,
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    monkeypatch.setenv("SANCTUARY_SURGE_COUNT", "2")
    monkeypatch.setenv("SANCTUARY_SURGE_MINUTES", "15")
    member = make_user("committee_member", agency=None)
    desk = make_user("front_desk")
    with django_capture_on_commit_callbacks(execute=True):
        _start(desk, school)
        assert not SurgeAlert.objects.exists()
        _start(desk, school)
        _start(desk, school)  # no second alert while the first stands
    surge = SurgeAlert.objects.get()
    assert surge.borough == "bronx" and surge.count == 2
    assert Notification.objects.filter(surge=surge, recipient=member.email).exists()
    client = sign_in(member)
    assert "Surge in Bronx" in client.get("/board/").content.decode()
    assert (
        sign_in(make_user("auditor", agency=None))
        .post(f"/board/surges/{surge.pk}/acknowledge/")
        .status_code
        == 403
    )
    assert client.post(f"/board/surges/{surge.pk}/acknowledge/").status_code == 302
    assert "Surge in Bronx" not in client.get("/board/").content.decode()
    assert AuditEntry.objects.filter(action="surge.acknowledge", actor=member.username).exists()


def test_agency_board_and_api_see_only_their_agency(
    make_user: Any, sign_in: Any, school: Facility, hospital: Facility
) -> None:
    theirs = _start(make_user("front_desk", agency="HHC"), hospital)
    _start(make_user("front_desk"), school)
    doe_counsel = sign_in(make_user("agency_counsel"))
    assert "Demo Hospital" not in doe_counsel.get("/board/").content.decode()
    board = doe_counsel.get("/api/board").json()
    names = [e["facility"] for b in board["boroughs"] for e in b["encounters"]]
    assert names == ["Demo PS 1"]
    assert doe_counsel.get(f"/api/encounters/{theirs.pk}").status_code == 404
    ids = [e["id"] for e in doe_counsel.get("/api/encounters").json()]
    assert theirs.pk not in ids
    assert (
        doe_counsel.post(
            f"/api/encounters/{theirs.pk}/outcome", "{}", content_type="application/json"
        ).status_code
        == 404
    )


def test_report_counts_by_agency_request_response_with_small_cells_suppressed(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    desk = make_user("front_desk")
    for _ in range(5):
        services.record_shown(_start(desk, school, requester="ICE"), desk, shown="nothing")
    services.record_assistance_request(
        desk,
        key=uuid.uuid4().hex,
        channel="phone",
        ask="records",
        requester="FBI",
        response="declined",
    )
    quarter = f"{timezone.localdate().year}-Q{(timezone.localdate().month - 1) // 3 + 1}"
    client = sign_in(make_user("committee_member", agency=None))
    data = client.get(f"/reports/10-178/?quarter={quarter}&format=json").json()
    assert data["total"] == 6
    # FBI's 1 is hidden; ICE's 5 too, or "total 6 minus ICE 5" would give FBI's count away.
    assert data["by_agency"] == {"FBI": "hidden", "ICE": "hidden"}
    assert [row["count"] for row in data["rows"]] == ["hidden", "hidden"]
    assert {
        "agency": "ICE",
        "request": "enter_non_public",
        "response": "declined",
    }.items() <= data["rows"][1].items()
    assert data["by_response"] == {"declined": 6}
    csv_text = client.get(f"/reports/10-178/?quarter={quarter}&format=csv").content.decode()
    assert "hidden" in csv_text and "Maria" not in csv_text
    assert ",5\r\n" not in csv_text and ",1\r\n" not in csv_text
    html = client.get(f"/reports/10-178/?quarter={quarter}").content.decode()
    assert "hidden" in html and "<td>5</td>" not in html
    assert client.get("/reports/10-178/?quarter=nonsense").status_code == 400
    assert client.get("/api/reports/10-178?quarter=nonsense").status_code == 422
    hhc = sign_in(make_user("agency_head", agency="HHC"))
    assert hhc.get(f"/api/reports/10-178?quarter={quarter}").json()["total"] == 0
    assert sign_in(desk).get("/reports/10-178/").status_code == 403


def test_phone_request_short_form(make_user: Any, sign_in: Any) -> None:
    client = sign_in(make_user("front_desk"))
    page = client.get("/agents/requests/new/").content.decode()
    key = page.split('name="key" value="')[1].split('"')[0]
    data = {
        "key": key,
        "channel": "letter",
        "ask": "records",
        "requester": "HSI",
        "response": "referred_to_counsel",
    }
    assert client.post("/agents/requests/new/", data).status_code == 302
    assert client.post("/agents/requests/new/", data).status_code == 302  # replay
    encounter = Encounter.objects.get()
    assert encounter.channel == "letter" and encounter.response == "referred_to_counsel"
    assert not Notification.objects.exists()  # no alert for a letter


def test_staff_pages_speak_the_users_language(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    user = make_user("front_desk")
    user.preferred_language = "es"
    user.save()
    html = sign_in(user).get("/agents/").content.decode()
    assert "¿Qué piden?" in html and 'lang="es"' in html


def test_purge_blanks_free_text_after_retention_and_audits_a_count(
    make_user: Any, school: Facility
) -> None:
    desk = make_user("front_desk")
    old = _start(desk, school)
    services.record_outcome(
        old, desk, outcome="left", notes="Three agents", agent_identifiers="badge 9"
    )
    Encounter.objects.filter(pk=old.pk).update(purge_after=timezone.now() - timedelta(days=1))
    fresh = _start(desk, school)
    services.record_outcome(fresh, desk, outcome="left", notes="Two agents")
    assert services.purge_expired() == 1
    old.refresh_from_db()
    fresh.refresh_from_db()
    assert old.notes == "" and old.agent_identifiers == "" and old.purged and old.outcome == "left"
    assert fresh.notes == "Two agents"
    assert AuditEntry.objects.filter(
        action="encounter.purge", summary__contains="1 encounters"
    ).exists()


def test_api_flow_is_idempotent_and_decides(make_user: Any, sign_in: Any, school: Facility) -> None:
    client = sign_in(make_user("front_desk"))
    body = {"key": "api-key-0001", "ask": "records", "facility_id": school.pk, "requester": "ICE"}
    first = client.post("/api/encounters", json.dumps(body), content_type="application/json")
    again = client.post("/api/encounters", json.dumps(body), content_type="application/json")
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"] and Encounter.objects.count() == 1
    pk = first.json()["id"]
    shown = client.post(
        f"/api/encounters/{pk}/shown",
        json.dumps({"shown": "administrative_subpoena"}),
        content_type="application/json",
    )
    assert shown.status_code == 200 and shown.json()["decision"] in ("deny", "escalate")
    flagged = client.post(
        f"/api/encounters/{pk}/outcome",
        json.dumps({"outcome": "left", "notes": "asked for A-123-456-789"}),
        content_type="application/json",
    )
    assert flagged.status_code == 422 and flagged.json()["errors"][0]["field"] == "notes"
    bad = client.post(
        "/api/encounters",
        json.dumps({**body, "key": "other-key-1", "ask": "dance"}),
        content_type="application/json",
    )
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "ask"


def test_api_document_check_same_output_and_clear_errors(make_user: Any, sign_in: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import i200_png

    client = sign_in(make_user("front_desk"))
    ok = client.post("/api/documents/check", {"file": SimpleUploadedFile("a.png", i200_png())})
    assert ok.status_code == 200
    assert {
        "file",
        "kind",
        "judicial_warrant",
        "signed",
        "valid_at_door",
        "issued",
        "execute_by",
        "court",
        "signer_title",
        "names_address",
        "signals",
        "reasons",
        "confidence",
        "seconds",
    } <= set(ok.json())
    assert ok.json()["kind"] == "administrative_arrest_warrant_i200"
    empty = client.post("/api/documents/check", {"file": SimpleUploadedFile("a.png", b"")})
    assert empty.status_code == 422 and empty.json()["detail"]
    fake = client.post(
        "/api/documents/check",
        {"file": SimpleUploadedFile("a.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)},
    )
    assert fake.status_code == 422, fake.json()


def test_start_page_replay_after_answer_goes_to_the_answer(
    make_user: Any, sign_in: Any, school: Facility
) -> None:
    client = sign_in(make_user("front_desk"))
    url = start(client, school, key="replay-key-1").url
    client.post(url, {"shown": "nothing"})
    again = start(client, school, key="replay-key-1")
    assert again.url == f"/agents/{Encounter.objects.get().pk}/"


def test_a_concurrent_surge_does_not_raise_a_second_open_alert(
    make_user: Any, school: Facility, monkeypatch: Any
) -> None:
    """Both requests passed the 'no alert yet' check; the database lets only one alert in."""
    monkeypatch.setenv("SANCTUARY_SURGE_COUNT", "1")
    desk = make_user("front_desk")
    first = _start(desk, school)
    assert SurgeAlert.objects.filter(acknowledged_at__isnull=True).count() == 1
    monkeypatch.setattr(services, "_surge_standing", lambda borough, since: False)
    assert services._check_surge(first) is None
    assert SurgeAlert.objects.filter(acknowledged_at__isnull=True).count() == 1
    assert AuditEntry.objects.filter(action="surge.raise").count() == 1
