"""Disclosure requests: engine pre-assessment, the state machine and its guards, encryption at
rest, the redacted release, the watchdog, CPO reports and agency scoping."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from sanctuary.audit.models import AuditEntry
from sanctuary.disclosures import services
from sanctuary.disclosures.models import CpoReport, DisclosureRequest, Status
from sanctuary.disclosures.reports import SUPPRESSED, cpo_quarter
from sanctuary.disclosures.states import MOVES
from sanctuary.disclosures.watchdog import alert_stalled, stalled
from sanctuary.privacy import scan_text

pytestmark = pytest.mark.django_db

SUBJECT = "Maria Gonzalez, born 1990, Apt 4B"
ORIGINAL = (
    "Case notes. Client Maria Gonzalez lives at 123 Main Street, Bronx, NY 10451. "
    "Phone 212-555-0199. SSN 123-45-6789. She is undocumented.\n"
)


def intake(**extra: Any) -> services.Intake:
    data: dict[str, Any] = {
        "requester_name": "Officer Smith",
        "requester_organisation": "FBI New York",
        "requester_kind": "federal_other",
        "requester": "FBI",
        "purpose": "criminal",
        "information": ("records",),
        "subject": SUBJECT,
    }
    data.update(extra)
    return services.Intake(**data)


@pytest.fixture
def staff(make_user: Any) -> dict[str, Any]:
    return {
        "po": make_user("privacy_officer", agency="HRA"),
        "counsel": make_user("agency_counsel", agency="HRA"),
        "other_po": make_user("privacy_officer", agency="DOE"),
        "head": make_user("agency_head", agency="HRA"),
        "cpo": make_user("chief_privacy_officer", agency=None),
    }


def new(staff: dict[str, Any], agencies: dict[str, Any], **extra: Any) -> DisclosureRequest:
    return services.create_request(staff["po"], agencies["HRA"], intake(**extra))


def test_the_engine_pre_assesses_and_its_answer_is_stored(staff: Any, agencies: Any) -> None:
    req = new(staff, agencies)
    assert req.decision["decision"] == "escalate"
    assert req.decision["reasons"][0]["citation"].startswith("NYC Admin. Code §23-1202")
    assert req.rules_version and req.status == Status.RECEIVED
    assert req.transitions.count() == 1


def test_subject_is_encrypted_at_rest(staff: Any, agencies: Any) -> None:
    req = new(staff, agencies, exigent=True, exigent_reason="Child in danger at Apt 4B")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT subject, exigent_reason FROM disclosures_disclosurerequest WHERE id = %s",
            [req.pk],
        )
        raw_subject, raw_reason = cursor.fetchone()
    assert "Maria" not in raw_subject and raw_subject.startswith("gAAAA")
    assert "Apt 4B" not in raw_reason
    assert DisclosureRequest.objects.get(pk=req.pk).subject == SUBJECT
    assert not AuditEntry.objects.filter(summary__icontains="Maria").exists()


def walk(req: DisclosureRequest, staff: Any, *actions: str) -> None:
    for action in actions:
        services.transition(staff["po"], req, action, "reason given")


def test_every_illegal_transition_is_refused() -> None:
    # Checked against the data itself: every (status, action) pair not in MOVES is refused.
    allowed = {(s, m.action) for m in MOVES for s in m.sources}
    assert ("received", "approve") not in allowed
    assert ("denied", "release") not in allowed
    assert ("closed", "review") not in allowed
    assert ("approved", "deny") not in allowed


@pytest.mark.parametrize("status", [s.value for s in Status])
@pytest.mark.parametrize("action", [m.action for m in MOVES])
def test_each_status_action_pair(status: str, action: str, staff: Any, agencies: Any) -> None:
    req = new(staff, agencies)
    DisclosureRequest.objects.filter(pk=req.pk).update(
        status=status, redacted_sha256="x" * 64, redacted_copy=b"x"
    )
    req.refresh_from_db()
    legal = any(action == m.action and status in m.sources for m in MOVES)
    if legal:
        services.transition(staff["po"], req, action, "because")
        target = next(m.target for m in MOVES if m.action == action)
        assert req.status == target
        t = req.transitions.last()
        assert (t.action, t.from_status, t.to_status) == (action, status, target)
        assert AuditEntry.objects.filter(action=f"disclosure_{action}").exists()
    else:
        with pytest.raises(services.DisclosureError) as error:
            services.transition(staff["po"], req, action, "because")
        assert error.value.status == 409
        req.refresh_from_db()
        assert req.status == status


def test_denial_needs_a_reason(staff: Any, agencies: Any) -> None:
    req = new(staff, agencies)
    with pytest.raises(services.DisclosureError, match="reason"):
        services.transition(staff["po"], req, "deny", "  ")
    services.transition(staff["po"], req, "deny", "No lawful ground")
    assert req.status == Status.DENIED and req.denial_reason == "No lawful ground"


def test_only_this_agencys_privacy_officer_approves(staff: Any, agencies: Any) -> None:
    req = new(staff, agencies)
    walk(req, staff, "review")
    for who in ("counsel", "other_po", "head", "cpo"):
        with pytest.raises(services.DisclosureError) as error:
            services.transition(staff[who], req, "approve")
        assert error.value.status == 403, who
    services.transition(staff["po"], req, "approve")
    assert req.status == Status.APPROVED and req.approved_by == staff["po"]


def test_federal_immigration_request_without_court_process_is_refused_by_rule(
    staff: Any, agencies: Any
) -> None:
    req = new(
        staff,
        agencies,
        requester_kind="federal_immigration",
        requester="ICE",
        purpose="civil_immigration",
        information=("address",),
        documents=({"kind": "administrative_arrest_warrant_i200", "signed": True},),
    )
    assert req.decision["decision"] == "deny"
    walk(req, staff, "review", "refer_to_counsel")
    services.counsel_sign_off(staff["counsel"], req, "agree")
    with pytest.raises(services.DisclosureError) as error:
        services.transition(staff["po"], req, "approve")
    assert error.value.status == 409
    assert "§23-1202" in str(error.value) and "Refused by rule" in str(error.value)
    assert req.status == Status.NEEDS_COUNSEL


def test_a_fail_closed_denial_of_a_city_agency_request_needs_counsel_not_a_refusal(
    staff: Any, agencies: Any
) -> None:
    # The engine cannot tell "another city agency" from an unknown requester, so it denies;
    # that is advice counsel may overrule, unlike a denial to immigration enforcement.
    req = new(
        staff,
        agencies,
        requester_kind="city_agency",
        requester="OTHER",
        purpose="unknown",
        requester_organisation="Department of Education",
    )
    assert req.decision["decision"] == "deny" and req.counsel_required
    walk(req, staff, "review")
    with pytest.raises(services.DisclosureError, match="Counsel") as error:
        services.transition(staff["po"], req, "approve")
    assert error.value.status == 409
    walk(req, staff, "refer_to_counsel")
    services.counsel_sign_off(staff["counsel"], req, "Benefits coordination: lawful")
    services.transition(staff["po"], req, "approve")
    assert req.status == Status.APPROVED


def test_court_order_needs_counsel_sign_off_before_approval(staff: Any, agencies: Any) -> None:
    req = new(staff, agencies, documents=({"kind": "court_order", "signed": True},))
    assert req.counsel_required
    walk(req, staff, "review")
    with pytest.raises(services.DisclosureError, match="Counsel"):
        services.transition(staff["po"], req, "approve")
    walk(req, staff, "refer_to_counsel")
    with pytest.raises(services.DisclosureError):
        services.counsel_sign_off(staff["po"], req)
    services.counsel_sign_off(staff["counsel"], req, "The order is valid")
    services.transition(staff["po"], req, "approve")
    assert req.status == Status.APPROVED


def approved(staff: Any, agencies: Any, **extra: Any) -> DisclosureRequest:
    req = new(staff, agencies, **extra)
    walk(req, staff, "review", "approve")
    return req


def test_a_released_copy_is_scanned_thoroughly(staff: Any, agencies: Any) -> None:
    # A name the rules alone miss (no list, no cue) is still redacted before release.
    req = approved(staff, agencies)
    note = "Hi team, Everton will come tomorrow with his papers.\n"
    counts = services.attach_redacted_copy(staff["po"], req, "notes.txt", note.encode())
    assert counts["PERSON"] == 1
    assert "Everton" not in services.redacted_bytes(req).decode()


def test_release_needs_a_redacted_copy_and_the_copy_has_no_identifiers(
    staff: Any, agencies: Any
) -> None:
    req = approved(staff, agencies)
    with pytest.raises(services.DisclosureError, match="redacted"):
        services.transition(staff["po"], req, "release")
    original_types = {f.type for f in scan_text(ORIGINAL)}
    assert original_types, "the fixture must hold identifiers"
    counts = services.attach_redacted_copy(staff["po"], req, "notes.txt", ORIGINAL.encode())
    assert counts
    copy = services.redacted_bytes(req).decode()
    assert "Maria" not in copy and "123-45-6789" not in copy and "212-555-0199" not in copy
    assert not {f.type for f in scan_text(copy)} & original_types
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT redacted_copy FROM disclosures_disclosurerequest WHERE id = %s", [req.pk]
        )
        raw = bytes(cursor.fetchone()[0])
    assert b"Case notes" not in raw
    services.transition(staff["po"], req, "release")
    assert req.status == Status.RELEASED and req.released_at
    services.transition(staff["po"], req, "close")
    assert req.status == Status.CLOSED


def test_redacted_copy_refuses_bad_files(staff: Any, agencies: Any) -> None:
    req = approved(staff, agencies)
    for name, content in (("x.exe", b"MZ"), ("x.txt", b""), ("x.txt", b"\xff\xfe\x00bad")):
        with pytest.raises(services.DisclosureError):
            services.attach_redacted_copy(staff["po"], req, name, content)
    with pytest.raises(services.DisclosureError):
        services.attach_redacted_copy(staff["po"], req, "x.txt", b"hi", "shred")
    req.refresh_from_db()
    assert not req.has_redacted_copy


def test_exigent_release_creates_a_cpo_report(staff: Any, agencies: Any) -> None:
    req = approved(staff, agencies, exigent=True, exigent_reason="Imminent danger")
    services.attach_redacted_copy(staff["po"], req, "n.txt", ORIGINAL.encode())
    services.transition(staff["po"], req, "release")
    report = CpoReport.objects.get(kind="exigent", request=req)
    assert report.description == "Imminent danger"


def test_watchdog_flags_and_emails_stalled_requests(
    staff: Any, agencies: Any, settings: Any
) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    fresh = new(staff, agencies)
    idle = new(staff, agencies)
    late = new(staff, agencies, deadline=timezone.localdate() + timedelta(days=3))
    done = new(staff, agencies)
    services.transition(staff["po"], done, "deny", "no ground")
    old = timezone.now() - timedelta(days=9)
    DisclosureRequest.objects.filter(pk__in=[idle.pk, done.pk]).update(last_activity_at=old)
    DisclosureRequest.objects.filter(pk=late.pk).update(deadline=date(2020, 1, 1))
    found = {s.request.pk: s.reasons for s in stalled(DisclosureRequest.objects.all(),
                                                      timezone.now(), 5)}  # fmt: skip
    assert set(found) == {idle.pk, late.pk}
    assert "past its deadline" in found[late.pk][0]
    assert fresh.pk not in found
    assert alert_stalled() == 1
    assert mail.outbox[0].to == [staff["po"].email]
    assert "Maria" not in mail.outbox[0].body and f"Request {idle.pk}" in mail.outbox[0].body
    assert alert_stalled() == 0  # once a day per request


def test_watchdog_flags_show_on_the_dashboard(staff: Any, agencies: Any, sign_in: Any) -> None:
    req = new(staff, agencies)
    DisclosureRequest.objects.filter(pk=req.pk).update(
        last_activity_at=timezone.now() - timedelta(days=30)
    )
    page = sign_in(staff["po"]).get("/disclosures/").content.decode()
    assert "Stalled" in page and "no step taken for 30 days" in page


def test_cpo_quarterly_report_suppresses_small_cells(staff: Any, agencies: Any) -> None:
    for _ in range(6):
        req = new(staff, agencies)
        services.transition(staff["po"], req, "deny", "no ground")
    new(staff, agencies, requester_kind="court", requester="OTHER")
    today = timezone.localdate()
    q = cpo_quarter(today.year, (today.month - 1) // 3 + 1)
    rows = {(r["requester_kind"], r["outcome"]): r["count"] for r in q.rows}
    assert rows[("federal_other", "denied")] == 6
    assert rows[("court", "pending")] == SUPPRESSED
    parsed = list(csv.DictReader(io.StringIO(q.to_csv())))
    assert {r["count"] for r in parsed} == {"6", SUPPRESSED}


def test_cpo_report_pages_are_citywide_only(staff: Any, agencies: Any, sign_in: Any) -> None:
    assert sign_in(staff["po"]).get("/disclosures/cpo-quarterly/").status_code == 403
    cpo = sign_in(staff["cpo"])
    assert cpo.get("/disclosures/cpo-quarterly/").status_code == 200
    data = cpo.get("/disclosures/cpo-quarterly/?year=2026&quarter=1&format=json").json()
    assert data["quarter"] == 1 and "requests" in data
    assert cpo.get("/disclosures/cpo-quarterly/?year=x&quarter=9").status_code == 422
    assert cpo.get("/api/reports/cpo-quarterly?year=2026&quarter=2").status_code == 200
    assert cpo.get("/api/reports/cpo-quarterly?year=2026&quarter=7").status_code == 422
    assert sign_in(staff["po"]).get("/api/reports/cpo-quarterly").status_code == 403


def test_improper_disclosure_is_reported(staff: Any, agencies: Any, sign_in: Any) -> None:
    client = sign_in(staff["po"])
    response = client.post(
        "/disclosures/improper/",
        {"occurred_on": "2026-03-01", "requester_kind": "contractor",
         "information": ["address"], "description": "Sent a list to a vendor by mistake"},
    )  # fmt: skip
    assert response.status_code == 302
    assert CpoReport.objects.filter(kind="improper", agency=agencies["HRA"]).count() == 1
    bad = client.post("/disclosures/improper/", {"occurred_on": "nope"})
    assert bad.status_code == 422 and CpoReport.objects.count() == 1


def test_pages_full_flow(staff: Any, agencies: Any, sign_in: Any) -> None:
    po = sign_in(staff["po"])
    assert po.get("/disclosures/new/").status_code == 200
    response = po.post(
        "/disclosures/new/",
        {"requester_name": "Agent X", "requester_organisation": "ICE ERO",
         "requester_kind": "federal_immigration", "requester": "ICE",
         "purpose": "civil_immigration", "information": ["address"], "subject": SUBJECT},
    )  # fmt: skip
    assert response.status_code == 302
    req = DisclosureRequest.objects.get()
    page = po.get(f"/disclosures/{req.pk}/").content.decode()
    assert "deny" in page and "§23-1202" in page
    assert po.post(f"/disclosures/{req.pk}/act/", {"action": "deny"}).status_code == 422
    assert po.post(f"/disclosures/{req.pk}/act/", {"action": "approve"}).status_code == 409
    ok = po.post(f"/disclosures/{req.pk}/act/", {"action": "deny", "reason": "EO 13"})
    assert ok.status_code == 302
    assert po.post("/disclosures/new/", {"requester_kind": "zzz"}).status_code == 422


def test_scoping_another_agency_gets_404(staff: Any, agencies: Any, sign_in: Any) -> None:
    req = new(staff, agencies)
    other = sign_in(staff["other_po"])
    for url in (f"/disclosures/{req.pk}/", f"/api/disclosures/{req.pk}",
                f"/disclosures/{req.pk}/redacted/"):  # fmt: skip
        assert other.get(url).status_code == 404, url
    assert other.post(f"/disclosures/{req.pk}/act/", {"action": "review"}).status_code == 404
    r = other.post(
        f"/api/disclosures/{req.pk}/transitions",
        json.dumps({"action": "review"}),
        content_type="application/json",
    )
    assert r.status_code == 404
    assert other.get("/api/disclosures").json() == []
    assert sign_in(staff["cpo"]).get(f"/api/disclosures/{req.pk}").status_code == 200
    assert other.get("/api/disclosures/99999999999").status_code == 404


def test_api_flow_and_malformed_input(staff: Any, agencies: Any, sign_in: Any) -> None:
    po = sign_in(staff["po"])
    body = {
        "requester_name": "Clerk", "requester_organisation": "Supreme Court, Bronx",
        "requester_kind": "court", "information": ["records"],
        "documents": [{"kind": "judicial_subpoena", "signed": True}],
    }  # fmt: skip
    created = po.post("/api/disclosures", json.dumps(body), content_type="application/json")
    assert created.status_code == 201, created.content
    data = created.json()
    assert data["counsel_required"] and data["decision"]["decision"] == "escalate"
    pk = data["id"]

    def step(client: Any, action: str, reason: str = "") -> Any:
        return client.post(
            f"/api/disclosures/{pk}/transitions",
            json.dumps({"action": action, "reason": reason}),
            content_type="application/json",
        )

    assert step(po, "fly").status_code == 422
    assert step(po, "approve").status_code == 409
    assert step(po, "refer_to_counsel").status_code == 200
    counsel = sign_in(staff["counsel"])
    assert counsel.post(f"/api/disclosures/{pk}/counsel-sign-off", "{}",
                        content_type="application/json").status_code == 200  # fmt: skip
    assert step(counsel, "approve").status_code == 403
    assert step(po, "approve").status_code == 200
    assert step(po, "release").status_code == 422
    upload = io.BytesIO(ORIGINAL.encode())
    upload.name = "letter.txt"
    r = po.post(f"/api/disclosures/{pk}/redacted-copy", {"file": upload, "operator": "mask"})
    assert r.status_code == 200 and r.json()["has_redacted_copy"]
    assert step(po, "release").json()["status"] == "released"
    bad = dict(body, requester_kind="alien")
    r = po.post("/api/disclosures", json.dumps(bad), content_type="application/json")
    assert r.status_code == 422
    r = po.post("/api/disclosures", json.dumps({**body, "x": 1}), content_type="application/json")
    assert r.status_code == 422
    assert DisclosureRequest.objects.count() == 1


def close(req: DisclosureRequest, days_ago: int) -> None:
    DisclosureRequest.objects.filter(pk=req.pk).update(
        status=Status.CLOSED, last_activity_at=timezone.now() - timedelta(days=days_ago)
    )


def test_subject_of_a_long_closed_request_is_blanked_and_the_count_audited(
    staff: Any,
    agencies: Any,
) -> None:
    old = new(staff, agencies, exigent=True, exigent_reason="Apt 4B emergency")
    recent = new(staff, agencies)
    still_open = new(staff, agencies)
    close(old, days_ago=120)
    close(recent, days_ago=10)
    DisclosureRequest.objects.filter(pk=still_open.pk).update(
        last_activity_at=timezone.now() - timedelta(days=400)
    )
    assert services.purge_closed(days=90) == 1
    assert DisclosureRequest.objects.get(pk=old.pk).subject == ""
    assert DisclosureRequest.objects.get(pk=old.pk).exigent_reason == ""
    assert DisclosureRequest.objects.get(pk=recent.pk).subject == SUBJECT
    assert DisclosureRequest.objects.get(pk=still_open.pk).subject == SUBJECT
    entry = AuditEntry.objects.get(action="disclosure.purge")
    assert "1 closed" in entry.summary and "Maria" not in entry.summary
    assert services.purge_closed(days=90) == 0  # nothing twice


def test_purge_command_and_beat_schedule_name_real_tasks() -> None:
    from django.conf import settings

    from sanctuary.cli import main
    from sanctuary.site.celery import app

    app.loader.import_default_modules()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]
    assert main(["purge"]) == 0
