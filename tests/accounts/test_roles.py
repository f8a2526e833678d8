"""Roles and agency scoping: one queryset decides what each person can reach."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from sanctuary.accounts.roles import Role, role_has
from sanctuary.accounts.scoping import get_for_user, may_change
from sanctuary.facilities.models import Facility

pytestmark = pytest.mark.django_db


def facility(agency: Any, name: str) -> Facility:
    return Facility.objects.create(
        name=name, kind="school", agency=agency, address="1 Demo St", borough="bronx"
    )


def test_agency_staff_see_only_their_agency(make_user: Any, agencies: Any) -> None:
    doe, hhc = facility(agencies["DOE"], "School"), facility(agencies["HHC"], "Hospital")
    user = make_user("privacy_officer", agency="DOE")
    assert list(Facility.objects.for_user(user)) == [doe]
    with pytest.raises(Http404):
        get_for_user(Facility.objects, user, pk=hhc.pk)
    with pytest.raises(Http404):
        get_for_user(Facility.objects, user, pk="not-a-number")


def test_citywide_roles_see_every_agency(make_user: Any, agencies: Any) -> None:
    facility(agencies["DOE"], "School")
    facility(agencies["HHC"], "Hospital")
    assert Facility.objects.for_user(make_user("chief_privacy_officer", agency=None)).count() == 2
    assert Facility.objects.for_user(make_user("auditor", agency=None)).count() == 2


def test_inactive_and_anonymous_users_see_nothing(make_user: Any, agencies: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    facility(agencies["DOE"], "School")
    user = make_user("privacy_officer")
    user.is_active = False
    assert Facility.objects.for_user(user).count() == 0
    assert Facility.objects.for_user(AnonymousUser()).count() == 0


def test_auditors_read_but_never_change(make_user: Any, agencies: Any) -> None:
    auditor = make_user("auditor", agency=None)
    assert auditor.can("compliance.view")
    assert not may_change(auditor, "compliance.record", agencies["DOE"].pk)


def test_agency_roles_change_only_their_own_agency(make_user: Any, agencies: Any) -> None:
    officer = make_user("privacy_officer", agency="DOE")
    assert may_change(officer, "compliance.record", agencies["DOE"].pk)
    assert not may_change(officer, "compliance.record", agencies["HHC"].pk)
    assert not may_change(make_user("front_desk"), "compliance.record", agencies["DOE"].pk)


def test_agency_roles_must_name_an_agency_and_citywide_roles_must_not(agencies: Any) -> None:
    from sanctuary.accounts.models import User

    with pytest.raises(ValidationError):
        User(username="x", role=Role.FRONT_DESK).full_clean(exclude=["password"])
    with pytest.raises(ValidationError):
        User(username="y", role=Role.CHIEF_PRIVACY_OFFICER, agency=agencies["DOE"]).full_clean(
            exclude=["password"]
        )


def test_only_administrators_get_the_admin_flag(make_user: Any) -> None:
    assert make_user("administrator", agency=None).is_staff
    assert not make_user("chief_privacy_officer", agency=None).is_staff


def test_every_capability_names_real_roles() -> None:
    from sanctuary.accounts.roles import CAPABILITIES

    for roles in CAPABILITIES.values():
        assert roles <= set(Role)
    assert not role_has(Role.AUDITOR, "compliance.record")


def test_createuser_offers_exactly_the_roles_the_model_knows() -> None:
    from sanctuary.commands.createuser import ROLES

    assert set(ROLES) == {r.value for r in Role}


def test_partners_belong_to_no_agency_and_reach_no_agency_records(agencies: Any) -> None:
    from sanctuary.accounts.models import User

    facility(agencies["DOE"], "School")
    partner = User.objects.create(username="church", role=Role.PARTNER)
    assert partner.is_partner and not partner.is_citywide
    assert Facility.objects.for_user(partner).count() == 0
    assert not partner.can("compliance.view") and partner.can("campaign.request")


def test_require_capability_answers_403_unless_the_role_holds_one_of_them(make_user: Any) -> None:
    from django.contrib.auth.models import AnonymousUser
    from django.core.exceptions import PermissionDenied

    from sanctuary.accounts.scoping import require_capability

    officer = make_user("privacy_officer")
    assert require_capability(officer, "compliance.record") is officer
    assert require_capability(officer, "campaign.coordinate", "compliance.view") is officer
    with pytest.raises(PermissionDenied, match="does not allow"):
        require_capability(make_user("front_desk"), "compliance.record")
    with pytest.raises(PermissionDenied, match="auditors only"):
        require_capability(AnonymousUser(), "audit.view", message="auditors only")
