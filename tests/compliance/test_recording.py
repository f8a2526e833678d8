"""A privacy officer records completion with evidence; files are checked; every change is audited."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.compliance.files import EXE_BYTES, PDF_BYTES, PNG_BYTES, docx_bytes

pytestmark = pytest.mark.django_db

ON = date(2026, 3, 2)


@pytest.fixture
def officer(eo13: Any, make_user: Any, pin_today: Any) -> Any:
    pin_today(ON)
    return make_user("privacy_officer", "DOE")


def _entries(action: str) -> list[Any]:
    from sanctuary.audit.models import AuditEntry

    return list(AuditEntry.objects.filter(action=action).order_by("seq"))


def test_recording_the_privacy_officer_with_a_file(
    officer: Any, sign_in: Any, row: Any, uploads: Any
) -> None:
    target = row("DOE", "privacy-officer")
    client = sign_in(officer)
    page = client.get(f"/compliance/obligations/{target.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Overdue by 10 days" in html
    assert 'name="officer_name"' in html and 'name="training_count"' not in html
    assert 'enctype="multipart/form-data"' in html

    response = client.post(
        f"/compliance/obligations/{target.pk}/",
        {
            "completed_on": "2026-02-19",
            "officer_name": "Dana Rivera",
            "officer_appointed_on": "2026-02-18",
            "notes": "Letter of appointment attached.",
            "evidence_file": SimpleUploadedFile("appointment.pdf", PDF_BYTES),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    target.refresh_from_db()
    assert target.completed_on == date(2026, 2, 19)
    assert target.officer_name == "Dana Rivera"
    assert target.status(ON).state == "done"
    assert target.recorded_by == officer
    # Stored under a generated name, not the uploaded one.
    assert target.evidence_file.name.startswith("compliance/evidence/")
    assert "appointment" not in target.evidence_file.name
    assert target.evidence_file_name == "appointment.pdf"
    assert target.evidence_file_type == "pdf"
    assert (uploads / target.evidence_file.name).read_bytes() == PDF_BYTES

    after = client.get(f"/compliance/obligations/{target.pk}/").content.decode()
    assert "Done" in after and "Dana Rivera" in after

    (entry,) = _entries("compliance_complete")
    assert entry.actor == officer.username and entry.agency == "DOE"
    assert entry.object_id == str(target.pk)
    assert "privacy-officer" in entry.summary
    assert "Dana Rivera" not in entry.summary  # no names in the log

    download = client.get(f"/compliance/obligations/{target.pk}/evidence/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF_BYTES


def test_missing_evidence_gives_field_errors(officer: Any, sign_in: Any, row: Any) -> None:
    target = row("DOE", "staff-training")
    response = sign_in(officer).post(
        f"/compliance/obligations/{target.pk}/", {"completed_on": "", "training_count": "0"}
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "completed_on" in errors and "training_count" in errors
    assert 'class="error-summary"' in response.content.decode()
    target.refresh_from_db()
    assert target.completed_on is None
    assert not _entries("compliance_complete")


def test_a_future_date_is_refused(officer: Any, sign_in: Any, row: Any) -> None:
    target = row("DOE", "certify-compliance")
    response = sign_in(officer).post(
        f"/compliance/obligations/{target.pk}/",
        {"completed_on": "2026-03-03", "certification_statement": "We certify compliance."},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["completed_on"] == [
        "The date it was done cannot be in the future."
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("appointment.pdf", EXE_BYTES, "content is not"),
        ("appointment.pdf", PNG_BYTES, "content is a PNG image"),
        ("appointment.exe", EXE_BYTES, "Upload a PDF"),
    ],
)
def test_wrong_file_types_are_refused(
    officer: Any, sign_in: Any, row: Any, uploads: Any, name: str, data: bytes, message: str
) -> None:
    target = row("DOE", "privacy-officer")
    response = sign_in(officer).post(
        f"/compliance/obligations/{target.pk}/",
        {
            "completed_on": "2026-02-19",
            "officer_name": "Dana Rivera",
            "officer_appointed_on": "2026-02-18",
            "evidence_file": SimpleUploadedFile(name, data),
        },
    )
    assert response.status_code == 400
    assert message in response.context["form"].errors["evidence_file"][0]
    target.refresh_from_db()
    assert target.completed_on is None and not target.evidence_file
    assert not list(uploads.rglob("*.*"))


def test_oversized_files_are_refused(
    officer: Any, sign_in: Any, row: Any, settings: Any, uploads: Any
) -> None:
    settings.SANCTUARY_MAX_UPLOAD_BYTES = 1024
    target = row("DOE", "certify-compliance")
    response = sign_in(officer).post(
        f"/compliance/obligations/{target.pk}/",
        {
            "completed_on": "2026-02-19",
            "certification_statement": "We certify.",
            "evidence_file": SimpleUploadedFile("cert.pdf", PDF_BYTES + b"0" * 2048),
        },
    )
    assert response.status_code == 400
    assert "too large" in response.context["form"].errors["evidence_file"][0]
    assert not list(uploads.rglob("*.*"))


def test_replacing_the_file_updates_the_record_and_is_audited(
    officer: Any, sign_in: Any, row: Any, uploads: Any
) -> None:
    target = row("DOE", "certify-compliance")
    client = sign_in(officer)
    data = {"completed_on": "2026-02-19", "certification_statement": "We certify."}
    client.post(
        f"/compliance/obligations/{target.pk}/",
        {**data, "evidence_file": SimpleUploadedFile("cert.pdf", PDF_BYTES)},
    )
    client.post(
        f"/compliance/obligations/{target.pk}/",
        {**data, "evidence_file": SimpleUploadedFile("cert.docx", docx_bytes())},
    )
    target.refresh_from_db()
    assert target.evidence_file_type == "docx"
    assert len(_entries("compliance_complete")) == 1
    assert len(_entries("compliance_update")) == 1


def test_reopen_undoes_a_mistaken_completion(officer: Any, sign_in: Any, row: Any) -> None:
    target = row("DOE", "staff-training")
    client = sign_in(officer)
    client.post(
        f"/compliance/obligations/{target.pk}/",
        {"completed_on": "2026-02-19", "training_count": "42"},
    )
    response = client.post(f"/compliance/obligations/{target.pk}/reopen/")
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.completed_on is None and target.training_count == 42
    assert len(_entries("compliance_reopen")) == 1


def test_policy_audit_obligation_needs_a_fully_published_audit(
    eo13: Any, make_user: Any, sign_in: Any, row: Any, pin_today: Any
) -> None:
    from sanctuary.compliance import services

    pin_today(ON)
    head = make_user("agency_head", "NYPD")
    audit = services.create_audit(
        head,
        head.agency,
        title="2026 audit",
        findings="Two forms ask status.",
        audited_on=date(2026, 2, 27),
        on=ON,
    )
    change = services.add_change(
        head,
        audit,
        title="Drop the status question",
        description="Form X no longer asks.",
        effective_on=date(2026, 3, 1),
    )
    target = row("NYPD", "policy-audit")
    client = sign_in(head)
    form = {"completed_on": "2026-03-01", "policy_audit": str(audit.pk)}
    response = client.post(f"/compliance/obligations/{target.pk}/", form)
    assert response.status_code == 400
    assert (
        "Publish the audit's 1 unpublished policy change first."
        in (response.context["form"].errors["policy_audit"][0])
    )
    services.publish_change(head, change)
    assert client.post(f"/compliance/obligations/{target.pk}/", form).status_code == 302
    target.refresh_from_db()
    assert target.policy_audit == audit and target.completed_on == date(2026, 3, 1)


@pytest.mark.parametrize("role", ["front_desk", "auditor", "agency_counsel", "committee_member"])
def test_roles_without_the_record_capability_cannot_record(
    eo13: Any, make_user: Any, sign_in: Any, row: Any, role: str
) -> None:
    target = row("DOE", "staff-training")
    client = sign_in(make_user(role, "DOE"))
    page = client.get(f"/compliance/obligations/{target.pk}/")
    if role == "front_desk":
        assert page.status_code == 403
    else:
        assert page.status_code == 200
        assert 'name="training_count"' not in page.content.decode()
    response = client.post(
        f"/compliance/obligations/{target.pk}/",
        {"completed_on": "2026-02-19", "training_count": "5"},
    )
    assert response.status_code == 403
    api = client.post(
        f"/api/compliance/obligations/{target.pk}/completion",
        {"completed_on": "2026-02-19", "training_count": 5},
        content_type="application/json",
    )
    assert api.status_code == 403
    assert client.post(f"/compliance/obligations/{target.pk}/reopen/").status_code == 403
    target.refresh_from_db()
    assert target.completed_on is None
