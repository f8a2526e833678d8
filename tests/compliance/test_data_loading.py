"""Obligations are data: NYC's file loads; another city's or an amended order is a new file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from sanctuary.compliance.spec import SpecError, parse_order
from tests.compliance.conftest import DUE_14, SIGNED

pytestmark = pytest.mark.django_db

POLICY_AUDIT_AGENCIES = {"NYPD", "DOC", "DOP", "ACS", "DSS"}


def test_nyc_file_loads_every_obligation_with_due_dates_from_the_order(
    agencies: dict[str, Any],
) -> None:
    from sanctuary.compliance.models import AgencyObligation, Obligation, Order
    from sanctuary.compliance.seed import load_obligations

    assert load_obligations("nyc") == 4
    order = Order.objects.get(key="nyc-eo13-2026")
    assert order.signed_on == SIGNED
    assert order.unverified and "UNVERIFIED" in order.note

    obligations = {o.key: o for o in Obligation.objects.filter(order=order)}
    assert set(obligations) == {
        "privacy-officer",
        "staff-training",
        "certify-compliance",
        "policy-audit",
    }
    officer = obligations["privacy-officer"]
    assert officer.due_days == 14 and officer.due_on == DUE_14
    assert not officer.due_unverified
    assert officer.citation_unverified and "EO 13 (2026)" in officer.citation
    assert officer.evidence == ["officer"]
    # The training/certification deadline and the policy-audit deadline are not confirmed.
    assert obligations["staff-training"].due_unverified
    assert obligations["certify-compliance"].due_unverified
    audit = obligations["policy-audit"]
    assert audit.due_unverified and "UNVERIFIED" in audit.due_note

    n_agencies = len(agencies)
    rows = AgencyObligation.objects.filter(obligation__order=order)
    assert rows.filter(obligation=officer).count() == n_agencies
    assert {
        r.agency.acronym for r in rows.filter(obligation=audit).select_related("agency")
    } == POLICY_AUDIT_AGENCIES
    assert rows.count() == 3 * n_agencies + 5


def test_loading_twice_changes_nothing(eo13: Any) -> None:
    from sanctuary.compliance.models import AgencyObligation, Obligation
    from sanctuary.compliance.seed import load_obligations

    before = (Obligation.objects.count(), AgencyObligation.objects.count())
    load_obligations("nyc")
    assert (Obligation.objects.count(), AgencyObligation.objects.count()) == before


def _write(folder: Path, name: str, data: dict[str, Any]) -> None:
    (folder / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _order(obligations: list[dict[str, Any]], **order: Any) -> dict[str, Any]:
    return {
        "format": 1,
        "order": {
            "id": "springfield-eo7-2026",
            "number": "Executive Order No. 7 (2026)",
            "title": "Sanctuary Springfield",
            "signed_on": "2026-03-01",
            "source": "Test fixture",
            **order,
        },
        "obligations": obligations,
    }


def _obligation(oid: str, days: int, applies: Any = "all", **extra: Any) -> dict[str, Any]:
    return {
        "id": oid,
        "title": f"Do {oid}",
        "description": "A test obligation.",
        "citation": "EO 7 (2026) §1",
        "applies_to": applies,
        "due": {"days_after_order": days},
        "evidence": ["file"],
        **extra,
    }


def test_another_city_is_a_new_data_file(agencies: dict[str, Any], tmp_path: Path) -> None:
    from sanctuary.compliance.models import AgencyObligation, Obligation
    from sanctuary.compliance.seed import load_obligations

    _write(
        tmp_path,
        "springfield_eo7.yaml",
        _order([_obligation("post-signs", 30, ["DOE", "HHC"]), _obligation("report", 60)]),
    )
    assert load_obligations("springfield", data_dir=tmp_path) == 2
    signs = Obligation.objects.get(key="post-signs")
    assert signs.due_on == date(2026, 3, 31)
    assert signs.evidence == ["file"]
    assert set(
        AgencyObligation.objects.filter(obligation=signs).values_list("agency__acronym", flat=True)
    ) == {"DOE", "HHC"}
    assert AgencyObligation.objects.filter(obligation__key="report").count() == len(agencies)


def test_an_amended_order_updates_in_place_and_keeps_evidence(
    agencies: dict[str, Any], tmp_path: Path
) -> None:
    from sanctuary.compliance.models import AgencyObligation, Obligation
    from sanctuary.compliance.queries import visible_rows
    from sanctuary.compliance.seed import load_obligations

    _write(
        tmp_path,
        "springfield_eo7.yaml",
        _order([_obligation("post-signs", 30, ["DOE", "HHC"]), _obligation("report", 60)]),
    )
    load_obligations("springfield", data_dir=tmp_path)
    AgencyObligation.objects.filter(agency__acronym="HHC", obligation__key="post-signs").update(
        completed_on=date(2026, 3, 10)
    )
    # The amendment moves the deadline, narrows who it applies to and drops "report".
    _write(
        tmp_path,
        "springfield_eo7.yaml",
        _order([_obligation("post-signs", 45, ["DOE"])]),
    )
    assert load_obligations("springfield", data_dir=tmp_path) == 1
    signs = Obligation.objects.get(key="post-signs")
    assert signs.due_on == date(2026, 4, 15)
    assert not Obligation.objects.get(key="report").is_active
    hhc = AgencyObligation.objects.get(agency__acronym="HHC", obligation=signs)
    assert not hhc.is_active and hhc.completed_on == date(2026, 3, 10)

    class Citywide:
        is_authenticated = is_active = is_citywide = True

    shown = {(r.agency.acronym, r.obligation.key) for r in visible_rows(Citywide())}
    assert shown == {("DOE", "post-signs")}


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["obligations"][0].update(applies_to=["NOPE"]), "unknown agencies: NOPE"),
        (lambda d: d["obligations"][0].update(evidence=["selfie"]), "unknown evidence"),
        (lambda d: d["obligations"][0]["due"].update(days_after_order="14"), "whole number"),
        (lambda d: d["obligations"][0]["due"].update(unverified=True), "'note' is required"),
        (lambda d: d["obligations"].append(dict(d["obligations"][0])), "appears twice"),
        (lambda d: d["order"].update(signed_on="6 Feb 2026"), "YYYY-MM-DD"),
        (lambda d: d["order"].update(unverified=True), "'note' is required"),
        (lambda d: d.update(format=2), "unsupported format"),
        (lambda d: d["obligations"][0].update(id="Bad Id"), "'id' must be"),
    ],
)
def test_mistakes_in_a_data_file_are_named(mutate: Any, message: str) -> None:
    data = _order([_obligation("post-signs", 30, ["DOE"])])
    mutate(data)
    with pytest.raises(SpecError, match=message):
        parse_order(data, agency_acronyms={"DOE", "HHC"})


def test_a_broken_file_loads_nothing(agencies: dict[str, Any], tmp_path: Path) -> None:
    from sanctuary.compliance.models import Order
    from sanctuary.compliance.seed import load_obligations

    (tmp_path / "springfield_eo7.yaml").write_text("order: [unclosed", encoding="utf-8")
    with pytest.raises(SpecError, match="springfield_eo7.yaml"):
        load_obligations("springfield", data_dir=tmp_path)
    assert not Order.objects.exists()
