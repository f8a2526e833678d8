"""The "ledger" split: a seventh blind held-out split of the synthetic corpus ("*_i" templates).

Written on 2026-12-02 without reading the scanner, its recognizers or their data, the benchmarks,
the documentation or the older held-out templates (fake.py's fresh templates, holdout.py,
final.py, unseen.py, sealed.py, vault.py). Nothing in the test suite scans it; it is only checked
for shape and pinned by hash in tests/privacy/test_eval_corpus.py.

Contents. Four templates, one per kind, each choosing among several sub-layouts:

- `case_note_i`: special-education (IEP) meeting notes, a Department of Health TB clinic nurse
  note, 911 call-taker remarks in capitals, a Red Cross fire-relocation casework note, a 311
  text-message thread and a school attendance-outreach log.
- `intake_form_i`: a Summer Youth Employment (SYEP) application, a public-library passport
  acceptance worksheet, a Workforce1 intake with tick boxes, a WIC certification form read by
  OCR with broken lines, a TLC driver-licence application and a Finance exemption mainframe
  screen print.
- `letter_i`: a medical-legal partnership referral, a Finance senior-exemption letter, a
  bilingual attendance letter to a parent, a street-vendor waitlist notice, a Red Cross
  displacement letter and a TB clinic work-clearance letter.
- `csv_extract_i`: a semicolon spreadsheet pasted from an e-mail (Spanish headers), a
  tab-separated immunization export, a fixed-width mainframe report cut into fields, a hospital
  interpreter-dispatch log, a vendor-permit waitlist, a municipal voting roster and an SYEP
  payroll roster. A CSV extract is one segment per cell: the cell value, with the column header
  as written in the export (then ": ") as prefix.

Names and streets come from pools of this module's own (`LEDGER_COMMUNITIES`, `LEDGER_STREETS`),
checked by code to be disjoint from every older pool; about a third of the names are rare.
Countries, nationalities and status terms are closed vocabularies and are written as real agency
files mostly write them, so they may repeat older splits'.

Labelled: residents', relatives' and staff names (PERSON), A-numbers (with or without the "A",
bare digits after an A-number cue), SSNs, ITINs, passport numbers, residents' phones, residents'
e-mails and staff members' own work e-mails, dates of birth in any written form, residents'
street addresses, IDNYC card numbers, USCIS receipt numbers, I-94 admission numbers, the words
that reveal a resident's immigration status (any language, codes in status columns) and the
country or nationality words that say where a resident was born or comes from (ISO codes in
nationality and country-of-birth columns).

Left unlabelled on purpose (distractors): docket, index, case, claim, ticket, OSIS, MRN and
request numbers; hearing, appointment, message and vaccination dates and timestamps; ages;
money; agency and organisation names; public agency addresses, phone numbers and shared
mailboxes; form names (I-589, I-765, DS-11, ...); languages (Garifuna, Twi, Bukhori,
Tagalog ...); ZIP+4 codes of agency addresses; schools, clinics and streets named after people;
unticked status options printed on forms; status words said of no one in particular;
countries mentioned other than as someone's origin.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = list[tuple[str, list[Any], str]]

# -- pools ----------------------------------------------------------------------------------------
# Each community: common given names, surnames, nicknames and rare names (about a third of all),
# the countries its people come from as (country, demonym, ISO3 code), the language spoken at
# home, a passport-number shape (L letter, D digit) and an international phone shape.

LEDGER_COMMUNITIES: dict[str, dict[str, Any]] = {
    "bukharian": {
        "given_f": ["Tamila", "Zoya", "Ilana"],
        "given_m": ["Gavriel", "Yakov", "Boris"],
        "surnames": ["Aminov", "Davidov", "Abramov", "Badalov"],
        "nicknames_f": ["Zoyka"],
        "nicknames_m": ["Yasha"],
        "rare_given_f": ["Oshnat", "Lobar"],
        "rare_given_m": ["Amnun", "Rakhmin"],
        "rare_surnames": ["Mullodzhanov", "Kuyenov"],
        "countries": [
            ("Uzbekistan", "Uzbek", "UZB"),
            ("Uzbekistan", "Uzbek", "UZB"),
            ("Tajikistan", "Tajik", "TJK"),
        ],
        "language": "Bukhori",
        "passport": "FADDDDDDD",
        "phone": "+998 9D DDD DD DD",
        "latin": False,
    },
    "garifuna": {
        "given_f": ["Ledy", "Mirna", "Sonia"],
        "given_m": ["Celeo", "Gilberto", "Marcelino"],
        "surnames": ["Guity", "Arzú", "Norales", "Suazo"],
        "nicknames_f": ["Mirnita"],
        "nicknames_m": ["Celito"],
        "rare_given_f": ["Milsa", "Nidia"],
        "rare_given_m": ["Fulgencio", "Nicasio"],
        "rare_surnames": ["Sambulá", "Gotay", "Loredo"],
        "countries": [
            ("Honduras", "Honduran", "HND"),
            ("Honduras", "Honduran", "HND"),
            ("Belize", "Belizean", "BLZ"),
        ],
        "language": "Garifuna",
        "passport": "EDDDDDDD",
        "phone": "+504 9DDD-DDDD",
        "latin": True,
    },
    "yemeni": {
        "given_f": ["Ahlam", "Yusra", "Anisa"],
        "given_m": ["Murad", "Zaid", "Sadiq"],
        "surnames": ["Nagi", "Hezam", "Munassar", "Mused"],
        "nicknames_f": ["Bosh"],
        "nicknames_m": ["Zizo"],
        "rare_given_f": ["Ghaida", "Rawiya"],
        "rare_given_m": ["Hizam", "Mukhtar"],
        "rare_surnames": ["Ba-Wazir", "Shamiri", "Alwajih"],
        "countries": [("Yemen", "Yemeni", "YEM")],
        "language": "Arabic",
        "passport": "0DDDDDDD",
        "phone": "+967 7DD DDD DDD",
        "latin": False,
    },
    "fujianese": {
        "given_f": ["Meixiu", "Yuying", "Xiaoling"],
        "given_m": ["Jianxin", "Wenbin", "Yongqing"],
        "surnames": ["Shen", "Jin", "Gu", "Hua"],
        "nicknames_f": ["Lingling"],
        "nicknames_m": ["Binbin"],
        "rare_given_f": ["Qinglan", "Baozhu"],
        "rare_given_m": ["Shuibing", "Tianlai"],
        "rare_surnames": ["Huo", "Rao", "Zhuang"],
        "countries": [
            ("China", "Chinese", "CHN"),
            ("China", "Chinese", "CHN"),
            ("PRC", "Chinese", "CHN"),
        ],
        "language": "Fuzhounese",
        "passport": "EDDDDDDDD",
        "phone": "+86 13D DDDD DDDD",
        "latin": False,
    },
    "senegalese": {
        "given_f": ["Khady", "Astou", "Seynabou"],
        "given_m": ["Babacar", "Alioune", "Moustapha"],
        "surnames": ["Sarr", "Diouf", "Kane", "Samb"],
        "nicknames_f": ["Asta"],
        "nicknames_m": ["Baye"],
        "rare_given_f": ["Sokhna", "Dieynaba"],
        "rare_given_m": ["Fallou", "Serigne"],
        "rare_surnames": ["Ndour", "Niasse", "Mboup"],
        "countries": [
            ("Senegal", "Senegalese", "SEN"),
            ("Senegal", "Senegalese", "SEN"),
            ("Gambia", "Gambian", "GMB"),
        ],
        "language": "Wolof",
        "passport": "ADDDDDDDD",
        "phone": "+221 77 DDD DD DD",
        "latin": False,
    },
    "indo_guyanese": {
        "given_f": ["Kamini", "Indira", "Reshma"],
        "given_m": ["Naresh", "Ganesh", "Vishnu"],
        "surnames": ["Bissoon", "Baksh", "Ramnauth", "Beharry"],
        "nicknames_f": ["Kammo"],
        "nicknames_m": ["Harry"],
        "rare_given_f": ["Dropatie", "Leelawattie"],
        "rare_given_m": ["Chatterpaul", "Gowkarran"],
        "rare_surnames": ["Rambarran", "Chatterdeo", "Dookhie"],
        "countries": [
            ("Guyana", "Guyanese", "GUY"),
            ("Guyana", "Guyanese", "GUY"),
            ("Trinidad and Tobago", "Trinidadian", "TTO"),
        ],
        "language": "English",
        "passport": "RDDDDDDD",
        "phone": "+592 6DD DDDD",
        "latin": False,
    },
    "akan": {
        "given_f": ["Yaa", "Afua", "Serwaa"],
        "given_m": ["Kwasi", "Kwadwo", "Kobina"],
        "surnames": ["Antwi", "Yeboah", "Boakye", "Tetteh"],
        "nicknames_f": ["Akos"],
        "nicknames_m": ["Paa Kwasi"],
        "rare_given_f": ["Obenewaa", "Dufie"],
        "rare_given_m": ["Yiadom"],
        "rare_surnames": ["Danquah", "Bekoe", "Opoku-Ware"],
        "countries": [("Ghana", "Ghanaian", "GHA")],
        "language": "Twi",
        "passport": "GDDDDDDD",
        "phone": "+233 24 DDD DDDD",
        "latin": False,
    },
    "punjabi": {
        "given_f": ["Jaspreet", "Mandeep", "Harleen"],
        "given_m": ["Satnam", "Hardeep", "Jaswinder"],
        "surnames": ["Brar", "Dhaliwal", "Randhawa", "Sekhon"],
        "nicknames_f": ["Rajji"],
        "nicknames_m": ["Bally"],
        "rare_given_f": ["Navkiran", "Sukhpreet"],
        "rare_given_m": ["Tarsem", "Ranjodh"],
        "rare_surnames": ["Aulakh", "Bhullar", "Hundal"],
        "countries": [("India", "Indian", "IND")],
        "language": "Punjabi",
        "passport": "LDDDDDDD",
        "phone": "+91 98DDD DDDDD",
        "latin": False,
    },
    "poblano": {
        "given_f": ["Petra", "Lucina", "Abigail"],
        "given_m": ["Nicolás", "Hilario", "Teodoro"],
        "surnames": ["Cuautle", "Popoca", "Tzompa", "Zecua"],
        "nicknames_f": ["Mari"],
        "nicknames_m": ["Pifas"],
        "rare_given_f": ["Tiburcia", "Gudelia"],
        "rare_given_m": ["Epifanio", "Gaudencio"],
        "rare_surnames": ["Cuamatzi", "Cuatecontzi", "Xochihua"],
        "countries": [
            ("Mexico", "Mexican", "MEX"),
            ("Mexico", "Mexican", "MEX"),
            ("México", "mexicano", "MEX"),
        ],
        "language": "Mixteco",
        "passport": "GDDDDDDDD",
        "phone": "+52 1 222 DDD DDDD",
        "latin": True,
    },
    "filipino": {
        "given_f": ["Perla", "Divina", "Aileen"],
        "given_m": ["Ronaldo", "Joselito", "Nestor"],
        "surnames": ["Dimayuga", "Agbayani", "Tiongson", "Dimaapi"],
        "nicknames_f": ["Tess"],
        "nicknames_m": ["Junjun"],
        "rare_given_f": ["Ligaya", "Bituin"],
        "rare_given_m": ["Dakila"],
        "rare_surnames": ["Lacsamana", "Matibag", "Bagasbas", "Catacutan"],
        "countries": [
            ("Philippines", "Filipino", "PHL"),
            ("Philippines", "Filipino", "PHL"),
            ("Phillipines", "Filipina", "PHL"),
        ],
        "language": "Tagalog",
        "passport": "PDDDDDDDL",
        "phone": "+63 917 DDD DDDD",
        "latin": False,
    },
    "haitian": {
        "given_f": ["Maudeline", "Yvrose", "Ketia"],
        "given_m": ["Wisner", "Ronald", "Pierrot"],
        "surnames": ["Exilus", "Sénatus", "Clervil", "Ulysse"],
        "nicknames_f": ["Yvy"],
        "nicknames_m": ["Ronny"],
        "rare_given_f": ["Eunide", "Vionie"],
        "rare_given_m": ["Widlet", "Clerveaux"],
        "rare_surnames": ["Dorcélus", "Mésidor", "Orélus"],
        "countries": [
            ("Haiti", "Haitian", "HTI"),
            ("Haiti", "Haitian", "HTI"),
            ("Haïti", "haïtienne", "HTI"),
        ],
        "language": "Haitian Creole",
        "passport": "LLDDDDDDD",
        "phone": "+509 3D DD DDDD",
        "latin": False,
    },
    "dominican": {
        "given_f": ["Mercedes", "Yahaira", "Lisbeth"],
        "given_m": ["Leonel", "Eddy", "Bienvenido"],
        "surnames": ["Peguero", "Vólquez", "Holguín", "Reinoso"],
        "nicknames_f": ["Yaya"],
        "nicknames_m": ["Nelo"],
        "rare_given_f": ["Nikauly", "Arisleidy"],
        "rare_given_m": ["Euclides", "Ynoel"],
        "rare_surnames": ["Marmolejos", "Bidó", "Tatis"],
        "countries": [
            ("Dominican Republic", "Dominican", "DOM"),
            ("Dominican Republic", "Dominican", "DOM"),
            ("Rep. Dominicana", "dominicana", "DOM"),
        ],
        "language": "Spanish",
        "passport": "LLDDDDDDD",
        "phone": "+1 809 DDD DDDD",
        "latin": True,
    },
}

# (street, borough or neighbourhood, ZIP, Queens-style hyphenated house numbers)
LEDGER_STREETS: list[tuple[str, str, str, bool]] = [
    ("Tiebout Avenue", "Bronx", "10458", False),
    ("Tinton Avenue", "Bronx", "10456", False),
    ("Leggett Avenue", "Bronx", "10455", False),
    ("Cauldwell Avenue", "Bronx", "10456", False),
    ("Townsend Avenue", "Bronx", "10452", False),
    ("Loring Place", "Bronx", "10453", False),
    ("Rochambeau Avenue", "Bronx", "10467", False),
    ("Wickham Avenue", "Bronx", "10469", False),
    ("Pugsley Avenue", "Bronx", "10473", False),
    ("Metcalf Avenue", "Bronx", "10472", False),
    ("Snyder Avenue", "Brooklyn", "11226", False),
    ("Eckford Street", "Brooklyn", "11222", False),
    ("Hegeman Avenue", "Brooklyn", "11207", False),
    ("Lott Street", "Brooklyn", "11226", False),
    ("Sullivan Place", "Brooklyn", "11225", False),
    ("Westminster Road", "Brooklyn", "11218", False),
    ("Voorhies Avenue", "Brooklyn", "11235", False),
    ("Van Sicklen Street", "Brooklyn", "11223", False),
    ("Wyona Street", "Brooklyn", "11207", False),
    ("Linwood Street", "Brooklyn", "11208", False),
    ("Maujer Street", "Brooklyn", "11206", False),
    ("Huron Street", "Brooklyn", "11222", False),
    ("Wetherole Street", "Rego Park", "11374", True),
    ("Saunders Street", "Rego Park", "11374", True),
    ("Dieterle Crescent", "Rego Park", "11374", True),
    ("Vietor Avenue", "Elmhurst", "11373", True),
    ("Hoyt Avenue", "Astoria", "11102", True),
    ("Eliot Avenue", "Middle Village", "11379", True),
    ("Onderdonk Avenue", "Ridgewood", "11385", True),
    ("Haven Avenue", "New York", "10032", False),
    ("Bennett Avenue", "New York", "10040", False),
    ("Attorney Street", "New York", "10002", False),
    ("Westervelt Avenue", "Staten Island", "10301", False),
    ("Nome Avenue", "Staten Island", "10314", False),
]

# Distractors: never labelled.
LEDGER_AGENCY_ADDRESSES = [
    "42-09 28th Street, Long Island City, NY 11101-4132",
    "52 Chambers Street, New York, NY 10007",
    "2 Lafayette Street, 19th Floor, New York, NY 10007",
    "1 Liberty Plaza, New York, NY 10006-1404",
    "33 Beaver Street, New York, NY 10004",
    "66 John Street, Room 104, New York, NY 10038",
    "31-00 47th Avenue, Long Island City, NY 11101",
    "520 West 49th Street, New York, NY 10019",
]
# Schools, clinics and places named after people: never labelled PERSON.
LEDGER_SCHOOLS = [
    "Fannie Lou Hamer Freedom High School",
    "Thurgood Marshall Academy",
    "P.S. 19 Marino Jeantet",
    "I.S. 61 William A. Morris",
    "Frederick Douglass Academy II",
    "P.S. 89 Elmhurst",
]
LEDGER_NAMED_PLACES = [
    "the Dr. Martin Luther King Jr. Health Center",
    "the Schomburg Center",
    "Adam Clayton Powell Jr. Blvd",
    "the Roberto Clemente State Park pool",
    "Lincoln Hospital",
    "the Frederick Douglass Houses",
]
LEDGER_PUBLIC_PHONES = ["311", "(212) 639-9675", "1-800-246-4646", "1-877-733-2767", "212-NEW-YORK"]
LEDGER_SHARED_MAILBOXES = [
    "syep@dycd.nyc.gov",
    "passports@queenslib.org",
    "tbcontrol@health.nyc.gov",
    "vendorwaitlist@dcwp.nyc.gov",
    "mlp.referrals@nychhc.org",
    "attendance.d24@schools.nyc.gov",
]
LEDGER_TRAVEL_COUNTRIES = ["Canada", "Puerto Rico", "Spain", "Japan", "Italy", "Brazil"]

# Status phrases: the [bracketed] words are labelled. Plain common forms dominate.
LEDGER_STATUS_EN = [
    "is [undocumented]",
    "is [undocumented]",
    "has [TPS]",
    "has [TPS]",
    "is an [asylum seeker]",
    "is an [asylum seeker]",
    "has a [pending asylum] case",
    "is a [lawful permanent resident]",
    "is an [LPR]",
    "is a [green card holder]",
    "is a [DACA recipient]",
    "came in on [humanitarian parole]",
    "is a [parolee]",
    "is a [refugee]",
    "has [no status]",
    "is [out of status] since the visa ran out",
    "is in [removal proceedings]",
    "is a [conditional resident]",
    "has a [U visa] pending",
]
# A resident's own words, quoted in a note (first person).
LEDGER_STATUS_ES = [
    "soy [indocumentad{o}]",
    "estoy [sin papeles]",
    "tengo [TPS]",
    "soy [solicitante de asilo]",
    "tengo [asilo pendiente]",
    "soy [residente permanente]",
    "entré con [parole humanitario]",
]
LEDGER_STATUS_YOU = [
    "are [undocumented]",
    "have [TPS]",
    "are an [asylum seeker]",
    "have a [pending asylum] case",
    "are a [permanent resident]",
    "came in on [humanitarian parole]",
]
LEDGER_STATUS_FR = [
    "je suis [sans papiers]",
    "je suis [demandeur d'asile]",
    "mwen [san papye]",
    "mwen gen [TPS]",
]
LEDGER_STATUS_FIELD = [
    "Undocumented",
    "Asylum seeker",
    "Asylum pending",
    "TPS",
    "LPR",
    "Permanent resident",
    "DACA",
    "Parolee",
    "Refugee",
    "Humanitarian parole",
    "No status",
    "SIJS",
]
LEDGER_STATUS_CODES = ["UNDOC", "ASY-PEND", "TPS", "LPR", "DACA", "PAROLE", "REF", "SIJS"]

# -- small generators -----------------------------------------------------------------------------


def ascii_fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    ).replace("ł", "l")


def _shape(r: random.Random, shape: str) -> str:
    out = []
    for ch in shape:
        if ch == "D":
            out.append(str(r.randrange(10)))
        elif ch == "L":
            out.append(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randrange(10)) for _ in range(n))


@dataclass
class Person:
    given: str
    surname: str
    female: bool
    community: str
    nickname: str | None

    @property
    def c(self) -> dict[str, Any]:
        return LEDGER_COMMUNITIES[self.community]


def person(
    r: random.Random,
    community: str | None = None,
    surname: str | None = None,
    female: bool | None = None,
) -> Person:
    key = community or r.choice(sorted(LEDGER_COMMUNITIES))
    c = LEDGER_COMMUNITIES[key]
    female = r.random() < 0.55 if female is None else female
    g = "f" if female else "m"
    given = r.choice(c[f"rare_given_{g}"] if r.random() < 0.3 else c[f"given_{g}"])
    if surname is None:
        surname = r.choice(c["rare_surnames"] if r.random() < 0.3 else c["surnames"])
        if c["latin"] and r.random() < 0.45:
            second = r.choice([s for s in c["surnames"] + c["rare_surnames"] if s != surname])
            surname = f"{surname}{r.choice([' ', '-', ' '])}{second}"
    nick = r.choice(c[f"nicknames_{g}"]) if r.random() < 0.5 else None
    return Person(given, surname, female, key, nick)


def name(r: random.Random, p: Person, style: str | None = None) -> str:
    """A name as files write it (the caller labels the returned string)."""
    style = style or r.choice(
        ["full"] * 6 + ["last_first", "caps_last", "initial", "caps", "lower", "nick"]
    )
    full = f"{p.given} {p.surname}"
    if p.community == "fujianese" and r.random() < 0.5:
        full = f"{p.surname} {p.given}"
    if style == "last_first":
        return f"{p.surname}, {p.given}"
    if style == "caps_last":
        return f"{p.surname.upper()}, {p.given}"
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "caps":
        return full.upper()
    if style == "lower":
        return full.lower()
    if style == "nick" and p.nickname:
        return f'{p.given} "{p.nickname}" {p.surname}'
    if style == "given":
        return p.nickname if p.nickname and r.random() < 0.4 else p.given
    if style == "surname":
        return p.surname
    return full


def hon(p: Person, spanish: bool = False) -> str:
    if spanish:
        return "Sra." if p.female else "Sr."
    return "Ms." if p.female else "Mr."


def dob(
    r: random.Random,
    child: bool = False,
    style: str | None = None,
    years: tuple[int, int] | None = None,
) -> str:
    lo, hi = years or ((2008, 2021) if child else (1948, 2005))
    y = r.randint(lo, hi)
    m, d = r.randint(1, 12), r.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August"]
    months += ["September", "October", "November", "December"]
    meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
    meses += ["septiembre", "octubre", "noviembre", "diciembre"]
    style = style or r.choice(
        ["mdy"] * 5 + ["mdyy", "iso", "long", "dlong", "oracle", "dots", "es", "short"]
    )
    if style == "mdy":
        return f"{m:02d}/{d:02d}/{y}" if r.random() < 0.7 else f"{m}/{d}/{y}"
    if style == "mdyy":
        return f"{m}/{d}/{y % 100:02d}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "long":
        return f"{months[m - 1]} {d}, {y}"
    if style == "dlong":
        return f"{d} {months[m - 1]} {y}"
    if style == "oracle":
        return f"{d:02d}-{months[m - 1][:3].upper()}-{y}"
    if style == "dots":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "es":
        return f"{d} de {meses[m - 1]} de {y}"
    if style == "compact":
        return f"{m:02d}{d:02d}{y}"
    return f"{months[m - 1][:3]}. {d}, {y}"


def event_date(r: random.Random) -> str:
    """Appointment, hearing or message dates: never labelled."""
    m, d = r.randint(1, 12), r.randint(1, 28)
    y = r.choice([2025, 2026, 2026, 2027])
    return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def a_number(r: random.Random, bare: bool = False) -> str:
    n = _digits(r, 9) if r.random() < 0.75 else _digits(r, 8)
    if len(n) == 9 and r.random() < 0.6:
        n = "0" + n[1:] if r.random() < 0.3 else ("2" + n[1:])
    if bare:
        if len(n) == 9 and r.random() < 0.4:
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n
    if len(n) == 9:
        forms = [
            f"A{n}",
            f"A{n}",
            f"A{n[:3]}-{n[3:6]}-{n[6:]}",
            f"A-{n[:3]}-{n[3:6]}-{n[6:]}",
            f"A {n[:3]} {n[3:6]} {n[6:]}",
            f"A# {n}",
            f"a{n}",
        ]
    else:
        forms = [f"A{n}", f"A-{n[:2]}-{n[2:5]}-{n[5:]}", f"A {n}"]
    return r.choice(forms)


def ssn(r: random.Random) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    n = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
    return r.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 4 + [f"{n[:3]} {n[3:5]} {n[5:]}", n])


def itin(r: random.Random) -> str:
    mid = r.choice(list(range(70, 89)) + [90, 91, 92] + list(range(94, 100)))
    n = f"9{r.randint(0, 99):02d}{mid}{r.randint(0, 9999):04d}"
    return r.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}"] * 4 + [f"{n[:3]} {n[3:5]} {n[5:]}", n])


def passport(r: random.Random, p: Person, foreign: bool = False) -> str:
    if not foreign and r.random() < 0.15:  # a US passport (naturalized, or born here)
        return _digits(r, 9) if r.random() < 0.5 else "A" + _digits(r, 8)
    return _shape(r, p.c["passport"])


def phone(r: random.Random, p: Person | None = None, local: bool | None = None) -> str:
    if p is not None and (local is False or (local is None and r.random() < 0.2)):
        return _shape(r, p.c["phone"])
    area = r.choice(["718", "917", "347", "646", "929", "212", "332"])
    ex = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
    ln = _digits(r, 4)
    return r.choice(
        [
            f"({area}) {ex}-{ln}",
            f"({area}) {ex}-{ln}",
            f"{area}-{ex}-{ln}",
            f"{area}-{ex}-{ln}",
            f"{area}.{ex}.{ln}",
            f"{area}{ex}{ln}",
            f"{area} {ex} {ln}",
            f"+1 {area} {ex} {ln}",
            f"1-{area}-{ex}-{ln}",
            f"({area}){ex}-{ln}",
        ]
    )


def email(r: random.Random, p: Person, domain: str | None = None) -> str:
    g = ascii_fold(p.given.split()[0]).lower()
    s = ascii_fold(p.surname.split()[0]).lower().replace("-", "").replace("'", "")
    if domain:  # staff: first initial + surname, or first.last
        return r.choice(
            [f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{g[0]}{s}{r.randint(1, 9)}@{domain}"]
        )
    dom = r.choice(
        ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"]
    )
    yy = r.randint(70, 99) if r.random() < 0.5 else r.randint(1, 2006)
    return r.choice(
        [
            f"{g}.{s}{yy}@{dom}",
            f"{g}{s}@{dom}",
            f"{s}.{g}@{dom}",
            f"{g[0]}{s}{yy}@{dom}",
            f"{g}_{yy}@{dom}",
        ]
    )


def idnyc(r: random.Random) -> str:
    n = r.choice([9, 12, 12, 16, 16, 16, 13])
    d = "1" + _digits(r, n - 1)
    if n == 16 and r.random() < 0.5:
        return " ".join(d[i : i + 4] for i in range(0, 16, 4))
    if n == 12 and r.random() < 0.3:
        return f"{d[:4]}-{d[4:8]}-{d[8:]}"
    return d


def receipt(r: random.Random) -> str:
    pre = r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "IOE", "YSC"])
    if pre == "IOE":
        d = r.choice(["09", "80", "81", "90"]) + _digits(r, 8)
    else:
        d = f"{r.randint(19, 26)}{r.randint(1, 9)}{_digits(r, 2)}{_digits(r, 5)}"
    return r.choice(
        [
            f"{pre}{d}",
            f"{pre}{d}",
            f"{pre}{d}",
            f"{pre}-{d[:2]}-{d[2:5]}-{d[5:]}",
            f"{pre} {d}",
            f"{pre}-{d}",
            f"{pre.lower()}{d}",
        ]
    )


def i94(r: random.Random) -> str:
    if r.random() < 0.7:
        return str(r.randint(1, 9)) + _digits(r, 10)
    return _digits(r, 9) + r.choice("ABCDEFGHJKMNPRTW") + str(r.randrange(10))


def address(r: random.Random) -> tuple[str, str, str, str]:
    """(street line, city, state, ZIP) of a resident."""
    street, city, zip5, queens = r.choice(LEDGER_STREETS)
    if queens:
        num = f"{r.randint(31, 147)}-{r.randint(1, 60):02d}"
    else:
        num = str(r.randint(12, 2890))
    suffix = street.rsplit(" ", 1)[-1]
    short = {"Avenue": "Ave", "Street": "St", "Road": "Rd", "Boulevard": "Blvd"}.get(suffix, suffix)
    st = street if r.random() < 0.5 else street[: -len(suffix)] + short + r.choice(["", "", "."])
    floor = r.choice(["B", "C", "D", "F", "R", "L"])
    apt = r.choice(
        [
            f"Apt {r.randint(1, 6)}{floor}",
            f"Apt. {r.randint(1, 6)}{floor}",
            f"#{r.randint(1, 6)}{floor}",
            f"Apt {r.randint(1, 6)}{r.randint(0, 2)}",
            "Bsmt",
            f"{r.choice(['1st', '2nd', '3rd'])} Fl",
            "",
        ]
    )
    line = f"{num} {st}" + (f", {apt}" if apt else "")
    return line, city, "NY", zip5


def full_address(r: random.Random, caps: bool = False, wrap: bool = False) -> str:
    line, city, state, zip5 = address(r)
    out = (
        f"{line}, {city}, {state} {zip5}" if r.random() < 0.7 else f"{line}, {city} {state} {zip5}"
    )
    if wrap:
        out = out.replace(f", {city}", f"\n{city}", 1)
    return out.upper() if caps else out


def status(r: random.Random, p: Person, lang: str = "en") -> str:
    """A status phrase, its [status words] to be labelled. lang="auto": now and then the
    resident's own words, quoted, in Spanish or French/Creole."""
    if lang == "auto":
        lang = "en"
        if p.c["latin"] and r.random() < 0.3:
            lang = "es"
        elif p.community in {"haitian", "senegalese"} and r.random() < 0.25:
            lang = "fr"
        if lang != "en":
            return f'said "{status(r, p, lang)}"'
    if lang == "es":
        return r.choice(LEDGER_STATUS_ES).replace("{o}", "a" if p.female else "o")
    if lang == "fr":
        return r.choice(LEDGER_STATUS_FR)
    return r.choice(LEDGER_STATUS_EN)


def country(r: random.Random, p: Person) -> tuple[str, str, str]:
    return r.choice(p.c["countries"])


def staff(r: random.Random) -> Person:
    return person(r)


def dob_age(r: random.Random, lo: int, hi: int, style: str | None = None) -> tuple[str, int]:
    """A date of birth between the years lo and hi, and the age it gives at the end of 2026."""
    y = r.randint(lo, hi)
    return dob(r, style=style, years=(y, y)), 2026 - y - r.randint(0, 1)


def relation(r: random.Random, p: Person, kind: str = "any") -> str:
    if kind == "spouse":
        return "wife" if p.female else "husband"
    pool = {
        True: ["wife", "daughter", "sister", "mother", "roommate", "coworker", "niece"],
        False: ["husband", "son", "brother", "father", "roommate", "coworker", "nephew"],
    }[p.female]
    return r.choice(pool)


def from_country(text: str) -> tuple[str, str]:
    """("the ", "Philippines"): the article a country takes in running English, kept unlabelled."""
    if text in {"Philippines", "Phillipines", "Dominican Republic", "Gambia"}:
        return "the ", text
    return "", text


def she(p: Person) -> str:
    return "she" if p.female else "he"


def log_dates(r: random.Random, n: int) -> list[str]:
    """n increasing dates of a log (never labelled), in one style."""
    y, m, d = r.choice([2025, 2026]), r.randint(1, 9), r.randint(1, 10)
    style = r.choice(["us", "us0", "iso"])
    out = []
    for _ in range(n):
        d += r.randint(1, 9)
        if d > 28:
            d, m = d - 27, m + 1
        if style == "us":
            out.append(f"{m}/{d}/{y}")
        elif style == "us0":
            out.append(f"{m:02d}/{d:02d}/{y % 100:02d}")
        else:
            out.append(f"{y}-{m:02d}-{d:02d}")
    return out


# -- case notes -----------------------------------------------------------------------------------


def _interp(p: Person) -> str:
    lang = p.c["language"]
    return "no interpreter needed" if lang == "English" else f"{lang} interpreter"


def _iep_notes(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    mom = person(r, female=True)
    kid = person(r, mom.community, surname=mom.surname)
    teacher, psych, coord = staff(r), staff(r), staff(r)
    b.t(f"CSE {r.randint(1, 10)} / District {r.choice(['24', '10', '15', '30', '9', '12'])}")
    b.t(f" - IEP meeting notes ({event_date(r)})\n")
    b.t("Student: ").pii("PERSON", name(r, kid, r.choice(["full", "last_first", "caps_last"])))
    b.t(f"   OSIS {r.randint(200000000, 299999999)}   DOB ")
    b.pii("DATE_OF_BIRTH", dob(r, child=True, style=r.choice(["mdy", "mdy", "long", "iso"])))
    b.t(f"   Grade {r.randint(1, 10)}\n")
    b.t("Present: ").pii("PERSON", name(r, mom, "full")).t(" (parent), ")
    b.pii("PERSON", name(r, teacher, r.choice(["full", "initial"]))).t(" (SETSS teacher), ")
    b.pii("PERSON", name(r, psych, "full")).t(" (school psychologist), ")
    if mom.c["language"] != "English":
        b.t(
            f"{mom.c['language']} interpreter by phone (Language Line, ID #{r.randint(10000, 99999)})"
        )
    else:
        b.t("general ed teacher (excused)")
    b.t("\n\nMom reported that ").pii("PERSON", name(r, kid, "given"))
    b.t(" has been sleeping badly since the family moved. They came from ")
    art, cname = from_country(country(r, mom)[0])
    b.t(art).pii("COUNTRY_OF_BIRTH", cname).t(f" in {r.randint(2019, 2025)} and ")
    b.pii("PERSON", name(r, kid, "given")).t(
        f" started at {r.choice(LEDGER_SCHOOLS)} last spring. "
    )
    if r.random() < 0.8:
        b.t("She asked that it not go in the IEP that she ")
        b.marked("IMMIGRATION_STATUS", status(r, mom)).t(". ")
    b.t("Psych eval reviewed; classification Speech or Language Impairment. Team recommends ICT ")
    b.t(f"with SETSS {r.randint(3, 5)} periods/week and speech 2x30 in a group of 3.\n")
    b.t("Parent contact: cell ").pii("PHONE", phone(r, mom))
    if r.random() < 0.6:
        b.t(", e-mail ").pii("EMAIL", email(r, mom))
    b.t("\nHome address per ATS: ").pii("ADDRESS", full_address(r))
    b.t("\nMom showed her ")
    k = r.random()
    if k < 0.4:
        b.t("IDNYC (").pii("IDNYC", idnyc(r)).t(") at sign-in")
    elif k < 0.75:
        b.t("passport (no. ").pii("PASSPORT", passport(r, mom)).t(") at sign-in")
    else:
        b.t("EAD at sign-in, receipt ").pii("USCIS_RECEIPT", receipt(r))
    b.t("; copies NOT kept.\nNext annual review: ").t(event_date(r)).t(". Notes by ")
    b.pii("PERSON", name(r, coord, "full")).t(", IEP coordinator (")
    b.pii("EMAIL", email(r, coord, "schools.nyc.gov")).t(")\n")
    return b


def _tb_note(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    nurse = staff(r)
    clinic = r.choice(["Corona", "Morrisania", "Fort Greene", "Washington Heights"])
    b.t(f"NYC DOHMH Bureau of TB Control - {clinic} Chest Center\n")
    b.t(f"Nursing note {event_date(r)}\n\n")
    born, years = dob_age(r, 1950, 2004)
    b.t("Pt ").pii("PERSON", name(r, p)).t(f", {years} y/o {'F' if p.female else 'M'}, DOB ")
    b.pii("DATE_OF_BIRTH", born).t(", born in ")
    art, cname = from_country(country(r, p)[0])
    b.t(art).pii("COUNTRY_OF_BIRTH", cname).t(f", in US since {r.randint(2014, 2025)}. ")
    b.t(f"{_interp(p).capitalize()}. Referred from ")
    b.t(f"{r.choice(['Elmhurst', 'Lincoln', 'Woodhull', 'Kings County'])} ED after CXR with RUL ")
    b.t("cavity. Sputum x3 collected, AFB smear pending. Started RIPE per MD, DOT 5x/week. ")
    b.t(f"Weight {r.randint(44, 90)} kg.\n")
    if r.random() < 0.8:
        b.t(f"Pt anxious about reporting - {she(p)} ")
        b.marked("IMMIGRATION_STATUS", status(r, p, "auto"))
        b.t(". Reassured: TB services are free and confidential regardless of status.\n")
    b.t("ID on file: ")
    k = r.random()
    if k < 0.35:
        b.t("passport ").pii("PASSPORT", passport(r, p))
    elif k < 0.7:
        b.t("IDNYC ").pii("IDNYC", idnyc(r))
    else:
        b.t("I-94 ").pii("I94", i94(r))
    b.t(". Phone ").pii("PHONE", phone(r, p)).t(". Lives at ").pii("ADDRESS", full_address(r))
    b.t(".\nContacts to screen: ")
    for i in range(r.randint(1, 3)):
        c = person(r, p.community)
        if i:
            b.t("; ")
        b.pii("PERSON", name(r, c, r.choice(["full", "full", "given"])))
        b.t(f" ({relation(r, c)}")
        if r.random() < 0.5:
            b.t(", DOB ").pii("DATE_OF_BIRTH", dob(r))
        b.t(")")
    b.t(f".\nNext DOT visit {event_date(r)} 9:30 AM. ")
    b.t(f"TB case # TB-{r.randint(24, 26)}-{r.randint(1000, 9999)}. - ")
    b.pii("PERSON", name(r, nurse, r.choice(["full", "initial"]))).t(", PHN\n")
    return b


def _call_taker(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    ct = staff(r)
    b.t(f"INC# 26{r.randint(1000000, 9999999)}  RCVD {event_date(r)} ")
    b.t(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}\n")
    b.t(
        f"TYP: {r.choice(['EDP', 'INJURY', 'DISPUTE', 'SICK', 'FIRE/ODOR'])}  PRI {r.randint(2, 6)}\n"
    )
    b.t("LOC: ").pii("ADDRESS", full_address(r, caps=True)).t("\n")
    b.t("REMARKS:\n")
    b.t("CALLER ").pii("PERSON", name(r, p, "caps")).t(" STATES ")
    rel = person(r, p.community)
    b.pii("PERSON", name(r, rel, "caps")).t(f" ({relation(r, rel).upper()}) ")
    b.t(
        r.choice(
            [
                "NOT BREATHING NORMAL / FELL IN BATHROOM",
                "CHEST PAIN / DIAPHORETIC",
                "UNRESP ON FLOOR",
            ]
        )
    )
    b.t("\n")
    if p.c["language"] != "English":
        b.t(
            f"CALLER SPEAKS {p.c['language'].upper()} - LL INTERP #{r.randint(100000, 999999)} CONF\n"
        )
    b.t("CB# ").pii("PHONE", phone(r, p, local=True)).t("\n")
    if r.random() < 0.7:
        born, years = dob_age(r, 1940, 2000, style=r.choice(["mdy", "mdyy"]))
        b.t("PT DOB ").pii("DATE_OF_BIRTH", born).t(f" AGE {years}\n")
    if r.random() < 0.6:
        st = r.choice(["UNDOC", "UNDOCUMENTED", "NO PAPERS", "ASYLUM SEEKER", "ON PAROLE", "TPS"])
        b.t("CALLER ADV PT IS ").pii("IMMIGRATION_STATUS", st)
        b.t(" AND AFRAID OF POLICE - ADV EMS ONLY\n")
    if r.random() < 0.5:
        art, cname = from_country(country(r, rel)[0].upper())
        b.t("PT FROM ").pii("COUNTRY_OF_BIRTH", cname).t(" PER CALLER, HX DIABETES\n")
    b.t(f"EMS NOTIFIED {r.randint(0, 23):02d}:{r.randint(0, 59):02d} / NYPD NOT REQ\n")
    b.t(f"CT {r.randint(1000, 9999)} ").pii("PERSON", name(r, ct, "caps_last")).t("\n")
    return b


def _red_cross(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    hoh = person(r)
    cw = staff(r)
    b.t("American Red Cross - Greater New York / Disaster Cycle Services\n")
    b.t(f"Casework note, DR {r.randint(100, 999)}-26, {event_date(r)}\n\n")
    b.t(f"{r.choice(['2-alarm', '3-alarm', 'All-hands'])} fire at ")
    b.pii("ADDRESS", full_address(r, wrap=r.random() < 0.3))
    b.t(f"; {r.randint(4, 30)} units affected. Met HoH ").pii("PERSON", name(r, hoh)).t(" at the ")
    b.t("reception center (P.S. 14 gym). Household:\n")
    members = [hoh] + [
        person(r, hoh.community, surname=hoh.surname) for _ in range(r.randint(1, 3))
    ]
    for i, m in enumerate(members):
        b.t(f"  {i + 1}. ").pii(
            "PERSON", name(r, m, r.choice(["full", "last_first"] if i else ["last_first"]))
        )
        b.t(" - DOB ").pii("DATE_OF_BIRTH", dob(r, child=i > 1)).t("\n")
    b.t("HoH ").marked("IMMIGRATION_STATUS", status(r, hoh, "auto"))
    b.t(". The family's papers burned: ")
    k = r.random()
    if k < 0.5:
        b.t("EAD renewal notice (receipt ").pii("USCIS_RECEIPT", receipt(r)).t(")")
    else:
        b.t("I-94 printout (").pii("I94", i94(r)).t(")")
    b.t(" and ").t(r.choice(["the kids' birth certificates", "the passports", "the I-589 copy"]))
    b.t(". A-number given verbally: ").pii("A_NUMBER", a_number(r)).t(". ")
    b.t(f"Issued ${r.choice([250, 400, 575, 700])} client assistance card. Referred to HPD ")
    b.t("Emergency Housing Services and to NYLAG for replacement documents.\n")
    b.t("Best contact: ").pii("PHONE", phone(r, hoh))
    if r.random() < 0.5:
        b.t(" or ").pii("EMAIL", email(r, hoh))
    b.t(". Red Cross line for client: ").t(LEDGER_PUBLIC_PHONES[3]).t(".\n")
    b.t("- ").pii("PERSON", name(r, cw, "full")).t(", DCS caseworker\n")
    return b


def _sms_311(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    agent = staff(r)
    h, m = r.randint(7, 20), r.randint(0, 40)
    b.t(f"NYC311 Text - SR {r.randint(311000000, 311999999)} ({event_date(r)})\n")
    b.t(f"[{h}:{m:02d}] 311: Hi, this is ").pii("PERSON", name(r, agent, "given"))
    b.t(" with NYC311. How can I help?\n")
    b.t(f"[{h}:{m + 2:02d}] Resident: hi my name is ")
    b.pii("PERSON", name(r, p, r.choice(["lower", "full", "full"])))
    b.t(" no heat since friday in my apt, landlord says fix it next week\n")
    b.t(f"[{h}:{m + 3:02d}] 311: I'm sorry to hear that. What is the address?\n")
    addr = full_address(r)
    b.t(f"[{h}:{m + 5:02d}] Resident: ").pii("ADDRESS", addr.lower() if r.random() < 0.4 else addr)
    b.t(f"\n[{h}:{m + 6:02d}] 311: Thank you. A callback number and e-mail for updates?\n")
    b.t(f"[{h}:{m + 8:02d}] Resident: ").pii("PHONE", phone(r, p)).t(" and ")
    b.pii("EMAIL", email(r, p)).t("\n")
    if r.random() < 0.75:
        b.t(f"[{h}:{m + 9:02d}] Resident: will they ask for papers? i ")
        phrase = r.choice(
            ["am [undocumented]", "have [tps]", "am [asylum seeker]", "have no [papers]"]
            + ["am on [parole]", "dont have [papers]", "am [undocumented]"]
        )
        b.marked("IMMIGRATION_STATUS", phrase).t(r.choice([" and scared", "", " btw"])).t("\n")
        b.t(f"[{h}:{m + 11:02d}] 311: HPD inspections do not ask about immigration status.\n")
    if r.random() < 0.55:
        b.t(f"[{h}:{m + 12:02d}] Resident: ").pii("IDNYC", idnyc(r))
        b.t(" is my idnyc number if they need it\n")
    b.t(
        f"[{h}:{m + 14:02d}] 311: Your service request number is 311-{r.randint(10000000, 99999999)}. "
    )
    b.t("For emergencies call 911. You can also reach us at ").t(LEDGER_PUBLIC_PHONES[1]).t(".\n")
    return b


def _attendance_log(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    kid = person(r)
    mom = person(r, kid.community, surname=kid.surname if r.random() < 0.6 else None, female=True)
    at = staff(r)
    d1, d2, d3 = log_dates(r, 3)
    b.t(f"Attendance outreach log - {r.choice(LEDGER_SCHOOLS)}, ")
    b.t(f"District {r.choice(['7', '9', '24', '20'])}\nStudent: ")
    b.pii("PERSON", name(r, kid, r.choice(["caps_last", "last_first"]))).t("  DOB: ")
    b.pii("DATE_OF_BIRTH", dob(r, child=True, style=r.choice(["mdy", "iso"])))
    b.t(f"  ({r.randint(18, 46)} absences YTD)\n\n")
    b.t(f"{d1} - called home ").pii("PHONE", phone(r, mom)).t(", no answer, VM full.\n")
    b.t(f"{d2} - home visit with ").pii("PERSON", name(r, at, "full")).t(" to ")
    b.pii("ADDRESS", full_address(r)).t(". Spoke with ")
    b.pii("PERSON", name(r, mom, r.choice(["full", "given"]))).t(" (mother)")
    b.t(f" in {mom.c['language']}. She said ").pii("PERSON", name(r, kid, "given"))
    b.t(" was kept home after the raids on the news; family is from ")
    art, cname = from_country(country(r, mom)[0])
    b.t(art).pii("COUNTRY_OF_BIRTH", cname).t(" and mother ")
    b.marked("IMMIGRATION_STATUS", status(r, mom, "auto"))
    b.t(". Explained schools do not let ICE in without a judicial warrant.\n")
    b.t(f"{d3} - student back 3 days. Mom's new number ").pii("PHONE", phone(r, mom)).t(".\n")
    if r.random() < 0.5:
        b.t("Mom asked about free immigration help; gave ActionNYC (").t(LEDGER_PUBLIC_PHONES[0])
        b.t(") and the family worker's e-mail ").pii("EMAIL", email(r, at, "schools.nyc.gov"))
        b.t(".\n")
    return b


def case_note_i(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_iep_notes, _tb_note, _call_taker, _red_cross, _sms_311, _attendance_log])
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- intake forms ---------------------------------------------------------------------------------


def _syep(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    y = person(r)
    g = person(r, y.community, surname=y.surname)
    providers = ["CAMBA", "Henry Street Settlement", "Chinese-American Planning Council"]
    b.t("DYCD Summer Youth Employment Program - 2027 Application\n")
    b.t(f"Application ID: SYEP-27-{r.randint(100000, 999999)}   ")
    b.t(f"Provider: {r.choice(providers + ['Make the Road NY'])}\n\n")
    b.t("Section A - Participant\n")
    b.t("Last name: ").pii("PERSON", y.surname).t("    First name: ").pii("PERSON", y.given).t("\n")
    born, years = dob_age(r, 2003, 2012, style="mdy")
    b.t("Date of birth (MM/DD/YYYY): ").pii("DATE_OF_BIRTH", born)
    b.t(f"   Age on July 1: {years - 1}\n")
    line, city, _, zip5 = address(r)
    b.t("Home address: ").pii("ADDRESS", line).t(f"   Borough/City: {city}   ZIP: {zip5}\n")
    b.t("Cell: ").pii("PHONE", phone(r)).t("   E-mail: ").pii("EMAIL", email(r, y)).t("\n")
    if r.random() < 0.45:
        b.t("Social Security No.: ").pii("SSN", ssn(r)).t("\n")
    else:
        b.t("SSN / ITIN: ").pii("ITIN", itin(r)).t("\n")
    b.t("Country of birth: ").pii("COUNTRY_OF_BIRTH", country(r, y)[0]).t("\n")
    b.t("Work authorization document: ")
    k = r.random()
    if k < 0.35:
        b.t("Employment Authorization Card (I-766), receipt no. ").pii("USCIS_RECEIPT", receipt(r))
    elif k < 0.6:
        b.t("Permanent Resident Card, USCIS # ").pii("A_NUMBER", a_number(r, bare=True))
    else:
        b.t("Unexpired foreign passport ").pii("PASSPORT", passport(r, y, foreign=True))
        b.t(" with I-94 ").pii("I94", i94(r))
    b.t("\nCitizenship/immigration status (for eligibility only): ")
    b.pii("IMMIGRATION_STATUS", r.choice(LEDGER_STATUS_FIELD)).t("\n\n")
    b.t("Section B - Parent/guardian (under 18)\nName: ").pii("PERSON", name(r, g, "full"))
    rel = r.choice(["Mother", "Aunt", "Grandmother"] if g.female else ["Father", "Uncle"])
    b.t(f"   Relationship: {rel}   Phone: ").pii("PHONE", phone(r, g))
    b.t(f"\nPreferred language: {g.c['language']}\n")
    b.t("Questions: ").t(LEDGER_SHARED_MAILBOXES[0]).t(" or ").t(LEDGER_PUBLIC_PHONES[2]).t("\n")
    return b


def _passport_acceptance(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    mom = person(r, female=True)
    kid = person(r, mom.community, surname=mom.surname)
    dad = person(r, mom.community, female=False)
    clerk = staff(r)
    libs = ["Queens Public Library at Elmhurst", "Brooklyn Public Library - Central Library"]
    b.t(f"{r.choice(libs + ['NYPL Stavros Niarchos Foundation Library'])} - Passport Acceptance\n")
    b.t(
        f"Appointment worksheet  {event_date(r)} {r.randint(10, 16)}:{r.choice(['00', '15', '30', '45'])}\n"
    )
    b.t("Form: DS-11 (minor under 16, both parents)  Fee: $100 + $35 execution fee\n\n")
    b.t("Applicant: ").pii("PERSON", name(r, kid, "caps")).t("\n")
    b.t("DOB: ").pii("DATE_OF_BIRTH", dob(r, child=True, years=(2011, 2025)))
    b.t(f"   Place of birth: {r.choice(['Queens', 'Brooklyn', 'Bronx', 'New York'])}, NY\n")
    b.t("SSN (DS-11 item 5): ").pii("SSN", ssn(r)).t("\n")
    b.t("Mailing address: ").pii("ADDRESS", full_address(r)).t("\n")
    b.t("Parent 1: ").pii("PERSON", name(r, mom, "full")).t("   DOB ")
    b.pii("DATE_OF_BIRTH", dob(r, years=(1976, 2002)))
    b.t("\n   ID presented: foreign passport no. ").pii("PASSPORT", passport(r, mom, foreign=True))
    b.t("   Nationality: ").pii("COUNTRY_OF_BIRTH", country(r, mom)[1]).t("\n")
    b.t("Parent 2: ").pii("PERSON", name(r, dad, "full")).t("   ID presented: ")
    k = r.random()
    if k < 0.4:
        b.t("IDNYC #").pii("IDNYC", idnyc(r))
    elif k < 0.7:
        b.t("Perm. Resident Card, A# ").pii("A_NUMBER", a_number(r, bare=r.random() < 0.5))
    else:
        b.t("foreign passport ").pii("PASSPORT", passport(r, dad, foreign=True))
        b.t(", I-94 ").pii("I94", i94(r))
    b.t("\nContact phone: ").pii("PHONE", phone(r, mom)).t("   E-mail: ")
    b.pii("EMAIL", email(r, mom)).t("\n")
    b.t("Travel: ").t(r.choice(LEDGER_TRAVEL_COUNTRIES)).t(f", {event_date(r)}\n")
    b.t("Accepted by: ").pii("PERSON", name(r, clerk, "initial")).t(
        f", agent #{r.randint(1000, 9999)}\n"
    )
    return b


def _workforce1(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    adv = staff(r)
    centers = ["Bronx", "Jamaica", "Flushing", "Brooklyn", "Upper Manhattan"]
    b.t(f"Workforce1 Career Center - {r.choice(centers)}\n")
    b.t(
        f"Customer intake    Registration # W1-{r.randint(1000000, 9999999)}    Date: {event_date(r)}\n\n"
    )
    b.t("1. Name (Last, First): ").pii("PERSON", name(r, p, r.choice(["last_first", "caps_last"])))
    b.t("\n2. Date of birth: ").pii("DATE_OF_BIRTH", dob(r)).t("\n")
    b.t("3. Address: ").pii("ADDRESS", full_address(r)).t("\n")
    b.t("4. Phone: ").pii("PHONE", phone(r, p)).t("    5. Email: ").pii("EMAIL", email(r, p)).t(
        "\n"
    )
    b.t("6. SSN: ").pii("SSN", ssn(r)).t("\n")
    opts = [
        "U.S. citizen",
        "Permanent resident",
        "Refugee/asylee",
        "TPS",
        "Other work authorization",
    ]
    pick = r.randrange(1, len(opts))
    b.t("7. Work authorization (check one):\n")
    for i, o in enumerate(opts):
        b.t("   [x] " if i == pick else "   [ ] ")
        if i == pick and i != 4:
            b.pii("IMMIGRATION_STATUS", o)
        else:
            b.t(o)
        b.t("\n")
    if pick == 4:
        b.t("   explain: ").pii(
            "IMMIGRATION_STATUS", r.choice(["asylum pending", "parolee", "DACA"])
        )
        b.t(", EAD cat. (c)(8)\n")
    b.t("8. USCIS/A-number: ").pii("A_NUMBER", a_number(r, bare=r.random() < 0.5)).t("\n")
    if r.random() < 0.5:
        b.t("9. I-94 # (if any): ").pii("I94", i94(r)).t("\n")
    else:
        b.t("9. Pending case receipt: ").pii("USCIS_RECEIPT", receipt(r)).t("\n")
    b.t("10. Country of birth: ").pii("COUNTRY_OF_BIRTH", country(r, p)[0])
    langs = p.c["language"] + ", " if p.c["language"] != "English" else ""
    b.t(f"    Languages: {langs}English ({r.choice(['basic', 'intermediate', 'fluent'])})\n")
    jobs = ["home health aide", "construction (SST card)", "warehouse", "food service"]
    b.t(f"11. Target job: {r.choice(jobs)}\n")
    b.t("Advisor: ").pii("PERSON", name(r, adv, "full")).t(" - ")
    b.pii("EMAIL", email(r, adv, "sbs.nyc.gov")).t("\n")
    return b


def _wic_ocr(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    mom = person(r, female=True)
    baby = person(r, mom.community, surname=mom.surname)
    agencies = ["Lutheran Family Health Centers", "Morris Heights Health Center", "SUNY Downstate"]
    b.t("NYS WIC PROGRAM - CERTIFICATlON F0RM  (scan p.1/2)\n")
    b.t(f"Local agency: {r.choice(agencies)} WIC  Site 0{r.randint(10, 99)}\n")
    b.t("Participant / Participante\nName: ").pii(
        "PERSON", name(r, baby, r.choice(["caps", "full"]))
    )
    b.t("\nDate of\nBirth:  ").pii(
        "DATE_OF_BIRTH", dob(r, child=True, style=r.choice(["mdy", "mdyy"]), years=(2022, 2026))
    )
    b.t(" Categ: I\n")
    b.t("Parent/Guardian: ").pii("PERSON", name(r, mom, r.choice(["full", "caps"]))).t(
        "\nDOB (parent):\n"
    )
    b.pii("DATE_OF_BIRTH", dob(r, years=(1980, 2006))).t("\n")
    line, city, st, z = address(r)
    if line.count(" ") > 1 and r.random() < 0.6:
        cut = line.index(" ", line.index(" ") + 1)
        b.t("Address: ").pii("ADDRESS", line[:cut] + "\n" + line[cut + 1 :]).t(
            f" {city} {st}\n{z}\n"
        )
    else:
        b.t("Address: ").pii("ADDRESS", f"{line}, {city} {st} {z}").t("\n")
    b.t("Phone: ").pii("PHONE", phone(r, mom)).t(" Alt:\n")
    b.t("Proof of ID: ")
    if r.random() < 0.5:
        b.t("IDNYC ").pii("IDNYC", idnyc(r))
    else:
        b.t("Passport ").pii("PASSPORT", passport(r, mom, foreign=True))
    b.t(f"\nProof of res.: Con Ed bill  Income: ${r.randint(900, 3400)}/mo\n")
    b.t(f"Language: {mom.c['language']}  Notes: mom born in ")
    art, cname = from_country(country(r, mom)[0])
    b.t(art).pii("COUNTRY_OF_BIRTH", cname).t(", asked if WIC affects")
    b.t("\npublic charge. Told WIC is not counted. Mom ")
    b.marked("IMMIGRATION_STATUS", status(r, mom, "auto"))
    b.t(".\nNext appt: ").t(event_date(r)).t("  CPA: ").pii("PERSON", name(r, staff(r), "initial"))
    b.t("\n")
    return b


def _tlc(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    b.t("NYC Taxi & Limousine Commission - TLC Driver License Application (For-Hire Vehicle)\n")
    b.t(f"Application # {r.randint(6000000, 6999999)}    Filed: {event_date(r)}\n")
    b.t("Send documents to: ").t(r.choice(LEDGER_AGENCY_ADDRESSES[4:7:2])).t("\n\n")
    b.t("APPLICANT NAME: ").pii("PERSON", name(r, p, "caps")).t("\n")
    b.t("DATE OF BIRTH: ").pii(
        "DATE_OF_BIRTH", dob(r, style=r.choice(["mdy", "long"]), years=(1955, 2004))
    )
    b.t("\nHOME ADDRESS: ").pii("ADDRESS", full_address(r, caps=True)).t("\n")
    b.t("TELEPHONE: ").pii("PHONE", phone(r)).t("   EMAIL: ").pii("EMAIL", email(r, p)).t("\n")
    if r.random() < 0.55:
        b.t("SOCIAL SECURITY NUMBER: ").pii("SSN", ssn(r)).t("\n")
    else:
        b.t("SSN (or ITIN if no SSN): ").pii("ITIN", itin(r)).t("\n")
    b.t(f"NYS DMV LICENSE CLASS: E   DEFENSIVE DRIVING COURSE: {event_date(r)}\n")
    b.t("PROOF OF LEGAL PRESENCE: ")
    k = r.random()
    if k < 0.4:
        b.t("EAD, A-NUMBER ").pii("A_NUMBER", a_number(r))
    elif k < 0.7:
        b.t("EAD RENEWAL RECEIPT ").pii("USCIS_RECEIPT", receipt(r).upper())
    else:
        b.t("PASSPORT ").pii("PASSPORT", passport(r, p, foreign=True)).t(" + I-94 ").pii(
            "I94", i94(r)
        )
    b.t(
        f"\nDRUG TEST: {r.choice(['PASSED', 'SCHEDULED'])}   WAV TRAINING: N/A   FEE PAID: $252.00\n"
    )
    b.t("Questions: TLC Licensing, ").t(r.choice(LEDGER_PUBLIC_PHONES[:2])).t("\n")
    return b


def _dof_screen(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    sp = person(r, p.community, surname=p.surname, female=not p.female)
    born, years = dob_age(r, 1938, 1963, style=r.choice(["compact", "oracle", "iso"]))
    b.t(f"DOF-PTS   SCRIE/DHE EXEMPTION APPLICATION     SCREEN EX021    {event_date(r)}\n")
    b.t("-" * 72 + "\n")
    b.t(f"BBL: {r.randint(1, 5)}-{r.randint(10000, 99999):05d}-{r.randint(1, 999):04d}    ")
    b.t(f"APPL NO: EX{r.randint(10000000, 99999999)}\n")
    b.t("APPL-NM   : ").pii("PERSON", f"{p.surname.upper()}, {p.given.upper()}").t("\n")
    b.t("APPL-DOB  : ").pii("DATE_OF_BIRTH", born).t(f"   AGE: {years}\n")
    b.t("APPL-SSN  : ").pii("SSN", ssn(r).replace("-", "").replace(" ", "")).t("\n")
    b.t("PREM-ADDR : ").pii("ADDRESS", address(r)[0].upper()).t("\n")
    b.t("PHONE     : ").pii("PHONE", phone(r)).t("\n")
    b.t("SPOUSE-NM : ").pii("PERSON", f"{sp.surname.upper()}, {sp.given.upper()}").t("   SP-DOB: ")
    b.pii("DATE_OF_BIRTH", dob(r, style="compact", years=(1940, 1975))).t("\n")
    if r.random() < 0.6:
        b.t("SP-TAXID  : ").pii("ITIN", itin(r).replace("-", "").replace(" ", "")).t("   (ITIN)\n")
    b.t(f"HH-INCOME : ${r.randint(14000, 50000):,}   RENT: ${r.randint(900, 2200):,}.00\n")
    b.t("CORR-ADDR : NYC DEPT OF FINANCE, ").t(LEDGER_AGENCY_ADDRESSES[5].upper()).t("\n")
    b.t("REMARKS   : APPL ")
    remarks = [
        "IS A [LAWFUL PERMANENT RESIDENT]",
        "IS [LPR]",
        "IS A [REFUGEE]",
        "HAS [ASYLUM] GRANTED",
    ]
    b.marked("IMMIGRATION_STATUS", r.choice(remarks + ["IS [ASYLEE]"]))
    b.t(" - SSA BENEFIT LETTER RECD; NATIVE OF ")
    b.pii("COUNTRY_OF_BIRTH", country(r, p)[0].upper()).t("\n")
    return b


def intake_form_i(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice([_syep, _passport_acceptance, _workforce1, _wic_ocr, _tlc, _dof_screen])
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- letters --------------------------------------------------------------------------------------


def _letterhead(b: Any, r: random.Random, org: str, addr: str) -> None:
    b.t(f"{org}\n{addr}\n\n{event_date(r)}\n\n")


def _mlp_referral(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    doc, sw = staff(r), staff(r)
    hosp, addr = r.choice(
        [
            ("NYC Health + Hospitals/Elmhurst", "79-01 Broadway, Elmhurst, NY 11373"),
            ("NYC Health + Hospitals/Lincoln", "234 East 149th Street, Bronx, NY 10451"),
            ("NYC Health + Hospitals/Kings County", "451 Clarkson Avenue, Brooklyn, NY 11203"),
        ]
    )
    _letterhead(b, r, f"{hosp} - Medical-Legal Partnership", addr)
    orgs = ["LegalHealth (NYLAG)", "Legal Aid Society Immigration Unit", "Bronx Legal Services"]
    b.t(f"To: {r.choice(orgs)}\n")
    b.t("Re: ").pii("PERSON", name(r, p, r.choice(["full", "caps"]))).t(", DOB ")
    b.pii("DATE_OF_BIRTH", dob(r)).t(f", MRN {r.randint(1000000, 9999999)}\n\nDear colleagues,\n\n")
    clinics = [
        "adult primary care",
        "the HIV clinic",
        "the women's health clinic",
        "the diabetes clinic",
    ]
    b.t(f"I am referring our patient, whom I see in {r.choice(clinics)}, for an immigration ")
    b.t(f"consultation. {hon(p)} ").pii("PERSON", p.surname).t(" was born in ")
    art, cname = from_country(country(r, p)[0])
    b.t(art).pii("COUNTRY_OF_BIRTH", cname).t(f" and came to New York in {r.randint(2012, 2025)}. ")
    b.t(f"{she(p).capitalize()} ").marked("IMMIGRATION_STATUS", status(r, p)).t(". ")
    k = r.random()
    if k < 0.4:
        b.t("An I-589 was filed; the receipt notice reads ").pii("USCIS_RECEIPT", receipt(r))
        b.t(". ")
    elif k < 0.7:
        b.t(f"{'Her' if p.female else 'His'} A-number is ").pii("A_NUMBER", a_number(r)).t(". ")
    else:
        b.t(f"{she(p).capitalize()} showed an I-94 record, no. ").pii("I94", i94(r)).t(". ")
    b.t("Ongoing treatment here would be seriously disrupted by removal, and I can provide a ")
    b.t("letter on the medical facts.\n\n")
    b.t(f"{she(p).capitalize()} can be reached at ").pii("PHONE", phone(r, p)).t(" and lives at ")
    b.pii("ADDRESS", full_address(r)).t(
        f". Preferred language: {p.c['language']}.\n\nSincerely,\n\n"
    )
    b.pii("PERSON", name(r, doc, "full")).t(", MD\ncc: ").pii("PERSON", name(r, sw, "full"))
    b.t(", LCSW (").pii("EMAIL", email(r, sw, "nychhc.org")).t("); MLP intake ")
    b.t(LEDGER_SHARED_MAILBOXES[4]).t("\n")
    return b


def _dof_letter(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    o2 = person(r, p.community, surname=p.surname, female=not p.female)
    _letterhead(
        b,
        r,
        "NYC Department of Finance - Senior Citizen Homeowners' Exemption (SCHE)",
        LEDGER_AGENCY_ADDRESSES[5],
    )
    b.pii("PERSON", name(r, p, "caps")).t("\n").pii(
        "ADDRESS", full_address(r, caps=True, wrap=True)
    )
    b.t(f"\n\nProperty: BBL {r.randint(1, 5)}-{r.randint(10000, 99999):05d}-{r.randint(1, 99):04d}")
    b.t(f"   Application EX{r.randint(10000000, 99999999)}\n\n")
    b.t(f"Dear {hon(p)} ").pii("PERSON", p.surname).t(":\n\n")
    b.t(f"We reviewed your application received on {event_date(r)}. To finish it, we need proof ")
    b.t("of the age and income of every owner. We have the following on file:\n")
    b.t("  Owner 1: ").pii("PERSON", name(r, p, "full")).t(", born ")
    b.pii("DATE_OF_BIRTH", dob(r, style="long", years=(1938, 1963))).t(", SSN ending ")
    b.t(_digits(r, 4)).t("\n")
    b.t("  Owner 2: ").pii("PERSON", name(r, o2, "full")).t(", born ")
    b.pii("DATE_OF_BIRTH", dob(r, style="long", years=(1940, 1970)))
    b.t(", ITIN ").pii("ITIN", itin(r)).t("\n\n")
    b.t("Owner 2's income is reported under an ITIN. Please send the 2025 federal return ")
    b.t(f"(Form 1040) and the {r.choice(['SSA-1099', 'pension statement'])}. If approved, the ")
    b.t(f"exemption would lower your property tax by about ${r.randint(400, 2400):,} a year.\n\n")
    b.t("Call ").t(LEDGER_PUBLIC_PHONES[0]).t(
        " and ask for the Senior Exemption Unit, or write to "
    )
    b.t("us at the address above. Please quote your application number.\n\n")
    b.t("NYC Department of Finance\n")
    return b


def _attendance_letter(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    kid = person(r, r.choice(["poblano", "dominican", "garifuna", "poblano"]))
    mom = person(r, kid.community, surname=kid.surname.split()[0].split("-")[0], female=True)
    ap = staff(r)
    _letterhead(
        b, r, f"{r.choice(LEDGER_SCHOOLS)} - Attendance Office", "New York City Public Schools"
    )
    b.t("Para / To: ").pii("PERSON", name(r, mom, r.choice(["full", "caps"]))).t("\n")
    b.pii("ADDRESS", full_address(r, wrap=True)).t("\n\n")
    b.t("Estimada Sra. ").pii("PERSON", mom.surname.split()[0]).t(":\n\n")
    b.t("Le escribimos porque su hijo/a ").pii("PERSON", name(r, kid, "full"))
    b.t(" (fecha de nacimiento ")
    b.pii("DATE_OF_BIRTH", dob(r, child=True, style=r.choice(["mdy", "es"])))
    b.t(f") ha faltado {r.randint(10, 30)} días este año escolar. Queremos ayudar.\n")
    b.t("We are writing because your child has missed many days this school year. We want to help.")
    b.t(
        "\n\nSabemos que muchas familias tienen miedo. Las escuelas no preguntan si un estudiante o "
    )
    b.t("sus padres tienen papeles y no comparten esa información. ")
    b.t("Our records note that you told the family worker that you ")
    b.marked("IMMIGRATION_STATUS", r.choice(LEDGER_STATUS_YOU)).t(". That will not be shared.\n\n")
    b.t(f"Reunión / meeting: {event_date(r)} a las {r.randint(8, 15)}:00 con ")
    b.pii("PERSON", name(r, ap, "full")).t(" (assistant principal). Llame al ")
    b.pii("PHONE", phone(r)).t(" (directo de ").pii("PERSON", ap.given).t(") o escriba a ")
    b.pii("EMAIL", email(r, ap, "schools.nyc.gov")).t(".\n\nAtentamente,\nAttendance Team\n")
    return b


def _vendor_waitlist(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    _letterhead(
        b,
        r,
        "NYC Department of Consumer and Worker Protection - Licensing Center",
        "42 Broadway, New York, NY 10004",
    )
    b.pii("PERSON", name(r, p, r.choice(["full", "caps"]))).t("\n")
    b.pii("ADDRESS", full_address(r, wrap=True)).t("\n\n")
    b.t(
        f"Re: Mobile Food Vending Supervisory License - waitlist position {r.randint(100, 9999)}\n\n"
    )
    b.t(f"Dear {hon(p)} ").pii("PERSON", p.surname).t(",\n\n")
    b.t(
        f"Your name has reached the top of the waitlist opened on {event_date(r)}. To apply, bring "
    )
    b.t("the following to our Licensing Center by ").t(event_date(r)).t(":\n")
    b.t(f"  - your Mobile Food Vendor license (MFV {r.randint(10000, 99999)})\n")
    b.t("  - photo ID (we have ")
    k = r.random()
    if k < 0.4:
        b.t("IDNYC no. ").pii("IDNYC", idnyc(r))
    elif k < 0.7:
        b.t("passport no. ").pii("PASSPORT", passport(r, p, foreign=True))
    else:
        b.t("your ID NYC card ").pii("IDNYC", idnyc(r))
    b.t(" on file)\n  - your Social Security Number or ITIN (on file: ")
    if r.random() < 0.5:
        b.pii("ITIN", itin(r))
    else:
        b.pii("SSN", ssn(r))
    b.t(")\n  - NYS Certificate of Authority (sales tax)\n\n")
    b.t("Immigration status is not a condition of this license and we do not ask about it. ")
    b.t(f"Application fee: ${r.choice([50, 75, 200])}. We have your phone as ").pii(
        "PHONE", phone(r)
    )
    b.t(" and e-mail as ").pii("EMAIL", email(r, p)).t("; tell us if they change.\n\nQuestions: ")
    b.t(LEDGER_SHARED_MAILBOXES[3]).t(" or ").t(LEDGER_PUBLIC_PHONES[0]).t(
        ".\n\nLicensing Division\n"
    )
    return b


def _red_cross_letter(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    hoh = person(r)
    cw = staff(r)
    _letterhead(b, r, "American Red Cross in Greater New York", LEDGER_AGENCY_ADDRESSES[7])
    b.t("TO WHOM IT MAY CONCERN\n\n")
    b.t("This letter confirms that ").pii("PERSON", name(r, hoh, "full")).t(" (date of birth ")
    b.pii("DATE_OF_BIRTH", dob(r)).t("), of ").pii("ADDRESS", full_address(r))
    b.t(f", was displaced by a fire on {event_date(r)} and has received Red Cross emergency ")
    b.t("assistance. Household members:\n")
    for _ in range(r.randint(1, 3)):
        m = person(r, hoh.community, surname=hoh.surname)
        b.t("  ").pii("PERSON", name(r, m, "full")).t(", ").pii("DATE_OF_BIRTH", dob(r, child=True))
        b.t("\n")
    b.t("\nThe family lost identity documents in the fire, including ")
    k = r.random()
    if k < 0.35:
        b.t(f"{'her' if hoh.female else 'his'} passport (")
        b.pii("PASSPORT", passport(r, hoh, foreign=True)).t(")")
    elif k < 0.7:
        b.t("a USCIS approval notice (").pii("USCIS_RECEIPT", receipt(r)).t(")")
    else:
        b.t("an I-94 (").pii("I94", i94(r)).t(")")
    b.t(". Please assist with replacement. ").pii("PERSON", name(r, hoh, "surname"))
    b.t(" can be reached at ").pii("PHONE", phone(r, hoh)).t(".\n\nSincerely,\n")
    b.pii("PERSON", name(r, cw, "full")).t("\nDisaster Caseworker, ")
    b.pii("EMAIL", email(r, cw, "redcross.org")).t("\n")
    return b


def _tb_letter(r: random.Random, B: Callable[[], Any]) -> Any:
    b = B()
    p = person(r)
    md = staff(r)
    _letterhead(
        b,
        r,
        "NYC Department of Health and Mental Hygiene - Bureau of Tuberculosis Control",
        LEDGER_AGENCY_ADDRESSES[0],
    )
    b.t("Re: ").pii("PERSON", name(r, p, "full")).t("   DOB: ").pii("DATE_OF_BIRTH", dob(r)).t(
        "\n\n"
    )
    b.t("To the employer:\n\n")
    b.t(f"The person named above has been treated at our chest center since {event_date(r)} and ")
    b.t(f"is no longer infectious. {she(p).capitalize()} may return to work. No further ")
    b.t("information about their health will be given without their written consent.\n\n")
    b.t(f"For identification, {'her' if p.female else 'his'} ")
    k = r.random()
    if k < 0.4:
        b.t("IDNYC card number is ").pii("IDNYC", idnyc(r))
    elif k < 0.8:
        b.t("passport number is ").pii("PASSPORT", passport(r, p, foreign=True))
    else:
        b.t("I-94 number is ").pii("I94", i94(r))
    b.t(".\n\nAt the patient's request we note that ").pii("PERSON", name(r, p, "full"))
    b.t(" ").marked("IMMIGRATION_STATUS", status(r, p))
    b.t("; this does not affect eligibility for treatment, and the City does not share it.\n\n")
    b.t("Questions: ").t(LEDGER_SHARED_MAILBOXES[2]).t(".\n\n")
    b.pii("PERSON", name(r, md, "full")).t(", MD, MPH\n")
    return b


def letter_i(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.choice(
        [
            _mlp_referral,
            _dof_letter,
            _attendance_letter,
            _vendor_waitlist,
            _red_cross_letter,
            _tb_letter,
        ]
    )
    b = layout(r, B)
    return [(b.text(), b.labels, "")]


# -- CSV extracts (one segment per cell) ----------------------------------------------------------

Cell = tuple[str, str, str | None]  # (header as written, value, label type or None)


def _rows_semicolon(r: random.Random) -> list[list[Cell]]:
    """A spreadsheet pasted into an e-mail by a community group, semicolons, Spanish headers."""
    rows = []
    extra = r.choice(["recibo", "idnyc", "pasaporte", None])
    for _ in range(r.randint(2, 4)):
        p = person(r, r.choice(["poblano", "dominican", "garifuna", "poblano"]))
        st = r.choice(["indocumentado", "TPS", "asilo pendiente", "residente", "sin papeles"])
        row: list[Cell] = [
            ("Nombre", p.given, "PERSON"),
            ("Apellido(s)", p.surname, "PERSON"),
            ("Fecha de nac.", dob(r, style=r.choice(["mdy", "dots", "mdy"])), "DATE_OF_BIRTH"),
            ("Tel.", phone(r, p), "PHONE"),
            ("País", country(r, p)[0], "COUNTRY_OF_BIRTH"),
            ("Estatus", r.choice([st, st, "parole humanitario", "DACA"]), "IMMIGRATION_STATUS"),
            ("Dirección", full_address(r), "ADDRESS"),
        ]
        if extra == "recibo":
            row.append(("No. recibo USCIS", receipt(r), "USCIS_RECEIPT"))
        elif extra == "idnyc":
            row.append(("IDNYC", idnyc(r), "IDNYC"))
        elif extra == "pasaporte":
            row.append(("Pasaporte", passport(r, p, foreign=True), "PASSPORT"))
        row.append(("Cita", event_date(r), None))
        row.append(("Idioma", r.choice(["español", "garífuna", "mixteco", "español"]), None))
        rows.append(row)
    return rows


def _rows_immunization(r: random.Random) -> list[list[Cell]]:
    """A tab-separated immunization registry export."""
    rows = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        rows.append(
            [
                ("PATIENT_LAST", p.surname.upper(), "PERSON"),
                ("PATIENT_FIRST", p.given.upper(), "PERSON"),
                (
                    "DOB",
                    dob(r, child=r.random() < 0.6, style=r.choice(["mdy", "iso"])),
                    "DATE_OF_BIRTH",
                ),
                ("ADDR1", address(r)[0].upper(), "ADDRESS"),
                ("PHONE", phone(r), "PHONE"),
                ("COB", country(r, p)[2], "COUNTRY_OF_BIRTH"),
                ("VACCINE", r.choice(["MMR", "Tdap", "HepB", "IPV", "Varicella", "IGRA"]), None),
                ("ADMIN_DATE", event_date(r), None),
                (
                    "FACILITY",
                    r.choice(["Fort Greene Imm Clinic", "Corona Chest Ctr", "Lincoln Hospital"]),
                    None,
                ),
                ("LANG", p.c["language"].upper(), None),
            ]
        )
    return rows


def _rows_mainframe(r: random.Random) -> list[list[Cell]]:
    """A fixed-width benefits mainframe report, cut into its fields."""
    rows = []
    with_rcpt = r.random() < 0.5
    for _ in range(r.randint(2, 4)):
        p = person(r)
        tax = r.random() < 0.5
        taxid = (itin(r) if tax else ssn(r)).replace("-", "").replace(" ", "")
        row: list[Cell] = [
            ("CLNT-NM", f"{p.surname.upper()},{p.given.upper()}", "PERSON"),
            ("BRTH-DT", dob(r, style="compact"), "DATE_OF_BIRTH"),
            ("SSN-ITIN", taxid, "ITIN" if tax else "SSN"),
            ("A-NO", a_number(r, bare=True).replace("-", ""), "A_NUMBER"),
            ("CNTRY", country(r, p)[2], "COUNTRY_OF_BIRTH"),
            ("STAT-CD", r.choice(LEDGER_STATUS_CODES), "IMMIGRATION_STATUS"),
        ]
        if with_rcpt:
            row.append(
                ("RCPT-NO", receipt(r).replace("-", "").replace(" ", "").upper(), "USCIS_RECEIPT")
            )
        else:
            row.append(("I94-NO", i94(r), "I94"))
        row.append(("CASE-NO", f"{r.randint(10, 99)}{r.randint(1000000, 9999999)}", None))
        opened = f"{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.choice([2024, 2025, 2026])}"
        row.append(("OPEN-DT", opened, None))
        rows.append(row)
    return rows


def _rows_interpreter(r: random.Random) -> list[list[Cell]]:
    """A hospital interpreter-dispatch log."""
    rows = []
    for _ in range(r.randint(2, 4)):
        p, nurse = person(r), staff(r)
        rows.append(
            [
                ("Request ID", f"INT-{r.randint(100000, 999999)}", None),
                ("Patient", name(r, p, r.choice(["last_first", "full"])), "PERSON"),
                ("MRN", str(r.randint(1000000, 9999999)), None),
                ("DOB", dob(r), "DATE_OF_BIRTH"),
                ("Language", p.c["language"], None),
                ("Unit", r.choice(["L&D", "5 West", "Peds ED", "Dialysis", "Chest Clinic"]), None),
                ("Requested by", name(r, nurse, "full"), "PERSON"),
                ("Requester email", email(r, nurse, "nychhc.org"), "EMAIL"),
                ("Patient callback", phone(r, p), "PHONE"),
                (
                    "Requested at",
                    f"{event_date(r)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                    None,
                ),
            ]
        )
    return rows


def _rows_vendor(r: random.Random) -> list[list[Cell]]:
    """A street-vendor permit waitlist."""
    rows = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        tax = r.random() < 0.6
        rows.append(
            [
                ("Waitlist #", str(r.randint(1, 12000)), None),
                ("Applicant Name", name(r, p, r.choice(["full", "caps", "last_first"])), "PERSON"),
                ("Tax ID (SSN/ITIN)", itin(r) if tax else ssn(r), "ITIN" if tax else "SSN"),
                ("Home Address", full_address(r), "ADDRESS"),
                ("Phone", phone(r, p), "PHONE"),
                ("Email", email(r, p), "EMAIL"),
                ("IDNYC No.", idnyc(r), "IDNYC"),
                ("Date Added", event_date(r), None),
                ("Fee Paid", f"${r.choice([50, 75, 200])}.00", None),
            ]
        )
    return rows


def _rows_voters(r: random.Random) -> list[list[Cell]]:
    """A municipal voting roster of non-citizen residents."""
    rows = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        doc = r.random()
        if doc < 0.35:
            d = ("Permanent Resident Card", a_number(r), "A_NUMBER", "LPR")
        elif doc < 0.7:
            d = ("EAD", receipt(r), "USCIS_RECEIPT", r.choice(["TPS", "DACA", "Asylum pending"]))
        else:
            d = ("I-94", i94(r), "I94", r.choice(["Parolee", "Asylum seeker"]))
        rows.append(
            [
                ("Voter Name", name(r, p, r.choice(["full", "caps_last"])), "PERSON"),
                ("Res. Address", full_address(r), "ADDRESS"),
                ("DOB", dob(r), "DATE_OF_BIRTH"),
                ("Eligibility Doc", d[0], None),
                ("Doc No.", d[1], d[2]),
                ("Status", d[3], "IMMIGRATION_STATUS"),
                ("Nationality", country(r, p)[1], "COUNTRY_OF_BIRTH"),
                ("ED/AD", f"{r.randint(1, 99):03d}/{r.randint(23, 87)}", None),
            ]
        )
    return rows


def _rows_syep(r: random.Random) -> list[list[Cell]]:
    """An SYEP payroll roster."""
    rows = []
    for _ in range(r.randint(2, 4)):
        p = person(r)
        k = r.random()
        if k < 0.4:
            auth: Cell = ("USCIS Receipt #", receipt(r), "USCIS_RECEIPT")
        elif k < 0.7:
            auth = ("I-94 #", i94(r), "I94")
        else:
            auth = ("Passport #", passport(r, p, foreign=True), "PASSPORT")
        tax = r.random() < 0.4
        sites = ["Queens Botanical Garden", "Lincoln Center", "NYPL Bronx Library Center", "SBS"]
        nat = country(r, p)
        rows.append(
            [
                ("Last", p.surname, "PERSON"),
                ("First", p.given, "PERSON"),
                ("DOB", dob(r, style="mdy", years=(2003, 2012)), "DATE_OF_BIRTH"),
                ("SSN/ITIN", itin(r) if tax else ssn(r), "ITIN" if tax else "SSN"),
                auth,
                ("Nat'l", nat[2] if r.random() < 0.5 else nat[1], "COUNTRY_OF_BIRTH"),
                ("Worksite", r.choice(sites), None),
                ("Hourly", "$16.50", None),
            ]
        )
    return rows


def csv_extract_i(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_rows_semicolon, _rows_immunization, _rows_mainframe, _rows_interpreter]
    layout = r.choice(layouts + [_rows_vendor, _rows_voters, _rows_syep])
    out: Out = []
    for row in layout(r):
        for header, value, type_ in row:
            b = B()
            if type_ is None:
                b.t(value)
            else:
                b.pii(type_, value)
            out.append((b.text(), b.labels, f"{header}: "))
    return out


LEDGER_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_i": case_note_i,
    "intake_form_i": intake_form_i,
    "letter_i": letter_i,
    "csv_extract_i": csv_extract_i,
}
