"""Run the lawyer-readable scenarios in tests/rules/scenarios/*.yaml against the engine.

Each scenario states a request and the expected decision and citations. A lawyer adds one by
copying an entry in the right file (see docs/rules.md); no Python needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sanctuary.rules import NYC, Decision, decide, list_rules, parse_request

SCENARIO_DIR = Path(__file__).parent / "scenarios"
SCENARIO_KEYS = {"name", "why", "request", "expect"}
EXPECT_KEYS = {"decision", "citations", "rules", "not_citations", "steps_mention", "unverified"}


def load_scenarios() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(SCENARIO_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for scenario in data["scenarios"]:
            found.append((f"{path.stem}: {scenario.get('name', '?')}", scenario))
    return found


SCENARIOS = load_scenarios()


def check(scenario: dict[str, Any]) -> Decision:
    """Decide the scenario's request and assert every expectation; returns the decision."""
    expect = scenario["expect"]
    decision = decide(parse_request(scenario["request"]))
    citations = [r.citation for r in decision.reasons]
    rules = {r.rule for r in decision.reasons}
    shown = "\n".join(f"  {r.rule}: {r.citation}" for r in decision.reasons)
    assert decision.decision == expect["decision"], (
        f"expected {expect['decision']}, got {decision.decision}\n{shown}\n{decision.trace}"
    )
    for wanted in expect["citations"]:
        assert any(wanted in c for c in citations), f"no reason cites {wanted!r}:\n{shown}"
    for unwanted in expect.get("not_citations", []):
        assert not any(unwanted in c for c in citations), f"a reason cites {unwanted!r}:\n{shown}"
    for rule in expect.get("rules", []):
        assert rule in rules, f"rule {rule} not among the reasons:\n{shown}"
    for text in expect.get("steps_mention", []):
        assert any(text in step for step in decision.steps), f"no step mentions {text!r}"
    if "unverified" in expect:
        assert decision.unverified is expect["unverified"]
    return decision


@pytest.mark.parametrize("scenario", [s for _, s in SCENARIOS], ids=[i for i, _ in SCENARIOS])
def test_scenario(scenario: dict[str, Any]) -> None:
    check(scenario)


def test_there_are_at_least_80_scenarios_each_with_a_name_a_why_and_citations() -> None:
    assert len(SCENARIOS) >= 80
    names = [name for name, _ in SCENARIOS]
    assert len(names) == len(set(names)), "scenario names must be unique"
    for name, scenario in SCENARIOS:
        assert set(scenario) == SCENARIO_KEYS, name
        assert set(scenario["expect"]) <= EXPECT_KEYS, name
        assert scenario["why"].strip(), name
        if scenario["expect"]["decision"] != "allow":
            assert scenario["expect"]["citations"], f"{name}: deny and escalate need citations"


def test_every_rule_in_the_data_is_exercised_by_some_scenario() -> None:
    used: set[str] = set()
    for _, scenario in SCENARIOS:
        used |= {r.rule for r in decide(parse_request(scenario["request"])).reasons}
    unused = {rule.id for rule in list_rules()} - used
    assert not unused, f"rules no scenario reaches: {sorted(unused)}"


def test_every_deciding_rule_decides_at_least_one_scenario() -> None:
    deciders: set[str] = set()
    for _, scenario in SCENARIOS:
        deciders.add(decide(parse_request(scenario["request"])).reasons[0].rule)
    deciding = {r.id for r in list_rules() if r.kind != "support"}
    assert not deciding - deciders, f"never decides a scenario: {sorted(deciding - deciders)}"


def test_every_crime_list_is_matched_by_some_scenario() -> None:
    used: set[str] = set()
    for _, scenario in SCENARIOS:
        used |= {r.rule for r in decide(parse_request(scenario["request"])).reasons}
    for lst in NYC.crimes.lists:
        assert lst.rule in used, lst.id


def test_a_wrong_expectation_fails() -> None:
    """The runner itself can fail: flip one scenario's expected decision."""
    _, scenario = SCENARIOS[0]
    wrong = {**scenario, "expect": {**scenario["expect"], "decision": "allow"}}
    with pytest.raises(AssertionError):
        check(wrong)
