"""The CPO's dashboard: every agency x obligation, due date, status, evidence; sort, filter, CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

import pytest

pytestmark = pytest.mark.django_db

ON = date(2026, 3, 2)  # 10 days after the 14-day deadline, before the policy-audit placeholder


@pytest.fixture
def cpo_client(eo13: Any, make_user: Any, sign_in: Any, pin_today: Any) -> Any:
    pin_today(ON)
    return sign_in(make_user("chief_privacy_officer", None))


def _row_ids(response: Any) -> list[int]:
    return [row.pk for row, _status in response.context["rows"]]


def test_dashboard_lists_every_agency_and_obligation_with_status(
    cpo_client: Any, agencies: dict[str, Any], row: Any
) -> None:
    done = row("DOE", "privacy-officer")
    done.completed_on, done.officer_name = date(2026, 2, 18), "A. Officer"
    done.officer_appointed_on = date(2026, 2, 17)
    done.save()

    response = cpo_client.get("/compliance/")
    assert response.status_code == 200
    assert len(response.context["rows"]) == 3 * len(agencies) + 5
    summary = response.context["summary"]
    assert (summary.done, summary.overdue, summary.open) == (1, 3 * len(agencies) - 1, 5)
    html = response.content.decode()
    assert "Overdue by 10 days" in html
    assert "Done on 2026-02-18" in html and "Officer: A. Officer" in html
    assert "2026-05-07" in html  # policy audit: 90 days (UNVERIFIED placeholder)
    assert "UNVERIFIED" in html and "reported directive (2)" in html
    assert html.count('class="status status-overdue"') == 3 * len(agencies) - 1


def test_filters_narrow_rows_and_keep_counts_honest(cpo_client: Any, row: Any) -> None:
    r = row("HHC", "staff-training")
    r.completed_on, r.training_count = date(2026, 2, 19), 12
    r.save()

    response = cpo_client.get("/compliance/", {"agency": "HHC"})
    assert {x.agency.acronym for x, _ in response.context["rows"]} == {"HHC"}
    assert len(response.context["rows"]) == 3

    response = cpo_client.get("/compliance/", {"status": "done"})
    assert _row_ids(response) == [r.pk]

    response = cpo_client.get("/compliance/", {"status": "open"})
    assert {x.obligation.key for x, _ in response.context["rows"]} == {"policy-audit"}

    response = cpo_client.get("/compliance/", {"obligation": "policy-audit", "agency": "NYPD"})
    assert len(response.context["rows"]) == 1


def test_unknown_filter_values_are_field_errors_not_500s(cpo_client: Any, agencies: Any) -> None:
    response = cpo_client.get(
        "/compliance/", {"status": "sideways", "agency": "<script>", "sort": "password"}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"status", "agency", "sort"}
    assert len(response.context["rows"]) == 3 * len(agencies) + 5
    assert "<script>" not in response.content.decode()


def test_sorting_by_column_and_aria_sort(cpo_client: Any, row: Any) -> None:
    r = row("ACS", "privacy-officer")
    r.completed_on, r.officer_name, r.officer_appointed_on = ON, "X", ON
    r.save()

    by_agency = cpo_client.get("/compliance/", {"sort": "agency"})
    acronyms = [x.agency.acronym for x, _ in by_agency.context["rows"]]
    assert acronyms == sorted(acronyms)
    html = by_agency.content.decode()
    assert 'aria-sort="ascending"><a href="?sort=-agency"' in html

    desc = cpo_client.get("/compliance/", {"sort": "-agency"})
    acronyms = [x.agency.acronym for x, _ in desc.context["rows"]]
    assert acronyms == sorted(acronyms, reverse=True)
    assert 'aria-sort="descending"' in desc.content.decode()

    by_due = cpo_client.get("/compliance/", {"sort": "-due"})
    dues = [x.obligation.due_on for x, _ in by_due.context["rows"]]
    assert dues == sorted(dues, reverse=True)

    by_status = cpo_client.get("/compliance/", {"sort": "status"})
    states = [s.state.value for _, s in by_status.context["rows"]]
    assert states[0] == "overdue" and states[-1] == "done"
    assert states == sorted(states, key=["overdue", "open", "done"].index)


def test_agency_roles_see_only_their_agency(
    eo13: Any, make_user: Any, sign_in: Any, pin_today: Any
) -> None:
    pin_today(ON)
    client = sign_in(make_user("privacy_officer", "DOE"))
    response = client.get("/compliance/")
    assert {x.agency.acronym for x, _ in response.context["rows"]} == {"DOE"}
    assert "HHC" not in {c for c, _ in response.context["form"].fields["agency"].choices}
    # Asking for another agency by filter is not a choice they have: never its rows.
    response = client.get("/compliance/", {"agency": "HHC"})
    assert "agency" in response.context["form"].errors
    assert {x.agency.acronym for x, _ in response.context["rows"]} == {"DOE"}


def test_front_desk_and_outsiders_cannot_open_the_dashboard(
    eo13: Any, make_user: Any, sign_in: Any, client: Any
) -> None:
    assert sign_in(make_user("front_desk", "DOE")).get("/compliance/").status_code == 403
    coordinator = sign_in(make_user("campaign_coordinator", None))
    assert coordinator.get("/compliance/").status_code == 403
    assert coordinator.get("/api/compliance/obligations").status_code == 403
    anonymous = client.get("/compliance/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_csv_export_follows_filters_and_defuses_formulas(cpo_client: Any, row: Any) -> None:
    r = row("DSS", "certify-compliance")
    r.completed_on = date(2026, 2, 20)
    r.certification_statement = "=HYPERLINK('http://evil')"
    r.save()

    response = cpo_client.get("/compliance/export.csv", {"agency": "DSS"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == 4
    assert {r["agency"] for r in rows} == {"DSS"}
    cert = next(x for x in rows if x["obligation_id"] == "certify-compliance")
    assert cert["status"] == "done" and cert["completed_on"] == "2026-02-20"
    assert cert["certification_statement"].startswith("'=")
    assert cert["due_unverified"] == "UNVERIFIED"
    officer = next(x for x in rows if x["obligation_id"] == "privacy-officer")
    assert officer["status"] == "overdue" and officer["days_overdue"] == "10"
    assert officer["due_unverified"] == ""


def test_csv_export_is_scoped_and_needs_the_export_capability(
    eo13: Any, make_user: Any, sign_in: Any
) -> None:
    doe = sign_in(make_user("privacy_officer", "DOE"))
    rows = list(csv.DictReader(io.StringIO(doe.get("/compliance/export.csv").content.decode())))
    assert rows and {r["agency"] for r in rows} == {"DOE"}
    counsel = sign_in(make_user("agency_counsel", "DOE"))
    assert counsel.get("/compliance/export.csv").status_code == 403
