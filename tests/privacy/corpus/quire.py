"""The "quire" split ("*_n" templates): a twelfth blind held-out split.

Written blind on 2026-12-03 without reading the scanner, its recognizers, their data, the
benchmarks or the older held-out templates (fresh, holdout.py, final.py, unseen.py, sealed.py,
vault.py, ledger.py, archive.py, cabinet.py, dossier.py, folio.py). Only the corpus interface
(Builder, the `_csv` cell convention, the test's pool checks) was read. Names and streets come from
pools of its own, checked by tests/privacy/test_eval_corpus.py to share no name, name word,
nickname or street with any older pool; countries and status terms are closed vocabularies written
as real NYC files write them.

Institutions and layouts (new to this split):

- case notes: a bus-arrival welcome-desk shift log; a City Council constituent casework tracker
  note; a Right to Counsel eviction-prevention intake; a homeless-outreach street-canvass tablet
  export; a delivery worker's deactivation-appeal note at a worker centre; a certified translation
  of a statement attached to a police complaint report.
- intake forms: a school-based health centre parental consent (bilingual labels); an Essential
  Plan application captured from a web form (`applicant[dob]=...`, sometimes URL-encoded); a
  bank's know-your-customer (CIP) worksheet with a consular ID card's OCR text; an OCR'd EAD card,
  green card or refugee travel document; a CBP I-94 website printout; a clinic lab requisition
  (with the I-693 civil-surgeon fields); a funeral home arrangement sheet with next of kin.
- letters: a library "New Americans" ESOL waitlist letter; a Council Member's inquiry letter to
  USCIS for a constituent; a funeral home's repatriation letter to a consulate; a delivery worker's
  deactivation appeal; a school-based health centre letter home (Spanish, French or English); a
  Right to Counsel representation letter to a tenant.
- CSV extracts (one segment per cell, prefixed by its header): a library ESOL waitlist; an ACS
  juvenile-detention visitor log; a street-canvass tablet export in snake_case; a welcome-desk
  arrival log with a QR payload column; a Council casework tracker; a navigator tracker whose
  merged two-line headers are flattened with a line break; a bank KYC export.

Labelled (exactly the value): PERSON (residents, relatives and staff, in every form: full, in
capitals, "LAST, First", initial and surname, given name or nickname alone; titles left out),
A_NUMBER (with its "A", or bare digits after an A-number cue such as "A#", "USCIS#" or
"Alien No."), SSN, ITIN, PASSPORT (refugee travel document numbers too), PHONE (US and foreign),
EMAIL (residents' and staff's own), DATE_OF_BIRTH (many formats and languages), ADDRESS (residents'
street addresses with unit, sometimes across a line break), IDNYC (12 digits, grouped or not),
USCIS_RECEIPT (receipt numbers, and EAD / green card "Card#" values, which have that shape),
I94 (11 digits or 9 digits + letter + digit), IMMIGRATION_STATUS (the status words only, in
English, Spanish, French, Portuguese, Dutch and Russian, and the I-94 class of admission), and
COUNTRY_OF_BIRTH (country names, nationalities and ISO codes for a resident's origin, including a
passport's issuing country).

Left unlabelled on purpose: case, casework, index, docket, complaint, arrest, claim, ticket,
account, bank-customer, member, OSIS, library-card, Medicaid CIN, NYSID, juvenile-ID, MRN, NPI,
licence, policy, air-waybill, courier and consular-ID numbers; appointment, hearing, visit,
arrival, death, issue and expiry dates and times; ages; money; agency and organisation names
(consulates of a country included); public agency addresses, main phone numbers and shared
mailboxes; form names (I-765, I-589, I-693, ...); EAD and green card category codes; languages;
ZIP+4 codes; streets, schools, parks and buildings named after people; countries that are not a
person's origin (bus routes, transit countries).
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

Out = list[tuple[str, list[Any], str]]

# -- pools --------------------------------------------------------------------------------------

QUIRE_COMMUNITIES: dict[str, dict[str, Any]] = {
    "tonga": {
        "given_f": ["Siueni", "Ilaisaane", "Fuiva", "Kalolaine", "Luseane"],
        "given_m": ["Siaosi", "Feleti", "Taniela", "Vaea", "Sateki"],
        "surnames": ["Tuipulotu", "Naufahu", "Kaufusi", "Tangitau", "Motuliki", "Piutau"],
        "nicknames_f": ["Kalo", "Ilai"],
        "nicknames_m": ["Teki", "Tani"],
        "rare_given_f": ["Akanesi", "Halaevalu"],
        "rare_given_m": ["Ulukalala", "Tungi"],
        "rare_surnames": ["Taumoepeau", "Fusitu'a", "Ma'asi"],
        "countries": [("Tonga", "Tongan", "TON", "Tonga", "Tonga")],
        "cities": ["Nuku'alofa", "Neiafu", "Pangai"],
        "languages": ["Tongan"],
    },
    "andes": {
        "given_f": ["Saturnina", "Nicasia", "Florentina", "Eustaquia", "Casimira", "Aniceta"],
        "given_m": ["Cipriano", "Melquiades", "Nicanor", "Gumersindo", "Victoriano"],
        "surnames": [
            "Huillca",
            "Ccoillo",
            "Taipe",
            "Anccasi",
            "Layme",
            "Sullca",
            "Cutipa",
            "Hancco",
        ],
        "nicknames_f": ["Nica", "Tacha"],
        "nicknames_m": ["Cipri", "Melqui"],
        "rare_given_f": ["Asiri", "Chaska"],
        "rare_given_m": ["Yawar", "Kuntur"],
        "rare_surnames": ["Quillahuamán", "Ccallo", "Huarachi", "Aruquipa", "Alccahuaman"],
        "countries": [
            ("Peru", "Peruvian", "PER", "Perú", "Pérou"),
            ("Bolivia", "Bolivian", "BOL", "Bolivia", "Bolivie"),
        ],
        "cities": ["Cusco", "Puno", "Abancay", "El Alto", "Oruro"],
        "languages": ["Quechua", "Aymara", "Spanish"],
    },
    "amazonia": {
        "given_f": ["Deysi", "Yovana", "Lizeth", "Mayumi"],
        "given_m": ["Wilder", "Ronal", "Dilmer", "Henrry"],
        "surnames": [
            "Ahuanari",
            "Manihuari",
            "Yumbato",
            "Tapullima",
            "Shupingahua",
            "Tuanama",
            "Pashanasi",
            "Tanchiva",
        ],
        "nicknames_f": ["Rosi", "Deysita"],
        "nicknames_m": ["Wilo", "Chato"],
        "rare_given_f": ["Nantar", "Yajanua"],
        "rare_given_m": ["Tiwi", "Kunkumas"],
        "rare_surnames": ["Tsamarain", "Wampash", "Ankuash", "Amasifuen"],
        "countries": [
            ("Peru", "Peruvian", "PER", "Perú", "Pérou"),
            ("Ecuador", "Ecuadorian", "ECU", "Ecuador", "Équateur"),
        ],
        "cities": ["Tarapoto", "Iquitos", "Puyo", "Macas", "Yurimaguas"],
        "languages": ["Spanish", "Kichwa", "Shuar"],
    },
    "sahel": {
        "given_f": ["Zeinabou", "Haoua", "Ramatou", "Hamsatou", "Hadjara"],
        "given_m": ["Issoufou", "Hamani", "Soumaïla", "Ousseini", "Boureima"],
        "surnames": ["Djibo", "Tahirou", "Seyni", "Hamidou", "Zakari", "Oumarou"],
        "nicknames_f": ["Zeina", "Ramou"],
        "nicknames_m": ["Isso", "Soumi"],
        "rare_given_f": ["Kadidiatou", "Takamat"],
        "rare_given_m": ["Intallah", "Assalek"],
        "rare_surnames": ["Akhamouk", "Ghissa", "Elkhamis"],
        "countries": [
            ("Niger", "Nigerien", "NER", "Níger", "Niger"),
            ("Mali", "Malian", "MLI", "Malí", "Mali"),
            ("Burkina Faso", "Burkinabe", "BFA", "Burkina Faso", "Burkina Faso"),
        ],
        "cities": ["Niamey", "Agadez", "Gao", "Tillabéri", "Dori"],
        "languages": ["Zarma", "Hausa", "Tamasheq", "French"],
    },
    "oromo": {
        "given_f": ["Lelise", "Gadise", "Obse", "Hawi", "Ebise"],
        "given_m": ["Dhugassa", "Abdisa", "Kumsa", "Obsa", "Gutema"],
        "surnames": ["Biratu", "Fayisa", "Dinsa", "Jaleta", "Tufa", "Gemeda"],
        "nicknames_f": ["Lelo", "Ebu"],
        "nicknames_m": ["Gemmo", "Kume"],
        "rare_given_f": ["Soreti", "Ifaa"],
        "rare_given_m": ["Boruu", "Waaqjira"],
        "rare_surnames": ["Hamadu", "Galgalo", "Dheeressa"],
        "countries": [
            ("Ethiopia", "Ethiopian", "ETH", "Etiopía", "Éthiopie"),
            ("Kenya", "Kenyan", "KEN", "Kenia", "Kenya"),
            ("Djibouti", "Djiboutian", "DJI", "Yibuti", "Djibouti"),
        ],
        "cities": ["Adama", "Nekemte", "Moyale", "Jimma", "Tadjourah"],
        "languages": ["Afaan Oromo", "Amharic", "Afar"],
    },
    "balkan": {
        "given_f": ["Sevdie", "Ljatifa", "Šejla", "Nedžmije"],
        "given_m": ["Tache", "Mitre", "Redžo", "Šerif"],
        "surnames": ["Caragiu", "Cuşu", "Tegu", "Redžepi", "Memedi", "Ajdini", "Durmiši"],
        "nicknames_f": ["Sevda", "Ljata"],
        "nicknames_m": ["Taki", "Šeki"],
        "rare_given_f": ["Ferdana", "Hajrije"],
        "rare_given_m": ["Nadžip", "Menduh"],
        "rare_surnames": ["Hadžiu", "Zica", "Ciufeca"],
        "countries": [
            ("North Macedonia", "Macedonian", "MKD", "Macedonia del Norte", "Macédoine du Nord"),
            ("Kosovo", "Kosovar", "XKX", "Kosovo", "Kosovo"),
            ("Albania", "Albanian", "ALB", "Albania", "Albanie"),
        ],
        "cities": ["Kumanovo", "Dragaš", "Kruševo", "Korçë", "Prizren"],
        "languages": ["Romani", "Aromanian", "Macedonian", "Albanian"],
    },
    "caucasus": {
        "given_f": ["Kheda", "Zulikhan", "Zalina", "Khatuna", "Petimat"],
        "given_m": ["Apti", "Turpal", "Lecha", "Soslan", "Khasmagomed"],
        "surnames": ["Magomadov", "Elmurzaev", "Tsakaev", "Ozdoev", "Dzagoev", "Gogia", "Jikia"],
        "nicknames_f": ["Zulya", "Zali"],
        "nicknames_m": ["Khasik", "Sosik"],
        "rare_given_f": ["Malkan", "Yakha"],
        "rare_given_m": ["Bekkhan", "Ramzat"],
        "rare_surnames": ["Gadzhimagomedov", "Omargadzhiev", "Margoshvili", "Kvaratskhelia"],
        "countries": [
            ("Russia", "Russian", "RUS", "Rusia", "Russie"),
            ("Georgia", "Georgian", "GEO", "Georgia", "Géorgie"),
        ],
        "cities": ["Grozny", "Vladikavkaz", "Makhachkala", "Zugdidi", "Duisi"],
        "languages": ["Chechen", "Russian", "Georgian", "Ossetian"],
    },
    "siberia": {
        "given_f": ["Sardaana", "Aitalina", "Nyurgusun", "Tuyaara", "Sesegma", "Choduraa"],
        "given_m": ["Aisen", "Ayaal", "Erel", "Bair", "Sholban", "Ayas"],
        "surnames": ["Oorzhak", "Mongush", "Kuular", "Ondar", "Saaya", "Dongak", "Khovalyg"],
        "nicknames_f": ["Sardanka", "Aita"],
        "nicknames_m": ["Aisik", "Bairka"],
        "rare_given_f": ["Kyunnei", "Aidysmaa"],
        "rare_given_m": ["Nyurgun", "Dorzho"],
        "rare_surnames": ["Khertek", "Irgit", "Sotpa", "Tsydenzhapov"],
        "countries": [("Russia", "Russian", "RUS", "Rusia", "Russie")],
        "cities": ["Yakutsk", "Kyzyl", "Ulan-Ude", "Aginskoye"],
        "languages": ["Sakha", "Tuvan", "Buryat", "Russian"],
    },
    "himalaya": {
        "given_f": ["Sunmaya", "Dhanmaya", "Yangji", "Deki", "Khando"],
        "given_m": ["Kesang", "Phinjo", "Ongdi", "Nimkanchha", "Lhendup"],
        "surnames": ["Lingden", "Tumbapo", "Phago", "Nembang", "Gauchan", "Sherchan", "Tulachan"],
        "nicknames_f": ["Sunu", "Dhanu"],
        "nicknames_m": ["Kanchha", "Phinju"],
        "rare_given_f": ["Yishey", "Zangmo"],
        "rare_given_m": ["Ugyen", "Tandin"],
        "rare_surnames": ["Chemjong", "Angbuhang", "Mabohang", "Bhattachan"],
        "countries": [
            ("Nepal", "Nepali", "NPL", "Nepal", "Népal"),
            ("Bhutan", "Bhutanese", "BTN", "Bután", "Bhoutan"),
        ],
        "cities": ["Taplejung", "Jomsom", "Ilam", "Phidim", "Trashigang"],
        "languages": ["Nepali", "Limbu", "Dzongkha", "Thakali"],
    },
    "papiamento": {
        "given_f": ["Sharelly", "Jusienne", "Quisandra", "Shanaïra"],
        "given_m": ["Shurandy", "Jurick", "Churandy", "Sharlon", "Jurien"],
        "surnames": ["Martina", "Isenia", "Statia", "Cijntje", "Sillé", "Pieternella", "Janga"],
        "nicknames_f": ["Shashi", "Quisi"],
        "nicknames_m": ["Shu", "Juju"],
        "rare_given_f": ["Jeurisca", "Chenaïra"],
        "rare_given_m": ["Ronchi", "Ruthsel"],
        "rare_surnames": ["Girigoria", "Oduber", "Semeleer", "Koeiman"],
        "countries": [
            ("Curaçao", "Curaçaoan", "CUW", "Curazao", "Curaçao"),
            ("Aruba", "Aruban", "ABW", "Aruba", "Aruba"),
        ],
        "cities": ["Willemstad", "Oranjestad", "San Nicolas", "Barber"],
        "languages": ["Papiamento", "Dutch"],
    },
    "suriname": {
        "given_f": ["Sumintra", "Sarmini", "Tumirah", "Rosieta"],
        "given_m": ["Sardjo", "Radjinder", "Soekarmo", "Romano"],
        "surnames": ["Kromopawiro", "Sowidjojo", "Soekhlal", "Ramdin", "Jagesar", "Pinas"],
        "nicknames_f": ["Mini", "Tumi"],
        "nicknames_m": ["Sardi", "Radj"],
        "rare_given_f": ["Sriwati", "Kartinah"],
        "rare_given_m": ["Satiman", "Pawiro"],
        "rare_surnames": ["Kasanpawiro", "Karijodikromo", "Doelwijt"],
        "countries": [("Suriname", "Surinamese", "SUR", "Surinam", "Suriname")],
        "cities": ["Paramaribo", "Nieuw Nickerie", "Moengo", "Lelydorp"],
        "languages": ["Sranan Tongo", "Sarnami", "Javanese", "Dutch"],
    },
    "belize": {
        "given_f": ["Shernelle", "Rhonette", "Delcia", "Marvalyn"],
        "given_m": ["Dellon", "Kenrick", "Trevon", "Ervin"],
        "surnames": ["Gillett", "Tillett", "Coye", "Lindo", "Staine", "Garbutt", "Gongora"],
        "nicknames_f": ["Shern", "Rhoni"],
        "nicknames_m": ["Dells", "Kenno"],
        "rare_given_f": ["Marvalene", "Sharmira"],
        "rare_given_m": ["Orandy", "Kendale"],
        "rare_surnames": ["Ramclam", "Gabourel", "Laboriel"],
        "countries": [
            ("Belize", "Belizean", "BLZ", "Belice", "Belize"),
            ("Honduras", "Honduran", "HND", "Honduras", "Honduras"),
        ],
        "cities": ["Dangriga", "Belize City", "Punta Gorda", "La Ceiba", "Trujillo"],
        "languages": ["Kriol", "Garifuna", "Spanish"],
    },
    "caboverde": {
        "given_f": ["Edileusa", "Eneida", "Arlinda", "Nilza", "Odete"],
        "given_m": ["Jailson", "Edmilson", "Ivanildo", "Elísio", "Admilson"],
        "surnames": ["Landim", "Sanches", "Livramento", "Spínola", "Moniz", "Alfama"],
        "nicknames_f": ["Nilda", "Didi"],
        "nicknames_m": ["Djodje", "Tuta"],
        "rare_given_f": ["Nhanha", "Zezinha"],
        "rare_given_m": ["Eufémio", "Valdemar"],
        "rare_surnames": ["Brazão", "Querido", "Carvalhal"],
        "countries": [("Cabo Verde", "Cape Verdean", "CPV", "Cabo Verde", "Cap-Vert")],
        "cities": ["Praia", "Mindelo", "Assomada", "São Filipe"],
        "languages": ["Kriolu", "Portuguese"],
    },
    "north": {
        "given_f": ["Sjoukje", "Jetske", "Turið", "Sólrun", "Máret", "Risten"],
        "given_m": ["Hylke", "Sietse", "Sjúrður", "Rógvi", "Niillas", "Jovnna"],
        "surnames": ["Wijnsma", "Sikkema", "Hiemstra", "Djurhuus", "Niclasen", "Somby", "Utsi"],
        "nicknames_f": ["Sjouk", "Tjits"],
        "nicknames_m": ["Hylkje", "Niillasaš"],
        "rare_given_f": ["Rannvá", "Biret"],
        "rare_given_m": ["Heðin", "Ánte"],
        "rare_surnames": ["Hætta", "Valkeapää", "Højgaard", "Haitsma"],
        "countries": [
            ("Netherlands", "Dutch", "NLD", "Países Bajos", "Pays-Bas"),
            ("Denmark", "Danish", "DNK", "Dinamarca", "Danemark"),
            ("Norway", "Norwegian", "NOR", "Noruega", "Norvège"),
        ],
        "cities": ["Leeuwarden", "Tórshavn", "Kautokeino", "Karasjok", "Sneek"],
        "languages": ["Frisian", "Faroese", "Northern Sami", "Norwegian"],
    },
    "westslav": {
        "given_f": ["Hanka", "Lubina", "Hilžbjeta", "Nolwenn", "Maïwenn", "Rozenn"],
        "given_m": ["Měrćin", "Bjarnat", "Yannig", "Gwenaël", "Tangi"],
        "surnames": ["Wjelan", "Hančo", "Brězan", "Šołta", "Kerhervé", "Guivarc'h", "Kerjean"],
        "nicknames_f": ["Hanička", "Nolou"],
        "nicknames_m": ["Měrko", "Yannou"],
        "rare_given_f": ["Gwenola", "Ludmila-Hanka"],
        "rare_given_m": ["Jurk", "Gwenc'hlan"],
        "rare_surnames": ["Młynk", "Krawc", "Gourvennec", "Nédélec"],
        "countries": [
            ("Germany", "German", "DEU", "Alemania", "Allemagne"),
            ("France", "French", "FRA", "Francia", "France"),
        ],
        "cities": ["Bautzen", "Cottbus", "Quimper", "Lannion", "Kamenz"],
        "languages": ["Sorbian", "German", "Breton", "French"],
    },
}

QUIRE_STREETS: list[tuple[str, str, str, bool]] = [
    # Bronx
    ("Oak Tree Place", "Bronx", "10457", False),
    ("Rogers Place", "Bronx", "10459", False),
    ("Stebbins Avenue", "Bronx", "10459", False),
    ("Chisholm Street", "Bronx", "10459", False),
    ("Freeman Street", "Bronx", "10459", False),
    ("Minford Place", "Bronx", "10460", False),
    ("Seabury Place", "Bronx", "10460", False),
    ("Drake Street", "Bronx", "10474", False),
    ("Randall Avenue", "Bronx", "10473", False),
    ("Worthen Street", "Bronx", "10474", False),
    ("Garrison Avenue", "Bronx", "10474", False),
    ("Ward Avenue", "Bronx", "10472", False),
    ("Colgate Avenue", "Bronx", "10473", False),
    ("Harrod Avenue", "Bronx", "10472", False),
    ("Gleason Avenue", "Bronx", "10472", False),
    ("Blondell Avenue", "Bronx", "10461", False),
    ("Mayflower Avenue", "Bronx", "10461", False),
    ("Bouck Avenue", "Bronx", "10469", False),
    ("Muliner Avenue", "Bronx", "10462", False),
    ("Gunther Avenue", "Bronx", "10469", False),
    ("Nereid Avenue", "Bronx", "10466", False),
    ("Carpenter Avenue", "Bronx", "10466", False),
    ("Giles Place", "Bronx", "10463", False),
    ("Phelan Place", "Bronx", "10453", False),
    ("Macombs Road", "Bronx", "10452", False),
    ("Marcy Place", "Bronx", "10452", False),
    ("Mount Eden Avenue", "Bronx", "10457", False),
    ("Echo Place", "Bronx", "10457", False),
    ("Wilkinson Avenue", "Bronx", "10461", False),
    # Brooklyn
    ("Glenmore Avenue", "Brooklyn", "11207", False),
    ("Blake Avenue", "Brooklyn", "11207", False),
    ("Newport Street", "Brooklyn", "11212", False),
    ("Powell Street", "Brooklyn", "11212", False),
    ("Vermont Street", "Brooklyn", "11207", False),
    ("Cleveland Street", "Brooklyn", "11208", False),
    ("Shepherd Avenue", "Brooklyn", "11208", False),
    ("Crystal Street", "Brooklyn", "11208", False),
    ("Drew Street", "Brooklyn", "11208", False),
    ("Lott Avenue", "Brooklyn", "11212", False),
    ("Bristol Street", "Brooklyn", "11212", False),
    ("Hopkinson Avenue", "Brooklyn", "11233", False),
    ("Macdonough Street", "Brooklyn", "11233", False),
    ("Somers Street", "Brooklyn", "11233", False),
    ("Ellery Street", "Brooklyn", "11206", False),
    ("Stockton Street", "Brooklyn", "11206", False),
    ("Walworth Street", "Brooklyn", "11205", False),
    ("Parkville Avenue", "Brooklyn", "11230", False),
    ("Oceanview Avenue", "Brooklyn", "11235", False),
    ("Seeley Street", "Brooklyn", "11218", False),
    ("Forbell Street", "Brooklyn", "11208", False),
    ("Amboy Street", "Brooklyn", "11212", False),
    # Queens
    ("Simonson Street", "Elmhurst", "11373", True),
    ("Christie Avenue", "Rego Park", "11374", True),
    ("Ash Avenue", "Flushing", "11355", True),
    ("Blossom Avenue", "Flushing", "11355", True),
    ("Quince Avenue", "Flushing", "11355", True),
    ("Farrington Street", "Flushing", "11354", True),
    ("Smart Street", "Flushing", "11367", True),
    ("Chevy Chase Street", "Jamaica", "11432", True),
    ("Dalny Road", "Jamaica", "11432", True),
    ("Mowbray Drive", "Kew Gardens", "11415", True),
    ("Grenfell Street", "Kew Gardens", "11415", True),
    ("Avery Avenue", "Flushing", "11355", True),
    # Manhattan
    ("Broadway Terrace", "New York", "10040", False),
    ("Laurel Hill Terrace", "New York", "10033", False),
    ("Jumel Terrace", "New York", "10032", False),
    ("Sylvan Terrace", "New York", "10032", False),
    ("Hamilton Terrace", "New York", "10031", False),
    ("Hancock Place", "New York", "10027", False),
    ("Gouverneur Street", "New York", "10002", False),
    # Staten Island
    ("Cary Avenue", "Staten Island", "10310", False),
    ("Brook Street", "Staten Island", "10301", False),
    ("St Pauls Avenue", "Staten Island", "10301", False),
    ("Palma Drive", "Staten Island", "10304", False),
    ("Willowbrook Road", "Staten Island", "10314", False),
    ("Netherland Avenue", "Staten Island", "10303", False),
]

# Status terms as NYC files write them (closed vocabularies; may repeat older splits').
status_terms: dict[str, list[str]] = {
    "en": [
        "asylum seeker",
        "asylum applicant",
        "asylee",
        "refugee",
        "TPS",
        "Temporary Protected Status",
        "LPR",
        "lawful permanent resident",
        "green card holder",
        "undocumented",
        "no status",
        "out of status",
        "humanitarian parolee",
        "parolee",
        "DACA recipient",
        "U visa holder",
        "T visa",
        "SIJS",
        "conditional resident",
        "visa overstay",
        "B-2 visitor",
        "F-1 student",
        "withholding of removal",
    ],
    "es": [
        "solicitante de asilo",
        "asilado",
        "refugiado",
        "indocumentado",
        "sin papeles",
        "residente permanente",
        "TPS",
        "sin estatus",
        "parole humanitario",
    ],
    "fr": ["demandeur d'asile", "réfugié", "sans-papiers", "résident permanent", "sans statut"],
    "pt": ["requerente de asilo", "indocumentado", "sem documentos", "residente permanente"],
    "nl": ["asielzoeker", "vluchteling", "ongedocumenteerd", "statushouder"],
    "ru": ["беженец", "соискатель убежища", "без документов"],
}
admission_classes = ["DT", "B2", "F1", "UHP", "RE", "B1/B2"]
status_lang = {
    "andes": "es",
    "amazonia": "es",
    "belize": "es",
    "sahel": "fr",
    "westslav": "fr",
    "caboverde": "pt",
    "papiamento": "nl",
    "suriname": "nl",
    "caucasus": "ru",
    "siberia": "ru",
}
staff_domains = {
    "council": "council.nyc.gov",
    "library": "queenslibrary.org",
    "rtc": "bronxdefenders-housing.org",
    "worker": "workersjustice.org",
    "sbhc": "montefiore.org",
    "funeral": "ortizfuneralhome.com",
    "bank": "ridgewoodsavings.com",
    "outreach": "breakingground.org",
    "clinic": "ryanhealth.org",
}
resident_domains = [
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "proton.me",
    "hotmail.fr",
    "yahoo.com.pe",
    "gmx.de",
    "live.nl",
    "mail.ru",
    "yandex.ru",
    "sapo.cv",
]
months_en = "January February March April May June July August September October November December"
months_es = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
)
months_fr = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
months_pt = (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
)
month_names = {
    "en": months_en.split(),
    "es": months_es.split(),
    "fr": months_fr.split(),
    "pt": months_pt.split(),
}

# -- generators -----------------------------------------------------------------------------------


def fold(text: str) -> str:
    """`text` without accents (decomposed, combining marks dropped)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _slug(text: str) -> str:
    text = fold(text).lower()
    for a, b in (("ð", "d"), ("æ", "ae"), ("ø", "o"), ("ł", "l"), ("ß", "ss")):
        text = text.replace(a, b)
    return "".join(c for c in text if c.isascii() and c.isalnum())


@dataclass
class Person:
    given: str
    surname: str
    second: str
    female: bool
    nick: str
    key: str
    country: tuple[str, str, str, str, str]
    city: str
    language: str

    @property
    def last(self) -> str:
        return f"{self.surname} {self.second}" if self.second else self.surname

    @property
    def full(self) -> str:
        return f"{self.given} {self.last}"


def person(
    r: random.Random, key: str | None = None, female: bool | None = None, surname: str = ""
) -> Person:
    key = key or r.choice(sorted(QUIRE_COMMUNITIES))
    c = QUIRE_COMMUNITIES[key]
    female = r.random() < 0.5 if female is None else female
    sex = "f" if female else "m"
    given = r.choice(c[f"rare_given_{sex}"] if r.random() < 0.3 else c[f"given_{sex}"])
    sur = surname or r.choice(c["rare_surnames"] if r.random() < 0.3 else c["surnames"])
    second = ""
    if key in ("andes", "amazonia", "caboverde") and r.random() < 0.5:
        second = r.choice([s for s in c["surnames"] + c["rare_surnames"] if s != sur])
    return Person(
        given,
        sur,
        second,
        female,
        r.choice(c[f"nicknames_{sex}"]),
        key,
        r.choice(c["countries"]),
        r.choice(c["cities"]),
        r.choice(c["languages"]),
    )


def relative(r: random.Random, p: Person, female: bool | None = None) -> Person:
    while True:
        q = person(r, p.key, female, p.surname if r.random() < 0.6 else "")
        if q.given != p.given:
            return q


def name(r: random.Random, p: Person, *styles: str) -> str:
    style = r.choice(styles or ("full", "full", "caps", "last_first", "last_caps", "initial"))
    if style == "full":
        return p.full
    if style == "caps":
        return p.full.upper()
    if style == "last_first":
        return f"{p.last}, {p.given}"
    if style == "last_caps":
        return f"{p.last.upper()}, {p.given}"
    if style == "initial":
        return f"{p.given[0]}. {p.last}"
    if style == "given":
        return p.given
    if style == "nick":
        return p.nick
    if style == "last":
        return p.last
    raise ValueError(style)


def _d(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _letter(r: random.Random) -> str:
    return r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")


def us_phone(r: random.Random) -> str:
    area = r.choice(["718", "347", "929", "917", "646", "212", "332", "516", "201"])
    ex = str(r.choice([n for n in range(201, 990) if n not in (555, 911, 311)]))
    line = _d(r, 4)
    return r.choice(
        [
            f"({area}) {ex}-{line}",
            f"{area}-{ex}-{line}",
            f"{area}.{ex}.{line}",
            f"{area} {ex} {line}",
            f"{area}{ex}{line}",
            f"+1 {area} {ex} {line}",
            f"1-{area}-{ex}-{line}",
            f"({area}){ex}-{line}",
        ]
    )


def foreign_phone(r: random.Random, iso: str) -> str:
    d = lambda n: _d(r, n)  # noqa: E731
    table: dict[str, Callable[[], str]] = {
        "TON": lambda: f"+676 {d(3)} {d(4)}",
        "PER": lambda: f"+51 9{d(2)} {d(3)} {d(3)}",
        "BOL": lambda: f"+591 7{d(7)}",
        "ECU": lambda: f"+593 9{d(1)} {d(3)} {d(4)}",
        "NER": lambda: f"+227 9{d(1)} {d(2)} {d(2)} {d(2)}",
        "MLI": lambda: f"+223 7{d(1)} {d(2)} {d(2)} {d(2)}",
        "BFA": lambda: f"+226 7{d(1)} {d(2)} {d(2)} {d(2)}",
        "ETH": lambda: f"+251 9{d(1)} {d(3)} {d(4)}",
        "KEN": lambda: f"+254 7{d(2)} {d(3)} {d(3)}",
        "DJI": lambda: f"+253 77 {d(2)} {d(2)} {d(2)}",
        "MKD": lambda: f"+389 7{d(1)} {d(3)} {d(3)}",
        "XKX": lambda: f"+383 4{d(1)} {d(3)} {d(3)}",
        "ALB": lambda: f"+355 6{d(1)} {d(3)} {d(4)}",
        "RUS": lambda: f"+7 9{d(2)} {d(3)}-{d(2)}-{d(2)}",
        "GEO": lambda: f"+995 5{d(2)} {d(2)} {d(2)} {d(2)}",
        "NPL": lambda: f"+977 98{d(8)}",
        "BTN": lambda: f"+975 17{d(6)}",
        "CUW": lambda: f"+599 9 {d(3)} {d(4)}",
        "ABW": lambda: f"+297 {d(3)} {d(4)}",
        "SUR": lambda: f"+597 {d(3)}-{d(4)}",
        "BLZ": lambda: f"+501 6{d(2)}-{d(4)}",
        "HND": lambda: f"+504 {d(4)}-{d(4)}",
        "CPV": lambda: f"+238 9{d(2)} {d(2)} {d(2)}",
        "NLD": lambda: f"+31 6 {d(8)}",
        "DNK": lambda: f"+298 {d(6)}",
        "NOR": lambda: f"+47 {d(3)} {d(2)} {d(3)}",
        "DEU": lambda: f"+49 15{d(1)} {d(8)}",
        "FRA": lambda: f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
    }
    value = table[iso]()
    return value.replace("+", "00", 1) if r.random() < 0.15 else value


def phone(r: random.Random, p: Person, foreign: float = 0.25) -> str:
    return foreign_phone(r, p.country[2]) if r.random() < foreign else us_phone(r)


passport_shapes = {
    "TON": "A999999",
    "PER": "999999999",
    "BOL": "A99999999",
    "ECU": "A9999999",
    "NER": "99AA99999",
    "MLI": "AA9999999",
    "BFA": "A99999999",
    "ETH": "EP9999999",
    "KEN": "AK9999999",
    "DJI": "99999999",
    "MKD": "A9999999",
    "XKX": "P99999999",
    "ALB": "BA9999999",
    "RUS": "75 9999999",
    "GEO": "99AA99999",
    "NPL": "PA9999999",
    "BTN": "BP9999999",
    "CUW": "NXAA99999",
    "ABW": "NXA999999",
    "SUR": "R999999",
    "BLZ": "P999999",
    "HND": "E999999",
    "CPV": "PA999999",
    "NLD": "NWA999999",
    "DNK": "999999999",
    "NOR": "99999999",
    "DEU": "CA9AA9999",
    "FRA": "99AA99999",
}


def passport(r: random.Random, p: Person) -> str:
    shape = passport_shapes[p.country[2]]
    return "".join(
        str(r.randint(0, 9)) if c == "9" else _letter(r) if c == "A" else c for c in shape
    )


def anum9(r: random.Random) -> str:
    return r.choice("0122") + _d(r, 8)


def anumber(r: random.Random) -> str:
    """An A-number with its A."""
    digits = anum9(r) if r.random() < 0.8 else str(r.randint(1, 9)) + _d(r, 7)
    if len(digits) == 9:
        g = f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        s = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
        return r.choice(
            [f"A{digits}", f"A-{g}", f"A {s}", f"A{g}", f"A-{digits}", f"A {digits}", f"a{digits}"]
        )
    return r.choice([f"A{digits}", f"A-{digits}", f"A {digits[:2]}-{digits[2:5]}-{digits[5:]}"])


def anum_bare(r: random.Random) -> str:
    """Digits only, for after an A-number cue."""
    digits = anum9(r)
    return r.choice(
        [
            digits,
            f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
            f"{digits[:3]} {digits[3:6]} {digits[6:]}",
        ]
    )


def _fmt9(r: random.Random, a: str, b: str, c: str) -> str:
    return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}.{b}.{c}"])


def ssn(r: random.Random) -> str:
    area = r.choice([n for n in range(1, 900) if n != 666])
    return _fmt9(r, f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}")


def itin(r: random.Random) -> str:
    mid = r.choice([*range(50, 66), *range(70, 89), 90, 91, 92, *range(94, 100)])
    return _fmt9(r, f"9{_d(r, 2)}", f"{mid:02d}", _d(r, 4))


def idnyc(r: random.Random) -> str:
    digits = "1" + _d(r, 11)
    return r.choice(
        [
            digits,
            f"{digits[:4]} {digits[4:8]} {digits[8:]}",
            f"{digits[:4]}-{digits[4:8]}-{digits[8:]}",
            f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}",
        ]
    )


def receipt(r: random.Random) -> str:
    pre = r.choice(["IOE", "IOE", "IOE", "EAC", "WAC", "LIN", "SRC", "MSC", "NBC", "YSC"])
    digits = ("09" if pre == "IOE" else r.choice(["19", "21", "22", "23", "24", "25"])) + _d(r, 8)
    return r.choice(
        [
            f"{pre}{digits}",
            f"{pre}{digits}",
            f"{pre}-{digits[:2]}-{digits[2:5]}-{digits[5:]}",
            f"{pre} {digits}",
            f"{pre}-{digits}",
        ]
    )


def i94(r: random.Random) -> str:
    if r.random() < 0.5:
        return _d(r, 11)
    return _d(r, 9) + _letter(r) + _d(r, 1)


def rdate(r: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(r.randint(start, dt.date(y1, 12, 31).toordinal()))


def fdate(r: random.Random, d: dt.date, *styles: str) -> str:
    style = r.choice(styles or ("us", "us", "us0", "us2", "iso", "long", "mon", "dmy"))
    en = month_names["en"][d.month - 1]
    if style == "us":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us0":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{en} {d.day}, {d.year}"
    if style == "mon":
        return f"{d.day:02d} {en[:3].upper()} {d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "oracle":
        return f"{d.day:02d}-{en[:3].upper()}-{d.year % 100:02d}"
    if style == "cbp":
        return f"{d.year} {en} {d.day:02d}"
    if style in ("es", "fr", "pt"):
        m = month_names[style][d.month - 1]
        day = "1er" if style == "fr" and d.day == 1 else str(d.day)
        return f"{day} de {m} de {d.year}" if style in ("es", "pt") else f"{day} {m} {d.year}"
    raise ValueError(style)


def dob(r: random.Random, p: Person | None = None, *styles: str, young: bool = False) -> str:
    d = rdate(r, 2007, 2016) if young else rdate(r, 1950, 2005)
    return fdate(r, d, *styles)


def birth(r: random.Random, *styles: str) -> tuple[str, int]:
    """A birth date and the age it gives in mid-2025 (the age itself is a distractor)."""
    d = rdate(r, 1950, 2005)
    return fdate(r, d, *styles), 2025 - d.year - ((d.month, d.day) > (6, 30))


def when(r: random.Random, *styles: str) -> str:
    """A date that is not a birth date (visits, hearings, filings): a distractor."""
    return fdate(r, rdate(r, 2023, 2026), *styles)


_suffixes = {
    "Avenue": ["Avenue", "Ave", "Ave.", "Av"],
    "Street": ["Street", "St", "St."],
    "Road": ["Road", "Rd"],
    "Terrace": ["Terrace", "Ter"],
    "Place": ["Place", "Pl"],
    "Drive": ["Drive", "Dr"],
    "Boulevard": ["Boulevard", "Blvd"],
}


def _addr_parts(r: random.Random) -> tuple[str, str, str]:
    street, city, zip_, queens = r.choice(QUIRE_STREETS)
    words = street.split()
    words[-1] = r.choice(_suffixes.get(words[-1], [words[-1]]))
    street = " ".join(words)
    num = f"{r.randint(30, 199)}-{r.randint(1, 99):02d}" if queens else str(r.randint(2, 1899))
    unit = r.choice(
        [
            f"Apt {r.randint(1, 6)}{r.choice('ABCDEFGH')}",
            f"#{r.randint(1, 6)}{r.choice('RLF')}",
            f"Apt. {r.randint(1, 6)}-{r.choice('ABCD')}",
            f"Fl {r.randint(1, 3)}",
            f"{r.choice(['1st', '2nd', '3rd'])} Fl",
            "Bsmt",
            f"Rm {r.randint(2, 14)}",
            f"Apt {r.randint(1, 5)}{r.randint(0, 2)}",
            "",
        ]
    )
    first = f"{num} {street}" + (f" {unit}" if unit and r.random() < 0.5 else "")
    rest = unit if unit and not first.endswith(unit) else ""
    return first, rest, f"{city}, NY {zip_}"


def address(r: random.Random, lines: bool = False, caps: bool = False) -> str:
    parts = [x for x in _addr_parts(r) if x]
    text = ("\n" if lines else ", ").join(parts)
    return text.upper() if caps else text


def address_pair(r: random.Random, caps: bool = False) -> tuple[str, str]:
    """One address on one line (for a letter's body) and as its address block."""
    parts = [x for x in _addr_parts(r) if x]
    one, block = ", ".join(parts), "\n".join(parts)
    return one, block.upper() if caps else block


def email(r: random.Random, p: Person) -> str:
    g, s, n = _slug(p.given), _slug(p.surname), _slug(p.nick)
    local = r.choice(
        [
            f"{g}.{s}",
            f"{g[0]}{s}",
            f"{s}.{g}{r.randint(1, 99)}",
            f"{g}{s}{r.randint(70, 99)}",
            f"{n}_{s}",
            f"{g}_{r.randint(100, 999)}",
            f"{n}{s[:4]}{r.randint(1, 9)}",
        ]
    )
    return f"{local}@{r.choice(resident_domains)}"


def staff_email(p: Person, org: str) -> str:
    return f"{_slug(p.given)[0]}{_slug(p.surname)}@{staff_domains[org]}"


status_nouns = [
    "asylum seeker",
    "asylum applicant",
    "asylee",
    "refugee",
    "lawful permanent resident",
    "LPR",
    "green card holder",
    "undocumented",
    "humanitarian parolee",
    "parolee",
    "DACA recipient",
    "U visa holder",
    "TPS holder",
    "conditional resident",
    "B-2 visitor",
    "F-1 student",
]


ead_statuses = [
    "asylum applicant",
    "asylum seeker",
    "TPS holder",
    "parolee",
    "humanitarian parolee",
    "asylee",
    "refugee",
    "DACA recipient",
]


def status(r: random.Random, p: Person | None = None, lang: str | None = None) -> str:
    """A status term for a field ("Status: ..."), in the resident's language now and then."""
    if lang is None:
        lang = status_lang.get(p.key, "en") if p and r.random() < 0.4 else "en"
    return r.choice(status_terms[lang])


def status_noun(r: random.Random) -> str:
    """An English status term that reads after "is a" / "is" in a sentence."""
    return r.choice(status_nouns)


def article(word: str) -> str:
    return "" if word in ("undocumented",) else ("an " if word[0] in "aeiouAEIOUL" else "a ")


def country(r: random.Random, p: Person, *forms: str) -> str:
    en, demonym, iso, es, fr = p.country
    form = r.choice(forms or ("en", "en", "demonym", "caps"))
    return {"en": en, "demonym": demonym, "iso": iso, "es": es, "fr": fr, "caps": en.upper()}[form]


def staff(r: random.Random) -> Person:
    return person(r)


def _seg(b: Any, prefix: str = "") -> tuple[str, list[Any], str]:
    return (b.text(), b.labels, prefix)


def _cell(B: Callable[[], Any], header: str, type_: str | None, value: str) -> Any:
    b = B()
    if type_:
        b.pii(type_, value)
    else:
        b.t(value)
    return (b.text(), b.labels, f"{header.replace('_', ' ')}: ")


def wrapped(r: random.Random, value: str, chance: float = 0.3) -> str:
    """`value` broken across a line at one of its separators, as hard-wrapped notes do."""
    seps = [i for i, c in enumerate(value) if c in " -" and 0 < i < len(value) - 1]
    if not seps or r.random() >= chance:
        return value
    i = r.choice(seps)
    return value[:i] + ("-\n" if value[i] == "-" else "\n") + value[i + 1 :]


def pron(p: Person) -> str:
    return "her" if p.female else "his"


def title(p: Person) -> str:
    return "Ms." if p.female else "Mr."


# -- case notes -----------------------------------------------------------------------------------


def _cn_welcome_desk(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    lead = staff(r)
    b.t(f"PABT ARRIVALS WELCOME DESK (Gate {r.randint(60, 84)}), shift log {when(r, 'us')}")
    b.t(" overnight\nLead volunteer: ").pii("PERSON", name(r, lead, "full", "initial"))
    b.t(" / desk line (212) 435-7000 ext. 4\n")
    for _ in range(r.randint(1, 3)):
        p = person(r)
        carrier = r.choice(
            [
                "charter bus from El Paso, TX",
                "Lone Star Coach unit 4471",
                "bus via Del Rio (TX plates)",
                "Greyhound 1187 from San Antonio",
                "van from Eagle Pass",
            ]
        )
        b.t(f"\n{r.randint(0, 23):02d}:{r.randint(0, 59):02d} {carrier}; {r.randint(9, 54)} pax.\n")
        b.t("  HoH ").pii("PERSON", name(r, p, "caps", "last_caps", "full"))
        b.t(", DOB ").pii("DATE_OF_BIRTH", dob(r, p, "us", "us2", "dmy", "iso", "mon"))
        b.t(", from ").pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps")).t(
            " (travelled via Panama,"
        )
        b.t(" Mexico).\n  Papers: ")
        kind = r.randrange(3)
        if kind == 0:
            b.t("I-94 ").pii("I94", i94(r)).t(" + NTA w/ ").pii("A_NUMBER", wrapped(r, anumber(r)))
        elif kind == 1:
            b.t("NTA only, A# ").pii("A_NUMBER", anum_bare(r)).t("; I-94 adm. no. ")
            b.pii("I94", i94(r))
        else:
            b.t("passport ").pii("PASSPORT", passport(r, p)).t(" + I-94 ").pii("I94", i94(r))
        b.t("\n  Status (self-reported): ").pii("IMMIGRATION_STATUS", status(r, p)).t("; ")
        if r.random() < 0.7:
            b.t("WhatsApp ").pii("PHONE", foreign_phone(r, p.country[2])).t(", no US number yet")
        else:
            b.t("cousin in the Bronx, tel ").pii("PHONE", us_phone(r))
        b.t(".\n")
        if r.random() < 0.6:
            q = relative(r, p)
            b.t("  w/ ").t(r.choice(["spouse", "sister", "brother", "adult son", "mother"]))
            b.t(" ").pii("PERSON", name(r, q, "full", "caps")).t(" (")
            b.pii("DATE_OF_BIRTH", dob(r, q, "us", "us2")).t(f") + {r.randint(1, 3)} minors")
            b.t(f" (ages {r.randint(1, 6)}, {r.randint(7, 15)}).\n")
        b.t(f"  Referred to Roosevelt Hotel intake, 45 E 45th St (bed req #RH-{_d(r, 5)}).\n")
    return [_seg(b)]


def _cn_council(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    cm, cw = staff(r), staff(r)
    p = person(r)
    b.t(f"CASEWORK TRACKER — District {r.randint(1, 51)} office of Council Member ")
    b.pii("PERSON", name(r, cm, "full")).t("\n")
    b.t(f"Case CW-{r.randint(23, 26)}-{_d(r, 5)} | opened {when(r, 'us0')} | caseworker ")
    b.pii("PERSON", name(r, cw, "full", "initial")).t(" (").pii("EMAIL", staff_email(cw, "council"))
    b.t(")\n\nConstituent: ").pii("PERSON", name(r, p, "full", "last_first"))
    b.t("   Tel: ").pii("PHONE", us_phone(r))
    if r.random() < 0.6:
        b.t("   Email: ").pii("EMAIL", email(r, p))
    b.t("\nHome: ").pii("ADDRESS", address(r)).t("\n")
    b.t("Agency: USCIS (via Rep. liaison)   Topic: EAD delay\n\nNotes:\n")
    st = status_noun(r)
    b.t(f"{when(r, 'us')} walk-in. Constituent, {article(st)}").pii("IMMIGRATION_STATUS", st)
    b.t(" born in ").pii("COUNTRY_OF_BIRTH", country(r, p, "en")).t(" (DOB ")
    b.pii("DATE_OF_BIRTH", dob(r, p, "us", "us0", "long")).t("), filed I-765 ")
    b.t(f"{r.randint(5, 14)} months ago; receipt ").pii("USCIS_RECEIPT", receipt(r)).t(", ")
    if r.random() < 0.5:
        b.t("A# ").pii("A_NUMBER", anum_bare(r))
    else:
        b.pii("A_NUMBER", anumber(r))
    b.t(". Signed privacy release. Employer letter says job offer expires ")
    b.t(f"{when(r, 'us')} ($22.50/hr).\n")
    if r.random() < 0.5:
        b.t(f"{when(r, 'us')} ").pii("PERSON", name(r, cw, "given")).t(" emailed liaison; ")
        b.t("USCIS ticket #T-").t(_d(r, 7)).t(" opened. Constituent's SSN card applied for,")
        b.t(" not received.\n")
    else:
        b.t(f"{when(r, 'us')} follow-up call to ").pii("PERSON", name(r, p, "given", "nick"))
        b.t(" at ").pii("PHONE", us_phone(r)).t("; no answer, left VM. Main line 212-788-7100.\n")
    return [_seg(b)]


def _cn_rtc(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, atty = person(r), staff(r)
    boro = r.choice(["BX", "KI", "QU", "NY", "RI"])
    b.t("RIGHT TO COUNSEL — INTAKE NOTE\n")
    b.t(f"Index No. LT-{_d(r, 6)}-{r.randint(23, 26)}/{boro}   Part: Resolution Part ")
    b.t(f"{r.choice('ABCDFGHKLMNPQ')}   Next date: {when(r, 'us0')} 9:30 AM\nIntake by: ")
    b.pii("PERSON", name(r, atty, "full", "initial")).t(", staff attorney\n\n")
    born, age = birth(r, "us", "us2", "iso")
    b.t("Tenant ").pii("PERSON", name(r, p, "full", "caps")).t(" (DOB ")
    b.pii("DATE_OF_BIRTH", born).t(f", age {age}) lives at ")
    b.pii("ADDRESS", address(r)).t(" with ")
    q = relative(r, p)
    b.pii("PERSON", name(r, q, "full", "given")).t(f" ({r.choice(['partner', 'daughter', 'son'])})")
    b.t(f" and {r.randint(0, 3)} children. Rent ${r.randint(1100, 2400):,}/mo; arrears ")
    b.t(f"${r.randint(2000, 19000):,}. Nonpayment petition served {when(r, 'us')}.\n")
    b.t("Tenant's status: ").pii("IMMIGRATION_STATUS", status(r, p)).t(" (")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "demonym", "en")).t("); ")
    if r.random() < 0.6:
        b.t("files taxes with ITIN ").pii("ITIN", itin(r))
    else:
        b.t("has SSN ").pii("SSN", ssn(r)).t(" from prior work permit")
    b.t(". Wants One Shot Deal; HRA case # ").t(_d(r, 9)).t(" (not the tenant's SSN).\n")
    b.t("Contact: cell ").pii("PHONE", us_phone(r))
    if r.random() < 0.5:
        b.t(", daughter's cell ").pii("PHONE", us_phone(r))
    b.t(f". Interpreter needed: {p.language}.\n")
    b.t("Landlord: Gleason Realty Assoc. LLC, 2400 Westchester Ave (mgmt office).\n")
    return [_seg(b)]


def _cn_outreach(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, worker = person(r), staff(r)
    b.t(f"[StreetSmart tablet export] Engagement #{r.choice(['BX', 'MN', 'BK'])}-{_d(r, 6)}\n")
    b.t(f"Team: Breaking Ground night canvass | {when(r, 'us0')} {r.randint(0, 4)}:")
    b.t(f"{r.randint(10, 59)} AM | Outreach worker: ").pii("PERSON", name(r, worker, "full"))
    b.t("\nLocation: under the Bruckner Expwy at Hunts Point Av (no fixed address)\n")
    b.t("Client: ")
    if r.random() < 0.4:
        b.t('goes by "').pii("PERSON", p.nick).t('", full name given later as ')
    b.pii("PERSON", name(r, p, "full", "caps", "last_caps")).t("\n")
    b.t("DOB (self-report): ").pii("DATE_OF_BIRTH", dob(r, p, "us", "us2", "long"))
    b.t(f" | est. age {r.randint(25, 65)}\n")
    b.t("Last perm. address: ").pii("ADDRESS", address(r, lines=r.random() < 0.3)).t("\n")
    b.t("Phone (borrowed?): ").pii("PHONE", us_phone(r)).t("\n")
    b.t("Notes: client came from ").pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps")).t(" in ")
    b.t(f'{r.randint(2015, 2024)}; self-reported status "').pii("IMMIGRATION_STATUS", status(r, p))
    b.t('"')
    b.t(". Showed IDNYC card ").pii("IDNYC", idnyc(r)).t(" (exp ")
    b.t(f"{r.randint(2025, 2029)}), lost the rest of {pron(p)} papers\nin a shelter")
    b.t(" bag. ")
    if r.random() < 0.5:
        b.t("Remembers A-number starts ").pii("A_NUMBER", anumber(r)).t(" (not sure). ")
    b.t("Declined Safe Haven bed; accepted blanket + MetroCard. Follow-up ")
    b.t(f"{when(r, 'us')} at 163 St Ann's Av drop-in.\n")
    return [_seg(b)]


def _cn_deactivation(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, org = person(r), staff(r)
    app = r.choice(["DashGo", "Relay", "GrubRun", "Uber Eats"])
    b.t("WORKER CENTER — DEACTIVATION APPEAL INTAKE\nTaken by ")
    b.pii("PERSON", name(r, org, "full")).t(" <").pii("EMAIL", staff_email(org, "worker"))
    b.t(f"> on {when(r, 'us')}\n\nWorker: ").pii("PERSON", name(r, p, "full", "last_first"))
    b.t(f" | app: {app} | courier ID {_d(r, 2)}-{_d(r, 4)}-{_letter(r)}\n")
    b.t("Cell: ").pii("PHONE", us_phone(r)).t(" | email: ").pii("EMAIL", email(r, p)).t("\n")
    b.t(f"Deactivated {when(r, 'us')} for 'identity verification failure' after selfie check")
    b.t(f" against {pron(p)} ").pii("COUNTRY_OF_BIRTH", country(r, p, "demonym")).t(" passport ")
    b.pii("PASSPORT", passport(r, p)).t(f". Had done {r.randint(300, 6000):,} trips; weekly avg")
    b.t(f" ${r.randint(300, 900)}.\n")
    b.t("Tax ID on file with app: ITIN ").pii("ITIN", itin(r)).t(". Worker is ")
    st = r.choice(ead_statuses)
    b.t(article(st)).pii("IMMIGRATION_STATUS", st).t("; EAD renewal pending, receipt ")
    b.pii("USCIS_RECEIPT", receipt(r)).t(".\n")
    if r.random() < 0.5:
        b.t("DOB ").pii("DATE_OF_BIRTH", dob(r, p, "us", "iso")).t(" matches passport; app's")
        b.t(" record shows a typo. ")
    b.t("Next: appeal letter + DCWP complaint (min pay rule), ref. DCWP-")
    b.t(f"{_d(r, 7)}.\n")
    return [_seg(b)]


def _cn_police_translation(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, tr = person(r), staff(r)
    lang = r.choice(["Spanish", "French", "Russian", "Portuguese", "Nepali"])
    b.t(f"CERTIFIED TRANSLATION ({lang} → English)\nAttachment to NYPD Complaint Report ")
    b.t(f"No. {r.randint(2023, 2026)}-{r.randint(1, 123):03d}-{_d(r, 6)}, Pct. ")
    b.t(f"{r.choice([40, 42, 44, 46, 52, 75, 83, 110, 115, 120])}; Docket No. CR-{_d(r, 6)}-")
    b.t(
        f"{r.randint(23, 26)}{r.choice(['BX', 'KN', 'QN', 'NY'])}; arrest #{_letter(r)}{_d(r, 8)}\n\n"
    )
    b.t('"I, ').pii("PERSON", name(r, p, "full")).t(", born on ")
    b.pii("DATE_OF_BIRTH", dob(r, p, "long", "us")).t(f" in {p.city}, ")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "en")).t(", residing at ")
    b.pii("ADDRESS", address(r)).t(", holder of passport no. ").pii("PASSPORT", passport(r, p))
    b.t(", telephone ").pii("PHONE", phone(r, p, 0.2))
    b.t(f", state the following: on {when(r, 'long')} at about 11 p.m. a man I know as ")
    q = person(r)
    b.pii("PERSON", name(r, q, "given", "nick", "full")).t(" took my phone and my wallet, in")
    b.t(" which were my IDNYC card (no. ").pii("IDNYC", idnyc(r)).t(") and $310. I am ")
    st = status_noun(r)
    b.t(article(st)).pii("IMMIGRATION_STATUS", st).t(" and I was afraid to call the police")
    b.t(' until my neighbor helped me."\n\n')
    b.t("I, ").pii("PERSON", name(r, tr, "full")).t(f", certify that I am competent in {lang}")
    b.t(" and English and that the above is an accurate translation.\nSigned ")
    b.t(f"{when(r, 'us')}. Notary: Commission No. 01{_letter(r)}{_letter(r)}{_d(r, 7)}.\n")
    return [_seg(b)]


def case_note_n(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [
        _cn_welcome_desk,
        _cn_council,
        _cn_rtc,
        _cn_outreach,
        _cn_deactivation,
        _cn_police_translation,
    ]
    return r.choice(layouts)(r, B)


# -- intake forms ---------------------------------------------------------------------------------


def _if_sbhc(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    kid = person(r)
    parent = relative(r, kid, female=r.random() < 0.7)
    school = r.choice(
        [
            "M.S. 45 Thomas C. Giordano",
            "P.S. 19 Marino Jeantet",
            "I.S. 61 William A. Morris",
            "J.H.S. 22 Jordan L. Mott",
            "I.S. 230 Roland Patterson",
        ]
    )
    es = r.random() < 0.5
    lab = (lambda en, sp: f"{en} / {sp}") if es else (lambda en, sp: en)
    b.t(f"SCHOOL-BASED HEALTH CENTER at {school}\nPARENT/GUARDIAN CONSENT FORM")
    b.t(" / FORMULARIO DE CONSENTIMIENTO\n\n" if es else "\n\n")
    b.t(f"{lab('Student name', 'Nombre del estudiante')}: ").pii("PERSON", name(r, kid))
    b.t(f"\nOSIS #: 2{_d(r, 8)}    {lab('Grade', 'Grado')}: {r.randint(6, 8)}\n")
    b.t(f"{lab('Date of birth', 'Fecha de nacimiento')}: ")
    b.pii("DATE_OF_BIRTH", dob(r, kid, "us0", "us", "dmy", young=True)).t("\n")
    b.t(f"{lab('Country of birth', 'País de nacimiento')}: ")
    b.pii("COUNTRY_OF_BIRTH", country(r, kid, "es" if es else "en")).t("\n")
    b.t(f"{lab('Home language', 'Idioma del hogar')}: {kid.language}\n")
    if r.random() < 0.4:
        b.t("Student IDNYC (optional): ").pii("IDNYC", idnyc(r)).t("\n")
    b.t(f"\n{lab('Parent/guardian', 'Padre/madre/tutor')}: ").pii("PERSON", name(r, parent))
    b.t(f"   Relationship: {'Mother' if parent.female else 'Father'}\n")
    b.t(f"{lab('Cell phone', 'Celular')}: ").pii("PHONE", us_phone(r))
    if r.random() < 0.4:
        b.t(f"   {lab('Other phone', 'Otro teléfono')}: ").pii("PHONE", phone(r, parent, 0.6))
    b.t(f"\n{lab('Home address', 'Dirección')}: ").pii("ADDRESS", address(r)).t("\n")
    if r.random() < 0.6:
        b.t("Email: ").pii("EMAIL", email(r, parent)).t("\n")
    b.t(f"Insurance: [x] Medicaid  CIN: {_letter(r)}{_letter(r)}{_d(r, 5)}{_letter(r)}   ")
    b.t(f"[ ] Child Health Plus  Member ID: {_d(r, 11)}\n")
    b.t("Your immigration status is not asked and is never shared.\n")
    b.t(f"Signature: ______________   Date: {when(r, 'us')}\n")
    return [_seg(b)]


def _if_webform(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, nav = person(r), staff(r)
    enc = r.random() < 0.35
    fields: list[tuple[str, str | None, str]] = [
        ("applicant[first_name]", "PERSON", p.given),
        ("applicant[last_name]", "PERSON", p.last),
        ("applicant[dob]", "DATE_OF_BIRTH", dob(r, p, "iso", "us0", "us")),
        ("applicant[sex]", None, "F" if p.female else "M"),
    ]
    if r.random() < 0.5:
        fields.append(("applicant[ssn]", "SSN", ssn(r)))
    else:
        fields += [("applicant[ssn_none]", None, "1"), ("applicant[itin]", "ITIN", itin(r))]
    fields += [
        ("applicant[phone]", "PHONE", us_phone(r)),
        ("applicant[email]", "EMAIL", email(r, p)),
        ("applicant[home_address]", "ADDRESS", address(r)),
        ("applicant[country_of_birth]", "COUNTRY_OF_BIRTH", country(r, p, "iso", "en")),
        ("applicant[immigration][status]", "IMMIGRATION_STATUS", status(r, p, "en")),
        ("applicant[immigration][doc_type]", None, r.choice(["I-797C", "I-94", "I-766"])),
        ("applicant[immigration][a_number]", "A_NUMBER", r.choice([anumber(r), anum_bare(r)])),
    ]
    extra = [
        ("applicant[immigration][receipt_number]", "USCIS_RECEIPT", receipt(r)),
        ("applicant[immigration][i94_number]", "I94", i94(r)),
        ("applicant[immigration][passport_number]", "PASSPORT", passport(r, p)),
        ("applicant[idnyc_number]", "IDNYC", idnyc(r)),
    ]
    fields += r.sample(extra, r.randint(2, 4))
    if r.random() < 0.6:
        kid = relative(r, p)
        fields += [
            ("household[0][first_name]", "PERSON", kid.given),
            ("household[0][dob]", "DATE_OF_BIRTH", dob(r, kid, "iso", young=True)),
            ("household[0][relationship]", None, "CHILD"),
        ]
    fields += [
        ("income[monthly]", None, str(r.randint(900, 3400))),
        ("plan[program]", None, "EP"),
        ("navigator[name]", "PERSON", nav.full),
        ("navigator[id]", None, f"NAV{_d(r, 6)}"),
        ("_token", None, "".join(r.choice("0123456789abcdef") for _ in range(32))),
    ]
    b.t("NY State of Health navigator portal, raw submission (ticket ")
    b.t(f"EP-{_d(r, 6)}, pasted by support)\nPOST /apply/essential-plan HTTP/1.1\n")
    b.t("Content-Type: application/x-www-form-urlencoded\n\n")
    for i, (key, type_, value) in enumerate(fields):
        if enc:
            key, value = quote_plus(key), quote_plus(value)
            if i:
                b.t("&")
        b.t(f"{key}=")
        if type_:
            b.pii(type_, value)
        else:
            b.t(value)
        if not enc:
            b.t("\n")
    if enc:
        b.t("\n")
    return [_seg(b)]


consular = {
    "HND": ("CONSULADO GENERAL DE HONDURAS EN NUEVA YORK", "es"),
    "PER": ("CONSULADO GENERAL DEL PERÚ EN NUEVA YORK", "es"),
    "ECU": ("CONSULADO GENERAL DEL ECUADOR EN NUEVA YORK", "es"),
    "BOL": ("CONSULADO GENERAL DE BOLIVIA EN NUEVA YORK", "es"),
    "MLI": ("CONSULAT GÉNÉRAL DU MALI À NEW YORK", "fr"),
    "NER": ("AMBASSADE DU NIGER — SECTION CONSULAIRE", "fr"),
    "BFA": ("CONSULAT DU BURKINA FASO À NEW YORK", "fr"),
}


def _if_kyc(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    key = r.choice(["andes", "amazonia", "belize", "sahel", *sorted(QUIRE_COMMUNITIES)])
    p, banker = person(r, key), staff(r)
    b.t("RIDGEWOOD SAVINGS BANK\nCUSTOMER IDENTIFICATION PROGRAM (CIP) WORKSHEET\n")
    b.t(f"Branch 0{r.randint(100, 499)} | Product: Basic Checking | Acct # ")
    b.t(f"{_d(r, 4)}-{_d(r, 4)}-{_d(r, 3)}\n\n1. Legal name: ")
    b.pii("PERSON", name(r, p, "caps", "last_caps")).t("\n2. Date of birth: ")
    b.pii("DATE_OF_BIRTH", dob(r, p, "us0", "us", "mon")).t(
        "\n3. Residential address (no P.O. Box):"
    )
    b.t(" ").pii("ADDRESS", address(r, caps=r.random() < 0.4)).t("\n4. TIN:  ")
    if r.random() < 0.65:
        b.t("[ ] SSN  [x] ITIN   ").pii("ITIN", itin(r))
    else:
        b.t("[x] SSN  [ ] ITIN   ").pii("SSN", ssn(r))
    b.t("\n5. Citizenship: ").pii("COUNTRY_OF_BIRTH", country(r, p, "demonym", "iso"))
    b.t("    Country of birth: ").pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps"))
    b.t("\n6. Primary ID: [x] Foreign passport  No. ").pii("PASSPORT", passport(r, p))
    b.t("  Issuing country: ").pii("COUNTRY_OF_BIRTH", country(r, p, "iso", "en"))
    b.t(f"  Exp: {when(r, 'us0')}\n   Secondary ID: [x] IDNYC  No. ").pii("IDNYC", idnyc(r))
    b.t("\n7. Phone: ").pii("PHONE", phone(r, p, 0.15))
    if r.random() < 0.7:
        b.t("   Email: ").pii("EMAIL", email(r, p))
    b.t(f"\nOFAC / 314(a) check: no match (ref {_d(r, 5)}-{_d(r, 2)})\nBanker: ")
    b.pii("PERSON", name(r, banker, "full", "initial")).t(" <")
    b.pii("EMAIL", staff_email(banker, "bank")).t(">\n")
    iso = p.country[2]
    if iso in consular:
        header, lang = consular[iso]
        b.t("\n--- attached image: id_back.jpg (OCR, unedited) ---\n").t(header).t("\n")
        if lang == "es":
            b.t("MATRÍCULA CONSULAR DE ALTA SEGURIDAD\nNOMBRE: ")
            b.pii("PERSON", name(r, p, "caps")).t("\nFECHA DE NACIMIENTO: ")
            b.pii("DATE_OF_BIRTH", dob(r, p, "dmy", "es")).t(
                f"\nLUGAR DE NACIMIENTO: {p.city.upper()}"
            )
            b.t(", ").pii("COUNTRY_OF_BIRTH", p.country[3].upper()).t("\nDOMICILIO: ")
            b.pii("ADDRESS", address(r, lines=True, caps=True)).t(f"\nNo. {_d(r, 9)}  ")
            b.t(f"EXPEDICIÓN {when(r, 'dmy')}\n")
        else:
            b.t("CARTE CONSULAIRE\nNom: ").pii("PERSON", p.last.upper()).t("\nPrénoms: ")
            b.pii("PERSON", p.given).t("\nNé(e) le: ").pii("DATE_OF_BIRTH", dob(r, p, "dmy", "fr"))
            b.t(f" à {p.city} (").pii("COUNTRY_OF_BIRTH", p.country[4]).t(")\nAdresse: ")
            b.pii("ADDRESS", address(r)).t(f"\nN° {_letter(r)}{_d(r, 7)}  Délivrée le ")
            b.t(f"{when(r, 'dmy')}\n")
    return [_seg(b)]


def _if_card_ocr(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, clerk = person(r), staff(r)
    kind = r.randrange(3)
    fix = lambda text: text if r.random() < 0.75 else text.replace("m", "rn").replace("y", "v")  # noqa: E731
    b.t("DOCUMENT VERIFICATION — scanned by ").pii("PERSON", name(r, clerk, "initial", "full"))
    b.t(f" on {when(r, 'us')}; OCR text below is unedited.\n\n")
    if kind == 0:
        b.t("UNITED STATES OF AMERICA\nEMPLOYMENT AUTHORIZATION CARD\n")
        b.t(f"{fix('Surname')}\n").pii("PERSON", p.last.upper()).t(f"\n{fix('Given Name')}\n")
        b.pii("PERSON", p.given.upper()).t("\nUSCIS#          Category\n")
        b.pii("A_NUMBER", r.choice([anum_bare(r), anum9(r)]))
        b.t(f"     {r.choice(['C08', 'C09', 'A12', 'C11', 'A05', 'C10', 'A19'])}\nCard#\n")
        b.pii("USCIS_RECEIPT", receipt(r)).t(f"\n{fix('Country of Birth')}\n")
        b.pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps")).t("\nTerms and Conditions\n")
        b.t(f"None\n{fix('Date of Birth')}   Sex\n").pii("DATE_OF_BIRTH", dob(r, p, "mon", "us0"))
        b.t(f"     {'F' if p.female else 'M'}\nValid From:     Card Expires:\n")
        start = rdate(r, 2023, 2025)
        end = start + dt.timedelta(days=r.choice([364, 729, 1824]))
        b.t(f"{fdate(r, start, 'us0')}     {fdate(r, end, 'us0')}\nNOT VALID FOR REENTRY TO U.S.\n")
    elif kind == 1:
        b.t("UNITED STATES OF AMERICA\nPERMANENT RESIDENT\n")
        b.t(f"{fix('Surname')}\n").pii("PERSON", p.last.upper()).t(f"\n{fix('Given Name')}\n")
        b.pii("PERSON", p.given.upper()).t("\nUSCIS#              Category\n")
        b.pii("A_NUMBER", anum_bare(r)).t(
            f"      {r.choice(['RE6', 'AS6', 'IR1', 'CR1', 'F21'])}\n"
        )
        b.t(f"{fix('Country of Birth')}\n").pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps"))
        b.t(f"\n{fix('Date of Birth')}      Sex\n").pii("DATE_OF_BIRTH", dob(r, p, "mon", "us0"))
        b.t(f"      {'F' if p.female else 'M'}\nCard Expires: {when(r, 'us0')}\n")
        b.t(f"Resident Since: {when(r, 'us0')}\n")
        if r.random() < 0.6:
            b.t("Card# ").pii("USCIS_RECEIPT", receipt(r)).t("\n")
    else:
        b.t("TRAVEL DOCUMENT / DOCUMENT DE VOYAGE\nRefugee Travel Document (Convention of 28 July")
        b.t(" 1951)\nType  Code of issuing state  Document No.\n")
        b.t("RE    USA                     ").pii("PASSPORT", f"{_letter(r)}{_d(r, 8)}")
        b.t("\nSurname / Nom\n").pii("PERSON", p.last.upper()).t("\nGiven names / Prénoms\n")
        b.pii("PERSON", p.given.upper()).t("\nDate of birth / Date de naissance\n")
        b.pii("DATE_OF_BIRTH", dob(r, p, "mon")).t("\nPlace of birth / Lieu de naissance\n")
        b.t(f"{p.city.upper()}, ").pii("COUNTRY_OF_BIRTH", country(r, p, "caps", "iso"))
        b.t("\nA-Number\n").pii("A_NUMBER", anumber(r)).t("\nDate of issue / Date de délivrance")
        b.t(f"\n{when(r, 'mon')}\n")
    on_card = [
        ["asylum applicant", "TPS", "parolee", "asylee", "refugee", "pending asylum"],
        ["LPR", "lawful permanent resident", "green card holder", "conditional resident"],
        ["refugee", "asylee"],
    ][kind]
    b.t("\n[verifier] copy matches original: Y   status per card: ")
    b.pii("IMMIGRATION_STATUS", r.choice(on_card)).t("\n")
    return [_seg(b)]


def _if_i94(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p = person(r)
    b.t("https://i94.cbp.dhs.gov/search/recent-search-results   printed ")
    b.t(f"{when(r, 'us0')}\n\nMost Recent I-94\n\nAdmission I-94 Record Number:\n")
    b.pii("I94", i94(r)).t("\nMost Recent Date of Entry:\n").t(when(r, "cbp"))
    b.t("\nClass of Admission:\n").pii("IMMIGRATION_STATUS", r.choice(admission_classes))
    b.t("\nAdmit Until Date:\n").t(r.choice(["D/S", when(r, "us0")]))
    b.t("\n\nDetails provided on the I-94 Information form:\nLast/Surname:\n")
    b.pii("PERSON", p.last.upper()).t("\nFirst (Given) Name:\n").pii("PERSON", p.given.upper())
    b.t("\nBirth Date:\n").pii("DATE_OF_BIRTH", dob(r, p, "cbp")).t("\nDocument Number:\n")
    b.pii("PASSPORT", passport(r, p)).t("\nCountry of Citizenship:\n")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps"))
    b.t("\n\nEffective April 26, 2013, DHS began automating the admission process.\n")
    b.t("Get Travel History | Port of entry: ")
    b.t(r.choice(["BRO - BROWNSVILLE", "SAN - SAN DIEGO", "JFK - JFK AIRPORT", "ELP - EL PASO"]))
    b.t("\n\nCase manager note: client ").pii("PERSON", name(r, p, "given", "nick"))
    b.t(" says the I-94 was printed at the library; cell ").pii("PHONE", us_phone(r)).t(".\n")
    return [_seg(b)]


def _if_lab(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, doc = person(r), staff(r)
    b.t(f"{r.choice(['BIOREFERENCE', 'QUEST DIAGNOSTICS', 'LABCORP'])} — TEST REQUISITION\n")
    b.t("Account: William F. Ryan Community Health Center, 110 W 97th St, New York, NY ")
    b.t("10025-6433\n\nPATIENT LAST: ").pii("PERSON", p.last.upper()).t("   FIRST: ")
    b.pii("PERSON", p.given.upper()).t("\nDOB: ").pii("DATE_OF_BIRTH", dob(r, p, "us0", "us"))
    b.t(f"   SEX: {'F' if p.female else 'M'}   MRN: {_d(r, 8)}\nPt phone: ")
    b.pii("PHONE", us_phone(r)).t("\nPt address: ").pii("ADDRESS", address(r, caps=True))
    b.t(f"\nInsurance: Fidelis Care Essential Plan  Member ID {_d(r, 8)}{_d(r, 2)}  Group ")
    b.t(f"EP{r.randint(1, 4)}\n\nOrdering provider: ").pii("PERSON", name(r, doc, "last_caps"))
    b.t(f", MD   NPI {r.choice('12')}{_d(r, 9)}   Tel (212) 749-1820\n\n")
    b.t("CIVIL SURGEON EXAM (Form I-693) — complete for immigration medical\n")
    b.t("A-Number (if any): ")
    if r.random() < 0.8:
        b.pii("A_NUMBER", r.choice([anumber(r), anum_bare(r)]))
    else:
        b.t("none")
    b.t("   Country of birth: ").pii("COUNTRY_OF_BIRTH", country(r, p, "en", "caps"))
    b.t("\nPassport no. (ID verified): ").pii("PASSPORT", passport(r, p))
    b.t("\nTESTS: [x] QuantiFERON-TB Gold Plus  [x] Syphilis IgG  [x] Gonorrhea NAAT\n")
    b.t(f"Collected: {when(r, 'us0')} {r.randint(7, 11)}:{r.randint(10, 59)}  Fasting: N\n")
    return [_seg(b)]


def _if_funeral(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, fd = person(r), staff(r)
    kin = relative(r, p)
    b.t("ORTIZ FUNERAL HOME — ARRANGEMENT SHEET / NEXT OF KIN\nFuneral director: ")
    b.pii("PERSON", name(r, fd, "full")).t(f", lic. #{_d(r, 5)}\n\nDECEDENT: ")
    born, age = birth(r, "us0", "long")
    b.pii("PERSON", name(r, p, "caps", "full")).t(f"\nDate of death: {when(r, 'us0')}   Age: ")
    b.t(f"{age}\nDate of birth: ").pii("DATE_OF_BIRTH", born)
    b.t(f"\nBirthplace (city, country): {p.city}, ").pii("COUNTRY_OF_BIRTH", country(r, p, "en"))
    b.t("\nSocial Security #: ")
    if r.random() < 0.6:
        b.pii("SSN", ssn(r))
    else:
        b.t("none (had ITIN ").pii("ITIN", itin(r)).t(")")
    b.t("\nLast residence: ").pii("ADDRESS", address(r, lines=r.random() < 0.3))
    b.t("\nFather: ").pii("PERSON", name(r, relative(r, p, False), "full"))
    b.t("   Mother (maiden): ").pii("PERSON", name(r, person(r, p.key, True), "full"))
    b.t("\nPassport (for repatriation): ").pii("PASSPORT", passport(r, p)).t("\n\n")
    b.t("INFORMANT / NEXT OF KIN: ").pii("PERSON", name(r, kin, "full", "last_first"))
    rel = r.choice(["daughter", "sister", "wife"] if kin.female else ["son", "brother", "husband"])
    b.t(f" ({rel})\nPhone: ")
    b.pii("PHONE", phone(r, kin, 0.3)).t("   Email: ").pii("EMAIL", email(r, kin))
    b.t("\nAddress: ").pii("ADDRESS", address(r)).t("\n\n")
    b.t(f"Disposition: air shipment via JFK, AWB 057-{_d(r, 8)}; casket 18-ga steel\n")
    b.t(f"Total: ${r.randint(6, 14)},{_d(r, 3)}.00   Deposit: $2,500.00   Cemetery: n/a\n")
    b.t(f"Burial insurance: Homesteaders Life, policy # {_d(r, 3)}-{_d(r, 6)} (assigned)\n")
    return [_seg(b)]


def intake_form_n(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [_if_sbhc, _if_webform, _if_kyc, _if_card_ocr, _if_i94, _if_lab, _if_funeral]
    return r.choice(layouts)(r, B)


# -- letters --------------------------------------------------------------------------------------


def _addressee(r: random.Random, b: Any, p: Person) -> str:
    """Name and address block; returns the same address on one line, for the body."""
    one, block = address_pair(r, caps=r.random() < 0.3)
    b.pii("PERSON", name(r, p, "full", "caps")).t("\n").pii("ADDRESS", block).t("\n\n")
    return one


def _lt_library(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, lib = person(r), staff(r)
    branch = r.choice(["Corona", "Elmhurst", "Flushing", "Jackson Heights", "Langston Hughes"])
    b.t(f"Queens Public Library — New Americans Program\n{branch} Library\n\n")
    b.t(f"{when(r, 'long')}\n\n")
    _addressee(r, b, p)
    b.t(f"Dear {title(p)} ").pii("PERSON", p.last).t(",\n\n")
    b.t("Thank you for joining the waitlist for our free English for Speakers of Other ")
    b.t(f"Languages (ESOL) classes. Your place on the list is number {r.randint(12, 480)}. ")
    b.t(f"Our records show your library card as 2 {_d(r, 4)} {_d(r, 5)} {_d(r, 4)}, your ")
    b.t("date of birth as ").pii("DATE_OF_BIRTH", dob(r, p, "long", "us0"))
    b.t(f", your first language as {p.language} and your country of birth as ")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "en")).t(". If any of this is wrong, please tell us.")
    b.t("\n\nWe will call you at ").pii("PHONE", phone(r, p, 0.1))
    if r.random() < 0.6:
        b.t(" or write to ").pii("EMAIL", email(r, p))
    b.t(" when a seat opens. Classes meet twice a week; orientation is on ")
    b.t(f"{when(r, 'long')} at 6 p.m. You do not need any immigration papers to take a class")
    b.t(", and we never ask about status.\n\nWarm regards,\n\n")
    b.pii("PERSON", name(r, lib, "full")).t("\nESOL Coordinator\n")
    b.pii("EMAIL", staff_email(lib, "library")).t(" | main line 718-990-0700\n")
    return [_seg(b)]


def _lt_council_uscis(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, cm, director = person(r), staff(r), staff(r)
    b.t("THE COUNCIL OF THE CITY OF NEW YORK\nCouncil Member ").pii("PERSON", cm.full)
    b.t(f", District {r.randint(1, 51)}\n250 Broadway, New York, NY 10007\n\n")
    b.t(f"{when(r, 'long')}\n\nU.S. Citizenship and Immigration Services\nOffice of ")
    b.t("Legislative Affairs — Congressional Liaison\n26 Federal Plaza, New York, NY 10278\n\n")
    b.t("Re: ").pii("PERSON", name(r, p, "caps", "full")).t("\n    DOB: ")
    b.pii("DATE_OF_BIRTH", dob(r, p, "us0", "long")).t("\n    A-Number: ")
    b.pii("A_NUMBER", anumber(r)).t("\n    Receipt No.: ").pii("USCIS_RECEIPT", receipt(r))
    b.t(f" (Form {r.choice(['I-765', 'I-589', 'I-131', 'I-485', 'I-821'])})\n\n")
    b.t("Dear Liaison Officer:\n\nMy office is assisting my constituent, ")
    b.pii("PERSON", name(r, p, "full")).t(", ")
    st = status_noun(r)
    b.t(article(st)).pii("IMMIGRATION_STATUS", st).t(" from ")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "en")).t(" who lives at ")
    b.pii("ADDRESS", address(r)).t(". The application above has been pending well beyond ")
    b.t("posted processing times, and the delay is costing the family its income. ")
    if r.random() < 0.5:
        b.t(f"{pron(p).capitalize()} I-94 (no. ").pii("I94", i94(r)).t(") is enclosed. ")
    b.t("I would be grateful for a status update.\n\nPlease contact my Director of Constituent")
    b.t(" Services, ").pii("PERSON", name(r, director, "full")).t(", at ")
    b.pii("EMAIL", staff_email(director, "council")).t(" or the district office at ")
    b.t("(718) 402-6130. The constituent may also be reached at ").pii("PHONE", us_phone(r))
    b.t(".\n\nSincerely,\n\n").pii("PERSON", name(r, cm, "full")).t("\nEnclosure: signed privacy ")
    b.t("release (Form DOJ-361)\n")
    return [_seg(b)]


def _lt_repatriation(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, fd = person(r), staff(r)
    kin = relative(r, p)
    en = p.country[0]
    b.t(f"ORTIZ FUNERAL HOME\n{when(r, 'long')}\n\nConsulate General of {en} in New York\n")
    b.t("Consular Section — Repatriation of Remains\n\n")
    b.t("Re: Repatriation of the remains of ").pii("PERSON", name(r, p, "full", "caps")).t("\n\n")
    b.t("Dear Consul,\n\nWe write on behalf of the family of the late ")
    b.pii("PERSON", name(r, p, "full")).t(", born ").pii("DATE_OF_BIRTH", dob(r, p, "long", "es"))
    b.t(f" in {p.city}, ").pii("COUNTRY_OF_BIRTH", country(r, p, "en")).t(
        ", holder of passport no. "
    )
    b.pii("PASSPORT", passport(r, p)).t(", who died in New York on ")
    b.t(f"{when(r, 'long')} (NYC death certificate no. 156-{r.randint(23, 26)}-{_d(r, 6)}).")
    b.t(" The deceased's last address was ").pii("ADDRESS", address(r)).t(".\n\n")
    b.t("We request a consular mortuary certificate and transit permit. The next of kin is ")
    b.pii("PERSON", name(r, kin, "full")).t(", who can be reached at ")
    b.pii("PHONE", phone(r, kin, 0.5)).t(". The family also asks for help with the air fare")
    b.t(f" (${r.randint(3, 9)},{_d(r, 3)}).\n\nRespectfully,\n\n").pii("PERSON", fd.full)
    b.t("\nLicensed Funeral Director, ").pii("EMAIL", staff_email(fd, "funeral")).t("\n")
    return [_seg(b)]


def _lt_deactivation(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p = person(r)
    app = r.choice(["DashGo", "Relay", "GrubRun", "Uber Eats"])
    b.t(f"To: {app} Courier Support — Trust & Safety\nFrom: ").pii("EMAIL", email(r, p))
    b.t(f"\nSubject: Appeal of deactivation, courier account {_d(r, 4)}-{_letter(r)}{_d(r, 3)}")
    b.t(f"\nDate: {when(r, 'us')}\n\nHello,\n\nMy name is ").pii("PERSON", name(r, p, "full"))
    b.t(f". I have delivered with {app} in the Bronx and Upper Manhattan since ")
    b.t(f"{r.randint(2019, 2023)}. On {when(r, 'long')} my account was deactivated after the")
    b.t(" identity check said my photo did not match.\n\nThe ID I uploaded is my ")
    b.pii("COUNTRY_OF_BIRTH", country(r, p, "demonym")).t(" passport, number ")
    b.pii("PASSPORT", passport(r, p)).t(", and my work permit card (Card# ")
    b.pii("USCIS_RECEIPT", receipt(r)).t(", USCIS# ").pii("A_NUMBER", anum_bare(r)).t("). ")
    st = r.choice(ead_statuses)
    b.t("I am ").t(article(st)).pii("IMMIGRATION_STATUS", st).t(" and I am allowed to work. ")
    b.t("My date of birth is ").pii("DATE_OF_BIRTH", dob(r, p, "long", "us"))
    b.t(" and my tax ID (ITIN) is ").pii("ITIN", itin(r)).t(". I lost about $")
    b.t(f"{r.randint(400, 900)} every week since then.\n\nPlease reactivate my account or ")
    b.t("tell me what to send. You can call me at ").pii("PHONE", us_phone(r)).t(
        ".\n\nThank you,\n"
    )
    b.pii("PERSON", name(r, p, "full", "given")).t(
        "\n\ncc: Workers Justice Project, 365 Broadway\n"
    )
    return [_seg(b)]


def _lt_sbhc_home(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    kid = person(r)
    parent = relative(r, kid, female=r.random() < 0.7)
    np_ = staff(r)
    lang = r.choice(["es", "fr", "en"])
    b.t("Montefiore School Health Program — SBHC at I.S. 61 William A. Morris\n")
    b.t(f"{when(r, 'long' if lang == 'en' else lang)}\n\n")
    _addressee(r, b, parent)
    if lang == "es":
        b.t("Estimada familia de ").pii("PERSON", name(r, kid, "full")).t(":\n\n")
        b.t("Le escribimos porque su hijo/a (fecha de nacimiento ")
        b.pii("DATE_OF_BIRTH", dob(r, kid, "dmy", "es", young=True)).t(") necesita las vacunas")
        b.t(" que faltan antes del ").t(when(r, "es")).t(". Su cita es el ").t(when(r, "es"))
        b.t(". Si no tiene seguro, lo atendemos igual; no preguntamos el estatus migratorio.")
        b.t(f" Llame {'a la enfermera' if np_.female else 'al enfermero'} ").pii(
            "PERSON", name(r, np_, "full")
        ).t(" al (718) 920-")
        b.t("1840 o escriba a ").pii("EMAIL", staff_email(np_, "sbhc")).t(".\n\nAtentamente,\n")
    elif lang == "fr":
        b.t("Chère famille de ").pii("PERSON", name(r, kid, "full")).t(",\n\n")
        b.t("Votre enfant, né(e) le ").pii("DATE_OF_BIRTH", dob(r, kid, "fr", "dmy", young=True))
        b.t(", doit recevoir les vaccins manquants avant le ").t(when(r, "fr"))
        b.t(". Le rendez-vous est fixé au ").t(when(r, "fr")).t(". Nous ne demandons jamais le")
        b.t(
            f" statut migratoire. Contactez {'l’infirmière' if np_.female else 'l’infirmier'} "
        ).pii("PERSON", name(r, np_, "full"))
        b.t(" au (718) 920-1840 ou à ").pii("EMAIL", staff_email(np_, "sbhc"))
        b.t(".\n\nCordialement,\n")
    else:
        b.t("Dear family of ").pii("PERSON", name(r, kid, "full")).t(",\n\n")
        b.t("Our records show that your child (date of birth ")
        b.pii("DATE_OF_BIRTH", dob(r, kid, "us0", "long", young=True)).t(") still needs two ")
        b.t(f"vaccines before {when(r, 'long')}. The appointment is on {when(r, 'long')}. ")
        b.t("We do not ask about immigration status. Please call nurse practitioner ")
        b.pii("PERSON", name(r, np_, "full")).t(" at (718) 920-1840 or write to ")
        b.pii("EMAIL", staff_email(np_, "sbhc")).t(".\n\nSincerely,\n")
    b.pii("PERSON", name(r, np_, "initial", "full")).t(", NP\n")
    if r.random() < 0.5:
        b.t("\ncc: parent cell on file ").pii("PHONE", us_phone(r)).t("\n")
    return [_seg(b)]


def _lt_rtc(r: random.Random, B: Callable[[], Any]) -> Out:
    b = B()
    p, atty = person(r), staff(r)
    boro = r.choice(["Bronx", "Kings", "Queens", "New York", "Richmond"])
    b.t(f"BRONX DEFENDERS — CIVIL ACTION PRACTICE (Right to Counsel)\n{when(r, 'long')}\n\n")
    home = _addressee(r, b, p)
    b.t(f"Re: {r.choice(['Gleason', 'Muliner', 'Echo'])} Realty LLC v. ")
    b.pii("PERSON", name(r, p, "caps", "full")).t(f", Index No. LT-{_d(r, 6)}-")
    code = {"Bronx": "BX", "Kings": "KI", "Queens": "QU", "New York": "NY", "Richmond": "RI"}
    b.t(f"{r.randint(23, 26)}/{code[boro]} (Civil Court, {boro} County, Housing Part)\n\n")
    b.t(f"Dear {title(p)} ").pii("PERSON", p.last).t(",\n\nThis letter confirms that our office ")
    b.t("represents you in the nonpayment case about your apartment at ")
    b.pii("ADDRESS", home).t(f". Your next court date is {when(r, 'long')} at 9:30 a.m.")
    b.t(" in Part H.\n\nTo apply for emergency rental assistance we have on file your ")
    if r.random() < 0.5:
        b.t("Social Security number ").pii("SSN", ssn(r))
    else:
        b.t("ITIN ").pii("ITIN", itin(r))
    b.t(" and your date of birth, ").pii("DATE_OF_BIRTH", dob(r, p, "long", "us0"))
    b.t(". Your immigration status (").pii("IMMIGRATION_STATUS", status(r, p, "en"))
    b.t(") does not stop you from getting a lawyer in housing court, and we will not share")
    b.t(" it with your landlord.\n\nIf your phone number changes from ")
    b.pii("PHONE", us_phone(r)).t(", please call us at 718-838-7878.\n\nSincerely,\n\n")
    b.pii("PERSON", name(r, atty, "full")).t("\nStaff Attorney | ")
    b.pii("EMAIL", staff_email(atty, "rtc")).t("\n")
    return [_seg(b)]


def letter_n(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [
        _lt_library,
        _lt_council_uscis,
        _lt_repatriation,
        _lt_deactivation,
        _lt_sbhc_home,
        _lt_rtc,
    ]
    return r.choice(layouts)(r, B)


# -- CSV extracts ---------------------------------------------------------------------------------

Cell = tuple[str | None, str] | list[tuple[str | None, str]]


def _table(B: Callable[[], Any], header: list[str], rows: list[list[Cell]]) -> Out:
    """One segment per non-empty cell, prefixed by its column header. A cell is (type, value) or
    a list of such parts (a value with words around it, or several values in one cell)."""
    out: Out = []
    for row in rows:
        for column, cell in enumerate(row):
            parts = cell if isinstance(cell, list) else [cell]
            if not "".join(v for _, v in parts).strip():
                continue
            b = B()
            for type_, value in parts:
                if type_:
                    b.pii(type_, value)
                else:
                    b.t(value)
            out.append((b.text(), b.labels, f"{header[column].replace('_', ' ')}: "))
    return out


def _csv_esol(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "Waitlist #",
        "Patron Name",
        "Library Card",
        "Date of Birth",
        "Phone",
        "E-mail",
        "Country of Birth",
        "First Language",
        "Branch",
        "Date Added",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 6)):
        p = person(r)
        rows.append(
            [
                (None, str(r.randint(10, 700))),
                ("PERSON", name(r, p, "last_first", "full", "last_caps")),
                (None, f"2{_d(r, 4)}{_d(r, 5)}{_d(r, 4)}"),
                ("DATE_OF_BIRTH", dob(r, p, "us", "us0", "iso")),
                ("PHONE", phone(r, p, 0.1)),
                ("EMAIL", email(r, p)) if r.random() < 0.7 else (None, ""),
                ("COUNTRY_OF_BIRTH", country(r, p, "en", "caps")),
                (None, p.language),
                (None, r.choice(["Corona", "Elmhurst", "Flushing", "Langston Hughes"])),
                (None, when(r, "us")),
            ]
        )
    return _table(B, header, rows)


def _csv_visitor_log(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "Visit Date",
        "Time In",
        "Youth (resident)",
        "Juvenile ID",
        "Youth NYSID",
        "Visitor Name",
        "Relationship",
        "Visitor DOB",
        "Visitor ID (type / no.)",
        "Visitor Phone",
        "Visitor Address",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 6)):
        youth = person(r)
        v = relative(r, youth)
        kind = r.randrange(4)
        if kind == 0:
            vid: Cell = [(None, "IDNYC "), ("IDNYC", idnyc(r))]
        elif kind == 1:
            vid = [(None, "Passport ("), ("COUNTRY_OF_BIRTH", v.country[2]), (None, ") ")]
            vid.append(("PASSPORT", passport(r, v)))
        elif kind == 2:
            vid = [(None, f"NYS DL {_d(r, 3)} {_d(r, 3)} {_d(r, 3)}")]
        else:
            vid = [(None, "Consular ID (not accepted) — IDNYC "), ("IDNYC", idnyc(r))]
        rows.append(
            [
                (None, when(r, "us0")),
                (None, f"{r.randint(1, 7)}:{r.choice(['00', '15', '30', '45'])} PM"),
                ("PERSON", name(r, youth, "last_caps", "last_first")),
                (None, f"JD-{_d(r, 7)}"),
                (None, f"{_d(r, 8)}{_letter(r)}"),
                ("PERSON", name(r, v, "full", "caps")),
                (None, "Mother" if v.female else "Father"),
                ("DATE_OF_BIRTH", dob(r, v, "us0", "us")),
                vid,
                ("PHONE", us_phone(r)),
                ("ADDRESS", address(r)),
            ]
        )
    return _table(B, header, rows)


def _csv_canvass(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "engagement_id",
        "ts",
        "borough",
        "cross_streets",
        "client_name",
        "aka",
        "dob",
        "est_age",
        "phone",
        "country_origin",
        "status_selfreport",
        "idnyc_no",
        "notes",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = person(r)
        note: list[tuple[str | None, str]] = r.choice(
            [
                [(None, "says A# "), ("A_NUMBER", anum_bare(r)), (None, ", court date lost")],
                [(None, "left shelter; sister "), ("PERSON", relative(r, p).full)],
                [(None, "wants SSN card replaced ("), ("SSN", ssn(r)), (None, ")")],
                [(None, "declined services; 2nd contact this week")],
                [(None, "old addr "), ("ADDRESS", address(r)), (None, " (evicted)")],
            ]
        )
        rows.append(
            [
                (None, f"BX-{_d(r, 6)}"),
                (None, f"{when(r, 'iso')}T0{r.randint(0, 5)}:{r.randint(10, 59)}:00"),
                (None, r.choice(["BX", "MN", "BK", "QN"])),
                (
                    None,
                    r.choice(
                        [
                            "E 149 St & Southern Blvd",
                            "Jerome Av & Fordham Rd",
                            "Broadway & W 207 St",
                        ]
                    ),
                ),
                ("PERSON", name(r, p, "full", "caps", "last_first")),
                ("PERSON", p.nick) if r.random() < 0.5 else (None, ""),
                ("DATE_OF_BIRTH", dob(r, p, "iso", "us")) if r.random() < 0.8 else (None, ""),
                (None, str(r.randint(20, 70))),
                ("PHONE", us_phone(r)) if r.random() < 0.7 else (None, ""),
                ("COUNTRY_OF_BIRTH", country(r, p, "en", "iso", "demonym")),
                ("IMMIGRATION_STATUS", status(r, p)),
                ("IDNYC", idnyc(r)) if r.random() < 0.6 else (None, ""),
                note,
            ]
        )
    return _table(B, header, rows)


def _csv_arrivals(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "Arrival",
        "Carrier",
        "Last Name",
        "First Name",
        "DOB",
        "Nat.",
        "A-Number",
        "I-94 No.",
        "Status",
        "Phone",
        "QR",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = person(r)
        born = rdate(r, 1955, 2005)
        a9 = anum9(r)
        qr: list[tuple[str | None, str]] = [
            (None, "NYCARR|v2|"),
            ("PERSON", f"{fold(p.last).upper()}^{fold(p.given).upper()}"),
            (None, "|"),
            ("DATE_OF_BIRTH", fdate(r, born, "compact")),
            (None, "|"),
            ("A_NUMBER", f"A{a9}"),
            (None, "|"),
            ("COUNTRY_OF_BIRTH", p.country[2]),
            (None, f"|RH{_d(r, 5)}"),
        ]
        rows.append(
            [
                (None, f"{when(r, 'us0')} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"),
                (None, r.choice(["TX-BUS 4471", "Greyhound 1187", "charter EP-22"])),
                ("PERSON", p.last.upper()),
                ("PERSON", p.given),
                ("DATE_OF_BIRTH", fdate(r, born, "us0", "us", "iso")),
                ("COUNTRY_OF_BIRTH", country(r, p, "iso", "iso", "demonym")),
                ("A_NUMBER", r.choice([f"A{a9}", f"{a9[:3]}-{a9[3:6]}-{a9[6:]}", a9])),
                ("I94", i94(r)) if r.random() < 0.8 else (None, ""),
                ("IMMIGRATION_STATUS", status(r, p)),
                ("PHONE", foreign_phone(r, p.country[2]) if r.random() < 0.6 else us_phone(r)),
                qr if r.random() < 0.7 else (None, ""),
            ]
        )
    return _table(B, header, rows)


def _csv_council(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "Case #",
        "Opened",
        "Constituent",
        "Address",
        "Phone",
        "Email",
        "Agency",
        "Issue",
        "USCIS Receipt #",
        "A#",
        "Staff",
        "Staff Email",
    ]
    rows: list[list[Cell]] = []
    cw = staff(r)
    for _ in range(r.randint(3, 5)):
        p = person(r)
        agency = r.choice(["USCIS", "HRA", "NYCHA", "DOE", "HPD", "SSA"])
        uscis = agency == "USCIS" or r.random() < 0.4
        rows.append(
            [
                (None, f"CW-{r.randint(23, 26)}-{_d(r, 5)}"),
                (None, when(r, "us")),
                ("PERSON", name(r, p, "full", "last_first")),
                ("ADDRESS", address(r)),
                ("PHONE", us_phone(r)),
                ("EMAIL", email(r, p)) if r.random() < 0.6 else (None, ""),
                (None, agency),
                (None, r.choice(["EAD delay", "SNAP recert", "repairs", "transfer", "card lost"])),
                ("USCIS_RECEIPT", receipt(r)) if uscis else (None, ""),
                ("A_NUMBER", anum_bare(r)) if uscis else (None, ""),
                ("PERSON", name(r, cw, "initial", "full")),
                ("EMAIL", staff_email(cw, "council")),
            ]
        )
    return _table(B, header, rows)


def _csv_navigator(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "Applicant\nName",
        "Applicant\nDOB",
        "Identifiers\nSSN / ITIN",
        "Identifiers\nPassport #",
        "Immigration\nStatus",
        "Immigration\nA-Number",
        "Immigration\nI-94",
        "Immigration\nReceipt #",
        "Contact\nPhone",
        "Contact\nEmail",
        "Plan\nTier",
        "Plan\nMember ID",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = person(r)
        rows.append(
            [
                ("PERSON", name(r, p, "last_caps", "full")),
                ("DATE_OF_BIRTH", dob(r, p, "us0", "us2", "dot")),
                ("ITIN", itin(r)) if r.random() < 0.5 else ("SSN", ssn(r)),
                ("PASSPORT", passport(r, p)) if r.random() < 0.7 else (None, ""),
                ("IMMIGRATION_STATUS", status(r, p)),
                ("A_NUMBER", anumber(r)) if r.random() < 0.7 else (None, "n/a"),
                ("I94", i94(r)) if r.random() < 0.6 else (None, ""),
                ("USCIS_RECEIPT", receipt(r)) if r.random() < 0.6 else (None, "pending"),
                ("PHONE", us_phone(r)),
                ("EMAIL", email(r, p)) if r.random() < 0.5 else (None, ""),
                (None, r.choice(["EP1", "EP2", "EP3", "EP4", "Medicaid"])),
                (None, f"{_letter(r)}{_letter(r)}{_d(r, 5)}{_letter(r)}"),
            ]
        )
    return _table(B, header, rows)


def _csv_kyc(r: random.Random, B: Callable[[], Any]) -> Out:
    header = [
        "cust_id",
        "legal_name",
        "dob",
        "tin_type",
        "tin",
        "passport_no",
        "citizenship",
        "cob",
        "idnyc",
        "phone",
        "email",
        "opened",
        "balance",
    ]
    rows: list[list[Cell]] = []
    for _ in range(r.randint(3, 5)):
        p = person(r)
        tin = r.random() < 0.6
        rows.append(
            [
                (None, _d(r, 10)),
                ("PERSON", name(r, p, "caps", "last_caps")),
                ("DATE_OF_BIRTH", dob(r, p, "iso", "compact")),
                (None, "ITIN" if tin else "SSN"),
                ("ITIN", itin(r)) if tin else ("SSN", ssn(r)),
                ("PASSPORT", passport(r, p)),
                ("COUNTRY_OF_BIRTH", p.country[2]),
                ("COUNTRY_OF_BIRTH", country(r, p, "iso", "en")),
                ("IDNYC", idnyc(r)) if r.random() < 0.6 else (None, ""),
                ("PHONE", phone(r, p, 0.2)),
                ("EMAIL", email(r, p)) if r.random() < 0.6 else (None, ""),
                (None, when(r, "iso")),
                (None, f"{r.randint(0, 9000)}.{_d(r, 2)}"),
            ]
        )
    return _table(B, header, rows)


def csv_extract_n(f: Any, r: random.Random, B: Callable[[], Any]) -> Out:
    layouts = [
        _csv_esol,
        _csv_visitor_log,
        _csv_canvass,
        _csv_arrivals,
        _csv_council,
        _csv_navigator,
        _csv_kyc,
    ]
    return r.choice(layouts)(r, B)


QUIRE_TEMPLATES: dict[str, Callable[..., Out]] = {
    "case_note_n": case_note_n,
    "intake_form_n": intake_form_n,
    "letter_n": letter_n,
    "csv_extract_n": csv_extract_n,
}
