"""Unit tests: request parsing, the crime list, the rule data, and engine-wide guarantees."""

from __future__ import annotations

import ast
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sanctuary.rules import (
    ACTIONS,
    DOCUMENT_KINDS,
    NYC,
    RULES_VERSION,
    Decision,
    RequestError,
    RuleDataError,
    decide,
    decision_schema,
    list_rules,
    load_ruleset,
    parse_request,
    parse_requests,
    request_schema,
)
from sanctuary.rules.crimes import COUNTS, MAYBE, NO, expand_spec, five_years_before, parse_law
from sanctuary.rules.engine import PREDICATES, SUPPORTS
from sanctuary.rules.ruleset import NYC_DATA_DIR

ENGINE_FILE = Path(__file__).parents[2] / "src" / "sanctuary" / "rules" / "engine.py"


def req(**fields: Any) -> dict[str, Any]:
    return {"as_of": "2026-03-02", **fields}


# ----------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("raw", "field", "expected_part"),
    [
        ({}, "as_of", "YYYY-MM-DD"),
        ({"as_of": "2026-3-2"}, "as_of", "YYYY-MM-DD"),
        ({"as_of": "2026-02-30"}, "as_of", "YYYY-MM-DD"),
        (req(colour="red"), "colour", "no such field"),
        (req(action="enter_building"), "action", "one of enter, stage"),
        (req(requester="ice"), "requester", "one of ICE"),
        (req(exigent_circumstances="yes"), "exigent_circumstances", "true or false"),
        (req(exigent_circumstances=1), "exigent_circumstances", "true or false"),
        (req(place={"kind": "school", "floor": 2}), "place.floor", "no such field"),
        (req(place={"area": "private"}), "place.area", "public, non_public"),
        (req(information="address"), "information", "a list"),
        (req(information=["address", "ssn"]), "information[1]", "one of address"),
        (req(documents=[{"kind": "other"}, {"signed": True}]), "documents[1].kind", "required"),
        (req(documents=[{"kind": "warrant"}]), "documents[0].kind", "judicial_search_warrant"),
        (
            req(documents=[{"kind": "other", "execute_by": "soon"}]),
            "documents[0].execute_by",
            "YYYY-MM-DD",
        ),
        (req(consent={"written": "yes"}), "consent.written", "true or false"),
        (req(person={"arrest_date": "2026-04-01"}), "person.arrest_date", "on or before as_of"),
        (
            req(person={"convictions": [{"level": "felony"}]}),
            "person.convictions[0].law",
            "PL 120.10",
        ),
        (
            req(person={"convictions": [{"law": "PL 120.10", "level": "violation"}]}),
            "person.convictions[0].level",
            "felony, misdemeanor",
        ),
        (req(agency="New York Police"), "agency", "acronym"),
        ([], "request", "a JSON object"),
        ("text", "request", "a JSON object"),
    ],
)
def test_invalid_input_names_the_field_and_what_was_expected(
    raw: object, field: str, expected_part: str
) -> None:
    with pytest.raises(RequestError) as caught:
        parse_request(raw)
    assert caught.value.field == field
    assert expected_part in caught.value.expected
    assert str(caught.value).startswith(f"{field}: expected")


def test_errors_inside_a_list_are_located_by_index() -> None:
    with pytest.raises(RequestError) as caught:
        parse_requests([req(), req(documents=[{"kind": "nope"}])])
    assert caught.value.field == "[1].documents[0].kind"
    assert str(caught.value).startswith("[1].documents[0].kind: expected one of")


def test_null_means_not_known_and_absent_fields_default_to_unknown() -> None:
    request = parse_request(req(agency=None, place=None, exigent_circumstances=None))
    assert request.agency is None and request.place is None
    assert request.exigent_circumstances is None and request.documents == ()


def test_agency_acronyms_are_normalised_to_upper_case() -> None:
    assert parse_request(req(agency="nypd")).agency == "NYPD"


def test_a_parsed_request_survives_a_round_trip_through_to_dict() -> None:
    raw = req(
        agency="DOC",
        requester="ICE",
        purpose="civil_immigration",
        action="hold",
        place={"kind": "jail", "area": "non_public"},
        information=["release_date"],
        documents=[{"kind": "judicial_arrest_warrant", "signed": True, "execute_by": "2026-03-05"}],
        exigent_circumstances=False,
        consent={"written": False},
        person={
            "arrest_date": "2026-02-01",
            "convictions": [{"law": "PL 120.10", "level": "felony", "date": "2024-01-01"}],
            "tsdb_match": False,
            "reentered_after_removal": False,
        },
    )
    request = parse_request(raw)
    assert request.to_dict() == raw
    assert parse_request(json.loads(json.dumps(request.to_dict()))) == request


def test_request_schema_lists_exactly_the_fields_and_values_the_parser_accepts() -> None:
    schema = request_schema()
    assert schema["required"] == ["as_of"]
    assert schema["additionalProperties"] is False
    props = schema["properties"]
    assert set(props) == {
        "as_of", "agency", "requester", "purpose", "action", "place", "information",
        "documents", "exigent_circumstances", "consent", "person",
    }  # fmt: skip
    assert props["action"]["enum"] == list(ACTIONS)
    assert props["documents"]["items"]["properties"]["kind"]["enum"] == list(DOCUMENT_KINDS)
    json.dumps(schema)
    assert set(decision_schema()["required"]) == {
        "decision", "summary", "reasons", "steps", "unverified", "rules_version",
    }  # fmt: skip


# ----------------------------------------------------------------------------- crimes


@pytest.mark.parametrize(
    ("law", "target", "inchoate", "hate"),
    [
        ("PL 120.10", "120.10", None, False),
        ("P.L. 120.10", "120.10", None, False),
        ("Penal Law § 120.10", "120.10", None, False),
        ("NYPL 120.10", "120.10", None, False),
        ("120.10", "120.10", None, False),
        ("PL 120.04-a(4)", "120.04-a", None, False),
        ("pl 120.04a(4)", "120.04-a", None, False),
        ("PL 110/120.10", "120.10", "attempt", False),
        ("PL 110.00/120.10", "120.10", "attempt", False),
        ("PL 110-120.10", "120.10", "attempt", False),
        ("attempted PL 120.10", "120.10", "attempt", False),
        ("PL 105.15/125.25", "125.25", "conspiracy", False),
        ("conspiracy to commit PL 125.25", "125.25", "conspiracy", False),
        ("PL 100.10/120.10", "120.10", "solicitation", False),
        ("facilitation of PL 120.10", "120.10", "facilitation", False),
        ("PL 485.05/120.05", "120.05", None, True),
        ("PL 120.00 as a hate crime", "120.00", None, True),
    ],
)
def test_penal_law_forms_are_read(law: str, target: str, inchoate: str | None, hate: bool) -> None:
    parsed = parse_law(law)
    assert parsed.code == "PL" and parsed.problem is None
    assert parsed.target is not None and parsed.target.key == target
    assert parsed.inchoate == inchoate and parsed.hate is hate


@pytest.mark.parametrize("law", ["VTL 600", "VTL § 600(2)(a)", "Vehicle and Traffic Law § 600"])
def test_vtl_600_forms_are_read(law: str) -> None:
    parsed = parse_law(law)
    assert parsed.code == "VTL" and parsed.target is not None and parsed.target.key == "600"


@pytest.mark.parametrize(
    "law", ["18 USC 1326", "18 U.S.C. § 2113", "NJ 2C:11-3", "assault first degree"]
)
def test_other_laws_are_left_to_counsel(law: str) -> None:
    assert parse_law(law).code == "OTHER"


def test_data_file_ranges_expand_to_each_section_and_subdivision() -> None:
    assert [k for k, _ in expand_spec("120.01..120.04")] == ["120.01", "120.02", "120.03", "120.04"]
    assert expand_spec("265.02(2)..(8)") == [("265.02", (str(n),)) for n in range(2, 9)]
    assert expand_spec("135.65(2)(b)") == [("135.65", ("2", "b"))]
    assert expand_spec("130.65-a") == [("130.65-a", None)]
    with pytest.raises(ValueError):
        expand_spec("120.04..120.01")


@pytest.mark.parametrize(
    ("law", "status"),
    [
        ("PL 120.10", COUNTS),
        ("PL 120.02", COUNTS),  # inside the 120.01-.04 range
        ("PL 125.27(1)", COUNTS),
        ("PL 265.02(3)", COUNTS),
        ("PL 265.02(1)", NO),
        ("PL 265.02", MAYBE),  # only (2)-(8) are listed
        ("PL 120.04-a(4)", COUNTS),
        ("PL 120.04-a(1)", NO),
        ("PL 135.65(2)(b)", COUNTS),
        ("PL 135.65(2)", MAYBE),
        ("PL 230.25(2)", COUNTS),
        ("PL 405.16(1)", COUNTS),
        ("PL 490.25", COUNTS),
        ("PL 155.40", NO),
        ("PL 110/155.40", NO),
        ("PL 110", MAYBE),
        ("PL 135.61", COUNTS),  # 39 RCNY §2-01
        ("VTL 1192", NO),
        ("18 USC 2113", MAYBE),
    ],
)
def test_crime_category_matches_the_list(law: str, status: str) -> None:
    assert NYC.crimes.category(law, date(2026, 3, 2)).status == status


def test_misdemeanors_never_count_even_for_listed_sections() -> None:
    finding = NYC.crimes.classify(
        "PL 120.10", "misdemeanor", date(2025, 1, 1), date(2026, 1, 1), date(2026, 3, 2)
    )
    assert finding.status == NO and finding.rule == "crimes.misdemeanor"


def test_five_year_window_counts_from_the_current_arrest_and_flags_older_convictions() -> None:
    crimes, as_of = NYC.crimes, date(2026, 3, 2)
    inside = crimes.classify("PL 120.10", "felony", date(2021, 3, 1), date(2026, 3, 1), as_of)
    outside = crimes.classify("PL 120.10", "felony", date(2021, 2, 28), date(2026, 3, 1), as_of)
    any_time = crimes.classify(
        "PL 120.10", "felony", date(1990, 1, 1), date(2026, 3, 1), as_of, any_time=True
    )
    no_arrest = crimes.classify("PL 120.10", "felony", date(2025, 1, 1), None, as_of)
    assert inside.status == COUNTS
    assert outside.status == MAYBE and outside.rule == "crimes.five_year_window"
    assert any_time.status == COUNTS
    assert no_arrest.status == MAYBE


def test_five_years_before_a_leap_day_is_the_28th() -> None:
    assert five_years_before(date(2024, 2, 29)) == date(2019, 2, 28)
    assert five_years_before(date(2026, 3, 1)) == date(2021, 3, 1)


def test_a_crime_added_only_by_rule_is_reported_unverified() -> None:
    finding = NYC.crimes.category("PL 135.37", date(2026, 3, 2))
    assert finding.status == COUNTS and finding.unverified
    assert not NYC.crimes.category("PL 120.10", date(2026, 3, 2)).unverified


# ----------------------------------------------------------------------------- rule data


def test_every_rule_has_a_citation_text_and_dates_and_unverified_rules_say_why() -> None:
    for rule in list_rules():
        assert rule.citation and rule.text and rule.source
        if rule.unverified:
            assert rule.note, rule.id
            assert "[UNVERIFIED:" in rule.reason.text
        if rule.evidence in ("UNVERIFIED", "READING"):
            assert rule.unverified, rule.id


def test_eo13_rules_start_on_6_february_2026() -> None:
    eo13 = [r for r in list_rules() if "Executive Order 13" in r.citation]
    assert eo13
    for rule in eo13:
        assert rule.effective_from is not None and rule.effective_from >= date(2026, 2, 6), rule.id


def test_rules_version_is_a_stable_hash_of_the_data() -> None:
    assert len(RULES_VERSION) == 16 and int(RULES_VERSION, 16) >= 0
    assert load_ruleset(NYC_DATA_DIR).version == RULES_VERSION


def test_changing_the_rule_data_changes_the_version(tmp_path: Path) -> None:
    copy = tmp_path / "nyc"
    shutil.copytree(NYC_DATA_DIR, copy)
    rules = copy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert "do not agree to anything" in text
    rules.write_text(
        text.replace("do not agree to anything", "never agree to anything", 1), encoding="utf-8"
    )
    other = load_ruleset(copy)
    assert other.version != RULES_VERSION
    decision = decide(parse_request(req(action="enter", requester="ICE")), other)
    assert decision.rules_version == other.version
    assert any("never agree to anything" in step for step in decision.steps)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "    evidence: UNVERIFIED\n    unverified: true",
            "    evidence: UNVERIFIED\n    unverified: false",
            "needs unverified",
        ),
        ("  - id: entry.no_entry\n", "  - id: entry.no_entry\n    colour: red\n", "unknown keys"),
        ("    decision: deny\n", "    decision: maybe\n", "decision must be"),
    ],
)
def test_malformed_rule_data_fails_at_load_time(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    copy = tmp_path / "nyc"
    shutil.copytree(NYC_DATA_DIR, copy)
    rules = copy / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert old in text
    rules.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleDataError, match=message):
        load_ruleset(copy)


def test_every_rule_id_named_in_the_engine_exists_in_the_data() -> None:
    tree = ast.parse(ENGINE_FILE.read_text(encoding="utf-8"))
    ids = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.count(".") >= 1
        and node.value.split(".")[0]
        in {
            "general",
            "documents",
            "entry",
            "staging",
            "hold",
            "release",
            "crimes",
            "disclose",
            "assist",
            "interview",
            "practice",
        }
    }
    assert ids, "no rule ids found"
    assert ids <= set(NYC.rules), sorted(ids - set(NYC.rules))
    assert set(SUPPORTS) <= set(NYC.rules)
    assert {r.id for r in list_rules() if r.kind != "support"} == set(PREDICATES)


# ----------------------------------------------------------------------------- decisions


def test_decision_to_dict_has_exactly_the_contract_fields() -> None:
    decision = decide(parse_request(req(action="enter", requester="ICE")))
    assert set(decision.to_dict()) == {
        "decision", "summary", "reasons", "steps", "unverified", "rules_version",
    }  # fmt: skip
    assert decision.to_dict(trace=True)["trace"] == list(decision.trace)
    for reason in decision.to_dict()["reasons"]:
        assert set(reason) == {"rule", "citation", "text"}


def test_decide_is_deterministic() -> None:
    request = parse_request(req(action="hold", agency="DOC", requester="ICE"))
    assert decide(request) == decide(request)
    assert decide(request).trace == decide(request).trace


def test_decisions_with_unverified_rules_say_so_in_the_reason_text() -> None:
    decision = decide(
        parse_request(req(action="stage", requester="ICE", place={"kind": "parking_lot"}))
    )
    assert decision.unverified
    assert any("[UNVERIFIED:" in r.text for r in decision.reasons)


def test_the_desk_is_never_told_to_allow_anything_but_presence_in_a_public_area() -> None:
    for action in ACTIONS:
        for area in ("public", "non_public", None):
            place = {"area": area} if area else None
            decision: Decision = decide(
                parse_request(req(action=action, requester="ICE", place=place))
            )
            if decision.decision == "allow":
                assert (action, area) == ("enter", "public")


def test_a_hold_is_never_allowed_even_with_every_condition_met() -> None:
    for agency in ("DOC", "NYPD", "DOP"):
        decision = decide(
            parse_request(
                req(
                    agency=agency,
                    requester="ICE",
                    action="hold",
                    documents=[
                        {"kind": "judicial_arrest_warrant", "signed": True, "names_person": True}
                    ],
                    person={
                        "arrest_date": "2026-03-01",
                        "tsdb_match": True,
                        "reentered_after_removal": True,
                    },
                )
            )
        )
        assert decision.decision == "escalate"
