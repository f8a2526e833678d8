"""Facilities: CSV import (all or nothing, errors by line and column), editing, scoping, demo data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sanctuary.facilities import importer
from sanctuary.facilities.models import Borough, Facility, FacilityKind
from sanctuary.facilities.seed import load_demo_facilities

pytestmark = pytest.mark.django_db

HEADER = "name,kind,agency,address,borough,counsel_email\n"
GOOD = (
    HEADER
    + "PS 9,school,DOE,9 Main St,queens,c@example.org\nLot 4,parking_lot,DOT,4 Side St,bronx,\n"
)


def test_import_all_rows(agencies: Any) -> None:
    result = importer.import_csv(GOOD)
    assert (result.created, result.updated) == (2, 0)
    assert importer.import_csv(GOOD).updated == 2
    assert Facility.objects.get(name="PS 9").borough == "queens"


def test_a_bad_row_is_reported_by_line_and_column_and_nothing_is_imported(agencies: Any) -> None:
    bad = GOOD + "Clinic,spa,DOE,1 X St,jersey,not-an-email\n"
    with pytest.raises(importer.ImportFailed) as failed:
        importer.import_csv(bad)
    messages = [str(e) for e in failed.value.errors]
    assert any(m.startswith("line 4: column kind:") for m in messages)
    assert any(m.startswith("line 4: column borough:") for m in messages)
    assert any(m.startswith("line 4: column counsel_email:") for m in messages)
    assert not Facility.objects.exists()


def test_missing_column_and_bad_encoding(agencies: Any) -> None:
    with pytest.raises(importer.ImportFailed) as failed:
        importer.import_csv("name,kind\nA,school\n")
    assert "line 1: column agency: required column is missing" in str(failed.value)
    with pytest.raises(importer.ImportFailed):
        importer.import_csv(b"\xff\xfe\x00bad")


def test_upload_page(make_user: Any, sign_in: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    admin = sign_in(make_user("administrator", agency=None))
    response = admin.post(
        "/facilities/import/", {"file": SimpleUploadedFile("f.csv", GOOD.encode())}
    )
    assert response.status_code == 302 and Facility.objects.count() == 2


def test_command_module_runs(agencies: Any, tmp_path: Path, capsys: Any) -> None:
    import argparse

    from sanctuary.cli import CommandError
    from sanctuary.commands import import_facilities

    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    assert import_facilities.run(argparse.Namespace(file=str(good))) == 0
    assert Facility.objects.count() == 2
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "X,school,NOPE,1 St,bronx,\n")
    with pytest.raises(CommandError):
        import_facilities.run(argparse.Namespace(file=str(bad)))
    assert "line 2: column agency: unknown agency acronym" in capsys.readouterr().err


def test_agency_staff_edit_only_their_own(make_user: Any, sign_in: Any, agencies: Any) -> None:
    importer.import_csv(GOOD)
    ps9, lot = Facility.objects.get(name="PS 9"), Facility.objects.get(name="Lot 4")
    head = sign_in(make_user("agency_head", agency="DOE"))
    data = {f: getattr(ps9, f) for f in ("name", "kind", "address", "borough")}
    response = head.post(
        f"/facilities/{ps9.pk}/edit/", {**data, "counsel_phone": "+1-212-555-0199"}
    )
    assert response.status_code == 302
    ps9.refresh_from_db()
    assert ps9.counsel_phone == "+1-212-555-0199"
    assert head.get(f"/facilities/{lot.pk}/edit/").status_code == 404
    assert head.get(f"/api/facilities/{lot.pk}").status_code == 404
    api = head.post(
        f"/api/facilities/{lot.pk}", json.dumps({"name": "x"}), content_type="application/json"
    )
    assert api.status_code == 404
    assert sign_in(make_user("front_desk")).get(f"/facilities/{ps9.pk}/edit/").status_code == 403
    not_mine = head.post(
        "/api/facilities/import",
        json.dumps({"csv": HEADER + "Y,school,DOT,1 St,bronx,\n"}),
        content_type="application/json",
    )
    assert not_mine.status_code == 422 and "agency" in not_mine.json()["errors"][0]["field"]
    names = [f["name"] for f in head.get("/api/facilities").json()]
    assert names == ["PS 9"]


def test_demo_data_covers_every_borough_and_kind(agencies: Any) -> None:
    load_demo_facilities()
    assert set(Facility.objects.values_list("borough", flat=True)) == set(Borough.values)
    assert set(Facility.objects.values_list("kind", flat=True)) == set(FacilityKind.values)
