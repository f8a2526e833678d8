"""The "holdout" split: templates "*_d", written 2026-12-02, kept blind for the final measurement.

Nobody improving the scanner should read this file: the fresh split ("*_c") stopped being
blind when the recognizers were improved against its misses, so this split is the one left
for an honest measurement at the end. It was written without opening the recognizers, their
data files or the "c" templates and their pools, from what New York City agency paperwork
looks like: DHS shelter case notes and PATH intake sheets, H+H registration and social-work
notes, DOE enrollment forms and counselor notes, HRA case notes and notices, legal-services
intakes and call notes, letters to immigration and family courts, and CSV exports of
case-management systems. Layouts and phrasing vary widely ("Label: value", "Label ____ value",
padded table columns, "LAST, FIRST M", capitals, hurried lower-case typing, hard-wrapped lines,
typos), with Spanish, Haitian Creole and French mixed in.

Everything here has its own pools (names disjoint from every older pool, about a third of them
rare; streets; status phrasings; countries with Spanish, French and ISO forms) and its own
generator, `HoldoutFake`, seeded by the template's own random stream, so adding this split
changed nothing in dev, eval or fresh. Distractors a privacy officer would leave alone stay
unlabelled: case, docket and index numbers, hearing and appointment dates, amounts, agency
addresses (some with ZIP+4) and phone numbers, organisation names (many named after people:
"Francis Lewis High School", "NYC Health + Hospitals/Lincoln"), streets named after people,
language names that are also nationalities ("Language: Russian"), unchecked status boxes.

A CSV cell's prefix is its column header as written, separators turned into spaces.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Out = list[tuple[str, list[Any], str]]

HOLDOUT_GIVEN_F = """
Dulce Leticia Yolanda Nayeli Yessica Marleny Ingrid Gabriela Araceli Maribel Zoila Idalia
Jocelyne Fabienne Marjorie Guerda Manoucheka Roseline Aissatou Oumou Binta Adama Abena Efua
Folake Yetunde Bukola Anjali Shahana Rubina Sabina Harpreet Lakshmi Nasrin Parvin Sunita
Chunhua Meifang Yanping Svetlana Irina Tatiana Gulnara Malika Fatima Amira Nour Rania Hanan
Salma Sita Yangchen Soo-jin Eun-ji Patricia Linda Denise Shanice Latoya Christine Beatriz
Claudia Lorena Miriam Teresa
""".split()
HOLDOUT_GIVEN_M = """
Alejandro Fernando Andrés Rigoberto Josué Elvis Reginald Franklin Yeison Kelvin Mauricio Rolando
Geovanny Wisly Lovensky Kervens Wilner Fritznel Jameson Guerby Ernst Moussa Mamady Lamine
Boubacar Seydou Kwabena Kojo Yaw Emeka Chidi Tunde Obinna Segun Sanjay Deepak Arif Imran
Rajesh Rafiq Jahangir Vikram Guang Jun Kwok Weiming Haoran Dmitri Alexei Bogdan Bakhtiyor
Timur Sardor Aziz Hassan Samir Tariq Nabil Dawa Lhakpa Pasang Norbu Bishnu Ramesh Hyun-woo
Robert Anthony Marcus Brian Hector Osvaldo Nelson Darnell
""".split()
HOLDOUT_GIVEN_RARE_F = """
Eulogia Filomena Prudencia Eufemia Yulissa Darlenys Dieunane Kerlange Rosenie Fedna Jannatul
Mahmuda Shamsun Ferdousi Djenabou Shahzoda Dilfuza Oyuunchimeg Bolormaa Tsetseg Zhyldyz
Tsehay Abebech Qiuyue Wayra Sumaq
""".split()
HOLDOUT_GIVEN_RARE_M = """
Yovany Anacleto Eustaquio Evaristo Jhonatan Deivy Anyelo Yordy Maikol Dieuseul Elifaite
Wiltord Dieujuste Bekzod Aibek Nurlan Gankhuyag Tekleab Mehari Sinchi Inti Zhuoran Gyalpo
Fodé
""".split()
HOLDOUT_SURNAMES = """
Vargas Montero Liriano Cabrera Pimentel Frías Tejada Castro Ramos Villalobos Herrera Medina
Salazar Peña Ureña Almánzar Tavárez Sosa Fernández Quispe Mamani Zhunio Yupa Lojano Lindor
Pétion Jolicoeur Etienne Augustin Toussaint Dorcely Noel Alexis Michel Lafortune Dieudonné
Lubin Joachim Gueye Balde Kouyaté Doumbia Sissoko Faye Kaba Condé Ofori Agyeman Asante
Okonkwo Okeke Adebayo Balogun Alam Haque Khatun Sultana Majumder Sarker Grewal Dhillon Sharma
Thapa Ghising Rai Shrestha Deng Zhao Wu Jiang Gao Sun Ma Zhu Hu Luo Yu Kwan Tse Yip Leung Tang
Fung Shin Kang Seo Han Kuznetsov Popov Sokolova Moroz Kravchenko Tkachenko Yusupov Rakhimov
Nazarova Darwish Khoury Hamdan Abdullah Farouk Mahmoud Qasem Dolma Wangmo Mazur Kaczmarek
Lewandowska Davis Thompson Robinson Walker Harris Greene
""".split()
HOLDOUT_SURNAMES_RARE = """
Tzul Ajcalón Tacuri Quinatoa Pichisaca Sisalima Cumbicus Llivichuzhca Dutan Zhagui Guamancela
Pomavilla Ayavaca Saquicela Désinor Thermidor Fleurimond Brutus Vilsaint Estimé Mondésir
Sainvil Diabaté Coulibaly Sangaré Dembélé Kanouté Gassama Jallow Ceesay Drammeh Tshibangu Mbuyi
Nkurunziza Habimana Gebrehiwot Tesfamariam Woldemichael Batbayar Dzhumabaev Turgunbaeva
Ergashev Ismoilov Ramnarine Seepersad Dhanraj Bissoondial Choephel Tsundue Gyaltsen
""".split()
HOLDOUT_COMPOUND_SURNAMES = [
    "De la Paz",
    "del Valle",
    "da Silva",
    "dos Reis",
    "St. Surin",
    "Saint-Fort",
    "N'Diaye",
    "D'Souza",
    "O'Connell",
    "Ben Amor",
    "Abu Zeid",
    "el-Sayed",
    "Saint-Hilaire",
    "Saint-Juste",
    "Mora-Quintero",
    "Villa Lobato",
]

HOLDOUT_STATUS_EN = [
    "has [no lawful status]",
    "is [undocumented] and has never applied for anything",
    "has an [asylum case pending] in immigration court",
    "filed an I-589 last year ([asylum pending])",
    "was [paroled] into the US at the border",
    "came in on [CBP One parole]",
    "was let in under the [CHNV parole program]",
    "arrived through [Uniting for Ukraine]",
    "won [withholding] at her individual hearing",
    "is under an [order of supervision]",
    "is a [conditional permanent resident]",
    "has had a [green card] since 2019",
    "is a [permanent resident]",
    "is a [naturalized U.S. citizen]",
    "was granted [deferred action]",
    "has an approved [Special Immigrant Juvenile] petition",
    "came as an [unaccompanied minor]",
    "has a [pending U visa] petition",
    "is a [VAWA self-petitioner]",
    "re-registered for [TPS]",
    "[stayed past the tourist visa]",
    "entered [EWI] in 2022",
    "has a [removal order] from 2017",
    "was [ordered removed in absentia]",
    "is [in removal proceedings] (NTA filed)",
    "is a [derivative asylee]",
    "was [granted asylum] in 2021",
    "is on an [F-1 student visa]",
    "is a [refugee] resettled through IRC",
    "is [out of status] since her visa expired",
    "is [undoc]",
    "is [PRUCOL]",
    "is a [qualified alien]",
]
HOLDOUT_STATUS_ES = [
    "anda [sin documentos]",
    "está [sin estatus]",
    "[pidió asilo] en la frontera",
    "tiene su [caso de asilo] abierto en corte",
    "tiene [asilo político]",
    "ya es [residente legal]",
    "tiene la [residencia]",
    "está [amparado por el TPS]",
    "está [en proceso de remoción]",
    "le dieron [deportación en ausencia]",
    "entró con [parole humanitario]",
    "tiene [DACA] desde 2014",
    "tiene la [visa vencida]",
    "es [ciudadana americana]",
    "es [refugiado]",
]
HOLDOUT_STATUS_HT = [
    "li [san papye]",
    "li se [demandè azil]",
    "li gen [TPS]",
    "li se [rezidan pèmanan]",
    "elle est [sans papiers]",
    "elle est [demandeuse d'asile]",
    "il a le [statut de réfugié]",
]
HOLDOUT_STATUS_CELLS = [
    "Asylum pndg (I-589 filed)",
    "Asylum - affirmative (pending)",
    "TPS-Haiti",
    "TPS/EAD",
    "LPR (I-551)",
    "PAROLE (CBP ONE)",
    "Undocumented/no status",
    "UNDOC",
    "EWI",
    "SIJS pending",
    "U-Visa pending",
    "DACA (renewal)",
    "Refugee (I-590)",
    "Asylee",
    "Citizen - naturalized",
    "Conditional LPR",
    "Removal proceedings",
    "Final order",
    "Parolee - humanitarian",
    "Withholding granted",
    "Sin estatus",
    "Solicitante de asilo",
    "PRUCOL",
    "Qualified alien",
    "T-visa applicant",
]


@dataclass(frozen=True)
class HCountry:
    en: str
    adj: str  # English nationality
    es: str
    es_adj: tuple[str, str]  # Spanish nationality (feminine, masculine)
    fr: str
    iso3: str


HOLDOUT_COUNTRIES = [
    HCountry("Ecuador", "Ecuadorian", "Ecuador", ("ecuatoriana", "ecuatoriano"), "Équateur", "ECU"),
    HCountry("Mexico", "Mexican", "México", ("mexicana", "mexicano"), "Mexique", "MEX"),
    HCountry(
        "Dominican Republic",
        "Dominican",
        "República Dominicana",
        ("dominicana", "dominicano"),
        "République dominicaine",
        "DOM",
    ),
    HCountry(
        "Guatemala", "Guatemalan", "Guatemala", ("guatemalteca", "guatemalteco"), "Guatemala", "GTM"
    ),
    HCountry("Honduras", "Honduran", "Honduras", ("hondureña", "hondureño"), "Honduras", "HND"),
    HCountry(
        "El Salvador",
        "Salvadoran",
        "El Salvador",
        ("salvadoreña", "salvadoreño"),
        "Salvador",
        "SLV",
    ),
    HCountry(
        "Venezuela", "Venezuelan", "Venezuela", ("venezolana", "venezolano"), "Venezuela", "VEN"
    ),
    HCountry("Colombia", "Colombian", "Colombia", ("colombiana", "colombiano"), "Colombie", "COL"),
    HCountry("Peru", "Peruvian", "Perú", ("peruana", "peruano"), "Pérou", "PER"),
    HCountry("Bolivia", "Bolivian", "Bolivia", ("boliviana", "boliviano"), "Bolivie", "BOL"),
    HCountry(
        "Nicaragua", "Nicaraguan", "Nicaragua", ("nicaragüense", "nicaragüense"), "Nicaragua", "NIC"
    ),
    HCountry("Cuba", "Cuban", "Cuba", ("cubana", "cubano"), "Cuba", "CUB"),
    HCountry("Haiti", "Haitian", "Haití", ("haitiana", "haitiano"), "Haïti", "HTI"),
    HCountry("Guyana", "Guyanese", "Guyana", ("guyanesa", "guyanés"), "Guyana", "GUY"),
    HCountry("China", "Chinese", "China", ("china", "chino"), "Chine", "CHN"),
    HCountry(
        "Bangladesh", "Bangladeshi", "Bangladés", ("bangladesí", "bangladesí"), "Bangladesh", "BGD"
    ),
    HCountry("India", "Indian", "India", ("india", "indio"), "Inde", "IND"),
    HCountry("Nepal", "Nepalese", "Nepal", ("nepalí", "nepalí"), "Népal", "NPL"),
    HCountry("Pakistan", "Pakistani", "Pakistán", ("pakistaní", "pakistaní"), "Pakistan", "PAK"),
    HCountry("Senegal", "Senegalese", "Senegal", ("senegalesa", "senegalés"), "Sénégal", "SEN"),
    HCountry("Guinea", "Guinean", "Guinea", ("guineana", "guineano"), "Guinée", "GIN"),
    HCountry("Mali", "Malian", "Malí", ("maliense", "maliense"), "Mali", "MLI"),
    HCountry(
        "Mauritania", "Mauritanian", "Mauritania", ("mauritana", "mauritano"), "Mauritanie", "MRT"
    ),
    HCountry(
        "Burkina Faso",
        "Burkinabè",
        "Burkina Faso",
        ("burkinesa", "burkinés"),
        "Burkina Faso",
        "BFA",
    ),
    HCountry(
        "Côte d'Ivoire",
        "Ivorian",
        "Costa de Marfil",
        ("marfileña", "marfileño"),
        "Côte d'Ivoire",
        "CIV",
    ),
    HCountry("Ghana", "Ghanaian", "Ghana", ("ghanesa", "ghanés"), "Ghana", "GHA"),
    HCountry("Nigeria", "Nigerian", "Nigeria", ("nigeriana", "nigeriano"), "Nigeria", "NGA"),
    HCountry("The Gambia", "Gambian", "Gambia", ("gambiana", "gambiano"), "Gambie", "GMB"),
    HCountry(
        "Sierra Leone",
        "Sierra Leonean",
        "Sierra Leona",
        ("sierraleonesa", "sierraleonés"),
        "Sierra Leone",
        "SLE",
    ),
    HCountry("Cameroon", "Cameroonian", "Camerún", ("camerunesa", "camerunés"), "Cameroun", "CMR"),
    HCountry(
        "DR Congo",
        "Congolese",
        "República Democrática del Congo",
        ("congoleña", "congoleño"),
        "RD Congo",
        "COD",
    ),
    HCountry("Angola", "Angolan", "Angola", ("angoleña", "angoleño"), "Angola", "AGO"),
    HCountry("Ethiopia", "Ethiopian", "Etiopía", ("etíope", "etíope"), "Éthiopie", "ETH"),
    HCountry("Eritrea", "Eritrean", "Eritrea", ("eritrea", "eritreo"), "Érythrée", "ERI"),
    HCountry("Egypt", "Egyptian", "Egipto", ("egipcia", "egipcio"), "Égypte", "EGY"),
    HCountry("Yemen", "Yemeni", "Yemen", ("yemení", "yemení"), "Yémen", "YEM"),
    HCountry("Morocco", "Moroccan", "Marruecos", ("marroquí", "marroquí"), "Maroc", "MAR"),
    HCountry("Afghanistan", "Afghan", "Afganistán", ("afgana", "afgano"), "Afghanistan", "AFG"),
    HCountry("Uzbekistan", "Uzbek", "Uzbekistán", ("uzbeka", "uzbeko"), "Ouzbékistan", "UZB"),
    HCountry("Kyrgyzstan", "Kyrgyz", "Kirguistán", ("kirguisa", "kirguís"), "Kirghizistan", "KGZ"),
    HCountry("Tajikistan", "Tajik", "Tayikistán", ("tayika", "tayiko"), "Tadjikistan", "TJK"),
    HCountry("Russia", "Russian", "Rusia", ("rusa", "ruso"), "Russie", "RUS"),
    HCountry("Ukraine", "Ukrainian", "Ucrania", ("ucraniana", "ucraniano"), "Ukraine", "UKR"),
    HCountry("Georgia", "Georgian", "Georgia", ("georgiana", "georgiano"), "Géorgie", "GEO"),
    HCountry("Turkey", "Turkish", "Turquía", ("turca", "turco"), "Turquie", "TUR"),
    HCountry("Albania", "Albanian", "Albania", ("albanesa", "albanés"), "Albanie", "ALB"),
    HCountry(
        "Philippines", "Filipino", "Filipinas", ("filipina", "filipino"), "Philippines", "PHL"
    ),
    HCountry("Mongolia", "Mongolian", "Mongolia", ("mongola", "mongol"), "Mongolie", "MNG"),
    HCountry("Brazil", "Brazilian", "Brasil", ("brasileña", "brasileño"), "Brésil", "BRA"),
]

# (street, [(place, ZIP), ...], Queens-style hyphenated house numbers)
HOLDOUT_STREETS = [
    # Bronx
    ("Ryer Ave", [("Bronx", "10457"), ("Bronx", "10458")], False),
    ("Morris Park Ave", [("Bronx", "10460"), ("Bronx", "10462")], False),
    ("Edward L Grant Hwy", [("Bronx", "10452")], False),
    ("Dr Martin Luther King Jr Blvd", [("Bronx", "10453")], False),
    ("Rev James A Polite Ave", [("Bronx", "10459")], False),
    ("E Tremont Ave", [("Bronx", "10457"), ("Bronx", "10460")], False),
    ("E Fordham Rd", [("Bronx", "10458")], False),
    ("W Kingsbridge Rd", [("Bronx", "10463"), ("Bronx", "10468")], False),
    ("E Gun Hill Rd", [("Bronx", "10467"), ("Bronx", "10469")], False),
    ("Allerton Ave", [("Bronx", "10467"), ("Bronx", "10469")], False),
    ("Story Ave", [("Bronx", "10473")], False),
    ("Hughes Ave", [("Bronx", "10457"), ("Bronx", "10458")], False),
    ("Belmont Ave", [("Bronx", "10457"), ("Bronx", "10458")], False),
    ("Prospect Ave", [("Bronx", "10455"), ("Bronx", "10459")], False),
    ("Longwood Ave", [("Bronx", "10455"), ("Bronx", "10459")], False),
    ("Kelly St", [("Bronx", "10459")], False),
    ("Tiffany St", [("Bronx", "10459")], False),
    ("Hoe Ave", [("Bronx", "10459"), ("Bronx", "10460")], False),
    ("Vyse Ave", [("Bronx", "10460")], False),
    ("Clay Ave", [("Bronx", "10456"), ("Bronx", "10457")], False),
    ("Teller Ave", [("Bronx", "10456")], False),
    ("Sheridan Ave", [("Bronx", "10456"), ("Bronx", "10452")], False),
    ("Castle Hill Ave", [("Bronx", "10462"), ("Bronx", "10473")], False),
    ("White Plains Rd", [("Bronx", "10467"), ("Bronx", "10472")], False),
    ("Ogden Ave", [("Bronx", "10452")], False),
    ("Valentine Ave", [("Bronx", "10457"), ("Bronx", "10458")], False),
    ("Anthony Ave", [("Bronx", "10457")], False),
    ("Grant Ave", [("Bronx", "10456")], False),
    ("Andrews Ave", [("Bronx", "10453")], False),
    # Manhattan
    ("Amsterdam Ave", [("New York", "10031"), ("New York", "10032")], False),
    ("Fort Washington Ave", [("New York", "10032"), ("New York", "10033")], False),
    ("Academy St", [("New York", "10034")], False),
    ("Isham St", [("New York", "10034")], False),
    ("Seaman Ave", [("New York", "10034")], False),
    ("Wadsworth Ave", [("New York", "10033"), ("New York", "10040")], False),
    ("Sherman Ave", [("New York", "10034"), ("New York", "10040")], False),
    ("Vermilyea Ave", [("New York", "10034")], False),
    ("E 116th St", [("New York", "10029")], False),
    ("W 207th St", [("New York", "10034")], False),
    ("Eldridge St", [("New York", "10002")], False),
    ("Henry St", [("New York", "10002")], False),
    ("Madison St", [("New York", "10002")], False),
    ("Pitt St", [("New York", "10002")], False),
    # Brooklyn
    ("Marcus Garvey Blvd", [("Brooklyn", "11216"), ("Brooklyn", "11221")], False),
    ("Tompkins Ave", [("Brooklyn", "11216"), ("Brooklyn", "11221")], False),
    ("Lewis Ave", [("Brooklyn", "11221"), ("Brooklyn", "11233")], False),
    ("Hancock St", [("Brooklyn", "11216"), ("Brooklyn", "11233")], False),
    ("Flatlands Ave", [("Brooklyn", "11236"), ("Brooklyn", "11207")], False),
    ("Rockaway Pkwy", [("Brooklyn", "11236"), ("Brooklyn", "11212")], False),
    ("Linden Blvd", [("Brooklyn", "11207"), ("Brooklyn", "11203")], False),
    ("Wyckoff Ave", [("Brooklyn", "11237")], False),
    ("4th Ave", [("Brooklyn", "11220"), ("Brooklyn", "11232")], False),
    ("Bay Pkwy", [("Brooklyn", "11204"), ("Brooklyn", "11214")], False),
    ("Kings Hwy", [("Brooklyn", "11223"), ("Brooklyn", "11229")], False),
    ("Brighton Beach Ave", [("Brooklyn", "11235")], False),
    ("Rutland Rd", [("Brooklyn", "11203"), ("Brooklyn", "11225")], False),
    ("Lenox Rd", [("Brooklyn", "11226"), ("Brooklyn", "11203")], False),
    ("Martense St", [("Brooklyn", "11226")], False),
    ("Kingston Ave", [("Brooklyn", "11213"), ("Brooklyn", "11225")], False),
    ("Sutter Ave", [("Brooklyn", "11207"), ("Brooklyn", "11212")], False),
    # Queens
    ("Horace Harding Expy", [("Corona", "11368"), ("Flushing", "11355")], True),
    ("Jewel Ave", [("Flushing", "11367")], True),
    ("Leavitt St", [("Flushing", "11354")], True),
    ("Bowne St", [("Flushing", "11354"), ("Flushing", "11355")], True),
    ("Cypress Ave", [("Ridgewood", "11385")], True),
    ("Seneca Ave", [("Ridgewood", "11385")], True),
    ("Union Tpke", [("Fresh Meadows", "11366")], True),
    ("Hempstead Ave", [("Queens Village", "11429")], True),
    ("Springfield Blvd", [("Queens Village", "11429"), ("Springfield Gardens", "11413")], True),
    ("Ithaca St", [("Elmhurst", "11373")], True),
    ("Baxter Ave", [("Elmhurst", "11373")], True),
    ("National St", [("Corona", "11368")], True),
    ("Astoria Blvd", [("Astoria", "11102"), ("East Elmhurst", "11369")], True),
    ("31st Ave", [("Astoria", "11106"), ("East Elmhurst", "11370")], True),
    ("Sanford Ave", [("Flushing", "11355")], True),
    ("101st Ave", [("Ozone Park", "11416"), ("Richmond Hill", "11419")], True),
    ("Lefferts Blvd", [("South Richmond Hill", "11419"), ("South Ozone Park", "11420")], True),
    ("Woodhaven Blvd", [("Woodhaven", "11421")], True),
    ("Hollis Ave", [("St. Albans", "11412"), ("Queens Village", "11429")], True),
    ("Farmers Blvd", [("St. Albans", "11412"), ("Jamaica", "11434")], True),
    ("Francis Lewis Blvd", [("Cambria Heights", "11411"), ("Flushing", "11358")], True),
    ("94th St", [("East Elmhurst", "11369"), ("Jackson Heights", "11372")], True),
    ("104th St", [("Corona", "11368")], True),
    ("Rockaway Blvd", [("South Ozone Park", "11420"), ("Jamaica", "11434")], True),
    # Staten Island
    ("Forest Ave", [("Staten Island", "10310"), ("Staten Island", "10314")], False),
    ("Clove Rd", [("Staten Island", "10301"), ("Staten Island", "10310")], False),
    ("Hylan Blvd", [("Staten Island", "10305"), ("Staten Island", "10306")], False),
    ("Van Duzer St", [("Staten Island", "10301"), ("Staten Island", "10304")], False),
    ("Richmond Terrace", [("Staten Island", "10302"), ("Staten Island", "10303")], False),
    ("Bay St", [("Staten Island", "10301"), ("Staten Island", "10304")], False),
    ("Vanderbilt Ave", [("Staten Island", "10304")], False),
    ("Jewett Ave", [("Staten Island", "10302"), ("Staten Island", "10314")], False),
]
_PLACE_SPELLINGS = {
    "Bronx": ["Bronx", "Bronx", "The Bronx", "BX", "Bronx New York"],
    "New York": ["New York", "New York", "NY", "Manhattan", "NYC"],
    "Brooklyn": ["Brooklyn", "Brooklyn", "Bklyn", "BKLYN", "Brooklyn New York"],
    "Staten Island": ["Staten Island", "Staten Island", "S.I.", "SI"],
}
_UNITS = [
    "Apt 2F",
    "Apt. 6-D",
    "#3R",
    "Unit 12",
    "Fl 3",
    "3rd Floor",
    "Bsmt",
    "Basement",
    "Apt 1 Rear",
    "Apt 4-B",
    "APT 5C",
    "Apto. 3B",
    "# 1L",
    "Apt 21G",
    "2nd fl",
    "Ground Fl",
    "Apt B2",
    "Rm 3",
]
_UNIT_NUMBERS = ["1", "2", "3", "4", "5", "6", "1A", "2C", "3D", "4F", "5H", "6J", "10E", "14K"]

MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
MONTHS_ES = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
).split()
MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
MONTHS_HT = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm".split()

PHONE_AREAS = ["718", "347", "929", "917", "646", "212", "332", "516", "201", "973", "914"]
ABROAD = [
    "+502 {4} {4}",
    "+593 9{1} {3} {4}",
    "+52 1 55 {4} {4}",
    "+52 {3} {3} {4}",
    "+1 (809) {3}-{4}",
    "+1-829-{3}-{4}",
    "+509 3{1} {2} {4}",
    "+509 4{3}-{4}",
    "+504 9{3}-{4}",
    "+503 7{3} {4}",
    "+57 3{2} {3} {4}",
    "+58 414-{3}-{4}",
    "+880 17{2}-{6}",
    "+86 13{1} {4} {4}",
    "+91 98{3} {5}",
    "+221 77 {3} {2} {2}",
    "+233 24 {3} {4}",
    "+7 (9{2}) {3}-{2}-{2}",
    "+977-98{8}",
    "+998 90 {3} {2} {2}",
    "011 502 {4} {4}",
    "011-593-9{1}-{3}-{4}",
    "00 224 6{2} {2} {2} {2}",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "gmail.com",
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "icloud.com",
    "outlook.com",
    "live.com",
    "yahoo.com.mx",
    "hotmail.es",
    "msn.com",
    "ymail.com",
]
LANGUAGES = [
    "Spanish",
    "K'iche'",
    "Mam",
    "Kichwa",
    "Haitian Creole",
    "French",
    "Wolof",
    "Pulaar",
    "Mandinka",
    "Bangla",
    "Nepali",
    "Tibetan",
    "Mandarin",
    "Cantonese",
    "Fuzhounese",
    "Russian",
    "Uzbek",
    "Arabic",
    "Twi",
    "Soninke",
    "Portuguese",
    "Dari",
    "English",
    "Punjabi",
    "Turkish",
    "Ukrainian",
]
TYPOS = {
    "received": "recieved",
    "appointment": "appointmnet",
    "address": "adress",
    "client": "cleint",
    "patient": "pateint",
    "necessary": "neccessary",
    "because": "becuase",
    "tomorrow": "tomorow",
    "referred": "reffered",
    "document": "docuemnt",
    "hearing": "hearng",
    "family": "famliy",
    "information": "infomation",
    "immediately": "immediatly",
    "separate": "seperate",
}


def fold(text: str) -> str:
    """Accents dropped, as case-management exports and older systems print names."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True)
class HPerson:
    given: str
    middle: str
    surname: str  # may hold two surnames or a particle ("Quispe Tacuri", "del Valle")
    female: bool

    def natural(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    def short(self) -> str:
        return f"{self.given} {self.surname}"

    def last_first(self) -> str:
        mi = f" {self.middle[0]}." if self.middle else ""
        return f"{self.surname}, {self.given}{mi}"

    def caps_last_first(self) -> str:
        first = " ".join(p for p in (self.given, self.middle) if p)
        return f"{fold(self.surname).upper()}, {fold(first).upper()}"

    def caps(self) -> str:
        return fold(self.natural()).upper()

    def initial(self) -> str:
        return f"{self.given[0]}. {self.surname}"

    def any_form(self, r: random.Random) -> str:
        return r.choice(
            [
                self.natural(),
                self.short(),
                self.short(),
                self.last_first(),
                self.caps(),
                self.caps_last_first(),
                self.short().lower(),
            ]
        )

    def title(self, lang: str = "en") -> str:
        titles = {
            "en": ("Ms.", "Mr."),
            "es": ("Sra.", "Sr."),
            "fr": ("Mme", "M."),
            "ht": ("Madan", "Msye"),
        }
        return titles[lang][0 if self.female else 1]

    def he(self) -> str:
        return "she" if self.female else "he"

    def his(self) -> str:
        return "her" if self.female else "his"


class HoldoutFake:
    """Values in the layouts New York agency staff and systems produce."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.birth_year = 1990

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def p(self, chance: float) -> bool:
        return self.r.random() < chance

    # -- people ------------------------------------------------------------------------------

    def _given(self, female: bool) -> str:
        common, rare = (
            (HOLDOUT_GIVEN_F, HOLDOUT_GIVEN_RARE_F)
            if female
            else (HOLDOUT_GIVEN_M, HOLDOUT_GIVEN_RARE_M)
        )
        return self.r.choice(rare if self.p(0.3) else common)

    def _surname(self) -> str:
        x = self.r.random()
        if x < 0.08:
            return self.r.choice(HOLDOUT_COMPOUND_SURNAMES)
        return self.r.choice(HOLDOUT_SURNAMES_RARE if x < 0.36 else HOLDOUT_SURNAMES)

    def person(self, female: bool | None = None, surname: str | None = None) -> HPerson:
        female = self.p(0.55) if female is None else female
        given = self._given(female)
        middle = self._given(female) if self.p(0.25) else ""
        last = surname or self._surname()
        if surname is None and self.p(0.2):
            second = self._surname()
            if second != last:
                last = f"{last} {second}"
        return HPerson(given, "" if middle == given else middle, last, female)

    def child_of(self, parent: HPerson) -> HPerson:
        return self.person(surname=parent.surname if self.p(0.7) else None)

    # -- identifiers -------------------------------------------------------------------------

    def a_number(self) -> str:
        if self.p(0.15):
            d = self.r.choice("123456789") + self.digits(7)
            return self.r.choice(
                [
                    f"A{d}",
                    f"A {d}",
                    f"A{d[:2]} {d[2:5]} {d[5:]}",
                    f"A0{d}",
                    f"{d[:2]}-{d[2:5]}-{d[5:]}",
                ]
            )
        d = self.r.choice("0222") + self.digits(8)
        g = (d[:3], d[3:6], d[6:])
        return self.r.choice(
            [
                f"A{d}",
                "A-{}-{}-{}".format(*g),
                "A {} {} {}".format(*g),
                "A# {}-{}-{}".format(*g),
                f"A#{d}",
                "{}-{}-{}".format(*g),
                d,
                "A-{}{}-{}".format(*g),
                "A {}-{}-{}".format(*g),
                f"A-{d}",
                "{} {} {}".format(*g),
            ]
        )

    def a_number_cell(self) -> str:
        d = self.r.choice("0222") + self.digits(8)
        return self.r.choice(
            [f"A{d}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"A-{d[:3]}-{d[3:6]}-{d[6:]}"]
        )

    def _ssn_parts(self) -> tuple[str, str, str]:
        area = self.r.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}", f"{self.r.randint(1, 99):02d}", f"{self.r.randint(1, 9999):04d}"

    def ssn(self, bare: bool = False) -> str:
        a, g, s = self._ssn_parts()
        if bare:
            return f"{a}{g}{s}"
        return self.r.choice(
            [f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"]
        )

    def itin(self) -> str:
        group = self.r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
        a, s = f"9{self.digits(2)}", self.digits(4)
        return self.r.choice(
            [f"{a}-{group}-{s}", f"{a}-{group}-{s}", f"{a} {group} {s}", f"{a}{group}{s}"]
        )

    def passport(self) -> str:
        def letters(n: int) -> str:
            return "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVXYZ") for _ in range(n))

        shape = self.r.randrange(7)
        if shape == 0:  # Mexico, China: one letter and eight digits
            return letters(1) + self.digits(8)
        if shape == 1:  # India, Ecuador: one letter and seven digits
            return letters(1) + self.digits(7)
        if shape == 2:  # Dominican Republic, Bangladesh, Uzbekistan: two letters and seven digits
            return letters(2) + self.digits(7)
        if shape == 3:  # nine digits
            return self.digits(9)
        if shape == 4:  # Ukraine: two letters and six digits
            return letters(2) + self.digits(6)
        if shape == 5:  # Russia (international): series and number
            return f"{self.digits(2)} {self.digits(7)}"
        return f"{letters(1)} {self.digits(8)}"

    def phone(self) -> str:
        a = self.r.choice(PHONE_AREAS)
        e = str(self.r.randint(201, 989))
        n = self.digits(4)
        return self.r.choice(
            [
                f"({a}) {e}-{n}",
                f"({a}){e}-{n}",
                f"{a}-{e}-{n}",
                f"{a}-{e}-{n}",
                f"{a}.{e}.{n}",
                f"{a} {e} {n}",
                f"{a}{e}{n}",
                f"{a}/{e}-{n}",
                f"1{a}{e}{n}",
                f"+1 {a}-{e}-{n}",
                f"+1{a}{e}{n}",
                f"1 ({a}) {e} {n}",
                f"{a} {e}-{n}",
                f"+1 ({a}) {e} {n}",
            ]
        )

    def phone_abroad(self) -> str:
        layout = self.r.choice(ABROAD)
        out, i = [], 0
        while i < len(layout):
            if layout[i] == "{":
                j = layout.index("}", i)
                out.append(self.digits(int(layout[i + 1 : j])))
                i = j + 1
            else:
                out.append(layout[i])
                i += 1
        return "".join(out)

    def email(self, who: HPerson) -> str:
        g = fold(who.given).lower().replace("-", "").replace("'", "")
        s = (
            fold(who.surname)
            .lower()
            .replace(" ", "")
            .replace("'", "")
            .replace(".", "")
            .replace("-", "")
        )
        year = str(self.r.randint(1960, 2008))
        user = self.r.choice(
            [
                f"{g}.{s}",
                f"{g[0]}{s}{self.r.randint(1, 99)}",
                f"{s}{g}{year[2:]}",
                f"{g}_{s}",
                f"{g}{s[:3]}{year}",
                f"{g}.{s}{self.r.randint(1, 9)}",
                f"{s}.{g[0]}",
                f"mama.{g}" if who.female else f"{g}{s[:1]}.nyc",
            ]
        )
        if self.p(0.1):
            user = user.capitalize()
        return f"{user}@{self.r.choice(EMAIL_DOMAINS)}"

    def staff_email(self, who: HPerson, domain: str) -> str:
        g = fold(who.given).lower().replace("-", "")
        s = (
            fold(who.surname)
            .lower()
            .replace(" ", "")
            .replace("'", "")
            .replace(".", "")
            .replace("-", "")
        )
        return self.r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])

    def idnyc(self) -> str:
        d = self.digits(16)
        groups = [d[i : i + 4] for i in range(0, 16, 4)]
        return self.r.choice([d, " ".join(groups), "-".join(groups), d])

    def receipt(self) -> str:
        prefix = self.r.choice(
            ["IOE", "IOE", "EAC", "WAC", "LIN", "SRC", "NBC", "MSC", "YSC", "ZNK"]
        )
        d = self.digits(10)
        return self.r.choice(
            [
                f"{prefix}{d}",
                f"{prefix}{d}",
                f"{prefix}-{d[:2]}-{d[2:5]}-{d[5:]}",
                f"{prefix} {d}",
                f"{prefix}-{d}",
                f"{prefix} {d[:2]} {d[2:5]} {d[5:]}",
                f"{prefix.lower()}{d}",
            ]
        )

    def i94(self) -> str:
        if self.p(0.55):
            return self.digits(11)
        d = self.digits(9) + self.r.choice("ABCDEFGH") + self.digits(1)
        return d if self.p(0.7) else f"{d[:9]} {d[9:]}"

    # -- dates -------------------------------------------------------------------------------

    def _ymd(self, child: bool) -> tuple[int, int, int]:
        y = self.r.randint(2007, 2021) if child else self.r.randint(1948, 2006)
        self.birth_year = y  # so that an age or grade written next to it agrees
        return y, self.r.randint(1, 12), self.r.randint(1, 28)

    def age(self) -> int:
        return 2026 - self.birth_year - self.r.randint(0, 1)

    def grade(self) -> str:
        g = 2026 - self.birth_year - 6
        return "K" if g <= 0 else str(min(g, 12))

    def dob(self, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        mon = MONTHS_EN[m - 1]
        return self.r.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y}",
                f"{m}/{d}/{y % 100:02d}",
                f"{m:02d}-{d:02d}-{y}",
                f"{m}.{d}.{y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{mon} {d}, {y}",
                f"{mon[:3]} {d} {y}",
                f"{d} {mon} {y}",
                f"{mon} {d}th, {y}" if d > 3 and d < 21 else f"{mon} {d}, {y}",
                f"{d:02d}-{mon[:3].upper()}-{y}",
                f"{d:02d}-{mon[:3].upper()}-{y % 100:02d}",
                f"{mon[:3]}-{d:02d}-{y}",
                f"{m:02d}/{d:02d}/{y % 100:02d}",
            ]
        )

    def dob_es(self, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        mes = MONTHS_ES[m - 1]
        return self.r.choice(
            [
                f"{d} de {mes} de {y}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d}-{mes[:3]}-{y}",
                f"{mes} {d}, {y}",
                f"{d} {mes} {y}",
                f"{d:02d}/{mes[:3]}/{y}",
            ]
        )

    def dob_fr(self, creole: bool = False, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        months = MONTHS_HT if creole else MONTHS_FR
        return self.r.choice([f"{d} {months[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])

    def dob_cell(self, child: bool = False) -> str:
        y, m, d = self._ymd(child)
        return self.r.choice(
            [
                f"{y}-{m:02d}-{d:02d} 00:00:00",
                f"{y}-{m:02d}-{d:02d} 00:00:00.000",
                f"{y}-{m:02d}-{d:02d}",
                f"{m}/{d}/{y}",
                f"{m:02d}/{d:02d}/{y} 12:00:00 AM",
                f"{y}-{m:02d}-{d:02d}T00:00:00",
                f"{d:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y % 100:02d}",
                f"{y}{m:02d}{d:02d}",
                f"{m:02d}/{d:02d}/{y}",
            ]
        )

    def recent_date(self) -> str:
        y, m, d = self.r.randint(2024, 2027), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice(
            [
                f"{m}/{d}/{y}",
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y % 100}",
                f"{y}-{m:02d}-{d:02d}",
                f"{MONTHS_EN[m - 1][:3]} {d}, {y}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{m}/{d}",
            ]
        )

    def timestamp(self) -> str:
        y, m, d = self.r.randint(2024, 2026), self.r.randint(1, 12), self.r.randint(1, 28)
        return f"{y}-{m:02d}-{d:02d} {self.r.randint(8, 18):02d}:{self.r.randint(0, 59):02d}:00"

    def clock(self) -> str:
        return self.r.choice(
            [
                f"{self.r.randint(8, 11)}:{self.r.choice(['00', '15', '30', '45'])} AM",
                f"{self.r.randint(1, 4)}:{self.r.choice(['00', '10', '30', '40'])} PM",
                f"{self.r.randint(9, 16)}:{self.r.choice(['05', '20', '35', '50'])}",
            ]
        )

    # -- places ------------------------------------------------------------------------------

    def address(self, caps: bool = False, lines: bool = False, full: float = 0.75) -> str:
        street, places, queens = self.r.choice(HOLDOUT_STREETS)
        place, zipcode = self.r.choice(places)
        if queens:
            number = f"{self.r.randint(11, 245)}-{self.r.randint(1, 70):02d}"
            if caps and self.p(0.4):
                number = number.replace("-", "")
        else:
            number = str(self.r.randint(2, 2999))
        unit = ""
        if self.p(0.7):
            unit = self.r.choice(_UNITS) if self.p(0.75) else f"Apt {self.r.choice(_UNIT_NUMBERS)}"
        first = f"{number} {street}"
        if unit:
            first += self.r.choice([", ", " ", ", "]) + unit
        if not self.p(full):
            return fold(first).upper() if caps else first
        spelled = _PLACE_SPELLINGS.get(place, [place])
        town = self.r.choice(spelled)
        state = self.r.choice(["NY", "NY", "N.Y.", "New York"]) if town not in ("NY", "NYC") else ""
        tail = town + (f", {state}" if state and self.p(0.6) else f" {state}" if state else "")
        if self.p(0.85):
            tail += f" {zipcode}"
        sep = "\n" if lines else self.r.choice([", ", ", ", " "])
        out = first + sep + tail
        return fold(out).upper() if caps else out

    def address_parts(self) -> tuple[str, str, str, str]:
        """(number and street, unit, place, ZIP) for forms that give each its own column."""
        street, places, queens = self.r.choice(HOLDOUT_STREETS)
        place, zipcode = self.r.choice(places)
        if queens:
            number = f"{self.r.randint(11, 245)}-{self.r.randint(1, 70):02d}"
        else:
            number = str(self.r.randint(2, 2999))
        unit = self.r.choice(["", *_UNIT_NUMBERS]) if self.p(0.8) else ""
        return f"{number} {street}", unit, place, zipcode

    def country(self) -> HCountry:
        return self.r.choice(HOLDOUT_COUNTRIES)

    def status(self, lang: str = "en") -> str:
        pool = {"en": HOLDOUT_STATUS_EN, "es": HOLDOUT_STATUS_ES, "ht": HOLDOUT_STATUS_HT}[lang]
        return self.r.choice(pool)

    def money(self) -> str:
        return self.r.choice(
            [
                f"${self.r.randint(20, 2400)}",
                f"${self.r.randint(1, 9)},{self.digits(3)}.00",
                f"${self.r.randint(10, 999)}.{self.digits(2)}",
            ]
        )

    def typo(self, text: str, chance: float = 0.3) -> str:
        """Hurried typing: a known word misspelled now and then (unlabelled text only)."""
        for right, wrong in TYPOS.items():
            if right in text and self.p(chance):
                text = text.replace(right, wrong, 1)
        return text


class Doc:
    """Writes through a Builder, optionally hard-wrapping at `width` columns (turning a space
    into a line break, inside labelled values too) and typing everything in lower case."""

    def __init__(self, b: Any, width: int = 0, lower: bool = False) -> None:
        self.b, self.width, self.lower, self.col = b, width, lower, 0

    def _shape(self, text: str, value: bool = False) -> str:
        if self.lower:
            text = text.lower()
        out = []
        for i, ch in enumerate(text):
            if ch == "\n":
                self.col = 0
            elif (
                ch == " "
                and self.width
                and self.col >= self.width
                and (not value or 0 < i < len(text) - 1)
            ):
                ch, self.col = "\n", 0
            else:
                self.col += 1
            out.append(ch)
        return "".join(out)

    def t(self, text: str) -> Doc:
        if text:
            self.b.t(self._shape(text))
        return self

    def pii(self, type_: str, value: str) -> Doc:
        self.b.pii(type_, self._shape(value, value=True))
        return self

    def mark(self, type_: str, phrase: str) -> Doc:
        """`phrase` with the part in [brackets] labelled."""
        pre, rest = phrase.split("[", 1)
        term, post = rest.split("]", 1)
        return self.t(pre).pii(type_, term).t(post)


# -- the "d" templates -------------------------------------------------------------------------

HH_SITES = [
    "Elmhurst",
    "Lincoln",
    "Jacobi",
    "Woodhull",
    "Kings County",
    "Bellevue",
    "Queens",
    "Metropolitan",
    "Harlem",
    "North Central Bronx",
    "South Brooklyn Health",
]
SHELTERS = [
    "Family Shelter – Site 112 (Bronx)",
    "Tier II Family Residence, Site 47",
    "Adult Families Shelter – Site 9",
    "HERRC (Humanitarian Emergency Response and Relief Center)",
    "Hotel shelter Site 221 – Queens",
    "Safe Haven Site 14",
    "Families with Children – Site 305",
]
JOB_CENTERS = [
    "Melrose Job Center",
    "Fordham Job Center",
    "Dyckman Job Center",
    "Queens Job Center #53",
    "Coney Island Job Center",
    "Richmond Job Center",
    "Bushwick SNAP Center",
    "Jamaica SNAP Center",
]
SCHOOLS = [
    ("Newcomers High School", "30Q555"),
    ("International High School at Lafayette", "21K337"),
    ("Pan American International High School", "24Q296"),
    ("P.S. 19 Marino Jeantet", "24Q019"),
    ("I.S. 61 Leonardo da Vinci", "24Q061"),
    ("Juan Morel Campos Secondary School", "14K071"),
    ("Fort Hamilton High School", "20K490"),
    ("Francis Lewis High School", "26Q430"),
    ("Abraham Lincoln High School", "21K410"),
    ("Gregorio Luperón High School", "06M552"),
    ("Ellis Preparatory Academy", "09X239"),
    ("P.S. 7 Louis F. Simeone", "24Q007"),
]
LEGAL_ORGS = [
    "Legal Aid Society",
    "NYLAG",
    "The Door",
    "Catholic Migration Services",
    "CAMBA Legal Services",
    "African Services Committee",
    "Queens Legal Services",
    "Northern Manhattan Coalition for Immigrant Rights",
    "Chhaya CDC",
    "Haitian Americans United for Progress",
    "Arab American Association of New York",
    "Sauti Yetu Center for African Women",
]
AGENCY_ADDRESSES = [
    "New York Immigration Court, 26 Federal Plaza, 12th Floor, New York, NY 10278-0004",
    "Broadway Immigration Court, 290 Broadway, 5th Floor, New York, NY 10007",
    "Varick Immigration Court, 201 Varick Street, Room 1140, New York, NY 10014-4811",
    "Bronx Family Court, 900 Sheridan Avenue, Bronx, NY 10451",
    "Queens Family Court, 151-20 Jamaica Avenue, Jamaica, NY 11432-4810",
    "Kings County Housing Court, 141 Livingston Street, Brooklyn, NY 11201",
    "HRA, P.O. Box 24330, Brooklyn, NY 11202-4330",
    "DHS PATH Intake Center, 151 East 151st Street, Bronx, NY 10451",
]
AGENCY_PHONES = [
    "HRA Infoline 718-557-1399",
    "call 311",
    "fair hearings 800-342-3334",
    "DHS ombudsman (800) 994-6494",
    "our front desk at (212) 577-3300 ext. 4410",
    "the school's parent coordinator at 718-651-0102 x2237",
]
# (English, Spanish, the relative is a woman: True, a man: False, either: None)
RELATIONS = [
    ("sister", "hermana", True),
    ("brother", "hermano", False),
    ("husband", "esposo", False),
    ("wife", "esposa", True),
    ("cousin", "prima", True),
    ("cousin", "primo", False),
    ("aunt", "tía", True),
    ("mother", "mamá", True),
    ("partner", "pareja", None),
    ("uncle", "tío", False),
    ("roommate", "compañera de cuarto", True),
    ("friend", "amigo", False),
]
PARENTS = {True: ["mother", "aunt", "grandmother", "mother"], False: ["father", "uncle", "father"]}
COUNTRY_LANGUAGES = {
    "ECU": ["Spanish", "Kichwa"],
    "MEX": ["Spanish", "Mixteco"],
    "GTM": ["Spanish", "K'iche'", "Mam"],
    "HND": ["Spanish", "Garifuna"],
    "PER": ["Spanish", "Quechua"],
    "BOL": ["Spanish", "Quechua"],
    "HTI": ["Haitian Creole", "French"],
    "GUY": ["English"],
    "CHN": ["Mandarin", "Cantonese", "Fuzhounese"],
    "BGD": ["Bangla"],
    "IND": ["Hindi", "Punjabi", "Bangla"],
    "NPL": ["Nepali", "Tibetan"],
    "PAK": ["Urdu", "Punjabi"],
    "SEN": ["Wolof", "French"],
    "GIN": ["Pulaar", "Malinke", "French"],
    "MLI": ["Bambara", "Soninke"],
    "MRT": ["Arabic", "Pulaar", "Soninke"],
    "BFA": ["Mooré", "French"],
    "CIV": ["French", "Dioula"],
    "GHA": ["Twi", "English"],
    "NGA": ["Yoruba", "Igbo", "English"],
    "GMB": ["Mandinka", "Wolof"],
    "SLE": ["Krio"],
    "CMR": ["French", "English"],
    "COD": ["Lingala", "French"],
    "AGO": ["Portuguese", "Lingala"],
    "ETH": ["Amharic", "Oromo"],
    "ERI": ["Tigrinya"],
    "EGY": ["Arabic"],
    "YEM": ["Arabic"],
    "MAR": ["Arabic", "French"],
    "AFG": ["Dari", "Pashto"],
    "UZB": ["Uzbek", "Russian"],
    "KGZ": ["Kyrgyz", "Russian"],
    "TJK": ["Tajik", "Russian"],
    "RUS": ["Russian"],
    "UKR": ["Ukrainian", "Russian"],
    "GEO": ["Georgian", "Russian"],
    "TUR": ["Turkish", "Kurdish"],
    "ALB": ["Albanian"],
    "PHL": ["Tagalog"],
    "MNG": ["Mongolian"],
    "BRA": ["Portuguese"],
}
PHONE_CUES = [
    "Cell",
    "cell #",
    "Tel.",
    "ph:",
    "Phone (mobile)",
    "WhatsApp",
    "Mobile",
    "Tel",
    "Teléfono",
    "cel.",
    "Best # to reach",
    "Home phone",
    "Contact #",
]
A_CUES = [
    "A#",
    "A-number",
    "A #",
    "Alien No.",
    "A No.",
    "A-Nr.",
    "Alien Registration #",
    "A-File",
    "No. de extranjero",
    "número A",
    "ANUM",
]
COB_EN = [
    "born in {}",
    "a native of {}",
    "originally from {}",
    "born and raised in {}",
    "a citizen of {}",
    "from {}",
]


def _language(x: HoldoutFake, country: HCountry) -> str:
    """Mostly a language of the country, sometimes any (a second language, or English)."""
    if x.p(0.75):
        return x.r.choice(COUNTRY_LANGUAGES.get(country.iso3, ["Spanish"]))
    return x.r.choice(LANGUAGES)


def _relative(
    x: HoldoutFake, surname: str | None = None
) -> tuple[tuple[str, str, bool | None], HPerson]:
    rel = x.r.choice(RELATIONS)
    return rel, x.person(female=rel[2], surname=surname)


def _cob(x: HoldoutFake, d: Doc, country: HCountry, lang: str = "en", female: bool = True) -> Doc:
    """A country-of-birth mention in running text, in one of several phrasings."""
    r = x.r
    if lang == "es":
        kind = r.randrange(4)
        if kind == 0:
            return d.t("nacid" + ("a" if female else "o") + " en ").pii(
                "COUNTRY_OF_BIRTH", country.es
            )
        if kind == 1:
            return d.t("de nacionalidad ").pii(
                "COUNTRY_OF_BIRTH", country.es_adj[0 if female else 1]
            )
        if kind == 2:
            return d.t("natural de ").pii("COUNTRY_OF_BIRTH", country.es)
        return d.t("originari" + ("a" if female else "o") + " de ").pii(
            "COUNTRY_OF_BIRTH", country.es
        )
    if r.random() < 0.3:
        suffix = r.choice([" national", "-born", " citizen", " national"])
        if suffix != "-born":
            d.t("an " if country.adj[0] in "AEIOU" else "a ")
        return d.pii("COUNTRY_OF_BIRTH", country.adj).t(suffix)
    pre, post = r.choice(COB_EN).split("{}")
    return d.t(pre).pii("COUNTRY_OF_BIRTH", country.en).t(post)


def _sign(x: HoldoutFake, d: Doc, staff: HPerson, roles: list[str]) -> Doc:
    r = x.r
    form = r.randrange(5)
    role = r.choice(roles)
    if form == 0:
        return d.t("\n").pii("PERSON", staff.natural()).t(f", {role}\n")
    if form == 1:
        return d.t(f"\n{role}: ").pii("PERSON", staff.short()).t("\n")
    if form == 2:
        return d.t("\n-- ").pii("PERSON", staff.initial()).t(f" ({role})\n")
    if form == 3:
        return (
            d.t("\nSigned electronically by ").pii("PERSON", staff.caps()).t(f", {role.upper()}\n")
        )
    return d.t("\n").pii("PERSON", staff.short().lower()).t("\n")


def _shelter_note(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    hoh = x.person()
    he = hoh.he()
    kids = [x.child_of(hoh) for _ in range(r.randint(1, 3))]
    country = x.country()
    d.t(f"{r.choice(SHELTERS)}\n")
    d.t(r.choice(["CASE NOTE", "Case Note", "PROGRESS NOTE", "CM NOTE"]) + " - ")
    d.t(
        r.choice(
            [
                "30-day ISP review",
                "Independent Living Plan",
                "housing packet f/u",
                "incident follow-up",
                "HOH check-in",
            ]
        )
    )
    d.t(f"\nDate: {x.recent_date()}   Time: {x.clock()}   Case #: FS-{x.digits(6)}\n")
    d.t("HOH: ").pii("PERSON", r.choice([hoh.caps_last_first(), hoh.last_first(), hoh.caps()]))
    d.t(r.choice(["    DOB: ", "   D.O.B. ", "  dob "])).pii("DATE_OF_BIRTH", x.dob()).t("\n")
    d.t(f"Household: HOH + {len(kids)} (")
    for i, kid in enumerate(kids):
        if i:
            d.t(", ")
        d.pii("PERSON", kid.given if r.random() < 0.6 else kid.short()).t(f" {r.randint(1, 16)}")
    d.t(")\n\n")
    d.t(x.typo(f"CM met w/ HOH in the office. HOH ({_language(x, country)} speaking) is "))
    _cob(x, d, country, female=hoh.female)
    d.t(x.typo(f" and came to NYC in {r.randint(2019, 2025)}. "))
    d.t(f"{he.capitalize()} {r.choice(['reports', 'states', 'shared that'])} {he} ")
    d.mark("IMMIGRATION_STATUS", x.status()).t(". ")
    if r.random() < 0.5:
        d.t(
            f"Next court date {x.recent_date()} at {r.choice(AGENCY_ADDRESSES).split(', ', 1)[1]}. "
        )
    if r.random() < 0.7:
        d.t(r.choice(["Prior address: ", "Family was evicted from ", "Previously doubled up at "]))
        d.pii("ADDRESS", x.address()).t(r.choice([". ", " (landlord refused to renew). ", ". "]))
    d.t(
        r.choice(
            [
                f"{he.capitalize()} has a new cell # ",
                "Updated phone: ",
                "HOH's phone was stolen, new number ",
            ]
        )
    )
    d.pii("PHONE", x.phone()).t(". ")
    if r.random() < 0.6:
        rel, other = _relative(x)
        d.t(f"HOH's {rel[0]} ").pii("PERSON", other.short()).t(" (")
        d.pii("PHONE", x.phone() if r.random() < 0.6 else x.phone_abroad())
        d.t(") will watch the children during appointments. ")
    if r.random() < 0.45:
        d.t(r.choice(["Copy of passport ", "Scanned passport # ", "Passport no. "]))
        d.pii("PASSPORT", x.passport()).t(" to CARES. ")
    if r.random() < 0.35:
        d.t("IDNYC ").pii("IDNYC", x.idnyc()).t(" on file. ")
    if r.random() < 0.25:
        d.t("HOH files taxes with ITIN ").pii("ITIN", x.itin()).t(" (VITA appt requested). ")
    d.t(
        x.typo(
            f"CM reminded HOH of the appointment at {r.choice(JOB_CENTERS)} on {x.recent_date()} "
        )
    )
    d.t(f"at {x.clock()} about cash assistance ({x.money()} arrears). ")
    d.t(f"Shelter rules reviewed; {r.choice(AGENCY_PHONES)} given.\n")
    _sign(x, d, x.person(), ["Case Manager", "CM", "Caseworker II", "Housing Specialist"])


def _hospital_note(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    pt = x.person()
    he, his = pt.he(), pt.his()
    country = x.country()
    d.t(f"NYC HEALTH + HOSPITALS/{r.choice(HH_SITES).upper()}\n")
    d.t(r.choice(["Social Work Psychosocial Assessment", "SOCIAL WORK PROGRESS NOTE", "SW Note"]))
    d.t(f"        Date of service: {x.recent_date()}\n")
    d.t("Patient: ").pii("PERSON", r.choice([pt.caps(), pt.caps_last_first(), pt.last_first()]))
    d.t(f"   Enc# E{x.digits(9)}   DOB: ").pii("DATE_OF_BIRTH", x.dob()).t("\n")
    d.t(f"Language: {_language(x, country)} (interpreter ID #{x.digits(6)})\n\n")
    d.t(f"Pt is a {x.age()} y/o {'woman' if pt.female else 'man'}, ")
    _cob(x, d, country, female=pt.female)
    d.t(f", in the US since {r.randint(2001, 2025)}. ")
    if r.random() < 0.5:
        d.t(f"Pt {r.choice(['reports', 'disclosed that', 'states'])} {he} ")
        d.mark("IMMIGRATION_STATUS", x.status()).t(". ")
    else:
        d.t('Pt stated: "').mark(
            "IMMIGRATION_STATUS",
            r.choice(
                [
                    "[no tengo papeles], tengo miedo de ir a la clínica",
                    "yo estoy [sin estatus] y no quiero problemas",
                    "mi caso de [asilo] todavía está pendiente",
                    "mwen [pa gen papye]",
                    "I'm [on parole] from the border",
                ]
            ),
        ).t('". ')
    rel, other = _relative(x)
    d.t(f"Pt lives with {his} {rel[0]} ").pii("PERSON", other.short()).t(" at ")
    d.pii("ADDRESS", x.address()).t(". ")
    d.t(f"{r.choice(PHONE_CUES)}: ").pii("PHONE", x.phone()).t(". ")
    if r.random() < 0.4:
        d.t("Pt has IDNYC (").pii("IDNYC", x.idnyc()).t("). ")
    if r.random() < 0.5:
        rel, contact = _relative(x)
        d.t("Emergency contact: ").pii("PERSON", contact.natural()).t(f" ({rel[1]}), ")
        d.pii("PHONE", x.phone_abroad() if r.random() < 0.5 else x.phone()).t(". ")
    d.t(x.typo("\nPlan: 1. NYC Care application, f/u " + x.recent_date() + ". "))
    d.t(f"2. Referred to {r.choice(LEGAL_ORGS)} for a free immigration consult. ")
    who = r.choice(["Patient", "Pt", "Pateint"])
    d.t(f"3. {who} given {r.choice(AGENCY_PHONES)} for benefits info.\n")
    _sign(x, d, x.person(), ["LMSW", "LCSW", "Social Work Intern", "SW"])


def _hra_note(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    ar = x.person()
    country = x.country()
    worker = x.person()
    d.t(f"HRA / {r.choice(JOB_CENTERS)} - CASE NOTE\n")
    d.t(f"Case No.: {r.choice(['00', '01'])}{x.digits(6)}{r.choice('ABCDEFGHJ')}   Worker: ")
    d.pii("PERSON", worker.caps_last_first()).t(f"   Date: {x.recent_date()}\n\n")
    d.t("A/R ").pii("PERSON", r.choice([ar.last_first(), ar.caps_last_first(), ar.short()]))
    visit = r.choice(
        ["recertification", "eligibility interview", "SNAP recert", "the FIA interview"]
    )
    d.t(f" appeared for {visit}. ")
    d.t("A/R presented passport ").pii("PASSPORT", x.passport()).t(" issued by ")
    d.pii("COUNTRY_OF_BIRTH", country.en).t(r.choice([" and I-94 ", ", I-94 # ", "; I-94 no. "]))
    d.pii("I94", x.i94()).t(". ")
    if r.random() < 0.5:
        d.t("SSN ").pii("SSN", x.ssn()).t(" verified via SOLQ. ")
    else:
        d.t("A/R has no SSN; ITIN ").pii("ITIN", x.itin()).t(" on file for tax purposes. ")
    d.t(
        r.choice(["Immigration status: A/R ", f"A/R states that {ar.he()} ", "Per documents, A/R "])
    )
    d.mark("IMMIGRATION_STATUS", x.status()).t(". ")
    d.t("Household: A/R")
    for _ in range(r.randint(1, 3)):
        member = x.child_of(ar)
        d.t(", ").pii("PERSON", member.short() if r.random() < 0.7 else member.given)
        d.t(f" ({r.choice(['spouse', 'child', 'child', 'grandchild', 'niece'])})")
    d.t(". ")
    d.t(x.typo("Adress verified by lease: ") if r.random() < 0.5 else "Address verified by lease: ")
    d.pii("ADDRESS", x.address()).t(". ")
    d.t("Contact #: ").pii("PHONE", x.phone()).t(". ")
    if r.random() < 0.4:
        d.t("A/R e-mail for notices: ").pii("EMAIL", x.email(ar)).t(". ")
    d.t(f"Budget: SNAP {x.money()}/mo; rent {x.money()}; arrears {x.money()}. ")
    d.t(f"Fair hearing rights explained ({r.choice(AGENCY_PHONES)}).\n")
    _sign(x, d, worker, ["JOS", "Eligibility Specialist", "Worker"])


def _legal_note(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    country = x.country()
    d.t(f"{x.recent_date()} {x.clock()} - ")
    d.t(
        r.choice(
            ["tc w/ cl. ", "in-person mtg w/ cl. ", "WhatsApp call w/ cl. ", "Llamada con cl. "]
        )
    )
    d.pii("PERSON", r.choice([cl.short().lower(), cl.given, cl.short(), cl.caps()]))
    d.t(
        r.choice(
            [
                " re: MCH",
                " re: asylum prep",
                " re: EAD",
                " re: change of address",
                " re: TPS re-reg",
            ]
        )
    )
    d.t("\n- cl. called from new # ").pii("PHONE", x.phone()).t("\n")
    d.t(f"- {r.choice(A_CUES)} ").pii("A_NUMBER", x.a_number()).t("; next hrg ")
    court = r.choice(["290 Broadway", "26 Fed Plaza", "Varick", "Elizabeth NJ"])
    d.t(f"{x.recent_date()} {x.clock()} @ {court}\n")
    if r.random() < 0.35:
        d.t("- cl. es ")
        _cob(x, d, country, lang="es", female=cl.female)
        d.t(", entró en 20" + str(r.randint(14, 25)) + "; ")
    else:
        d.t("- cl. is ")
        _cob(x, d, country, female=cl.female)
        d.t(", entered 20" + str(r.randint(14, 25)) + "; ")
    lang = r.choice(["en", "en", "es", "ht"])
    lead = {"en": "cl. ", "es": "dice que ", "ht": 'cl. says: "'}[lang]
    d.mark("IMMIGRATION_STATUS", lead + x.status(lang)).t('"\n' if lang == "ht" else "\n")
    if r.random() < 0.7:
        d.t(
            r.choice(
                ["- I-589 rcpt ", "- I-765 receipt ", "- rcpt# ", "- EAD renewal receipt notice "]
            )
        )
        d.pii("USCIS_RECEIPT", x.receipt()).t(f" (mailed {x.recent_date()})\n")
    if r.random() < 0.5:
        d.t("- cl moved: ").pii("ADDRESS", x.address()).t(" -- need EOIR-33 + AR-11\n")
    if r.random() < 0.5:
        d.t("- email cl at ").pii("EMAIL", x.email(cl)).t("\n")
    if r.random() < 0.6:
        rel, other = _relative(x)
        d.t(f"- cl dice que su {rel[1]} ").pii("PERSON", other.short())
        d.t(r.choice([" puede traer los documentos", " va a ser testigo", " vive en NJ ahora"]))
        d.t("\n")
    if r.random() < 0.3:
        d.t("- I-94 ").pii("I94", x.i94()).t(" printed from CBP site\n")
    todo = r.choice(["declaration draft", "country conditions", "FOIA", "fee waiver"])
    docket = f"{r.choice(['V', 'O', 'LT'])}-{x.digits(5)}-{r.randint(24, 26)}"
    d.t(x.typo(f"- TODO: {todo}, docket {docket} is the family case, not this one\n"))
    _sign(x, d, x.person(), ["Paralegal", "DOJ Accredited Rep.", "Staff Attorney", "Intern"])


def _school_note(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    school, dbn = r.choice(SCHOOLS)
    parent = x.person()
    kid = x.child_of(parent)
    country = x.country()
    kind = r.choice(["Counselor Note", "School Social Work Note", "Guidance contact log"])
    d.t(f"{school} ({dbn}) - {kind}")
    d.t(f"   {x.recent_date()}\n")
    d.t("Student: ").pii("PERSON", r.choice([kid.caps_last_first(), kid.last_first(), kid.short()]))
    dob = x.dob(child=True)
    d.t(f"   Gr. {x.grade()}   DOB ").pii("DATE_OF_BIRTH", dob).t("\n\n")
    d.t("Met with ").pii("PERSON", kid.given).t(f" and {r.choice(PARENTS[parent.female])} ")
    if r.random() < 0.5:
        d.pii("PERSON", parent.short())
    else:
        d.t(parent.title(r.choice(["es", "en"])) + " ").pii("PERSON", parent.surname)
    d.t(f" ({_language(x, country)} interpreter via phone). Student was ")
    _cob(x, d, country, female=kid.female)
    d.t(f" and started in a US school in {r.choice(MONTHS_EN)} {r.randint(2022, 2026)}; ")
    d.t("SIFE screening done. ")
    if r.random() < 0.5:
        d.t(("Mom" if parent.female else "Dad") + " shared that the family ").mark(
            "IMMIGRATION_STATUS", x.status("es")
        ).t(". ")
    else:
        d.t("Parent reports the family ").mark("IMMIGRATION_STATUS", x.status()).t(". ")
    d.t(r.choice(["Family now lives at ", "New address (updated in ATS): ", "Family moved to "]))
    d.pii("ADDRESS", x.address()).t(". ")
    d.t("Parent phone ").pii("PHONE", x.phone())
    if r.random() < 0.5:
        d.t(", WhatsApp ").pii("PHONE", x.phone_abroad())
    d.t(". ")
    if r.random() < 0.5:
        d.t("Parent email: ").pii("EMAIL", x.email(parent)).t(". ")
    d.t(
        x.typo(
            f"Student referred to {r.choice(LEGAL_ORGS)} for a free legal screening; MetroCard "
            f"and uniform ({x.money()}) provided. Next check-in {x.recent_date()}.\n"
        )
    )
    staff = x.person()
    d.t("\n").pii("PERSON", staff.natural()).t(", School Counselor | ")
    d.pii("EMAIL", x.staff_email(staff, "schools.nyc.gov")).t("\n")


def case_note_d(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = HoldoutFake(r)
    b = B()
    width = r.choice([0, 0, 0, 72, 80])
    d = Doc(b, width=width, lower=r.random() < 0.1)
    r.choice([_shelter_note, _hospital_note, _hra_note, _legal_note, _school_note])(x, d)
    return [(b.text(), b.labels, "")]


# -- intake forms ------------------------------------------------------------------------------

STATUS_BOXES = [
    "Asylum pending",
    "TPS",
    "Parole",
    "No status",
    "LPR / green card",
    "DACA",
    "SIJS",
    "U/T visa",
    "Citizen",
]


def _line(d: Doc, label: str, fill: str = "_") -> Doc:
    """A form label padded the way printed forms are typed over."""
    return d.t(label + " " + fill * max(2, 22 - len(label)) + " ")


def _path_intake(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    hoh = x.person()
    country = x.country()
    d.t("DEPARTMENT OF HOMELESS SERVICES - PATH FAMILY INTAKE\n")
    d.t(f"Interview date ____ {x.recent_date()}          Intake # ____ P{x.digits(7)}\n\n")
    d.t("HEAD OF HOUSEHOLD\n")
    _line(d, "Last name").pii("PERSON", fold(hoh.surname).upper()).t("      ")
    _line(d, "First name").pii("PERSON", fold(hoh.given).upper()).t("\n")
    _line(d, "Date of birth").pii("DATE_OF_BIRTH", x.dob()).t(
        f"      Sex ___ {'F' if hoh.female else 'M'}\n"
    )
    if r.random() < 0.5:
        _line(d, "SSN").pii("SSN", x.ssn()).t("\n")
    elif r.random() < 0.5:
        _line(d, "SSN").t("NONE      ")
        _line(d, "ITIN").pii("ITIN", x.itin()).t("\n")
    else:
        _line(d, "SSN").t("none - applied\n")
    _line(d, "Country of birth").pii(
        "COUNTRY_OF_BIRTH", r.choice([country.en, country.en.upper()])
    ).t("\n")
    _line(d, "Immigration status").pii("IMMIGRATION_STATUS", r.choice(HOLDOUT_STATUS_CELLS)).t("\n")
    if r.random() < 0.5:
        _line(d, "A-number (if any)").pii("A_NUMBER", x.a_number()).t("\n")
    _line(d, "Last permanent address").pii("ADDRESS", x.address(caps=r.random() < 0.4)).t("\n")
    if r.random() < 0.4:
        _line(d, "IDNYC #").pii("IDNYC", x.idnyc()).t("\n")
    _line(d, "Phone").pii("PHONE", x.phone())
    if r.random() < 0.6:
        d.t("    Email ____ ").pii("EMAIL", x.email(hoh))
    d.t("\n\nOTHER HOUSEHOLD MEMBERS\n")
    d.t(f"{'Name':<30}{'Relationship':<15}DOB\n")
    for _ in range(r.randint(1, 3)):
        member = x.child_of(hoh)
        name = r.choice([member.caps_last_first(), member.last_first()])
        d.pii("PERSON", name).t(" " * max(2, 30 - len(name)))
        rel = r.choice(["CHILD", "SPOUSE", "Son", "Daughter", "GRANDCHILD", "partner"])
        d.t(f"{rel:<15}").pii("DATE_OF_BIRTH", x.dob(child=rel != "SPOUSE" and rel != "partner")).t(
            "\n"
        )
    reason = r.choice(["eviction", "overcrowding", "DV", "new arrival", "fire (Red Cross)"])
    d.t(f"\nReason for shelter request: {reason}\n")
    d.t("Interviewer ____ ").pii("PERSON", x.person().short()).t(f"   Unit {r.randint(1, 9)}\n")


def _legal_intake(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    country = x.country()
    es = r.random() < 0.5
    d.t(f"{r.choice(LEGAL_ORGS)} - Immigration Intake / Admisión\n")
    d.t(f"Intake date: {x.recent_date()}     Matter #: {r.randint(24, 26)}-{x.digits(5)}")
    d.t("     Screener: ")
    d.pii("PERSON", x.person().initial()).t("\n\n")
    d.t("1. Client name / Nombre: ").pii("PERSON", cl.natural()).t("\n")
    d.t("2. Other names used / Otros nombres: ")
    if r.random() < 0.4:
        d.pii("PERSON", x.person(female=cl.female).natural()).t("\n")
    else:
        d.t(r.choice(["N/A", "none", "ninguno", "-"]) + "\n")
    d.t("3. A-Number / Número A: ")
    if r.random() < 0.75:
        d.pii("A_NUMBER", x.a_number()).t("\n")
    else:
        d.t("none / no tiene\n")
    d.t("4. DOB / Fecha de nac.: ").pii("DATE_OF_BIRTH", x.dob_es() if es else x.dob()).t("\n")
    d.t("5. Country of birth / País de nacimiento: ").pii(
        "COUNTRY_OF_BIRTH", country.es if es else country.en
    ).t("\n")
    if r.random() < 0.5:
        d.t("6. Nationality / Nacionalidad: ")
        d.pii("COUNTRY_OF_BIRTH", country.es_adj[0 if cl.female else 1] if es else country.adj).t(
            "\n"
        )
    d.t("7. Address / Dirección: ").pii("ADDRESS", x.address()).t("\n")
    d.t("8. Phone / Teléfono: ").pii("PHONE", x.phone())
    if r.random() < 0.6:
        d.t("     Email / Correo: ").pii("EMAIL", x.email(cl))
    d.t(f"\n9. Last entry / Última entrada: {r.choice(MONTHS_EN)} {r.randint(2014, 2025)}, ")
    d.t("manner / forma: ").pii(
        "IMMIGRATION_STATUS",
        r.choice(
            ["EWI", "B-2 visitor", "parole (CBP One)", "sin inspección", "F-1 student", "K-1 visa"]
        ),
    )
    d.t("\n10. Current status / Estatus actual:")
    if r.random() < 0.5:
        options = r.sample(STATUS_BOXES, 4)
        checked = r.randrange(4)
        for i, option in enumerate(options):
            d.t("\n    [X] " if i == checked else "\n    [ ] ")
            if i == checked:
                d.pii("IMMIGRATION_STATUS", option)
            else:
                d.t(option)
        d.t("\n")
    else:
        d.t(" ").pii("IMMIGRATION_STATUS", r.choice(HOLDOUT_STATUS_CELLS)).t("\n")
    d.t("11. Prior applications: ")
    if r.random() < 0.7:
        d.t(r.choice(["I-589 receipt ", "I-821 (TPS) rcpt ", "I-765 receipt # "])).pii(
            "USCIS_RECEIPT", x.receipt()
        )
        if r.random() < 0.4:
            d.t("; I-765 ").pii("USCIS_RECEIPT", x.receipt())
        d.t("\n")
    else:
        d.t("none\n")
    if r.random() < 0.5:
        d.t("SSN / ITIN (taxes): ").pii("ITIN", x.itin()).t("\n")
    d.t("12. Passport # / Pasaporte: ").pii("PASSPORT", x.passport()).t("\n")
    if r.random() < 0.6:
        d.t("13. I-94: ").pii("I94", x.i94()).t("\n")
    else:
        d.t("13. I-94: n/a\n")
    rel, contact = _relative(x)
    d.t("14. Emergency contact / Contacto de emergencia: ").pii("PERSON", contact.short())
    d.t(f" ({rel[1] if es else rel[0]}) ").pii("PHONE", x.phone()).t("\n")
    d.t(f"Conflict check: cleared {x.recent_date()}. Next appt {x.recent_date()} {x.clock()}.\n")


def _doe_enrollment(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    parent = x.person()
    kid = x.child_of(parent)
    country = x.country()
    d.t("NYC PUBLIC SCHOOLS - STUDENT ENROLLMENT / INSCRIPCIÓN DE ESTUDIANTES\n")
    d.t(
        "Family Welcome Center: "
        f"{r.choice(['Bronx', 'Brooklyn', 'Queens', 'Manhattan', 'Staten Island'])} FWC"
        f"     Date: {x.recent_date()}\n\n"
    )
    d.t("Student's legal last name / Apellido(s): ").pii("PERSON", kid.surname).t("\n")
    d.t("First name / Nombre: ").pii("PERSON", kid.given)
    if kid.middle:
        d.t("     Middle / Segundo nombre: ").pii("PERSON", kid.middle)
    d.t("\nDate of birth / Fecha de nacimiento: ").pii(
        "DATE_OF_BIRTH", x.dob_es(child=True) if r.random() < 0.4 else x.dob(child=True)
    ).t("\n")
    d.t("Country of birth / País de nacimiento: ").pii(
        "COUNTRY_OF_BIRTH", r.choice([country.en, country.es])
    ).t("\n")
    d.t(f"Home language / Idioma del hogar: {_language(x, country)}\n")
    d.t(
        f"Grade / Grado: {x.grade()}     "
        f"First enrolled in a US school: {r.choice(MONTHS_EN)} {r.randint(2022, 2026)}\n"
    )
    d.t("Home address / Dirección:\n    ").pii("ADDRESS", x.address(lines=r.random() < 0.5)).t("\n")
    for n in (1, 2)[: r.randint(1, 2)]:
        guardian = parent if n == 1 else x.person(female=not parent.female)
        d.t(f"Parent/guardian {n}: ").pii("PERSON", guardian.short())
        d.t(
            "   Relationship: "
            + r.choice(
                ["Mother", "Aunt", "Madre", "Tutor legal"]
                if guardian.female
                else ["Father", "Padre", "Uncle", "Tutor legal"]
            )
        )
        d.t("   Cell: ").pii("PHONE", x.phone())
        if r.random() < 0.5:
            d.t("   Email: ").pii("EMAIL", x.email(guardian))
        d.t("\n")
    d.t("Emergency contact (not a parent): ").pii("PERSON", x.person().natural()).t("  ")
    d.pii("PHONE", x.phone()).t("\n")
    if r.random() < 0.35:
        d.t("Parent ID shown: IDNYC # ").pii("IDNYC", x.idnyc()).t("\n")
    d.t("Schools do not ask about immigration status, and it is not needed to enroll.\n")
    d.t(f"Placement: {r.choice(SCHOOLS)[0]}. Enrolled by: ").pii("PERSON", x.person().short()).t(
        "\n"
    )


def _hh_registration(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    pt = x.person()
    country = x.country()
    d.t(f"NYC HEALTH + HOSPITALS - PATIENT REGISTRATION{'':>10}{r.choice(HH_SITES).upper()}\n")
    d.t("=" * 74 + "\n")
    d.t(f"{'LAST NAME':<22}{'FIRST NAME':<18}{'MI':<4}{'DOB':<13}SEX\n")
    last, first = fold(pt.surname).upper(), fold(pt.given).upper()
    d.pii("PERSON", last).t(" " * max(2, 22 - len(last))).pii("PERSON", first).t(
        " " * max(2, 18 - len(first))
    )
    d.t(f"{(pt.middle[:1] or ' '):<4}").pii(
        "DATE_OF_BIRTH", x.dob_cell() if r.random() < 0.3 else x.dob()
    )
    d.t(f"  {'F' if pt.female else 'M'}\n")
    d.t("-" * 74 + "\n")
    d.t(f"{'STREET ADDRESS':<34}{'APT':<7}{'CITY/BORO':<20}ZIP\n")
    street, unit, place, zipcode = x.address_parts()
    row = f"{fold(street).upper():<34}{unit:<7}{place.upper():<20}{zipcode}"
    d.pii("ADDRESS", row).t("\n")
    d.t("-" * 74 + "\n")
    d.t(f"{'HOME PHONE':<18}{'CELL PHONE':<18}EMAIL\n")
    home = x.phone() if r.random() < 0.4 else ""
    if home:
        d.pii("PHONE", home).t(" " * max(2, 18 - len(home)))
    else:
        d.t(f"{'NONE':<18}")
    cell = x.phone()
    d.pii("PHONE", cell).t(" " * max(2, 18 - len(cell)))
    if r.random() < 0.6:
        d.pii("EMAIL", x.email(pt).upper() if r.random() < 0.3 else x.email(pt))
    d.t("\n")
    d.t("COUNTRY OF BIRTH: ").pii("COUNTRY_OF_BIRTH", fold(country.en).upper())
    d.t(f"     PREFERRED LANGUAGE: {_language(x, country).upper()}\n")
    if r.random() < 0.5:
        d.t("ID TYPE: PASSPORT   ID #: ").pii("PASSPORT", x.passport()).t("\n")
    else:
        d.t("ID TYPE: IDNYC   ID #: ").pii("IDNYC", x.idnyc()).t("\n")
    d.t(f"{'EMERGENCY CONTACT':<28}{'RELATIONSHIP':<16}PHONE\n")
    rel, contact = _relative(x)
    ec = contact.caps()
    d.pii("PERSON", ec).t(" " * max(2, 28 - len(ec)))
    d.t(f"{rel[0].upper():<16}").pii("PHONE", x.phone_abroad() if r.random() < 0.3 else x.phone())
    d.t(
        f"\nFINANCIAL CLASS: {r.choice(['NYC CARE', 'SELF PAY', 'MEDICAID', 'CHARITY CARE'])}"
        f"     ACCT {x.digits(10)}     REG CLERK: "
    )
    d.pii("PERSON", x.person().initial().upper()).t("\n")


def _access_hra(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    app = x.person()
    d.t("ACCESS HRA - Application Summary\n")
    d.t(f"Confirmation ID: AHR-{x.digits(8)}     Submitted: {x.timestamp()}\n")
    d.t("Applicant: ").pii("PERSON", app.natural()).t("\n")
    d.t("Mailing address: ").pii("ADDRESS", x.address()).t("\n")
    d.t("Phone: ").pii("PHONE", x.phone())
    if r.random() < 0.6:
        d.t("   Email: ").pii("EMAIL", x.email(app))
    d.t("\n\nHousehold members\n")
    pipes = r.random() < 0.5
    cols = ["Name", "Relationship", "Date of birth", "SSN/ITIN", "Citizenship / immigration status"]
    if pipes:
        d.t("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")
    else:
        d.t(f"{cols[0]:<28}{cols[1]:<14}{cols[2]:<15}{cols[3]:<14}{cols[4]}\n")
    members = [("Self", app)] + [
        (r.choice(["Spouse", "Child", "Child", "Stepchild", "Grandchild"]), x.child_of(app))
        for _ in range(r.randint(1, 3))
    ]
    for rel, who in members:
        name = who.short()
        dob = x.dob(child=rel not in ("Self", "Spouse"))
        if pipes:
            d.t("| ").pii("PERSON", name).t(f" | {rel} | ").pii("DATE_OF_BIRTH", dob).t(" | ")
        else:
            d.pii("PERSON", name).t(" " * max(2, 28 - len(name)) + f"{rel:<14}")
            d.pii("DATE_OF_BIRTH", dob).t(" " * max(2, 15 - len(dob)))
        citizen = rel != "Self" and r.random() < 0.3
        status = "U.S. Citizen" if citizen else r.choice(HOLDOUT_STATUS_CELLS)
        kind = 0.0 if citizen else r.random()
        number = x.ssn() if kind < 0.45 else x.itin() if kind < 0.75 else ""
        if number:
            d.pii("SSN" if kind < 0.45 else "ITIN", number)
        else:
            d.t("none")
        d.t(" | " if pipes else " " * max(2, 14 - len(number or "none")))
        d.pii("IMMIGRATION_STATUS", status).t(" |\n" if pipes else "\n")
    programs = "SNAP, Cash Assistance" + (", Emergency Medicaid" if r.random() < 0.3 else "")
    work = r.choice(["construction", "delivery", "cleaning", "street vending"])
    d.t(f"\nPrograms requested: {programs}\n")
    d.t(f"Income: {x.money()}/month (off the books, {work})\n")


def intake_form_d(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = HoldoutFake(r)
    b = B()
    d = Doc(b, lower=r.random() < 0.05)
    r.choice([_path_intake, _legal_intake, _doe_enrollment, _hh_registration, _access_hra])(x, d)
    return [(b.text(), b.labels, "")]


# -- letters -----------------------------------------------------------------------------------

ORG_LETTERHEADS = [
    "199 Water Street, New York, NY 10038-3526",
    "100 Pearl Street, 19th Floor, New York, NY 10004",
    "1 Metrotech Center, Brooklyn, NY 11201",
    "85-04 37th Avenue, 2nd Fl, Jackson Heights, NY 11372",
    "2432 Grand Concourse, Suite 401, Bronx, NY 10458-5215",
]
EOIR_CATEGORIES = [
    ("(c)(8)", "[pending asylum] applicant"),
    ("(a)(12)", "[TPS] beneficiary"),
    ("(c)(11)", "[parolee]"),
    ("(a)(5)", "[asylee]"),
    ("(c)(9)", "[adjustment applicant]"),
    ("(c)(33)", "[DACA] recipient"),
    ("(c)(14)", "[deferred action] grantee"),
]


def _agency_block(d: Doc, address: str) -> Doc:
    name, rest = address.split(", ", 1)
    return d.t(name + "\n" + rest.replace(", ", "\n", 1) + "\n")


def _court_support(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    writer = x.person()
    country = x.country()
    d.t(f"{x.recent_date()}\n\n")
    _agency_block(d, r.choice(AGENCY_ADDRESSES[:3])).t("\n")
    if r.random() < 0.5:
        d.t("Re: ").pii("PERSON", cl.natural()).t(f" - {r.choice(A_CUES[:3])} ").pii(
            "A_NUMBER", x.a_number()
        )
    else:
        d.t("RE: Matter of ").pii("PERSON", cl.caps_last_first()).t(", ").pii(
            "A_NUMBER", x.a_number()
        )
    d.t(
        "\n\n"
        + r.choice(["Dear Honorable Immigration Judge,", "To the Honorable Court:", "Your Honor,"])
        + "\n\n"
    )
    role = r.choice(
        [
            "I am the pastor of Iglesia Pentecostal Fuente de Vida in Corona",
            f"I have been {cl.his()} supervisor at a bakery on Roosevelt Avenue",
            "I am a neighbor and a retired teacher",
            "I volunteer at the food pantry at St. Barnabas",
            f"I am the owner of the laundromat where {cl.he()} works",
        ]
    )
    d.t("My name is ").pii("PERSON", writer.natural()).t(f" and {role}. I have known ")
    d.pii("PERSON", r.choice([cl.short(), cl.given])).t(f" for {r.randint(2, 12)} years. ")
    d.t(f"{cl.he().capitalize()} was born in ").pii("COUNTRY_OF_BIRTH", country.en).t(" on ")
    d.pii("DATE_OF_BIRTH", x.dob()).t(f" and came to this country in {r.randint(2012, 2024)}. ")
    d.pii("PERSON", cl.given).t(" lives at ").pii("ADDRESS", x.address()).t(f" with {cl.his()} ")
    kids = [x.child_of(cl) for _ in range(r.randint(1, 2))]
    d.t("children, " if len(kids) > 1 else "child, ")
    for i, kid in enumerate(kids):
        if i:
            d.t(" and ")
        d.pii("PERSON", kid.given)
    d.t(". ")
    d.t(f"I understand that {cl.he()} ").mark("IMMIGRATION_STATUS", x.status()).t(", and ")
    d.t(
        x.typo(
            f"I know how much {cl.he()} fears going back. The family never misses church and "
            "helps everyone in the building. "
        )
    )
    d.t("If you need more information, you can call me at ").pii("PHONE", x.phone())
    if r.random() < 0.6:
        d.t(" or write to ").pii("EMAIL", x.email(writer))
    d.t(".\n\n" + r.choice(["Sincerely,", "Respectfully,", "Respetuosamente,"]) + "\n\n")
    d.pii("PERSON", writer.natural()).t("\n")
    if r.random() < 0.4:
        d.pii("ADDRESS", x.address(lines=True)).t("\n")


def _attorney_es(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    staff = x.person()
    y, m, day = r.randint(2025, 2026), r.randint(1, 12), r.randint(1, 28)
    d.t(f"{r.choice(LEGAL_ORGS)}\n{r.choice(ORG_LETTERHEADS)}\n")
    d.t(f"Tel. (212) {r.randint(300, 999)}-{x.digits(4)}\n\n")
    d.t(f"{day} de {MONTHS_ES[m - 1]} de {y}\n\n")
    d.t(cl.title("es") + " ").pii("PERSON", cl.natural()).t("\n").pii(
        "ADDRESS", x.address(lines=True)
    ).t("\n\n")
    d.t("Ref.: Su caso de inmigración - ").t(r.choice(["A# ", "número A ", "No. de extranjero "]))
    d.pii("A_NUMBER", x.a_number()).t("\n\n")
    d.t(f"Estimad{'a' if cl.female else 'o'} {cl.title('es')} ").pii("PERSON", cl.surname).t(
        ":\n\n"
    )
    d.t(
        f"Le escribimos para confirmar que su audiencia individual es el {x.recent_date()} a las "
        f"{x.clock()} en "
        f"{r.choice(['290 Broadway, piso 5', '26 Federal Plaza, piso 12', '201 Varick Street'])}. "
    )
    d.t("Su solicitud (formulario I-589) fue recibida; el número de recibo es ")
    d.pii("USCIS_RECEIPT", x.receipt()).t(". ")
    d.t("Según nuestros registros, usted ").mark("IMMIGRATION_STATUS", x.status("es")).t(". ")
    d.t("Por favor traiga su pasaporte (").pii("PASSPORT", x.passport()).t(")")
    if r.random() < 0.6:
        d.t(" y su I-94 (").pii("I94", x.i94()).t(")")
    d.t(" a la cita del " + x.recent_date() + ". ")
    d.t("Si cambió de dirección o de teléfono (tenemos ").pii("PHONE", x.phone())
    d.t("), llámenos lo antes posible. ")
    d.t(f"Su expediente interno es {r.randint(24, 26)}-{x.digits(5)}.\n\n")
    d.t("Atentamente,\n\n").pii("PERSON", staff.natural()).t(
        f"\n{r.choice(['Abogada', 'Abogado', 'Paralegal', 'Representante acreditada'])}\n"
    )
    if r.random() < 0.4:
        d.t("cc: ").pii("PERSON", x.person().short()).t(" (familiar autorizado), expediente\n")


def _hra_notice(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    member = x.child_of(cl)
    d.t("THE CITY OF NEW YORK\nHUMAN RESOURCES ADMINISTRATION\n")
    d.t(f"{r.choice(JOB_CENTERS)}\n")
    _agency_block(d, AGENCY_ADDRESSES[6])
    d.t(f"\nNOTICE OF DECISION ON YOUR SNAP APPLICATION          Notice date: {x.recent_date()}\n")
    d.t(f"Case Number: {x.digits(8)}{r.choice('ABCDE')}     Case Name: ").pii(
        "PERSON", cl.caps_last_first()
    ).t("\n\n")
    d.pii("PERSON", cl.caps()).t("\n").pii("ADDRESS", x.address(caps=True, lines=True)).t("\n\n")
    decision = r.choice(["accept", "reduce", "deny"])
    d.t(f"We have decided to {decision} your application dated {x.recent_date()}. ")
    d.t(f"Your benefit will be {x.money()} per month. Household member ")
    d.pii("PERSON", member.caps()).t(" (date of birth ").pii(
        "DATE_OF_BIRTH", x.dob(child=r.random() < 0.5)
    )
    d.t(") is not included because the member ")
    d.mark(
        "IMMIGRATION_STATUS",
        r.choice(
            [
                "is a [qualified alien] who has not met the five-year wait",
                "is [not a qualified alien]",
                "reported [no immigration status]",
                "is [PRUCOL], which does not qualify for SNAP",
                "is a [nonimmigrant] (temporary visa)",
            ]
        ),
    )
    d.t(". Other members remain eligible.\n\n")
    d.t(
        "If you think our decision is wrong, you can ask for a State fair hearing: call "
        "800-342-3334 or write to Office of Administrative Hearings, P.O. Box 1930, Albany, "
        "NY 12201-1930. "
    )
    d.t(f"Questions: {r.choice(AGENCY_PHONES[:2])}.\n\n")
    d.t("Worker: ").pii("PERSON", x.person().caps_last_first()).t(
        f"     Unit {r.randint(100, 999)}\n"
    )


def _medical_letter(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    pt = x.person()
    doc = x.person()
    country = x.country()
    site = r.choice(HH_SITES)
    d.t(f"NYC Health + Hospitals/{site}\n")
    d.t(
        r.choice(
            [
                "Program for Survivors of Torture",
                "Department of Psychiatry",
                "Adult Primary Care",
                "Pediatrics - Newcomer Clinic",
            ]
        )
        + "\n"
    )
    d.t(f"{x.recent_date()}\n\nTo Whom It May Concern:\n\n")
    d.t("I am writing on behalf of my patient, ").pii("PERSON", pt.natural()).t(" (DOB ")
    d.pii("DATE_OF_BIRTH", x.dob()).t(
        f"), who has been under my care at {site} since {x.recent_date()}. "
    )
    d.t(pt.title() + " ").pii("PERSON", pt.surname).t(f" is a {x.age()}-year-old ")
    d.pii("COUNTRY_OF_BIRTH", country.adj).t(
        f" {'woman' if pt.female else 'man'} who reports that "
    )
    d.t(f"{pt.he()} fled in {r.randint(2015, 2025)}. {pt.he().capitalize()} ")
    d.mark("IMMIGRATION_STATUS", x.status()).t(". ")
    d.t(
        x.typo(
            f"{pt.his().capitalize()} symptoms are consistent with the history {pt.he()} gave, "
            "and it would be neccessary for the patient to continue treatment without "
            "interruption. "
        )
    )
    d.t(f"{pt.he().capitalize()} can be reached at ").pii("PHONE", x.phone())
    d.t(" or through our clinic. Please do not hesitate to contact me.\n\n")
    d.t("Sincerely,\n\n").pii("PERSON", doc.natural()).t(
        r.choice([", MD", ", MD, MPH", ", PsyD", ", NP"])
    )
    d.t(f"\nAttending, {site}\n")


def _school_letter(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    parent = x.person()
    kid = x.child_of(parent)
    school, dbn = r.choice(SCHOOLS)
    staff = x.person()
    haitian = r.random() < 0.6
    country = HOLDOUT_COUNTRIES[12] if haitian and r.random() < 0.7 else x.country()
    d.t(f"{school} ({dbn})\n{x.recent_date()}\n\n")
    if haitian:
        d.t("Chè paran/gadyen ").pii("PERSON", parent.short()).t(",\n\n")
        d.t("Nou kontan akeyi pitit ou a, ").pii("PERSON", kid.short()).t(", nan lekòl nou an. ")
        d.t("Dapre dosye nou, ").pii("PERSON", kid.given).t(" fèt ").pii(
            "DATE_OF_BIRTH", x.dob_fr(creole=True, child=True)
        )
        d.t(" nan ").pii("COUNTRY_OF_BIRTH", "Ayiti" if country.en == "Haiti" else country.fr).t(
            ". "
        )
        d.t("Tanpri konfime adrès nou genyen an: ").pii("ADDRESS", x.address()).t(
            ", ak nimewo telefòn ou: "
        )
        d.pii("PHONE", x.phone()).t(". ")
        d.t("Lekòl la pa janm mande estati imigrasyon. ")
        d.t("Si ou gen kesyon, rele koòdonatè paran yo nan 718-651-0102 x2237.\n\nMèsi,\n\n")
    else:
        d.t("Madame, Monsieur")
        if r.random() < 0.4:
            d.t(" ").pii("PERSON", fold(parent.surname).upper())
        d.t(",\n\nNous avons le plaisir d'accueillir votre enfant, ").pii("PERSON", kid.short())
        d.t(", né" + ("e" if kid.female else "") + " le ").pii(
            "DATE_OF_BIRTH", x.dob_fr(child=True)
        )
        d.t(" (pays de naissance : ").pii("COUNTRY_OF_BIRTH", country.fr).t("). ")
        d.t("Veuillez confirmer votre adresse : ").pii("ADDRESS", x.address()).t(
            " et votre numéro : "
        )
        d.pii("PHONE", x.phone()).t(
            ". L'école ne demande jamais le statut d'immigration.\n\nCordialement,\n\n"
        )
    d.pii("PERSON", staff.natural()).t(
        r.choice([", Konseye", ", Parent Coordinator", ", Conseillère"]) + "\n"
    )
    if r.random() < 0.5:
        d.pii("EMAIL", x.staff_email(staff, "schools.nyc.gov")).t("\n")


def _uscis_cover(x: HoldoutFake, d: Doc) -> None:
    r = x.r
    cl = x.person()
    staff = x.person()
    country = x.country()
    code, status = r.choice(EOIR_CATEGORIES)
    d.t(f"{r.choice(LEGAL_ORGS)}\n{r.choice(ORG_LETTERHEADS)}\n\n{x.recent_date()}\n\n")
    d.t("USCIS\nAttn: I-765\nP.O. Box 660867\nDallas, TX 75266-0867\n\n")
    d.t("RE: Form I-765, Application for Employment Authorization\n")
    d.t("    Applicant: ").pii("PERSON", cl.caps_last_first()).t("\n")
    d.t("    A-Number: ").pii("A_NUMBER", x.a_number()).t("\n")
    d.t("    Date of Birth: ").pii("DATE_OF_BIRTH", x.dob()).t("\n")
    d.t("    Country of Birth: ").pii("COUNTRY_OF_BIRTH", country.en).t("\n")
    d.t(f"    Eligibility category: {code} - ").mark("IMMIGRATION_STATUS", status).t("\n")
    d.t("    Underlying application receipt: ").pii("USCIS_RECEIPT", x.receipt()).t("\n\n")
    d.t(
        "Dear Officer:\n\nEnclosed please find Form I-765 and supporting evidence on behalf of "
        "our client, "
    )
    d.t(cl.title() + " ").pii("PERSON", cl.natural()).t(". Enclosures: G-28; copy of passport ")
    d.pii("PASSPORT", x.passport()).t("; I-94 record ").pii("I94", x.i94()).t(
        "; two photos; fee of $470 "
    )
    d.t("(or fee waiver). Please send notices to the applicant's mailing address, ")
    d.pii("ADDRESS", x.address()).t(", with a copy to our office. ")
    if r.random() < 0.5:
        d.t("The applicant's telephone is ").pii("PHONE", x.phone()).t(" and e-mail ").pii(
            "EMAIL", x.email(cl)
        ).t(". ")
    role = r.choice(["Staff Attorney", "DOJ Accredited Representative", "Supervising Paralegal"])
    d.t("\n\nSincerely,\n\n").pii("PERSON", staff.natural()).t(f"\n{role}\n")


def letter_d(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = HoldoutFake(r)
    b = B()
    d = Doc(b, width=r.choice([0, 0, 0, 76]))
    r.choice(
        [_court_support, _attorney_es, _hra_notice, _medical_letter, _school_letter, _uscis_cover]
    )(x, d)
    return [(b.text(), b.labels, "")]


# -- CSV extracts ------------------------------------------------------------------------------

Cell = tuple[str | None, str] | Callable[[Doc], Any]


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    """One segment per non-empty cell, the column header as written (separators as spaces)."""
    out: Out = []
    for row in rows:
        for column, cell in enumerate(row):
            b = B()
            if callable(cell):
                cell(Doc(b))
            elif cell[1]:
                type_, value = cell
                b.pii(type_, value) if type_ else b.t(value)
            text = b.text()
            if text:
                prefix = " ".join(header[column].replace("_", " ").split()) + ": "
                out.append((text, b.labels, prefix))
    return out


def _note_cell(x: HoldoutFake, who: HPerson) -> Cell:
    r = x.r
    kind = r.randrange(12)
    if kind >= 9:
        return (
            None,
            r.choice(
                [
                    "no show x2",
                    "needs MetroCard",
                    f"court letter {x.recent_date()}",
                    "",
                    "",
                    "pending docs",
                    f"paid {x.money()}",
                    "interp needed",
                ]
            ),
        )

    def write(d: Doc) -> None:
        if kind == 0:
            d.t("moved to ").pii("ADDRESS", x.address(full=0.4))
        elif kind == 1:
            d.t(r.choice(["mom's cell ", "new # ", "tel "])).pii("PHONE", x.phone())
        elif kind == 2:
            d.mark(
                "IMMIGRATION_STATUS",
                r.choice(["speaks Mam; ", "", "per cl: "]) + x.status(r.choice(["en", "es"])),
            )
        elif kind == 3:
            d.t(r.choice(["sister ", "HOH's partner ", "cousin "])).pii(
                "PERSON", x.person().short()
            )
            d.t(" also in shelter")
        elif kind == 4:
            d.t("I-94 ").pii("I94", x.i94()).t(" from CBP site")
        elif kind == 5:
            d.t("pasaporte ").pii("PASSPORT", x.passport()).t(" vencido")
        elif kind == 6:
            d.t("waiting on rcpt ").pii("USCIS_RECEIPT", x.receipt())
        elif kind == 7:
            d.t("email ").pii("EMAIL", x.email(who)).t(" - prefers text")
        else:
            country = x.country()
            if r.random() < 0.4:
                d.t(r.choice(["nacido en ", "país de nacimiento: "]))
                d.pii("COUNTRY_OF_BIRTH", country.es)
            else:
                d.t(r.choice(["born in ", "native of "])).pii("COUNTRY_OF_BIRTH", country.en)

    return write


def _country_cell(x: HoldoutFake) -> str:
    c = x.country()
    return x.r.choice([c.en, c.en.upper(), c.iso3, c.es, c.adj])


def _csv_shelter(x: HoldoutFake) -> tuple[list[str], list[list[Cell]]]:
    r = x.r
    header = [
        "CaseNo",
        "HOH_Last",
        "HOH_First",
        "DOB",
        "FamSize",
        "Site",
        "Borough",
        "Country_Birth",
        "Imm_Status",
        "Phone",
        "Last_Contact",
        "CM",
        "Notes",
    ]
    rows = []
    for _ in range(r.randint(4, 6)):
        hoh = x.person()
        cm = x.person()
        rows.append(
            [
                (None, f"FS-{x.digits(6)}"),
                ("PERSON", fold(hoh.surname).upper()),
                ("PERSON", fold(hoh.given).upper()),
                ("DATE_OF_BIRTH", x.dob_cell()),
                (None, str(r.randint(1, 7))),
                (None, f"Site {r.randint(1, 400)}"),
                (None, r.choice(["BRONX", "BROOKLYN", "QUEENS", "MANHATTAN", "STATEN IS"])),
                ("COUNTRY_OF_BIRTH", _country_cell(x)),
                ("IMMIGRATION_STATUS", r.choice(HOLDOUT_STATUS_CELLS)),
                ("PHONE", x.phone()),
                (None, x.timestamp()),
                ("PERSON", r.choice([cm.initial(), cm.caps_last_first()])),
                _note_cell(x, hoh),
            ]
        )
    return header, rows


def _csv_legal(x: HoldoutFake) -> tuple[list[str], list[list[Cell]]]:
    r = x.r
    header = [
        "matter_id",
        "client_full_name",
        "a_number",
        "date_of_birth",
        "nationality",
        "status",
        "receipt_number",
        "next_hearing",
        "court",
        "phone",
        "email",
        "assigned_to",
    ]
    rows = []
    for _ in range(r.randint(4, 6)):
        cl = x.person()
        rows.append(
            [
                (None, f"{r.randint(24, 26)}-{x.digits(5)}"),
                ("PERSON", r.choice([cl.natural(), cl.last_first()])),
                ("A_NUMBER", x.a_number_cell()),
                ("DATE_OF_BIRTH", x.dob_cell()),
                ("COUNTRY_OF_BIRTH", r.choice([x.country().adj, x.country().en])),
                ("IMMIGRATION_STATUS", r.choice(HOLDOUT_STATUS_CELLS)),
                ("USCIS_RECEIPT", x.receipt() if r.random() < 0.7 else ""),
                (None, f"{x.timestamp()[:10]} 08:30"),
                (None, r.choice(["NYC - Broadway", "NYC - Fed Plaza", "Varick (det.)"])),
                ("PHONE", x.phone()),
                ("EMAIL", x.email(cl) if r.random() < 0.6 else ""),
                ("PERSON", x.person().short()),
            ]
        )
    return header, rows


def _csv_school(x: HoldoutFake) -> tuple[list[str], list[list[Cell]]]:
    r = x.r
    header = [
        "StudentName",
        "Grade",
        "BirthDate",
        "BirthCountry",
        "HomeLang",
        "ParentGuardian",
        "HomePhone",
        "HomeAddress",
        "DateAdmitted",
        "ENL",
    ]
    rows = []
    for _ in range(r.randint(4, 6)):
        parent = x.person()
        kid = x.child_of(parent)
        rows.append(
            [
                ("PERSON", kid.caps_last_first()),
                (None, r.choice(["K", "03", "06", "09", "10", "12"])),
                ("DATE_OF_BIRTH", x.dob_cell(child=True)),
                ("COUNTRY_OF_BIRTH", _country_cell(x)),
                (None, r.choice(LANGUAGES)),
                ("PERSON", parent.caps()),
                ("PHONE", x.phone()),
                ("ADDRESS", x.address(caps=True)),
                (None, x.recent_date()),
                (None, r.choice(["Y", "N", "Y"])),
            ]
        )
    return header, rows


def _csv_hra(x: HoldoutFake) -> tuple[list[str], list[list[Cell]]]:
    r = x.r
    header = [
        "hh_id",
        "applicant_name",
        "ssn_itin",
        "dob",
        "address",
        "borough",
        "idnyc",
        "i94",
        "status",
        "snap_amt",
        "worker",
    ]
    rows = []
    for _ in range(r.randint(4, 6)):
        app = x.person()
        number = r.random()
        rows.append(
            [
                (None, f"{x.digits(9)}{r.choice('ABCDE')}"),
                ("PERSON", r.choice([app.caps_last_first(), app.short()])),
                ("SSN", x.ssn())
                if number < 0.5
                else ("ITIN", x.itin())
                if number < 0.85
                else (None, "NONE"),
                ("DATE_OF_BIRTH", x.dob_cell()),
                ("ADDRESS", x.address(caps=r.random() < 0.6, full=0.3)),
                (None, r.choice(["BX", "BK", "QN", "MN", "SI"])),
                ("IDNYC", x.idnyc() if r.random() < 0.6 else ""),
                ("I94", x.i94() if r.random() < 0.5 else ""),
                ("IMMIGRATION_STATUS", r.choice(HOLDOUT_STATUS_CELLS)),
                (None, x.money()),
                ("PERSON", x.person().caps_last_first()),
            ]
        )
    return header, rows


def _csv_hospital(x: HoldoutFake) -> tuple[list[str], list[list[Cell]]]:
    r = x.r
    header = [
        "acct",
        "pt_name",
        "birth_dt",
        "pt_phone",
        "pt_address",
        "country",
        "passport_no",
        "ec_name",
        "ec_phone",
        "fin_class",
        "notes",
    ]
    rows = []
    for _ in range(r.randint(4, 6)):
        pt = x.person()
        rows.append(
            [
                (None, x.digits(10)),
                ("PERSON", pt.caps_last_first()),
                ("DATE_OF_BIRTH", x.dob_cell()),
                ("PHONE", x.phone()),
                ("ADDRESS", x.address(caps=True)),
                ("COUNTRY_OF_BIRTH", _country_cell(x)),
                ("PASSPORT", x.passport() if r.random() < 0.7 else ""),
                ("PERSON", x.person().caps()),
                ("PHONE", x.phone_abroad() if r.random() < 0.4 else x.phone()),
                (None, r.choice(["NYC CARE", "SELF PAY", "EMERG MEDICAID", "MEDICAID"])),
                _note_cell(x, pt),
            ]
        )
    return header, rows


def csv_extract_d(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    x = HoldoutFake(r)
    shape = r.choice([_csv_shelter, _csv_legal, _csv_school, _csv_hra, _csv_hospital])
    header, rows = shape(x)
    return _cells(B, header, rows)


HOLDOUT_TEMPLATES = {
    "case_note_d": case_note_d,
    "intake_form_d": intake_form_d,
    "letter_d": letter_d,
    "csv_extract_d": csv_extract_d,
}
