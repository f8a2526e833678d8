"""Inventory: risk flags, the §23-1205 export, bulk scans (inline and on a real worker), scoping."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from sanctuary.disclosures import services as disclosures
from sanctuary.inventory import report, services
from sanctuary.inventory.categories import by_id, citation
from sanctuary.inventory.models import BulkScan, DataCollection
from sanctuary.inventory.risk import risk_flags
from tests.encounters.test_alerts import _worker_database_url

ROOT = Path(__file__).resolve().parents[2]
EXPORT = (
    "id,full_name,country_of_birth,status,notes\n"
    "1,Maria Gonzalez,Mexico,undocumented,ok\n"
    "2,John Smith,USA,citizen,call 212-555-0199\n"
    "3,Ana Lopez,Honduras,asylum seeker,\n"
    "4,,,,\n"
)


def plain(**extra: Any) -> Any:
    base = {
        "fields": [{"name": "client_name", "category": "name"}],
        "need_statement": "",
        "retention_days": 365,
        "legal_basis": "mission",
        "approval_kind": "written",
        "approved_by_name": "P. Officer",
        "approved_on": "2026-03-01",
        "exigent_reported_to_cpo_on": None,
        "access_description": "Caseworkers in the unit",
        "access_count": 12,
    }
    base.update(extra)
    return SimpleNamespace(**base)


def codes(c: Any) -> set[str]:
    return {f.code for f in risk_flags(c)}


def test_categories_file_has_the_statute_and_its_sensitive_categories() -> None:
    assert "§23-1201" in citation()
    assert by_id()["immigration_status"].sensitive and by_id()["birthplace"].sensitive
    assert not by_id()["name"].sensitive


def test_risk_flags() -> None:
    assert codes(plain()) == set()
    status = plain(fields=[{"name": "status", "category": "immigration_status"}])
    flags = risk_flags(status)
    assert [f.code for f in flags] == ["sensitive_without_need"]
    assert "§23-1202" in flags[0].citation and "Executive Order 13" in flags[0].citation
    assert codes(plain(fields=status.fields, need_statement="Required by 8 CFR 214")) == set()
    assert codes(plain(fields=[{"name": "cob", "category": "birthplace"}])) == {
        "sensitive_without_need"
    }
    assert codes(plain(retention_days=None)) == {"retention_without_end"}
    assert codes(plain(access_description="All staff", access_count=None)) == {
        "access_wider_than_purpose"
    }
    assert codes(plain(access_count=400)) == {"access_wider_than_purpose"}
    assert codes(plain(access_description="", access_count=None)) == {"access_not_stated"}
    assert codes(plain(approval_kind="none")) == {"no_written_approval"}
    assert codes(plain(approval_kind="written", approved_by_name="")) == {"no_written_approval"}
    assert codes(plain(approval_kind="exigent")) == {"exigent_not_reported"}
    assert codes(plain(legal_basis="none_stated")) == {"no_legal_basis"}


@pytest.fixture
def po(make_user: Any) -> Any:
    return make_user("privacy_officer", agency="HRA")


def collection(user: Any, **extra: Any) -> DataCollection:
    data = {
        "name": "SNAP intake form",
        "fields": [
            {"name": "full_name", "category": "name"},
            {"name": "country_of_birth", "category": "birthplace"},
        ],
        "purpose": "Benefits eligibility",
        "legal_basis": "law",
        "retention_days": None,
        "access_description": "Eligibility specialists",
        "access_count": 40,
        "approval_kind": "written",
        "approved_by_name": "P. Officer",
        "approval_reference": "PO-2026-7",
    }
    data.update(extra)
    return services.save_collection(user, user.agency, data)


@pytest.mark.django_db
def test_bad_collections_are_refused(po: Any, make_user: Any) -> None:
    with pytest.raises(services.InventoryError, match="§23-1201"):
        collection(po, fields=[{"name": "x", "category": "shoe_size"}])
    with pytest.raises(services.InventoryError):
        collection(po, name=" ")
    with pytest.raises(services.InventoryError):
        services.save_collection(make_user("auditor", agency=None), po.agency, {"name": "x"})
    with pytest.raises(services.InventoryError, match="Line 1"):
        services.parse_fields("no colon here")
    assert DataCollection.objects.count() == 0


@pytest.mark.django_db
def test_section_23_1205_report_exports(po: Any, agencies: Any, sign_in: Any) -> None:
    c = collection(po)
    disclosures.create_request(
        po,
        agencies["HRA"],
        disclosures.Intake(
            requester_name="Agent", requester_organisation="ICE ERO",
            requester_kind="federal_immigration", requester="ICE",
            information=("address",), subject="Maria Gonzalez",
        ),
    )  # fmt: skip
    client = sign_in(po)
    q = "start=2026-01-01&end=2030-12-31"
    data = client.get(f"/inventory/report/?{q}&format=json").json()
    assert data["citation"].startswith("NYC Admin. Code §23-1205")
    assert data["collections"][0]["name"] == c.name
    assert {f["code"] for f in data["collections"][0]["risk_flags"]} >= {
        "sensitive_without_need",
        "retention_without_end",
    }
    assert data["disclosures"][0]["engine_decision"] == "deny"
    text = client.get(f"/inventory/report/?{q}&format=csv").content.decode()
    assert "Maria" not in text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["section"] for r in rows] == ["collection", "disclosure"]
    assert "Country of origin" in rows[0]["categories"]
    html = client.get(f"/inventory/report/?{q}&format=html").content.decode()
    assert "SNAP intake form" in html and "ICE ERO" in html and "Maria" not in html
    assert client.get("/inventory/report/?start=2026-05-01&end=2026-01-01").status_code == 422
    assert client.get("/inventory/report/?start=bad").status_code == 422
    api = client.get(f"/api/inventory/report?{q}").json()
    assert api["agency"] == "HRA"
    built = report.build(agencies["HRA"], report.date(2026, 1, 1), report.date(2030, 1, 1))
    assert built.to_dict()["collections"][0]["id"] == c.pk


@pytest.mark.django_db
def test_pages_create_and_edit(po: Any, sign_in: Any) -> None:
    client = sign_in(po)
    assert client.get("/inventory/new/").status_code == 200
    r = client.post(
        "/inventory/new/",
        {"name": "Shelter intake", "fields_text": "status: immigration_status",
         "legal_basis": "mission", "approval_kind": "none"},
    )  # fmt: skip
    assert r.status_code == 302
    c = DataCollection.objects.get()
    page = client.get(f"/inventory/{c.pk}/").content.decode()
    assert "without a stated need" in page
    bad = client.post(f"/inventory/{c.pk}/", {"name": "X", "fields_text": "a: nope",
                                              "legal_basis": "mission", "approval_kind": "none"})  # fmt: skip
    assert bad.status_code == 422
    c.refresh_from_db()
    assert c.name == "Shelter intake"
    assert "Shelter intake" in client.get("/inventory/").content.decode()


@pytest.mark.django_db
def test_scoping_another_agency_cannot_read_or_change(
    po: Any, make_user: Any, sign_in: Any
) -> None:
    c = collection(po)
    scan = services.start_scan(po, po.agency, "x.csv", EXPORT.encode())
    other = sign_in(make_user("privacy_officer", agency="DOE"))
    for url in (f"/inventory/{c.pk}/", f"/api/inventory/collections/{c.pk}",
                f"/inventory/scans/{scan.pk}/", f"/api/bulk-scans/{scan.pk}"):  # fmt: skip
        assert other.get(url).status_code == 404, url
    assert other.post(f"/inventory/{c.pk}/", {"name": "hijack"}).status_code == 404
    r = other.post(f"/api/inventory/collections/{c.pk}", json.dumps({"name": "hijack"}),
                   content_type="application/json")  # fmt: skip
    assert r.status_code == 404
    assert other.get("/api/inventory/collections").json() == []
    assert other.get("/api/bulk-scans").json() == []
    c.refresh_from_db()
    assert c.name == "SNAP intake form"
    auditor = sign_in(make_user("auditor", agency=None))
    assert auditor.get(f"/api/inventory/collections/{c.pk}").status_code == 200
    r = auditor.post("/api/inventory/collections", json.dumps({"name": "x"}),
                     content_type="application/json")  # fmt: skip
    assert r.status_code == 403


@pytest.mark.django_db
def test_api_create_and_malformed(po: Any, sign_in: Any) -> None:
    client = sign_in(po)
    body = {"name": "Form A", "fields": [{"name": "cob", "category": "birthplace"}]}
    r = client.post("/api/inventory/collections", json.dumps(body), content_type="application/json")
    assert r.status_code == 201
    assert {f["code"] for f in r.json()["risk_flags"]} >= {"sensitive_without_need"}
    bad = {"name": "Form B", "fields": [{"name": "cob", "category": "zodiac"}]}
    r = client.post("/api/inventory/collections", json.dumps(bad), content_type="application/json")
    assert r.status_code == 422
    r = client.post("/api/inventory/collections", json.dumps({"name": "C", "retention_days": -1}),
                    content_type="application/json")  # fmt: skip
    assert r.status_code == 422
    assert DataCollection.objects.count() == 1


@pytest.mark.django_db
def test_bulk_scan_inline(
    po: Any, sign_in: Any, django_capture_on_commit_callbacks: Any, monkeypatch: Any
) -> None:
    monkeypatch.setattr(services, "CHUNK_ROWS", 2)
    client = sign_in(po)
    upload = io.BytesIO(EXPORT.encode())
    upload.name = "clients.csv"
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post("/inventory/scans/", {"file": upload})
    assert r.status_code == 302
    scan = BulkScan.objects.get()
    assert scan.status == "done" and scan.chunks_total == 2 and scan.chunks_done == 2
    assert scan.rows == 4
    stored = json.dumps(scan.summary)
    assert "Maria" not in stored and "Mexico" not in stored and "212-555" not in stored
    page = client.get(f"/inventory/scans/{scan.pk}/").content.decode()
    assert "column 3 (&quot;country_of_birth&quot;)" in page and "% of rows" in page
    assert "Maria" not in page
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("sanctuary-scan-*"))
    for name, content in (("a.txt", b"x"), ("b.csv", b""), ("c.csv", b"\xff\xfe\xfa")):
        f = io.BytesIO(content)
        f.name = name
        assert client.post("/inventory/scans/", {"file": f}).status_code == 422
    f = io.BytesIO(EXPORT.encode())
    f.name = "api.csv"
    with django_capture_on_commit_callbacks(execute=True):
        r = client.post("/api/bulk-scans", {"file": f})
    assert r.status_code == 201
    assert client.get(f"/api/bulk-scans/{r.json()['id']}").json()["status"] == "done"


@pytest.mark.django_db(transaction=True)
def test_bulk_scan_on_a_real_celery_worker(make_user: Any, agencies: Any) -> None:
    from sanctuary.site.celery import app as celery_app

    po = make_user("privacy_officer", agency="HRA")
    redis_url = os.environ.get("CELERY_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    queue = f"sanctuary-test-{uuid.uuid4().hex[:8]}"
    saved = {
        k: celery_app.conf[k]
        for k in ("broker_url", "task_always_eager", "result_backend", "task_default_queue")
    }
    env = dict(
        os.environ,
        DATABASE_URL=_worker_database_url(),
        REDIS_URL=redis_url,
        CELERY_TASK_DEFAULT_QUEUE=queue,
    )
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "sanctuary.site", "worker", "--pool", "solo",
         "-c", "1", "-Q", queue, "--without-gossip", "--without-mingle", "--without-heartbeat",
         "-l", "WARNING"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    celery_app.conf.update(
        broker_url=redis_url, task_always_eager=False, result_backend=None,
        task_default_queue=queue,
    )  # fmt: skip
    try:
        original = services.CHUNK_ROWS
        services.CHUNK_ROWS = 1
        try:
            scan = services.start_scan(po, po.agency, "w.csv", EXPORT.encode())
        finally:
            services.CHUNK_ROWS = original
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            scan.refresh_from_db()
            if scan.status != "running":
                break
            time.sleep(0.2)
        assert scan.status == "done", scan.status
        assert scan.chunks_done == scan.chunks_total == 4 and scan.rows == 4
        assert any("country_of_birth" in line for line in scan.lines())
    finally:
        celery_app.conf.update(saved)
        worker.terminate()
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
