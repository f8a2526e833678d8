"""The "unseen" split: four blind templates ("*_f") with pools and generators of their own.

Written on 2026-12-02 without reading the scanner (src/sanctuary/privacy/), its data, the
benchmarks, or the older held-out templates (holdout.py, final.py, the "c" templates) and
their pools; tests/privacy/test_eval_corpus.py checks by code that every name, name word,
nickname, street, country and status term here is absent from every older pool.

The documents come from institutions and layouts the older splits did not use: hotline call
transcripts with speaker turns, voicemail transcriptions (numbers partly spoken as words),
school nurse logs, Department of Consumer and Worker Protection wage-theft notes, key=value log
lines pasted into notes; Emergency Rental Assistance applications, hospital discharge summaries
with a pharmacy label, library ESL registrations, worker complaint forms; fax cover sheets,
tenant association letters, bilingual school nurse letters, letters of support; and CSV exports
(311 service requests, a mutual-aid spreadsheet, an ESL class roster, a legal clinic calendar,
a tenant meeting sign-in sheet), one segment per non-empty cell with the header as prefix.

Labelled: residents', relatives' and staff names (PERSON, in every form files write them),
A-numbers, SSNs, ITINs, passports, residents' phones (NYC and international, sometimes partly
spoken), residents' and staff's own e-mail addresses, dates of birth, residents' street
addresses, IDNYC numbers, USCIS receipt numbers, I-94 numbers, the words that reveal an
immigration status (in English, Spanish, French, Haitian Creole, Chinese, Bengali, Russian,
Korean, Arabic, Urdu and Polish, and EAD category codes) and the country a resident was born
in or is a national of.

Left unlabelled on purpose (a scanner must not flag them): service-request, complaint, case,
docket, application, medical-record and call numbers, hearing, appointment, call and message
dates and times, ages, money, organisations and agencies, public agency addresses and phone
numbers, shared mailboxes, form names, languages, ZIP+4 codes, schools, buildings and streets
named after people, and countries that are not anyone's origin (a consulate, a trip).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = list[tuple[str, list[Any], str]]


def fold(text: str) -> str:
    """`text` without accents (for e-mail addresses and pool comparisons)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- pools ------------------------------------------------------------------------------------

# Per community: common and rare given names and surnames, nicknames, and the countries people
# of that community come from, each as ([country names], [demonyms], [codes]) in the forms
# files write them. About a third of the names are rare.
UNSEEN_COMMUNITIES: dict[str, dict[str, Any]] = {
    "bangla": {
        "given_f": ["Rumana", "Farzana", "Sharmin", "Jesmin", "Mousumi", "Dilruba"],
        "given_m": ["Rakibul", "Mahbub", "Sohel", "Anisur", "Jahirul", "Shafiqul"],
        "surnames": [
            "Bepari",
            "Sardar",
            "Dewan",
            "Munshi",
            "Pramanik",
            "Mondal",
            "Howladar",
            "Biswas",
        ],
        "rare_given_f": ["Shapla", "Tithi", "Brishti"],
        "rare_given_m": ["Ashikur", "Touhidul", "Mofizul"],
        "rare_surnames": ["Mridha", "Khondoker", "Matubbar", "Daptari"],
        "nicknames_f": ["Munni", "Shompa"],
        "nicknames_m": ["Bablu", "Mintu"],
        "countries": [
            (["Bangladesh, People's Rep."], ["bangladaise", "bangladesí"], []),
            (["Myanmar", "Burma"], ["Burmese"], ["MMR"]),
        ],
        "lang": "Bengali",
    },
    "chinese": {
        "given_f": ["Yanhong", "Shuzhen", "Guifang", "Xiulan", "Huifen", "Chunmei"],
        "given_m": ["Guohui", "Jinlong", "Yongkang", "Xuedong", "Shunfa", "Dehai"],
        "surnames": ["Xie", "Tsang", "Mok", "Luk", "Pang", "Qiu", "Cao", "Xue"],
        "rare_given_f": ["Yuexin", "Qiaoyun", "Lanfang"],
        "rare_given_m": ["Zhenhai", "Shaoqiang", "Tianci"],
        "rare_surnames": ["Shangguan", "Duanmu", "Linghu", "Zhuge"],
        "nicknames_f": ["Ah Ling", "Vicky"],
        "nicknames_m": ["Ah Keung", "Kenny"],
        "countries": [
            (["P.R. China", "Mainland China", "中国", "Zhongguo"], ["chinoise"], []),
            (["Cambodia"], ["Cambodian"], ["KHM"]),
        ],
        "lang": "Mandarin",
    },
    "central_asian": {
        "given_f": ["Zulfiya", "Nilufar", "Sevara", "Kamola", "Munira", "Nargiza"],
        "given_m": ["Anvar", "Vadim", "Davron", "Akmal", "Khurshid", "Dilshod"],
        "surnames": [
            "Sidorenko",
            "Rakhmonov",
            "Umarov",
            "Saidov",
            "Rashidov",
            "Alimov",
            "Sobirov",
            "Juraev",
        ],  # fmt: skip
        "rare_given_f": ["Mohinur", "Shahnoza", "Oydin"],
        "rare_given_m": ["Jamshid", "Ravshan", "Bahodir"],
        "rare_surnames": ["Tursunboev", "Kholmatov", "Mirzoyev", "Tokhtasinov"],
        "nicknames_f": ["Gulya", "Dilya"],
        "nicknames_m": ["Vadik", "Shurik"],
        "countries": [
            (["Republic of Uzbekistan", "O'zbekiston"], ["uzbeka", "ouzbèke"], ["UZ"]),
            (["Kyrgyz Republic"], ["kirguís"], ["KG"]),
        ],
        "lang": "Russian",
    },
    "korean": {
        "given_f": ["Ji-yeon", "Hye-jin", "Seon-hwa", "Yoo-na", "So-yeon", "Eun-bi"],
        "given_m": ["Jae-won", "Kyung-ho", "Tae-hoon", "Min-jae", "Jin-ho", "Chang-min"],
        "surnames": ["Jang", "Gwak", "Byun", "Noh", "Ahn", "Seok", "Cha", "Cheon"],
        "rare_given_f": ["Bo-ra", "Ha-neul", "Seul-gi"],
        "rare_given_m": ["Geon-woo", "Tae-yang", "Ye-chan"],
        "rare_surnames": ["Jegal", "Namgung", "Eom", "Maeng"],
        "nicknames_f": ["Grace", "Sunhee"],
        "nicknames_m": ["Danny", "Joon"],
        "countries": [
            (["Korea, Republic of", "Hanguk", "대한민국"], ["coreana", "Korean (ROK)"], ["ROK"]),
        ],
        "lang": "Korean",
    },
    "arab": {
        "given_f": ["Noura", "Rasha", "Wafaa", "Asmahan", "Raghad", "Nawal"],
        "given_m": ["Waleed", "Fuad", "Qasim", "Aref", "Ammar", "Tawfiq"],
        "surnames": [
            "Al-Qadhi",
            "Shamsan",
            "Al-Sanabani",
            "Al-Shaibani",
            "Al-Zubairi",
            "Nasher",
            "Alkhulaidi",
            "Mohsen",
        ],  # fmt: skip
        "rare_given_f": ["Arwa", "Bilqis", "Ghusoon"],
        "rare_given_m": ["Muhannad", "Nashwan", "Wadah"],
        "rare_surnames": ["Al-Maqtari", "Ba-Abbad", "El-Shazly", "Al-Dhubhani"],
        "nicknames_f": ["Nunu", "Sousou"],
        "nicknames_m": ["Hamoudi", "Hamada"],
        "countries": [
            (["Republic of Yemen", "al-Yaman"], ["yéménite"], ["YE"]),
            (["Libya"], ["Libyan"], ["LBY"]),
            (["Djibouti"], ["Djiboutian"], ["DJI"]),
        ],
        "lang": "Arabic",
    },
    "urdu": {
        "given_f": ["Saima", "Rabia", "Uzma", "Shazia", "Bushra", "Nighat"],
        "given_m": ["Kashif", "Waqas", "Zeeshan", "Faisal", "Junaid", "Naveed"],
        "surnames": ["Qureshi", "Chaudhry", "Butt", "Rana", "Awan", "Mirza", "Bhatti", "Khokhar"],
        "rare_given_f": ["Mehwish", "Iqra", "Sidra"],
        "rare_given_m": ["Arsalan", "Shahzeb", "Usama"],
        "rare_surnames": ["Gondal", "Warraich", "Cheema", "Tarar"],
        "nicknames_f": ["Guddi", "Chanda"],
        "nicknames_m": ["Billu", "Pappu"],
        "countries": [
            (["Islamic Republic of Pakistan", "Pakistan (Punjab)"], ["pakistanaise"], ["PK"]),
        ],
        "lang": "Urdu",
    },
    "polish": {
        "given_f": ["Ewelina", "Renata", "Iwona", "Urszula", "Jolanta", "Wanda"],
        "given_m": ["Tadeusz", "Ryszard", "Henryk", "Waldemar", "Jacek", "Dariusz"],
        "surnames": [
            "Wiśniewska",
            "Kowalczyk",
            "Pietrzak",
            "Jabłoński",
            "Michalak",
            "Górecki",
            "Kołodziej",
            "Stępień",
        ],  # fmt: skip
        "rare_given_f": ["Bogumiła", "Jarosława", "Zdzisława"],
        "rare_given_m": ["Ziemowit", "Bronisław", "Leszek"],
        "rare_surnames": ["Chrząszcz", "Grzegorczyk", "Szczęsny", "Źrebiec"],
        "nicknames_f": ["Jadzia", "Ewka"],
        "nicknames_m": ["Zbyszek", "Staszek"],
        "countries": [
            (["Republic of Poland"], ["polaca", "polonaise"], []),
            (["Latvia"], ["Latvian"], ["LVA"]),
        ],
        "lang": "Polish",
    },
    "haitian": {
        "given_f": ["Wideline", "Rose-Merline", "Yolène", "Micheline", "Carmelle", "Marie-Flore"],
        "given_m": ["Jean-Robert", "Evens", "Jean-Wesley", "Wisler", "Fritz-Gérald", "Dieunel"],
        "surnames": [
            "Pierre-Louis",
            "Désir",
            "Dorélien",
            "Bien-Aimé",
            "Dorcéus",
            "Pierre-Val",
            "Jean-Gilles",
            "Saint-Vil",
        ],  # fmt: skip
        "rare_given_f": ["Merlancia", "Dieula", "Merlaine"],
        "rare_given_m": ["Jodelin", "Wilguens"],
        "rare_surnames": ["Mésadieu", "Fanfan", "Dérisier", "Fils-Dieu"],
        "nicknames_f": ["Ti Mimi", "Choupette"],
        "nicknames_m": ["Manno", "Ti Frè"],
        "countries": [
            (["République d'Haïti", "Repiblik Ayiti"], ["haitiana", "ayisyèn"], ["HAI"]),
        ],
        "lang": "Haitian Creole",
    },
    "west_african": {
        "given_f": ["Korotoumou", "Sitan", "Mariétou", "Salimata", "Kossiwa", "Isatu"],
        "given_m": ["Alhassane", "Lansana", "Yacouba", "Drissa", "Komi", "Alusine"],
        "surnames": [
            "Sawadogo",
            "Kaboré",
            "Tounkara",
            "Compaoré",
            "Sanogo",
            "Mansaray",
            "Agbeko",
            "Kpodo",
        ],  # fmt: skip
        "rare_given_f": ["Tenin", "Mawusi", "Yendoubé"],
        "rare_given_m": ["Sidiki", "Lassina", "Tiécoura"],
        "rare_surnames": ["Koroma-Sesay", "Zongo", "Nabaloum", "Tiendrébéogo"],
        "nicknames_f": ["Kadi", "Ramata"],
        "nicknames_m": ["Papis", "Ladji"],
        "countries": [
            (["Burkina Faso (Ouagadougou)", "Burkina"], ["burkinabée"], ["BF"]),
            (["Republic of Sierra Leone"], ["sierraleonesa"], ["SL"]),
            (["République togolaise"], ["togolaise"], []),
            (["Rep. of Guinea-Bissau", "Cape Verde"], [], []),
        ],
        "lang": "French",
    },
    "caribbean": {
        "given_f": ["Sherene", "Tisha", "Shondell", "Yonette", "Lurline", "Savitri"],
        "given_m": ["Rohan", "Dwayne", "Deonarine", "Errol", "Lennox", "Roopnarine"],
        "surnames": [
            "Beckford",
            "Lewis-Pryce",
            "Outar",
            "Jagdeo",
            "Sukhdeo",
            "Ramcharan",
            "Goolcharan",
            "Ollivierre",
        ],  # fmt: skip
        "rare_given_f": ["Odessa", "Verlyn", "Oneika"],
        "rare_given_m": ["Jermaine", "Kirkland", "Sheldon"],
        "rare_surnames": ["Budhram", "Ramlogan", "Hosein", "Gumbs"],
        "nicknames_f": ["Shani", "Dimples"],
        "nicknames_m": ["Dutty", "Bobo"],
        "countries": [
            (["Co-operative Republic of Guyana"], ["guyanaise"], []),
            (["St. Vincent and the Grenadines"], ["Vincentian"], ["VCT"]),
            (["St. Lucia"], ["Saint Lucian"], ["LCA"]),
            (["St. Kitts and Nevis"], ["Kittitian"], ["KNA"]),
            (["Suriname"], ["Surinamese"], ["SUR"]),
        ],
        "lang": "English",
    },
    "andean": {
        "given_f": ["Jhoselyn", "Nélida", "Herminia", "Eulalia", "Vilma", "Mayra"],
        "given_m": ["Fausto", "Edison", "Holger", "Klever", "Jacinto", "Willan"],
        "surnames": [
            "Pillajo",
            "Condori",
            "Choque",
            "Huanca",
            "Apaza",
            "Ticona",
            "Duchitanga",
            "Guzhñay",
        ],  # fmt: skip
        "rare_given_f": ["Sumak", "Illari", "Urpi"],
        "rare_given_m": ["Rumiñahui", "Yaku", "Atoq"],
        "rare_surnames": ["Llivicura", "Caguana", "Chuquimia", "Limachi"],
        "nicknames_f": ["Yese", "Chio"],
        "nicknames_m": ["Wil", "Chino"],
        "countries": [
            (["Plurinational State of Bolivia", "Estado Plurinacional de Bolivia"], [], ["BO"]),
            (["Republic of Paraguay"], [], ["PY"]),
            (["Uruguay"], ["Uruguayan"], ["URY"]),
        ],
        "lang": "Spanish",
    },
}

# Residents' streets: (street, neighbourhood or borough, ZIP, Queens-style hyphenated numbers).
UNSEEN_STREETS: list[tuple[str, str, str, bool]] = [
    ("Fresh Pond Rd", "Ridgewood", "11385", True),
    ("Calloway St", "Rego Park", "11374", True),
    ("Ketcham St", "Elmhurst", "11373", True),
    ("Elbertson St", "Elmhurst", "11373", True),
    ("Benham St", "Elmhurst", "11373", True),
    ("Justice Ave", "Elmhurst", "11373", True),
    ("Denman St", "Elmhurst", "11373", True),
    ("Pettit Ave", "Elmhurst", "11373", True),
    ("Alderton St", "Rego Park", "11374", True),
    ("Dry Harbor Rd", "Middle Village", "11379", True),
    ("Baisley Blvd", "Jamaica", "11434", True),
    ("Foch Blvd", "South Ozone Park", "11420", True),
    ("Mott Ave", "Far Rockaway", "11691", True),
    ("Seagirt Blvd", "Far Rockaway", "11691", True),
    ("Brookville Blvd", "Rosedale", "11422", True),
    ("Dahill Rd", "Brooklyn", "11218", False),
    ("Beverley Rd", "Brooklyn", "11226", False),
    ("Albemarle Rd", "Brooklyn", "11226", False),
    ("Tilden Ave", "Brooklyn", "11226", False),
    ("Clarendon Rd", "Brooklyn", "11203", False),
    ("Farragut Rd", "Brooklyn", "11210", False),
    ("Brighton 11th St", "Brooklyn", "11235", False),
    ("Emmons Ave", "Brooklyn", "11235", False),
    ("Bay 50th St", "Brooklyn", "11214", False),
    ("Cropsey Ave", "Brooklyn", "11214", False),
    ("Ovington Ave", "Brooklyn", "11209", False),
    ("Lefferts Ave", "Brooklyn", "11225", False),
    ("Winthrop St", "Brooklyn", "11225", False),
    ("Hendrix St", "Brooklyn", "11207", False),
    ("Wortman Ave", "Brooklyn", "11207", False),
    ("Kingsland Ave", "Brooklyn", "11222", False),
    ("Olmstead Ave", "Bronx", "10462", False),
    ("Zerega Ave", "Bronx", "10462", False),
    ("Haviland Ave", "Bronx", "10462", False),
    ("Thieriot Ave", "Bronx", "10473", False),
    ("Cruger Ave", "Bronx", "10467", False),
    ("Paulding Ave", "Bronx", "10469", False),
    ("Webb Ave", "Bronx", "10468", False),
    ("Briggs Ave", "Bronx", "10458", False),
    ("Ludlow St", "New York", "10002", False),
    ("Bayard St", "New York", "10013", False),
    ("Bradhurst Ave", "New York", "10039", False),
    ("Payson Ave", "New York", "10034", False),
    ("Ellwood St", "New York", "10040", False),
    ("Henderson Ave", "Staten Island", "10310", False),
    ("Cebra Ave", "Staten Island", "10304", False),
]

# Immigration status: the labelled words are in [brackets]. English phrases follow a subject
# ("Client ...", "She ..."); the others are what the resident said, quoted.
UNSEEN_STATUS_EN = [
    "is [undocumented, no filings]",
    "[entered the U.S. without inspection]",
    "was [paroled in through CBP One]",
    "is an [EWI entrant]",
    "has a [humanitarian parole that expired]",
    "is a [TPS re-registrant]",
    "is a [pending affirmative asylum applicant]",
    "is a [defensive asylum applicant]",
    "was [granted asylum by the IJ]",
    "is an [asylum grantee]",
    "has a [final removal order]",
    "is [facing removal before EOIR]",
    "has a [pending U-visa petition]",
    "is a [T-1 visa holder]",
    "has [deferred action under DACA]",
    "has a [lapsed DACA grant]",
    "[self-petitioned under VAWA]",
    "has a [pending SIJS petition]",
    "is an [F-1 student out of status]",
    "is a [permanent resident (10-year card)]",
    "was [admitted as a refugee]",
    "was [granted withholding of removal]",
    "is a [visa overstayer]",
    "is a [J-1 overstay]",
    "is [awaiting a credible-fear interview]",
    "is [enrolled in ICE ATD]",
    "was [served with an NTA]",
    "was [released on an order of recognizance]",
    "has a [CAT deferral of removal]",
    "[overstayed a B-2 visitor visa]",
    "has [conditional residence (2-year card)]",
    "has [no legal status]",
    "has [no immigration papers]",
]
UNSEEN_STATUS_ES = [
    "estoy [sin papeles ni permiso]",
    "estoy [ilegal] desde 2020",
    "estoy [pidiendo asilo]",
    "tengo un [caso de asilo abierto]",
    "tengo [permiso humanitario]",
    "[se me venció la visa]",
    "tengo [residencia permanente]",
    "tengo [una orden de deportación]",
    "estoy [en corte de inmigración]",
    "[entré sin inspección]",
    "tengo [TPS vigente]",
    "soy [dreamer con DACA]",
    "vine con [parole CHNV]",
]
UNSEEN_STATUS_FR = [
    "je suis [sans titre de séjour]",
    "je suis [en demande d'asile]",
    "je suis [sans statut légal]",
    "je suis [sous TPS]",
    "mon [visa a expiré]",
    "je suis [réfugiée statutaire]",
    "j'ai une [mesure d'expulsion]",
    "je suis [en procédure d'expulsion]",
]
UNSEEN_STATUS_HT = [
    "mwen [pa gen okenn papye]",
    "mwen [mande azil]",
    "mwen [benefisyè TPS]",
    "[viza m ekspire]",
    "mwen [gen rezidans]",
    "mwen [gen parol imanitè]",
    "mwen [nan pwosè depòtasyon]",
    "mwen [pa gen estati]",
]
UNSEEN_STATUS_OTHER = [  # (language as the note gives it, quoted phrase)
    ("Mandarin", "wǒ [méiyǒu shēnfèn]"),
    ("Mandarin", "wǒ shì [hēihù]"),
    ("Mandarin", "wǒ [zhèngzài shēnqǐng zhèngzhì bìhù]"),
    ("Mandarin", "我[没有身份]"),
    ("Mandarin", "[庇护申请中]"),
    ("Bengali", "amar [kagoj nai]"),
    ("Bengali", "amar [asylum case cholche]"),
    ("Bengali", "ami [awaidho bhabe] achi"),
    ("Bengali", "amar [bhisar meyad shesh]"),
    ("Russian", "ya [bez dokumentov]"),
    ("Russian", "ya [bez statusa]"),
    ("Russian", "u menya [prosrochennaya viza]"),
    ("Russian", "ya [soiskatel' ubezhishcha]"),
    ("Russian", "я [прошу убежища]"),
    ("Korean", "저는 [미등록 체류자]예요"),
    ("Korean", "[bulbeop cheryu] sangtae"),
    ("Arabic", "ana [bidun awraq]"),
    ("Arabic", "أنا [طالب لجوء]"),
    ("Urdu", "mere [kaghzat nahin hain]"),
    ("Urdu", "main [panah ka darkhwast guzar] hoon"),
    ("Polish", "jestem [bez papierów]"),
    ("Polish", "mam [przeterminowaną wizę]"),
    ("Polish", "mam [zieloną kartę]"),
]
# EAD category codes and short codes as status columns hold them.
UNSEEN_STATUS_CODES = {
    "ead": [
        "(a)(19)",
        "(c)(10)",
        "(c)(18)",
        "(a)(3)",
        "(a)(10)",
        "(c)(31)",
        "(a)(20)",
        "(c)(19)",
        "(a)(4)",
    ],
    "short": [
        "EWI 2022",
        "PAROLE-OAR",
        "ASY PEND",
        "TPS-HT",
        "SIJ PEND",
        "AOS PEND",
        "U-VISA WAITLIST",
        "DACA EXP",
    ],
}

# Organisations and public contact details: never labelled.
UNSEEN_ORGS = [
    "Flushing Workers Center",
    "Jackson Heights Tenant Union",
    "Brighton Neighbors Mutual Aid",
    "Little Bangladesh Community Fund",
    "Parkchester Immigrant Legal Clinic",
    "Sunset Park Health Council",
    "Flatbush Haitian Pastoral Network",
]
UNSEEN_EMPLOYERS = [
    "Golden Crest Nail Spa Inc.",
    "Tri-Boro Demolition Corp.",
    "Sunrise 24 Deli & Grill LLC",
    "Kings Plaza Car Wash Inc.",
    "New Happy Garden Restaurant",
    "Bay Ridge Home Care Agency",
    "Lucky Star Garment Co.",
]


# -- people and identifiers -------------------------------------------------------------------


@dataclass
class Person:
    given: str
    surname: str
    female: bool
    nick: str
    community: str
    east_asian: bool


def _person(r: random.Random, community: str | None = None, female: bool | None = None) -> Person:
    key = community or r.choice(sorted(UNSEEN_COMMUNITIES))
    c = UNSEEN_COMMUNITIES[key]
    fem = r.random() < 0.55 if female is None else female
    sx = "f" if fem else "m"
    given = r.choice(c[f"rare_given_{sx}"] if r.random() < 0.33 else c[f"given_{sx}"])
    surname = r.choice(c["rare_surnames"] if r.random() < 0.33 else c["surnames"])
    if key == "central_asian" and surname.endswith("a") and not fem:
        surname = surname[:-1]
    elif key == "central_asian" and fem and surname.endswith(("ov", "ev", "aev", "nov")):
        surname += "a"
    if key == "polish":
        if fem and surname.endswith(("ski", "cki")):
            surname = surname[:-1] + "a"
        elif not fem and surname.endswith(("ska", "cka")):
            surname = surname[:-1] + "i"
    nick = r.choice(c[f"nicknames_{sx}"])
    return Person(given, surname, fem, nick, key, key in ("chinese", "korean"))


def natural(p: Person) -> str:
    return f"{p.surname} {p.given}" if p.east_asian else f"{p.given} {p.surname}"


def name_form(r: random.Random, p: Person, style: str | None = None) -> str:
    """One way a file writes this person's name (the whole string is the PERSON label)."""
    style = style or r.choice(
        ["natural"] * 4 + ["last_first", "caps_last", "initial", "caps", "lower", "western"]
    )
    if style == "natural":
        return natural(p)
    if style == "western":
        return f"{p.given} {p.surname}"
    if style == "last_first":
        return f"{p.surname}, {p.given}"
    if style == "caps_last":
        return f"{p.surname.upper()}, {p.given}"
    if style == "initial":
        return f"{p.given[0]}. {p.surname}"
    if style == "caps":
        return natural(p).upper()
    if style == "lower":
        return natural(p).lower()
    if style == "nick":
        return p.nick
    if style == "given":
        return p.given
    if style == "nickq":
        return f'{p.given} "{p.nick}" {p.surname}'
    raise ValueError(style)


HONORIFICS = {
    "andean": ("Sra.", "Sr."),
    "haitian": ("Mme", "M."),
    "west_african": ("Mme", "M."),
    "polish": ("Pani", "Pan"),
}


def put_name(b: Any, r: random.Random, p: Person, style: str | None = None) -> Any:
    """Add a PERSON label; the "honor" style puts a title (unlabelled) before the name."""
    if style != "honor":
        return b.pii("PERSON", name_form(r, p, style))
    title = HONORIFICS.get(p.community, ("Ms.", "Mr."))[0 if p.female else 1]
    if r.random() < 0.2:
        title = "Dr."
    if r.random() < 0.5:
        return b.t(f"{title} ").pii("PERSON", p.surname)
    return b.t(f"{title} ").pii("PERSON", natural(p))


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


class Ids:
    """Identifiers in the shapes people type them; randomness only from `r`."""

    def __init__(self, r: random.Random) -> None:
        self.r = r

    def a_number(self) -> str:
        r = self.r
        d = r.choice(["0", "2", "2", "2"]) + _digits(r, 8) if r.random() < 0.8 else _digits(r, 8)
        if len(d) == 8:
            return r.choice([f"A{d}", f"A-{d[:2]}-{d[2:5]}-{d[5:]}", f"A {d}"])
        return r.choice(
            [
                f"A{d}",
                f"A-{d[:3]}-{d[3:6]}-{d[6:]}",
                f"A {d[:3]} {d[3:6]} {d[6:]}",
                f"A{d[:3]}-{d[3:6]}-{d[6:]}",
                f"a{d}",
                f"A-{d}",
                f"A {d[:3]}-{d[3:6]}-{d[6:]}",
            ]
        )

    def ssn(self) -> str:
        r = self.r
        area = r.choice([r.randint(1, 665), r.randint(667, 899)])
        d = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
        return r.choice(["{}-{}-{}"] * 3 + ["{} {} {}", "{}{}{}"]).format(*d)

    def itin(self) -> str:
        r = self.r
        mid = r.choice([*range(70, 89), 90, 91, 92, *range(94, 100)])
        d = f"9{r.randint(0, 99):02d}", f"{mid}", f"{r.randint(0, 9999):04d}"
        return r.choice(["{}-{}-{}"] * 3 + ["{} {} {}", "{}{}{}"]).format(*d)

    def passport(self, community: str) -> str:
        r = self.r
        up = "ABCDEFGHJKLMNPRSTUVWXYZ"
        shapes = {
            "bangla": lambda: r.choice(["EB", "EC", "BX", "A0"]) + _digits(r, 7),
            "chinese": lambda: (
                r.choice(["E", "EA", "EH", "G"]) + _digits(r, 8 if r.random() < 0.5 else 7)
            ),
            "central_asian": lambda: r.choice(["FA", "AA", "AB"]) + _digits(r, 7),
            "korean": lambda: "M" + _digits(r, 8),
            "arab": lambda: (
                r.choice(["0", "1"]) + _digits(r, 7) if r.random() < 0.5 else "P" + _digits(r, 8)
            ),
            "urdu": lambda: r.choice(up) + r.choice(up) + _digits(r, 7),
            "polish": lambda: r.choice(["EA", "EK", "ER"]) + _digits(r, 7),
            "haitian": lambda: r.choice(["PP", "RD", "HA"]) + _digits(r, 7),
            "west_african": lambda: r.choice(up) + _digits(r, 8),
            "caribbean": lambda: r.choice(["R", "G", "A"]) + _digits(r, 7),
            "andean": lambda: _digits(r, 9) if r.random() < 0.4 else r.choice(up) + _digits(r, 7),
        }
        value = shapes[community]()
        if len(value) > 8 and r.random() < 0.15:
            value = f"{value[:2]} {value[2:]}"
        return value

    def phone_nyc(self) -> str:
        r = self.r
        area = r.choice(["718", "347", "929", "646", "917", "212", "332"])
        ex, line = f"{r.randint(201, 989)}", _digits(r, 4)
        return r.choice(
            [
                f"({area}) {ex}-{line}",
                f"{area}-{ex}-{line}",
                f"{area}.{ex}.{line}",
                f"{area} {ex} {line}",
                f"+1 {area} {ex} {line}",
                f"1-{area}-{ex}-{line}",
                f"{area}{ex}{line}",
                f"({area}){ex}-{line}",
            ]
        )

    def phone_intl(self, community: str) -> str:
        r = self.r
        d = lambda n: _digits(r, n)  # noqa: E731
        shapes = {
            "bangla": lambda: f"+880 1{r.choice('3456789')}{d(2)}-{d(6)}",
            "chinese": lambda: f"+86 13{d(1)} {d(4)} {d(4)}",
            "central_asian": lambda: r.choice(
                [f"+998 9{d(1)} {d(3)} {d(2)} {d(2)}", f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}"]
            ),
            "korean": lambda: f"+82 10-{d(4)}-{d(4)}",
            "arab": lambda: f"+967 7{d(2)} {d(3)} {d(3)}",
            "urdu": lambda: f"+92 3{d(2)} {d(7)}",
            "polish": lambda: f"+48 {r.choice('5678')}{d(2)} {d(3)} {d(3)}",
            "haitian": lambda: f"+509 {r.choice('34')}{d(3)}-{d(4)}",
            "west_african": lambda: r.choice(
                [f"+226 7{d(1)} {d(2)} {d(2)} {d(2)}", f"+232 7{d(1)} {d(6)}"]
            ),
            "caribbean": lambda: r.choice([f"+592 6{d(2)}-{d(4)}", f"+1 (784) {d(3)}-{d(4)}"]),
            "andean": lambda: f"+591 7{d(7)}",
        }
        return shapes[community]()

    def phone(self, community: str) -> str:
        return self.phone_intl(community) if self.r.random() < 0.2 else self.phone_nyc()

    def email(self, p: Person) -> str:
        r = self.r
        g = fold(p.given).lower().replace("-", "").replace("'", "").replace(" ", "")
        s = fold(p.surname).lower().replace("-", "").replace("'", "").replace(" ", "")
        local = r.choice(
            [
                f"{g}.{s}",
                f"{g}{s}{r.randint(1, 99)}",
                f"{g[0]}{s}",
                f"{s}_{g}",
                f"{g}{r.randint(1970, 2009)}",
                f"{g}.{s[0]}{r.randint(10, 99)}",
            ]
        )
        domain = {
            "chinese": ["qq.com", "163.com", "gmail.com"],
            "central_asian": ["mail.ru", "yandex.ru", "gmail.com"],
            "korean": ["naver.com", "hanmail.net", "gmail.com"],
            "polish": ["wp.pl", "onet.pl", "interia.pl"],
        }.get(p.community, ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"])
        return f"{local}@{r.choice(domain)}"

    def work_email(self, p: Person, domain: str) -> str:
        g = fold(p.given).lower().replace("-", "")
        s = fold(p.surname).lower().replace("-", "").replace(" ", "")
        return (
            self.r.choice([f"{g[0]}{s}", f"{g}.{s}", f"{g[0]}{s}{self.r.randint(2, 9)}"])
            + "@"
            + domain
        )

    def dob_parts(self, child: bool = False) -> tuple[int, int, int]:
        r = self.r
        year = r.randint(2010, 2020) if child else r.randint(1944, 2006)
        return year, r.randint(1, 12), r.randint(1, 28)

    def dob(
        self, child: bool = False, lang: str = "en", parts: tuple[int, int, int] | None = None
    ) -> str:
        """A date of birth as files write it; `parts` (year, month, day) to repeat one."""
        r = self.r
        y, m, d = parts or self.dob_parts(child)
        if lang == "es":
            return f"{d} de {MONTHS_ES[m - 1]} de {y}"
        if lang == "fr":
            return f"{d} {MONTHS_FR[m - 1]} {y}"
        if lang == "zh":
            return f"{y}年{m}月{d}日"
        if lang == "ru":
            return f"{d:02d}.{m:02d}.{y}"
        mon = MONTHS_EN[m - 1]
        return r.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y % 100:02d}",
                f"{m}/{d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{mon} {d}, {y}",
                f"{d} {mon[:3]} {y}",
                f"{d:02d}-{mon[:3].upper()}-{y}",
                f"{mon[:3]}. {d}, {y}",
                f"{m:02d}-{d:02d}-{y}",
            ]
        )

    def dob_spoken(self) -> str:
        y, m, d = self.dob_parts()
        year = f"nineteen {NUM_WORDS_TENS[y % 100]}" if y < 2000 else f"two thousand {ONES[y % 10]}"
        return f"{MONTHS_EN[m - 1]} {ORDINALS[d]}, {year}"

    def address(self, with_city: bool = True) -> str:
        r = self.r
        street, area, zip_, queens = r.choice(UNSEEN_STREETS)
        if queens:
            num = f"{r.randint(30, 220)}-{r.randint(1, 60):02d}"
        else:
            num = str(r.randint(12, 2890))
        unit = r.choice(
            [
                f"Apt {r.randint(1, 6)}{r.choice('ABCDEF')}",
                f"Apt. {r.randint(1, 24)}",
                f"#{r.randint(1, 5)}{r.choice('FRL')}",
                f"{r.randint(2, 6)}th Fl",
                "Bsmt",
                f"Unit {r.randint(1, 12)}",
                "",
            ]
        )
        base = f"{num} {street}" + (f", {unit}" if unit else "")
        if not with_city:
            return base
        return f"{base}, {area}, NY {zip_}" if r.random() < 0.7 else f"{base} {area} NY {zip_}"

    def idnyc(self) -> str:
        r = self.r
        d = _digits(r, 9)
        return r.choice(
            [d, d, f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:4]} {d[4:]}"]
        )

    def receipt(self) -> str:
        r = self.r
        pre = r.choice(["EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "IOE", "YSC"])
        d = (f"{r.randint(21, 26)}" if pre != "IOE" else "09") + _digits(r, 8)
        return r.choice(
            [
                f"{pre}{d}",
                f"{pre}{d}",
                f"{pre}-{d[:2]}-{d[2:5]}-{d[5:]}",
                f"{pre} {d}",
                f"{pre}{d[:2]} {d[2:]}",
            ]
        )

    def i94(self) -> str:
        r = self.r
        if r.random() < 0.55:
            return str(r.randint(1, 9)) + _digits(r, 10)
        return _digits(r, 9) + r.choice("ABCDEFGHJKLMNPRTUVWXYZ") + str(r.randint(0, 9))

    def case_no(self, prefix: str) -> str:
        return f"{prefix}-{self.r.randint(2024, 2026)}-{_digits(self.r, 6)}"

    def date(self) -> str:
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice(
            [f"{m}/{d}/2026", f"{MONTHS_EN[m - 1][:3]} {d}, 2026", f"2026-{m:02d}-{d:02d}"]
        )

    def time(self) -> str:
        return f"{self.r.randint(8, 17)}:{self.r.choice(['00', '15', '30', '45', '05', '52'])}"

    def money(self) -> str:
        return f"${self.r.randint(80, 9800):,}.{self.r.choice(['00', '50', '25', '00'])}"


MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
MONTHS_ES = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
]  # fmt: skip
MONTHS_FR = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUM_WORDS_TENS = [
    (f"oh {ONES[n]}" if n < 10 else TEENS[n - 10] if n < 20
     else TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    for n in range(100)
]  # fmt: skip
ORDINALS = [""] + [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
]  # fmt: skip


def spoken_phone(r: random.Random, digits: str) -> str:
    """A phone number as a voicemail transcriber writes it: words, digits, or a mix."""
    words = {**dict(enumerate(ONES)), 0: "oh"}
    groups = [digits[:3], digits[3:6], digits[6:]]
    out = []
    for g in groups:
        if r.random() < 0.5:
            out.append(
                " ".join("zero" if c == "0" and r.random() < 0.3 else words[int(c)] for c in g)
            )
        else:
            out.append(g)
    return ", ".join(out) if r.random() < 0.6 else " ".join(out)


# -- shared pieces ----------------------------------------------------------------------------


def _country(r: random.Random, p: Person) -> tuple[str, str, str]:
    """(country, demonym, code) for one of the person's community's countries; where a country
    has no demonym or code of its own in the pool, its name stands in."""
    names, demonyms, codes = r.choice(UNSEEN_COMMUNITIES[p.community]["countries"])
    return r.choice(names), r.choice(demonyms or names), r.choice(codes or demonyms or names)


def _other_phrase(r: random.Random, community: str) -> tuple[str, str]:
    spoken = UNSEEN_COMMUNITIES[community]["lang"]
    return r.choice([o for o in UNSEEN_STATUS_OTHER if o[0] == spoken] or UNSEEN_STATUS_OTHER)


def _native_phrase(r: random.Random, community: str) -> str:
    """A status phrase (with its [bracketed] label) in the language of `community`."""
    pools = {"es": UNSEEN_STATUS_ES, "fr": UNSEEN_STATUS_FR, "ht": UNSEEN_STATUS_HT}
    langs = [lg for lg in STATUS_LANGS.get(community, []) if lg in pools]
    if langs:
        return r.choice(pools[r.choice(langs)])
    if community == "caribbean":
        return r.choice(UNSEEN_STATUS_EN)
    return _other_phrase(r, community)[1]


STATUS_LANGS = {
    "andean": ["en", "es", "es"],
    "haitian": ["en", "ht", "ht", "fr"],
    "west_african": ["en", "fr"],
    "caribbean": ["en"],
}


def _status(
    b: Any,
    r: random.Random,
    subject: str,
    lang: str | None = None,
    said: str | None = None,
    p: Person | None = None,
) -> Any:
    """A status sentence: English after `subject` (third person), or what the resident `p` said,
    quoted in their language after `said` (default "<subject> said")."""
    community = p.community if p else r.choice(sorted(UNSEEN_COMMUNITIES))
    lang = lang or r.choice(STATUS_LANGS.get(community, ["en", "other"]))
    if lang == "any":
        lang = r.choice([lg for lg in STATUS_LANGS.get(community, []) if lg != "en"] or ["other"])
    if lang == "en":
        return b.t(f"{subject} ").marked("IMMIGRATION_STATUS", r.choice(UNSEEN_STATUS_EN))
    intro = f"{subject} said" if said is None else said
    intro = f"{intro}: " if intro else ""
    if lang == "other":
        language, phrase = _other_phrase(r, community)
        b.t(f'{intro}"').marked("IMMIGRATION_STATUS", phrase)
        return b.t(f'" ({language})')
    pool = {"es": UNSEEN_STATUS_ES, "fr": UNSEEN_STATUS_FR, "ht": UNSEEN_STATUS_HT}[lang]
    return b.t(f"{intro}«").marked("IMMIGRATION_STATUS", r.choice(pool)).t("»")


def _origin(b: Any, r: random.Random, p: Person) -> Any:
    """Where the resident comes from, in one of the ways notes say it."""
    country = _country(r, p)[0]
    kind = r.randrange(6)
    if kind == 0:
        return b.t("was born in ").pii("COUNTRY_OF_BIRTH", country)
    if kind == 1:
        return b.t("is a native of ").pii("COUNTRY_OF_BIRTH", country)
    if kind == 2:
        return b.t("is a citizen of ").pii("COUNTRY_OF_BIRTH", country)
    if kind == 3:
        b.t("came from ").pii("COUNTRY_OF_BIRTH", country)
        return b.t(f" in {r.randint(2014, 2025)}")
    if kind == 4:
        return b.t("(nationality: ").pii("COUNTRY_OF_BIRTH", country).t(") lives here")
    return b.t("is originally from ").pii("COUNTRY_OF_BIRTH", country)


def _distractor_country(r: random.Random) -> str:
    c = r.choice(["Canada", "Mexico", "the Dominican Republic", "Ecuador", "Colombia"])
    return r.choice(
        [
            f"She asked whether she can travel to {c} for a funeral (advised no).",
            f"Called the consulate of {c} about the interpreter list, no answer.",
            f"Shipping box of clothes goes out with a courier serving {c}.",
            f"Employer also runs a store in {c}, per worker.",
        ]
    )


AGENCY_CONTACTS = [
    ("DCWP, 42 Broadway, 8th Floor, New York, NY 10004-1716", "212-436-0381"),
    ("MOIA, 253 Broadway, 14th Floor, New York, NY 10007-2308", "1-800-354-0365"),
    ("Queens Public Library, 89-11 Merrick Blvd, Jamaica, NY 11432-5242", "718-990-0700"),
    ("NYC Health + Hospitals/Elmhurst, 79-01 Broadway, Elmhurst, NY 11373-1329", "718-334-4000"),
    ("Housing Court Answers, 111 Centre St, New York, NY 10013-4390", "212-962-4795"),
    (
        "Adam Clayton Powell Jr. State Office Building, 163 W 125th St, New York, NY 10027-8201",
        "311",
    ),
]


def _staff(r: random.Random) -> Person:
    return _person(r)


# -- case notes -------------------------------------------------------------------------------


def case_note_f(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    """Hotline transcripts, voicemail transcriptions, school nurse logs, DCWP wage-theft notes,
    and log lines pasted into a note."""
    x = Ids(r)
    layout = r.randrange(5)
    b = B()
    p = _person(r)
    staff = _staff(r)
    if layout == 0:
        _hotline(b, r, x, p, staff)
    elif layout == 1:
        _voicemail(b, r, x, p, staff)
    elif layout == 2:
        _nurse_log(b, r, x, staff)
    elif layout == 3:
        _wage_note(b, r, x, p, staff)
    else:
        _log_lines(b, r, x, p, staff)
    return [(b.text(), b.labels, "")]


def _hotline(b: Any, r: random.Random, x: Ids, p: Person, staff: Person) -> None:
    lang = UNSEEN_COMMUNITIES[p.community]["lang"]
    b.t(f"ActionNYC hotline — call transcript (auto, reviewed)\nCall ID {x.case_no('CL')} | ")
    b.t(f"{x.date()} {x.time()} | language: {lang} | interpreter ID {r.randint(1000, 9999)}\n\n")
    b.t("AGENT (").pii("PERSON", f"{staff.given} {staff.surname[0]}.").t("): ActionNYC, this is ")
    b.pii("PERSON", staff.given).t(". How can I help you today?\n")
    b.t("CALLER: Hi, yes, my name is ").pii("PERSON", name_form(r, p, "natural")).t(". ")
    b.t("I got a letter and I don't understand it.\n")
    b.t("AGENT: I can help with that. Can I have a number to call you back if we get cut off?\n")
    b.t("CALLER: Yes, it's ").pii("PHONE", x.phone(p.community)).t(".\n")
    b.t("AGENT: And your date of birth?\nCALLER: ")
    b.pii("DATE_OF_BIRTH", x.dob_spoken() if r.random() < 0.5 else x.dob()).t(".\n")
    b.t("AGENT: Where are you originally from?\nCALLER: I'm from ")
    country, demonym, _ = _country(r, p)
    b.pii("COUNTRY_OF_BIRTH", country).t(f". I came {r.randint(2, 9)} years ago.\n")
    b.t("AGENT: What does the letter say at the top?\nCALLER: It says I-797C, Notice of Action, ")
    b.t("receipt number ").pii("USCIS_RECEIPT", x.receipt()).t(".\n")
    if r.random() < 0.7:
        b.t("AGENT: Is there an A-number on it? It starts with an A.\nCALLER: Yes, ")
        b.pii("A_NUMBER", x.a_number()).t(".\n")
    if r.random() < 0.6:
        b.t("AGENT: For the fee waiver, do you have a Social Security number or an ITIN?\n")
        if r.random() < 0.65:
            b.t("CALLER: Social, yes. ").pii("SSN", x.ssn()).t(".\n")
        else:
            b.t("CALLER: Only the tax number, ").pii("ITIN", x.itin()).t(".\n")
    b.t("AGENT: OK. Can you tell me a bit about your situation?\nINTERPRETER: ")
    said = "In her words" if p.female else "In his words"
    _status(b, r, "She" if p.female else "He", said=said, p=p)
    b.t(".\n")
    if r.random() < 0.5:
        kid = _person(r, p.community)
        b.t("CALLER: My son ").pii("PERSON", kid.given).t(" is also on the letter, he is ")
        b.t(f"{r.randint(4, 16)}.\n")
    b.t(f"AGENT: I'm going to refer you to {r.choice(UNSEEN_ORGS)}. Their appointment line is ")
    b.t(f"{r.choice(AGENCY_CONTACTS)[1]}. Do you have an e-mail for the confirmation?\n")
    b.t("CALLER: ").pii("EMAIL", x.email(p)).t("\n")
    b.t(f"AGENT: Thank you. Your appointment is {x.date()} at {x.time()}.\n")
    b.t(f"[call ended {x.time()}; duration {r.randint(4, 31)} min]")


def _voicemail(b: Any, r: random.Random, x: Ids, p: Person, staff: Person) -> None:
    digits = r.choice(["917", "347", "718", "929", "646"]) + _digits(r, 7)
    b.t(f"Voicemail — ext. {r.randint(200, 499)} ({r.choice(UNSEEN_ORGS)})\n")
    b.t(f"Received {x.date()} {x.time()} (caller ID withheld)\n")
    b.t("Transcription (automatic, low confidence):\n\n")
    b.t('"hi um this message is for ').pii("PERSON", staff.given.lower()).t(" ")
    if r.random() < 0.5:
        b.t("um ").pii("PERSON", staff.surname.lower()).t(" ")
    b.t("this is ").pii("PERSON", name_form(r, p, "lower")).t(" ")
    b.t("i was in your office last week about the the rent letter. ")
    b.t("you can call me back at ").pii("PHONE", spoken_phone(r, digits)).t(" ")
    b.t("that's my cell. ")
    if r.random() < 0.6:
        b.t("my birthday is ").pii("DATE_OF_BIRTH", x.dob_spoken()).t(" if you need it. ")
    if r.random() < 0.5:
        b.t("the number on my ID card the IDNYC is ")
        b.pii("IDNYC", " ".join(_digits(r, 3) for _ in range(3))).t(" ")
    if r.random() < 0.5:
        b.t("also my wife ").pii("PERSON", _person(r, p.community, True).given.lower())
        b.t(" she have the appointment too. ")
    b.t('okay thank you bye"\n\n')
    b.t("Staff note: ")
    if r.random() < 0.6:
        b.t("returned call, left message. Client ")
        _status(b, r, "per prior intake", "en").t(" — do not leave details on voicemail.")
    else:
        b.t(f"returned call {x.date()}, scheduled for {x.date()} {x.time()}. ")
        b.t(_distractor_country(r))


def _nurse_log(b: Any, r: random.Random, x: Ids, staff: Person) -> None:
    school = r.choice(
        [
            "P.S. 19 Marino Jeantet",
            "P.S. 69 Jackson Heights",
            "I.S. 230 Roland Patterson",
            "P.S. 152 Dr. Samuel Jasper Leggett",
            "P.S. 20 John Bowne",
        ]
    )
    b.t(f"{school} — Health Office Daily Log\nNurse: ")
    b.pii("PERSON", name_form(r, staff, r.choice(["western", "caps_last", "initial"])))
    b.t(f", RN   Date: {x.date()}\n\n")
    for _ in range(r.randint(2, 4)):
        kid = _person(r)
        relation = r.choice(["mother", "father", "aunt", "grandmother"])
        parent = _person(r, kid.community, relation != "father")
        born = x.dob_parts(child=True)
        b.t(f"{x.time()}  ").pii("PERSON", name_form(r, kid, r.choice(["caps_last", "natural"])))
        b.t(f" (gr {max(1, 2020 - born[0])}, age {2026 - born[0]}")
        if r.random() < 0.6:
            b.t(", DOB ").pii("DATE_OF_BIRTH", x.dob(parts=born))
        b.t(") ")
        b.t(r.choice(["c/o headache", "fever 100.9F", "asthma, inhaler given", "scraped knee"]))
        b.t(f". Called {relation} ")
        b.pii("PERSON", name_form(r, parent, r.choice(["natural", "given", "initial"])))
        b.t(" at ").pii("PHONE", x.phone(kid.community))
        kind = r.randrange(4)
        if kind == 0:
            b.t(" — no answer, emergency card lists uncle. ")
        elif kind == 1:
            b.t(". Parent says ")
            _status(b, r, "she" if parent.female else "he", said="Parent said", p=parent)
            b.t("; no Medicaid yet, gave clinic list. ")
        elif kind == 2:
            b.t(". Parent lives at ").pii("ADDRESS", x.address()).t(", will pick up. ")
        else:
            b.t(". Student arrived this month and ")
            _origin(b, r, kid).t("; needs vaccine records. ")
        b.t(f"Returned to class {x.time()}.\n")
    b.t("\nShared health office inbox: health.office@schools.nyc.gov (do not reply-all)")


def _wage_note(b: Any, r: random.Random, x: Ids, p: Person, staff: Person) -> None:
    employer = r.choice(UNSEEN_EMPLOYERS)
    b.t("NYC Department of Consumer and Worker Protection — Office of Labor Policy & Standards\n")
    b.t(f"Investigator notes, complaint {x.case_no('OLPS-WT')}\nInvestigator: ")
    b.pii("PERSON", f"{staff.given} {staff.surname}").t(" (").pii(
        "EMAIL", x.work_email(staff, "dcwp.nyc.gov")
    )
    b.t(")\n\n")
    b.t(f"{x.date()}: Met worker ").pii("PERSON", name_form(r, p)).t(" at ")
    b.t(f"{r.choice(UNSEEN_ORGS)} with interpreter. Worker employed at {employer} since ")
    b.t(f"{r.randint(2019, 2025)}, {r.randint(50, 72)} hrs/wk, paid {x.money()} cash weekly. ")
    b.t(f"Owed approx. {x.money()} in unpaid overtime. DOB ")
    b.pii("DATE_OF_BIRTH", x.dob()).t("; home ").pii("ADDRESS", x.address()).t("; cell ")
    b.pii("PHONE", x.phone(p.community)).t(".\n")
    b.t("Worker afraid to sign because ")
    _status(b, r, "she" if p.female else "he", p=p).t(
        ". Explained DCWP does not ask about status. "
    )
    if r.random() < 0.6:
        b.t("Paystubs show taxes withheld under ITIN ").pii("ITIN", x.itin()).t(". ")
    else:
        b.t("Paystubs show SSN ").pii("SSN", x.ssn()).t(" (worker says the number is real). ")
    b.t("Worker ")
    _origin(b, r, p).t(".\n")
    if r.random() < 0.5:
        co = _person(r)
        b.t("Co-worker ").pii("PERSON", name_form(r, co, "natural")).t(" (")
        b.pii("PHONE", x.phone(co.community)).t(") willing to give a statement.\n")
    b.t(f"Next: demand letter to employer by {x.date()}. ")
    b.t(_distractor_country(r))


def _log_lines(b: Any, r: random.Random, x: Ids, p: Person, staff: Person) -> None:
    country, demonym, code = _country(r, p)
    b.t("Case note (")
    b.pii("PERSON", name_form(r, staff, "initial")).t(f", {x.date()}): intake sync failed twice, ")
    b.t("pasting the log so IT can see it:\n\n")
    stamp = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(8, 17):02d}"
    b.t(f"{stamp}:{r.randint(10, 59)}:07Z ERROR era.sync ")
    b.t('applicant_name="').pii("PERSON", name_form(r, p, "caps")).t('" dob=')
    y, m, d = x.dob_parts()
    b.pii("DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}").t(" cb_phone=")
    b.pii("PHONE", x.phone_nyc().replace(" ", "")).t(" nationality=").pii("COUNTRY_OF_BIRTH", code)
    b.t(f" household={r.randint(1, 7)} amount_requested={x.money()} ")
    b.t(f'app_id=ERA-{_digits(r, 8)} err="timeout"\n')
    b.t(f"{stamp}:{r.randint(10, 59)}:09Z WARN era.sync ")
    kind = r.randrange(3)
    if kind == 0:
        b.t("doc_type=IDNYC doc_no=").pii("IDNYC", _digits(r, 9))
    elif kind == 1:
        b.t(f"doc_type=PASSPORT issuer={code} doc_no=").pii("PASSPORT", x.passport(p.community))
    else:
        b.t("doc_type=I94 doc_no=").pii("I94", x.i94())
    b.t(' retry=2 msg="document field rejected"\n\n')
    _status(b, r, "Applicant also told me she" if p.female else "Applicant also told me he", "en")
    b.t("; not entered anywhere, ERA does not need it. Mailing address on file: ")
    b.pii("ADDRESS", x.address()).t(".")


# -- intake forms -----------------------------------------------------------------------------


def intake_form_f(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    """ERA applications, discharge summaries with a pharmacy label, library ESL registrations,
    DCWP worker complaint forms."""
    x = Ids(r)
    b = B()
    p = _person(r)
    layout = r.randrange(4)
    if layout == 0:
        _era_form(b, r, x, p)
    elif layout == 1:
        _discharge(b, r, x, p)
    elif layout == 2:
        _esl_form(b, r, x, p)
    else:
        _complaint_form(b, r, x, p)
    return [(b.text(), b.labels, "")]


def _era_form(b: Any, r: random.Random, x: Ids, p: Person) -> None:
    b.t("EMERGENCY RENTAL ASSISTANCE PROGRAM — APPLICATION SUMMARY (printed for file)\n")
    b.t(f"Application #: {_digits(r, 4)}-{_digits(r, 6)}   Submitted: {x.date()}\n")
    b.t("ERAP hotline 1-844-691-7368 | NY State OTDA, 40 N Pearl St, Albany NY 12243-0001\n\n")
    b.t("SECTION 1 — APPLICANT\nLast name: ").pii("PERSON", p.surname.upper())
    b.t("   First name: ").pii("PERSON", p.given.upper()).t("\n")
    b.t("Date of birth (MM/DD/YYYY): ")
    y, m, d = x.dob_parts()
    b.pii("DATE_OF_BIRTH", f"{m:02d}/{d:02d}/{y}").t("\n")
    b.t("Rental unit address: ").pii("ADDRESS", x.address()).t("\n")
    b.t("Phone: ").pii("PHONE", x.phone_nyc()).t("   Alt. phone: ")
    if r.random() < 0.5:
        b.pii("PHONE", x.phone_intl(p.community))
    else:
        b.t("—")
    b.t("\nE-mail: ").pii("EMAIL", x.email(p)).t("\n")
    b.t("SSN / ITIN (optional — not required to apply): ")
    kind = r.choice([0, 0, 1, 2])
    if kind == 0:
        b.pii("SSN", x.ssn())
    elif kind == 1:
        b.pii("ITIN", x.itin())
    else:
        b.t("[ ] I do not have one")
    b.t("\nIdentity document: ")
    kind = r.randrange(3)
    if kind == 0:
        b.t("[x] IDNYC  No. ").pii("IDNYC", x.idnyc())
    elif kind == 1:
        b.t("[x] Foreign passport  No. ").pii("PASSPORT", x.passport(p.community))
        b.t("  Country: ").pii("COUNTRY_OF_BIRTH", _country(r, p)[0])
    else:
        b.t("[x] Other: I-94 No. ").pii("I94", x.i94())
    b.t("\n\nSECTION 2 — HOUSEHOLD MEMBERS\n")
    for i in range(r.randint(1, 3)):
        m_ = _person(r, p.community)
        b.t(f"{i + 2}. ").pii("PERSON", name_form(r, m_, r.choice(["western", "caps"])))
        b.t(f"   relationship: {r.choice(['spouse', 'child', 'mother', 'brother'])}   DOB ")
        b.pii("DATE_OF_BIRTH", x.dob(child=r.random() < 0.5)).t("\n")
    b.t("\nSECTION 3 — LANDLORD\n")
    b.t(
        f"Landlord: {r.choice(['Castle Hill Realty LLC', 'Parsons Gardens Owners Corp.', 'Ridgewood Mgmt Co.'])}"
    )
    b.t(f"   Monthly rent: {x.money()}   Arrears: {x.money()}\n")
    b.t(
        f"Housing court index no.: LT-{_digits(r, 6)}-{r.randint(23, 26)}/QU   Next date: {x.date()}\n\n"
    )
    b.t("CASEWORKER NOTES: ")
    subject = "Applicant volunteered that she" if p.female else "Applicant volunteered that he"
    _status(b, r, subject, said="Applicant volunteered", p=p)
    b.t(". Reminded: status is not asked and not needed for ERAP.\n")
    staff = _staff(r)
    b.t("Assisted by: ").pii("PERSON", name_form(r, staff, "initial")).t(", ")
    b.t(r.choice(UNSEEN_ORGS))


def _discharge(b: Any, r: random.Random, x: Ids, p: Person) -> None:
    hosp, phone = r.choice(
        [
            ("NYC Health + Hospitals/Elmhurst", "718-334-4000"),
            ("NYC Health + Hospitals/Kings County", "718-245-3131"),
            ("NYC Health + Hospitals/Jacobi", "718-918-5000"),
        ]
    )
    doc = _staff(r)
    b.t(f"{hosp}\nDISCHARGE SUMMARY\n\nMRN: {_digits(r, 8)}   Acct: {_digits(r, 10)}\n")
    b.t("Patient: ").pii("PERSON", name_form(r, p, "caps_last")).t("    Sex: ")
    born = x.dob_parts()
    b.t("F" if p.female else "M").t("    DOB: ").pii("DATE_OF_BIRTH", x.dob(parts=born)).t(
        f" (age {2026 - born[0]})\n"
    )
    b.t(f"Admitted: {x.date()}   Discharged: {x.date()}\n")
    kind = r.choice([0, 0, 1, 2])
    if kind == 0:
        b.t("SSN: ").pii("SSN", x.ssn()).t("   ")
    elif kind == 1:
        b.t("Tax ID (ITIN): ").pii("ITIN", x.itin()).t("   ")
    b.t(f"Payer: {r.choice(['NYC Care', 'Medicaid', 'Self-pay', 'MetroPlus'])}\n")
    b.t("Home address: ").pii("ADDRESS", x.address()).t("\n")
    b.t("Contact: ").pii("PHONE", x.phone(p.community))
    kin = _person(r, p.community)
    b.t("   Emergency contact: ").pii("PERSON", name_form(r, kin, "natural")).t(" (")
    b.t(r.choice(["son", "daughter", "sister", "husband", "wife", "cousin"])).t(") ")
    b.pii("PHONE", x.phone(p.community)).t("\n")
    b.t(f"Language: {UNSEEN_COMMUNITIES[p.community]['lang']}, interpreter used\n")
    b.t("Attending: Dr. ").pii("PERSON", f"{doc.given} {doc.surname}").t("\n\n")
    b.t("Diagnosis: ")
    b.t(
        r.choice(
            [
                "community-acquired pneumonia",
                "type 2 diabetes, uncontrolled",
                "cellulitis, left leg",
            ]
        )
    )
    b.t("\nSocial history: lives with family. Patient ")
    _origin(b, r, p).t(". ")
    _status(b, r, "SW note: patient", p=p).t(". ")
    b.t("Referred to financial counseling for NYC Care.\n")
    b.t("ID on file: ")
    if r.random() < 0.5:
        b.t("passport ").pii("PASSPORT", x.passport(p.community))
    else:
        b.t("IDNYC card # ").pii("IDNYC", x.idnyc())
    b.t(f"\nFollow-up: clinic appointment {x.date()} {x.time()}, call {phone} to change.\n\n")
    b.t("---- PHARMACY LABEL ----\n")
    b.pii("PERSON", natural(p).upper()).t(f"\nRx #{_digits(r, 7)}   Filled {x.date()}\n")
    b.t(r.choice(["METFORMIN 500MG TAB", "AMOXICILLIN 875MG TAB", "LISINOPRIL 10MG TAB"]))
    b.t(f"\nTAKE 1 TABLET BY MOUTH TWICE DAILY   Qty {r.choice([30, 60, 20])}   Refills 0\n")
    b.t("Prescriber: ").pii("PERSON", f"{doc.surname.upper()}, {doc.given[0]}.").t("\n")
    b.t("DOB ").pii("DATE_OF_BIRTH", x.dob(parts=born))


def _esl_form(b: Any, r: random.Random, x: Ids, p: Person) -> None:
    lib = r.choice(
        ["Queens Public Library", "Brooklyn Public Library", "The New York Public Library"]
    )
    b.t(f"{lib} — English for Speakers of Other Languages (ESOL)\nCLASS REGISTRATION\n")
    b.t(
        f"Term: Winter 2027   Site: {r.choice(['Flushing', 'Sunset Park', 'Parkchester', 'Elmhurst'])}"
    )
    b.t(f"   Level: {r.choice(['Beginner 1', 'Beginner 2', 'Intermediate'])}\n\n")
    b.t("Name (as on your ID): ").pii(
        "PERSON", name_form(r, p, r.choice(["natural", "western", "caps"]))
    )
    b.t("\nWhat do you like to be called? ").pii("PERSON", p.nick).t("\n")
    b.t("Birthday: ")
    lang = {"andean": "es", "haitian": "fr", "chinese": "zh", "central_asian": "ru"}.get(
        p.community, "en"
    )
    b.pii("DATE_OF_BIRTH", x.dob(lang=lang if r.random() < 0.5 else "en")).t("\n")
    b.t("Address: ").pii("ADDRESS", x.address()).t("\n")
    b.t("Mobile: ").pii("PHONE", x.phone(p.community)).t("   WhatsApp: [x] same\n")
    b.t("Email: ").pii("EMAIL", x.email(p)).t("\n")
    b.t("Library card or IDNYC number: ")
    if r.random() < 0.6:
        b.pii("IDNYC", x.idnyc()).t(" (IDNYC)")
    else:
        b.t(f"2{_digits(r, 13)} (library card)")
    b.t("\nCountry where you were born: ").pii("COUNTRY_OF_BIRTH", _country(r, p)[0])
    b.t(f"\nFirst language: {UNSEEN_COMMUNITIES[p.community]['lang']}   ")
    b.t(f"Years in the U.S.: {r.randint(0, 15)}\n")
    b.t("Why do you want to learn English? ")
    b.t(
        r.choice(
            [
                "for my job",
                "to help my kids with school",
                "to talk to the doctor",
                "citizenship test",
            ]
        )
    )
    b.t("\n\nStaff use only — placement score ").t(str(r.randint(12, 58)))
    staff = _staff(r)
    b.t(", registered by ").pii("PERSON", name_form(r, staff, "given")).t(" ")
    b.pii(
        "EMAIL",
        x.work_email(staff, r.choice(["queenslibrary.org", "bklynlibrary.org", "nypl.org"])),
    )
    b.t("\nNote: student wrote on the back ")
    _status(b, r, "", "any", said="", p=p)
    b.t(" — told the student we do not collect this; crossed out.")


def _complaint_form(b: Any, r: random.Random, x: Ids, p: Person) -> None:
    contact, phone = AGENCY_CONTACTS[0]
    b.t("WORKER COMPLAINT FORM — Paid Safe and Sick Leave / Wage Theft\n")
    b.t(f"Return to: {contact} | {phone} | OLPS@dcwp.nyc.gov\n")
    b.t(f"Complaint no. (office use): {x.case_no('OLPS')}\n\n")
    b.t("1. Your name: ")
    put_name(b, r, p, r.choice(["natural", "last_first", "caps"]))
    b.t("\n2. Date of birth: ").pii("DATE_OF_BIRTH", x.dob()).t("\n")
    b.t("3. Home address: ").pii("ADDRESS", x.address()).t("\n")
    b.t("4. Phone: ").pii("PHONE", x.phone(p.community)).t("  Email: ")
    if r.random() < 0.7:
        b.pii("EMAIL", x.email(p))
    else:
        b.t("none")
    b.t("\n5. SSN or ITIN (optional): ")
    if r.random() < 0.5:
        b.pii("ITIN", x.itin())
    else:
        b.pii("SSN", x.ssn())
    b.t("\n6. Employer name: ").t(r.choice(UNSEEN_EMPLOYERS)).t("\n")
    b.t(f"7. Dates worked: {x.date()} to {x.date()}   Hourly pay: ${r.randint(8, 19)}.00\n")
    b.t(f"8. Language you prefer: {UNSEEN_COMMUNITIES[p.community]['lang']}\n")
    b.t("9. Anything else we should know? ")
    _status(b, r, r.choice(["Boss knows my husband", "Boss knows my wife"]), "en")
    b.t(" and says he will call ICE if we complain. I was born in ")
    b.pii("COUNTRY_OF_BIRTH", _country(r, p)[0]).t(". My passport ")
    b.pii("PASSPORT", x.passport(p.community)).t(" is kept by the boss.\n")
    b.t("10. Who helped you fill this out? ")
    helper = _person(r)
    b.pii("PERSON", name_form(r, helper, "natural")).t(f", {r.choice(UNSEEN_ORGS)}\n\n")
    b.t(f"Signature: ______   Date: {x.date()}")


# -- letters ----------------------------------------------------------------------------------


def letter_f(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    """Fax cover sheets with a referral, tenant association letters, bilingual school nurse
    letters, letters of support."""
    x = Ids(r)
    b = B()
    layout = r.randrange(4)
    if layout == 0:
        _fax(b, r, x)
    elif layout == 1:
        _tenant_letter(b, r, x)
    elif layout == 2:
        _nurse_letter(b, r, x)
    else:
        _support_letter(b, r, x)
    return [(b.text(), b.labels, "")]


def _fax(b: Any, r: random.Random, x: Ids) -> None:
    p, sender, to = _person(r), _staff(r), _staff(r)
    org = r.choice(UNSEEN_ORGS)
    b.t(f"FAX COVER SHEET\n\n{org}\n")
    b.t(f"Date: {x.date()}    Pages (incl. cover): {r.randint(2, 9)}\n")
    b.t("To: ").pii("PERSON", name_form(r, to, r.choice(["western", "initial"])))
    b.t(", Immigration Liaison, NYC Health + Hospitals    Fax: 718-334-5555\n")
    b.t("From: ").pii("PERSON", name_form(r, sender, "western")).t("    Tel: ")
    b.t(f"212-{r.randint(200, 999)}-{_digits(r, 4)} (main line)\n")
    b.t("Re: ").pii("PERSON", name_form(r, p, "caps_last")).t(", DOB ").pii(
        "DATE_OF_BIRTH", x.dob()
    )
    b.t("\n\nCONFIDENTIALITY NOTICE: This fax contains protected health and legal information.\n")
    b.t("-" * 60 + "\n\n")
    b.t("Dear ").t(r.choice(["Ms.", "Mr.", "Dr."])).t(" ").pii("PERSON", to.surname).t(",\n\n")
    b.t("We are referring our client ").pii("PERSON", name_form(r, p, "natural")).t(
        ", who lives at "
    )
    b.pii("ADDRESS", x.address()).t(", for a medical evaluation in support of ")
    b.t(f"an I-589 (our matter {x.case_no('PILC')}). ")
    b.t("Client ")
    _origin(b, r, p).t(" and ")
    b.marked("IMMIGRATION_STATUS", r.choice(UNSEEN_STATUS_EN))
    b.t(". USCIS receipt ").pii("USCIS_RECEIPT", x.receipt()).t("; A# ").pii(
        "A_NUMBER", x.a_number()
    )
    b.t(".\n\nClient can be reached at ").pii("PHONE", x.phone(p.community))
    if r.random() < 0.5:
        b.t(" or by e-mail at ").pii("EMAIL", x.email(p))
    b.t(f". The evaluation must be done before the hearing on {x.date()}.\n\nThank you,\n")
    b.pii("PERSON", name_form(r, sender, "natural")).t("\nParalegal | ")
    b.pii("EMAIL", x.work_email(sender, "parkchesterilc.org")).t("\n")


def _tenant_letter(b: Any, r: random.Random, x: Ids) -> None:
    street, area, zip_, queens = r.choice(UNSEEN_STREETS)
    num = f"{r.randint(30, 220)}-{r.randint(1, 60):02d}" if queens else str(r.randint(12, 2890))
    building = f"{num} {street}, {area}, NY {zip_}"
    b.t(f"{r.choice(['Jackson Heights Tenant Union', 'Tenants of'])} ")
    b.pii("ADDRESS", building).t("\n")
    b.t(
        f"{x.date()}\n\nTo: {r.choice(['Castle Hill Realty LLC', 'Ridgewood Mgmt Co.', 'Parsons Gardens Owners Corp.'])}"
    )
    b.t("\ncc: HPD Division of Code Enforcement, 100 Gold St, New York, NY 10038-1605\n\n")
    b.t("Re: no heat and hot water since ").t(x.date()).t(f"; HPD complaints {_digits(r, 10)}, ")
    b.t(f"{_digits(r, 10)}\n\nTo the management,\n\nWe, the undersigned tenants, ")
    b.t("are writing together because our individual calls have not been answered. ")
    b.t(f"Rent is paid; our rent strike fund holds {x.money()}.\n\n")
    for _ in range(r.randint(3, 5)):
        t = _person(r)
        b.t(f"Apt {r.randint(1, 6)}{r.choice('ABCDEFG')} — ")
        put_name(b, r, t, r.choice(["natural", "western", "honor", "caps"]))
        kind = r.randrange(4)
        if kind == 0:
            b.t(", ").pii("PHONE", x.phone(t.community))
        elif kind == 1:
            b.t(", ").pii("EMAIL", x.email(t))
        elif kind == 2:
            b.t(f", elderly (age {r.randint(70, 94)}), no heat in bedroom")
        else:
            b.t(", infant in the apartment")
        b.t("\n")
    b.t("\nSome of our neighbors are afraid to sign: ")
    t = _person(r)
    b.pii("PERSON", name_form(r, t, "given")).t(" in the basement unit ")
    _status(b, r, "told us she" if t.female else "told us he", "en")
    b.t(", and we ask that you not threaten any tenant about immigration. That is harassment ")
    b.t("under NYC Admin. Code §27-2004.\n\nContact for the association: ")
    chair = _person(r)
    b.pii("PERSON", name_form(r, chair, "natural")).t(", ").pii("PHONE", x.phone_nyc()).t("\n")
    b.t("Housing Court Answers: 212-962-4795")


def _nurse_letter(b: Any, r: random.Random, x: Ids) -> None:
    kid = _person(r, r.choice(["andean", "haitian", "west_african"]))
    parent = _person(r, kid.community, True)
    nurse = _staff(r)
    lang = {"andean": "es", "haitian": "ht", "west_african": "fr"}[kid.community]
    school = r.choice(["P.S. 19 Marino Jeantet", "P.S. 20 John Bowne", "I.S. 230 Roland Patterson"])
    b.t(f"{school}\nOffice of School Health\n{x.date()}\n\n")
    b.t("Dear Parent/Guardian of ").pii("PERSON", name_form(r, kid, "western")).t(",\n")
    greeting = {"es": "Estimado padre/madre de ", "ht": "Chè paran ", "fr": "Chers parents de "}
    b.t(greeting[lang]).pii("PERSON", kid.given).t(",\n\n")
    born = x.dob_parts(child=True)
    b.t("Our records show that your child (date of birth ")
    b.pii("DATE_OF_BIRTH", x.dob(parts=born))
    b.t(") is missing the following immunizations: MMR dose 2, Tdap. ")
    b.t(f"Students without them may be excluded from school after {x.date()}.\n\n")
    if lang == "es":
        b.t("Según nuestros registros, a su hijo/a le faltan vacunas. La fecha de nacimiento que ")
        b.t("tenemos es ").pii("DATE_OF_BIRTH", x.dob(lang="es", parts=born)).t(". ")
    elif lang == "ht":
        b.t("Dapre dosye nou, pitit ou a manke kèk vaksen. Dat li fèt: ")
        b.pii("DATE_OF_BIRTH", x.dob(lang="fr", parts=born)).t(". ")
    else:
        b.t("Selon nos dossiers, il manque des vaccins à votre enfant, né(e) le ")
        b.pii("DATE_OF_BIRTH", x.dob(lang="fr", parts=born)).t(". ")
    b.t("\n\nVaccines are free at NYC Health + Hospitals regardless of immigration status. ")
    b.t("If your child was ")
    country = _country(r, kid)[0]
    b.t("born in ").pii("COUNTRY_OF_BIRTH", country)
    b.t(" and you have the vaccine card from there, please send a copy; we can translate it.\n\n")
    b.t("We have on file: ").pii("PERSON", name_form(r, parent, "natural")).t(", ")
    b.pii("PHONE", x.phone(kid.community)).t(", ").pii("ADDRESS", x.address()).t(".\n")
    b.t("If this is not correct, please call the health office.\n\nSincerely,\n")
    b.pii("PERSON", f"{nurse.given} {nurse.surname}").t(", RN\n")
    b.pii("EMAIL", x.work_email(nurse, "health.nyc.gov")).t("\n")
    b.t("Office of School Health, 42-09 28th St, Long Island City, NY 11101-4132")


def _support_letter(b: Any, r: random.Random, x: Ids) -> None:
    p = _person(r)
    writer = _person(r, p.community)
    org = r.choice(
        [
            "Flatbush Haitian Pastoral Network",
            "Little Bangladesh Community Fund",
            "Sunset Park Health Council",
        ]
    )
    b.t(
        f"{org}\n{x.date()}\n\nU.S. Citizenship and Immigration Services\nTo Whom It May Concern:\n\n"
    )
    b.t("I write in support of the application of ").pii("PERSON", name_form(r, p, "caps"))
    b.t(" (A-number ").pii("A_NUMBER", x.a_number()).t("), born ").pii("DATE_OF_BIRTH", x.dob())
    b.t(" in ").pii("COUNTRY_OF_BIRTH", _country(r, p)[0]).t(". I have known ")
    b.t("her" if p.female else "him").t(f" for {r.randint(2, 12)} years through {org}, where ")
    b.t("she" if p.female else "he").t(" volunteers every week.\n\n")
    b.t("I understand that ").pii("PERSON", p.given).t(" ")
    b.marked("IMMIGRATION_STATUS", r.choice(UNSEEN_STATUS_EN))
    b.t(" and that the case under receipt number ").pii("USCIS_RECEIPT", x.receipt())
    b.t(" is pending. ")
    if r.random() < 0.6:
        b.t("The I-94 record ").pii("I94", x.i94()).t(" shows the date of entry. ")
    b.t("Passport no. ").pii("PASSPORT", x.passport(p.community)).t(" has expired and the ")
    b.t("consulate has not renewed it.\n\n")
    b.t("Family here: ")
    rel = _person(r, p.community)
    b.pii("PERSON", name_form(r, rel, "natural")).t(
        f" ({r.choice(['spouse', 'sister', 'daughter'] if rel.female else ['spouse', 'brother', 'son'])}), "
    )
    b.t("living at ").pii("ADDRESS", x.address()).t(".\n\n")
    b.t("Please contact me with any questions.\n\n")
    b.t(r.choice(["Rev. ", "Imam ", "Pastor ", "Ms. ", "Mr. "])).pii(
        "PERSON", name_form(r, writer, "western")
    )
    b.t("\n").pii("PHONE", x.phone_nyc()).t(" | ").pii("EMAIL", x.email(writer))


# -- CSV extracts -----------------------------------------------------------------------------

Cell = Callable[[Any], Any]


def _rows(B: Callable[[], Any], headers: list[str], rows: list[list[Cell]]) -> Out:
    out: Out = []
    for row in rows:
        for header, fill in zip(headers, row, strict=True):
            b = B()
            fill(b)
            if b.text():
                out.append((b.text(), b.labels, f"{header}: "))
    return out


def _plain(text: str) -> Cell:
    return lambda b: b.t(text)


def _pii(type_: str, value: str) -> Cell:
    return lambda b: b.pii(type_, value)


def csv_extract_f(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    """311 service requests, a mutual-aid spreadsheet, an ESL class roster, a legal clinic
    calendar, a tenant meeting sign-in sheet."""
    x = Ids(r)
    layout = r.randrange(5)
    n = r.randint(3, 6)
    if layout == 0:
        return _csv_311(B, r, x, n)
    if layout == 1:
        return _csv_mutual_aid(B, r, x, n)
    if layout == 2:
        return _csv_roster(B, r, x, n)
    if layout == 3:
        return _csv_calendar(B, r, x, n)
    return _csv_signin(B, r, x, n)


def _csv_311(B: Callable[[], Any], r: random.Random, x: Ids, n: int) -> Out:
    headers = ["Unique Key", "Created Date", "Agency", "Complaint Type", "Incident Address",
               "Caller Name", "Callback #", "Resolution Notes"]  # fmt: skip
    rows = []
    for _ in range(n):
        p = _person(r)

        def notes(b: Any, p: Person = p) -> Any:
            kind = r.randrange(4)
            if kind == 0:
                return (
                    b.t("Caller asked that landlord not be told her name; ")
                    .t("referred to HPD. Caller email ")
                    .pii("EMAIL", x.email(p))
                )
            if kind == 1:
                b.t("Caller stated ")
                return _status(b, r, "she" if p.female else "he", "en").t(", afraid of inspection")
            if kind == 2:
                return b.t("Duplicate of earlier SR; closed")
            return b.t("Caller DOB ").pii("DATE_OF_BIRTH", x.dob()).t(" for ID verification")

        rows.append(
            [
                _plain(str(r.randint(60000000, 69999999))),
                _plain(
                    f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/2026 {r.randint(1, 12):02d}:{r.randint(0, 59):02d}:00 {r.choice(['AM', 'PM'])}"
                ),
                _plain(r.choice(["HPD", "DEP", "DSNY", "DOB"])),
                _plain(
                    r.choice(["HEAT/HOT WATER", "PLUMBING", "Noise - Residential", "PAINT/PLASTER"])
                ),
                _pii("ADDRESS", x.address(with_city=r.random() < 0.5).upper()),
                _pii("PERSON", name_form(r, p, r.choice(["caps_last", "caps", "natural"]))),
                _pii("PHONE", x.phone_nyc()),
                notes,
            ]
        )
    return _rows(B, headers, rows)


def _csv_mutual_aid(B: Callable[[], Any], r: random.Random, x: Ids, n: int) -> Out:
    headers = ["Nombre / Name", "WhatsApp", "Dirección", "Fecha nac.", "País", "Situación",
               "Necesita", "Voluntario"]  # fmt: skip
    rows = []
    vol = _staff(r)
    for _ in range(n):
        p = _person(r)
        country, demonym, code = _country(r, p)
        status: Cell
        if r.random() < 0.7:
            phrase = _native_phrase(r, p.community)
            status = lambda b, phrase=phrase: b.marked("IMMIGRATION_STATUS", phrase)  # noqa: E731
        else:
            status = _plain("?")
        rows.append(
            [
                _pii("PERSON", name_form(r, p, r.choice(["natural", "lower", "nick", "nickq"]))),
                _pii("PHONE", x.phone(p.community)),
                _pii("ADDRESS", x.address(with_city=False)),
                _pii("DATE_OF_BIRTH", x.dob(lang=r.choice(["en", "es"]))),
                _pii("COUNTRY_OF_BIRTH", r.choice([country, demonym])),
                status,
                _plain(
                    r.choice(["comida", "pañales", "MetroCard", "abogado", "abrigo de invierno"])
                ),
                _pii("PERSON", vol.nick if r.random() < 0.5 else vol.given),
            ]
        )
    return _rows(B, headers, rows)


def _csv_roster(B: Callable[[], Any], r: random.Random, x: Ids, n: int) -> Out:
    headers = ["Last", "First", "IDNYC #", "DOB", "Country of origin", "Home language", "Phone",
               "Email", "Attendance"]  # fmt: skip
    rows = []
    for _ in range(n):
        p = _person(r)
        country, demonym, code = _country(r, p)
        rows.append(
            [
                _pii("PERSON", p.surname),
                _pii("PERSON", p.given),
                _pii("IDNYC", x.idnyc()) if r.random() < 0.7 else _plain(""),
                _pii("DATE_OF_BIRTH", x.dob()),
                _pii("COUNTRY_OF_BIRTH", r.choice([country, code])),
                _plain(UNSEEN_COMMUNITIES[p.community]["lang"]),
                _pii("PHONE", x.phone(p.community)),
                _pii("EMAIL", x.email(p)) if r.random() < 0.6 else _plain("n/a"),
                _plain(f"{r.randint(3, 12)}/12"),
            ]
        )
    return _rows(B, headers, rows)


def _csv_calendar(B: Callable[[], Any], r: random.Random, x: Ids, n: int) -> Out:
    headers = ["Appt", "Client", "A#", "Receipt #", "I-94", "Matter", "EAD cat.", "Nat.",
               "Attorney", "Room"]  # fmt: skip
    rows = []
    attorneys = [_staff(r) for _ in range(2)]
    for _ in range(n):
        p = _person(r)
        att = r.choice(attorneys)
        country, demonym, code = _country(r, p)
        rows.append(
            [
                _plain(f"{x.date()} {x.time()}"),
                _pii("PERSON", name_form(r, p, r.choice(["caps_last", "last_first", "natural"]))),
                _pii("A_NUMBER", x.a_number()),
                _pii("USCIS_RECEIPT", x.receipt()) if r.random() < 0.7 else _plain("none yet"),
                _pii("I94", x.i94()) if r.random() < 0.5 else _plain(""),
                _plain(
                    r.choice(
                        [
                            "I-589 prep",
                            "EOIR master",
                            "I-765 renewal",
                            "I-130 interview prep",
                            "FOIA",
                        ]
                    )
                ),
                _pii("IMMIGRATION_STATUS", r.choice(UNSEEN_STATUS_CODES["ead"]))
                if r.random() < 0.6
                else _pii("IMMIGRATION_STATUS", r.choice(UNSEEN_STATUS_CODES["short"])),
                _pii("COUNTRY_OF_BIRTH", code if r.random() < 0.6 else demonym),
                _pii("PERSON", name_form(r, att, "initial")),
                _plain(r.choice(["2A", "Zoom", "phone", "3"])),
            ]
        )
    return _rows(B, headers, rows)


def _csv_signin(B: Callable[[], Any], r: random.Random, x: Ids, n: int) -> Out:
    headers = ["Apt", "Name", "Phone", "Email", "Language", "SSN/ITIN (for rent receipts)",
               "Passport (if no other ID)", "Notes"]  # fmt: skip
    rows = []
    for _ in range(n):
        p = _person(r)
        kind = r.randrange(3)
        tax: Cell = (
            _pii("SSN", x.ssn())
            if kind == 0
            else _pii("ITIN", x.itin())
            if kind == 1
            else _plain("")
        )

        def note(b: Any, p: Person = p) -> Any:
            kind = r.randrange(3)
            if kind == 0:
                return (
                    b.t("lives with ").pii("PERSON", _person(r, p.community).given).t(" (cousin)")
                )
            if kind == 1:
                return b.t("DOB ").pii("DATE_OF_BIRTH", x.dob()).t(" — wants ERAP help")
            return b.t("building captain, floor 3")

        rows.append(
            [
                _plain(f"{r.randint(1, 6)}{r.choice('ABCDEF')}"),
                _pii("PERSON", name_form(r, p, r.choice(["natural", "lower", "caps", "initial"]))),
                _pii("PHONE", x.phone(p.community)),
                _pii("EMAIL", x.email(p)) if r.random() < 0.5 else _plain(""),
                _plain(UNSEEN_COMMUNITIES[p.community]["lang"]),
                tax,
                _pii("PASSPORT", x.passport(p.community)) if r.random() < 0.3 else _plain(""),
                note,
            ]
        )
    return _rows(B, headers, rows)


UNSEEN_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_f": case_note_f,
    "intake_form_f": intake_form_f,
    "letter_f": letter_f,
    "csv_extract_f": csv_extract_f,
}
