"""What the law or EO 13 makes risky in a collection: a pure function with plain messages.

`risk_flags(collection)` reads only attributes, so it works on a DataCollection or anything
shaped like one (tests pass plain objects).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sanctuary.inventory.categories import by_id

COLLECTION = "NYC Admin. Code §23-1202(b) (collection: written approval; mission or law)"
EO13 = "Mayoral Executive Order 13 (6 Feb 2026) (information sharing)"
RETENTION = "NYC Admin. Code §23-1202 (retention as the law or the mission requires)"
EXIGENT = "NYC Admin. Code §23-1202 (exigent collections reported to the Chief Privacy Officer)"
ACCESS = "NYC Admin. Code §23-1205 (access limits reported biennially)"

# More people than this with access is "wide" unless the purpose says why (our judgement call).
WIDE_ACCESS = 50
_EVERYONE = re.compile(r"\b(all staff|everyone|agency[- ]wide|all employees|public)\b", re.I)


@dataclass(frozen=True)
class Flag:
    code: str
    message: str
    citation: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message, "citation": self.citation}


def risk_flags(collection: Any) -> list[Flag]:
    flags: list[Flag] = []
    cats = {str(f.get("category", "")) for f in (collection.fields or [])}
    sensitive = sorted(c for c in cats if c in by_id() and by_id()[c].sensitive)
    if sensitive and not (collection.need_statement or "").strip():
        names = " and ".join(by_id()[c].label.lower() for c in sensitive)
        flags.append(
            Flag(
                "sensitive_without_need",
                f"Collects {names} without a stated need. Collect it only where the law or the "
                "agency's mission requires it, and say why.",
                f"{COLLECTION}; {EO13}",
            )
        )
    if collection.retention_days is None:
        flags.append(
            Flag(
                "retention_without_end",
                "Keeps the data with no end date. State a retention period.",
                RETENTION,
            )
        )
    if (collection.legal_basis or "none_stated") == "none_stated":
        flags.append(
            Flag(
                "no_legal_basis",
                "No legal basis or mission stated for collecting it.",
                COLLECTION,
            )
        )
    approval = collection.approval_kind or "none"
    if approval == "none" or (
        approval == "written"
        and not ((collection.approved_by_name or "").strip() and collection.approved_on)
    ):
        flags.append(
            Flag(
                "no_written_approval",
                "No written approval from the privacy officer is recorded (name and date).",
                COLLECTION,
            )
        )
    if approval == "exigent" and not collection.exigent_reported_to_cpo_on:
        flags.append(
            Flag(
                "exigent_not_reported",
                "Collected in exigent circumstances but no report to the Chief Privacy Officer "
                "is recorded.",
                EXIGENT,
            )
        )
    access_text = collection.access_description or ""
    if collection.access_count is None and not access_text.strip():
        flags.append(
            Flag("access_not_stated", "Who has access is not stated.", ACCESS),
        )
    elif _EVERYONE.search(access_text) or (
        collection.access_count is not None and collection.access_count > WIDE_ACCESS
    ):
        flags.append(
            Flag(
                "access_wider_than_purpose",
                "Access looks wider than the purpose needs (everyone, or more than "
                f"{WIDE_ACCESS} people). Limit it to the staff the purpose requires.",
                ACCESS,
            )
        )
    return flags
