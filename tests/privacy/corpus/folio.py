"""The "folio" split: a blind held-out corpus of "*_m" templates (case notes, intake forms,
letters, CSV extracts).

Written blind on 2026-12-03 without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates; only the corpus interface (Builder, generate, the
scoring and the shape tests) was read. Its names and streets come from pools of its own, checked by
tests/privacy/test_eval_corpus.py to share no name, name word, nickname or street with any older
pool; countries and status terms are closed vocabularies, written as real NYC files write them.
About a third of the names are rare ones (the rare_* lists).

Institutions and layouts (each template picks one sub-layout per document):

- case notes: an HPD complaint narrative typed in capitals by a 311 call-taker; a Department of
  Probation pre-sentence interview excerpt; a school social worker's McKinney-Vento (students in
  temporary housing) log; a hospital interpreter-services request; a worker-centre caseworker's
  note in Spanglish; a legal-aid hotline callback note hard-wrapped so that values break across
  lines.
- intake forms: a Commission on Human Rights inquiry form; a summer-camp registration with its
  medical and pick-up pages; a Family Justice Center referral to a domestic-violence shelter; a
  Workers' Compensation C-3 claim flattened from PDF, each value above its label; an OCR'd
  passport bio page with both MRZ lines (an OCR O-for-0 in some passport numbers); a community
  board speaker sign-up sheet; an I-797C interview notice retyped by a caseworker.
- letters: a certified translation of a foreign birth certificate with the translator's
  affidavit and notary block; a house of worship's marriage-register certificate; a union hiring
  hall's E-Verify letter; a worker co-operative's welcome letter; an adult-literacy programme's
  support letter; a legal-aid EAD letter with a client address block.
- CSV extracts (one segment per cell, prefixed with its column header): a legal-aid hotline
  callback queue; an adult-literacy placement-test roster; a union hiring hall's dispatch list;
  a notary journal (ID type and number in one cell); a mutual-aid spreadsheet with a Spanish or
  French header row, comments typed into cells and addresses with line breaks inside cells; a
  hospital interpreter-request log; a document kiosk's scan log with IDNYC, I-797C (JSON) and
  PDF417 barcode payloads pasted as text.

Labelled: PERSON (residents, relatives and staff, in every form: "LAST, First", initials with
surname, capitals, lower case, nicknames, signatures, a possessive's name without "'s", MRZ and
barcode name fields), A_NUMBER (A + 8 or 9 digits in many separator styles, and bare digits after
an "A#" cue), SSN, ITIN, PASSPORT, PHONE (residents', foreign ones included), EMAIL (residents'
and staff members' own addresses), DATE_OF_BIRTH (any format, MRZ YYMMDD and barcode forms
included), ADDRESS (residents' street addresses with unit, on one line or several), IDNYC
(16 digits, grouped or not), USCIS_RECEIPT, I94 (11 digits, or 9 digits + letter + digit),
IMMIGRATION_STATUS (the status words only, in English, Spanish, French, Portuguese, Russian and
Arabic) and COUNTRY_OF_BIRTH (country names, demonyms, Spanish and French names, ISO codes in MRZ
and nationality fields).

Left unlabelled on purpose (distractors): 311 service-request, docket, NYSID, inquiry, referral,
ticket, queue, request, dispatch, member, capital-account, student (OSIS), MRN, Medicaid CIN,
policy, WCB case, notary commission, licence, register-entry and driver-licence numbers;
appointment, hearing, interview, registration, intake and visit dates and times; ages; money;
agency and organisation names and their addresses, main phone numbers, vendor lines and shared
mailboxes (intake@, info@); form names (I-765, I-797C, I-589, I-360, C-3); languages; ZIP+4
codes in agency addresses; job sites; places of birth below country level; and streets or
buildings named after people.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from typing import Any


def fold(text: str) -> str:
    """`text` without accents (combining marks dropped after NFKD)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _w(s: str) -> list[str]:
    """Words of `s`; "_" joins the parts of a two-word name."""
    return [x.replace("_", " ") for x in s.split()]


# Names: given names, surnames, nicknames and rare names per community. Residents and staff are
# both drawn from every community.
FOLIO_COMMUNITIES: dict[str, dict[str, Any]] = {
    "tongan_samoan": {
        "given_f": _w("Losaline Salote Mele Lesieli Seini Fehoko Vaimoana Losana"),
        "given_m": _w("Siosaia Tevita Viliami Siosifa Sione Lopeti Semisi Fatai"),
        "surnames": _w("Fifita Havili Taufa Kioa Fonua Hufanga Faleolo Tuilagi Leota Fuimaono"),
        "nicknames_f": _w("Lesi Mafi"),
        "nicknames_m": _w("Sia Vili"),
        "rare_given_f": _w("Mosikaka Tu'ifua Heilala Kakala"),
        "rare_given_m": _w("Tonga'uiha Kalolo Fe'ao"),
        "rare_surnames": _w("Tuiasosopo Pulu-Fakatava Mapapalangi Lolohea Vakalahi Vainikolo Tupouniua"),
        "countries": [("Tonga", "Tongan", "TON", "Tonga", "Tonga"),
                      ("Samoa", "Samoan", "WSM", "Samoa", "Samoa")],
        "cities": ["Nuku'alofa", "Neiafu", "Apia"],
        "phone_cc": ["+676", "+685"],
    },
    "basque": {
        "given_f": _w("Itziar Edurne Nekane Garazi Ainhoa Maialen Irati"),
        "given_m": _w("Iñaki Gorka Aitor Unai Joseba Koldo Ander"),
        "surnames": _w("Etxeberria Goikoetxea Arrizabalaga Olaizola Zubizarreta Agirre Urkiola"),
        "nicknames_f": _w("Nekanetxu Itzi"),
        "nicknames_m": _w("Iñakitxo Josu"),
        "rare_given_f": _w("Arrate Zuriñe Uxue Ekhiñe"),
        "rare_given_m": _w("Eneko Xabat Oier"),
        "rare_surnames": _w("Lizarralde-Ugarte Iturbe Amezketa Ibargutxi Urrestarazu"),
        "countries": [("Spain", "Spanish", "ESP", "España", "Espagne"),
                      ("France", "French", "FRA", "Francia", "France")],
        "cities": ["Bilbao", "Donostia", "Baiona"],
        "phone_cc": ["+34"],
    },
    "maltese": {
        "given_f": _w("Marthese Josianne Doriette Antoinette Graziella"),
        "given_m": _w("Ċensu Pawlu Ġorġ Saviour Ninu Wistin"),
        "surnames": _w("Borg Camilleri Farrugia Zammit Grech Cassar Spiteri Micallef Xuereb"),
        "nicknames_f": _w("Ġanni Ninetta"),
        "nicknames_m": _w("Ċikku Lolly"),
        "rare_given_f": _w("Ġużeppa Rożarja Marjanna"),
        "rare_given_m": _w("Ġwann Karmenu"),
        "rare_surnames": _w("Azzopardi Bonnici Debattista Sapiano"),
        "countries": [("Malta", "Maltese", "MLT", "Malta", "Malte")],
        "cities": ["Birkirkara", "Żejtun", "Qormi"],
        "phone_cc": ["+356"],
    },
    "bukharian": {
        "given_f": _w("Shoshana Yaffa Bella Sarina Ziva Rakhil Bahor"),
        "given_m": _w("Imanuel Boruch Rafael Nisan Avner Ilyusha"),
        "surnames": _w("Davydov Kandov Pinkhasov Yadgarov Tolmasov Ruvinov Mavashev Shimonov"),
        "nicknames_f": _w("Shosha Lyuba"),
        "nicknames_m": _w("Gavrik Shura"),
        "rare_given_f": _w("Mazol Bakhmal Tsiporo Zilpo"),
        "rare_given_m": _w("Mordukhai Yunatan Yekutiel Malkiel"),
        "rare_surnames": _w("Babakhanov Yusufzhonov Yagudayev Ilyaguev Mushailov Ilyazarov"),
        "countries": [("Uzbekistan", "Uzbek", "UZB", "Uzbekistán", "Ouzbékistan"),
                      ("Tajikistan", "Tajik", "TJK", "Tayikistán", "Tadjikistan")],
        "cities": ["Bukhara", "Samarkand", "Dushanbe"],
        "phone_cc": ["+998", "+992"],
    },
    "kabyle": {
        "given_f": _w("Tiziri Tinhinan Dihya Thiziri Lunja Taninna"),
        "given_m": _w("Massinissa Aksil Amayas Yuba Idir Jugurtha"),
        "surnames": _w("Amrouche Oulhadj Menguellet Boudjema Azzoug Hadjadj Ouramdane Meziane"),
        "nicknames_f": _w("Tizi Nounou"),
        "nicknames_m": _w("Massi Amayasse"),
        "rare_given_f": _w("Tanina Tassadit Tafsut"),
        "rare_given_m": _w("Mastan Aghilas"),
        "rare_surnames": _w("Slimani Ait-Ouarab Bessaoud Nait-Sidi"),
        "countries": [("Algeria", "Algerian", "DZA", "Argelia", "Algérie"),
                      ("Morocco", "Moroccan", "MAR", "Marruecos", "Maroc")],
        "cities": ["Azazga", "Béjaïa", "Nador"],
        "phone_cc": ["+213", "+212"],
    },
    "sinhala": {
        "given_f": _w("Dilrukshi Chamari Nilmini Sanduni Thilini Ishara"),
        "given_m": _w("Chaminda Nuwan Lasith Upul Kasun Tharindu"),
        "surnames": _w("Wickramasinghe Jayawardena Gunasekara Dissanayake Herath Senanayake "
                       "Wijesinghe Ranasinghe"),
        "nicknames_f": _w("Chami Nilu"),
        "nicknames_m": _w("Nuwa Kasi"),
        "rare_given_f": _w("Hasanthika Piyumi Dulanjali"),
        "rare_given_m": _w("Sumedha Ruwantha Janaka"),
        "rare_surnames": _w("Abeygunawardena Kumarasiri Weerakkody Ekanayake-Mudiyanselage Kahawatte Nishshanka"),
        "countries": [("Sri Lanka", "Sri Lankan", "LKA", "Sri Lanka", "Sri Lanka")],
        "cities": ["Kandy", "Negombo", "Kurunegala"],
        "phone_cc": ["+94"],
    },
    "south_sudanese": {
        "given_f": _w("Nyandeng Achol Nyibol Abuk Nyakim Nyayien Achai"),
        "given_m": _w("Ajak Garang Majok Makuei Malual Ayuen Kuot"),
        "surnames": _w("Akech Mabior Nhial Gatluak Kuol Thon Chol Mayen Akuei"),
        "nicknames_f": _w("Aba_Nyan Nyakuoth"),
        "nicknames_m": _w("Abi_Lual Dut"),
        "rare_given_f": _w("Apajok Nyalual Ajok Nyanut"),
        "rare_given_m": _w("Wol Ayom Machar"),
        "rare_surnames": _w("Lual-Atem Manyang Kiir-Mayardit Garangdit Makuach"),
        "countries": [("South Sudan", "South Sudanese", "SSD", "Sudán del Sur", "Soudan du Sud"),
                      ("Sudan", "Sudanese", "SDN", "Sudán", "Soudan")],
        "cities": ["Juba", "Bor", "Malakal"],
        "phone_cc": ["+211"],
    },
    "zimbabwe_sa": {
        "given_f": _w("Nomvula Thandeka Lindiwe Nokuthula Rudo Chipo Tendai"),
        "given_m": _w("Sipho Thabo Mandla Tatenda Tinashe Farai Kudzai"),
        "surnames": _w("Dlamini Ndlovu Mahlangu Nkosi Mthembu Sibanda Mutasa Khumalo Moyo"),
        "nicknames_f": _w("Thandi Lindi"),
        "nicknames_m": _w("Tatie Mandlakazi"),
        "rare_given_f": _w("Nyasha Rufaro Ntombizodwa Ruvimbo Chiedza"),
        "rare_given_m": _w("Tawanda Simbarashe Lwazi"),
        "rare_surnames": _w("Chikwanha Mupfumira Mthimkhulu Nyathi-Dube Zvobgo"),
        "countries": [("Zimbabwe", "Zimbabwean", "ZWE", "Zimbabue", "Zimbabwe"),
                      ("South Africa", "South African", "ZAF", "Sudáfrica", "Afrique du Sud")],
        "cities": ["Bulawayo", "Harare", "Durban"],
        "phone_cc": ["+263", "+27"],
    },
    "indo_guyanese": {
        "given_f": _w("Roopwattie Indranie Lalita Bibi Taramattie Gangadai"),
        "given_m": _w("Bhola Rajkumar Harrinarine Lochan Sahadeo Jaikaran"),
        "surnames": _w("Basdeo Budhu Persram Kissoon Sugrim Bissessar Ramotar Nandlall"),
        "nicknames_f": _w("Indy Roopy"),
        "nicknames_m": _w("Deo Dhanpaul"),
        "rare_given_f": _w("Sookwantie Parbattie Dhanwattie"),
        "rare_given_m": _w("Sewnarine Persaudlall"),
        "rare_surnames": _w("Ramcharitar Seebaran Seenauth Rupnarain"),
        "countries": [("Guyana", "Guyanese", "GUY", "Guyana", "Guyana"),
                      ("Trinidad and Tobago", "Trinidadian", "TTO", "Trinidad y Tobago",
                       "Trinité-et-Tobago")],
        "cities": ["Berbice", "Essequibo", "Chaguanas"],
        "phone_cc": ["+592", "+1 868"],
    },
    "assyrian": {
        "given_f": _w("Shamiran Ninva Nineveh Sawa Atour"),
        "given_m": _w("Sargon Ashur Esho Gewargis Dawood Benyamin"),
        "surnames": _w("Yonan Odisho Khoshaba Warda Shlimon Bahdi Kakos"),
        "nicknames_f": _w("Shami Ninvy"),
        "nicknames_m": _w("Atto Sargy"),
        "rare_given_f": _w("Shmouni Ramsina Mooshie"),
        "rare_given_m": _w("Odishu Nimrod"),
        "rare_surnames": _w("Khamisso Sliwa Zaia Barkho Gewargizov"),
        "countries": [("Iraq", "Iraqi", "IRQ", "Irak", "Irak"), ("Syria", "Syrian", "SYR", "Siria", "Syrie")],
        "cities": ["Dohuk", "Alqosh", "Qamishli"],
        "phone_cc": ["+964", "+963"],
    },
    "parsi": {
        "given_f": _w("Zarine Perizad Dinaz Khorshed Roshni Shernaz Pervin"),
        "given_m": _w("Jamshed Rustom Homi Noshir Farokh Firdosh"),
        "surnames": _w("Daruwalla Mistry Wadia Bharucha Kapadia Batliwala Sethna Dastur"),
        "nicknames_f": _w("Freny Dinu"),
        "nicknames_m": _w("Rusi Bawaji"),
        "rare_given_f": _w("Mahrukh Armaity"),
        "rare_given_m": _w("Kaikhushru Aspi Nozer Hormazd"),
        "rare_surnames": _w("Colabawala Wadiwala Sodawaterwala Jeejeebhoy Readymoney"),
        "countries": [("India", "Indian", "IND", "India", "Inde"),
                      ("Pakistan", "Pakistani", "PAK", "Pakistán", "Pakistan")],
        "cities": ["Navsari", "Karachi", "Mumbai"],
        "phone_cc": ["+91", "+92"],
    },
    "icelandic": {
        "given_f": _w("Sigrún Hrafnhildur Ragnheiður Þórdís Brynja Guðbjörg"),
        "given_m": _w("Þorsteinn Hallgrímur Snorri Eyvindur Ragnar Bjarni"),
        "surnames": _w("Sigurðardóttir Hallgrímsson Þorvaldsdóttir Jóhannesson Gunnlaugsson"),
        "nicknames_f": _w("Sigga Hrabba"),
        "nicknames_m": _w("Steini Bjössi"),
        "rare_given_f": _w("Ásthildur Bergþóra Þorgerður Valgerður"),
        "rare_given_m": _w("Skarphéðinn Hrafnkell Þórólfur"),
        "rare_surnames": _w("Ásgeirsdóttir Hjaltested Thorarensen Eggertsdóttir"),
        "countries": [("Iceland", "Icelandic", "ISL", "Islandia", "Islande")],
        "cities": ["Akureyri", "Reykjavík", "Ísafjörður"],
        "phone_cc": ["+354"],
    },
    "welsh": {
        "given_f": _w("Angharad Eluned Ffion Gwenllian Myfanwy Ceridwen"),
        "given_m": _w("Iorwerth Gruffydd Emrys Dafydd Rhodri Gethin"),
        "surnames": _w("Pritchard Llewellyn Vaughan Gwilliam Prydderch Bowen"),
        "nicknames_f": _w("Ffi Gwen"),
        "nicknames_m": _w("Rhod Ianto"),
        "rare_given_f": _w("Nerys Bronwen Tegwen Heledd"),
        "rare_given_m": _w("Cadfael Ieuan"),
        "rare_surnames": _w("Meredudd Llwyd Cadwaladr"),
        "countries": [("United Kingdom", "British", "GBR", "Reino Unido", "Royaume-Uni")],
        "cities": ["Aberystwyth", "Caernarfon"],
        "phone_cc": ["+44"],
    },
    "dutch_finnish": {
        "given_f": _w("Maartje Femke Sietske Aino Satu Tuulikki"),
        "given_m": _w("Joost Sjoerd Wouter Bram Eero Teemu"),
        "surnames": _w("Veenstra Hoekstra Dijkhuizen Terpstra Wijnberg Korhonen Mäkelä Nieminen "
                       "Lehtonen"),
        "nicknames_f": _w("Femmie Tuuli"),
        "nicknames_m": _w("Sjoerdje Jussi-Pekka"),
        "rare_given_f": _w("Hiske Wietske Kyllikki Tjitske Aulikki"),
        "rare_given_m": _w("Tjeerd Ulpu Tapio"),
        "rare_surnames": _w("Tjalsma Haverkamp-Oosterhuis Kärkkäinen Väisänen"),
        "countries": [("Netherlands", "Dutch", "NLD", "Países Bajos", "Pays-Bas"),
                      ("Finland", "Finnish", "FIN", "Finlandia", "Finlande")],
        "cities": ["Leeuwarden", "Tampere"],
        "phone_cc": ["+31", "+358"],
    },
    "hungarian": {
        "given_f": _w("Erzsébet Zsófia Ildikó Csilla"),
        "given_m": _w("Gyula Zsolt Levente Bence"),
        "surnames": _w("Szabó Tóth Kovács Varga Horváth Fekete Bodnár"),
        "nicknames_f": _w("Zsófi Erzsi"),
        "nicknames_m": _w("Gyuszi Zsoli"),
        "rare_given_f": _w("Ildi Boglárka Hajnalka Emese"),
        "rare_given_m": _w("Ágoston Bendegúz Csongor Zsigmond"),
        "rare_surnames": _w("Szentgyörgyi Hódmezei"),
        "countries": [("Hungary", "Hungarian", "HUN", "Hungría", "Hongrie"),
                      ("Romania", "Romanian", "ROU", "Rumania", "Roumanie")],
        "cities": ["Debrecen", "Cluj-Napoca"],
        "phone_cc": ["+36", "+40"],
    },
}  # fmt: skip

# Real NYC streets: (street, city as mail is addressed, ZIP, Queens-style hyphenated numbers?).
FOLIO_STREETS: list[tuple[str, str, str, bool]] = [
    ("Longfellow Avenue", "Bronx", "10459", False),
    ("Findlay Ave", "Bronx", "10456", False),
    ("Topping Avenue", "Bronx", "10457", False),
    ("Boscobel Ave", "Bronx", "10452", False),
    ("Manor Avenue", "Bronx", "10472", False),
    ("Elder Ave", "Bronx", "10472", False),
    ("Commonwealth Avenue", "Bronx", "10472", False),
    ("Boynton Ave", "Bronx", "10472", False),
    ("Hull Avenue", "Bronx", "10467", False),
    ("Kossuth Ave", "Bronx", "10467", False),
    ("Yates Avenue", "Bronx", "10469", False),
    ("Pearsall Ave", "Bronx", "10469", False),
    ("Tomlinson Avenue", "Bronx", "10461", False),
    ("Schieffelin Ave", "Bronx", "10466", False),
    ("Rhinelander Avenue", "Bronx", "10462", False),
    ("Unionport Road", "Bronx", "10462", False),
    ("Intervale Avenue", "Bronx", "10459", False),
    ("Aldus Street", "Bronx", "10459", False),
    ("Eagle Ave", "Bronx", "10455", False),
    ("Jennings Street", "Bronx", "10459", False),
    ("Granite Street", "Brooklyn", "11207", False),
    ("Van Sinderen Ave", "Brooklyn", "11207", False),
    ("Logan Street", "Brooklyn", "11208", False),
    ("Mermaid Ave", "Brooklyn", "11224", False),
    ("Starr Street", "Brooklyn", "11237", False),
    ("Covert St", "Brooklyn", "11207", False),
    ("Eldert Street", "Brooklyn", "11207", False),
    ("Chauncey St", "Brooklyn", "11233", False),
    ("Sumpter Street", "Brooklyn", "11233", False),
    ("Woodruff Ave", "Brooklyn", "11226", False),
    ("Caton Avenue", "Brooklyn", "11218", False),
    ("Quentin Road", "Brooklyn", "11229", False),
    ("Bay 31st Street", "Brooklyn", "11214", False),
    ("Hamilton Place", "New York", "10031", False),
    ("Monroe Street", "New York", "10002", False),
    ("Norfolk St", "New York", "10002", False),
    ("Pell Street", "New York", "10013", False),
    ("Jumel Place", "New York", "10032", False),
    ("Warren Street", "Elmhurst", "11373", True),
    ("Otis Avenue", "Corona", "11368", True),
    ("Prince St", "Flushing", "11354", True),
    ("Phlox Place", "Flushing", "11355", True),
    ("Beech Avenue", "Flushing", "11355", True),
    ("Highland Ave", "Jamaica", "11432", True),
    ("Utopia Parkway", "Fresh Meadows", "11366", True),
    ("Juniper Blvd South", "Middle Village", "11379", True),
    ("Pidgeon Meadow Road", "Flushing", "11358", True),
    ("Steuben Street", "Staten Island", "10304", False),
    ("Sand Lane", "Staten Island", "10305", False),
    ("Slosson Ave", "Staten Island", "10314", False),
    ("Walloon Street", "Staten Island", "10303", False),
    ("Crystal Avenue", "Staten Island", "10302", False),
]


# -- generators ---------------------------------------------------------------------------------

Out = list[tuple[str, list[Any], str]]

months = (
    "January February March April May June July August September October November December".split()
)
meses = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
mois = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)

status_terms: dict[str, list[str]] = {
    "en": ["asylum seeker", "asylee", "refugee", "TPS", "Temporary Protected Status",
           "humanitarian parole", "parolee", "CHNV parole", "LPR", "lawful permanent resident",
           "green card holder", "undocumented", "DACA", "SIJS", "U visa", "T visa",
           "conditional resident", "out of status", "pending asylum", "withholding of removal",
           "no status", "EWI", "naturalized citizen", "visa overstay", "B-2 overstay",
           "asylum applicant", "U-visa petitioner", "permanent resident"],
    "es": ["indocumentado", "indocumentada", "sin papeles", "asilado", "asilada",
           "solicitante de asilo", "refugiado", "residente permanente", "parole humanitario",
           "ciudadana naturalizada", "sin estatus", "residente legal"],
    "fr": ["demandeur d'asile", "demandeuse d'asile", "réfugié", "réfugiée", "sans papiers",
           "résident permanent",
           "résidente permanente", "statut de protection temporaire"],
    "pt": ["sem documentos", "requerente de asilo", "refugiado", "residente permanente"],
    "ru": ["беженец", "без документов", "грин-карта", "политическое убежище"],
    "ar": ["لاجئ", "طالب لجوء", "بدون أوراق"],
}  # fmt: skip

org_domains = ["bxlegalhelp.org", "queensworkers.org", "cchr.nyc.gov", "probation.nyc.gov",
               "nychhc.org", "literacyhub-ny.org", "fjcnyc.org", "sweepcoop.coop"]  # fmt: skip
free_mail = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
             "protonmail.com", "gmail.com", "yahoo.com.ar", "mail.ru"]  # fmt: skip
# The language each community's members most often ask an interpreter for (not PII).
languages = {
    "tongan_samoan": "Tongan", "basque": "Basque", "maltese": "Maltese", "bukharian": "Bukhori",
    "kabyle": "Kabyle", "sinhala": "Sinhala", "south_sudanese": "Dinka", "zimbabwe_sa": "Shona",
    "indo_guyanese": "Hindi", "assyrian": "Assyrian Neo-Aramaic", "parsi": "Gujarati",
    "icelandic": "Icelandic", "welsh": "Welsh", "dutch_finnish": "Dutch", "hungarian": "Hungarian",
}  # fmt: skip
units = ["Apt 3F", "Apt. 2R", "#4B", "Apt 1", "Fl 2", "Bsmt", "Apt 6-C", "2nd Fl", "Apt. 17D",
         "Rear", "Unit 5", "Apt 3 Left"]  # fmt: skip


def _d(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789") for _ in range(n))


class _P:
    """A person: given name, surname, sex and community."""

    def __init__(self, r: random.Random, comm: str | None = None, sex: str | None = None) -> None:
        self.comm = comm or r.choice(sorted(FOLIO_COMMUNITIES))
        c = FOLIO_COMMUNITIES[self.comm]
        self.sex = sex or r.choice("fm")
        rare = r.random() < 0.33
        self.given = r.choice(c[("rare_given_" if rare else "given_") + self.sex])
        if r.random() < 0.12:
            other = r.choice(c["given_" + self.sex])
            if other != self.given:
                self.given = f"{self.given} {other}"
        surnames = c["rare_surnames" if r.random() < 0.33 else "surnames"]
        if self.comm == "icelandic":  # patronymics: -dóttir for women, -son for men
            wrong = "son" if self.sex == "f" else "dóttir"
            surnames = [s for s in surnames if not s.endswith(wrong)] or surnames
        self.surname = r.choice(surnames)
        self.nick = r.choice(c["nicknames_" + self.sex])
        self.first = self.given.split()[0]
        self.country = r.choice(c["countries"])
        self.city = r.choice(c["cities"])

    def full(self) -> str:
        return f"{self.given} {self.surname}"

    def form(self, r: random.Random) -> str:
        """The name as files write it."""
        k = r.randrange(10)
        if k < 4:
            return self.full()
        if k == 4:
            return f"{self.surname.upper()}, {self.given}"
        if k == 5:
            return f"{self.surname}, {self.first}"
        if k == 6:
            return self.full().upper()
        if k == 7:
            return f"{self.first[0]}. {self.surname}"
        if k == 8:
            return self.full().lower()
        return f"{self.nick} {self.surname}"

    def last_first(self) -> str:
        return f"{self.surname.upper()}, {self.given.upper()}"


def _ascii(text: str) -> str:
    text = fold(text).replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ð", "D")
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -"))


def _dob_parts(r: random.Random, lo: int = 1946, hi: int = 2008) -> tuple[int, int, int]:
    return r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28)


def _fmt_date(r: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    k = r.randrange(12) if style is None else style
    return [
        f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{months[m - 1]} {d}, {y}", f"{d} {months[m - 1][:3]} {y}",
        f"{d:02d}-{months[m - 1][:3].upper()}-{y}", f"{m}-{d}-{y}", f"{m:02d}{d:02d}{y}",
        f"{d}/{m}/{y}", f"{months[m - 1][:3]}. {d} {y}", f"{y}/{m:02d}/{d:02d}",
    ][k]  # fmt: skip


def _dob(r: random.Random, lo: int = 1946, hi: int = 2008, style: int | None = None) -> str:
    return _fmt_date(r, *_dob_parts(r, lo, hi), style=style)


def _dob_es(r: random.Random, lo: int = 1946, hi: int = 2008) -> str:
    y, m, d = _dob_parts(r, lo, hi)
    return r.choice([f"{d} de {meses[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}"])


def _dob_fr(r: random.Random, lo: int = 1946, hi: int = 2008) -> str:
    y, m, d = _dob_parts(r, lo, hi)
    return r.choice([f"{d} {mois[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"])


def _when(r: random.Random) -> str:
    """An appointment, visit or hearing date (a distractor)."""
    y, m, d = r.choice([2025, 2026]), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{months[m - 1]} {d}, {y}",
                     f"{y}-{m:02d}-{d:02d}", f"{m}/{d}"])  # fmt: skip


def _a_number(r: random.Random) -> str:
    d = _d(r, 9) if r.random() < 0.75 else _d(r, 8)
    if len(d) == 9:
        return r.choice([
            f"A{d}", f"A-{d[:3]}-{d[3:6]}-{d[6:]}", f"A {d[:3]} {d[3:6]} {d[6:]}", f"A{d[:3]}-{d[3:6]}-{d[6:]}",
            f"A# {d}", f"a{d}", f"A-{d}", f"A{d[:3]} {d[3:6]} {d[6:]}", f"A.{d[:3]}.{d[3:6]}.{d[6:]}",
        ])  # fmt: skip
    return r.choice(
        [f"A{d}", f"A {d[:2]} {d[2:5]} {d[5:]}", f"A-{d[:2]}-{d[2:5]}-{d[5:]}", f"A0{d}"]
    )


def _a_bare(r: random.Random) -> str:
    """Digits alone, as written after an "A#" cue."""
    d = _d(r, 9)
    return r.choice([d, f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"])


def _ssn(r: random.Random) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    g, s = r.randint(1, 99), r.randint(1, 9999)
    return r.choice([f"{area:03d}-{g:02d}-{s:04d}", f"{area:03d} {g:02d} {s:04d}",
                     f"{area:03d}{g:02d}{s:04d}", f"{area:03d}-{g:02d}-{s:04d}"])  # fmt: skip


def _itin(r: random.Random) -> str:
    g = r.choice([*range(50, 66), *range(70, 89), *range(90, 93), *range(94, 100)])
    a, s = _d(r, 2), _d(r, 4)
    return r.choice([f"9{a}-{g}-{s}", f"9{a} {g} {s}", f"9{a}{g}{s}", f"9{a}-{g}-{s}"])


def _passport(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        r.choice(L) + _d(r, 7), r.choice(L) + r.choice(L) + _d(r, 7), _d(r, 9), r.choice(L) + _d(r, 8),
        r.choice(L) + r.choice(L) + _d(r, 6), "N" + _d(r, 7), _d(r, 8),
    ])  # fmt: skip


def _phone(r: random.Random, p: _P | None = None, foreign: float = 0.15) -> str:
    if p is not None and r.random() < foreign:
        cc = r.choice(FOLIO_COMMUNITIES[p.comm]["phone_cc"])
        return r.choice([f"{cc} {_d(r, 2)} {_d(r, 3)} {_d(r, 4)}", f"{cc} {_d(r, 3)} {_d(r, 4)}",
                         f"{cc.replace(' ', '')}{_d(r, 8)}", f"00{cc[1:]} {_d(r, 3)} {_d(r, 5)}"])  # fmt: skip
    area = r.choice(["718", "347", "929", "917", "646", "212", "332", "516"])
    ex, ln = str(r.randint(201, 989)), _d(r, 4)
    return r.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}",
                     f"({area}){ex}-{ln}", f"+1 {area} {ex} {ln}", f"1-{area}-{ex}-{ln}", f"{area}{ex}{ln}",
                     f"+1 ({area}) {ex}-{ln}"])  # fmt: skip


def _email(r: random.Random, p: _P) -> str:
    g, s = _ascii(p.first).lower().replace(" ", ""), _ascii(p.surname).lower().replace(" ", "")
    local = r.choice([f"{g}.{s}", f"{g}{s}{r.randint(1, 99)}", f"{g[0]}{s}", f"{s}.{g}{r.randint(70, 99)}",
                      f"{g}_{s[:4]}", f"{_ascii(p.nick).lower().replace(' ', '')}{r.randint(1, 2009)}"])  # fmt: skip
    return f"{local}@{r.choice(free_mail)}"


def _staff_email(r: random.Random, p: _P, domain: str) -> str:
    g, s = _ascii(p.first).lower().replace(" ", ""), _ascii(p.surname).lower().replace(" ", "")
    return r.choice([f"{g[0]}{s}@{domain}", f"{g}.{s}@{domain}", f"{s}{g[0]}@{domain}"])


def _street(r: random.Random) -> tuple[str, str, str, bool]:
    return r.choice(FOLIO_STREETS)


def _house(r: random.Random, queens: bool) -> str:
    if queens:
        return f"{r.randint(23, 219)}-{r.randint(1, 99):02d}"
    return str(r.choice([r.randint(1, 99), r.randint(100, 999), r.randint(1000, 2999)]))


def _address(r: random.Random, style: int | None = None) -> str:
    street, city, zip_, queens = _street(r)
    h, u = _house(r, queens), r.choice(units)
    k = r.randrange(9) if style is None else style
    if k == 0:
        return f"{h} {street}, {u}, {city}, NY {zip_}"
    if k == 1:
        return f"{h} {street} {u} {city} NY {zip_}"
    if k == 2:
        return f"{h} {street.upper()} {u.upper()}, {city.upper()}, NY {zip_}"
    if k == 3:
        return f"{u}, {h} {street}, {city} {zip_}"
    if k == 4:
        return f"{h} {street}, {u}"
    if k == 5:
        return f"{h} {street}\n{u}\n{city}, NY {zip_}"
    if k == 6:
        return f"{h} {street} {u}\n{city}, New York {zip_}"
    if k == 7:
        return f"{h} {street.lower()} {u.lower()} {city.lower()} {zip_}"
    return f"{h} {street}, {city}, NY {zip_}"


def _address_line(r: random.Random) -> str:
    return _address(r, r.choice([0, 1, 2, 3, 4, 7, 8]))


def _idnyc(r: random.Random) -> str:
    d = "1" + _d(r, 15)
    return r.choice([d, f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}", f"{d[:4]}-{d[4:8]}-{d[8:12]}-{d[12:]}",
                     f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])  # fmt: skip


def _receipt(r: random.Random) -> str:
    pre = r.choice(["EAC", "WAC", "LIN", "SRC", "IOE", "MSC", "NBC", "YSC", "IOE", "IOE"])
    d = r.choice(["2", "1", "0", "9"]) + _d(r, 9)
    return r.choice([f"{pre}{d}", f"{pre}{d}", f"{pre} {d}", f"{pre}-{d[:2]}-{d[2:5]}-{d[5:]}",
                     f"{pre}{d[:3]} {d[3:6]} {d[6:]}", f"{pre.lower()}{d}"])  # fmt: skip


def _i94(r: random.Random) -> str:
    if r.random() < 0.65:
        d = _d(r, 11)
        return r.choice([d, d, f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}", f"{d[:9]} {d[9:]}"])
    return f"{_d(r, 9)}{r.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{r.randint(0, 9)}"


def _status(r: random.Random, lang: str = "en") -> str:
    return r.choice(status_terms[lang])


def _status_native(r: random.Random, p: _P) -> str:
    """A status term in the language the person would use, where the tables have one."""
    lang = {"bukharian": "ru", "assyrian": "ar", "kabyle": "fr", "basque": "es"}.get(p.comm)
    return _status(r, lang or r.choice(["es", "fr", "pt"]))


def _country(r: random.Random, p: _P, form: str | None = None) -> str:
    name, demonym, iso, es, fr = p.country
    k = form or r.choice(["name", "name", "demonym", "iso"])
    return {"name": name, "demonym": demonym, "iso": iso, "es": es, "fr": fr}[k]


# distractors
def _nysid(r: random.Random) -> str:
    return f"{_d(r, 8)}{r.choice('HJKLMNPQRSTWYZ')}"


def _cin(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return f"{r.choice(L)}{r.choice(L)}{_d(r, 5)}{r.choice(L)}"


def _osis(r: random.Random) -> str:
    return "2" + _d(r, 8)


def _money(r: random.Random) -> str:
    return r.choice(
        [
            f"${r.randint(20, 4000):,}",
            f"${r.randint(5, 900)}.{_d(r, 2)}",
            f"{r.randint(50, 900)} USD",
        ]
    )


def _org_phone(r: random.Random) -> str:
    return r.choice(["(212) 639-9675", "212-416-0197", "311", "(718) 557-1399", "1-800-621-6228",
                     "(212) 306-7450", "646-751-8000"])  # fmt: skip


def _wrap(text: str, r: random.Random) -> str:
    """`text` with one of its spaces turned into a line break, as when a value wraps."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    i = r.choice(spaces)
    return text[:i] + "\n" + text[i + 1 :]


def _cells(B: Callable[[], Any], header: list[str], rows: list[list[Any]]) -> Out:
    """One segment per non-empty cell, its prefix the column header. A cell is a plain string
    (unlabelled), a (type, value) pair (all labelled) or a function that fills a Builder."""
    out: Out = []
    for row in rows:
        for col, cell in enumerate(row):
            b = B()
            if callable(cell):
                cell(b)
            elif isinstance(cell, tuple):
                b.pii(cell[0], cell[1])
            else:
                b.t(cell)
            if b.text():
                out.append((b.text(), b.labels, f"{header[col]}: "))
    return out


# -- case notes ---------------------------------------------------------------------------------


def _cn_311(r: random.Random, B: Callable[[], Any]) -> Out:
    """A 311 complaint narrative typed by the call-taker, in capitals."""
    b, p = B(), _P(r)
    kid = _P(r, p.comm)
    kid.surname = p.surname
    sr = f"311-{_d(r, 8)}"
    kind = r.choice(
        ["HEAT/HOT WATER", "PAINT/PLASTER", "UNSANITARY CONDITION", "WATER LEAK", "DOOR/WINDOW"]
    )
    b.t(
        f"SR# {sr}   AGENCY: HPD   COMPLAINT TYPE: {kind}\nCREATED {_when(r)} {r.randint(1, 12)}:{r.randint(0, 59):02d} PM\n"
    )
    b.t("CALLER: ").pii("PERSON", p.last_first()).t("   CB# ").pii("PHONE", _phone(r, p, 0.05)).t(
        "\n"
    )
    b.t("LOC: ").pii("ADDRESS", _address(r, 2)).t("\n")
    b.t("NARRATIVE: C/T SPOKE W/ CALLER WHO STATES ")
    b.t(
        r.choice(["NO HEAT SINCE ", "CEILING LEAKING SINCE ", "MICE IN KITCHEN SINCE "])
        + _when(r).upper()
        + ". "
    )
    if r.random() < 0.7:
        b.t("CALLER SAYS HER IMMIGRATION STATUS IS ").pii("IMMIGRATION_STATUS", _status(r).upper())
        b.t(" AND AFRAID SUPER WILL CALL ICE IF SHE COMPLAINS. ")
    b.t("CALLER'S ").t(r.choice(["DAUGHTER ", "SON ", "GRANDCHILD "])).pii(
        "PERSON", kid.first.upper()
    )
    b.t(f" ({r.randint(2, 15)} Y/O) HAS ASTHMA. ")
    if r.random() < 0.6:
        b.t("ALT CB# ").pii("PHONE", _phone(r, p, 0.3)).t(" (").pii("PERSON", kid.first.upper()).t(
            "'S FATHER "
        )
        b.pii("PERSON", _P(r, p.comm, "m").full().upper()).t("). ")
    if r.random() < 0.5:
        b.t("CALLER DOB GIVEN FOR VERIFICATION: ").pii(
            "DATE_OF_BIRTH", _dob(r, style=r.choice([0, 1, 7]))
        ).t(". ")
    if r.random() < 0.4:
        b.t("EMAIL FOR UPDATES ").pii("EMAIL", _email(r, p).upper()).t(". ")
    b.t(
        f"LANDLORD: {r.choice(['MAPLE RIDGE MGMT LLC', 'BOYNTON REALTY CORP', 'ONE ELEVEN HOLDINGS'])}. "
    )
    b.t(
        f"PRIOR SR {sr[:-3]}{_d(r, 3)} CLOSED. CALLER REQ ANONYMOUS. REF TO TENANT HELPLINE {_org_phone(r)}.\n"
    )
    b.t(f"C/T OP ID {r.randint(1000, 9999)}")
    return [(b.text(), b.labels, "")]


def _cn_probation(r: random.Random, B: Callable[[], Any]) -> Out:
    """A Department of Probation pre-sentence investigation interview excerpt."""
    b, p = B(), _P(r, sex="m")
    po = _P(r)
    partner = _P(r, p.comm, "f")
    b.t(
        "NYC DEPARTMENT OF PROBATION - Adult Court Investigations\nPRE-SENTENCE INVESTIGATION (excerpt)\n"
    )
    b.t("Defendant: ").pii("PERSON", p.last_first()).t(
        f"    NYSID: {_nysid(r)}    Docket: CR-{_d(r, 6)}-25{r.choice(['KN', 'BX', 'QN', 'NY', 'RI'])}\n"
    )
    b.t("P.O.: ").pii("PERSON", f"{po.first[0]}. {po.surname}").t(
        f"   Sentencing: Part {r.randint(1, 90)}, {_when(r)}\n\n"
    )
    b.t("PERSONAL HISTORY: The defendant reports that he was born on ").pii(
        "DATE_OF_BIRTH", _dob(r, 1960, 2004, r.choice([4, 5, 0]))
    )
    b.t(f" in {p.city}, ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(
        f", and came to New York in {r.randint(1998, 2022)}. "
    )
    b.t("He describes his immigration status as ").pii("IMMIGRATION_STATUS", _status(r)).t(". ")
    if r.random() < 0.7:
        b.t("Defense counsel provided his alien number, ").pii("A_NUMBER", _a_number(r)).t(
            ", for the file. "
        )
    if r.random() < 0.5:
        b.t("He provided Social Security number ").pii("SSN", _ssn(r)).t(
            " for the employment check. " if r.random() < 0.5 else "; it could not be verified. "
        )
    else:
        b.t("He has no SSN; he files taxes with ITIN ").pii("ITIN", _itin(r)).t(". ")
    b.t(f"He is {r.randint(20, 60)} years old and lives with his partner, ").pii(
        "PERSON", partner.full()
    )
    b.t(", and their children at ").pii("ADDRESS", _address_line(r)).t(". ")
    b.t("Ms. ").pii("PERSON", partner.surname).t(" confirmed this by phone at ").pii(
        "PHONE", _phone(r, partner)
    ).t(". ")
    if r.random() < 0.5:
        b.t("He also holds a ").pii("COUNTRY_OF_BIRTH", _country(r, p, "demonym")).t(
            " passport, no. "
        ).pii("PASSPORT", _passport(r))
        b.t(", which he says is in the custody of his mother in ").t(p.city).t(". ")
    if r.random() < 0.5:
        b.t("He gave ").pii("EMAIL", _email(r, p)).t(" for reporting reminders. ")
    b.t(f"\n\nEMPLOYMENT: Worked off the books at a car wash on Boston Rd ({_money(r)}/wk).\n")
    b.t("Prepared by P.O. ").pii("PERSON", po.full()).t(", ").pii(
        "EMAIL", _staff_email(r, po, "probation.nyc.gov")
    )
    return [(b.text(), b.labels, "")]


def _cn_mckinney(r: random.Random, B: Callable[[], Any]) -> Out:
    """A school social worker's McKinney-Vento (students in temporary housing) log."""
    b, mom = B(), _P(r, sex="f")
    kid, sib, aunt = _P(r, mom.comm), _P(r, mom.comm), _P(r, mom.comm, "f")
    kid.surname = sib.surname = mom.surname
    sw = _P(r)
    b.t(f"P.S. {r.randint(5, 330)} - Social Work Log (STH / McKinney-Vento)\nStudent: ").pii(
        "PERSON", f"{kid.surname}, {kid.first}"
    )
    b.t(f"   OSIS {_osis(r)}   DOB ").pii(
        "DATE_OF_BIRTH", _dob(r, 2011, 2020, r.choice([0, 1, 2]))
    ).t(f"   Gr {r.randint(1, 8)}\n\n")
    b.t(f"{_when(r)} - Met w/ mom ").pii("PERSON", mom.full()).t(
        ". Family doubled up w/ aunt "
    ).pii("PERSON", aunt.first)
    b.t(" at ").pii("ADDRESS", _address_line(r)).t(" since eviction. Mom's cell ").pii(
        "PHONE", _phone(r, mom)
    ).t(". ")
    if r.random() < 0.7:
        b.t("Mom has IDNYC ").t(r.choice(["#", "no. ", "card "])).pii("IDNYC", _idnyc(r)).t(
            ", no other photo ID. "
        )
    b.t("She says her status is ").pii("IMMIGRATION_STATUS", _status(r)).t(' (her words: "')
    b.pii("IMMIGRATION_STATUS", _status_native(r, mom)).t(
        '"), worried about giving info to DHS. Reassured.\n'
    )
    b.t(f"{_when(r)} - Sibling ").pii("PERSON", sib.first).t(" (DOB ").pii(
        "DATE_OF_BIRTH", _dob(r, 2006, 2019, 1)
    )
    b.t(
        f") at I.S. {r.randint(5, 330)}; referred to their STH liaison. Bus pass / MetroCard requested.\n"
    )
    if r.random() < 0.5:
        b.t(f"{_when(r)} - Mom emailed from ").pii("EMAIL", _email(r, mom)).t(
            " re: uniform voucher.\n"
        )
    if r.random() < 0.5:
        b.t(f"{_when(r)} - Mom born in ").pii("COUNTRY_OF_BIRTH", _country(r, mom, "name"))
        b.t("; kids born here. Gave list of free legal help (ActionNYC 1-800-354-0365).\n")
    b.t("- ").pii("PERSON", sw.full()).t(", LMSW, School Social Worker")
    return [(b.text(), b.labels, "")]


def _cn_interp(r: random.Random, B: Callable[[], Any]) -> Out:
    """A hospital interpreter-services request, typed as a free-text log entry."""
    b, p = B(), _P(r)
    son, rn = _P(r, p.comm, "m"), _P(r)
    son.surname = p.surname
    lang = languages[p.comm]
    b.t(f"Interpreter Services - request INT-{r.randint(2025, 2026)}-{_d(r, 5)}\n")
    b.t("Pt: ").pii("PERSON", f"{p.surname.upper()}, {p.given}").t(
        f"   MRN {_d(r, 9)}   DOB: "
    ).pii("DATE_OF_BIRTH", _dob(r, 1940, 2000))
    b.t(
        f"\nLanguage: {lang} (no staff interpreter; vendor line 1-866-{_d(r, 3)}-{_d(r, 4)})   Unit: {r.choice(['5W', 'ED', 'L&D', 'Clinic 3B'])}\n"
    )
    b.t("Requested by RN ").pii("PERSON", rn.full()).t(
        f", ext 4-{_d(r, 4)}, for consent at {r.randint(1, 12)}:{r.randint(0, 59):02d}.\n"
    )
    b.t("Pt's son ").pii("PERSON", son.first).t(
        " offered to interpret - declined per policy. Son's cell "
    ).pii("PHONE", _phone(r, son)).t(".\n")
    if r.random() < 0.7:
        b.t("Registration: pt presented ").pii("COUNTRY_OF_BIRTH", _country(r, p, "demonym")).t(
            " passport "
        ).pii("PASSPORT", _passport(r))
        b.t(" as ID; no insurance. ")
    if r.random() < 0.6:
        b.t("Pt told financial counselor her status is ").pii("IMMIGRATION_STATUS", _status(r)).t(
            "; referred to NYC Care. "
        )
    if r.random() < 0.4:
        b.t("Home: ").pii("ADDRESS", _address_line(r)).t(". ")
    if r.random() < 0.3:
        b.t("I-94 # on file: ").pii("I94", _i94(r)).t(". ")
    b.t("Vendor interpreter ID 40" + _d(r, 4) + f", {r.randint(12, 58)} min.")
    return [(b.text(), b.labels, "")]


def _cn_spanglish(r: random.Random, B: Callable[[], Any]) -> Out:
    """A worker centre caseworker's note in Spanglish."""
    b, p = B(), _P(r)
    cw = _P(r)
    b.t(f"{_when(r)} - nota de ").pii("PERSON", cw.first).t("\n")
    b.t("Cliente ").pii("PERSON", p.form(r)).t(
        " vino hoy con su receipt notice del I-765, receipt # "
    ).pii("USCIS_RECEIPT", _receipt(r)).t(". ")
    b.t("Dice que su I-94 number es ").pii("I94", _i94(r)).t(
        " pero no match con lo que sale en el CBP website, so le dije que traiga el printout. "
    )
    if r.random() < 0.7:
        b.t("Su pasaporte de ").pii("COUNTRY_OF_BIRTH", _country(r, p, r.choice(["es", "name"]))).t(
            " (#"
        ).pii("PASSPORT", _passport(r))
        b.t(") expira next year. ")
    b.t("Le expliqué que su status de ").pii(
        "IMMIGRATION_STATUS", _status(r, r.choice(["es", "en"]))
    ).t(" sigue pending y que no puede trabajar hasta que llegue el EAD. ")
    b.t("Su número nuevo es ").pii("PHONE", _phone(r, p)).t(
        r.choice([", email ", " y su correo es "])
    ).pii("EMAIL", _email(r, p)).t(". ")
    if r.random() < 0.5:
        b.t("Vive ahora en ").pii("ADDRESS", _address_line(r)).t(" con su prima ").pii(
            "PERSON", _P(r, p.comm, "f").first
        ).t(". ")
    if r.random() < 0.5:
        b.t("Fecha de nac. ").pii("DATE_OF_BIRTH", _dob_es(r)).t(" (la tenía mal en el sistema). ")
    if r.random() < 0.4:
        b.t("Tenía otro receipt viejo ").pii("USCIS_RECEIPT", _receipt(r)).t(" (I-589). ")
    b.t(f"Case #WC-{_d(r, 5)}. Next appt {_when(r)}.")
    return [(b.text(), b.labels, "")]


def _cn_callback(r: random.Random, B: Callable[[], Any]) -> Out:
    """A legal-aid hotline callback note, hard-wrapped so that values break across lines."""
    b, p = B(), _P(r)
    atty = _P(r)

    def w(v: str) -> str:
        return _wrap(v, r) if r.random() < 0.5 else v

    b.t(f"HOTLINE CALLBACK  Ticket HL-{_d(r, 6)}  {_when(r)}\n")
    b.t("Spoke to caller ").pii("PERSON", p.full()).t(" (call back at\n").pii(
        "PHONE", w(_phone(r, p, 0.2))
    ).t(") about a\n")
    b.t("notice from USCIS. Receipt no. on the notice is\n").pii("USCIS_RECEIPT", w(_receipt(r))).t(
        " and the A# is "
    )
    b.pii("A_NUMBER", w(_a_number(r)) if r.random() < 0.6 else _a_bare(r)).t(".\n")
    b.t("Caller's status: ").pii("IMMIGRATION_STATUS", _status(r)).t(", born ").pii(
        "DATE_OF_BIRTH", w(_dob(r, style=r.choice([4, 5, 10])))
    )
    b.t(" in\n").pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(". Lives at ").pii(
        "ADDRESS", w(_address_line(r))
    ).t(".\n")
    if r.random() < 0.5:
        b.t("I-94 admission no.\n").pii("I94", _i94(r)).t(" (entered at JFK). ")
    if r.random() < 0.5:
        b.t("SSN ").pii("SSN", _ssn(r)).t(" (issued with EAD). ")
    else:
        b.t("Tax ID ").pii("ITIN", _itin(r)).t(" (ITIN, for the wage claim). ")
    b.t("Assigned to ").pii("PERSON", f"{atty.first} {atty.surname}").t(" for a callback on ").t(
        _when(r)
    ).t(".\n")
    b.t("Do NOT leave VM - husband ").pii("PERSON", _P(r, p.comm, "m").first).t(" does not know.")
    return [(b.text(), b.labels, "")]


def case_note_m(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [_cn_311, _cn_probation, _cn_mckinney, _cn_interp, _cn_spanglish, _cn_callback]
    )(r, B)


# -- intake forms -------------------------------------------------------------------------------


def _if_cchr(r: random.Random, B: Callable[[], Any]) -> Out:
    """A NYC Commission on Human Rights inquiry form (employment or housing discrimination)."""
    b, p = B(), _P(r)
    boss = _P(r)
    b.t("NYC COMMISSION ON HUMAN RIGHTS\nLaw Enforcement Bureau - Inquiry / Intake Form\n")
    b.t(
        f"Inquiry No.: M-{r.choice(['E', 'H', 'P'])}-N-{r.randint(24, 26)}-{_d(r, 7)}     Intake date: {_when(r)}\n\n"
    )
    b.t("SECTION 1 - COMPLAINANT\nName (Last, First, MI): ").pii(
        "PERSON", f"{p.surname}, {p.given}"
    ).t("\n")
    b.t("Date of Birth: ").pii("DATE_OF_BIRTH", _dob(r)).t("\nHome address: ").pii(
        "ADDRESS", _address_line(r)
    ).t("\n")
    b.t("Telephone: ").pii("PHONE", _phone(r, p))
    if r.random() < 0.5:
        b.t("   Alt/WhatsApp: ").pii("PHONE", _phone(r, p, 0.8))
    b.t("\nE-mail: ").pii("EMAIL", _email(r, p)).t(
        "\nPreferred language: English / interpreter needed\n\n"
    )
    b.t(
        "SECTION 2 - PROTECTED CATEGORIES ALLEGED (check all)\n[x] National origin - specify: "
    ).pii("COUNTRY_OF_BIRTH", _country(r, p, r.choice(["name", "demonym"])))
    b.t("\n[x] Immigration or citizenship status - specify: ").pii(
        "IMMIGRATION_STATUS", _status(r)
    ).t("\n[ ] Disability  [ ] Age  [ ] Lawful source of income\n\n")
    b.t(
        f"SECTION 3 - RESPONDENT\nBusiness / landlord: {r.choice(['Sunrise Laundromat Corp.', 'Ocean View Mgmt LLC', 'Top Notch Car Wash Inc.', 'Lucky 8 Deli'])}\n"
    )
    b.t(
        f"Address: {r.randint(10, 999)} {r.choice(['Fordham Rd', 'Pitkin Ave', 'Victory Blvd', 'Main St'])}   Phone: {_org_phone(r)}\n"
    )
    b.t("Individual(s): ").pii("PERSON", boss.full()).t(" (").t(
        r.choice(["manager", "super", "owner"])
    ).t(")\n\n")
    b.t(f"SECTION 4 - WHAT HAPPENED\nOn or about {_when(r)}, ").pii("PERSON", boss.first).t(
        ' told me to "show papers" and said I could not work there without a green card. '
    )
    b.t("I showed my work permit receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(
        " and my A-number "
    ).pii("A_NUMBER", _a_number(r)).t(". ")
    if r.random() < 0.4:
        b.t("They also copied my I-94 (").pii("I94", _i94(r)).t(") without asking. ")
    b.t(
        f"{r.choice(['He', 'She'])} fired me the same day and owes me {_money(r)}.\n\nIntake officer: "
    )
    io = _P(r)
    b.pii("PERSON", io.full()).t("  ").pii("EMAIL", _staff_email(r, io, "cchr.nyc.gov")).t(
        "  cc: intake@cchr.nyc.gov"
    )
    return [(b.text(), b.labels, "")]


def _if_camp(r: random.Random, B: Callable[[], Any]) -> Out:
    """A summer-camp registration with its medical and pick-up pages."""
    b, kid = B(), _P(r)
    g1, g2 = _P(r, kid.comm, "f"), _P(r, kid.comm, "m")
    g1.surname = kid.surname
    em = _P(r)
    b.t(
        f"{r.choice(['Beacon', 'SONYC', 'Cornerstone'])} SUMMER DAY CAMP {r.randint(2025, 2026)} - REGISTRATION\nSite: {r.choice(['I.S. 318 Beacon', 'Mitchel Houses Cornerstone', 'P.S. 45 SONYC'])}\n\n"
    )
    b.t("CAMPER\nFirst: ").pii("PERSON", kid.first).t("   Last: ").pii("PERSON", kid.surname).t(
        "\n"
    )
    y, m, d = _dob_parts(r, 2012, 2020)
    b.t("Date of birth: ").pii("DATE_OF_BIRTH", _fmt_date(r, y, m, d, r.choice([0, 1, 2, 7]))).t(
        f"   Age: {2025 - y}   Grade (fall): {max(1, 2020 - y)}\n"
    )
    b.t("Home address: ").pii("ADDRESS", _address(r, 4)).t("\n")
    b.t("\nPARENT/GUARDIAN 1: ").pii("PERSON", g1.full()).t("   Relationship: mother\nCell: ").pii(
        "PHONE", _phone(r, g1)
    ).t("   Email: ").pii("EMAIL", _email(r, g1)).t("\n")
    b.t("Photo ID for pick-up: IDNYC # ").pii("IDNYC", _idnyc(r)).t("\n")
    if r.random() < 0.6:
        b.t("PARENT/GUARDIAN 2: ").pii("PERSON", g2.form(r)).t("   Cell: ").pii(
            "PHONE", _phone(r, g2, 0.5)
        ).t("\n")
    b.t("\nAUTHORIZED FOR PICK-UP (other than parents)\n1. ").pii("PERSON", em.full()).t(" - ").pii(
        "PHONE", _phone(r, em)
    ).t(" - neighbor\n\n")
    b.t(
        f"MEDICAL\nAllergies: {r.choice(['peanuts', 'none known', 'penicillin', 'bees'])}   Asthma: {r.choice(['Y', 'N'])}\n"
    )
    b.t(
        f"Insurance: {r.choice(['Medicaid', 'Child Health Plus', 'MetroPlus'])}   CIN / member ID: {_cin(r)}   Policy #: {_d(r, 3)}-{_d(r, 6)}\n"
    )
    doc = _P(r)
    b.t("Physician: Dr. ").pii("PERSON", doc.surname).t(
        f", {r.choice(['Morrisania', 'Cumberland', 'Gouverneur'])} Health Center, {_org_phone(r)}\n"
    )
    if r.random() < 0.5:
        b.t("Camper's country of birth (optional, for ELL support): ").pii(
            "COUNTRY_OF_BIRTH", _country(r, kid, "name")
        ).t("\n")
    b.t(f"Fee: {_money(r)} (sliding scale)   Signed: ").pii("PERSON", g1.full()).t(
        f"   Date: {_when(r)}"
    )
    return [(b.text(), b.labels, "")]


def _if_fjc(r: random.Random, B: Callable[[], Any]) -> Out:
    """A Family Justice Center referral to a domestic-violence shelter."""
    b, p = B(), _P(r, sex="f")
    ab = _P(r, p.comm, "m")
    cm = _P(r)
    b.t(
        f"NYC FAMILY JUSTICE CENTER - {r.choice(['Bronx', 'Brooklyn', 'Queens', 'Staten Island', 'Manhattan'])}\nDV SHELTER REFERRAL (CONFIDENTIAL)\n"
    )
    b.t(
        f"Referral ID: FJC-{_d(r, 6)}   Date: {_when(r)}   Referred to: NYC HRA No Violence Again (NOVA)\n\n"
    )
    b.t("Survivor: ").pii("PERSON", p.full()).t("   DOB: ").pii(
        "DATE_OF_BIRTH", _dob(r, 1970, 2005)
    ).t("\n")
    b.t("Safe phone: ").pii("PHONE", _phone(r, p)).t("   OK to leave VM? NO   Safe e-mail: ").pii(
        "EMAIL", _email(r, p)
    ).t("\n")
    b.t("Last address (abuser still there): ").pii("ADDRESS", _address_line(r)).t("\n")
    b.t("Country of origin: ").pii("COUNTRY_OF_BIRTH", _country(r, p)).t(
        "   Language: interpreter needed\n\nChildren:\n"
    )
    for _ in range(r.randint(1, 3)):
        c = _P(r, p.comm)
        b.t("  - ").pii("PERSON", f"{c.first} {ab.surname}").t(", DOB ").pii(
            "DATE_OF_BIRTH", _dob(r, 2008, 2024, r.choice([0, 1, 2]))
        ).t("\n")
    b.t("\nAbuser: ").pii("PERSON", ab.full()).t("   DOB (approx.): ").pii(
        "DATE_OF_BIRTH", _dob(r, 1960, 2000, r.choice([0, 2]))
    )
    b.t(f"   OP: Family Ct docket O-{_d(r, 5)}-{r.randint(24, 26)}\n\n")
    b.t("Immigration: survivor's status is ").pii("IMMIGRATION_STATUS", _status(r)).t(" (")
    b.pii("IMMIGRATION_STATUS", _status_native(r, p)).t("); abuser keeps her passport (")
    b.pii("PASSPORT", _passport(r)).t(") and her A# ").pii("A_NUMBER", _a_number(r)).t(". ")
    if r.random() < 0.6:
        b.t("Pending I-360 (VAWA), receipt ").pii("USCIS_RECEIPT", _receipt(r)).t(". ")
    if r.random() < 0.5:
        b.t("Her I-94 no. ").pii("I94", _i94(r)).t(" (printed from CBP). ")
    if r.random() < 0.5:
        b.t("Files taxes w/ ITIN ").pii("ITIN", _itin(r)).t(". ")
    b.t(
        "Refer for U visa certification (NYPD DV report # 2025-0"
        + _d(r, 2)
        + "-00"
        + _d(r, 4)
        + ").\n"
    )
    b.t("Case manager: ").pii("PERSON", cm.full()).t(", ").pii(
        "EMAIL", _staff_email(r, cm, "fjcnyc.org")
    ).t(" / main line 212-602-2800")
    return [(b.text(), b.labels, "")]


def _if_flattened(r: random.Random, B: Callable[[], Any]) -> Out:
    """A Workers' Compensation C-3 claim form flattened from PDF: each value above its label."""
    b, p = B(), _P(r)
    b.t("WORKERS' COMPENSATION BOARD OF THE STATE OF NEW YORK\nEMPLOYEE CLAIM (C-3)\n\n")
    b.t(f"WCB Case No. (if known)\nG{_d(r, 3)} {_d(r, 4)}\n")
    b.pii("PERSON", p.first).t("\nFirst name\n").pii("PERSON", p.surname).t("\nLast name\n")
    b.pii("DATE_OF_BIRTH", _dob(r, 1950, 2005, 0)).t("\nDate of birth (mm/dd/yyyy)\n")
    if r.random() < 0.5:
        b.pii("SSN", _ssn(r))
    else:
        b.pii("ITIN", _itin(r))
    b.t("\nSocial Security No. or ITIN\n")
    street, city, zip_, queens = _street(r)
    b.pii("ADDRESS", f"{_house(r, queens)} {street}, {r.choice(units)}")
    b.t("\nMailing address (number and street, apt.)\n")
    b.t(f"{city}\nCity\nNY\nState\n{zip_}\nZIP code\n")
    b.pii("PHONE", _phone(r, p)).t("\nPhone\n").pii("EMAIL", _email(r, p)).t("\nE-mail\n")
    b.t(
        f"{r.choice(['Spanish', 'Other: ' + 'Sinhala', 'Other: Tongan', 'Other: Kabyle'])}\nLanguage you prefer\n"
    )
    b.t(
        f"{r.choice(['Kings Cleaners Inc', 'Rapid Deliveries LLC', 'BK Framing Corp'])}\nEmployer name\n{_when(r)}\nDate of injury\n{_money(r)}\nAverage weekly wage\n"
    )
    if r.random() < 0.5:
        b.t("[X]\nI am not a U.S. citizen (you are still entitled to benefits)\n")
    b.pii("PERSON", p.full()).t("\nSignature\n").t(_when(r)).t("\nDate")
    return [(b.text(), b.labels, "")]


def _mrz_check(s: str) -> str:
    vals = {**{str(i): i for i in range(10)}, **{chr(65 + i): 10 + i for i in range(26)}, "<": 0}
    return str(sum(vals[c] * w for c, w in zip(s, [7, 3, 1] * 20, strict=False)) % 10)


def _if_mrz(r: random.Random, B: Callable[[], Any]) -> Out:
    """A passport bio page as OCR'd into an asylum clinic's document log, MRZ lines included."""
    b, p = B(), _P(r)
    iso = p.country[2]
    y, m, d = _dob_parts(r, 1955, 2006)
    sur = _ascii(p.surname).upper().replace(" ", "<").replace("-", "<").replace("'", "")
    giv = _ascii(p.given).upper().replace(" ", "<").replace("-", "<").replace("'", "")
    num = r.choice(["N", "P", "E", "A", "C"]) + _d(r, 7)
    ex = f"{r.randint(26, 34)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
    yymmdd = f"{y % 100:02d}{m:02d}{d:02d}"
    sex = "F" if p.sex == "f" else "M"
    cw = _P(r)
    b.t(f"DOC SCAN LOG - Asylum Clinic   scanned {_when(r)} by ").pii("PERSON", cw.first).t(
        "\nOCR text (passport bio page):\n"
    )
    b.t("PASSPORT  Type P  Code ").pii("COUNTRY_OF_BIRTH", iso).t("  Passport No. ").pii(
        "PASSPORT", num
    ).t("\n")
    b.t("Surname / Nom\n").pii("PERSON", p.surname.upper()).t("\nGiven names / Prénoms\n").pii(
        "PERSON", p.given.upper()
    ).t("\n")
    b.t("Nationality\n").pii("COUNTRY_OF_BIRTH", p.country[1].upper()).t("\nDate of birth\n")
    b.pii("DATE_OF_BIRTH", f"{d:02d} {months[m - 1][:3].upper()} {y}").t(
        f"\nPlace of birth\n{p.city.upper()}\nSex {sex}\n"
    )
    b.t(f"Date of expiry\n{ex[4:]} {months[int(ex[2:4]) - 1][:3].upper()} 20{ex[:2]}\n\n")
    line1 = f"P<{iso}{sur}<<{giv}"
    b.t("P<").pii("COUNTRY_OF_BIRTH", iso).pii("PERSON", f"{sur}<<{giv}").t(
        "<" * max(2, 44 - len(line1))
    ).t("\n")
    ocr = num.replace("0", "O") if r.random() < 0.3 else num
    b.pii("PASSPORT", ocr).t("<" * (9 - len(num)) + _mrz_check(num)).pii("COUNTRY_OF_BIRTH", iso)
    b.pii("DATE_OF_BIRTH", yymmdd).t(
        _mrz_check(yymmdd) + sex + ex + _mrz_check(ex) + "<" * 14 + r.choice("0123456789") + "\n\n"
    )
    b.t("Caseworker note: client also has I-94 ").pii("I94", _i94(r)).t(
        " from CBP site; status "
    ).pii("IMMIGRATION_STATUS", _status(r)).t(".")
    if r.random() < 0.5:
        b.t(" Client cell ").pii("PHONE", _phone(r, p)).t(".")
    return [(b.text(), b.labels, "")]


def _if_cboard(r: random.Random, B: Callable[[], Any]) -> Out:
    """A community board public-session speaker sign-up sheet, typed up by the district office."""
    b = B()
    b.t(
        f"{r.choice(['Bronx', 'Brooklyn', 'Queens', 'Staten Island', 'Manhattan'])} Community Board {r.randint(1, 14)}\n"
    )
    b.t(f"PUBLIC SESSION - SPEAKER SIGN-UP   {_when(r)}   (2 minutes per speaker)\n\n")
    for i in range(r.randint(2, 4)):
        p = _P(r)
        b.t(f"{i + 1}. Name: ").pii("PERSON", p.form(r)).t("\n   Address (optional): ")
        if r.random() < 0.7:
            b.pii("ADDRESS", _address_line(r))
        b.t("\n   Email: ").pii("EMAIL", _email(r, p)).t("   Phone: ")
        if r.random() < 0.6:
            b.pii("PHONE", _phone(r, p))
        b.t(
            f"\n   Organization: {r.choice(['-', 'Tenant assoc.', 'Mothers on the Move', 'Make the Road NY', 'none'])}"
        )
        b.t(
            f"\n   Topic: {r.choice(['shelter siting', 'ICE at the courthouse', 'bike lanes', 'rat mitigation', 'migrant respite center'])}\n"
        )
        if r.random() < 0.3:
            b.t("   Note: speaker said her status is ").pii("IMMIGRATION_STATUS", _status(r)).t(
                " and asked not to be on camera.\n"
            )
    b.t("\nDistrict Manager: ").pii("PERSON", _P(r).full()).t(" - office line ").t(_org_phone(r))
    return [(b.text(), b.labels, "")]


def _if_uscis_notice(r: random.Random, B: Callable[[], Any]) -> Out:
    """A USCIS interview notice as retyped by a caseworker into the case file."""
    b, p = B(), _P(r)
    cw = _P(r)
    b.t("[retyped from I-797C by ").pii("PERSON", cw.full()).t(" - original in folder]\n\n")
    b.t("THE UNITED STATES OF AMERICA\nI-797C, NOTICE OF ACTION\n")
    b.t("Receipt Number\n").pii("USCIS_RECEIPT", _receipt(r)).t(
        f"\nCase Type\n{r.choice(['I-485 - APPLICATION TO REGISTER PERMANENT RESIDENCE', 'I-589 - APPLICATION FOR ASYLUM', 'N-400 - APPLICATION FOR NATURALIZATION'])}\n"
    )
    b.t(f"Notice Date\n{_when(r)}\nPage 1 of 1\n\n")
    b.t("Applicant A#\n").pii("A_NUMBER", _a_number(r)).t("\nApplicant\n").pii(
        "PERSON", p.full().upper()
    ).t("\n")
    b.t("Date of Birth\n").pii("DATE_OF_BIRTH", _dob(r, style=r.choice([0, 1]))).t("\n\n")
    b.pii("PERSON", p.full().upper()).t("\n").pii("ADDRESS", _address(r, 5).upper()).t("\n\n")
    b.t(
        f"You are hereby notified to appear for an interview on {_when(r)} at {r.randint(7, 11)}:{r.choice(['00', '30'])} AM at:\n"
    )
    b.t("USCIS NEW YORK CITY FIELD OFFICE, 26 FEDERAL PLAZA, 3RD FLOOR, NEW YORK NY 10278-0127\n\n")
    b.t("Bring: this notice, passport (").pii("PASSPORT", _passport(r)).t("), I-94 (").pii(
        "I94", _i94(r)
    ).t("), ")
    if r.random() < 0.5:
        b.t("EAD, Social Security card (").pii("SSN", _ssn(r)).t("), ")
    b.t("birth certificate with certified translation.\n\nCW note: client's phone ").pii(
        "PHONE", _phone(r, p)
    ).t("; status: ")
    b.pii("IMMIGRATION_STATUS", _status(r)).t(", from ").pii(
        "COUNTRY_OF_BIRTH", _country(r, p, "name")
    ).t(". Interpreter booked.")
    return [(b.text(), b.labels, "")]


def intake_form_m(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [_if_cchr, _if_camp, _if_fjc, _if_flattened, _if_mrz, _if_cboard, _if_uscis_notice]
    )(r, B)


# -- letters ------------------------------------------------------------------------------------


def _lt_birth_affidavit(r: random.Random, B: Callable[[], Any]) -> Out:
    """A certified translation of a foreign birth certificate with the translator's affidavit."""
    b, kid = B(), _P(r)
    fa, mo, tr = _P(r, kid.comm, "m"), _P(r, kid.comm, "f"), _P(r)
    fa.surname = kid.surname
    lang = languages[kid.comm]
    b.t(f"CERTIFIED TRANSLATION\n[Translated from {lang} into English]\n\n")
    b.t(
        f"CERTIFICATE OF BIRTH - Registrar of Births, District of {kid.city}\nRegister No. {r.randint(100, 999)}/{r.randint(1, 40)}   Entry {r.randint(1, 4000)}\n\n"
    )
    b.t("1. Name of child: ").pii("PERSON", kid.full()).t("\n2. Sex: ").t(
        "Female" if kid.sex == "f" else "Male"
    )
    y, m, d = _dob_parts(r, 1975, 2015)
    b.t("\n3. Date of birth: ").pii("DATE_OF_BIRTH", _fmt_date(r, y, m, d, r.choice([4, 5, 3]))).t(
        f"\n4. Place of birth: {kid.city} General Hospital, "
    )
    b.pii("COUNTRY_OF_BIRTH", _country(r, kid, "name")).t("\n5. Father's name: ").pii(
        "PERSON", fa.full()
    ).t("   Nationality: ").pii("COUNTRY_OF_BIRTH", _country(r, fa, "demonym"))
    b.t("\n6. Mother's name: ").pii("PERSON", mo.full()).t("   Nationality: ").pii(
        "COUNTRY_OF_BIRTH", _country(r, mo, "demonym")
    )
    b.t(
        f"\n7. Date of registration: {r.randint(1, 28)} {months[r.randint(0, 11)]} {y + r.randint(1, 3)}\n[seal illegible]   [signature] Registrar\n\n"
    )
    b.t("TRANSLATOR'S AFFIDAVIT\nSTATE OF NEW YORK, COUNTY OF ").t(
        r.choice(["KINGS", "QUEENS", "BRONX", "RICHMOND", "NEW YORK"])
    ).t(" ss.:\n")
    b.t("I, ").pii("PERSON", tr.full()).t(", residing at ").pii("ADDRESS", _address_line(r))
    b.t(
        f", being duly sworn, depose and say that I am competent to translate from {lang} into English and that the above is a true and accurate translation of the original document.\n\n"
    )
    b.t("_______________________\n").pii("PERSON", tr.full()).t("   Tel. ").pii(
        "PHONE", _phone(r, tr)
    ).t("\n\n")
    b.t(
        f"Sworn to before me this {r.randint(1, 28)} day of {months[r.randint(0, 11)]}, {r.randint(2025, 2026)}\n"
    )
    np_ = _P(r)
    b.t("_______________________\n").pii("PERSON", np_.full().upper()).t(
        f"\nNotary Public, State of New York\nNo. 01{r.choice(['AB', 'RK', 'TZ', 'MV'])}{_d(r, 7)}\nQualified in Kings County\nCommission Expires {_when(r)}"
    )
    return [(b.text(), b.labels, "")]


def _lt_marriage(r: random.Random, B: Callable[[], Any]) -> Out:
    """A certificate from a house of worship's marriage register, for an immigration file."""
    b = B()
    g, w = _P(r, sex="m"), _P(r, sex="f")
    w1, w2, off = _P(r, g.comm), _P(r), _P(r, g.comm, "m")
    place, title = r.choice(
        [
            ("St. Ephrem Assyrian Church of the East, Yonkers Ave", "Rev. Fr."),
            ("Staten Island Buddhist Vihara", "Ven."),
            ("Masjid Al-Nur of Eagle Avenue", "Imam"),
            ("Zoroastrian Association of Greater New York (Dar-e-Mehr)", "Ervad"),
            ("Holy Trinity Tongan Methodist Church, Queens", "Rev."),
            ("Congregation Beth Gavriel (Bukharian), Forest Hills", "Rabbi"),
        ]
    )
    b.t(
        f"{place}\nCERTIFICATE OF MARRIAGE (from the register)\nRegister Vol. {r.randint(1, 12)}, p. {r.randint(1, 300)}, entry {r.randint(1, 60)}\n\n"
    )
    b.t("To whom it may concern:\n\nThis is to certify that\n\n")
    b.pii("PERSON", g.full().upper()).t(", born ").pii(
        "DATE_OF_BIRTH", _dob(r, 1960, 2003, r.choice([4, 5, 0]))
    ).t(" in ").pii("COUNTRY_OF_BIRTH", _country(r, g, "name"))
    b.t(", son of ").pii("PERSON", f"{_P(r, g.comm, 'm').first} {g.surname}").t(
        ",\nresiding at "
    ).pii("ADDRESS", _address_line(r)).t(",\n\nand\n\n")
    b.pii("PERSON", w.full().upper()).t(", born ").pii(
        "DATE_OF_BIRTH", _dob(r, 1962, 2004, r.choice([4, 5, 0]))
    ).t(" in ").pii("COUNTRY_OF_BIRTH", _country(r, w, "name"))
    b.t(", daughter of ").pii("PERSON", f"{_P(r, w.comm, 'm').first} {w.surname}").t(",\n\n")
    b.t(
        f"were united in marriage according to our rites on {_when(r)}, in the presence of the witnesses\n"
    )
    b.pii("PERSON", w1.full()).t(" and ").pii("PERSON", w2.form(r)).t(".\n\n")
    b.t(
        f"The civil licence was issued by the Office of the City Clerk (licence no. M-{r.randint(2025, 2026)}-{_d(r, 5)}).\n"
    )
    if r.random() < 0.5:
        b.t("The groom's passport (").pii("PASSPORT", _passport(r)).t(
            ") and the bride's IDNYC card ("
        ).pii("IDNYC", _idnyc(r)).t(") were shown to us.\n")
    b.t("\n").t(title + " ").pii("PERSON", off.full()).t("\nFor the congregation - office tel. ").t(
        _org_phone(r)
    )
    return [(b.text(), b.labels, "")]


def _lt_union(r: random.Random, B: Callable[[], Any]) -> Out:
    """A union hiring hall's letter to a member about the out-of-work list and E-Verify."""
    b, p = B(), _P(r)
    rep = _P(r)
    local = r.choice(
        [
            "Laborers' Local 79",
            "Hotel Trades Council Hiring Hall",
            "Mason Tenders District Council",
            "Local 1-2 Utility Workers",
        ]
    )
    b.t(f"{local}\nHiring Hall / Dispatch Office\n\n{_when(r)}\n\n")
    b.pii("PERSON", p.full()).t("\n").pii("ADDRESS", _address(r, r.choice([5, 6]))).t("\n\n")
    b.t(f"Member No.: {r.randint(100000, 999999)}   Book: {r.choice(['A', 'B', 'Apprentice'])}\n\n")
    b.t(f"Dear {r.choice(['Brother', 'Sister'])} ").pii("PERSON", p.surname).t(",\n\n")
    b.t(
        f"You are #{r.randint(1, 400)} on the out-of-work list as of {_when(r)}. Before we can dispatch you to the next job, the contractor must complete E-Verify. "
    )
    if r.random() < 0.5:
        b.t("The number we have for you, ").pii("ITIN", _itin(r)).t(
            ", is an ITIN and cannot be used for E-Verify; "
        )
        b.t("please bring your Social Security card or your EAD (receipt ").pii(
            "USCIS_RECEIPT", _receipt(r)
        ).t(") to the hall.\n\n")
    else:
        b.t("The Social Security number on your card, ").pii("SSN", _ssn(r)).t(
            ", did not match your name as written ("
        )
        b.pii("PERSON", p.last_first()).t("); please bring your card and your I-94 (").pii(
            "I94", _i94(r)
        ).t(").\n\n")
    b.t("Your dues are paid through ").t(_when(r)).t(f" (balance {_money(r)}). ")
    b.t("If your phone number has changed from ").pii("PHONE", _phone(r, p)).t(
        ", call the dispatch office at "
    ).t(_org_phone(r)).t(".\n\n")
    b.t("In solidarity,\n\n").pii("PERSON", rep.full()).t("\nDispatcher\n").pii(
        "EMAIL", _staff_email(r, rep, "hiringhall.org")
    )
    return [(b.text(), b.labels, "")]


def _lt_coop(r: random.Random, B: Callable[[], Any]) -> Out:
    """A worker co-operative's welcome letter confirming a new member's file."""
    b, p = B(), _P(r)
    coord = _P(r)
    name = r.choice(
        [
            "Brighter Days Cleaning Cooperative",
            "Manos Unidas Home Care Co-op",
            "Bay 31 Bakers Worker Co-op",
            "Sweep Co-op Inc.",
        ]
    )
    b.t(f"{name}\nc/o Center for Family Life, 443 39th St, Brooklyn NY 11232\n\n{_when(r)}\n\n")
    b.t("Dear ").pii("PERSON", p.first).t(",\n\nWelcome! The general assembly voted on ").t(
        _when(r)
    )
    b.t(
        f" to admit you as a worker-owner. Your capital account is no. CA-{_d(r, 4)}; the buy-in is {_money(r)}, paid over 12 months.\n\n"
    )
    b.t("We have the following on file. Please tell us if anything is wrong:\n\n")
    b.t("  Name: ").pii("PERSON", p.full()).t("\n  Date of birth: ").pii(
        "DATE_OF_BIRTH", _dob(r, 1955, 2004)
    ).t("\n")
    b.t("  Address: ").pii("ADDRESS", _address_line(r)).t("\n")
    if r.random() < 0.6:
        b.t("  Tax ID (ITIN): ").pii("ITIN", _itin(r)).t("\n")
    else:
        b.t("  Tax ID (SSN): ").pii("SSN", _ssn(r)).t("\n")
    b.t("  Photo ID: IDNYC ").pii("IDNYC", _idnyc(r)).t("\n  Cell: ").pii("PHONE", _phone(r, p)).t(
        "\n"
    )
    if r.random() < 0.6:
        b.t("  Email: ").pii("EMAIL", _email(r, p)).t("\n")
    b.t("\nYour immigration status (").pii("IMMIGRATION_STATUS", _status(r)).t(
        ") does not affect your membership: members are owners, not employees, and the co-op does not share member files.\n\n"
    )
    b.t("Con cariño,\n").pii("PERSON", coord.full()).t(", coordinator\n").pii(
        "EMAIL", _staff_email(r, coord, "sweepcoop.coop")
    ).t("  |  info@sweepcoop.coop")
    return [(b.text(), b.labels, "")]


def _lt_literacy(r: random.Random, B: Callable[[], Any]) -> Out:
    """An adult-literacy programme's support letter for a student's immigration case."""
    b, p = B(), _P(r)
    t = _P(r)
    prog = r.choice(
        [
            "Queens Public Library Adult Learner Program",
            "Literacy Partners",
            "BPL Adult Literacy, Eastern Parkway Learning Center",
            "Riverside Language Program",
        ]
    )
    b.t(f"{prog}\n\n{_when(r)}\n\nTo Whom It May Concern:\n\nRe: ").pii("PERSON", p.full()).t(
        ", DOB "
    ).pii("DATE_OF_BIRTH", _dob(r, 1950, 2006))
    b.t(", A# ").pii("A_NUMBER", _a_number(r) if r.random() < 0.7 else _a_bare(r)).t("\n\n")
    b.t("I am writing in support of ").pii("PERSON", p.form(r)).t(
        f", who has studied English with us since {r.randint(2019, 2025)}. "
    )
    b.t(
        f"On our placement test (BEST Plus 2.0) {r.choice(['she', 'he'])} moved from level {r.randint(1, 3)} to level {r.randint(4, 6)} (score {r.randint(350, 600)}). "
    )
    b.t("Born in ").pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(", ").pii("PERSON", p.first)
    b.t(" arrived with almost no English; ")
    b.pii("PERSON", p.first).t("'s attendance has been ").t(f"{r.randint(85, 99)}%. ")
    if r.random() < 0.6:
        b.t("I understand that ").pii("PERSON", p.first).t("'s status is ").pii(
            "IMMIGRATION_STATUS", _status(r)
        ).t(" and that this letter will be filed with USCIS (receipt ")
        b.pii("USCIS_RECEIPT", _receipt(r)).t("). ")
    b.t("\n\nPlease contact me with any questions.\n\nSincerely,\n\n").pii("PERSON", t.full()).t(
        ", ESOL Instructor\n"
    )
    b.pii("EMAIL", _staff_email(r, t, "literacyhub-ny.org")).t("  |  program office ").t(
        _org_phone(r)
    )
    return [(b.text(), b.labels, "")]


def _lt_ead(r: random.Random, B: Callable[[], Any]) -> Out:
    """A legal-aid letter to a client about an EAD application, with a client address block."""
    b, p = B(), _P(r)
    at = _P(r)
    b.t(
        "BRONX DEFENDERS - IMMIGRATION PRACTICE\n360 E. 161st Street, Bronx, NY 10451-4317\n\n"
        if r.random() < 0.4
        else "QUEENS WORKERS' LEGAL CLINIC\n89-14 Parsons Blvd, 2nd Fl, Jamaica, NY 11432-3815\n\n"
    )
    b.t(f"{_when(r)}\n\nBY MAIL AND E-MAIL (").pii("EMAIL", _email(r, p)).t(")\n\n")
    b.pii("PERSON", p.full()).t("\n").pii("ADDRESS", _address(r, r.choice([5, 6]))).t("\n\n")
    b.t("Re: Your work permit (Form I-765)\nOur file: ").t(
        f"IMM-{r.randint(2024, 2026)}-{_d(r, 4)}\n\n"
    )
    b.t("Dear ").t(r.choice(["Ms. ", "Mr. ", ""])).pii("PERSON", p.surname).t(":\n\n")
    b.t(f"USCIS received your application on {_when(r)}. The receipt number is ").pii(
        "USCIS_RECEIPT", _receipt(r)
    ).t(". ")
    b.t("Your A-number is ").pii("A_NUMBER", _a_number(r)).t(
        " and your I-94 record number is "
    ).pii("I94", _i94(r)).t(". ")
    b.t("Your category is (c)(8), based on your ").pii(
        "IMMIGRATION_STATUS", r.choice(["pending asylum", "asylum applicant", "asylum seeker"])
    ).t(" case. ")
    if r.random() < 0.5:
        b.t(
            "You also asked for a Social Security number on the same form; the card will come to the address above. "
        )
    b.t(
        f"Your biometrics appointment is {_when(r)} at the USCIS Application Support Center, 27-35 Jackson Ave, Long Island City.\n\n"
    )
    b.t("Please keep this letter with your passport (no. ").pii("PASSPORT", _passport(r)).t(
        ").\n\nSincerely,\n\n"
    )
    b.pii("PERSON", at.full()).t(", Esq.\n").pii(
        "EMAIL", _staff_email(r, at, r.choice(["bxlegalhelp.org", "queensworkers.org"]))
    )
    b.t("\nMain: ").t(_org_phone(r))
    return [(b.text(), b.labels, "")]


def letter_m(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice(
        [_lt_birth_affidavit, _lt_marriage, _lt_union, _lt_coop, _lt_literacy, _lt_ead]
    )(r, B)


# -- CSV extracts -------------------------------------------------------------------------------


def _csv_callback(r: random.Random, B: Callable[[], Any]) -> Out:
    """A legal-aid hotline's callback queue exported from a shared spreadsheet."""
    header = ["Queue #", "Received", "Caller name", "Callback number", "Language", "A-number (if known)",
              "Issue", "Notes", "Assigned to"]  # fmt: skip
    rows = []
    for _ in range(r.randint(2, 4)):
        p, at = _P(r), _P(r)
        rel = _P(r, p.comm)

        def note(b: Any, p: _P = p, rel: _P = rel) -> None:
            k = r.randrange(6)
            if k == 0:
                b.t("wife ").pii("PERSON", rel.first).t(" may answer; ok to leave msg")
            elif k == 1:
                b.t("status: ").pii("IMMIGRATION_STATUS", _status(r)).t(", asks about travel")
            elif k == 2:
                b.t("moved to ").pii("ADDRESS", _address_line(r)).t(" - update CMS")
            elif k == 3:
                b.t("2nd # ").pii("PHONE", _phone(r, p, 0.7)).t(" (WhatsApp)")
            elif k == 4:
                b.t("rcpt ").pii("USCIS_RECEIPT", _receipt(r)).t(" - check status online")
            else:
                b.t("needs tax clinic, ITIN ").pii("ITIN", _itin(r)).t(" expired")

        a = r.random()
        rows.append([
            f"Q{_d(r, 5)}", f"{_when(r)} {r.randint(8, 17)}:{r.randint(0, 59):02d}", ("PERSON", p.form(r)),
            ("PHONE", _phone(r, p, 0.1)), languages[p.comm],
            ("A_NUMBER", _a_number(r)) if a < 0.55 else (("A_NUMBER", _a_bare(r)) if a < 0.75 else "unknown"),
            r.choice(["ICE check-in", "EAD renewal", "asylum deadline", "TPS re-reg", "wage theft", "FOIA"]),
            note, ("PERSON", f"{at.first[0]}. {at.surname}"),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_placement(r: random.Random, B: Callable[[], Any]) -> Out:
    """An adult-literacy placement-test roster (student IDs and scores are not PII here)."""
    header = ["Student ID", "Last name", "First name", "Date of birth", "Country of birth",
              "Native language", "BEST Plus score", "Level", "Phone", "Email", "Comments"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p = _P(r)
        rows.append([
            f"{r.choice(['AL', 'ST'])}{_d(r, 6)}", ("PERSON", p.surname), ("PERSON", p.given),
            ("DATE_OF_BIRTH", _dob(r, 1950, 2007, r.choice([0, 1, 2, 5]))),
            ("COUNTRY_OF_BIRTH", _country(r, p, r.choice(["name", "iso"]))),
            languages[p.comm],
            str(r.randint(300, 620)), f"ESL {r.randint(1, 6)}", ("PHONE", _phone(r, p)),
            ("EMAIL", _email(r, p)) if r.random() < 0.6 else "",
            r.choice(["", "", "needs eve class", (lambda b, p=p: b.t("IDNYC ").pii("IDNYC", _idnyc(r)).t(" shown at intake")),
                      (lambda b, p=p: b.pii("IMMIGRATION_STATUS", "TPS").t(" re-reg pending"))]),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_dispatch(r: random.Random, B: Callable[[], Any]) -> Out:
    """A union hiring hall's daily dispatch list."""
    header = ["Dispatch #", "Member #", "Name (LAST, FIRST)", "SSN/ITIN", "Cell", "Trade",
              "Job site", "Report date", "Foreman"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p, fm = _P(r), _P(r, sex="m")
        tax = ("ITIN", _itin(r)) if r.random() < 0.5 else ("SSN", _ssn(r))
        rows.append([
            f"D-{_d(r, 5)}", str(r.randint(100000, 999999)), ("PERSON", p.last_first()), tax,
            ("PHONE", _phone(r, p, 0.05)), r.choice(["Laborer", "Flagger", "Asbestos handler", "Mason tender"]),
            f"{r.randint(1, 900)} {r.choice(['Atlantic Ave', 'W 34th St', 'Jamaica Ave', 'Hudson Yards'])} (NYCHA contract {_d(r, 6)})",
            _when(r), ("PERSON", fm.surname.upper()),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_notary(r: random.Random, B: Callable[[], Any]) -> Out:
    """A notary public's journal, one row per notarial act."""
    header = ["Entry", "Date/time", "Signer name", "Signer address", "ID presented (type and number)",
              "Document", "Fee", "Signer signature"]  # fmt: skip
    rows = []
    for i in range(r.randint(2, 4)):
        p = _P(r)

        def ident(b: Any, p: _P = p) -> None:
            k = r.randrange(5)
            if k == 0:
                b.t("IDNYC ").pii("IDNYC", _idnyc(r))
            elif k == 1:
                b.t("Passport (").pii("COUNTRY_OF_BIRTH", _country(r, p, "name")).t(") ").pii(
                    "PASSPORT", _passport(r)
                )
            elif k == 2:
                b.t("EAD, A# ").pii("A_NUMBER", _a_number(r))
            elif k == 3:
                b.t("IDNYC #").pii("IDNYC", _idnyc(r)).t(" exp ").t(_when(r))
            else:
                b.t(f"NYS DL {_d(r, 9)}")

        rows.append([
            str(r.randint(100, 900) + i), f"{_when(r)} {r.randint(9, 18)}:{r.randint(0, 59):02d}", ("PERSON", p.full()),
            ("ADDRESS", _address_line(r)), ident,
            r.choice(["Affidavit of support (translation)", "Power of attorney", "Affidavit of relationship",
                      "Sworn statement re: birth"]), "$2.00",
            (lambda b, p=p: b.t("/s/ ").pii("PERSON", p.full())) if r.random() < 0.5 else ("PERSON", p.full()),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_sheet(r: random.Random, B: Callable[[], Any]) -> Out:
    """A shared spreadsheet with a Spanish or French header row, comments typed into cells and
    cells with line breaks inside (a mutual-aid group's client list)."""
    fr = r.random() < 0.4
    header = (
        ["N°", "Nom complet", "Date de naissance", "Pays de naissance", "Téléphone", "Courriel",
         "Statut", "Adresse", "Commentaires"]
        if fr
        else ["#", "Nombre completo", "Fecha de nacimiento", "País de origen", "Teléfono", "Correo",
              "Estatus migratorio", "Dirección", "Comentarios"]
    )  # fmt: skip
    rows = []
    for i in range(r.randint(2, 4)):
        p, vol = _P(r), _P(r)

        def dob(b: Any) -> None:
            b.pii("DATE_OF_BIRTH", _dob_fr(r) if fr else _dob_es(r))
            if r.random() < 0.4:
                b.t(" (" + ("confirmée avec passeport" if fr else "según la mamá") + ")")

        def comment(b: Any, p: _P = p, vol: _P = vol) -> None:
            k = r.randrange(5)
            if k == 0:
                b.t("I-94: ").pii("I94", _i94(r)).t("\n— ").pii("PERSON", vol.first).t(
                    f" {_when(r)}"
                )
            elif k == 1:
                b.t("pasaporte " if not fr else "passeport ").pii("PASSPORT", _passport(r)).t(
                    "\n(vence 2027)" if not fr else "\n(expire 2027)"
                )
            elif k == 2:
                b.t("A#").pii("A_NUMBER", _a_bare(r)).t(" - ").pii("PERSON", vol.first).t(
                    " verified"
                )
            elif k == 3:
                b.t("ITIN ").pii("ITIN", _itin(r)).t(" (taxes 2024)")
            else:
                b.t("IDNYC: ").pii("IDNYC", _idnyc(r))

        rows.append([
            str(i + 1), ("PERSON", p.form(r)), dob, ("COUNTRY_OF_BIRTH", _country(r, p, "fr" if fr else "es")),
            ("PHONE", _phone(r, p, 0.3)), ("EMAIL", _email(r, p)) if r.random() < 0.7 else "",
            ("IMMIGRATION_STATUS", _status(r, "fr" if fr else "es")),
            ("ADDRESS", _address(r, 5)), comment,
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_interp(r: random.Random, B: Callable[[], Any]) -> Out:
    """A hospital interpreter-request log export."""
    header = ["Request ID", "Date", "Patient (Last, First)", "MRN", "DOB", "Language", "Unit",
              "Requested by", "Pt phone", "Notes"]  # fmt: skip
    rows = []
    for _ in range(r.randint(3, 5)):
        p, rn = _P(r), _P(r)
        rows.append([
            f"INT{_d(r, 7)}", _when(r), ("PERSON", f"{p.surname}, {p.first}"), _d(r, 9),
            ("DATE_OF_BIRTH", _dob(r, 1935, 2024, r.choice([0, 2, 1]))),
            languages[p.comm],
            r.choice(["ED", "4 North", "L&D", "Peds clinic"]), ("PERSON", rn.full()),
            ("PHONE", _phone(r, p, 0.2)),
            r.choice(["", "family interpreting - declined", (lambda b, p=p: b.t("pt status ").pii("IMMIGRATION_STATUS", _status(r)).t(", fin. counseling")),
                      (lambda b, p=p: b.t("dtr ").pii("PERSON", _P(r, p.comm, "f").first).t(" ").pii("PHONE", _phone(r, p)))]),
        ])  # fmt: skip
    return _cells(B, header, rows)


def _csv_scans(r: random.Random, B: Callable[[], Any]) -> Out:
    """A document-intake kiosk's scan log: barcode and QR payloads pasted as text."""
    header = ["Scan time", "Station", "Doc type", "Barcode / QR payload", "Client", "USCIS receipt #",
              "I-94 admission #"]  # fmt: skip
    rows = []
    for _ in range(r.randint(2, 4)):
        p = _P(r)
        y, m, d = _dob_parts(r)
        kind = r.randrange(3)
        if kind == 0:

            def payload(b: Any, p: _P = p, y: int = y, m: int = m, d: int = d) -> None:
                b.t("IDNYC|").pii("IDNYC", _idnyc(r).replace(" ", "").replace("-", "")).t("|").pii(
                    "PERSON", _ascii(p.surname).upper()
                )
                b.t("|").pii("PERSON", _ascii(p.first).upper()).t("|").pii(
                    "DATE_OF_BIRTH", f"{y}{m:02d}{d:02d}"
                ).t("|EXP20" + str(r.randint(27, 31)))

            doc = "IDNYC card"
        elif kind == 1:

            def payload(b: Any, p: _P = p, y: int = y, m: int = m, d: int = d) -> None:
                b.t('{"rcpt":"').pii(
                    "USCIS_RECEIPT", _receipt(r).replace(" ", "").replace("-", "")
                ).t('","form":"I-797C","a":"')
                b.pii("A_NUMBER", "A" + _d(r, 9)).t('"}')

            doc = "I-797C notice"
        else:

            def payload(b: Any, p: _P = p, y: int = y, m: int = m, d: int = d) -> None:
                b.t("@\nANSI 636001080002DL00410278ZN03190008DLDCS").pii(
                    "PERSON", _ascii(p.surname).upper()
                )
                b.t("\nDAC").pii("PERSON", _ascii(p.first).upper()).t("\nDBB").pii(
                    "DATE_OF_BIRTH", f"{m:02d}{d:02d}{y}"
                )
                b.t(f"\nDAQ{_d(r, 9)}\nDAG").pii("ADDRESS", _address(r, 4).upper()).t("\nDAJNY")

            doc = "NYS ID (PDF417)"
        rows.append([
            f"{_when(r)} {r.randint(8, 17)}:{r.randint(0, 59):02d}", f"KIOSK-{r.randint(1, 6)}", doc, payload,
            ("PERSON", p.full()), ("USCIS_RECEIPT", _receipt(r)) if r.random() < 0.5 else "",
            ("I94", _i94(r)) if r.random() < 0.5 else "",
        ])  # fmt: skip
    return _cells(B, header, rows)


def csv_extract_m(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    return r.choice([_csv_callback, _csv_placement, _csv_dispatch, _csv_notary, _csv_sheet, _csv_interp,
                     _csv_scans])(r, B)  # fmt: skip


FOLIO_TEMPLATES = {
    "case_note_m": case_note_m,
    "intake_form_m": intake_form_m,
    "letter_m": letter_m,
    "csv_extract_m": csv_extract_m,
}
