"""`sanctuary seed-demo`: a first run shows every role, some EO 13 progress, and runs twice."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.django_db


def test_demo_seed_is_complete_and_idempotent(settings: Any, tmp_path: Any) -> None:
    from sanctuary.accounts.models import User
    from sanctuary.accounts.roles import Role
    from sanctuary.audit.service import verify_log
    from sanctuary.compliance.models import AgencyObligation, PolicyChange
    from sanctuary.facilities.models import Facility
    from sanctuary.site.bootstrap import current_totp_code, load_demo, load_reference_data

    settings.VAR_DIR = tmp_path
    load_reference_data()
    first = load_demo()
    counts = (
        User.objects.count(),
        Facility.objects.count(),
        AgencyObligation.objects.filter(completed_on__isnull=False).count(),
        PolicyChange.objects.filter(published=True).count(),
    )
    load_demo()
    assert (
        User.objects.count(),
        Facility.objects.count(),
        AgencyObligation.objects.filter(completed_on__isnull=False).count(),
        PolicyChange.objects.filter(published=True).count(),
    ) == counts
    assert {u.role for u in User.objects.all()} == {r.value for r in Role}
    assert counts[2] >= 3 and counts[3] == 1
    assert {f.borough for f in Facility.objects.all()} == {
        "bronx",
        "brooklyn",
        "manhattan",
        "queens",
        "staten_island",
    }
    assert any("password for all" in line for line in first)
    assert current_totp_code("cpo") is not None and len(current_totp_code("cpo") or "") == 6
    assert verify_log().ok
