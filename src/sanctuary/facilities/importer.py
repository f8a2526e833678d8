"""Facilities from CSV: every row is checked first; then all are imported in one transaction, or none.

Columns (docs/facilities.md): name, kind, agency, address, borough, public_areas,
non_public_areas, counsel_name, counsel_phone, counsel_email, privacy_officer_name,
privacy_officer_phone, privacy_officer_email. The first five are required. A row whose name
and agency match an existing facility updates it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from sanctuary.agencies.models import Agency
from sanctuary.facilities.models import Borough, Facility, FacilityKind

REQUIRED = ("name", "kind", "agency", "address", "borough")
OPTIONAL = (
    "public_areas",
    "non_public_areas",
    "counsel_name",
    "counsel_phone",
    "counsel_email",
    "privacy_officer_name",
    "privacy_officer_phone",
    "privacy_officer_email",
)
COLUMNS = REQUIRED + OPTIONAL
MAX_ROWS = 10_000
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: column {self.column}: {self.message}"


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        super().__init__("; ".join(str(e) for e in errors[:5]))
        self.errors = errors


@dataclass
class ImportResult:
    created: int
    updated: int


def _max_length(field: str) -> int:
    return Facility._meta.get_field(field).max_length or 10_000


def parse(data: bytes | str, *, allowed_agencies: set[str] | None = None) -> list[dict[str, Any]]:
    """Validated rows, or ImportFailed listing every problem as `line N: column X: message`."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise ImportFailed([RowError(1, "file", "the file is larger than 5 MB")])
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportFailed([RowError(1, "file", "the file is not UTF-8 text")]) from None
    reader = csv.DictReader(io.StringIO(data, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    errors = [RowError(1, c, "required column is missing") for c in missing]
    errors += [RowError(1, c, "unknown column") for c in unknown]
    if errors:
        raise ImportFailed(errors)
    reader.fieldnames = header
    agencies = {a.acronym: a for a in Agency.objects.all()}
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str], int] = {}
    try:
        for record in reader:
            line = reader.line_num
            if len(rows) >= MAX_ROWS:
                raise ImportFailed([RowError(line, "file", f"more than {MAX_ROWS} rows")])
            if None in record:
                errors.append(RowError(line, "row", "more values than columns"))
                continue
            row = {k: (v or "").strip() for k, v in record.items()}
            if not any(row.values()):
                continue
            errors += _check(row, line, agencies, allowed_agencies)
            key = (row["name"].lower(), row["agency"])
            if key in seen:
                errors.append(RowError(line, "name", f"same name and agency as line {seen[key]}"))
            seen[key] = line
            rows.append({**row, "_line": line})
    except csv.Error as error:
        errors.append(RowError(reader.line_num, "file", f"not valid CSV ({error})"))
    if errors:
        raise ImportFailed(errors)
    if not rows:
        raise ImportFailed([RowError(2, "file", "no facilities in the file")])
    for row in rows:
        row["agency"] = agencies[row["agency"]]
    return rows


def _check(
    row: dict[str, str], line: int, agencies: dict[str, Any], allowed: set[str] | None
) -> list[RowError]:
    errors = []
    for column in REQUIRED:
        if not row.get(column):
            errors.append(RowError(line, column, "required"))
    for column in COLUMNS:
        if column in row and len(row[column]) > _max_length(column):
            errors.append(RowError(line, column, f"longer than {_max_length(column)} characters"))
    if row.get("kind") and row["kind"] not in FacilityKind.values:
        errors.append(RowError(line, "kind", f"expected one of {', '.join(FacilityKind.values)}"))
    if row.get("borough") and row["borough"] not in Borough.values:
        errors.append(RowError(line, "borough", f"expected one of {', '.join(Borough.values)}"))
    if row.get("agency"):
        if row["agency"] not in agencies:
            errors.append(RowError(line, "agency", "unknown agency acronym"))
        elif allowed is not None and row["agency"] not in allowed:
            errors.append(RowError(line, "agency", "not your agency"))
    for column in ("counsel_email", "privacy_officer_email"):
        if row.get(column):
            try:
                validate_email(row[column])
            except ValidationError:
                errors.append(RowError(line, column, "not an e-mail address"))
    return errors


def import_rows(rows: list[dict[str, Any]]) -> ImportResult:
    created = updated = 0
    with transaction.atomic():
        for row in rows:
            values = {k: row.get(k, "") for k in COLUMNS if k not in ("name", "agency")}
            _, made = Facility.objects.update_or_create(
                name=row["name"], agency=row["agency"], defaults=values
            )
            created += made
            updated += not made
    return ImportResult(created, updated)


def import_csv(data: bytes | str, *, allowed_agencies: set[str] | None = None) -> ImportResult:
    return import_rows(parse(data, allowed_agencies=allowed_agencies))
