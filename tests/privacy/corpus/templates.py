"""Document templates. "*_a" templates are the dev split, "*_b" the eval split.

Each template returns a list of (text, labels, prefix): one item for a prose or form document,
one per non-empty cell for a CSV extract (prefix = the column header, as the scanner sees it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tests.privacy.corpus.fake import COUNTRIES, STATUS, STATUS_PHRASES, Fake

Out = list[tuple[str, list[Any], str]]
ORGS = [
    "Legal Aid Society", "Human Resources Administration", "Jackson Heights office",
    "Make the Road New York", "Catholic Charities", "Washington Heights clinic",
    "Department of Social Services", "Flushing Public Library", "Bronx Defenders",
]  # fmt: skip
STAFF_ROLE = ["Caseworker", "Case manager", "Paralegal", "Counselor"]


def _pron(rng: random.Random) -> tuple[str, str]:
    return rng.choice([("She", "her"), ("He", "his")])


def case_note_a(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    he, his = _pron(r)
    b.t(f"Case note, {f.recent_date()}. Met with client ").pii("PERSON", name)
    b.t(f" at the {r.choice(ORGS)}. {he} was born in ").pii(
        "COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[0]
    )
    b.t(" and came to New York in 2019. ")
    b.t(f"{he} is ").marked("IMMIGRATION_STATUS", r.choice(STATUS)).t(". ")
    b.t(f"{his.capitalize()} A-number is ").pii("A_NUMBER", f.a_number()).t(". ")
    b.t("Best phone: ").pii("PHONE", f.phone()).t(". ")
    if r.random() < 0.7:
        b.t(f"{he} lives at ").pii("ADDRESS", f.address()).t(" with ")
        b.t(r.choice(["two children", "a cousin", "her sister", "his brother"])).t(". ")
    b.t("Next hearing on ").t(f.recent_date()).t(f", {f.case_number()}. ")
    surname = name.split()[-1]
    b.t(r.choice(["Ms. ", "Mr. "])).pii("PERSON", surname).t(
        " asked about rent arrears of $1,250.\n"
    )
    if r.random() < 0.6:
        b.t("DOB ").pii("DATE_OF_BIRTH", f.date()).t("; SSN ").pii("SSN", f.ssn()).t(".\n")
    b.t(f"{r.choice(STAFF_ROLE)}: ").pii("PERSON", f.full_name()).t("\n")
    return [(b.text(), b.labels, "")]


def case_note_b(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    he, his = _pron(r)
    given = name.split()[0]
    b.t(f"{f.recent_date()} - Phone call from ").pii("PERSON", name).t(" (callback ")
    b.pii("PHONE", f.phone()).t(f"). {he} says {he.lower()} ")
    b.marked("IMMIGRATION_STATUS", r.choice(STATUS_PHRASES)).t(
        " and is worried about a letter from ICE. "
    )
    b.t("Native of ").pii("COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[0]).t(
        f"; {his} date of birth is "
    )
    b.pii("DATE_OF_BIRTH", f.date()).t(". ")
    b.t("USCIS receipt ").pii("USCIS_RECEIPT", f.receipt()).t(" was mailed to ")
    b.pii("ADDRESS", f.address()).t(". ")
    b.pii("PERSON", given).t(r.choice([" will bring", " promised to bring", " can bring"]))
    b.t(" the I-94 (admission number ").pii("I94", f.i94()).t(") and ")
    b.t("passport ").pii("PASSPORT", f.passport()).t(" to the appointment on ").t(
        f.recent_date()
    ).t(". ")
    b.t(f"Reference {f.case_number()}; ZIP+4 on file 11373-{f.digits(4)}. ")
    b.t("Email: ").pii("EMAIL", f.email(name)).t("\n")
    b.t("Spoke with ").pii("PERSON", f.full_name()).t(
        f" of the {r.choice(ORGS)} about Form I-589.\n"
    )
    return [(b.text(), b.labels, "")]


def intake_form_a(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    b.t(f"INTAKE FORM  {f.case_number()}\n")
    b.t("Name: ").pii("PERSON", name).t("\n")
    b.t("Date of birth: ").pii("DATE_OF_BIRTH", f.date()).t("\n")
    b.t("Country of birth: ").pii("COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[0]).t("\n")
    b.t("Address: ").pii("ADDRESS", f.address()).t("\n")
    b.t("Phone: ").pii("PHONE", f.phone()).t("\n")
    b.t("Email: ").pii("EMAIL", f.email(name)).t("\n")
    b.t("SSN: ").pii("SSN", f.ssn()).t("\n") if r.random() < 0.5 else b.t("ITIN: ").pii(
        "ITIN", f.itin()
    ).t("\n")
    b.t("A-Number: ").pii("A_NUMBER", f.a_number()).t("\n")
    b.t("Passport No.: ").pii("PASSPORT", f.passport()).t("\n")
    b.t("IDNYC: ").pii("IDNYC", f.idnyc()).t("\n")
    b.t("Immigration status: ").marked("IMMIGRATION_STATUS", r.choice(STATUS)).t("\n")
    b.t(f"Intake date: {f.recent_date()}\nLanguage: Spanish\n")
    b.t("Emergency contact: ").pii("PERSON", f.full_name()).t(", ").pii("PHONE", f.phone()).t("\n")
    return [(b.text(), b.labels, "")]


def intake_form_b(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    parts = name.split()
    b.t("CLIENT REGISTRATION / REGISTRO DE CLIENTE\n")
    b.t("Apellido(s): ").pii("PERSON", parts[-1]).t("    Nombre(s): ").pii(
        "PERSON", " ".join(parts[:-1])
    ).t("\n")
    b.t("Fecha de nacimiento: ").pii(
        "DATE_OF_BIRTH", f.date_es() if r.random() < 0.5 else f.date()
    ).t("\n")
    b.t("Nacionalidad: ").pii("COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[1]).t("\n")
    b.t("Dirección: ").pii("ADDRESS", f.address()).t("\n")
    b.t("Teléfono: ").pii("PHONE", f.phone()).t("   Correo: ").pii("EMAIL", f.email(name)).t("\n")
    b.t("Alien Registration Number: ").pii("A_NUMBER", f.a_number()).t("\n")
    b.t("I-94 No.: ").pii("I94", f.i94()).t("\n")
    b.t("USCIS Receipt #: ").pii("USCIS_RECEIPT", f.receipt()).t("\n")
    if r.random() < 0.5:
        b.t("Social Security: ").pii("SSN", f.ssn()).t("\n")
    else:
        b.t("Taxpayer ID (ITIN): ").pii("ITIN", f.itin()).t("\n")
    b.t("IDNYC card number: ").pii("IDNYC", f.idnyc()).t("\n")
    b.t("Status: ").marked("IMMIGRATION_STATUS", r.choice(STATUS)).t("\n")
    b.t(f"Household size: {r.randint(1, 7)}   Monthly income: ${r.randint(0, 4000)}\n")
    b.t(f"Appointment: {f.recent_date()} at 10:30   File: {f.case_number()}\n")
    b.t("Signed: ").pii("PERSON", name).t("\n")
    return [(b.text(), b.labels, "")]


def letter_a(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    surname = name.split()[-1]
    b.t(f"{f.recent_date()}\n\n").pii("PERSON", name).t("\n").pii("ADDRESS", f.address()).t("\n\n")
    b.t(f"Re: {f.case_number()}\n\nDear {r.choice(['Ms.', 'Mr.'])} ").pii("PERSON", surname).t(
        ",\n\n"
    )
    b.t(f"We write about your application for rental assistance filed on {f.recent_date()}. ")
    b.t("Our records show your A# as ").pii("A_NUMBER", f.a_number()).t(" and that you are ")
    b.marked("IMMIGRATION_STATUS", r.choice(STATUS)).t(". ")
    b.t("Please call us at ").pii("PHONE", "212-555-0100").t(" or write to ").pii(
        "EMAIL", f.email(name)
    ).t(". ")
    b.t("Bring your passport (number ").pii("PASSPORT", f.passport()).t(") to the appointment.\n\n")
    b.t("Sincerely,\n\n").pii("PERSON", f.full_name()).t(
        f"\n{r.choice(STAFF_ROLE)}, {r.choice(ORGS)}\n"
    )
    return [(b.text(), b.labels, "")]


def letter_b(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    name = f.full_name()
    b.t("To whom it may concern:\n\n")
    b.t("I have known ").pii("PERSON", name).t(f" for {r.randint(2, 15)} years. ")
    b.t(r.choice(["She", "He"])).t(" was born on ").pii("DATE_OF_BIRTH", f.date()).t(" in ")
    b.t(r.choice(["a small town", "the capital"])).t(" and is a citizen of ")
    b.pii("COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[0]).t(". ")
    b.t(f"Since {r.randint(2015, 2023)} {r.choice(['she', 'he'])} has lived at ").pii(
        "ADDRESS", f.address()
    )
    b.t(r.choice([". ", " and works nearby. "]))
    b.t("I understand that the family is ").marked("IMMIGRATION_STATUS", r.choice(STATUS)).t(". ")
    b.t("Our congregation has supported them with groceries since the hearing on ").t(
        f.recent_date()
    ).t(". ")
    b.t("You can reach me at ").pii("PHONE", f.phone()).t(" or ").pii("EMAIL", f.email()).t(".\n\n")
    b.t("Respectfully,\n").pii("PERSON", f.full_name()).t("\nPastor, St. Mary's Church\n")
    return [(b.text(), b.labels, "")]


def _csv(rows: list[list[tuple[str | None, str]]], header: list[str]) -> Out:
    """Cells as segments; each cell is (type or None, value)."""
    out: Out = []
    from tests.privacy.corpus import Label

    for row in rows:
        for column, (type_, value) in enumerate(row):
            if not value:
                continue
            labels = [Label(0, len(value), type_)] if type_ else []
            out.append((value, labels, f"{header[column].replace('_', ' ')}: "))
    return out


def csv_extract_a(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["case_id", "client_name", "dob", "phone", "address", "a_number", "status", "opened"]
    rows = []
    for _ in range(5):
        status = r.choice(STATUS).split("[")[1].split("]")[0]
        rows.append([
            (None, f"C-{f.digits(6)}"), ("PERSON", f.full_name()), ("DATE_OF_BIRTH", f.date()),
            ("PHONE", f.phone()), ("ADDRESS", f.address()), ("A_NUMBER", f.a_number()),
            ("IMMIGRATION_STATUS", status), (None, f.recent_date()),
        ])  # fmt: skip
    return _csv(rows, header)


def csv_extract_b(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["record", "last_name", "first_name", "birth_date", "country_of_birth", "ssn",
              "email", "home_address", "receipt_no", "notes"]  # fmt: skip
    rows = []
    for _ in range(5):
        name = f.full_name().split()
        note_status = r.choice(STATUS)
        prefix, rest = note_status.split("[")
        term, suffix = rest.split("]")
        note = f"client is {prefix}{term}{suffix}"
        rows.append([
            (None, str(r.randint(1000, 99999))), ("PERSON", name[-1]), ("PERSON", " ".join(name[:-1])),
            ("DATE_OF_BIRTH", f.date()), ("COUNTRY_OF_BIRTH", r.choice(COUNTRIES)[0]),
            ("SSN", f.ssn()), ("EMAIL", f.email(" ".join(name))), ("ADDRESS", f.address()),
            ("USCIS_RECEIPT", f.receipt()), (None, note),
        ])  # fmt: skip
        # The note cell holds a status term at a known offset.
        start = len("client is ") + len(prefix)
        rows[-1][-1] = ("NOTE", note, start, start + len(term))  # type: ignore[call-overload]
    out: Out = []
    from tests.privacy.corpus import Label

    for row in rows:
        for column, cell in enumerate(row):
            if cell[0] == "NOTE":
                _, value, s, e = cell  # type: ignore[misc]
                out.append((value, [Label(s, e, "IMMIGRATION_STATUS")], f"{header[column]}: "))
                continue
            type_, value = cell
            labels = [Label(0, len(value), type_)] if type_ else []
            out.append((value, labels, f"{header[column].replace('_', ' ')}: "))
    return out


TEMPLATES: dict[str, tuple[str, Callable[..., Out]]] = {
    "case_note_a": ("dev", case_note_a),
    "case_note_b": ("eval", case_note_b),
    "intake_form_a": ("dev", intake_form_a),
    "intake_form_b": ("eval", intake_form_b),
    "letter_a": ("dev", letter_a),
    "letter_b": ("eval", letter_b),
    "csv_extract_a": ("dev", csv_extract_a),
    "csv_extract_b": ("eval", csv_extract_b),
}
