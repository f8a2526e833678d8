"""`sanctuary decide` and `sanctuary rules list`: exit codes, stdout/stderr, JSON vs human output.

The commands run through sanctuary.cli.main with only these two command modules registered, so
the tests do not depend on Django or on the other commands.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sanctuary import cli
from sanctuary.rules import NYC, RULES_VERSION, list_rules

VALID = {"as_of": "2026-03-02", "agency": "DHS", "requester": "ICE", "action": "enter",
         "place": {"kind": "shelter", "area": "non_public"}}  # fmt: skip
PUBLIC = {"as_of": "2026-03-02", "action": "enter", "place": {"area": "public"}}
HOLD = {"as_of": "2026-03-02", "agency": "DOC", "requester": "ICE", "action": "hold"}


@pytest.fixture(autouse=True)
def only_rules_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("decide", "rules"))


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    stdin: str | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_one_request_in_gives_one_json_object_out(capsys: Any, monkeypatch: Any) -> None:
    status, out, err = run(capsys, monkeypatch, ["decide", "-", "--json"], json.dumps(VALID))
    assert status == 0 and err == ""
    decision = json.loads(out)
    assert decision["decision"] == "deny"
    assert decision["rules_version"] == RULES_VERSION
    assert set(decision) == {
        "decision",
        "summary",
        "reasons",
        "steps",
        "unverified",
        "rules_version",
    }


def test_a_list_in_gives_a_list_out_in_the_same_order(capsys: Any, monkeypatch: Any) -> None:
    batch = [PUBLIC, VALID, HOLD, PUBLIC]
    status, out, _ = run(capsys, monkeypatch, ["decide", "-", "--json"], json.dumps(batch))
    assert status == 0
    decisions = json.loads(out)
    assert [d["decision"] for d in decisions] == ["allow", "deny", "deny", "allow"]
    assert decisions[2]["reasons"][0]["rule"] == "hold.doc.base"


def test_a_list_of_one_still_gives_a_list(capsys: Any, monkeypatch: Any) -> None:
    _, out, _ = run(capsys, monkeypatch, ["decide", "-", "--json"], json.dumps([VALID]))
    assert isinstance(json.loads(out), list)


def test_human_output_puts_the_decision_and_summary_first_then_steps_then_reasons(
    capsys: Any, monkeypatch: Any
) -> None:
    status, out, _ = run(capsys, monkeypatch, ["decide", "-"], json.dumps(VALID))
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == "DENY: SAY NO"
    assert out.index("What to do now:") < out.index("  1. ") < out.index("Why:")
    assert "NYC Admin. Code §4-210" in out
    assert f"Rules version: {RULES_VERSION}" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_human_output_warns_when_a_rule_is_unverified(capsys: Any, monkeypatch: Any) -> None:
    staging = {
        "as_of": "2026-03-02",
        "requester": "ICE",
        "action": "stage",
        "place": {"kind": "parking_lot"},
    }
    _, out, _ = run(capsys, monkeypatch, ["decide", "-"], json.dumps(staging))
    assert "\nUNVERIFIED:" in out and "staging.eo13_city_lots" in out


def test_trace_is_added_only_when_asked(capsys: Any, monkeypatch: Any) -> None:
    _, out, _ = run(capsys, monkeypatch, ["decide", "-", "--json", "--trace"], json.dumps(VALID))
    assert "entry.no_entry: applies -> deny" in json.loads(out)["trace"]


def test_reads_a_file(tmp_path: Path, capsys: Any, monkeypatch: Any) -> None:
    path = tmp_path / "request.json"
    path.write_text(json.dumps(HOLD), encoding="utf-8")
    status, out, _ = run(capsys, monkeypatch, ["decide", str(path), "--json"])
    assert status == 0 and json.loads(out)["decision"] == "deny"


@pytest.mark.parametrize(
    ("stdin", "named"),
    [
        (json.dumps({"as_of": "yesterday"}), "as_of: expected a date as YYYY-MM-DD"),
        (json.dumps({"as_of": "2026-03-02", "action": "arrest"}), "action: expected one of"),
        (json.dumps({"as_of": "2026-03-02", "colour": "red"}), "colour: expected no such field"),
        (
            json.dumps([VALID, {"as_of": "2026-03-02", "documents": [{"kind": "x"}]}]),
            "[1].documents[0].kind: expected",
        ),
        ("{not json", "input: expected JSON"),
        ("42", "input: expected a JSON object or a list"),
    ],
)
def test_invalid_input_exits_2_names_the_field_and_prints_nothing_to_stdout(
    capsys: Any, monkeypatch: Any, stdin: str, named: str
) -> None:
    status, out, err = run(capsys, monkeypatch, ["decide", "-", "--json"], stdin)
    assert status == 2
    assert out == ""
    assert named in err
    assert err.startswith("sanctuary decide: ")


def test_a_bad_request_late_in_a_list_prints_no_decisions_at_all(
    capsys: Any, monkeypatch: Any
) -> None:
    batch = [VALID] * 5 + [{"as_of": "2026-03-02", "purpose": "deportation"}]
    status, out, err = run(capsys, monkeypatch, ["decide", "-"], json.dumps(batch))
    assert (status, out) == (2, "")
    assert "[5].purpose" in err


def test_a_missing_file_exits_2(capsys: Any, monkeypatch: Any, tmp_path: Path) -> None:
    status, out, err = run(capsys, monkeypatch, ["decide", str(tmp_path / "nope.json")])
    assert (status, out) == (2, "")
    assert "FILE: expected a readable file" in err


def test_rules_list_prints_every_rule_with_citation_dates_and_status(
    capsys: Any, monkeypatch: Any
) -> None:
    status, out, _ = run(capsys, monkeypatch, ["rules", "list"])
    assert status == 0
    for rule in list_rules():
        assert rule.id in out
    assert "UNVERIFIED" in out and "verified (V)" in out
    assert "2026-02-06" in out and "about 2014-12-01" in out
    assert "39 RCNY §2-01" in out and "265.02(8)" in out


def test_rules_list_json_is_complete(capsys: Any, monkeypatch: Any) -> None:
    _, out, _ = run(capsys, monkeypatch, ["rules", "list", "--json"])
    data = json.loads(out)
    assert data["rules_version"] == RULES_VERSION
    assert [r["id"] for r in data["rules"]] == list(NYC.rules)
    for rule in data["rules"]:
        assert {"id", "citation", "text", "effective_from", "effective_to", "verified"} <= set(rule)
    assert {lst["id"] for lst in data["crime_lists"]} == {lst.id for lst in NYC.crimes.lists}


def test_the_commands_do_not_start_django() -> None:
    code = (
        "import sys, json, sanctuary.cli as c; c.COMMAND_MODULES = ('decide', 'rules'); "
        "status = c.main(['decide', '-', '--json']); "
        "assert 'django' not in sys.modules, 'django was imported'; sys.exit(status)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(VALID),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["decision"] == "deny"


def test_a_real_process_keeps_errors_on_stderr_and_exits_2() -> None:
    code = "import sys, sanctuary.cli as c; c.COMMAND_MODULES = ('decide',); sys.exit(c.main(['decide', '-']))"
    done = subprocess.run(
        [sys.executable, "-c", code],
        input='{"as_of": "2026-03-02", "place": {"area": "inside"}}',
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "place.area: expected one of public, non_public" in done.stderr
