"""The "cabinet" split: blind held-out templates "*_k", with pools and generators of their own.

Written blind on 2026-12-03 without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates (fresh, holdout.py, final.py, unseen.py, sealed.py,
vault.py, ledger.py, archive.py). Its names and streets are checked by code
(tests/privacy/test_eval_corpus.py) to be disjoint from every older pool; countries and status
terms are closed vocabularies, written as real New York City files write them.

Institutions and layouts (all new to the corpus):

- case notes: asylum-seeker arrival-centre (HERRC) registration notes with 30/60-day notices;
  HL7 v2 ADT messages pasted from a hospital feed into a social-work note (PID/NK1 segments,
  "^"-separated names and address parts, YYYYMMDD birth dates); application log lines in
  key=value form; SQL INSERT statements dumped from an agency database; a worker-centre
  (day-laborer) wage-theft note; an OCME next-of-kin worksheet note; a plain-text e-mail reply
  chain with ">" quoted lines.
- intake forms: DCWP paid safe and sick leave complaint intakes; Department for the Aging
  home-delivered-meal assessments; McKinney-Vento housing questionnaires (English/Spanish);
  adult ESL and citizenship class registrations; pharmacy patient profiles; arrival-centre
  household registration forms with a member table.
- letters: arrival-centre 30/60-day shelter notices; attorney FOIA / G-28 cover letters listing
  receipt numbers; NY DOL unemployment letters asking for work-authorization proof; Family Court
  petition captions with the petition's first paragraphs; consulate appointment confirmations;
  mailing-label sheets printed for a mass mailing.
- CSV extracts: a day-laborer hiring log with Spanish headers; a citizenship-class sign-in sheet;
  an arrival-centre database export with snake_case column names and ISO country codes; an
  Excel export whose merged two-row header was flattened; a meals roster with cryptic column
  codes; an immigration-practice case tracker whose notes column holds free text.

Values are as messy as real files: "LAST, First", initials, capitals, nicknames, names in lists
and signatures and e-mail headers, dates in many formats, foreign phone numbers, A-numbers
with and without the "A", addresses with Queens hyphenated house numbers and units, two-line
address blocks labelled as one value, OCR misreads in the unlabelled prose, Spanish and French
mixed with English.

Labelled: PERSON, A_NUMBER, SSN, ITIN, PASSPORT, PHONE, EMAIL, DATE_OF_BIRTH, ADDRESS, IDNYC
(always the 9 digits, sometimes grouped 3-3-3), USCIS_RECEIPT, I94, IMMIGRATION_STATUS (the
status words only) and COUNTRY_OF_BIRTH (a resident's country or nationality of origin, ISO
codes in nationality columns included).

Left unlabelled on purpose: case, complaint, docket, claim, order, ticket, account, member,
prescription and OSIS numbers, Medicaid CINs, NYSIDs, MRNs, HL7 control and visit numbers;
appointment, hearing, arrival, notice and service dates and times; ages; money; agency and
organisation names, their addresses, main phone numbers and shared mailboxes; form names
(I-589, I-765, G-28, I-130); languages; ZIP+4 codes; streets, schools and buildings named after
people; countries that are not a person's origin (transit countries, restaurants, trips).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """`text` without accents (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- pools ------------------------------------------------------------------------------------

CABINET_COMMUNITIES: dict[str, dict[str, Any]] = {
    "tigrinya": {
        "given_f": ["Luwam", "Senait", "Yordanos", "Merhawit", "Feven", "Tsega"],
        "given_m": ["Filmon", "Tesfalem", "Merhawi", "Biniam", "Habtom", "Kidane"],
        "surnames": [
            "Ghebrehiwet",
            "Ghebremedhin",
            "Habtemariam",
            "Woldegiorgis",
            "Andemariam",
            "Kahsay",
            "Weldemichael",
        ],
        "nicknames_f": ["Senu", "Merry"],
        "nicknames_m": ["Bini", "Fili"],
        "rare_given_f": ["Mebrat", "Abrehet", "Letekidan"],
        "rare_given_m": ["Tsegay", "Measho", "Tekeste"],
        "rare_surnames": ["Zerezghi", "Okbamichael", "Gebrezgabiher", "Ghirmai"],
        "countries": [("Eritrea", "Eritrean", "ERI", "Eritrea")],
        "languages": ["Tigrinya", "Tigrinya / Arabic"],
        "phone": ("+291", [1, 6]),
        "passport": "P7",
    },
    "amhara_oromo": {
        "given_f": ["Meskerem", "Meseret", "Hirut", "Tsion", "Genet", "Bezawit"],
        "given_m": ["Getachew", "Tewodros", "Bekele", "Girma", "Yared", "Eyob"],
        "surnames": ["Tadesse", "Belachew", "Gebreyes", "Asfaw", "Wondimu", "Mulugeta", "Zewdie"],
        "nicknames_f": ["Tigi", "Bezi"],
        "nicknames_m": ["Teddy", "Gech"],
        "rare_given_f": ["Etenesh", "Workitu", "Chaltu"],
        "rare_given_m": ["Gemechu", "Tolossa", "Dereje"],
        "rare_surnames": ["Gudeta", "Bulcha", "Ayana", "Feyissa"],
        "countries": [("Ethiopia", "Ethiopian", "ETH", "Etiopía")],
        "languages": ["Amharic", "Afaan Oromo"],
        "phone": ("+251", [2, 3, 4]),
        "passport": "EP7",
    },
    "somali": {
        "given_f": ["Hodan", "Ifrah", "Hibaaq", "Ubah", "Nimco", "Sagal"],
        "given_m": ["Mahad", "Guled", "Abdiwali", "Liban", "Farhan", "Abdikarim"],
        "surnames": ["Jama", "Hirsi", "Egal", "Dualeh", "Abdulle", "Samatar", "Gedi"],
        "nicknames_f": ["Hodi", "Ubax"],
        "nicknames_m": ["Mahado", "Abdi"],
        "rare_given_f": ["Idil", "Hamdi", "Deeqa"],
        "rare_given_m": ["Abshir", "Galaal", "Sakariye"],
        "rare_surnames": ["Ugaas", "Dhuxul", "Waberi", "Xaashi"],
        "countries": [("Somalia", "Somali", "SOM", "Somalia")],
        "languages": ["Somali", "Somali / Arabic"],
        "phone": ("+252", [2, 3, 4]),
        "passport": "P8",
    },
    "kurdish": {
        "given_f": ["Rojda", "Berfin", "Zilan", "Hêvî", "Dilan", "Evîn"],
        "given_m": ["Rebin", "Soran", "Hejar", "Dilshad", "Karwan", "Bakhtiyar"],
        "surnames": ["Zebari", "Doski", "Hawrami", "Barwari", "Jaff", "Mizuri", "Bamarni"],
        "nicknames_f": ["Roji", "Bero"],
        "nicknames_m": ["Reba", "Hejo"],
        "rare_given_f": ["Gulistan", "Xezal", "Beritan"],
        "rare_given_m": ["Shivan", "Zanyar", "Kawa"],
        "rare_surnames": ["Goyi", "Sindi", "Bradosti", "Surchi"],
        "countries": [("Iraq", "Iraqi", "IRQ", "Irak"), ("Syria", "Syrian", "SYR", "Siria")],
        "languages": ["Kurdish (Kurmanji)", "Kurdish (Sorani)", "Arabic"],
        "phone": ("+964", [3, 3, 4]),
        "passport": "A8",
    },
    "uyghur": {
        "given_f": ["Dilnur", "Mihray", "Aynur", "Zulpiye", "Mukaddes", "Gulzire"],
        "given_m": ["Ablikim", "Erkin", "Nurmemet", "Tursun", "Ekber", "Abduweli"],
        "surnames": ["Tohti", "Abdurehim", "Kurban", "Imin", "Mamut", "Obulqasim", "Tursunniyaz"],
        "nicknames_f": ["Dili", "Mimu"],
        "nicknames_m": ["Eki", "Ablik"],
        "rare_given_f": ["Rabigul", "Buhelchem", "Patigul"],
        "rare_given_m": ["Qeyser", "Memtimin", "Ghappar"],
        "rare_surnames": ["Niyazbeg", "Sawut", "Eysa", "Qadir"],
        "countries": [("China", "Chinese", "CHN", "China")],
        "languages": ["Uyghur", "Uyghur / Turkish"],
        "phone": ("+90", [3, 3, 4]),
        "passport": "E8",
    },
    "kyrgyz": {
        "given_f": ["Aizada", "Cholpon", "Begimai", "Aijamal", "Elnura", "Nazgul"],
        "given_m": ["Bakyt", "Talant", "Ermek", "Chyngyz", "Adilet", "Kanybek"],
        "surnames": [
            "Chynybaev",
            "Sydykov",
            "Abdyldaev",
            "Osmonaliev",
            "Beishenaliev",
            "Tashmatova",
            "Kadyrbekova",
        ],
        "nicknames_f": ["Aika", "Chola"],
        "nicknames_m": ["Baka", "Chynga"],
        "rare_given_f": ["Kanykei", "Jyldyz", "Ayperi"],
        "rare_given_m": ["Medetbek", "Tilek", "Nurbolot"],
        "rare_surnames": ["Zhumabaev", "Moldokanov", "Turdubaeva", "Asanbekov"],
        "countries": [("Kyrgyzstan", "Kyrgyz", "KGZ", "Kirguistán")],
        "languages": ["Kyrgyz", "Russian"],
        "phone": ("+996", [3, 3, 3]),
        "passport": "AC7",
    },
    "georgian": {
        "given_f": ["Ketevan", "Tinatin", "Natia", "Maka", "Lali", "Tamuna"],
        "given_m": ["Levan", "Irakli", "Zurab", "Lasha", "Gocha", "Tornike"],
        "surnames": [
            "Beridze",
            "Kapanadze",
            "Gelashvili",
            "Lomidze",
            "Tsiklauri",
            "Japaridze",
            "Gogoladze",
        ],
        "nicknames_f": ["Keti", "Tako"],
        "nicknames_m": ["Gia", "Gogi"],
        "rare_given_f": ["Nestan", "Mzia", "Lamara"],
        "rare_given_m": ["Revaz", "Otar", "Shalva"],
        "rare_surnames": ["Mgaloblishvili", "Dzneladze", "Pkhakadze", "Chkonia"],
        "countries": [("Georgia", "Georgian", "GEO", "Georgia")],
        "languages": ["Georgian", "Georgian / Russian"],
        "phone": ("+995", [3, 2, 2, 2]),
        "passport": "GE",
    },
    "armenian": {
        "given_f": ["Anahit", "Lusine", "Armine", "Siranush", "Gayane", "Hasmik"],
        "given_m": ["Tigran", "Vardan", "Hovhannes", "Gevorg", "Hayk", "Arsen"],
        "surnames": [
            "Hakobyan",
            "Sargsyan",
            "Harutyunyan",
            "Khachatryan",
            "Avetisyan",
            "Manukyan",
            "Ghazaryan",
        ],
        "nicknames_f": ["Anush", "Lusik"],
        "nicknames_m": ["Vardo", "Gevo"],
        "rare_given_f": ["Srbuhi", "Zaruhi", "Nvard"],
        "rare_given_m": ["Samvel", "Mher", "Arshak"],
        "rare_surnames": ["Mkrtchyan", "Tadevosyan", "Vardazaryan", "Papazian"],
        "countries": [("Armenia", "Armenian", "ARM", "Armenia")],
        "languages": ["Armenian", "Russian"],
        "phone": ("+374", [2, 3, 3]),
        "passport": "A7",
    },
    "tamil": {
        "given_f": [
            "Tharshini",
            "Kayalvizhi",
            "Nivetha",
            "Thenmozhi",
            "Sivaranjani",
            "Mathivathani",
        ],
        "given_m": ["Tharshan", "Kajan", "Senthuran", "Jeyakumar", "Ilango", "Pirabakaran"],
        "surnames": [
            "Sivapalan",
            "Kanagaratnam",
            "Thiruchelvam",
            "Yogarajah",
            "Balasingam",
            "Navaratnam",
            "Ponnambalam",
        ],
        "nicknames_f": ["Thara", "Niva"],
        "nicknames_m": ["Kaji", "Senthu"],
        "rare_given_f": ["Vithusha", "Kowsalya", "Abirami"],
        "rare_given_m": ["Ketheeswaran", "Mayooran", "Sutharsan"],
        "rare_surnames": ["Vigneswaran", "Sithamparanathan", "Ratnasabapathy", "Kurukulasuriya"],
        "countries": [("Sri Lanka", "Sri Lankan", "LKA", "Sri Lanka")],
        "languages": ["Tamil"],
        "phone": ("+94", [2, 3, 4]),
        "passport": "N7",
    },
    "karen_burmese": {
        "given_f": ["Naw Paw", "Hser Paw", "Thiri", "Nandar", "Ei Phyu", "Hnin Ei"],
        "given_m": ["Saw Thaw", "Htoo Wah", "Kaw Lah", "Zaw Htet", "Kyaw Zin", "Thant Zin"],
        "surnames": ["Htun", "Lwin", "Thein", "Naing", "Myint", "Soe", "Oo"],
        "nicknames_f": ["Paw Paw", "Nanda"],
        "nicknames_m": ["Thaw Thaw", "Zawzaw"],
        "rare_given_f": ["Mu Lah Say", "Eh Ywa", "Pyae Sone"],
        "rare_given_m": ["Ler Moo", "Eh Doh", "Pah Kler"],
        "rare_surnames": ["Kyi", "Shwe", "Khaing", "Hpaw"],
        "countries": [
            ("Myanmar", "Burmese", "MMR", "Myanmar"),
            ("Burma", "Karen", "MMR", "Birmania"),
        ],
        "languages": ["Burmese", "S'gaw Karen"],
        "phone": ("+95", [1, 3, 4]),
        "passport": "MC",
    },
    "indonesian": {
        "given_f": ["Wulandari", "Ratna", "Sekar", "Puspita", "Anggraini", "Kartika"],
        "given_m": ["Bambang", "Agus", "Wahyu", "Hendra", "Eko", "Slamet"],
        "surnames": [
            "Siregar",
            "Nasution",
            "Simanjuntak",
            "Hutapea",
            "Sitorus",
            "Pardede",
            "Lubis",
        ],
        "nicknames_f": ["Wulan", "Tika"],
        "nicknames_m": ["Gus", "Hendy"],
        "rare_given_f": ["Larasati", "Kinanti", "Sriwahyuni"],
        "rare_given_m": ["Sutrisno", "Purnomo", "Harjono"],
        "rare_surnames": ["Tampubolon", "Panjaitan", "Manurung", "Sihombing"],
        "countries": [("Indonesia", "Indonesian", "IDN", "Indonesia")],
        "languages": ["Indonesian", "Javanese"],
        "phone": ("+62", [3, 4, 4]),
        "passport": "ID",
    },
    "vietnamese": {
        "given_f": ["Thu Trang", "Ngoc Anh", "Bich Ngoc", "Hanh", "Phuong", "Thuy Linh"],
        "given_m": ["Duc Minh", "Quoc Bao", "Tuan", "Huy", "Khanh", "Minh Triet"],
        "surnames": ["Nguyen", "Tran", "Pham", "Huynh", "Vo", "Dang", "Bui"],
        "nicknames_f": ["Trang", "Bich"],
        "nicknames_m": ["Bao", "Tuan Anh"],
        "rare_given_f": ["Diem Kieu", "Diem Phuc", "Tuyet Nhi"],
        "rare_given_m": ["Trong Nghia", "Dinh Khoa", "Viet Hoang"],
        "rare_surnames": ["Quach", "Trinh", "Luu", "Ta"],
        "countries": [("Vietnam", "Vietnamese", "VNM", "Vietnam")],
        "languages": ["Vietnamese"],
        "phone": ("+84", [2, 3, 2, 2]),
        "passport": "C7",
    },
    "mongolian": {
        "given_f": ["Oyunchimeg", "Enkhjargal", "Solongo", "Narantsetseg", "Ariunaa", "Tsetsegmaa"],
        "given_m": ["Ganzorig", "Ganbold", "Erdenebat", "Tumurbaatar", "Munkhbat", "Enkhbayar"],
        "surnames": [
            "Dorjsuren",
            "Ganbaatar",
            "Purevdorj",
            "Tserenpil",
            "Gantulga",
            "Baasanjav",
            "Lkhagvasuren",
        ],
        "nicknames_f": ["Oyuka", "Solo"],
        "nicknames_m": ["Bataa", "Gana"],
        "rare_given_f": ["Khulan", "Anujin", "Nomin"],
        "rare_given_m": ["Temuulen", "Sukhbat", "Otgonbayar"],
        "rare_surnames": ["Damdinsuren", "Ochirbat", "Sodnomdarjaa", "Yondonjamts"],
        "countries": [("Mongolia", "Mongolian", "MNG", "Mongolia")],
        "languages": ["Mongolian"],
        "phone": ("+976", [4, 4]),
        "passport": "E7",
    },
    "cabo_verdean": {
        "given_f": ["Djenifer", "Nelsa", "Jandira", "Zulmira", "Edneia", "Ivanilda"],
        "given_m": ["Nelito", "Adilson", "Evandro", "Djalma", "Hercules", "Anilton"],
        "surnames": ["Semedo", "Tavares", "Fortes", "Veiga", "Furtado", "Varela", "Lima"],
        "nicknames_f": ["Mira", "Neusa"],
        "nicknames_m": ["Nitu", "Dja"],
        "rare_given_f": ["Jailza", "Natercia", "Zuleica"],
        "rare_given_m": ["Arlindo", "Zezinho", "Alcides"],
        "rare_surnames": ["Andrade-Spencer", "Mendes-Borges", "Soares-Pina", "Gominho"],
        "countries": [
            ("Cape Verde", "Cape Verdean", "CPV", "Cabo Verde"),
            ("Cabo Verde", "Cabo Verdean", "CPV", "Cabo Verde"),
        ],
        "languages": ["Kabuverdianu", "Portuguese"],
        "phone": ("+238", [3, 2, 2]),
        "passport": "PA",
    },
    "congolese": {
        "given_f": ["Merveille", "Bénie", "Gloire", "Ornella", "Nsimba", "Kapinga"],
        "given_m": ["Exaucé", "Fiston", "Héritier", "Trésor", "Mukendi", "Glodi"],
        "surnames": ["Mwamba", "Kabongo", "Lukusa", "Kalonji", "Kasongo", "Nzuzi", "Makiese"],
        "nicknames_f": ["Ornie", "Nella"],
        "nicknames_m": ["Fifi", "Dieudo"],
        "rare_given_f": ["Ngalula", "Mbombo", "Tshilanda"],
        "rare_given_m": ["Kabasele", "Mbuyamba", "Lumbala"],
        "rare_surnames": ["Tshimanga", "Mpiana", "Kabeya-Ilunga", "Nsingi"],
        "countries": [
            ("DR Congo", "Congolese", "COD", "RD Congo"),
            (
                "Democratic Republic of the Congo",
                "Congolese",
                "COD",
                "República Democrática del Congo",
            ),
        ],
        "languages": ["Lingala", "French", "Tshiluba"],
        "phone": ("+243", [2, 3, 4]),
        "passport": "OP",
    },
}

# (street as written on mail, city as mail is addressed, ZIP, Queens-style hyphenated numbers?)
CABINET_STREETS: list[tuple[str, str, str, bool]] = [
    ("Hampton Street", "Elmhurst", "11373", True),
    ("Van Horn Street", "Elmhurst", "11373", True),
    ("Seabury Street", "Elmhurst", "11373", True),
    ("Waldron Street", "Corona", "11368", True),
    ("Granger Street", "Corona", "11368", True),
    ("Laurel Hill Boulevard", "Woodside", "11377", True),
    ("Newtown Road", "Astoria", "11103", True),
    ("Shore Boulevard", "Astoria", "11105", True),
    ("Geranium Avenue", "Flushing", "11355", True),
    ("Juniper Avenue", "Flushing", "11355", True),
    ("Burling Street", "Flushing", "11355", True),
    ("Sayres Avenue", "Jamaica", "11433", True),
    ("Inwood Street", "Jamaica", "11435", True),
    ("Pinegrove Street", "Jamaica", "11435", True),
    ("Allendale Street", "Jamaica", "11435", True),
    ("Lakewood Avenue", "Jamaica", "11435", True),
    ("Babbage Street", "Richmond Hill", "11418", True),
    ("Curzon Road", "Kew Gardens", "11415", True),
    ("Dinsmore Avenue", "Far Rockaway", "11691", True),
    ("Caffrey Avenue", "Far Rockaway", "11691", True),
    ("Nameoke Street", "Far Rockaway", "11691", True),
    ("Brookhaven Avenue", "Far Rockaway", "11691", True),
    ("Gipson Street", "Far Rockaway", "11691", True),
    ("Woodward Avenue", "Ridgewood", "11385", True),
    ("Traffic Avenue", "Ridgewood", "11385", True),
    ("Murdock Avenue", "St. Albans", "11412", True),
    ("Albert Road", "Ozone Park", "11417", True),
    ("Ascan Avenue", "Forest Hills", "11375", True),
    ("Loubet Street", "Forest Hills", "11375", True),
    ("Nansen Street", "Forest Hills", "11375", True),
    ("Olcott Street", "Forest Hills", "11375", True),
    ("Talbot Street", "Kew Gardens", "11415", True),
    ("Abingdon Road", "Kew Gardens", "11415", True),
    ("Hinsdale Street", "Brooklyn", "11207", False),
    ("Bradford Street", "Brooklyn", "11207", False),
    ("Barbey Street", "Brooklyn", "11207", False),
    ("Warwick Street", "Brooklyn", "11207", False),
    ("Elton Street", "Brooklyn", "11208", False),
    ("Milford Street", "Brooklyn", "11208", False),
    ("Berriman Street", "Brooklyn", "11208", False),
    ("Cozine Avenue", "Brooklyn", "11207", False),
    ("Vandalia Avenue", "Brooklyn", "11239", False),
    ("Osborn Street", "Brooklyn", "11212", False),
    ("Watkins Street", "Brooklyn", "11212", False),
    ("Junius Street", "Brooklyn", "11212", False),
    ("Herzl Street", "Brooklyn", "11212", False),
    ("Legion Street", "Brooklyn", "11212", False),
    ("Strauss Street", "Brooklyn", "11212", False),
    ("Troutman Street", "Brooklyn", "11237", False),
    ("Stanhope Street", "Brooklyn", "11237", False),
    ("Colonial Road", "Brooklyn", "11209", False),
    ("Narrows Avenue", "Brooklyn", "11209", False),
    ("Benson Avenue", "Brooklyn", "11214", False),
    ("Shell Road", "Brooklyn", "11223", False),
    ("Veronica Place", "Brooklyn", "11226", False),
    ("Duryea Place", "Brooklyn", "11226", False),
    ("Rodney Street", "Brooklyn", "11211", False),
    ("Keap Street", "Brooklyn", "11211", False),
    ("Hewes Street", "Brooklyn", "11211", False),
    ("Rutledge Street", "Brooklyn", "11211", False),
    ("Clymer Street", "Brooklyn", "11211", False),
    ("Coster Street", "Bronx", "10474", False),
    ("Barretto Street", "Bronx", "10474", False),
    ("Casanova Street", "Bronx", "10474", False),
    ("Spofford Avenue", "Bronx", "10474", False),
    ("Beekman Avenue", "Bronx", "10454", False),
    ("Trinity Avenue", "Bronx", "10456", False),
    ("Lorillard Place", "Bronx", "10458", False),
    ("Grote Street", "Bronx", "10457", False),
    ("Jessup Avenue", "Bronx", "10452", False),
    ("Osborne Place", "Bronx", "10453", False),
    ("Aqueduct Avenue", "Bronx", "10453", False),
    ("Heath Avenue", "Bronx", "10463", False),
    ("Holt Place", "Bronx", "10467", False),
    ("Laconia Avenue", "Bronx", "10469", False),
    ("Tenbroeck Avenue", "Bronx", "10469", False),
    ("Narragansett Avenue", "Bronx", "10461", False),
    ("Chittenden Avenue", "New York", "10033", False),
    ("Baruch Place", "New York", "10002", False),
    ("Montgomery Street", "New York", "10002", False),
    ("Oliver Street", "New York", "10038", False),
    ("Metcalfe Street", "Staten Island", "10304", False),
    ("Vreeland Street", "Staten Island", "10302", False),
    ("Treadwell Avenue", "Staten Island", "10302", False),
    ("Faber Street", "Staten Island", "10302", False),
    ("Hyatt Street", "Staten Island", "10301", False),
    ("Wave Street", "Staten Island", "10304", False),
    ("Sharpe Avenue", "Staten Island", "10302", False),
    ("Van Siclen Avenue", "Brooklyn", "11207", False),
    ("Ashford Street", "Brooklyn", "11207", False),
    ("Snediker Avenue", "Brooklyn", "11207", False),
    ("Sackman Street", "Brooklyn", "11212", False),
    ("Thatford Avenue", "Brooklyn", "11212", False),
]

# Status words as real files write them; the value labelled is the whole term.
CABINET_STATUS_EN = [
    "asylum seeker", "undocumented", "TPS", "DACA recipient", "parolee", "humanitarian parole",
    "pending asylum", "visa overstay", "LPR", "green card holder", "withholding of removal",
    "asylee", "refugee", "no status", "out of status", "CHNV parolee", "SIJS",
    "conditional resident", "EWI", "U visa holder", "TPS holder", "asylum applicant",
]  # fmt: skip
CABINET_STATUS_ES = [
    "indocumentado", "sin papeles", "solicitante de asilo", "asilo pendiente",
    "residente permanente", "parole humanitario", "TPS",
]  # fmt: skip
CABINET_STATUS_FR = ["demandeur d'asile", "sans papiers", "en attente d'asile"]
CABINET_STATUS_CODES = ["C08", "C11", "A12", "C09", "A05", "C33", "A03", "C19"]
CABINET_STATUS_ENUM = ["ASYLUM_SEEKER", "PAROLEE", "TPS", "UNDOC", "LPR", "PENDING_ASYLUM"]

_STREET_ABBR = {"Avenue": "Ave", "Street": "St", "Boulevard": "Blvd", "Road": "Rd", "Place": "Pl"}
_UNITS = [
    "Apt {n}{l}",
    "Apt. {n}{l}",
    "#{n}{l}",
    "Apt {n}",
    "{n}{l}",
    "Fl {n}",
    "Basement",
    "Rm {n}",
]
_AREA = ["718", "347", "929", "646", "917", "212", "332"]
_MONTHS = (
    "January February March April May June July August September October November December".split()
)
_MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_MOIS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "proton.me",
    "aol.com",
]


# -- generators -------------------------------------------------------------------------------


class _Person:
    def __init__(self, given: str, surname: str, sex: str, nick: str, comm: str) -> None:
        self.given, self.surname, self.sex, self.nick, self.comm = given, surname, sex, nick, comm

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _comm(r: random.Random) -> str:
    return r.choice(sorted(CABINET_COMMUNITIES))


def _person(r: random.Random, comm: str | None = None, sex: str | None = None) -> _Person:
    comm = comm or _comm(r)
    c = CABINET_COMMUNITIES[comm]
    sex = sex or r.choice("fm")
    rare = r.random() < 0.33
    given = r.choice(c[f"rare_given_{sex}"] if rare else c[f"given_{sex}"])
    surname = r.choice(c["rare_surnames"] if r.random() < 0.33 else c["surnames"])
    nick = r.choice(c[f"nicknames_{sex}"])
    return _Person(given, surname, sex, nick, comm)


def _staff(r: random.Random) -> _Person:
    return _person(r)


def _name(r: random.Random, p: _Person, forms: str = "nlcimu") -> str:
    """n natural, l LAST, First, c capitals, i initial, m mixed "Surname, Given", u given only."""
    form = r.choice(forms)
    if form == "n":
        return p.full
    if form == "l":
        return f"{p.surname.upper()}, {p.given}"
    if form == "c":
        return p.full.upper()
    if form == "i":
        return f"{p.given[0]}. {p.surname}"
    if form == "m":
        return f"{p.surname}, {p.given}"
    return p.given


def _dob(r: random.Random, lo: int = 1948, hi: int = 2006) -> tuple[int, int, int]:
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def _recent(r: random.Random) -> tuple[int, int, int]:
    return r.choice([2025, 2026, 2026]), r.randint(1, 12), r.randint(1, 28)


def _date(r: random.Random, d: tuple[int, int, int], style: str | None = None) -> str:
    y, m, dd = d
    style = style or r.choice("usiedmbokfx")
    if style == "u":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "s":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "i":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "e":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "d":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "m":
        return f"{_MONTHS[m - 1]} {dd}, {y}"
    if style == "b":
        return f"{dd} {_MONTHS[m - 1][:3]} {y}"
    if style == "o":
        return f"{dd:02d}-{_MONTHS[m - 1][:3].upper()}-{y}"
    if style == "k":
        return f"{y}{m:02d}{dd:02d}"
    if style == "f":
        return f"{m}-{dd}-{y}"
    if style == "S":
        return f"{dd} de {_MESES[m - 1]} de {y}"
    if style == "F":
        return f"{dd} {_MOIS[m - 1]} {y}"
    return f"{m}/{dd}/{y}"


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _anum(r: random.Random, bare: bool = False) -> str:
    nine = r.random() < 0.75
    d = (r.choice("2") + _digits(r, 8)) if nine else (r.choice("0789") + _digits(r, 7))
    if len(d) == 9:
        groups = [d[:3], d[3:6], d[6:]]
    else:
        groups = [d[:2], d[2:5], d[5:]]
    sep = r.choice(["", "-", " ", ""])
    body = sep.join(groups) if sep else d
    if bare:
        return body
    return r.choice(["A", "A", "A-", "A ", "a"]) + body


def _ssn(r: random.Random) -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    g, s = r.randint(1, 99), r.randint(1, 9999)
    sep = r.choice(["-", "-", " ", ""])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _itin(r: random.Random) -> str:
    group = r.choice(
        list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92, 94, 95, 96, 97, 98, 99]
    )
    sep = r.choice(["-", "-", " ", ""])
    return f"9{_digits(r, 2)}{sep}{group:02d}{sep}{_digits(r, 4)}"


def _passport(r: random.Random, comm: str) -> str:
    style = CABINET_COMMUNITIES[comm]["passport"]
    if style == "P7":
        return "P" + _digits(r, 7)
    if style == "P8":
        return "P" + _digits(r, 8)
    if style == "EP7":
        return "EP" + _digits(r, 7)
    if style == "A8":
        return r.choice("AB") + _digits(r, 8)
    if style == "ID":
        return r.choice("BCX") + _digits(r, 7)
    if style == "E7":
        return "E" + _digits(r, 7)
    if style == "E8":
        return "E" + _digits(r, 8)
    if style == "AC7":
        return r.choice(["AC", "AN", "ID"]) + _digits(r, 7)
    if style == "GE":
        return _digits(r, 2) + r.choice(["AB", "BD", "IN", "GA"]) + _digits(r, 5)
    if style == "A7":
        return r.choice(["AT", "AU", "AR"]) + _digits(r, 7)
    if style == "N7":
        return r.choice("NP") + _digits(r, 7)
    if style == "MC":
        return r.choice(["MC", "MD", "ME"]) + _digits(r, 6)
    if style == "C7":
        return r.choice("CNK") + _digits(r, 7)
    if style == "PA":
        return r.choice(["PA", "PE", "J"]) + _digits(r, 6)
    return r.choice(["OP", "OB"]) + _digits(r, 7)


def _phone_us(r: random.Random) -> str:
    a, x, n = r.choice(_AREA), str(r.randint(201, 989)), _digits(r, 4)
    return r.choice([
        f"({a}) {x}-{n}", f"({a}){x}-{n}", f"{a}-{x}-{n}", f"{a}.{x}.{n}", f"{a}{x}{n}",
        f"+1 {a} {x} {n}", f"+1{a}{x}{n}", f"1-{a}-{x}-{n}", f"{a} {x} {n}",
    ])  # fmt: skip


def _phone_foreign(r: random.Random, comm: str) -> str:
    cc, groups = CABINET_COMMUNITIES[comm]["phone"]
    lead = "5" if cc == "+90" else r.choice("6789")
    parts = [lead + _digits(r, groups[0] - 1)] + [_digits(r, g) for g in groups[1:]]
    if r.random() < 0.3:
        return cc + "".join(parts)
    sep = r.choice([" ", " ", "-"])
    return cc + " " + sep.join(parts)


def _phone(r: random.Random, comm: str) -> str:
    return _phone_foreign(r, comm) if r.random() < 0.25 else _phone_us(r)


def _slug(text: str) -> str:
    return "".join(ch for ch in fold(text).lower() if ch.isalnum())


def _email(r: random.Random, p: _Person) -> str:
    g, s = _slug(p.given), _slug(p.surname)
    n = str(r.randint(1, 99)) if r.random() < 0.6 else ""
    local = r.choice(
        [
            f"{g}.{s}{n}",
            f"{g}{s[:1]}{n}",
            f"{s}.{g}",
            f"{g}_{s}",
            f"{_slug(p.nick)}{n or '7'}",
            f"{g[:1]}{s}{n}",
        ]
    )
    return f"{local}@{r.choice(_DOMAINS)}"


def _staff_email(r: random.Random, p: _Person, domain: str) -> str:
    g, s = _slug(p.given), _slug(p.surname)
    return r.choice([f"{g[:1]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[:1]}@{domain}"])


def _street(r: random.Random) -> tuple[str, str, str, bool]:
    return r.choice(CABINET_STREETS)


def _house(r: random.Random, queens: bool) -> str:
    if queens:
        return f"{r.randint(11, 240)}-{r.randint(1, 99):02d}"
    return str(r.randint(2, 2400))


def _unit(r: random.Random) -> str:
    return r.choice(_UNITS).format(n=r.randint(1, 6), l=r.choice("ABCDEFR"))


def _street_name(r: random.Random, street: str) -> str:
    words = street.split()
    if r.random() < 0.5 and words[-1] in _STREET_ABBR:
        words[-1] = _STREET_ABBR[words[-1]] + r.choice(["", "", "."])
    return " ".join(words)


def _addr_parts(r: random.Random) -> tuple[str, str, str, str]:
    """(line 1 with unit, "City, NY ZIP", city, ZIP)."""
    street, city, zip_, queens = _street(r)
    line1 = f"{_house(r, queens)} {_street_name(r, street)}"
    if r.random() < 0.75:
        line1 += r.choice([", ", " ", ", "]) + _unit(r)
    city_line = f"{city}, NY {zip_}" if r.random() < 0.8 else f"{city} NY {zip_}"
    return line1, city_line, city, zip_


def _address(r: random.Random, caps: bool | None = None) -> str:
    line1, city_line, _, _ = _addr_parts(r)
    text = f"{line1}, {city_line}" if r.random() < 0.85 else line1
    if caps if caps is not None else r.random() < 0.15:
        text = text.upper()
    return text


def _idnyc(r: random.Random) -> str:
    d = "1" + _digits(r, 8)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if r.random() < 0.3 else d


def _receipt(r: random.Random) -> str:
    pre = r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "IOE", "YSC"])
    if pre in ("IOE", "YSC"):
        d = r.choice(["09", "08", "79"]) + _digits(r, 8)
    else:
        d = r.choice(["21", "22", "23", "24", "25", "26", "90"]) + _digits(r, 8)
    style = r.random()
    if style < 0.7:
        return pre + d
    if style < 0.85:
        return f"{pre}-{d[:2]}-{d[2:5]}-{d[5:]}"
    return f"{pre} {d}"


def _i94(r: random.Random) -> str:
    if r.random() < 0.5:
        return r.choice("3456789") + _digits(r, 10)
    return (
        r.choice("123456789") + _digits(r, 8) + r.choice("ABCDEFGHJKLMN") + r.choice("0123456789")
    )


def _country(r: random.Random, comm: str, form: str = "n") -> str:
    """n name, d demonym, i ISO3, s Spanish."""
    name, demonym, iso, es = r.choice(CABINET_COMMUNITIES[comm]["countries"])
    return {"n": name, "d": demonym, "i": iso, "s": es, "c": name.upper()}[form]


def _lang(r: random.Random, comm: str) -> str:
    return r.choice(CABINET_COMMUNITIES[comm]["languages"])


def _status(r: random.Random, lang: str = "en") -> str:
    pool = {"en": CABINET_STATUS_EN, "es": CABINET_STATUS_ES, "fr": CABINET_STATUS_FR}[lang]
    return r.choice(pool)


_OCR = {"l": "1", "o": "0", "e": "c", "m": "rn", "i": "l", "S": "5", "B": "8", "a": "o"}


def _ocr(r: random.Random, text: str, rate: float = 0.04) -> str:
    """Unlabelled prose as a scan misreads it."""
    return "".join(_OCR[c] if c in _OCR and r.random() < rate else c for c in text)


def _money(r: random.Random) -> str:
    return f"${r.randint(40, 4800):,}.{r.choice(['00', '50', '00', '25'])}"


def _wage(r: random.Random, lo: int = 120, hi: int = 900) -> str:
    return f"${r.randint(lo, hi)}" + r.choice(["", ".00", " cash"])


def _case(r: random.Random, prefix: str) -> str:
    return f"{prefix}{_digits(r, r.choice([6, 7, 8]))}"


def _cin(r: random.Random) -> str:
    return (
        "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2))
        + _digits(r, 5)
        + r.choice("ABCDEFGH")
    )


def _time(r: random.Random) -> str:
    return f"{r.randint(8, 17)}:{r.choice(['00', '15', '30', '45'])}"


_AGENCY_ADDR = [
    "4 World Trade Center, 150 Greenwich St, New York, NY 10007",
    "26 Federal Plaza, New York, NY 10278",
    "42 Broadway, New York, NY 10004",
    "2 Lafayette Street, New York, NY 10007",
    "151 W. 34th Street, New York, NY 10001",
    "89-14 Parsons Blvd, Jamaica, NY 11432",
]
_DISTRACT_COUNTRIES = [
    "Mexico",
    "Panama",
    "Guatemala",
    "Colombia",
    "Brazil",
    "Nicaragua",
    "Ecuador",
    "Costa Rica",
]


# -- case notes -------------------------------------------------------------------------------


def case_note_k(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.randrange(7)
    b = B()
    if layout == 0:
        _herrc_note(r, b)
    elif layout == 1:
        _hl7_note(r, b)
    elif layout == 2:
        _log_lines(r, b)
    elif layout == 3:
        _sql_dump(r, b)
    elif layout == 4:
        _worker_centre_note(r, b)
    elif layout == 5:
        _ocme_note(r, b)
    else:
        _reply_chain(r, b)
    return [(b.text(), b.labels, "")]


def _herrc_note(r: random.Random, b: Any) -> None:
    p = _person(r)
    kid = _person(r, p.comm)
    staff = _staff(r)
    arrived = _recent(r)
    b.t(f"HERRC ARRIVAL CENTER - REGISTRATION NOTE   Case {_case(r, 'HER-26-')}\n")
    b.t(
        f"Date of contact: {_date(r, arrived, 'u')} {_time(r)}  Site: Row NYC (Midtown)  Bed #{r.randint(100, 999)}\n\n"
    )
    b.t("HOH ").pii("PERSON", _name(r, p, "nlc")).t(" (DOB ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r))
    ).t(") ")
    b.t(_ocr(r, "arrived by bus from El Paso after crossing at ")).t(
        r.choice(["Ciudad Juarez", "Eagle Pass", "Del Rio"])
    )
    b.t(". Transited ").t(r.choice(_DISTRACT_COUNTRIES)).t(" and ").t(
        r.choice(_DISTRACT_COUNTRIES)
    ).t(". Country of origin: ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p.comm, r.choice("nc"))).t(
        f". Speaks {_lang(r, p.comm)}, interp. via LanguageLine.\n"
    )
    b.t("CBP paperwork seen: I-94 # ").pii("I94", _i94(r)).t(", NTA with A# ").pii(
        "A_NUMBER", _anum(r, bare=r.random() < 0.5)
    )
    b.t(f" (hearing {_date(r, _recent(r), 'm')} at 26 Federal Plaza). Client describes self as ")
    b.pii("IMMIGRATION_STATUS", _status(r)).t(".\n")
    b.t("Child ").pii("PERSON", kid.given if r.random() < 0.5 else kid.full).t(", age ")
    kid_dob = _dob(r, 2010, 2024)
    b.t(f"{2025 - kid_dob[0]}, DOB ").pii("DATE_OF_BIRTH", _date(r, kid_dob)).t(
        ", enrolled PS 19 Marino Jeantet.\n"
    )
    b.t("Client cell ").pii("PHONE", _phone(r, p.comm)).t(
        _ocr(r, "; WhatsApp same. Family in home country: ")
    )
    b.pii("PHONE", _phone_foreign(r, p.comm)).t(".\n")
    b.t(
        f"60-day notice served {_date(r, _recent(r), 'u')}; reapplication due by {_date(r, _recent(r), 'u')}. "
    )
    if r.random() < 0.5:
        b.t("Cousin ").pii("PERSON", _name(r, _person(r, p.comm), "nl")).t(" may host at ").pii(
            "ADDRESS", _address(r)
        ).t(".\n")
    else:
        b.t("Referred to ActionNYC for I-589; no sponsor address in NYC.\n")
    b.t("-- ").pii("PERSON", f"{staff.given[0]}. {staff.surname}").t(", Case Mgr, NYC H+H/HERRC\n")


def _hl7_note(r: random.Random, b: Any) -> None:
    p = _person(r)
    nok = _person(r, p.comm)
    sw = _staff(r)
    line1, _, city, zip_ = _addr_parts(r)
    ts = f"2026{r.randint(1, 11):02d}{r.randint(1, 28):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}"
    b.t("SW note - ADT feed pasted for registration discrepancy (do not forward):\n")
    b.t(f"MSH|^~\\&|EPIC|ELMHURST|SWDOC|HHC|{ts}||ADT^A04|{_digits(r, 10)}|P|2.5.1\n")
    b.t(f"EVN|A04|{ts}\nPID|1||{_digits(r, 8)}^^^HHC^MR||")
    b.pii("PERSON", f"{fold(p.surname).upper()}^{fold(p.given).upper()}").t("||")
    b.pii("DATE_OF_BIRTH", _date(r, _dob(r), "k")).t(f"|{p.sex.upper()}|||")
    street_part, _, unit = line1.partition(", ")
    b.pii("ADDRESS", f"{street_part.upper()}^{unit.upper()}^{city.upper()}^NY^{zip_}").t("^USA||")
    b.pii("PHONE", _phone_us(r)).t("^PRN^PH|||")
    b.t(f"|{_digits(r, 9)}^^^HHC^AN|")
    if r.random() < 0.5:
        b.pii("SSN", _ssn(r))
    else:
        b.pii("ITIN", _itin(r))
    b.t("|||||||").pii("COUNTRY_OF_BIRTH", _country(r, p.comm, "i")).t("\n")
    doc = _staff(r)
    b.t(f"PV1|1|E|ED^^^ELM||||{_digits(r, 6)}^").pii(
        "PERSON", f"{fold(doc.surname).upper()}^{fold(doc.given).upper()}"
    ).t(f"^^^MD|||||||||||{_digits(r, 10)}\n")
    b.t("NK1|1|").pii("PERSON", f"{fold(nok.surname).upper()}^{fold(nok.given).upper()}").t(
        f"|{r.choice(['SIS', 'BRO', 'SPO', 'MTH'])}|"
    )
    b.t("|").pii("PHONE", _phone(r, p.comm)).t("\n\n")
    b.t(_ocr(r, "Pt states name on ID is spelled differently; passport ")).pii(
        "PASSPORT", _passport(r, p.comm)
    )
    b.t(". Pt is ").pii("IMMIGRATION_STATUS", _status(r)).t(
        _ocr(r, ", eligible for NYC Care / Emergency Medicaid screening. ")
    )
    b.t(f"Financial counselor appt {_date(r, _recent(r), 'u')} {_time(r)}.\n")
    b.pii("PERSON", f"{sw.given} {sw.surname}").t(", LMSW  x")
    b.t(f"{r.randint(2000, 7999)}\n")


def _log_lines(r: random.Random, b: Any) -> None:
    b.t("Pasted from intake-portal logs for ticket INC" + _digits(r, 7) + ":\n")
    for _ in range(r.randint(3, 4)):
        p = _person(r)
        ts = f"2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
        b.t(f"{ts} INFO intake.submit req={_digits(r, 12)} case_id=IP-{_digits(r, 6)} ")
        b.t('client_name="').pii("PERSON", _name(r, p, "nlc")).t('" dob=')
        dob = _dob(r)
        b.pii("DATE_OF_BIRTH", _date(r, dob, "i")).t(" a_number=").pii("A_NUMBER", _anum(r))
        b.t(" phone=").pii("PHONE", "+1" + r.choice(_AREA) + _digits(r, 7)).t(" coo=")
        b.pii("COUNTRY_OF_BIRTH", _country(r, p.comm, "i")).t(" status=").pii(
            "IMMIGRATION_STATUS", r.choice(CABINET_STATUS_ENUM)
        )
        lang = _lang(r, p.comm).split(" (")[0].replace(" / ", ",").replace(" ", "_")
        b.t(f" lang={lang} age={2026 - dob[0]}\n")
        kind = r.randrange(4)
        if kind == 0:
            b.t(f"{ts} WARN intake.validate email_bounce to=").pii("EMAIL", _email(r, p)).t(
                " code=550\n"
            )
        elif kind == 1:
            b.t(f"{ts} DEBUG idnyc.lookup card=").pii("IDNYC", _idnyc(r).replace(" ", "")).t(
                " result=MATCH\n"
            )
        elif kind == 2:
            b.t(f"{ts} INFO uscis.poll receipt=").pii(
                "USCIS_RECEIPT", _receipt(r).replace(" ", "").replace("-", "")
            ).t(" form=I-765 state=PENDING\n")
        else:
            b.t(f'{ts} ERROR geo.normalize addr="').pii("ADDRESS", _address(r)).t(
                '" err=NO_MATCH\n'
            )


def _sql_dump(r: random.Random, b: Any) -> None:
    b.t("-- mysqldump excerpt, table client (sent by vendor; REDACT before sharing)\n")
    b.t(
        "INSERT INTO `client` (`id`,`last_nm`,`first_nm`,`dob`,`ssn_itin`,`a_nbr`,`birth_ctry`,`addr`,`cell`,`email`,`imm_stat`,`created_at`) VALUES\n"
    )
    n = r.randint(2, 4)
    for i in range(n):
        p = _person(r)
        b.t(f"({r.randint(1000, 99999)},'").pii("PERSON", p.surname.replace("'", "''")).t(
            "','"
        ).pii("PERSON", p.given).t("','")
        b.pii("DATE_OF_BIRTH", _date(r, _dob(r), "i")).t("',")
        x = r.random()
        if x < 0.45:
            b.t("'").pii("SSN", _ssn(r)).t("'")
        elif x < 0.9:
            b.t("'").pii("ITIN", _itin(r)).t("'")
        else:
            b.t("NULL")
        b.t(",'").pii("A_NUMBER", _anum(r)).t("','").pii(
            "COUNTRY_OF_BIRTH", _country(r, p.comm, r.choice("in"))
        ).t("','")
        b.pii("ADDRESS", _address(r, caps=False)).t("','").pii("PHONE", _phone(r, p.comm)).t("',")
        if r.random() < 0.7:
            b.t("'").pii("EMAIL", _email(r, p)).t("'")
        else:
            b.t("NULL")
        b.t(",'").pii("IMMIGRATION_STATUS", _status(r)).t(
            f"','2026-{r.randint(1, 11):02d}-{r.randint(1, 28):02d} {_time(r):0>5}:00')"
        )
        b.t(",\n" if i < n - 1 else ";\n")


def _worker_centre_note(r: random.Random, b: Any) -> None:
    p = _person(r, sex="m")
    boss = r.choice(["the contractor", "a roofing crew", "a moving company", "the building super"])
    org = r.choice(
        ["Bay Parkway Worker Center", "Corona Day Labor Hub", "Staten Island Jornaleros"]
    )
    staff = _staff(r)
    b.t(f"{org} - wage claim note {_date(r, _recent(r), 'u')}\n")
    b.t(_ocr(r, "Worker ")).pii("PERSON", _name(r, p, "nc")).t(' (goes by "').pii(
        "PERSON", p.nick
    ).t('") came to the corner at 6am, ')
    b.t(
        _ocr(
            r,
            f"worked 9 days for {boss} on a gut renovation near Shore Pkwy, paid {_wage(r)} of {_wage(r, 900, 2400)} owed. ",
        )
    )
    b.t("Born ").pii("DATE_OF_BIRTH", _date(r, _dob(r, 1960, 2004), r.choice("usfS"))).t(
        " in "
    ).pii("COUNTRY_OF_BIRTH", _country(r, p.comm, r.choice("ns")))
    b.t(". Says he is ").pii("IMMIGRATION_STATUS", _status(r, r.choice(["en", "es"]))).t(
        ", afraid to go to DOL. "
    )
    b.t("Tel ").pii("PHONE", _phone(r, p.comm)).t(". Lives ").pii("ADDRESS", _address(r)).t(
        " (shares room w/ "
    )
    co = _person(r, p.comm, "m")
    b.pii("PERSON", co.given).t(").\n")
    if r.random() < 0.5:
        b.t("Has IDNYC ").pii("IDNYC", _idnyc(r)).t(", no SSN; files taxes w/ ITIN ").pii(
            "ITIN", _itin(r)
        ).t(".\n")
    else:
        b.t("Showed passport ").pii("PASSPORT", _passport(r, p.comm)).t(
            " as ID; IDNYC appt pending.\n"
        )
    b.t("Next step: DCWP/DOL referral, demand letter. Staff: ").pii("PERSON", staff.full).t("\n")


def _ocme_note(r: random.Random, b: Any) -> None:
    dec = _person(r)
    nok = _person(r, dec.comm)
    inv = _staff(r)
    b.t(
        f"OCME - NEXT OF KIN WORKSHEET (notes)   ME Case {r.choice(['M', 'K', 'Q', 'B', 'R'])}26-{_digits(r, 5)}\n"
    )
    b.t("Decedent: ").pii("PERSON", _name(r, dec, "lc")).t("   DOB: ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r, 1940, 2000), r.choice("uoe"))
    )
    b.t("\nPlace of birth: ").pii("COUNTRY_OF_BIRTH", _country(r, dec.comm)).t(
        "   Last known addr: "
    ).pii("ADDRESS", _address(r)).t("\n")
    b.t(f"Date/time of death: {_date(r, _recent(r), 'u')} {_time(r)}\n")
    b.t(_ocr(r, "Personal effects: wallet, passport ")).pii("PASSPORT", _passport(r, dec.comm)).t(
        ", IDNYC card "
    ).pii("IDNYC", _idnyc(r))
    b.t(_ocr(r, ", Metrocard, $23 cash.\n"))
    b.t("NOK: ").pii("PERSON", _name(r, nok, "nl")).t(
        f" ({r.choice(['brother', 'sister', 'wife', 'husband', 'cousin', 'son'])}), reached at "
    )
    b.pii("PHONE", _phone(r, dec.comm)).t(". NOK states decedent was ").pii(
        "IMMIGRATION_STATUS", _status(r)
    ).t("; ")
    b.t(
        f"asks about repatriation; body may be flown via {r.choice(['Istanbul', 'Dubai', 'Doha'])}.\n"
    )
    b.t("Identification by photo at Manhattan office, 520 First Avenue. Investigator ").pii(
        "PERSON", f"{inv.given} {inv.surname}"
    ).t("\n")


def _reply_chain(r: random.Random, b: Any) -> None:
    client = _person(r)
    staff = _staff(r)
    atty = _staff(r)
    cdate = _recent(r)
    b.t("From: ").pii("PERSON", f"{atty.given} {atty.surname}").t(" <").pii(
        "EMAIL", _staff_email(r, atty, "riverbendlegal.org")
    ).t(">\n")
    b.t("To: ").pii("PERSON", f"{staff.given} {staff.surname}").t(" <").pii(
        "EMAIL", _staff_email(r, staff, "hra.nyc.gov")
    ).t(">\n")
    b.t("Cc: intake@riverbendlegal.org\nSubject: RE: RE: fee waiver / ")
    b.pii("PERSON", client.surname.upper()).t("\n\n")
    b.t("Thanks - we filed the I-765 on their behalf; receipt is ").pii(
        "USCIS_RECEIPT", _receipt(r)
    ).t(". Category ")
    b.pii("IMMIGRATION_STATUS", r.choice(CABINET_STATUS_CODES)).t(".\n\n")
    b.t(
        f"On {_date(r, cdate, 'm')} at {r.randint(1, 11)}:{r.choice(['02', '17', '41', '58'])} PM "
    ).pii("PERSON", f"{staff.given} {staff.surname}").t(" wrote:\n")
    b.t("> Hi, following up on ").pii("PERSON", _name(r, client, "nl")).t(" (DOB ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r))
    ).t(", A#\n> ")
    b.pii("A_NUMBER", _anum(r, bare=True)).t("). HRA needs proof they are ").pii(
        "IMMIGRATION_STATUS", _status(r)
    ).t(" for the\n")
    b.t("> cash assistance budget. Client's number ").pii("PHONE", _phone(r, client.comm)).t(
        " goes to voicemail.\n>\n"
    )
    b.t(f"> On {_date(r, cdate, 'u')}, ").pii("PERSON", client.full).t(" <").pii(
        "EMAIL", _email(r, client)
    ).t("> wrote:\n")
    b.t(">> hello i move now to ").pii("ADDRESS", _address(r, caps=False)).t(
        " please send letter there. my SSN is\n>> "
    )
    if r.random() < 0.5:
        b.pii("SSN", _ssn(r)).t(" from work permit\n")
    else:
        b.t("not have, ITIN ").pii("ITIN", _itin(r)).t("\n")
    b.t(">> thank you ").pii("PERSON", client.nick).t("\n")


# -- intake forms -----------------------------------------------------------------------------


def intake_form_k(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.randrange(6)
    b = B()
    [
        _dcwp_intake,
        _dfta_assessment,
        _mckinney_vento,
        _esl_registration,
        _pharmacy_profile,
        _herrc_household,
    ][layout](r, b)
    return [(b.text(), b.labels, "")]


def _box(r: random.Random, p: float = 0.5) -> str:
    return "[X]" if r.random() < p else "[ ]"


def _dcwp_intake(r: random.Random, b: Any) -> None:
    p = _person(r)
    staff = _staff(r)
    b.t(
        "NYC DEPARTMENT OF CONSUMER AND WORKER PROTECTION\nPaid Safe and Sick Leave - Complaint Intake\n"
    )
    b.t(f"Complaint #: PSSL-{_digits(r, 6)}        Received: {_date(r, _recent(r), 'u')}\n\n")
    b.t("1. Complainant name (Last, First): ").pii("PERSON", f"{p.surname}, {p.given}").t("\n")
    b.t("2. Home address: ").pii("ADDRESS", _address(r)).t("\n")
    b.t("3. Tel: ").pii("PHONE", _phone(r, p.comm)).t("      Email: ").pii("EMAIL", _email(r, p)).t(
        "\n"
    )
    b.t("4. Date of birth: ").pii("DATE_OF_BIRTH", _date(r, _dob(r, 1955, 2006))).t(
        "   Preferred language: "
    ).t(_lang(r, p.comm)).t("\n")
    b.t(
        f"5. Employer: {r.choice(['Golden Crust Bakery LLC', 'Sunrise Home Care Agency', 'QuickDrop Delivery Inc', 'Lucky Nail Spa'])}, "
    )
    b.t(f"{r.choice(_AGENCY_ADDR[-1:] + ['210 Joralemon St, Brooklyn, NY 11201'])} \n")
    b.t(
        f"6. Dates employed: {_date(r, _recent(r), 'u')} to present; rate ${r.randint(12, 21)}.{r.choice(['00', '50'])}/hr; hours/wk {r.randint(20, 60)}\n"
    )
    b.t("7. Tax ID on pay stubs: ")
    if r.random() < 0.5:
        b.pii("ITIN", _itin(r)).t(" (ITIN)\n")
    else:
        b.pii("SSN", _ssn(r)).t(" (SS#)\n")
    b.t(
        _ocr(
            r,
            "8. Narrative: Manager refused sick days when my daughter was in hospital, said people without papers do not get leave. ",
        )
    )
    b.t("I am ").pii("IMMIGRATION_STATUS", _status(r)).t(_ocr(r, " and afraid. Coworker ")).pii(
        "PERSON", _name(r, _person(r), "nu")
    )
    b.t(_ocr(r, " was also fired.\n"))
    b.t("9. Retaliation? ").t(_box(r)).t(" Yes ").t(_box(r)).t(" No\n")
    b.t("Taken by: ").pii("PERSON", f"{staff.given[0]}. {staff.surname}").t(
        " (OLPS)   Call center 311 / (212) 436-0381\n"
    )


def _dfta_assessment(r: random.Random, b: Any) -> None:
    p = _person(r)
    ec = _person(r, p.comm)
    staff = _staff(r)
    dob = _dob(r, 1935, 1962)
    b.t("DEPT FOR THE AGING - HOME DELIVERED MEALS ASSESSMENT\nCase Mgmt Agency: ")
    b.t(
        r.choice(["Sunnyside Community Services", "Riverdale Senior Services", "CAMBA"])
        + f"   Case# {_case(r, 'HDM')}\n"
    )
    b.t("Client: ").pii("PERSON", _name(r, p, "lc")).t("\nDOB: ").pii(
        "DATE_OF_BIRTH", _date(r, dob, r.choice("usmo"))
    ).t(f"   Age: {2026 - dob[0]}\n")
    b.t("Address: ").pii("ADDRESS", _address(r)).t(
        f"   Elevator: {r.choice(['Y', 'N'])}  Floor: {r.randint(1, 6)}\n"
    )
    b.t("Phone: ").pii("PHONE", _phone_us(r)).t(
        f"   Medicaid CIN: {_cin(r)}   Medicare: {_digits(r, 1)}{r.choice('ACEG')}{_digits(r, 2)}-{r.choice('ABC')}{_digits(r, 2)}-{_digits(r, 4)}\n"
    )
    b.t("SS#: ").pii("SSN", _ssn(r)).t("    Born in: ").pii(
        "COUNTRY_OF_BIRTH", _country(r, p.comm)
    ).t(f"   Lang: {_lang(r, p.comm)}\n")
    b.t("Citizenship/immigration: ").pii(
        "IMMIGRATION_STATUS",
        r.choice(["LPR", "green card holder", "refugee", "asylee", "conditional resident"]),
    )
    b.t(f" (SSI denied {_date(r, _recent(r), 'u')})\n")
    b.t("Emergency contact: ").pii("PERSON", ec.full).t(
        f" ({r.choice(['daughter', 'son', 'niece', 'neighbor'])}) "
    ).pii("PHONE", _phone(r, p.comm)).t("\n")
    b.t(
        _ocr(
            r,
            "ADLs: needs help w/ bathing, uses cane. Diet: diabetic, no pork. Meals start Monday; kosher/halal option discussed.\n",
        )
    )
    b.t("Assessor: ").pii("PERSON", f"{staff.surname.upper()}, {staff.given}").t(
        f"   Date: {_date(r, _recent(r), 'u')}\n"
    )


def _mckinney_vento(r: random.Random, b: Any) -> None:
    parent = _person(r)
    kids = [_person(r, parent.comm) for _ in range(r.randint(1, 3))]
    b.t(
        "NYC PUBLIC SCHOOLS - STUDENT HOUSING QUESTIONNAIRE / CUESTIONARIO DE VIVIENDA\n(McKinney-Vento Act)\n\n"
    )
    b.t("School: ").t(
        r.choice(
            [
                "P.S. 89 Elmhurst",
                "I.S. 61 Leonardo da Vinci",
                "P.S. 7 Louis F. Simeone",
                "M.S. 45 Thomas C. Giordano",
            ]
        )
    ).t("\n")
    b.t("Parent/Guardian (Padre/Tutor): ").pii("PERSON", _name(r, parent, "nc")).t("\n")
    b.t("Phone / Teléfono: ").pii("PHONE", _phone(r, parent.comm)).t("\n")
    b.t("Students / Estudiantes:\n")
    for k in kids:
        b.t("  - ").pii("PERSON", f"{k.given} {parent.surname}").t(
            f"   OSIS {r.choice('12')}{_digits(r, 8)}   Grade {r.choice(['K', '1', '3', '5', '7', '9', '11'])}   DOB/Fecha de nac. "
        )
        b.pii("DATE_OF_BIRTH", _date(r, _dob(r, 2008, 2021), r.choice("usS"))).t("\n")
    b.t("\nWhere is the student living now? / ¿Dónde vive el estudiante ahora?\n")
    b.t(f"  {_box(r, 0.6)} In a shelter (DHS/HERRC) / En un albergue\n")
    b.t(f"  {_box(r, 0.3)} Doubled up with another family / Con otra familia en: ")
    b.pii("ADDRESS", _address(r)).t("\n")
    b.t(f"  {_box(r, 0.1)} Hotel/motel   {_box(r, 0.05)} Car, park, station\n")
    b.t("Previous permanent address / Dirección anterior: ").pii("ADDRESS", _address(r)).t("\n")
    if r.random() < 0.5:
        b.t("Family arrived from / Familia llegó de: ").pii(
            "COUNTRY_OF_BIRTH", _country(r, parent.comm, r.choice("ns"))
        ).t(f" via {r.choice(_DISTRACT_COUNTRIES)}\n")
    b.t(f"Signature: {'_' * 18}  Date/Fecha: {_date(r, _recent(r), 'u')}\n")
    b.t("Students in temporary housing liaison: Ms. ").pii("PERSON", _person(r, sex="f").surname).t(
        " ext. 2214\n"
    )


def _esl_registration(r: random.Random, b: Any) -> None:
    p = _person(r)
    b.t(
        f"{r.choice(['Queens Public Library New Americans Program', 'BPL Adult Learning Center', 'NYPL Citizenship Classes'])}\n"
    )
    b.t(
        f"ESOL / CITIZENSHIP CLASS REGISTRATION  Term {r.choice(['Fall', 'Winter', 'Spring'])} 2026  Level {r.randint(1, 4)}\n"
    )
    b.t("LAST NAME: ").pii("PERSON", p.surname.upper()).t("   FIRST NAME: ").pii(
        "PERSON", p.given.upper()
    ).t("\n")
    b.t("Date of birth (mm/dd/yyyy): ").pii("DATE_OF_BIRTH", _date(r, _dob(r), "u")).t("\n")
    b.t("Country of birth: ").pii("COUNTRY_OF_BIRTH", _country(r, p.comm)).t(
        f"   Native language: {_lang(r, p.comm)}\n"
    )
    b.t("Years in U.S.: ").t(str(r.randint(1, 20))).t("   Library card #: ").t(
        "2" + _digits(r, 13)
    ).t("\n")
    b.t("Mobile: ").pii("PHONE", _phone_us(r)).t("   E-mail: ").pii("EMAIL", _email(r, p)).t("\n")
    b.t("Home address: ").pii("ADDRESS", _address(r)).t("\n")
    b.t("For citizenship class only:\n")
    b.t("  Green card since: ").t(_date(r, _dob(r, 2012, 2024), "u")).t("   Status: ").pii(
        "IMMIGRATION_STATUS",
        r.choice(["LPR", "green card holder", "conditional resident", "asylee", "refugee"]),
    ).t("\n")
    b.t("  A-Number (on green card, USCIS#): ").pii("A_NUMBER", _anum(r)).t("\n")
    if r.random() < 0.6:
        b.t("  IDNYC # (for library card w/o other ID): ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t(
        _ocr(
            r,
            "How did you hear about us? friend / WhatsApp group / flyer at the mosque on 36th Ave\n",
        )
    )
    b.t("Staff initials: ").t(f"{r.choice('ABCDEFGHJKLMNPRST')}{r.choice('ABCDEFGHJKLMNPRST')}").t(
        "\n"
    )


def _pharmacy_profile(r: random.Random, b: Any) -> None:
    p = _person(r)
    doc = _staff(r)
    b.t(
        f"{r.choice(['Britton Ave Pharmacy', 'Jamaica Discount Chemists', 'Longwood Rx', 'Bay Ridge Apothecary'])} - PATIENT PROFILE\n"
    )
    b.t("=" * 60 + "\n")
    b.t("Patient   : ").pii("PERSON", f"{fold(p.surname).upper()}, {fold(p.given).upper()}").t(
        f"     Pt ID: {_digits(r, 7)}\n"
    )
    b.t("Birthdate : ").pii("DATE_OF_BIRTH", _date(r, _dob(r), r.choice("usk"))).t(
        f"     Sex: {p.sex.upper()}\n"
    )
    b.t("Address   : ").pii("ADDRESS", _address(r, caps=True)).t("\n")
    b.t("Phone     : ").pii("PHONE", _phone_us(r)).t("  (text OK)\n")
    b.t(
        f"Plan      : {r.choice(['Fidelis Care', 'MetroPlus', 'Healthfirst', 'NYC Care (self-pay)'])}  Member ID {_case(r, 'M')}  BIN 004336 PCN ADV\n"
    )
    b.t(f"Allergies : {r.choice(['NKDA', 'PCN', 'Sulfa', 'shellfish'])}\n")
    b.t("Notes     : ")
    b.t(_ocr(r, "Pt lost coverage; "))
    k = r.randrange(3)
    if k == 0:
        b.t("uses passport ").pii("PASSPORT", _passport(r, p.comm)).t(" for ID at pickup")
    elif k == 1:
        b.t("ID on file IDNYC ").pii("IDNYC", _idnyc(r))
    else:
        b.t("pays cash, ").pii("IMMIGRATION_STATUS", _status(r)).t(", asked about 340B program")
    b.t(". Daughter ").pii("PERSON", _person(r, p.comm, "f").given).t(" picks up.\n")
    b.t(
        f"Rx# {_digits(r, 7)}  metFORMIN 500MG TAB  #60  Refills 3  Filled {_date(r, _recent(r), 'u')}\n"
    )
    b.t("   Prescriber: ").pii("PERSON", f"{doc.surname}, {doc.given}").t(
        f" MD  NPI {_digits(r, 10)}\n"
    )
    b.t(f"Rx# {_digits(r, 7)}  LISINOPRIL 10MG TAB  #30  Refills 5\n")


def _herrc_household(r: random.Random, b: Any) -> None:
    head = _person(r)
    b.t("ARRIVAL CENTER HOUSEHOLD REGISTRATION\n")
    b.t(
        f"HH ID: {_case(r, 'HH')}   Arrival date: {_date(r, _recent(r), 'i')}   Placement: {r.choice(['Randall’s Island HERRC', 'Floyd Bennett Field', 'Roosevelt Hotel'])}\n"
    )
    b.t("Head of household: ").pii("PERSON", _name(r, head, "lc")).t("\n")
    b.t("Nationality / Nacionalidad: ").pii(
        "COUNTRY_OF_BIRTH", _country(r, head.comm, r.choice("nsd"))
    ).t("\n")
    b.t("Contact tel: ").pii("PHONE", _phone(r, head.comm)).t("\n\n")
    b.t("| # | Name | DOB | Relation | A-Number | I-94 | Status |\n|---|---|---|---|---|---|---|\n")
    members = [head] + [_person(r, head.comm) for _ in range(r.randint(1, 3))]
    for i, m in enumerate(members, 1):
        born = _dob(r, 1968, 2003) if i <= 2 else _dob(r, 2008, 2025)
        b.t(f"| {i} | ").pii("PERSON", m.full).t(" | ").pii("DATE_OF_BIRTH", _date(r, born, "u"))
        b.t(f" | {['HOH', 'spouse', 'child', 'child', 'sibling'][min(i - 1, 4)]} | ")
        if r.random() < 0.8:
            b.pii("A_NUMBER", _anum(r))
        else:
            b.t("none")
        b.t(" | ")
        if r.random() < 0.6:
            b.pii("I94", _i94(r))
        else:
            b.t("—")
        b.t(" | ").pii(
            "IMMIGRATION_STATUS",
            r.choice(["asylum seeker", "parolee", "pending asylum", "humanitarian parole", "EWI"]),
        ).t(" |\n")
    b.t("\nPassport of HOH: ").pii("PASSPORT", _passport(r, head.comm)).t(
        f" (copy in file)   Language: {_lang(r, head.comm)}\n"
    )
    b.t("Sponsor in US: ")
    if r.random() < 0.5:
        b.pii("PERSON", _person(r, head.comm).full).t(", ").pii("PHONE", _phone_us(r)).t("\n")
    else:
        b.t("none stated\n")


# -- letters ----------------------------------------------------------------------------------


def letter_k(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.randrange(6)
    b = B()
    [
        _shelter_notice,
        _foia_cover,
        _dol_letter,
        _family_court,
        _consulate_confirmation,
        _mailing_labels,
    ][layout](r, b)
    return [(b.text(), b.labels, "")]


def _address_block(r: random.Random, b: Any) -> None:
    line1, city_line, _, _ = _addr_parts(r)
    value = f"{line1}\n{city_line}"
    if r.random() < 0.3:
        value = value.upper()
    b.pii("ADDRESS", value)


def _shelter_notice(r: random.Random, b: Any) -> None:
    p = _person(r)
    days = r.choice([30, 60])
    b.t("NYC Health + Hospitals | Humanitarian Emergency Response and Relief Center\n")
    b.t(f"NOTICE OF {days}-DAY SHELTER STAY LIMIT / AVISO DE LÍMITE DE ESTADÍA DE {days} DÍAS\n\n")
    b.t(f"Date: {_date(r, _recent(r), 'm')}\nCase number: {_case(r, 'HER-')}\n\n")
    b.t("To: ").pii("PERSON", _name(r, p, "nc")).t(" and household\nDOB: ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r), "u")
    ).t("\n")
    if r.random() < 0.5:
        b.t("A#: ").pii("A_NUMBER", _anum(r, bare=True)).t("\n")
    b.t("\n")
    b.t(
        _ocr(
            r,
            f"Your household's stay at this site ends on {_date(r, _recent(r), 'm')}. You may request an extension if you show ",
        )
    )
    b.t(
        _ocr(
            r,
            "extenuating circumstances. Staff can help you find housing with family or friends or a ticket to another city.\n",
        )
    )
    b.t("Household members listed on this notice: ")
    ms = [_person(r, p.comm) for _ in range(r.randint(1, 3))]
    for i, m in enumerate(ms):
        b.pii("PERSON", m.given + " " + p.surname).t(" (").pii(
            "DATE_OF_BIRTH", _date(r, _dob(r, 2008, 2025), "s")
        ).t(")")
        b.t(", " if i < len(ms) - 1 else ".\n")
    b.t("Your status as shown in our records: ").pii(
        "IMMIGRATION_STATUS", _status(r, r.choice(["en", "es", "fr"]))
    ).t(". ")
    b.t("This notice does not affect your immigration case or your hearing.\n\n")
    b.t("Questions? Call 311 or ask your case manager, ").pii("PERSON", _staff(r).full).t(".\n")
    b.t(
        "Si necesita un intérprete, pídalo. Languages: Español, Français, Wolof, Tigrinya, Pashto.\n"
    )


def _foia_cover(r: random.Random, b: Any) -> None:
    p = _person(r)
    atty = _staff(r)
    b.t(
        f"{r.choice(['Riverbend Legal Services', 'Five Boroughs Immigrant Defense', 'Kew Gardens Law Collective'])}\n"
    )
    b.t("125 Maiden Lane, 9th Fl, New York, NY 10038 | (212) 577-3300\n\n")
    b.t(
        f"{_date(r, _recent(r), 'm')}\n\nVIA FIRST-CLASS MAIL\nNational Records Center, FOIA/PA Office\nP.O. Box 648010\nLee's Summit, MO 64064-8010\n\n"
    )
    b.t("Re: FOIA request for the A-file of ").pii("PERSON", _name(r, p, "nc")).t("\n")
    b.t("    A-Number: ").pii("A_NUMBER", _anum(r)).t("\n    Date of birth: ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r), r.choice("umb"))
    )
    b.t("\n    Country of birth: ").pii("COUNTRY_OF_BIRTH", _country(r, p.comm)).t("\n\n")
    b.t("Dear FOIA Officer:\n\n")
    b.t(
        _ocr(
            r,
            "Enclosed please find a Form G-639 and a Form G-28 for the above-named requester. Our client ",
        )
    )
    b.t("has the following filings with USCIS, which should appear in the file:\n")
    for form in r.sample(["I-589", "I-765", "I-131", "I-821", "I-130", "I-485"], r.randint(2, 3)):
        b.t(f"  - Form {form}, receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(
            f", filed {_date(r, _recent(r), 'u')}\n"
        )
    b.t("Please also include the CBP entry record (I-94 no. ").pii("I94", _i94(r)).t(
        ") and any records of "
    )
    b.t(_ocr(r, "prior encounters. Client was paroled and is now ")).pii(
        "IMMIGRATION_STATUS", _status(r)
    ).t(".\n")
    b.t("Client's mailing address for any response: ").pii("ADDRESS", _address(r, caps=False)).t(
        ".\n\n"
    )
    b.t("Sincerely,\n\n").pii("PERSON", atty.full).t(", Esq.\n").pii(
        "EMAIL", _staff_email(r, atty, "fbidlaw.org")
    ).t("\n")
    b.t(f"cc: client (translated into {_lang(r, p.comm)})\n")


def _dol_letter(r: random.Random, b: Any) -> None:
    p = _person(r)
    b.t(
        "New York State Department of Labor\nUnemployment Insurance Division\nPO Box 15130, Albany, NY 12212-5130\n\n"
    )
    b.pii("PERSON", f"{fold(p.given).upper()} {fold(p.surname).upper()}").t("\n")
    _address_block(r, b)
    b.t(
        f"\n\nDate mailed: {_date(r, _recent(r), 'u')}   Claim ID: {_digits(r, 8)}   Claimant ID: {_case(r, 'C')}\n\n"
    )
    b.t("Re: Request for proof of work authorization\n\n")
    b.t("Dear " + ("Ms. " if p.sex == "f" else "Mr. ")).pii(
        "PERSON", p.surname if r.random() < 0.6 else p.full
    ).t(":\n\n")
    b.t(
        _ocr(
            r,
            "To be eligible for benefits you must have been authorized to work during your base period and be able to work now. ",
        )
    )
    b.t("Our records show SSN ").pii("SSN", _ssn(r)).t(" and date of birth ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r), "u")
    ).t(". ")
    b.t("You told us you hold an Employment Authorization Document, category ").pii(
        "IMMIGRATION_STATUS", r.choice(CABINET_STATUS_CODES)
    )
    b.t(", USCIS# ").pii("A_NUMBER", _anum(r, bare=r.random() < 0.3)).t(", card receipt ").pii(
        "USCIS_RECEIPT", _receipt(r)
    ).t(".\n")
    b.t(
        f"Please send a copy of both sides of the card by {_date(r, _recent(r), 'm')}. You may fax 518-457-9378 or upload it.\n\n"
    )
    b.t("If we cannot reach you at ").pii("PHONE", _phone_us(r)).t(
        ", we will decide your claim on the information we have.\n\n"
    )
    b.t(f"Interpreter services are free. Your language on file: {_lang(r, p.comm)}.\n")
    b.t("Unemployment Insurance Division  /  Form LO 412.3 (1-26)\n")


def _family_court(r: random.Random, b: Any) -> None:
    pet = _person(r, sex="f")
    resp = _person(r, pet.comm, "m")
    kids = [_person(r, pet.comm) for _ in range(r.randint(1, 2))]
    county = r.choice(["QUEENS", "KINGS", "BRONX", "NEW YORK", "RICHMOND"])
    b.t(f"FAMILY COURT OF THE STATE OF NEW YORK\nCOUNTY OF {county}\n\n")
    b.t(
        "In the Matter of a Proceeding for Custody/Visitation under Article 6 of the Family Court Act\n\n"
    )
    b.pii("PERSON", f"{fold(pet.given).upper()} {fold(pet.surname).upper()}").t(
        ",\n                         Petitioner,\n        -against-\n"
    )
    b.pii("PERSON", f"{fold(resp.given).upper()} {fold(resp.surname).upper()}").t(
        ",\n                         Respondent.\n"
    )
    b.t(
        f"                                    Docket No. V-{_digits(r, 5)}-26\n                                    File No. {_digits(r, 6)}\n\n"
    )
    b.t("PETITION (Custody)  Form 6-1\n\n")
    b.t("1. Petitioner resides at ").pii("ADDRESS", _address(r, caps=False)).t(
        ". Petitioner's date of birth is "
    )
    b.pii("DATE_OF_BIRTH", _date(r, _dob(r, 1975, 2004), "m")).t(".\n")
    b.t("2. Respondent's last known address is ").pii("ADDRESS", _address(r, caps=False)).t(
        ", telephone "
    ).pii("PHONE", _phone(r, resp.comm)).t(".\n")
    b.t("3. The subject child(ren):\n")
    for k in kids:
        b.t("      ").pii("PERSON", f"{k.given} {resp.surname}").t(", born ").pii(
            "DATE_OF_BIRTH", _date(r, _dob(r, 2010, 2023), "m")
        ).t("\n")
    b.t("4. The children were born in ").pii("COUNTRY_OF_BIRTH", _country(r, pet.comm)).t(
        _ocr(r, " and came to New York with Petitioner. ")
    )
    b.t("Petitioner will ask the Court for findings to support an application for ").pii(
        "IMMIGRATION_STATUS", "SIJS"
    ).t(" for the children.\n")
    b.t(
        f"5. No other custody proceeding is pending in any court, including in {r.choice(_DISTRACT_COUNTRIES)}.\n\n"
    )
    b.t("Attorney for Petitioner: ").pii("PERSON", _staff(r).full).t(
        ", The Legal Aid Society, 199 Water St, New York, NY 10038\n"
    )


def _consulate_confirmation(r: random.Random, b: Any) -> None:
    p = _person(r)
    country = _country(r, p.comm)
    b.t(
        "Consulate General in New York - Online Appointment System\nConsular services for nationals of "
    )
    b.pii("COUNTRY_OF_BIRTH", country).t("\n\nAPPOINTMENT CONFIRMATION\n")
    b.t(
        f"Confirmation code: {''.join(r.choice('ABCDEFGHJKMNPQRSTUVWXYZ23456789') for _ in range(8))}\n"
    )
    b.t(
        f"Service: {r.choice(['Passport renewal', 'Emergency travel document', 'Birth registration', 'Civil status certificate'])}\n"
    )
    b.t(f"Date and time: {_date(r, _recent(r), 'b')}, {_time(r)}\n\n")
    b.t("Applicant: ").pii("PERSON", _name(r, p, "nlc")).t("\nDate of birth: ").pii(
        "DATE_OF_BIRTH", _date(r, _dob(r), r.choice("edbF"))
    ).t("\n")
    b.t("Current passport no.: ").pii("PASSPORT", _passport(r, p.comm)).t(
        f"   (expires {_date(r, _recent(r), 'e')})\n"
    )
    b.t("E-mail: ").pii("EMAIL", _email(r, p)).t("\nMobile: ").pii("PHONE", _phone(r, p.comm)).t(
        "\n"
    )
    b.t("Address in the US: ").pii("ADDRESS", _address(r)).t("\n\n")
    b.t(
        _ocr(
            r,
            "Bring: this confirmation, the old passport, 2 photos 35x45 mm, the fee in money order. ",
        )
    )
    b.t(
        _ocr(
            r,
            "Applicants in the US without a residence permit may still apply; we do not share data with US authorities.\n",
        )
    )
    b.t("Accompanying minor: ").pii("PERSON", _person(r, p.comm).given + " " + p.surname).t(
        ", DOB "
    ).pii("DATE_OF_BIRTH", _date(r, _dob(r, 2012, 2024), "e")).t("\n")


def _mailing_labels(r: random.Random, b: Any) -> None:
    b.t(f"Avery 5160 - Holiday food distribution mailing - batch {r.randint(1, 40)}\n\n")
    for _ in range(r.randint(3, 6)):
        p = _person(r)
        k = r.randrange(4)
        if k == 0:
            b.t("The ").pii("PERSON", p.surname).t(" Family")
        elif k == 1:
            b.pii("PERSON", p.full.upper())
        elif k == 2:
            b.pii("PERSON", p.full).t(" c/o ").pii("PERSON", _person(r, p.comm).full)
        else:
            b.pii("PERSON", _name(r, p, "nli"))
        b.t("\n")
        _address_block(r, b)
        b.t("\n\n")
    b.t("Return to: Community Fridge Network, 208 W 13th St, New York, NY 10011\n")


# -- CSV extracts -----------------------------------------------------------------------------


def csv_extract_k(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layout = r.randrange(6)
    maker = [_csv_day_labor, _csv_signin, _csv_herrc_db, _csv_merged, _csv_cryptic, _csv_tracker][
        layout
    ]
    header, rows = maker(r, B)
    out: Out = []
    for row in rows:
        for col, cell in enumerate(row):
            if cell is None:
                continue
            text, labels = cell
            if text:
                out.append((text, labels, f"{header[col].replace('_', ' ')}: "))
    return out


Cell = tuple[str, list[Any]] | None


def _cell(B: Callable[[], Any], type_: str | None, value: str) -> Cell:
    b = B()
    if type_:
        b.pii(type_, value)
    else:
        b.t(value)
    return b.text(), b.labels


def _csv_day_labor(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = [
        "Fecha",
        "Trabajador",
        "Apodo",
        "Tel",
        "País",
        "Fecha Nac.",
        "Empleador",
        "Pago",
        "Notas",
    ]
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r, sex=r.choice("mmf"))
        note = B()
        k = r.randrange(3)
        if k == 0:
            note.t("no le pagaron 2 días, vive en ").pii("ADDRESS", _address(r))
        elif k == 1:
            note.t("vino con su primo ").pii("PERSON", _person(r, p.comm, "m").full).t(", es ").pii(
                "IMMIGRATION_STATUS", _status(r, "es")
            )
        else:
            note.t(f"trabajo de pintura en Bay Ridge, {r.randint(6, 10)} hrs")
            if r.random() < 0.5:
                note.t("; cobra con ITIN ").pii("ITIN", _itin(r))
        rows.append([
            _cell(B, None, _date(r, _recent(r), "s")),
            _cell(B, "PERSON", _name(r, p, "nlcm")),
            _cell(B, "PERSON", p.nick) if r.random() < 0.6 else None,
            _cell(B, "PHONE", _phone(r, p.comm)),
            _cell(B, "COUNTRY_OF_BIRTH", _country(r, p.comm, r.choice("sn"))),
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r, 1965, 2005), r.choice("sue"))) if r.random() < 0.7 else None,
            _cell(B, None, r.choice(["Sal Contracting", "Kim Bros Moving", "particular", "Brooklyn Roofing Corp"])),
            _cell(B, None, _wage(r)),
            (note.text(), note.labels),
        ])  # fmt: skip
    return header, rows


def _csv_signin(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = ["Student Name", "DOB", "Country", "Phone", "Email", "Class", "Present", "Teacher"]
    teacher = _staff(r)
    rows = []
    for _ in range(r.randint(4, 6)):
        p = _person(r)
        rows.append([
            _cell(B, "PERSON", _name(r, p, "nlm")),
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r), r.choice("usi"))),
            _cell(B, "COUNTRY_OF_BIRTH", _country(r, p.comm, r.choice("nnd"))),
            _cell(B, "PHONE", _phone_us(r)),
            _cell(B, "EMAIL", _email(r, p)) if r.random() < 0.6 else None,
            _cell(B, None, r.choice(["Citizenship Tues 6pm", "ESOL 2 Sat AM", "Civics 100Q"])),
            _cell(B, None, r.choice(["Y", "N", "late"])),
            _cell(B, "PERSON", f"{teacher.given[0]}. {teacher.surname}"),
        ])  # fmt: skip
    return header, rows


def _csv_herrc_db(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = [
        "hh_id",
        "hoh_last_nm",
        "hoh_first_nm",
        "dob_dt",
        "ctry_birth_cd",
        "a_nbr",
        "i94_nbr",
        "imm_stat_cd",
        "arrival_dt",
        "site_cd",
        "ppt_nbr",
    ]
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        rows.append([
            _cell(B, None, _case(r, "HH")),
            _cell(B, "PERSON", fold(p.surname).upper()),
            _cell(B, "PERSON", fold(p.given).upper()),
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r, 1960, 2024), "i")),
            _cell(B, "COUNTRY_OF_BIRTH", _country(r, p.comm, "i")),
            _cell(B, "A_NUMBER", _anum(r, bare=r.random() < 0.4)),
            _cell(B, "I94", _i94(r)) if r.random() < 0.8 else None,
            _cell(B, "IMMIGRATION_STATUS", r.choice(CABINET_STATUS_ENUM)),
            _cell(B, None, _date(r, _recent(r), "i")),
            _cell(B, None, r.choice(["RAND", "FBF", "ROOS", "WLST"])),
            _cell(B, "PASSPORT", _passport(r, p.comm)) if r.random() < 0.5 else None,
        ])  # fmt: skip
    return header, rows


def _csv_merged(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = ["Client Information - Name", "Client Information - Date of Birth", "Client Information - Country of Origin",
              "Contact - Phone", "Contact - Home Address", "Documents - IDNYC #", "Documents - SSN/ITIN", "Visit - Date", "Visit - Outcome"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        tax = r.random()
        rows.append([
            _cell(B, "PERSON", _name(r, p, "nlc")),
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r), r.choice("usmbi"))),
            _cell(B, "COUNTRY_OF_BIRTH", _country(r, p.comm)),
            _cell(B, "PHONE", _phone(r, p.comm)),
            _cell(B, "ADDRESS", _address(r)),
            _cell(B, "IDNYC", _idnyc(r)) if r.random() < 0.75 else None,
            _cell(B, "SSN", _ssn(r)) if tax < 0.35 else (_cell(B, "ITIN", _itin(r)) if tax < 0.75 else _cell(B, None, "none")),
            _cell(B, None, _date(r, _recent(r), "u")),
            _cell(B, None, r.choice(["referred to legal", "SNAP app submitted", "follow up 2 wks", "closed"])),
        ])  # fmt: skip
    return header, rows


def _csv_cryptic(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = ["CLT_NM", "BDT", "ADDR1", "PH1", "PH2", "NAT", "SSN4", "CIN", "RTE", "DIET"]
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        rows.append([
            _cell(B, "PERSON", f"{fold(p.surname).upper()},{fold(p.given).upper()}"),
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r, 1930, 1962), r.choice("ko"))),
            _cell(B, "ADDRESS", _address(r, caps=True)),
            _cell(B, "PHONE", _phone_us(r).replace("+1 ", "")),
            _cell(B, "PHONE", _phone(r, p.comm)) if r.random() < 0.5 else None,
            _cell(B, "COUNTRY_OF_BIRTH", _country(r, p.comm, "i")),
            _cell(B, None, _digits(r, 4)),
            _cell(B, None, _cin(r)),
            _cell(B, None, f"R{r.randint(1, 30):02d}"),
            _cell(B, None, r.choice(["DM", "LS", "REG", "HAL", "KOS", "VEG"])),
        ])  # fmt: skip
    return header, rows


def _tax_cell(r: random.Random, B: Callable[[], Any]) -> Cell:
    x = r.random()
    if x < 0.5:
        return _cell(B, "ITIN", _itin(r))
    if x < 0.75:
        return _cell(B, "SSN", _ssn(r))
    return _cell(B, None, r.choice(["none", "N/A", "applied"]))


def _csv_tracker(r: random.Random, B: Callable[[], Any]) -> tuple[list[str], list[list[Cell]]]:
    header = [
        "client",
        "a_number",
        "receipt_no",
        "form",
        "ead_cat",
        "passport_no",
        "dob",
        "tax_id",
        "email",
        "notes",
    ]
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        note = B()
        k = r.randrange(4)
        if k == 0:
            note.t("RFE due ").t(_date(r, _recent(r), "u")).t("; call client ").pii(
                "PHONE", _phone(r, p.comm)
            )
        elif k == 1:
            note.t("spouse ").pii("PERSON", _person(r, p.comm).full).t(" DOB ").pii(
                "DATE_OF_BIRTH", _date(r, _dob(r), "u")
            ).t(" - derivative")
        elif k == 2:
            note.t("I-94 ").pii("I94", _i94(r)).t(" shows parole until ").t(
                _date(r, _recent(r), "u")
            )
        else:
            note.t("now ").pii("IMMIGRATION_STATUS", _status(r)).t(", moved to ").pii(
                "ADDRESS", _address(r)
            )
        rows.append([
            _cell(B, "PERSON", _name(r, p, "lm")),
            _cell(B, "A_NUMBER", _anum(r)),
            _cell(B, "USCIS_RECEIPT", _receipt(r)),
            _cell(B, None, r.choice(["I-765", "I-589", "I-821", "I-131", "I-485"])),
            _cell(B, "IMMIGRATION_STATUS", r.choice(CABINET_STATUS_CODES)) if r.random() < 0.7 else None,
            _cell(B, "PASSPORT", _passport(r, p.comm)) if r.random() < 0.6 else None,
            _cell(B, "DATE_OF_BIRTH", _date(r, _dob(r), r.choice("uid"))),
            _tax_cell(r, B),
            _cell(B, "EMAIL", _email(r, p)) if r.random() < 0.6 else None,
            (note.text(), note.labels),
        ])  # fmt: skip
    return header, rows


CABINET_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_k": case_note_k,
    "intake_form_k": intake_form_k,
    "letter_k": letter_k,
    "csv_extract_k": csv_extract_k,
}
