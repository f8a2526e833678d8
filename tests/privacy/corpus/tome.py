"""The "tome" split ("*_o" templates): a thirteenth blind split, with pools and generators of its
own.

Written blind on 2026-12-03 without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates; only the corpus interface (Builder, the CSV cell
convention) and the pool-disjointness test were read. Names and streets are checked by code to be
disjoint from every older pool; countries and immigration-status terms are closed vocabularies,
written as real New York City files write them, so they may repeat older ones.

Institutions and layouts (all new to the corpus):

- case notes: NYC Care enrollment call-script transcripts (agent/caller turns, spoken dates and
  digits), Access-A-Ride eligibility interview notes, a shelter bed-assignment whiteboard photo
  transcribed row by row, a parish immigration-clinic sign-in book typed from handwriting, an
  e-mail forwarded into a case note with the worker's signature block and a resident's contact
  card, a JSON Lines export pasted into a ticket, and an OCR'd handwritten progress note with
  Portuguese, Tagalog and French labels and misread prose;
- intake forms: emergency-room registration face sheets, NYCHA public-housing transfer
  requests with household tables, HSE (GED) exam registrations, Welcome Corps private
  sponsorship applications, consular registration (registro consular) printouts, school
  enrollment "blue cards" (emergency contact cards), and Con Ed hardship / renters' insurance
  claim forms;
- letters: Workers' Compensation Board hearing notices, naturalization-class attendance
  certificates, mail-merge letters with merge fields left in, Con Ed hardship support letters,
  congregation sponsorship letters, and a French "attestation d'hébergement";
- CSV extracts: a text-message export with one message per row, an Access-A-Ride eligibility
  roster, a utility hardship export with cryptic column codes, an HSE registration export with
  ISO nationality codes, a sponsorship arrivals manifest, a French-headed clinic roster, and a
  USCIS receipt tracker.

Labelled (exactly the value): PERSON (residents, relatives, sponsors and staff), A_NUMBER (with
"A" in any separator style, and bare digits after an A-number cue), SSN, ITIN, PASSPORT, PHONE
(residents' own), EMAIL (residents' and staff members' own), DATE_OF_BIRTH, ADDRESS (residents'
street addresses with unit, with city and ZIP when written on the same line), IDNYC,
USCIS_RECEIPT, I94, IMMIGRATION_STATUS (the status words only, in any language) and
COUNTRY_OF_BIRTH (country, nationality or ISO code a resident was born in or comes from).

Left unlabelled on purpose: case, call, complaint, docket, WCB case, claim, policy, account,
tenant, customer, member, MRN, OSIS student, Medicaid CIN, UNHCR and consular registration
numbers; appointment, hearing, arrival, visit and exam dates and times; ages; money; agency,
parish and organisation names; public agency addresses, main phone numbers and shared mailboxes;
form names; languages; ZIP+4 codes; places named after people; countries that are nobody's origin
(destinations, consulates' host countries, "United States"); merge fields left empty.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """`text` without accents (NFKD, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# -- pools -------------------------------------------------------------------------------------

TOME_COMMUNITIES: dict[str, dict[str, Any]] = {
    "georgian": {
        "given_f": ["Maiko", "Manana", "Lela", "Eteri", "Khatia", "Shorena", "Marekh", "Dodo", "Medea", "Teona", "Salome"],
        "given_m": ["Vakhtang", "Tengiz", "Zviad", "Merab", "Mamuka", "Kakha", "Jemal", "Badri", "Gela", "Paata", "Nodar", "Temur", "Vazha"],
        "surnames": ["Jgerenaia", "Natsvlishvili", "Bolkvadze", "Khutsishvili", "Mchedlidze", "Chkheidze", "Kiknadze", "Tsintsadze", "Shengelia", "Gabunia", "Kharaishvili", "Margvelashvili", "Kobakhidze", "Zhvania", "Janelidze", "Makharadze", "Chanturia", "Baramidze", "Svanidze", "Lortkipanidze", "Bakradze"],
        "nicknames_f": ["Tiko", "Nutsa", "Tamo"],
        "nicknames_m": ["Vakho", "Reziko", "Dato", "Koka"],
        "rare_given_f": ["Rusudan", "Tsitsino", "Natela", "Tsira", "Guranda"],
        "rare_given_m": ["Avtandil", "Iase", "Jumber", "Murtaz", "Rostom", "Besarion"],
        "rare_surnames": ["Qurashvili", "Sulakvelidze", "Tskhadadze", "Gvetadze", "Dgebuadze", "Mgeladze"],
        "countries": ["Georgia", "Sakartvelo", "Rep. of Georgia"],
        "demonyms": ["Georgian"],
        "codes": ["GE", "GEO"],
        "consulate": "Consulate General of Georgia",
    },
    "sinhala": {
        "given_f": ["Nadeesha", "Sewwandi", "Hasini", "Kumudini", "Anoma", "Chathurika", "Madushani", "Dulani", "Niroshini"],
        "given_m": ["Lasantha", "Ruwan", "Buddhika", "Sampath", "Chathura", "Dilshan", "Isuru", "Gayan", "Asanka"],
        "surnames": ["Gunawardena", "Ekanayake", "Abeysekera", "Karunaratne", "Samarakoon", "Senaratne", "Weerasooriya", "Rathnayake", "Jayalath", "Wijeratne", "Munasinghe", "Kumarasinghe", "Edirisinghe", "Gamage", "Siriwardena", "Amunugama"],
        "nicknames_f": ["Nadee", "Sewwa", "Dulu"],
        "nicknames_m": ["Thari", "Sampa", "Bude"],
        "rare_given_f": ["Wasana", "Iresha", "Sachini", "Pavithra", "Upeksha"],
        "rare_given_m": ["Susantha", "Dumindu", "Lahiru"],
        "rare_surnames": ["Kodituwakku", "Wanniarachchi", "Jayawickrema", "Hettiarachchi", "Ilangakoon", "Walisundara"],
        "countries": ["Sri Lanka", "Ceylon"],
        "demonyms": ["Sri Lankan"],
        "codes": ["LK", "LKA"],
        "consulate": "Consulate General of Sri Lanka",
    },
    "tamil": {
        "given_f": ["Kalaivani", "Vasanthi", "Sharmila", "Jeyanthi", "Mathumitha", "Suganthy", "Yalini", "Ranjani", "Vithya"],
        "given_m": ["Sivakumaran", "Tharmalingam", "Arulnesan", "Mathivanan", "Kajendran", "Yogeswaran", "Thayaparan", "Nirmalan", "Sritharan", "Kumaraguru"],
        "surnames": ["Ratnasingam", "Thevarajah", "Balasundaram", "Vijayaratnam", "Nagalingam", "Shanmuganathan", "Arumugam", "Kandiah", "Sinnathurai", "Velupillai", "Mahalingam"],
        "nicknames_f": ["Tharsh", "Nive", "Yali"],
        "nicknames_m": ["Siva", "Kaje", "Thaya"],
        "rare_given_f": ["Piraveena", "Sutharsini", "Thuvaraka"],
        "rare_given_m": ["Thileepan", "Vithushan", "Kirupakaran"],
        "rare_surnames": ["Selvanayagam", "Thurairajasingam", "Paramsothy", "Kugathasan", "Ambalavanar"],
        "countries": ["Sri Lanka", "India"],
        "demonyms": ["Sri Lankan", "Indian"],
        "codes": ["LK", "IN"],
        "consulate": "Consulate General of India",
    },
    "steppe": {
        "given_f": ["Zhanar", "Saule", "Ainura", "Nurgul", "Bermet", "Dariga", "Gulmira", "Asel", "Akmaral", "Zhibek"],
        "given_m": ["Daulet", "Talgat", "Kanat", "Almazbek", "Serik", "Nurbolat", "Askar", "Erzhan", "Kairat", "Mirlan", "Ulan"],
        "surnames": ["Zhaksybekov", "Sarsenbayev", "Omurbekov", "Asanaliev", "Kenzhebekov", "Tulegenova", "Zhumabaeva", "Abylkasymova", "Dzhumabekov", "Turdaliev", "Iskakov", "Nurmagambetov", "Akhmetova", "Seitkaliev"],
        "nicknames_f": ["Zhanka", "Aikosha"],
        "nicknames_m": ["Yerik", "Dauka", "Kana"],
        "rare_given_f": ["Altynai", "Gulzhamal", "Meerim", "Aruuke"],
        "rare_given_m": ["Nurzhigit", "Temirlan", "Sanzhar", "Erkinbek"],
        "rare_surnames": ["Baitursynov", "Kudaibergenov", "Toktogulova", "Sagynbaev", "Kurmanjanova"],
        "countries": ["Kazakhstan", "Kyrgyzstan", "Kyrgyz Republic"],
        "demonyms": ["Kazakh", "Kyrgyz"],
        "codes": ["KZ", "KG"],
        "consulate": "Consulate General of Kazakhstan",
    },
    "yoruba": {
        "given_f": ["Adebimpe", "Omolara", "Yewande", "Abosede", "Olayinka", "Iyabo", "Bolanle", "Adunni", "Kemisola"],
        "given_m": ["Akinwale", "Ayodele", "Olusegun", "Olalekan", "Oladimeji", "Gbenga", "Kayode", "Adeniyi"],
        "surnames": ["Olatunji", "Oyewole", "Adesanya", "Onabanjo", "Odunsi", "Akintola", "Adeleke", "Oyinlola", "Ogunlana", "Adegoke", "Oshodi", "Babatola"],
        "nicknames_f": ["Sade", "Lara", "Yinka"],
        "nicknames_m": ["Wale", "Jide", "Dimeji"],
        "rare_given_f": ["Ibukunoluwa", "Moradeke", "Oluwafunmilayo", "Ifeoluwa"],
        "rare_given_m": ["Adeoluwa", "Olanrewaju"],
        "rare_surnames": ["Oyedokun", "Fagbemi", "Akinyemiju", "Ogunsanwo", "Adesokan"],
        "countries": ["Nigeria", "Benin"],
        "demonyms": ["Nigerian", "Beninese"],
        "codes": ["NG", "NGA", "BJ"],
        "consulate": "Consulate General of Nigeria",
    },
    "armenian": {
        "given_f": ["Tatevik", "Varsenik", "Astghik", "Hripsime", "Lilit", "Ruzanna"],
        "given_m": ["Narek", "Ashot", "Artak", "Hrant", "Levon", "Karapet", "Vazgen", "Suren", "Sevak", "Grigor"],
        "surnames": ["Poghosyan", "Baghdasaryan", "Martirosyan", "Sahakyan", "Simonyan", "Galstyan", "Karapetyan", "Davtyan", "Margaryan", "Abrahamyan", "Zakaryan", "Nersisyan", "Mikayelyan"],
        "nicknames_f": ["Lusi", "Tatev", "Lilo"],
        "nicknames_m": ["Hovo", "Arto", "Levo"],
        "rare_given_f": ["Shushanik", "Heghine", "Zepyur"],
        "rare_given_m": ["Khoren", "Mushegh", "Vahagn", "Smbat", "Tatul"],
        "rare_surnames": ["Shahbazyan", "Yeghiazaryan", "Gasparyan", "Ohanjanyan"],
        "countries": ["Armenia"],
        "demonyms": ["Armenian"],
        "codes": ["AM", "ARM"],
        "consulate": "Consulate of Armenia",
    },
    "filipino": {
        "given_f": ["Jhoanna", "Evangeline", "Charito", "Kristine"],
        "given_m": ["Jomar", "Eduardo", "Renato", "Ariel", "Dante"],
        "surnames": ["Dumlao", "Manalastas", "Villafuerte", "Bacani", "Mallari", "Quiambao"],
        "nicknames_f": ["Cel", "Inday"],
        "nicknames_m": ["Totoy"],
        "rare_given_f": ["Maridel", "Corazon"],
        "rare_given_m": ["Dionisio", "Rustico", "Florante", "Isagani", "Macario"],
        "rare_surnames": ["Bagtas", "Sumulong", "Pacquing", "Sapinoso", "Dalisay"],
        "countries": ["Philippines", "Pilipinas"],
        "demonyms": ["Filipino", "Filipina"],
        "codes": ["PH", "PHL"],
        "consulate": "Philippine Consulate General",
    },
    "garifuna": {
        "given_f": ["Sindy", "Elvia", "Wendy", "Dania", "Nolvia", "Glenis", "Arely"],
        "given_m": ["Nahun", "Dixon", "Osman", "Marlon", "Jeovany", "Erlin"],
        "surnames": ["Cacho", "Sabio", "Franzua", "Sambola", "Nolasco", "Valerio", "Arriola", "Centeno", "Ellington", "Palacio"],
        "nicknames_f": ["Yesi", "Leny", "Suya", "Kei"],
        "nicknames_m": ["Chito", "Jeo", "Selvi"],
        "rare_given_f": ["Wadimalu", "Yurumein", "Onesima"],
        "rare_given_m": ["Satuye", "Baruma", "Lisandro"],
        "rare_surnames": ["Lambe", "Mariano", "Bodden"],
        "countries": ["Honduras", "Belize"],
        "demonyms": ["Honduran", "hondureño", "hondureña", "Belizean"],
        "codes": ["HN", "BZ"],
        "consulate": "Consulado General de Honduras",
    },
    "kichwa": {
        "given_f": ["Samay", "Yarina", "Kantuta"],
        "given_m": ["Rumiñawi", "Kuri", "Sayri", "Kawsay", "Wayta", "Tupak", "Kamak"],
        "surnames": ["Cotacachi", "Cachiguango", "Perugachi", "Farinango", "Yamberla", "Tituaña", "Muenala", "Amaguaña", "Males", "Quinche", "Pichamba", "Cabascango", "Lanchimba", "Guaján"],
        "nicknames_f": ["Sisita", "Killita"],
        "nicknames_m": ["Amarito", "Kawsi", "Tupa"],
        "rare_given_f": ["Nayra", "Ñusta", "Achik", "Kispe"],
        "rare_given_m": ["Wamani", "Kusi", "Pawkar", "Wiñay"],
        "rare_surnames": ["Guandinango", "Picuasi", "Quinchuquí", "Anrrango", "Chicaiza"],
        "countries": ["Ecuador"],
        "demonyms": ["Ecuadorian", "ecuatoriano", "ecuatoriana"],
        "codes": ["EC", "ECU"],
        "consulate": "Consulado General del Ecuador",
    },
    "pacific": {
        "given_f": ["Mereoni", "Litia", "Ofa"],
        "given_m": ["Sitiveni", "Jone", "Inoke", "Penisoni"],
        "surnames": ["Mateaki", "Naivalu", "Ratuvou", "Tabuya", "Bulivou"],
        "nicknames_f": ["Lana", "Sali"],
        "nicknames_m": ["Siti"],
        "rare_given_f": ["Kelera"],
        "rare_given_m": ["Epeli", "Sakiusa"],
        "rare_surnames": ["Nadakuitavuki", "Waqanivalu"],
        "countries": ["Tonga", "Fiji"],
        "demonyms": ["Tongan", "Fijian"],
        "codes": ["TO", "FJ"],
        "consulate": "Consulate General of Tonga",
    },
    "malagasy": {
        "given_f": ["Fenohasina", "Tahiry", "Miora"],
        "given_m": ["Tojo", "Fidy"],
        "surnames": ["Ravelojaona", "Ranaivoson", "Andriamihaja"],
        "nicknames_f": ["Fenosoa", "Haja"],
        "nicknames_m": ["Rivoka", "Dada"],
        "rare_given_f": ["Vonjiniaina", "Holisoa"],
        "rare_given_m": ["Toavina"],
        "rare_surnames": ["Rabearivelo", "Andriantsitohaina", "Ramarokoto"],
        "countries": ["Madagascar"],
        "demonyms": ["Malagasy"],
        "codes": ["MG", "MDG"],
        "consulate": "Consulate of Madagascar",
    },
}  # fmt: skip

# (street, city as mail is addressed, ZIP, Queens-style hyphenated house numbers?)
TOME_STREETS: list[tuple[str, str, str, bool]] = [
    ("Truxton Street", "Bronx", "10474", False),
    ("Halleck Street", "Bronx", "10474", False),
    ("Givan Avenue", "Bronx", "10469", False),
    ("Hollers Avenue", "Bronx", "10475", False),
    ("Bivona Street", "Bronx", "10475", False),
    ("Digney Avenue", "Bronx", "10466", False),
    ("Bullard Avenue", "Bronx", "10470", False),
    ("Vireo Avenue", "Bronx", "10470", False),
    ("Glebe Avenue", "Bronx", "10462", False),
    ("Lacombe Avenue", "Bronx", "10473", False),
    ("Noll Street", "Brooklyn", "11206", False),
    ("Ingraham Street", "Brooklyn", "11237", False),
    ("Varet Street", "Brooklyn", "11206", False),
    ("Ten Eyck Street", "Brooklyn", "11206", False),
    ("Haring Street", "Brooklyn", "11235", False),
    ("Batchelder Street", "Brooklyn", "11229", False),
    ("Bragg Street", "Brooklyn", "11229", False),
    ("Sterling Street", "Brooklyn", "11225", False),
    ("Decatur Street", "Brooklyn", "11233", False),
    ("Kosciuszko Street", "Brooklyn", "11221", False),
    ("Dwight Street", "Brooklyn", "11231", False),
    ("Lorraine Street", "Brooklyn", "11231", False),
    ("Tuckerton Street", "Jamaica", "11433", True),
    ("Mazeau Street", "Maspeth", "11378", True),
    ("Edsall Avenue", "Glendale", "11385", True),
    ("Kessel Street", "Forest Hills", "11375", True),
    ("Selfridge Street", "Forest Hills", "11375", True),
    ("Negundo Avenue", "Flushing", "11355", True),
    ("Kalmia Avenue", "Flushing", "11355", True),
    ("Bessemund Avenue", "Far Rockaway", "11691", True),
    ("Doyers Street", "New York", "10013", False),
    ("Macombs Place", "New York", "10039", False),
    ("Andros Avenue", "Staten Island", "10303", False),
    ("Benziger Avenue", "Staten Island", "10301", False),
    ("Corson Avenue", "Staten Island", "10301", False),
    ("Mosel Avenue", "Staten Island", "10304", False),
    ("Quimby Avenue", "Bronx", "10473", False),
    ("Ryder Street", "Brooklyn", "11234", False),
    ("Peck Avenue", "Fresh Meadows", "11366", True),
    ("Staff Street", "New York", "10034", False),
]

# Immigration-status words as NYC files write them; [brackets] mark the labelled part.
tome_status_en = [
    "[asylum seeker]", "[asylee]", "[asylum pending]", "[TPS]", "[TPS holder]",
    "[DACA recipient]", "[LPR]", "[lawful permanent resident]", "[green card holder]",
    "[conditional resident]", "[parolee]", "[humanitarian parole]", "[undocumented]",
    "[no status]", "[U visa holder]", "[T visa]", "[SIJS]", "[refugee]", "[U.S. citizen]",
    "[naturalized citizen]", "[F-1 student]", "[overstayed B-2]", "[EWI]", "[out of status]",
]  # fmt: skip
tome_status_es = [
    "[indocumentado]", "[sin papeles]", "[solicitante de asilo]", "[asilada]",
    "[residente permanente]", "[refugiado]", "[ciudadana]", "[con TPS]", "[parole humanitario]",
]  # fmt: skip
tome_status_other = [
    ("fr", "[demandeur d'asile]"), ("fr", "[sans-papiers]"), ("fr", "[réfugiée]"),
    ("fr", "[résident permanent]"), ("pt", "[requerente de asilo]"), ("pt", "[indocumentada]"),
    ("tl", "[TNT]"), ("tl", "[may green card]"), ("ru", "[беженец]"), ("ru", "[грин-карта]"),
]  # fmt: skip
tome_status_short = ["TPS", "DACA", "LPR", "Asylee", "Refugee", "Parolee", "Undoc", "SIJS"]

tome_units = ["Apt {n}{l}", "Apt. {n}{l}", "#{n}{l}", "Apt {n}", "Fl {n}", "Unit {n}{l}",
              "{n}{l}", "Bsmt", "Apt {l}{n}"]  # fmt: skip
tome_receipt_prefixes = ["IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC"]
tome_months = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
tome_meses = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]  # fmt: skip
tome_mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]  # fmt: skip
tome_languages = {
    "georgian": "Georgian", "sinhala": "Sinhala", "tamil": "Tamil", "steppe": "Russian",
    "yoruba": "Yoruba", "armenian": "Armenian", "filipino": "Tagalog", "garifuna": "Garifuna",
    "kichwa": "Kichwa", "pacific": "Tongan", "malagasy": "Malagasy",
}  # fmt: skip


# -- generators --------------------------------------------------------------------------------


@dataclass
class _P:
    given: str
    surname: str
    sex: str
    nick: str
    comm: str

    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"


def _person(r: random.Random, comm: str | None = None) -> _P:
    comm = comm or r.choice(sorted(TOME_COMMUNITIES))
    c = TOME_COMMUNITIES[comm]
    sex = r.choice("fm")
    given = r.choice(c[f"rare_given_{sex}"] if r.random() < 0.3 else c[f"given_{sex}"])
    surname = r.choice(c["rare_surnames"] if r.random() < 0.3 else c["surnames"])
    return _P(given, surname, sex, r.choice(c[f"nicknames_{sex}"]), comm)


def _name(r: random.Random, p: _P, style: str | None = None) -> str:
    style = style or r.choice(
        ["full", "full", "full", "last_first", "caps", "caps_last", "initial", "nick"]
    )
    return {
        "full": p.full,
        "last_first": f"{p.surname}, {p.given}",
        "caps": p.full.upper(),
        "caps_last": f"{p.surname.upper()}, {p.given.upper()}",
        "caps_last_nocomma": f"{p.surname.upper()} {p.given.upper()}",
        "initial": f"{p.given[0]}. {p.surname}",
        "nick": f"{p.nick} {p.surname}",
        "given": p.given,
        "surname": p.surname,
    }[style]


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


def _anum(r: random.Random) -> str:
    nine = r.random() < 0.7
    d = (r.choice("012") + _d(r, 8)) if nine else (r.choice("3456789") + _d(r, 7))
    if nine:
        return r.choice(
            [
                f"A{d}",
                f"A-{d[:3]}-{d[3:6]}-{d[6:]}",
                f"A {d[:3]} {d[3:6]} {d[6:]}",
                f"A# {d[:3]}-{d[3:6]}-{d[6:]}",
                f"A{d[:3]}-{d[3:6]}-{d[6:]}",
                f"a{d}",
                f"A–{d}",
            ]
        )
    return r.choice(
        [f"A{d}", f"A-{d[:2]}-{d[2:5]}-{d[5:]}", f"A {d}", f"A{d[:2]} {d[2:5]} {d[5:]}"]
    )


def _anum_bare(r: random.Random) -> str:
    d = r.choice("012") + _d(r, 8)
    return r.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def _ssn(r: random.Random, sep: str | None = None) -> str:
    area = r.choice([r.randint(1, 665), r.randint(667, 899)])
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    sep = r.choice(["-", "-", "-", " ", ""]) if sep is None else sep
    return f"{a}{sep}{g}{sep}{s}"


def _itin(r: random.Random, sep: str | None = None) -> str:
    mid = r.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
    a, s = f"9{_d(r, 2)}", _d(r, 4)
    sep = r.choice(["-", "-", " ", ""]) if sep is None else sep
    return f"{a}{sep}{mid}{sep}{s}"


def _passport(r: random.Random, comm: str) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return {
        "georgian": lambda: f"{_d(r, 2)}{r.choice(up)}{r.choice(up)}{_d(r, 5)}",
        "sinhala": lambda: f"N{_d(r, 7)}",
        "tamil": lambda: r.choice([f"N{_d(r, 7)}", f"{r.choice('JKLMNPRSTUVWZ')}{_d(r, 7)}"]),
        "steppe": lambda: r.choice([f"N{_d(r, 8)}", f"AC{_d(r, 7)}"]),
        "yoruba": lambda: f"A{_d(r, 8)}",
        "armenian": lambda: f"A{r.choice(up)}{_d(r, 7)}",
        "filipino": lambda: f"P{_d(r, 7)}{r.choice(up)}",
        "garifuna": lambda: f"{r.choice(['E', 'F', 'G'])}{_d(r, 7)}",
        "kichwa": lambda: r.choice([f"A{_d(r, 7)}", f"17{_d(r, 8)}"]),
        "pacific": lambda: r.choice([f"T{_d(r, 6)}", f"FA{_d(r, 6)}"]),
        "malagasy": lambda: f"{_d(r, 2)}{r.choice(up)}{r.choice(up)}{_d(r, 5)}",
    }[comm]()


def _phone(r: random.Random, style: int | None = None) -> str:
    a = r.choice(["718", "347", "929", "917", "646", "212", "332", "516", "201", "914"])
    e = f"{r.randint(2, 9)}{_d(r, 2)}"
    n = _d(r, 4)
    forms = [
        f"({a}) {e}-{n}",
        f"{a}-{e}-{n}",
        f"{a}.{e}.{n}",
        f"+1 {a} {e} {n}",
        f"1-{a}-{e}-{n}",
        f"{a}{e}{n}",
        f"({a}){e}-{n}",
        f"{a} {e} {n}",
        f"+1{a}{e}{n}",
    ]
    return forms[r.randrange(len(forms)) if style is None else style]


def _email(r: random.Random, p: _P, staff_domain: str | None = None) -> str:
    g, s = fold(p.given).lower().replace(" ", ""), fold(p.surname).lower().replace(" ", "")
    s = s.replace("-", "")
    if staff_domain:
        return r.choice([f"{g[0]}{s}", f"{g}.{s}", f"{s}{g[0]}"]) + "@" + staff_domain
    user = r.choice(
        [f"{g}.{s}", f"{g}{s[:4]}{r.randint(1, 99)}", f"{s}.{g[0]}", f"{g}_{r.randint(70, 2009)}",
         f"{fold(p.nick).lower()}{s}", f"{g[0]}{s}{r.randint(1, 9)}"]
    )  # fmt: skip
    dom = r.choice(
        ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
         "aol.com", "protonmail.com", "mail.ru", "yahoo.com.ph"]
    )  # fmt: skip
    return f"{user}@{dom}"


def _dob_parts(r: random.Random, young: bool = False, old: bool = False) -> tuple[int, int, int]:
    y = r.randint(2008, 2020) if young else r.randint(1938, 1972) if old else r.randint(1946, 2006)
    return y, r.randint(1, 12), r.randint(1, 28)


def _dob(r: random.Random, style: str | None = None, young: bool = False, old: bool = False) -> str:
    y, m, d = _dob_parts(r, young, old)
    style = style or r.choice(["us", "us", "short", "iso", "dot", "long", "dmy_mon", "caps_mon"])
    mon = tome_months[m - 1]
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "short": f"{m}/{d}/{str(y)[2:]}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dmy": f"{d:02d}/{m:02d}/{y}",
        "long": f"{mon} {d}, {y}",
        "dmy_mon": f"{d} {mon[:3]} {y}",
        "caps_mon": f"{d:02d}-{mon[:3].upper()}-{y}",
        "es": f"{d} de {tome_meses[m - 1]} de {y}",
        "fr": f"{d} {tome_mois[m - 1]} {y}",
        "spoken": f"{mon} {d}{'th' if d not in (1, 2, 3, 21, 22, 23) else ''}, {y}",
        "compact": f"{m:02d}{d:02d}{y}",
    }[style]


def _street_abbr(r: random.Random, street: str) -> str:
    form = r.choice(["full", "abbr", "abbr", "caps"])
    if form == "full":
        return street
    abbr = street.replace("Avenue", "Ave").replace("Street", "St").replace("Place", "Pl")
    return abbr.upper() if form == "caps" else abbr


def _house(r: random.Random, hyphen: bool) -> str:
    if hyphen:
        return f"{r.randint(31, 219)}-{r.randint(1, 69):02d}"
    return str(r.randint(2, 2390))


def _unit(r: random.Random) -> str:
    return (
        r.choice(tome_units)
        .replace("{n}", str(r.randint(1, 21)))
        .replace("{l}", r.choice("ABCDEFGHJK"))
    )


@dataclass
class _A:
    line1: str
    city: str
    zip: str

    @property
    def one_line(self) -> str:
        return f"{self.line1}, {self.city}, NY {self.zip}"


def _addr(r: random.Random) -> _A:
    street, city, zip_, hyphen = r.choice(TOME_STREETS)
    line = f"{_house(r, hyphen)} {_street_abbr(r, street)}"
    line += r.choice([", ", " ", " "]) + _unit(r)
    return _A(line, city, zip_)


def _idnyc(r: random.Random) -> str:
    d = "1" + _d(r, 11)
    return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:4]}-{d[4:8]}-{d[8:]}"])


def _receipt(r: random.Random) -> str:
    p = r.choice(tome_receipt_prefixes)
    d = r.choice(["09", "19", "21", "22", "23", "24", "25"]) + _d(r, 8)
    return r.choice([f"{p}{d}", f"{p}{d}", f"{p} {d}", f"{p}-{d}"])


def _i94(r: random.Random) -> str:
    if r.random() < 0.6:
        return r.choice("0123456789") + _d(r, 10)
    return f"{_d(r, 9)}{r.choice('ABCDEFGHJKMNPRTWXY')}{r.randint(0, 9)}"


def _status(r: random.Random, lang: str = "en") -> str:
    """A bracketed status phrase in `lang` (en, es or other)."""
    if lang == "es":
        return r.choice(tome_status_es)
    if lang == "other":
        return r.choice(tome_status_other)[1]
    return r.choice(tome_status_en)


def _country(r: random.Random, p: _P, kind: str = "any") -> str:
    """A country of `p`'s community: "name" (Sri Lanka), "demonym" (Sri Lankan), "code" (LK),
    "nationality" (a name or a demonym) or "any"."""
    c = TOME_COMMUNITIES[p.comm]
    keys = {
        "name": ["countries"],
        "demonym": ["demonyms"],
        "code": ["codes"],
        "nationality": ["countries", "demonyms"],
        "any": ["countries", "demonyms", "codes"],
    }[kind]
    return r.choice([v for k in keys for v in c[k]])


def _case(r: random.Random, prefix: str = "") -> str:
    return f"{prefix}{r.randint(10, 99)}-{_d(r, 6)}"


def _date_appt(r: random.Random) -> str:
    return f"{r.randint(1, 12)}/{r.randint(1, 28)}/{r.choice(['2025', '2026', '26'])}"


def _mark(b: Any, type_: str, phrase: str) -> None:
    """Add `phrase`, labelling the part in [brackets]."""
    i, j = phrase.index("["), phrase.index("]")
    b.t(phrase[:i]).pii(type_, phrase[i + 1 : j]).t(phrase[j + 1 :])


def _status_word(phrase: str) -> str:
    return phrase[phrase.index("[") + 1 : phrase.index("]")]


_STAFF_DOMAINS = {
    "nyccare": "nychhc.org",
    "aar": "nyct.com",
    "dhs": "dhs.nyc.gov",
    "hra": "hra.nyc.gov",
    "parish": "stteresa-nyc.org",
    "clinic": "neighborsimmigrationlaw.org",
}


# -- case notes --------------------------------------------------------------------------------


def _cn_nyc_care_call(r: random.Random, B: Callable[[], Any]) -> Out:
    p, agent = _person(r), _person(r)
    b = B()
    b.t(f"NYC CARE ENROLLMENT LINE  ·  call transcript (auto-generated, reviewed)\n"
        f"Call ID {r.choice('ABCDEFGH')}{r.randint(1, 9)}-{_d(r, 7)}  |  {_date_appt(r)} "
        f"{r.randint(9, 16)}:{r.randint(10, 59)}  |  Queue: {tome_languages[p.comm]}\n"
        "Hotline 646-NYC-CARE (646-692-2273)\n\n")  # fmt: skip
    b.t("AGENT (").pii("PERSON", _name(r, agent, "initial")).t(
        "): Thank you for calling NYC Care. Can I have the full name of the person enrolling?\n"
    )
    b.t("CALLER: Yes, it's ").pii("PERSON", p.full).t(".")
    if r.random() < 0.5:
        b.t(" Last name ").pii("PERSON", p.surname.upper()).t(", I can spell it.")
    b.t("\nAGENT: And the date of birth?\nCALLER: ").pii("DATE_OF_BIRTH", _dob(r, "spoken"))
    b.t(".\nAGENT: Best number to reach you?\nCALLER: ").pii("PHONE", _phone(r))
    b.t(r.choice([", that's my cell.", ". WhatsApp too.", "."]))
    b.t("\nAGENT: Home address including apartment?\nCALLER: ")
    a = _addr(r)
    b.pii("ADDRESS", a.line1).t(f", {a.city}. The zip is {a.zip}.\n")
    if r.random() < 0.6:
        b.t("AGENT: Do you have an IDNYC card? You can read me the number on the front.\n"
            "CALLER: Yes... ").pii("IDNYC", _idnyc(r)).t(".\n")  # fmt: skip
    b.t("AGENT: What country were you born in? This stays confidential.\nCALLER: ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(".\n")
    b.t("AGENT: Do you want to tell us your immigration status? You don't have to.\nCALLER: ")
    st = _status(r)
    b.t(r.choice(["I am ", "Right now I'm ", "My lawyer says I'm "]))
    _mark(b, "IMMIGRATION_STATUS", st)
    b.t(".\n")
    if r.random() < 0.5:
        b.t("AGENT: Any email for the welcome letter?\nCALLER: ").pii("EMAIL", _email(r, p))
        b.t("\n")
    b.t(
        f"AGENT: You're all set. Your NYC Care member ID is {_d(r, 10)}; the card comes in "
        f"7-10 business days. Primary care appointment {_date_appt(r)} at Elmhurst.\n"
        f"[end of call — 00:{r.randint(11, 29)}:{r.randint(10, 59)}]\n"
    )
    return [(b.text(), b.labels, "")]


def _cn_access_a_ride(r: random.Random, B: Callable[[], Any]) -> Out:
    p, ec, assessor = _person(r), _person(r), _person(r)
    a = _addr(r)
    b = B()
    b.t("MTA NYCT Paratransit — Access-A-Ride Eligibility Assessment (in-person)\n"
        f"Assessment center: Long Island City  ·  Appt {_date_appt(r)} {r.randint(8, 15)}:30\n"
        f"AAR applicant no. {_d(r, 7)}   Medicaid CIN {r.choice(['AB', 'KL', 'TR'])}"
        f"{_d(r, 5)}{r.choice('ABCDEFG')}\n\n")  # fmt: skip
    b.t("Applicant ").pii("PERSON", _name(r, p, r.choice(["full", "last_first", "caps_last"])))
    dob = _dob(r, "us", old=True)
    b.t(", DOB ").pii("DATE_OF_BIRTH", dob).t(f" (age {2026 - int(dob[-4:])}), arrived with ")
    rel = {"f": ["daughter", "niece", "neighbour", "home attendant"],
           "m": ["son", "nephew", "neighbour", "home attendant"]}[ec.sex]  # fmt: skip
    b.t(f"{'her' if p.sex == 'f' else 'his'} {r.choice(rel)} ")
    b.pii("PERSON", ec.full).t(". Pick-up address on file: ").pii("ADDRESS", a.one_line)
    b.t(r.choice([" (3rd floor walk-up, no elevator). ", ". Building has 2 steps at entry. "]))
    b.t("Applicant's phone ").pii("PHONE", _phone(r)).t("; contact for ")
    b.pii("PERSON", _name(r, ec, "given")).t(" ").pii("PHONE", _phone(r)).t(".\n")
    b.t(f"Interview done in {tome_languages[p.comm]} via Language Line (interpreter ID "
        f"{_d(r, 6)}). Applicant reports {'she' if p.sex == 'f' else 'he'} came from ")  # fmt: skip
    b.pii("COUNTRY_OF_BIRTH", _country(r, p, "name"))
    b.t(f" in {r.randint(1988, 2023)}; uses a cane; cannot walk 1/4 mile or climb subway stairs. "
        "Functional test: 6-minute walk stopped at 2 min 40 s.\n")  # fmt: skip
    if r.random() < 0.5:
        b.t("Reduced-Fare MetroCard application attached; proof of ID = IDNYC ")
        b.pii("IDNYC", _idnyc(r)).t(".\n")
    if r.random() < 0.4:
        b.t("SSA award letter shown, SSN ").pii("SSN", _ssn(r)).t(".\n")
    b.t(f"Recommendation: {r.choice(['Full', 'Conditional', 'Temporary'])} eligibility, "
        f"review in {r.choice(['2', '3'])} yrs. Assessor: ")  # fmt: skip
    b.pii("PERSON", _name(r, assessor, "full")).t(", PT, DPT. Questions: 877-337-2017.\n")
    return [(b.text(), b.labels, "")]


def _cn_whiteboard(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    staff = _person(r)
    dorm = r.choice(["Men's", "Women's"])
    b.t("[Photo of dorm whiteboard, transcribed by ")
    b.pii("PERSON", _name(r, staff, "initial"))
    b.t(f" {_date_appt(r)} — some marker smudged]\n"
        f"DHS intake — Bed assignments  {dorm} Dorm {r.choice('ABCD')}  (census "
        f"{r.randint(40, 96)}/{r.randint(96, 120)})\n"
        "BED | NAME | FROM | STATUS | NOTES\n")  # fmt: skip
    for _ in range(r.randint(3, 6)):
        p = _person(r)
        b.t(f"{r.randint(1, 60):>3} | ")
        b.pii("PERSON", _name(r, p, r.choice(["caps_last", "initial", "full", "caps"])))
        b.t(" | ")
        b.pii("COUNTRY_OF_BIRTH", _country(r, p, r.choice(["code", "name", "demonym"])))
        b.t(" | ")
        if r.random() < 0.7:
            b.pii("IMMIGRATION_STATUS", r.choice(tome_status_short))
        else:
            b.t("?")
        b.t(" | ")
        k = r.random()
        if k < 0.3:
            b.t("A# ").pii("A_NUMBER", _anum_bare(r))
        elif k < 0.55:
            b.t("cell ").pii("PHONE", _phone(r, r.choice([1, 2, 5, 7])))
        elif k < 0.65:
            b.t("dob ").pii("DATE_OF_BIRTH", _dob(r, "short"))
        elif k < 0.75:
            b.t("IDNYC ").pii("IDNYC", _idnyc(r))
        else:
            b.t(r.choice(["bottom bunk — knee", "ESL Tue", "[illegible]", "CIN pending",
                          "locker 14", "diabetic — snack"]))  # fmt: skip
        b.t("\n")
    b.t("DO NOT ERASE — night staff update by 11pm\n")
    return [(b.text(), b.labels, "")]


def _cn_parish_book(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    vol = _person(r)
    b.t(f"Parroquia Santa Teresa de Ávila — Clínica de Inmigración (sábados)\n"
        f"Libro de registro / Sign-in book — page {r.randint(12, 140)}, typed from handwriting "
        f"by ")  # fmt: skip
    b.pii("PERSON", _name(r, vol, "full")).t("\n")
    b.t("No. | Nombre / Name | Tel. | País | Asunto\n")
    for i in range(r.randint(3, 6)):
        p = _person(r)
        b.t(f"{i + 1}. ").pii("PERSON", _name(r, p, r.choice(["full", "nick", "caps"])))
        b.t("  ").pii("PHONE", _phone(r, r.choice([0, 1, 5, 7, 8]))).t("  ")
        b.pii("COUNTRY_OF_BIRTH", _country(r, p, "any")).t("  ")
        k = r.random()
        if k < 0.25:
            b.t("renovar TPS, recibo ").pii("USCIS_RECEIPT", _receipt(r))
        elif k < 0.45:
            b.t("corte — A ").pii("A_NUMBER", _anum_bare(r))
        elif k < 0.65:
            b.t("asilo, I-94 ").pii("I94", _i94(r))
        elif k < 0.72:
            b.t("es ")
            _mark(b, "IMMIGRATION_STATUS", _status(r, "es"))
        elif k < 0.82:
            b.t("taxes — ITIN ").pii("ITIN", _itin(r))
            b.t(", quiere saber opciones")
        else:
            b.t(r.choice(["permiso de trabajo", "carta para la escuela", "cambio de dirección",
                          "consulta general (volver 2 pm)"]))  # fmt: skip
        b.t("\n")
    b.t("Abogada de turno: Lic. ").pii("PERSON", _name(r, _person(r), "full"))
    b.t(" — Catholic Charities, 80 Maiden Lane (212) 419-3700\n")
    return [(b.text(), b.labels, "")]


def _cn_email_signature(r: random.Random, B: Callable[[], Any]) -> Out:
    w, p = _person(r), _person(r)
    a = _addr(r)
    dom = r.choice(list(_STAFF_DOMAINS.values()))
    b = B()
    b.t("Case note — e-mail filed to case " + _case(r, "HRA-") + "\n")
    b.t("From: ").pii("PERSON", w.full).t(" <").pii("EMAIL", _email(r, w, dom)).t(">\n")
    b.t("To: intake-queens@" + dom + "\nSubject: FW: new contact info for client\n\n")
    b.t("Team — client came by and updated her details, contact card below. Please update "
        "the file before the recert appointment on " + _date_appt(r) + ".\n\n")  # fmt: skip
    b.t("Thanks,\n").pii("PERSON", _name(r, w, "given")).t("\n--\n")
    b.pii("PERSON", w.full).t(r.choice([", LMSW", ", Case Manager II", " | Benefits Navigator"]))
    b.t("\nMain line 718-557-1399 · Fax 917-639-0731\n\n---- contact card ----\n")
    b.pii("PERSON", _name(r, p, "full")).t("\n")
    b.t("mobile: ").pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.6:
        b.t("home: ").pii("PHONE", _phone(r)).t("\n")
    b.t("e-mail: ").pii("EMAIL", _email(r, p)).t("\n")
    b.t("home address: ").pii("ADDRESS", a.line1).t(f"\n{a.city} NY {a.zip}\n")
    b.t("birthday: ").pii("DATE_OF_BIRTH", _dob(r, r.choice(["long", "us", "dmy_mon"])))
    b.t("\nnote: ")
    if r.random() < 0.5:
        b.t("born in ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(", ")
        _mark(b, "IMMIGRATION_STATUS", _status(r))
        b.t(" — do not share")
    else:
        b.t("prefers texts; ").pii("PASSPORT", _passport(r, p.comm)).t(" = passport no.; EAD ")
        b.t("receipt ").pii("USCIS_RECEIPT", _receipt(r))
    b.t("\n")
    return [(b.text(), b.labels, "")]


def _cn_jsonl(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    n = r.randint(2, 3)
    b.t(f"Ticket #{_d(r, 5)} — export from intake kiosk attached as JSONL ({n} lines), pasted:\n")
    for _ in range(n):
        p = _person(r)
        a = _addr(r)
        b.t(
            '{"ts": "2026-11-' + f"{r.randint(1, 28):02d}T{r.randint(8, 18):02d}:"
            f"{r.randint(0, 59):02d}" + '", "given_name": "'
        ).pii("PERSON", p.given)
        b.t('", "family_name": "').pii("PERSON", p.surname)
        b.t('", "dob": "').pii("DATE_OF_BIRTH", _dob(r, "iso"))
        b.t('", "tel": "').pii("PHONE", _phone(r, r.choice([3, 5, 8])))
        b.t('", "addr": "').pii("ADDRESS", a.one_line)
        b.t('", "birth_country": "').pii("COUNTRY_OF_BIRTH", _country(r, p, "code"))
        b.t('", "status": "')
        b.pii("IMMIGRATION_STATUS", _status_word(_status(r)))
        k = r.random()
        if k < 0.35:
            b.t('", "a_number": "').pii("A_NUMBER", _anum_bare(r))
        elif k < 0.6:
            b.t('", "i94": "').pii("I94", _i94(r))
        elif k < 0.8:
            b.t('", "ssn": "').pii("SSN", _ssn(r, ""))
        else:
            b.t('", "itin": "').pii("ITIN", _itin(r))
        if r.random() < 0.4:
            b.t('", "idnyc": "').pii("IDNYC", _idnyc(r))
        if r.random() < 0.4:
            b.t('", "uscis_receipt": "').pii("USCIS_RECEIPT", _receipt(r))
        b.t(f'", "language": "{tome_languages[p.comm]}", "site_zip": "11101-2324"}}\n')
    b.t("Kiosk vendor says the dup rows are from a retry. — ops\n")
    return [(b.text(), b.labels, "")]


def _cn_ocr_note(r: random.Random, B: Callable[[], Any]) -> Out:
    p = _person(r)
    b = B()
    lang = r.choice(["pt", "tl", "fr"])
    lab = {
        "pt": ("Nome", "Data de nasc.", "Telefone", "Endereço", "País de origem", "Situação"),
        "tl": ("Pangalan", "Petsa ng kapanganakan", "Telepono", "Tirahan", "Bansang "
               "pinagmulan", "Katayuan"),
        "fr": ("Nom", "Né(e) le", "Tél.", "Adresse", "Pays d'origine", "Statut"),
    }[lang]  # fmt: skip
    b.t("OCR — handwritten progress note (scan p.2, confidence 71%)\n")
    b.t("Progrcss nate — vislt w/ intcrpreter. Clicnt seen for fo1low-up re: housing.\n")
    b.t(f"{lab[0]}: ").pii("PERSON", _name(r, p, r.choice(["full", "caps", "last_first"])))
    b.t(f"\n{lab[1]}: ").pii("DATE_OF_BIRTH", _dob(r, r.choice(["dot", "dmy", "short"])))
    b.t(f"\n{lab[2]}: ").pii("PHONE", _phone(r, r.choice([1, 2, 7])))
    a = _addr(r)
    b.t(f"\n{lab[3]}: ").pii("ADDRESS", a.line1).t(f" {a.city.upper()} {a.zip}")
    b.t(f"\n{lab[4]}: ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name"))
    b.t(f"\n{lab[5]}: ")
    phrase = r.choice([ph for lg, ph in tome_status_other if lg == lang] or tome_status_en)
    _mark(b, "IMMIGRATION_STATUS", phrase)
    b.t("\n")
    k = r.random()
    if k < 0.4:
        b.t("Alicn no. ").pii("A_NUMBER", _anum(r)).t(" (from ICE papcr, I-220A)\n")
    elif k < 0.7:
        b.t("Recibo USCIS ").pii("USCIS_RECEIPT", _receipt(r)).t(" — I-589 pcnding\n")
    else:
        b.t("SS# ").pii("SSN", _ssn(r)).t("  (card secn)\n")
    b.t("Plan: rcfer to Legal Aid, f/u 2 wks. Signcd ")
    b.pii("PERSON", _name(r, _person(r), "initial")).t(", case mgr\n")
    return [(b.text(), b.labels, "")]


def case_note_o(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_cn_nyc_care_call, _cn_access_a_ride, _cn_whiteboard, _cn_parish_book,
               _cn_email_signature, _cn_jsonl, _cn_ocr_note]  # fmt: skip
    return r.choice(layouts)(r, B)


# -- intake forms ------------------------------------------------------------------------------


def _if_er_face_sheet(r: random.Random, B: Callable[[], Any]) -> Out:
    p, nok = _person(r), _person(r)
    a = _addr(r)
    b = B()
    b.t("NYC HEALTH + HOSPITALS / ELMHURST — EMERGENCY DEPT REGISTRATION FACE SHEET\n")
    b.t(f"MRN: {_d(r, 9)}   ACCT: {_d(r, 10)}   ARRIVAL: {_date_appt(r)} "
        f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}   MODE: {r.choice(['EMS', 'WALK-IN'])}\n")  # fmt: skip
    b.t("PT NAME: ").pii("PERSON", _name(r, p, "caps_last")).t(f"   SEX: {p.sex.upper()}\n")
    b.t("DOB: ").pii("DATE_OF_BIRTH", _dob(r, r.choice(["us", "caps_mon"])))
    b.t(f"   AGE: {r.randint(18, 80)}Y   LANG: {tome_languages[p.comm].upper()}\n")
    b.t("SSN: ")
    if r.random() < 0.65:
        b.pii("SSN", _ssn(r, "-"))
    else:
        b.t("REFUSED/NONE")
    b.t("\nADDR: ").pii("ADDRESS", a.line1.upper()).t(f"\n      {a.city.upper()} NY {a.zip}\n")
    b.t("HOME PH: ").pii("PHONE", _phone(r, r.choice([0, 1]))).t("   WORK PH: NONE\n")
    b.t("BIRTHPLACE: ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name").upper())
    b.t("   RACE/ETH: DECLINED\n")
    b.t("NOK/EMERG CONTACT: ").pii("PERSON", _name(r, nok, "caps_last"))
    b.t(f" ({r.choice(['SPOUSE', 'SISTER', 'BROTHER', 'FRIEND', 'SON'])})  PH: ")
    b.pii("PHONE", _phone(r, 1)).t("\n")
    b.t("GUARANTOR: SELF   FIN CLASS: ")
    if r.random() < 0.5:
        b.t(f"MEDICAID  CIN {r.choice(['XQ', 'LM', 'BT'])}{_d(r, 5)}{r.choice('ABCDEFG')}\n")
    else:
        b.t("SELF-PAY / NYC CARE   Options Program screened\n")
    b.t("ID PRESENTED: ")
    k = r.random()
    if k < 0.4:
        b.t("PASSPORT ").pii("PASSPORT", _passport(r, p.comm))
    elif k < 0.7:
        b.t("IDNYC ").pii("IDNYC", _idnyc(r))
    else:
        b.t("NONE")
    b.t(f"\nCHIEF COMPLAINT: {r.choice(['CP', 'SOB', 'ABD PAIN', 'FALL', 'FEVER X3D'])}\n")
    b.t("REG CLERK: ").pii("PERSON", _name(r, _person(r), "caps_last_nocomma"))
    b.t(f"   ESI {r.randint(2, 4)}\n")
    return [(b.text(), b.labels, "")]


def _if_nycha_transfer(r: random.Random, B: Callable[[], Any]) -> Out:
    hoh = _person(r)
    a = _addr(r)
    b = B()
    b.t("NEW YORK CITY HOUSING AUTHORITY — TENANT TRANSFER REQUEST\n"
        f"Development: {r.choice(['Marble Hill Houses', 'Ravenswood', 'Pomonok', 'Sumner'])}   "
        f"Tenancy ID: {_d(r, 9)}   Priority code: {r.choice(['T0', 'T1', 'T2'])}\n\n")  # fmt: skip
    b.t("Head of household: ").pii("PERSON", _name(r, hoh, "full"))
    b.t("\nCurrent apartment: ").pii("ADDRESS", a.one_line)
    b.t("\nTelephone (day): ").pii("PHONE", _phone(r)).t("\nEmail: ")
    b.pii("EMAIL", _email(r, hoh)).t("\n\nHOUSEHOLD COMPOSITION\n")
    b.t("Name                      Relation  Date of Birth  SSN\n")
    members = [(hoh, "HOH")]
    for _ in range(r.randint(1, 3)):
        m = _person(r, hoh.comm)
        rel = r.choice({"f": ["Spouse", "Daughter", "Mother", "Grandchild"],
                        "m": ["Spouse", "Son", "Father", "Grandchild"]}[m.sex])  # fmt: skip
        members.append((m, rel))
    for m, rel in members:
        if rel != "HOH":
            m = _P(m.given, hoh.surname if r.random() < 0.6 else m.surname, m.sex, m.nick, m.comm)
        name = _name(r, m, "full")
        b.pii("PERSON", name).t(" " * max(2, 26 - len(name)) + f"{rel:<10}")
        young, old = rel in ("Son", "Daughter", "Grandchild"), rel in ("Mother", "Father")
        b.pii("DATE_OF_BIRTH", _dob(r, "us", young=young, old=old))
        b.t("     ")
        if r.random() < 0.75:
            b.pii("SSN", _ssn(r, "-"))
        elif r.random() < 0.5:
            b.pii("ITIN", _itin(r, "-"))
        else:
            b.t("none")
        b.t("\n")
    b.t("\nReason for transfer: " + r.choice(
        ["Emergency — domestic violence (Safety Transfer)", "Underoccupied — agree to move",
         "Medical — cannot use stairs", "Overcrowded"]) + "\n")  # fmt: skip
    b.t("Citizenship/eligible immigration status of HOH (Section 214): ")
    _mark(b, "IMMIGRATION_STATUS", _status(r))
    b.t("\nAlien Registration No.: ").pii("A_NUMBER", _anum(r))
    b.t("\nSigned ___ Date " + _date_appt(r) + "   Manager review: ")
    b.pii("PERSON", _name(r, _person(r), "initial")).t("\n")
    return [(b.text(), b.labels, "")]


def _if_hse_registration(r: random.Random, B: Callable[[], Any]) -> Out:
    p = _person(r)
    a = _addr(r)
    b = B()
    b.t("NYSED High School Equivalency (HSE/GED®) — Test Registration\n"
        f"Test center: {r.choice(['Bronx Adult Learning Ctr', 'Queens Central Library', 'HSE Office Long Island City'])}"
        f"  ·  Session {_date_appt(r)} 8:30 AM  ·  Center code {r.randint(300, 899)}\n\n")  # fmt: skip
    b.t("1. Legal name (as on ID): ").pii("PERSON", _name(r, p, "last_first"))
    b.t("\n2. Date of birth (MM/DD/YYYY): ").pii("DATE_OF_BIRTH", _dob(r, "us"))
    b.t("\n3. SSN or ITIN (optional): ")
    k = r.random()
    if k < 0.45:
        b.pii("SSN", _ssn(r))
    elif k < 0.85:
        b.pii("ITIN", _itin(r))
    else:
        b.t("— left blank —")
    b.t("\n4. Mailing address: ").pii("ADDRESS", a.one_line)
    b.t("\n5. Phone: ").pii("PHONE", _phone(r)).t("   6. Email: ").pii("EMAIL", _email(r, p))
    b.t("\n7. Country of birth: ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name"))
    b.t(f"   8. Highest grade completed: {r.choice(['8', '10', '11', 'none'])}")
    b.t("\n9. ID presented: ")
    if r.random() < 0.6:
        b.t("foreign passport no. ").pii("PASSPORT", _passport(r, p.comm))
    else:
        b.t("IDNYC #").pii("IDNYC", _idnyc(r))
    b.t(f"\n10. Accommodations: {r.choice(['none', 'extended time', 'large print'])}")
    b.t("\nFee: $0 (NYS pays)   Scores mailed to address above; questions hse@nysed.gov\n")
    return [(b.text(), b.labels, "")]


def _if_welcome_corps(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    b.t("WELCOME CORPS — Private Sponsor Group Application (Part B: Newcomer Information)\n"
        f"Sponsor group: {r.choice(['St. Barbara Parish Welcome Team', 'Congregation Beth Elohim Refugee Circle', 'Jackson Heights Friends Meeting'])}\n")  # fmt: skip
    b.t("Group lead: ")
    lead = _person(r)
    b.pii("PERSON", lead.full).t(" · ").pii("EMAIL", _email(r, lead)).t(" · ")
    b.pii("PHONE", _phone(r)).t("\nSecond member: ")
    second = _person(r)
    b.pii("PERSON", second.full).t(" · ").pii("PHONE", _phone(r)).t("\n\n")
    n = _person(r)
    b.t("Newcomer (principal applicant)\n  Full name: ").pii("PERSON", n.full)
    b.t("\n  Date of birth: ").pii("DATE_OF_BIRTH", _dob(r, r.choice(["dmy_mon", "iso", "us"])))
    b.t("\n  Country of citizenship: ").pii("COUNTRY_OF_BIRTH", _country(r, n, "nationality"))
    b.t(f"\n  Country of asylum (current): {r.choice(['Türkiye', 'Kenya', 'Jordan', 'Mexico'])}")
    b.t(f"\n  UNHCR case no.: {r.choice(['NRB', 'ANK', 'AMM'])}-{_d(r, 2)}C{_d(r, 5)}")
    b.t("\n  Immigration category on arrival: ")
    _mark(b, "IMMIGRATION_STATUS", r.choice(["[refugee]", "[parolee]", "[humanitarian parole]"]))
    b.t("\n  A-Number (if assigned): ").pii("A_NUMBER", _anum(r))
    if r.random() < 0.6:
        b.t("\n  I-94 admission no.: ").pii("I94", _i94(r))
    b.t("\n  Passport: ").pii("PASSPORT", _passport(r, n.comm))
    if r.random() < 0.5:
        b.t("\n  I-131 / I-134A receipt: ").pii("USCIS_RECEIPT", _receipt(r))
    b.t("\n  Household members travelling: ")
    kid = _person(r, n.comm)
    b.pii("PERSON", f"{kid.given} {n.surname}").t(" (child, b. ")
    b.pii("DATE_OF_BIRTH", _dob(r, "iso", young=True)).t(")")
    b.t("\n\nIntended address in NYC: ").pii("ADDRESS", _addr(r).one_line)
    b.t(f"\nFunds pledged: ${r.randint(3, 9)},{r.choice(['000', '500'])} per newcomer\n")
    return [(b.text(), b.labels, "")]


def _if_registro_consular(r: random.Random, B: Callable[[], Any]) -> Out:
    comm = r.choice(["garifuna", "kichwa"])
    p = _person(r, comm)
    c = TOME_COMMUNITIES[comm]
    a = _addr(r)
    b = B()
    b.t(f"{c['consulate'].upper()} EN NUEVA YORK\nREGISTRO CONSULAR — CONSTANCIA DE INSCRIPCIÓN\n"
        f"No. de registro: {r.choice(['RC', 'NY'])}-{_d(r, 6)}/{r.choice(['2025', '2026'])}    "
        f"Fecha de impresión: {_date_appt(r)}\n\n")  # fmt: skip
    b.t("Apellidos: ").pii("PERSON", p.surname.upper())
    b.t("\nNombres: ").pii("PERSON", p.given.upper())
    b.t("\nFecha de nacimiento: ").pii("DATE_OF_BIRTH", _dob(r, r.choice(["es", "dmy"])))
    b.t("\nNacionalidad: ").pii("COUNTRY_OF_BIRTH", _country(r, p, "demonym"))
    b.t("\nDocumento de identidad: ")
    if comm == "kichwa":
        b.t(f"Cédula {_d(r, 10)}")
    else:
        b.t(f"DNI {_d(r, 4)}-{_d(r, 4)}-{_d(r, 5)}")
    b.t("\nPasaporte No.: ").pii("PASSPORT", _passport(r, comm))
    b.t("\nDomicilio en EE.UU.: ").pii("ADDRESS", a.one_line)
    b.t("\nTeléfono: ").pii("PHONE", _phone(r)).t("\nCorreo: ").pii("EMAIL", _email(r, p))
    b.t("\nSituación migratoria (declarada, opcional): ")
    _mark(b, "IMMIGRATION_STATUS", _status(r, "es"))
    b.t("\nContacto en el país: ").pii("PERSON", _name(r, _person(r, comm), "full"))
    b.t(f" (tel. +{'504' if comm == 'garifuna' else '593'} {_d(r, 4)}-{_d(r, 4)})")
    b.t("\nEste documento no es un documento de identidad.\n")
    return [(b.text(), b.labels, "")]


def _if_blue_card(r: random.Random, B: Callable[[], Any]) -> Out:
    parent, alt = _person(r), _person(r)
    kid = _person(r, parent.comm)
    kid = _P(kid.given, parent.surname, kid.sex, kid.nick, parent.comm)
    a = _addr(r)
    b = B()
    b.t("NYC DEPARTMENT OF EDUCATION — STUDENT EMERGENCY CONTACT CARD (\"blue card\")\n"
        f"School: {r.choice(['P.S. 89Q', 'I.S. 61', 'P.S. 13 Clement C. Moore', 'M.S. 322'])}"
        f"   OSIS: {_d(r, 9)}   Grade: {r.choice(['K', '2', '4', '6', '8'])}   "
        f"Class {r.randint(101, 412)}\n")  # fmt: skip
    b.t("Student: ").pii("PERSON", _name(r, kid, "last_first"))
    b.t("   DOB: ").pii("DATE_OF_BIRTH", _dob(r, "us", young=True))
    b.t("\nHome address: ").pii("ADDRESS", a.line1).t(f"   Borough/ZIP: {a.zip}")
    b.t("\nCountry of birth (for ELL/ENL): ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, kid, "name"))
    b.t(f"   Home language: {tome_languages[kid.comm]}\n\n")
    b.t("Parent/Guardian 1: ").pii("PERSON", _name(r, parent, "full"))
    b.t("\n  cell ").pii("PHONE", _phone(r)).t("   email ").pii("EMAIL", _email(r, parent))
    b.t("\nParent/Guardian 2 / emergency: ").pii("PERSON", _name(r, alt, "full"))
    b.t(f" ({r.choice(['aunt', 'uncle', 'neighbour', 'godmother'])})  ")
    b.pii("PHONE", _phone(r)).t("\n")
    if r.random() < 0.6:
        b.t("Parent photo ID on file: IDNYC ").pii("IDNYC", _idnyc(r)).t("\n")
    b.t("Persons NOT authorized to pick up: ").pii("PERSON", _name(r, _person(r), "full"))
    b.t("\nMedical: " + r.choice(["asthma — inhaler in nurse's office", "none", "peanut allergy"]))
    b.t("\nSigned (parent) ______   " + _date_appt(r) + "\n")
    return [(b.text(), b.labels, "")]


def _if_hardship_claim(r: random.Random, B: Callable[[], Any]) -> Out:
    p = _person(r)
    a = _addr(r)
    b = B()
    if r.random() < 0.5:
        b.t("Con Edison — Customer Hardship / Arrears Assistance Application\n"
            f"Account number: {_d(r, 2)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 4)}-{_d(r, 1)}\n")  # fmt: skip
        b.t("Customer of record: ").pii("PERSON", _name(r, p, "caps"))
        b.t("\nService address: ").pii("ADDRESS", a.one_line)
        b.t("\nBest phone: ").pii("PHONE", _phone(r))
        b.t("\nTaxpayer ID (SSN or ITIN): ")
        if r.random() < 0.5:
            b.pii("ITIN", _itin(r))
        else:
            b.pii("SSN", _ssn(r))
        b.t("\nDate of birth: ").pii("DATE_OF_BIRTH", _dob(r))
        b.t(f"\nHousehold size: {r.randint(1, 7)}   Monthly income: ${r.randint(900, 3800)}")
        b.t(f"\nReceives: {r.choice(['SNAP', 'HEAP', 'SSI', 'none'])}   "
            "Arrears: $" + f"{r.randint(300, 4200)}.{_d(r, 2)}\n")  # fmt: skip
        b.t("Send to: Con Edison, Cooper Station, P.O. Box 138, New York NY 10276-0138\n")
    else:
        b.t(f"RENTERS INSURANCE — NOTICE OF LOSS / CLAIM FORM\nPolicy no. HO4-{_d(r, 8)}   "
            f"Claim no. {_d(r, 3)}-{_d(r, 6)}   Date of loss: {_date_appt(r)}\n")  # fmt: skip
        b.t("Insured: ").pii("PERSON", _name(r, p, "full"))
        b.t("\nDate of birth: ").pii("DATE_OF_BIRTH", _dob(r))
        b.t("\nInsured location: ").pii("ADDRESS", a.line1).t(f", {a.city} NY {a.zip}-{_d(r, 4)}")
        b.t("\nContact phone: ").pii("PHONE", _phone(r)).t("   E-mail: ")
        b.pii("EMAIL", _email(r, p))
        b.t("\nID verified: passport ").pii("PASSPORT", _passport(r, p.comm)).t(" (")
        b.pii("COUNTRY_OF_BIRTH", _country(r, p, "nationality")).t(")")
        b.t("\nDescription: " + r.choice(["water damage from unit above", "fire in kitchen",
                                          "burglary, laptop and documents taken"]))  # fmt: skip
        b.t(f"\nEstimated loss: ${r.randint(400, 9000)}   Adjuster: ")
        b.pii("PERSON", _name(r, _person(r), "full")).t("\n")
    return [(b.text(), b.labels, "")]


def intake_form_o(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_if_er_face_sheet, _if_nycha_transfer, _if_hse_registration, _if_welcome_corps,
               _if_registro_consular, _if_blue_card, _if_hardship_claim]  # fmt: skip
    return r.choice(layouts)(r, B)


# -- letters -----------------------------------------------------------------------------------


def _letter_head(b: Any, r: random.Random, p: _P, a: _A) -> None:
    b.pii("PERSON", _name(r, p, r.choice(["full", "caps"]))).t("\n")
    b.pii("ADDRESS", a.line1).t(f"\n{a.city}, NY {a.zip}\n\n")


def _lt_wcb_notice(r: random.Random, B: Callable[[], Any]) -> Out:
    p = _person(r)
    a = _addr(r)
    b = B()
    b.t("WORKERS' COMPENSATION BOARD OF THE STATE OF NEW YORK\n"
        "Brooklyn Hearing Location, 111 Livingston Street, Brooklyn NY 11201-5078\n\n"
        f"NOTICE OF HEARING                                        {_date_appt(r)}\n\n")  # fmt: skip
    _letter_head(b, r, p, a)
    b.t(f"WCB Case #: G{_d(r, 3)} {_d(r, 4)}   Carrier Case #: {_d(r, 10)}\n")
    b.t("Claimant: ").pii("PERSON", _name(r, p, "caps_last")).t("   Date of birth: ")
    b.pii("DATE_OF_BIRTH", _dob(r, "us"))
    b.t(f"\nEmployer: {r.choice(['Sunrise Deli Corp', 'Metro Home Care LLC', 'BQE Framing Inc'])}"
        f"   Date of accident: {_date_appt(r)}\n\n")  # fmt: skip
    b.t(f"A virtual hearing has been scheduled for {_date_appt(r)} at "
        f"{r.randint(9, 15)}:{r.choice(['00', '15', '30', '45'])} to address "
        f"{r.choice(['causal relationship', 'awarding compensation', 'degree of disability'])}. "
        f"A {tome_languages[p.comm]} interpreter will be provided free of charge.\n")  # fmt: skip
    b.t("If you need to update your phone number, the Board has on file ")
    b.pii("PHONE", _phone(r)).t(". Call the Board at (877) 632-4996 with any question.\n")
    if r.random() < 0.5:
        b.t("Your representative: ").pii("PERSON", _name(r, _person(r), "full"))
        b.t(", Esq. — copy sent.\n")
    b.t("Your immigration status does not affect your right to workers' compensation.\n")
    return [(b.text(), b.labels, "")]


def _lt_naturalization_cert(r: random.Random, B: Callable[[], Any]) -> Out:
    p, teacher = _person(r), _person(r)
    b = B()
    b.t("Queens Public Library — New Americans Program\nCERTIFICATE OF ATTENDANCE\n\n")
    b.t("This certifies that ").pii("PERSON", _name(r, p, "full")).t(", born ")
    b.pii("DATE_OF_BIRTH", _dob(r, "long")).t(" in ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p, "name"))
    b.t(f", attended {r.randint(24, 48)} of {r.randint(48, 50)} hours of the Citizenship "
        f"Preparation (N-400) class, Fall {r.choice(['2025', '2026'])} cycle, at the Elmhurst "
        "branch.\n\n")  # fmt: skip
    b.t("The student is a ")
    _mark(b, "IMMIGRATION_STATUS", r.choice(["[lawful permanent resident]", "[LPR]",
                                             "[green card holder]", "[conditional resident]"]))  # fmt: skip
    b.t(" preparing for the naturalization interview")
    if r.random() < 0.6:
        b.t(" (A-Number ").pii("A_NUMBER", _anum(r)).t("; N-400 receipt ")
        b.pii("USCIS_RECEIPT", _receipt(r)).t(")")
    b.t(".\n\nInstructor: ").pii("PERSON", _name(r, teacher, "full")).t("  ·  ")
    b.pii("EMAIL", _email(r, teacher, "queenslibrary.org"))
    b.t("\nProgram office: newamericans@queenslibrary.org · 718-990-0894\n")
    return [(b.text(), b.labels, "")]


def _lt_mail_merge(r: random.Random, B: Callable[[], Any]) -> Out:
    p, w = _person(r), _person(r)
    a = _addr(r)
    b = B()
    b.t("«AgencyLogo»\nMayor's Office of Immigrant Affairs · ActionNYC\n\n«Date»\n\n")
    if r.random() < 0.5:
        b.t("«Title» ").pii("PERSON", p.full).t("\n")
    else:
        b.t("«First_Name» ").pii("PERSON", p.surname).t("\n")
    b.pii("ADDRESS", a.line1).t("\n«City», NY ").t(a.zip + "\n\n")
    b.t("Dear «GreetingLine»,\n\nThis confirms your ActionNYC legal screening on "
        f"{_date_appt(r)}. Our records show:\n")  # fmt: skip
    b.t("  Date of birth: ").pii("DATE_OF_BIRTH", _dob(r)).t("\n")
    b.t("  A-Number: ")
    if r.random() < 0.5:
        b.pii("A_NUMBER", _anum(r))
    else:
        b.t("«A_Number»")
    b.t("\n  Phone: ").pii("PHONE", _phone(r)).t("\n  Receipt: ")
    if r.random() < 0.6:
        b.pii("USCIS_RECEIPT", _receipt(r))
    else:
        b.t("«Receipt_No»")
    b.t("\n  IDNYC: ")
    if r.random() < 0.5:
        b.pii("IDNYC", _idnyc(r))
    else:
        b.t("«IDNYC_Number»")
    b.t("\n  Current status (self-reported): ")
    _mark(b, "IMMIGRATION_STATUS", _status(r))
    b.t("\n\nBring your passport (").pii("PASSPORT", _passport(r, p.comm))
    b.t(") and any USCIS notices to the follow-up. Call 1-800-354-0365 to reschedule.\n\n")
    b.t("Sincerely,\n").pii("PERSON", w.full).t("\n«Staff_Title»\n")
    return [(b.text(), b.labels, "")]


def _lt_con_ed_support(r: random.Random, B: Callable[[], Any]) -> Out:
    p, w = _person(r), _person(r)
    a = _addr(r)
    b = B()
    b.t(f"{_date_appt(r)}\n\nCon Edison Customer Operations\n4 Irving Place, New York, NY 10003\n\n"
        f"Re: Account {_d(r, 15)} — request to stop termination\n\n")  # fmt: skip
    b.t("To whom it may concern:\n\nI write in support of ")
    b.pii("PERSON", _name(r, p, "full")).t(" (date of birth ").pii("DATE_OF_BIRTH", _dob(r))
    b.t("), who lives at ").pii("ADDRESS", a.one_line)
    b.t(f" with {r.randint(1, 4)} children. ")
    b.t(("She" if p.sex == "f" else "He") + " was born in ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(" (immigration status: ")
    _mark(b, "IMMIGRATION_STATUS", r.choice(tome_status_en))
    b.t(f") and lost work in {r.choice(['March', 'August', 'October'])}. The household has a "
        "medical certificate on file (nebulizer).\n\n")  # fmt: skip
    if r.random() < 0.6:
        b.t("For the arrears agreement, the customer's taxpayer number is ")
        b.pii("ITIN", _itin(r)).t(" (ITIN). ")
    b.t("Please contact the customer directly at ").pii("PHONE", _phone(r))
    if r.random() < 0.5:
        b.t(" or ").pii("EMAIL", _email(r, p))
    b.t(".\n\nSincerely,\n").pii("PERSON", w.full).t("\nCase Manager, Catholic Charities\n")
    b.pii("EMAIL", _email(r, w, "ccbq.org")).t("\n")
    return [(b.text(), b.labels, "")]


def _lt_congregation(r: random.Random, B: Callable[[], Any]) -> Out:
    pastor, p = _person(r), _person(r)
    b = B()
    b.t("Iglesia Garífuna Nuestra Señora de Guadalupe · Bronx\n" if r.random() < 0.4 else
        "Armenian Church of the Holy Cross · Manhattan\n")  # fmt: skip
    b.t(f"{_date_appt(r)}\n\nU.S. Citizenship and Immigration Services\n\n")
    b.t("Re: ").pii("PERSON", _name(r, p, "caps_last")).t(", ")
    b.pii("A_NUMBER", _anum(r)).t(", receipt ").pii("USCIS_RECEIPT", _receipt(r))
    b.t("\n\nI am the pastor of this congregation. ").pii("PERSON", p.given)
    b.t(", born ").pii("DATE_OF_BIRTH", _dob(r, "long")).t(" in ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p, "name"))
    b.t(", has worshipped with us since arriving in New York. Our community has pledged "
        "housing and food during the asylum process.")  # fmt: skip
    if r.random() < 0.6:
        b.t(" Her/his I-94 record (").pii("I94", _i94(r)).t(") shows entry as a ")
        _mark(b, "IMMIGRATION_STATUS", r.choice(["[parolee]", "[B-2 visitor]", "[refugee]"]))
        b.t(".")
    b.t("\n\nI can be reached at the parish office, or by e-mail at ")
    b.pii("EMAIL", _email(r, pastor, "holycross-nyc.org")).t(".\n\nIn faith,\n")
    b.t("Rev. ").pii("PERSON", pastor.full).t("\n")
    return [(b.text(), b.labels, "")]


def _lt_attestation(r: random.Random, B: Callable[[], Any]) -> Out:
    host, guest = _person(r), _person(r)
    a = _addr(r)
    b = B()
    b.t("ATTESTATION D'HÉBERGEMENT\n\nJe soussigné(e) ").pii("PERSON", host.full)
    b.t(", né(e) le ").pii("DATE_OF_BIRTH", _dob(r, "fr")).t(" (pays de naissance : ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, host, "name")).t("), demeurant au ")
    b.pii("ADDRESS", a.one_line).t(", téléphone ").pii("PHONE", _phone(r))
    b.t(",\n\ncertifie sur l'honneur héberger à mon domicile ")
    b.pii("PERSON", _name(r, guest, "caps_last"))
    b.t(", né(e) le ").pii("DATE_OF_BIRTH", _dob(r, "fr")).t(", originaire de ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, guest, "name"))
    b.t(f", depuis le {r.randint(1, 28)} {r.choice(tome_mois)} 2026. ")
    b.t("Il/elle est ")
    _mark(b, "IMMIGRATION_STATUS", r.choice([ph for lg, ph in tome_status_other if lg == "fr"]))
    b.t(" et son dossier porte le numéro ").pii("A_NUMBER", _anum(r))
    b.t(".\n\nJe joins une copie de mon passeport n° ").pii("PASSPORT", _passport(r, host.comm))
    b.t(" et une facture Con Edison.\n\nFait à New York, le " + _date_appt(r) + "\n")
    b.t("Signature : ").pii("PERSON", _name(r, host, "initial")).t("\n")
    return [(b.text(), b.labels, "")]


def letter_o(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_lt_wcb_notice, _lt_naturalization_cert, _lt_mail_merge, _lt_con_ed_support,
               _lt_congregation, _lt_attestation]  # fmt: skip
    return r.choice(layouts)(r, B)


# -- CSV extracts ------------------------------------------------------------------------------

Cell = str | tuple[str, str] | list[tuple[str | None, str]] | None


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    """One segment per non-empty cell, prefixed with its column header."""
    out: Out = []
    for row in rows:
        for col, cell in zip(header, row, strict=True):
            if not cell:
                continue
            b = B()
            parts = (
                [(None, cell)]
                if isinstance(cell, str)
                else [cell]
                if isinstance(cell, tuple)
                else cell
            )
            for type_, value in parts:
                if type_:
                    b.pii(type_, value)
                else:
                    b.t(value)
            out.append((b.text(), b.labels, f"{col}: "))
    return out


def _csv_sms(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["thread", "sent_at", "dir", "contact", "body"]
    rows: list[list[Cell]] = []
    thread = f"T{_d(r, 6)}"
    p = _person(r)
    ph = _phone(r, r.choice([3, 5, 8]))
    for _ in range(r.randint(3, 6)):
        out_dir = r.random() < 0.4
        k = r.random()
        body: list[tuple[str | None, str]]
        if out_dir:
            body = [(None, "Hi, this is the navigator from ActionNYC. Your appt is "
                           f"{_date_appt(r)} 10am, bring passport + I-94. Reply C to confirm")]  # fmt: skip
        elif k < 0.2:
            body = [(None, "hola soy "), ("PERSON", p.full), (None, " mi nuevo numero es "),
                    ("PHONE", _phone(r))]  # fmt: skip
        elif k < 0.4:
            body = [(None, "my A number is "), ("A_NUMBER", _anum(r)), (None, " sorry late")]
        elif k < 0.55:
            body = [(None, "receipt came!! "), ("USCIS_RECEIPT", _receipt(r)), (None, " 🙏")]
        elif k < 0.7:
            body = [(None, "new address "), ("ADDRESS", _addr(r).one_line)]
        elif k < 0.85:
            body = [(None, "email me at "), ("EMAIL", _email(r, p)), (None, " pls")]
        else:
            body = [(None, "my DOB is "), ("DATE_OF_BIRTH", _dob(r, "short")),
                    (None, " and i94 "), ("I94", _i94(r))]  # fmt: skip
        rows.append([
            thread,
            f"2026-11-{r.randint(1, 28):02d} {r.randint(7, 22):02d}:{r.randint(0, 59):02d}",
            "out" if out_dir else "in",
            "ActionNYC (short code 692-692)" if out_dir else ("PHONE", ph),
            body,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_aar_roster(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["Customer_ID", "Last_Name", "First_Name", "DOB", "Home_Phone", "Pickup_Address",
              "Eligibility", "Assess_Date", "Mobility_Aid", "IDNYC_No"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        rows.append([
            _d(r, 7), ("PERSON", p.surname.upper()), ("PERSON", p.given.upper()),
            ("DATE_OF_BIRTH", _dob(r, r.choice(["us", "compact"]))),
            ("PHONE", _phone(r, r.choice([0, 5, 1]))), ("ADDRESS", _addr(r).one_line.upper()),
            r.choice(["FULL", "COND", "TEMP", "DENIED"]), _date_appt(r),
            r.choice(["CANE", "WHEELCHAIR", "WALKER", ""]),
            ("IDNYC", _idnyc(r)) if r.random() < 0.6 else "",
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_utility_codes(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["ACCT_NO", "CUST_NM", "SVC_ADDR", "TEL1", "TIN", "TIN_TYP", "DOB8", "HH_SZ",
              "ARR_AMT", "PGM_CD"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        itin = r.random() < 0.5
        rows.append([
            _d(r, 15), ("PERSON", _name(r, p, "caps_last_nocomma")),
            ("ADDRESS", _addr(r).one_line.upper()), ("PHONE", _phone(r, 5)),
            ("ITIN", _itin(r, "")) if itin else ("SSN", _ssn(r, "")),
            "ITIN" if itin else "SSN", ("DATE_OF_BIRTH", _dob(r, "compact")),
            str(r.randint(1, 8)), f"{r.randint(120, 5200)}.{_d(r, 2)}",
            r.choice(["EAP", "HEAP-E", "BPP", "LIPA"]),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_hse(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["CandidateID", "FullName", "DOB", "Email", "Mobile", "Nationality", "PassportNo",
              "SSN_or_ITIN", "TestCenter", "ExamDate"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        rows.append([
            f"HSE{_d(r, 7)}", ("PERSON", _name(r, p, r.choice(["full", "last_first"]))),
            ("DATE_OF_BIRTH", _dob(r, "iso")), ("EMAIL", _email(r, p)), ("PHONE", _phone(r, 3)),
            ("COUNTRY_OF_BIRTH", _country(r, p, "code")), ("PASSPORT", _passport(r, p.comm)),
            ("ITIN", _itin(r)) if r.random() < 0.5 else ("SSN", _ssn(r)) if r.random() < 0.5 else "",
            r.choice(["LIC-301", "BX-422", "BK-118"]), _date_appt(r),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_arrivals(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["Case No", "Name", "DOB", "COB", "Category", "A-Number", "I-94 No.", "Arrival",
              "SSN (if issued)", "EAD receipt", "Sponsor contact"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p, s = _person(r), _person(r)
        rows.append([
            f"WC-{_d(r, 5)}", ("PERSON", _name(r, p, "caps_last")),
            ("DATE_OF_BIRTH", _dob(r, r.choice(["dmy_mon", "caps_mon"]))),
            ("COUNTRY_OF_BIRTH", _country(r, p, r.choice(["name", "code"]))),
            ("IMMIGRATION_STATUS", r.choice(["Refugee", "Parolee", "SIV", "Asylee"])),
            ("A_NUMBER", _anum(r) if r.random() < 0.5 else _anum_bare(r)), ("I94", _i94(r)),
            f"{_date_appt(r)} JFK T4",
            ("SSN", _ssn(r)) if r.random() < 0.5 else "pending",
            ("USCIS_RECEIPT", _receipt(r)) if r.random() < 0.5 else "",
            [("PERSON", s.full), (None, " "), ("PHONE", _phone(r, 0))],
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_french_roster(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["Nom", "Prénom", "Date de naissance", "Pays de naissance", "Téléphone",
              "Adresse", "N° étranger (A#)", "Statut", "RDV"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        rows.append([
            ("PERSON", p.surname.upper()), ("PERSON", p.given),
            ("DATE_OF_BIRTH", _dob(r, r.choice(["dot", "dmy"]))),
            ("COUNTRY_OF_BIRTH", _country(r, p, "name")), ("PHONE", _phone(r, 7)),
            ("ADDRESS", _addr(r).one_line), ("A_NUMBER", _anum_bare(r)),
            ("IMMIGRATION_STATUS", _status_word(r.choice(
                [ph for lg, ph in tome_status_other if lg == "fr"] + tome_status_en[:6]))),
            f"{_date_appt(r)} {r.randint(9, 16)}h",
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_receipts(r: random.Random, B: Callable[[], Any]) -> Out:
    header = ["client", "form", "receipt #", "priority/received", "ssn/itin", "idnyc",
              "notes"]  # fmt: skip
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = _person(r)
        k = r.random()
        tin: Cell = ("SSN", _ssn(r)) if k < 0.4 else ("ITIN", _itin(r)) if k < 0.75 else "n/a"
        note: Cell = r.choice(
            [
                "RFE due " + _date_appt(r),
                [(None, "client is "), ("IMMIGRATION_STATUS", r.choice(["TPS", "DACA", "asylee"])),
                 (None, ", fee waiver filed")],
                [(None, "born in "), ("COUNTRY_OF_BIRTH", _country(r, p, "name"))],
                "biometrics done",
            ]
        )  # fmt: skip
        rows.append([
            ("PERSON", _name(r, p, r.choice(["full", "last_first", "nick"]))),
            r.choice(["I-765", "I-821", "I-589", "I-485", "N-400", "I-131"]),
            ("USCIS_RECEIPT", _receipt(r)), _date_appt(r), tin,
            ("IDNYC", _idnyc(r)) if r.random() < 0.5 else "", note,
        ])  # fmt: skip
    return _cells(B, header, rows)


def csv_extract_o(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_csv_sms, _csv_aar_roster, _csv_utility_codes, _csv_hse, _csv_arrivals,
               _csv_french_roster, _csv_receipts]  # fmt: skip
    return r.choice(layouts)(r, B)


TOME_TEMPLATES = {
    "case_note_o": case_note_o,
    "intake_form_o": intake_form_o,
    "letter_o": letter_o,
    "csv_extract_o": csv_extract_o,
}
