"""Document templates. "*_a" templates are the dev split, "*_b" the eval split, "*_c" the fresh
split (written 2026-12-02, after the scanner; measured once blind, then tuned against), "*_d"
the holdout split (in holdout.py, registered at the end of this file; blind, for the final
measurement: not to be read while working on the scanner).

Each template returns a list of (text, labels, prefix): one item for a prose or form document,
one per non-empty cell for a CSV extract (prefix = the column header, as the scanner sees it).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tests.privacy.corpus.archive import ARCHIVE_TEMPLATES
from tests.privacy.corpus.cabinet import CABINET_TEMPLATES
from tests.privacy.corpus.dossier import DOSSIER_TEMPLATES
from tests.privacy.corpus.fake import (
    COUNTRIES,
    FRESH_COUNTRIES,
    FRESH_PARTICLE_SURNAMES,
    FRESH_PLACES,
    FRESH_STATUS,
    FRESH_STATUS_CODES,
    FRESH_STATUS_ES,
    FRESH_UNITS,
    STATUS,
    STATUS_PHRASES,
    Fake,
    FreshFake,
    FreshName,
    ascii_upper,
)
from tests.privacy.corpus.final import FINAL_TEMPLATES
from tests.privacy.corpus.folio import FOLIO_TEMPLATES
from tests.privacy.corpus.holdout import HOLDOUT_TEMPLATES
from tests.privacy.corpus.ledger import LEDGER_TEMPLATES
from tests.privacy.corpus.parchment import PARCHMENT_TEMPLATES
from tests.privacy.corpus.quarto import QUARTO_TEMPLATES
from tests.privacy.corpus.quire import QUIRE_TEMPLATES
from tests.privacy.corpus.sealed import SEALED_TEMPLATES
from tests.privacy.corpus.tome import TOME_TEMPLATES
from tests.privacy.corpus.unseen import UNSEEN_TEMPLATES
from tests.privacy.corpus.vault import VAULT_TEMPLATES

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


# -- fresh split ("*_c"), written 2026-12-02 --------------------------------------------------
# Written after the scanner and without reading its recognizers, closer to real agency files:
# lines wrapped mid-sentence and inside addresses, a scan's misreads in unlabelled prose,
# names without cue words, in lists, "LAST, First" and capitals, Spanish mixed with English.

FRESH_ORGS = [
    "Make the Road New York", "Catholic Charities", "NMIC", "CAMBA", "Chhaya CDC", "Adhikaar",
    "La Colmena", "Sauti Yetu", "Henry Street Settlement", "Jacob A. Riis Neighborhood Settlement",
    "St. Rita's Center for Immigrant and Refugee Services", "Elmhurst Hospital social work",
    "Lincoln Hospital", "Hostos Community College", "the Legal Aid Society", "ActionNYC",
]  # fmt: skip
FRESH_ROLES = ["Case Manager", "Caseworker II", "Paralegal", "Social Worker, LMSW", "Navigator",
               "Job Opportunity Specialist"]  # fmt: skip
RELATIVES = [("husband", "esposo"), ("wife", "esposa"), ("partner", "pareja"),
             ("brother", "hermano"), ("sister", "hermana"), ("cousin", "primo")]  # fmt: skip


def _family(name: FreshName) -> str:
    """The surname a relative would share: the first of two, or the whole "de la Cruz"."""
    return name.surname if name.surname in FRESH_PARTICLE_SURNAMES else name.surname.split()[0]


def _mark(b: Any, type_: str, phrase: str) -> Any:
    """Like `Builder.marked`, but the bracketed part may hold a line break."""
    head, rest = phrase.split("[", 1)
    term, tail = rest.split("]", 1)
    return b.t(head).pii(type_, term).t(tail)


def case_note_c(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FreshFake(r)
    b = B()
    client, other, worker = x.name(), x.name(), x.name()
    child = x.given()
    pro, pos = r.choice([("she", "her"), ("he", "his")])
    rel, rel_es = r.choice(RELATIVES)
    country = r.choice(FRESH_COUNTRIES)
    spanish = r.random() < 0.4

    b.t(f"{r.choice(['PROGRESS NOTE', 'CASE NOTE', 'Contact Note'])}  {x.case_number()}  ")
    b.t(f"{x.recent_date()}\n")
    a_in_header = r.random() < 0.4
    if a_in_header:
        b.t("RE: ").pii("PERSON", client.caps).t(" / ").pii("A_NUMBER", x.a_number()).t("\n\n")
    else:
        b.t("Client: ").pii("PERSON", client.caps_last_first).t("    Worker: ")
        b.pii("PERSON", worker.staff_code).t("\n\n")

    opening = r.randrange(3)
    if opening == 0:
        b.pii("PERSON", client.first).t(f" came in today with {pos} {rel}, ")
        b.pii("PERSON", x.wrap(other.natural, 0.2)).t(", and their youngest, ").pii("PERSON", child)
        b.t(f" ({r.randint(3, 15)}).  ")
    elif opening == 1:
        b.t("Present: ").pii("PERSON", client.natural).t(", ").pii("PERSON", other.natural)
        b.t(" and ").pii("PERSON", x.name().natural).t(" (interpreter, by phone).\n")
    else:
        b.t("Home visit. ").pii("PERSON", client.first).t(" and ").pii("PERSON", other.first)
        b.t(" were there;  ").pii("PERSON", child).t(" was at school. ")

    if spanish:
        b.t("Cliente dice que ")
        _mark(b, "IMMIGRATION_STATUS", x.wrap(r.choice(FRESH_STATUS_ES), 0.1))
        b.t(" y tiene miedo de ir a\nla cita. Vive en ").pii("ADDRESS", x.address(wrap=0.3))
        b.t(f" con su {rel_es} y paga {x.money()} al mes. Nació en ")
        b.pii("COUNTRY_OF_BIRTH", country[1]).t(" el ").pii("DATE_OF_BIRTH", x.dob_es())
        b.t(".\n")
    else:
        b.t(f"{pro.capitalize()} says {pro} ")
        _mark(b, "IMMIGRATION_STATUS", x.wrap(r.choice(FRESH_STATUS), 0.15))
        b.t(" and is\nworried about the letter from ICE. ")
        if r.random() < 0.5:
            b.t(f"{pro.capitalize()} was born ").pii("DATE_OF_BIRTH", x.dob()).t(" in ")
            b.pii("COUNTRY_OF_BIRTH", country[0]).t(f", came to NY in {r.randint(2016, 2025)}. ")
        else:
            b.t("DOB ").pii("DATE_OF_BIRTH", x.dob()).t(", ").pii("COUNTRY_OF_BIRTH", country[3])
            b.t(" national. ")
        b.t("Lives at ").pii("ADDRESS", x.address(wrap=0.3)).t(f" with {r.randint(2, 7)} others,")
        b.t(f" rent {x.money()}, owes {x.money()}\nin arrears.\n")

    ids = []
    if not a_in_header:
        ids.append(("A_NUMBER", x.a_number(), ""))
    ids.append(("USCIS_RECEIPT", x.receipt(), "rcpt "))
    if r.random() < 0.4:
        ids.append(("I94", x.i94(), "I-94 "))
    if r.random() < 0.4:
        ids.append(("PASSPORT", x.passport(), "PP "))
    for i, (type_, value, cue) in enumerate(ids):
        b.t(" / " if i else "").t(cue).pii(type_, value)
    b.t(f" (I-589 filed {x.recent_date()})\n")

    contact = r.randrange(3)
    if contact == 0:
        b.t("New cell ").pii("PHONE", x.phone()).t(" (WhatsApp), ok to leave msg. ")
    elif contact == 1:
        b.t("Callback: ").pii("PHONE", x.phone()).t("; ").t(f"{pos} {rel}'s WhatsApp ")
        b.pii("PHONE", x.phone_abroad()).t(". ")
    else:
        b.t("Tel ").pii("PHONE", x.phone()).t(" no contesta, dejé mensaje. ")

    distractor = r.randrange(3)
    if distractor == 0:
        b.t(f"Next MCH {x.ocr(x.recent_date())} 8:30am, 26 Federal Plaza, 12th Fl.")
    elif distractor == 1:
        b.t(f"Referred to {r.choice(FRESH_ORGS)} re: {x.case_number()}.")
    else:
        b.t(f"ZIP+4 on the notice: 1{r.randint(1354, 1436)}-{x.digits(4)}; fee {x.money()}.")
    b.t("\n\n")
    if r.random() < 0.5:
        b.t("-- ").pii("PERSON", worker.natural).t(f", {r.choice(FRESH_ROLES)}\n")
    else:
        b.t("Signed: ").pii("PERSON", worker.initial_last).t(f" ({r.choice(FRESH_ROLES)})\n")
    return [(b.text(), b.labels, "")]


def intake_form_c(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FreshFake(r)
    b = B()
    client, contact, worker = x.name(), x.name(), x.name()
    country = r.choice(FRESH_COUNTRIES)
    org = r.choice(FRESH_ORGS)

    b.t(f"{ascii_upper(org)} -- CLIENT INTAKE / ADMISION        Page {x.ocr('1')} of 2\n")
    b.t(f"Case No.: {x.case_number()}     Intake date: {x.recent_date()}\n")
    b.t("-" * 64 + "\n")
    b.t("1. Last name / Apellido(s): ").pii("PERSON", ascii_upper(client.surname))
    b.t("      First / Nombre: ").pii("PERSON", client.given).t("\n")
    b.t("2. Other names used: ")
    if r.random() < 0.3:
        b.pii("PERSON", f"{client.first} {x.surname()}").t(" (a.k.a.)\n")
    else:
        b.t("N/A\n")
    b.t("3. DOB / Fecha de nac.: ").pii("DATE_OF_BIRTH", x.dob())
    b.t(f"     Sex: {r.choice('FM')}\n")
    if r.random() < 0.6:
        b.t("4. Country of birth / País de nacimiento: ")
        b.pii("COUNTRY_OF_BIRTH", r.choice([country[0], ascii_upper(country[0])])).t("\n")
    else:
        b.t("4. Nationality: ").pii("COUNTRY_OF_BIRTH", country[3]).t("\n")
    b.t("5. Home address / Dirección: ")
    b.pii("ADDRESS", x.address(wrap=0.6, indent=" " * 29)).t("\n")
    b.t("6. Phone (cell): ").pii("PHONE", x.phone())
    if r.random() < 0.5:
        b.t("    Alt / Otro: ").pii("PHONE", x.phone()).t("\n")
    else:
        b.t("    Alt / Otro: none\n")
    b.t("7. E-mail: ")
    if r.random() < 0.75:
        b.pii("EMAIL", x.email(client)).t("\n")
    else:
        b.t("no tiene\n")
    if r.random() < 0.5:
        b.t("8. SSN / ITIN: ").pii("SSN", x.ssn()).t("\n")
    else:
        b.t("8. SSN / ITIN: ").pii("ITIN", x.itin()).t(" (ITIN)\n")
    b.t("9. A# (if any): ")
    if r.random() < 0.85:
        b.pii("A_NUMBER", x.a_number()).t("\n")
    else:
        b.t("none / no tiene\n")
    b.t("10. USCIS receipt #(s): ").pii("USCIS_RECEIPT", x.receipt()).t(" (I-589)")
    if r.random() < 0.4:
        b.t(", ").pii("USCIS_RECEIPT", x.receipt()).t(" (I-765)")
    b.t("\n11. I-94 #: ").pii("I94", x.i94()).t("     Passport #: ").pii("PASSPORT", x.passport())
    b.t("\n12. IDNYC #: ").pii("IDNYC", x.idnyc()).t("\n")
    b.t("13. Immigration status (as stated): ")
    _mark(b, "IMMIGRATION_STATUS", r.choice(FRESH_STATUS)).t("\n")
    b.t("14. Household members / Miembros del hogar:\n")
    b.t("      Name                        Relationship    DOB\n")
    family = _family(client)
    for relation in r.sample(["spouse", "son", "daughter", "mother", "nephew"], r.randint(1, 3)):
        member = ascii_upper(f"{family}, {x.given()}")
        child = relation in {"son", "daughter", "nephew"}
        b.t("      ").pii("PERSON", member).t(" " * max(2, 28 - len(member)))
        b.t(f"{relation:<16}").pii("DATE_OF_BIRTH", x.dob(child=child)).t("\n")
    rel, rel_es = r.choice(RELATIVES)
    b.t("15. Emergency contact: ").pii("PERSON", contact.natural).t(f" ({rel_es}) ")
    b.pii("PHONE", x.phone()).t("\n\n")
    b.t("Interviewer: ").pii("PERSON", worker.initial_last)
    b.t(f"      Interpreter: Spanish (phone, ID {x.digits(5)})\n")
    if r.random() < 0.3:
        b.t(f"Site: {org}, 92-10 Roosevelt Ave, Jackson Heights, NY 11372\n")
    b.t(f"Household income: {x.money()} / month     Consent to share: Y\n")
    b.t("Client signature: ____________________   Date: ").t(x.recent_date()).t("\n")
    return [(b.text(), b.labels, "")]


def letter_c(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    x = FreshFake(r)
    b = B()
    client, other, staff = x.name(), x.name(), x.name()
    if r.random() < 0.55:
        # An agency notice as it comes out of a scanner: every printed line ends in a newline.
        b.t("THE CITY OF NEW YORK\nHUMAN RESOURCES ADMINISTRATION\n")
        b.t("150 Greenwich Street, New York, NY 10007\n\n")
        b.t(f"{x.recent_date()}\n\n")
        b.pii("PERSON", client.caps).t("\n").pii("ADDRESS", x.address(caps=True, block=True))
        b.t(f"\n\nRe: Recertification     {x.case_number()}\n\n")
        b.t(f"Dear {r.choice(['Ms.', 'Mr.'])} ").pii("PERSON", client.surname).t(":\n\n")
        b.t("We are writing about the recertification of your Cash Assistance case.\n")
        b.t("Our records show that your household includes ").pii("PERSON", client.natural)
        b.t(",\n").pii("PERSON", x.wrap(other.natural, 0.5)).t(" and ")
        b.pii("PERSON", f"{x.given()} {_family(client)}").t(".  You told us at your\n")
        b.t(f"interview on {x.ocr(x.recent_date(), 0.5)} that you are ")
        _mark(b, "IMMIGRATION_STATUS", x.wrap(r.choice(STATUS_FOR_LETTERS), 0.5))
        b.t(" and that your\nA-number is ").pii("A_NUMBER", x.a_number()).t(". Please bring proof ")
        b.t("of this, such as your USCIS\nreceipt notice (").pii("USCIS_RECEIPT", x.receipt())
        b.t(") or your work permit, to the appointment\nbelow. Your monthly grant of ")
        b.t(f"{x.money()} continues until then.\n\n")
        b.t(f"Date: {x.recent_date()}     Time: 9:30 AM\n")
        b.t("Place: Jamaica Job Center, 165-08 88th Avenue, Jamaica, NY 11432\n\n")
        b.t("If you need an interpreter, call the HRA Infoline at 718-557-1399.\n\n")
        b.t("Sincerely,\n\n").pii("PERSON", staff.natural).t(f"\n{r.choice(FRESH_ROLES)}\n")
        if r.random() < 0.5:
            b.t("cc: ").pii("PERSON", x.name().last_first).t(", Esq., the Legal Aid Society\n")
        return [(b.text(), b.labels, "")]

    # A support letter written in Spanish, with the translator's note.
    signer = other
    country = r.choice(FRESH_COUNTRIES)
    ella = r.random() < 0.5
    b.t("A quien corresponda:\n\n")
    b.t("Yo, ").pii("PERSON", signer.natural).t(", con domicilio en ")
    b.pii("ADDRESS", x.address(wrap=0.4)).t(",\ndeclaro que conozco a ")
    b.pii("PERSON", x.wrap(client.natural, 0.3)).t(f" desde hace {r.randint(2, 15)} años. ")
    b.t(f"{'Ella' if ella else 'Él'} nació\nel ").pii("DATE_OF_BIRTH", x.dob_es()).t(" en ")
    b.pii("COUNTRY_OF_BIRTH", country[1]).t(f" y llegó a Nueva York en {r.randint(2014, 2025)}. ")
    b.t("Sé que ").pii("PERSON", client.first).t(" ")
    _mark(b, "IMMIGRATION_STATUS", r.choice(FRESH_STATUS_ES))
    b.t(f" y que\nasiste a la {r.choice(PARISHES)} todos los domingos.\n")
    b.t(f"Ayuda a su {r.choice(['hijo', 'hija'])} ").pii("PERSON", x.given())
    b.t(" con las tareas y trabaja en una panadería\nde Corona.  Puede comunicarse conmigo al ")
    b.pii("PHONE", x.phone())
    if r.random() < 0.6:
        b.t(" o por\ncorreo a ").pii("EMAIL", x.email(signer))
    b.t(".\n\nAtentamente,\n\n\n").pii("PERSON", ascii_upper(signer.natural)).t("\n\n")
    b.t("[Translated from Spanish by ").pii("PERSON", staff.initial_last)
    b.t(f", {r.choice(FRESH_ROLES)}, {r.choice(FRESH_ORGS)}]\n")
    return [(b.text(), b.labels, "")]


STATUS_FOR_LETTERS = [
    "an [asylum applicant]", "a [humanitarian parolee]", "a [TPS beneficiary]",
    "a [lawful permanent resident]", "a [Special Immigrant Juvenile]", "an [asylee]",
    "a [U visa petitioner]", "a [conditional permanent resident]",
]  # fmt: skip
PARISHES = [
    "Parroquia San Sebastián en Woodside", "Iglesia Santa Rosa de Lima", "Parroquia San Leo",
    "Iglesia de la Misión Pentecostal Jesucristo es el Rey", "Parroquia Santa Brígida",
]  # fmt: skip


LANGUAGES = ["Spanish", "Kichwa", "Mandarin", "Bengali", "Haitian Creole", "Wolof", "Russian",
             "Nepali", "French", "Fuzhounese"]  # fmt: skip


def _header_label(name: str) -> str:
    # How the scanner labels a CSV cell with its column header (`sanctuary.privacy.bulk`).
    return " ".join(name.replace("_", " ").replace("-", " ").split())


def csv_extract_c(f: Fake, r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["CaseNo", "Last", "First", "DOB", "Ph1", "Ph2", "Email", "Addr1", "City", "Zip",
              "ANum", "ImmStat", "COB", "Lang", "Notes", "Worker", "Opened"]  # fmt: skip
    x = FreshFake(r)
    out: Out = []
    for _ in range(5):
        name = x.name()
        caps = r.random() < 0.5
        street, borough = x.street()
        places, (low, high) = FRESH_PLACES[borough]
        unit = r.choice(["", " " + r.choice(FRESH_UNITS)])
        country = r.choice(FRESH_COUNTRIES)
        cells: list[Any] = [
            B().t(f"NYC-{x.digits(7)}"),
            B().pii("PERSON", ascii_upper(name.surname) if caps else name.surname),
            B().pii("PERSON", ascii_upper(name.given) if caps else name.given),
            B().pii("DATE_OF_BIRTH", x.dob_cell()),
            B().pii("PHONE", x.phone()),
            B().pii("PHONE", x.phone()) if r.random() < 0.3 else B(),
            B().pii("EMAIL", x.email(name)) if r.random() < 0.5 else B(),
            B().pii("ADDRESS", ascii_upper(street + unit) if caps else street + unit),
            B().t(ascii_upper(r.choice(places)) if caps else r.choice(places)),
            B().t(str(r.randint(low, high))),
            B().pii("A_NUMBER", x.a_number_cell()) if r.random() < 0.8 else B(),
            B().pii("IMMIGRATION_STATUS", r.choice(FRESH_STATUS_CODES)),
            B().pii(
                "COUNTRY_OF_BIRTH", r.choice([country[2], country[0], ascii_upper(country[0])])
            ),
            B().t(r.choice(LANGUAGES)),
            _csv_note(x, r, B()),
            B().pii("PERSON", x.name().staff_code),
            B().t(x.recent_date()),
        ]
        for column, b in enumerate(cells):
            if b.text():
                out.append((b.text(), b.labels, f"{_header_label(header[column])}: "))
    return out


def _csv_note(x: FreshFake, r: random.Random, b: Any) -> Any:
    kind = r.randrange(9)
    if kind == 0:
        return b
    if kind == 1:
        term, about = r.choice([("TPS", "re-reg"), ("asylum", "interview"), ("parole", "ext.")])
        b.t("cl. called re ").pii("IMMIGRATION_STATUS", term)
        return b.t(f" {about}; new # ").pii("PHONE", x.phone())
    if kind == 2:
        b.t("llamar a su hija ").pii("PERSON", x.given()).t(" al ").pii("PHONE", x.phone())
        return b.t(" después de las 5")
    if kind == 3:
        return b.t("moved to ").pii("ADDRESS", x.address()).t(x.ocr(" 11/1 per cl"))
    if kind == 4:
        b.t("rcpt ").pii("USCIS_RECEIPT", x.receipt())
        return b.t(f" recvd {x.recent_date()}; bio appt pending")
    if kind == 5:
        if r.random() < 0.4:
            return b.t("no SSN, ITIN ").pii("ITIN", x.itin())
        return b.t("SS# ").pii("SSN", x.ssn()).t(" (card seen)")
    if kind == 6:
        b.t("spouse ").pii("PERSON", x.name().natural).t(" also a client, same HH")
        return b
    if kind == 7:
        _mark(b.t("cl. "), "IMMIGRATION_STATUS", r.choice(FRESH_STATUS))
        return b.t(f", EOIR hrg {x.ocr(x.recent_date())}")
    return b.t("waiting on I-94 ").pii("I94", x.i94()).t(f" from CBP; paid {x.money()}")


TEMPLATES: dict[str, tuple[str, Callable[..., Out]]] = {
    "case_note_a": ("dev", case_note_a),
    "case_note_b": ("eval", case_note_b),
    "intake_form_a": ("dev", intake_form_a),
    "intake_form_b": ("eval", intake_form_b),
    "letter_a": ("dev", letter_a),
    "letter_b": ("eval", letter_b),
    "csv_extract_a": ("dev", csv_extract_a),
    "csv_extract_b": ("eval", csv_extract_b),
    "case_note_c": ("fresh", case_note_c),
    "intake_form_c": ("fresh", intake_form_c),
    "letter_c": ("fresh", letter_c),
    "csv_extract_c": ("fresh", csv_extract_c),
    # The holdout split: its templates live in holdout.py (not to be read while tuning).
    **{name: ("holdout", template) for name, template in HOLDOUT_TEMPLATES.items()},
    # The final split: its templates live in final.py (not to be read while tuning).
    **{name: ("final", template) for name, template in FINAL_TEMPLATES.items()},
    # The unseen split: its templates live in unseen.py (not to be read while tuning).
    **{name: ("unseen", template) for name, template in UNSEEN_TEMPLATES.items()},
    # The sealed split: its templates live in sealed.py (not to be read while tuning).
    **{name: ("sealed", template) for name, template in SEALED_TEMPLATES.items()},
    # The vault split: its templates live in vault.py (not to be read while tuning).
    **{name: ("vault", template) for name, template in VAULT_TEMPLATES.items()},
    # The ledger split: its templates live in ledger.py (not to be read while tuning).
    **{name: ("ledger", template) for name, template in LEDGER_TEMPLATES.items()},
    # The archive split: its templates live in archive.py (not to be read while tuning).
    **{name: ("archive", template) for name, template in ARCHIVE_TEMPLATES.items()},
    # The cabinet split: its templates live in cabinet.py (not to be read while tuning).
    **{name: ("cabinet", template) for name, template in CABINET_TEMPLATES.items()},
    # The dossier split: its templates live in dossier.py (not to be read while tuning).
    **{name: ("dossier", template) for name, template in DOSSIER_TEMPLATES.items()},
    # The folio split: its templates live in folio.py (not to be read while tuning).
    **{name: ("folio", template) for name, template in FOLIO_TEMPLATES.items()},
    # The quire split: its templates live in quire.py (not to be read while tuning).
    **{name: ("quire", template) for name, template in QUIRE_TEMPLATES.items()},
    # The tome split: its templates live in tome.py (not to be read while tuning).
    **{name: ("tome", template) for name, template in TOME_TEMPLATES.items()},
    # The parchment split: its templates live in parchment.py (not to be read while tuning).
    **{name: ("parchment", template) for name, template in PARCHMENT_TEMPLATES.items()},
    # The quarto split: its templates live in quarto.py (not to be read while tuning).
    **{name: ("quarto", template) for name, template in QUARTO_TEMPLATES.items()},
}
