"""Hand-kept name lists for what neither pycountry nor the small spaCy model knows.

pycountry supplies ISO codes and official names; it has no capitals, no
demonyms, no seats of government and no news outlets, and the small English
model misses or mislabels exactly those names (AFP is not an entity to it,
"Kyiv" is a PERSON). Everything here is keyed by ISO 3166 alpha-3 so the
country data itself stays in pycountry. Keep the lists to names that are
unambiguous in English news; a name that is also a common first name or US
state ("Georgia", "Jordan", "Chad") is left out of the capital/country
gazetteer and only accepted when the parser itself calls it a place.
"""

from __future__ import annotations

from typing import Final

#: The state the corpus's news is written in and about (the US, for PolNeAR's
#: 2016 political news): its "our country", its people as the audience, the
#: offices and race roles the dated tables of :mod:`.offices` list. One place, so
#: news from elsewhere changes one constant.
HOME_CODE: Final[str] = "USA"

#: The common English short name where pycountry's ``common_name``/``name`` is
#: not what a newsroom writes ("Russian Federation", "Türkiye", "Viet Nam").
SHORT_NAMES: Final[dict[str, str]] = {
    "RUS": "Russia",
    "USA": "United States",
    "GBR": "United Kingdom",
    "TUR": "Turkey",
    "CZE": "Czech Republic",
    "CIV": "Ivory Coast",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "PSE": "Palestine",
    "VAT": "Vatican",
    "MKD": "North Macedonia",
    "BRN": "Brunei",
    "CPV": "Cape Verde",
    "FSM": "Micronesia",
    "KOR": "South Korea",
    "PRK": "North Korea",
    "SYR": "Syria",
    "IRN": "Iran",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "TWN": "Taiwan",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "MDA": "Moldova",
    "SWZ": "Eswatini",
}

#: Other names and abbreviations for a country, as written in news.
COUNTRY_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "USA": ("US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America"),
    "GBR": ("UK", "U.K.", "Britain", "Great Britain"),
    "RUS": ("Russia", "Russian Federation"),
    "CHN": ("PRC", "People's Republic of China", "Mainland China"),
    "KOR": ("South Korea", "Republic of Korea", "ROK"),
    "PRK": ("North Korea", "DPRK"),
    "ARE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "NLD": ("Holland", "The Netherlands"),
    "TUR": ("Turkey", "Türkiye", "Turkiye"),
    "CZE": ("Czech Republic", "Czechia"),
    "CIV": ("Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"),
    "COD": ("DRC", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo"),
    "MMR": ("Burma",),
    "SWZ": ("Swaziland",),
    "VAT": ("Vatican", "Vatican City", "Holy See"),
    "PSE": ("Palestine", "Palestinian Territories"),
    "TWN": ("Taiwan", "Republic of China"),
}

#: Capitals and other cities that stand for their state's government in news
#: ("Washington and Beijing traded accusations").
CAPITALS: Final[dict[str, tuple[str, ...]]] = {
    "USA": ("Washington",),
    "RUS": ("Moscow",),
    "CHN": ("Beijing",),
    "UKR": ("Kyiv", "Kiev"),
    "BLR": ("Minsk",),
    "GBR": ("London",),
    "FRA": ("Paris",),
    "DEU": ("Berlin",),
    "JPN": ("Tokyo",),
    "KOR": ("Seoul",),
    "PRK": ("Pyongyang",),
    "IND": ("New Delhi",),
    "PAK": ("Islamabad",),
    "AFG": ("Kabul",),
    "IRN": ("Tehran", "Teheran"),
    "IRQ": ("Baghdad",),
    "SYR": ("Damascus",),
    "ISR": ("Jerusalem", "Tel Aviv"),
    "SAU": ("Riyadh",),
    "TUR": ("Ankara",),
    "EGY": ("Cairo",),
    "LBN": ("Beirut",),
    "ITA": ("Rome",),
    "ESP": ("Madrid",),
    "POL": ("Warsaw",),
    "HUN": ("Budapest",),
    "CZE": ("Prague",),
    "AUT": ("Vienna",),
    "GRC": ("Athens",),
    "SWE": ("Stockholm",),
    "NOR": ("Oslo",),
    "FIN": ("Helsinki",),
    "DNK": ("Copenhagen",),
    "NLD": ("Amsterdam", "The Hague"),
    "BEL": ("Brussels",),
    "CHE": ("Bern",),
    "PRT": ("Lisbon",),
    "IRL": ("Dublin",),
    "ROU": ("Bucharest",),
    "BGR": ("Sofia",),
    "SRB": ("Belgrade",),
    "HRV": ("Zagreb",),
    "LTU": ("Vilnius",),
    "LVA": ("Riga",),
    "EST": ("Tallinn",),
    "MDA": ("Chisinau",),
    "GEO": ("Tbilisi",),
    "ARM": ("Yerevan",),
    "AZE": ("Baku",),
    "KAZ": ("Astana",),
    "UZB": ("Tashkent",),
    "CAN": ("Ottawa",),
    "MEX": ("Mexico City",),
    "BRA": ("Brasilia", "Brasília"),
    "ARG": ("Buenos Aires",),
    "CHL": ("Santiago",),
    "COL": ("Bogota", "Bogotá"),
    "VEN": ("Caracas",),
    "CUB": ("Havana",),
    "PER": ("Lima",),
    "AUS": ("Canberra",),
    "NZL": ("Wellington",),
    "IDN": ("Jakarta",),
    "PHL": ("Manila",),
    "VNM": ("Hanoi",),
    "THA": ("Bangkok",),
    "MMR": ("Naypyidaw", "Naypyitaw"),
    "TWN": ("Taipei",),
    "SGP": ("Singapore",),
    "MYS": ("Kuala Lumpur",),
    "BGD": ("Dhaka",),
    "LKA": ("Colombo",),
    "NPL": ("Kathmandu",),
    "NGA": ("Abuja",),
    "ZAF": ("Pretoria",),
    "ETH": ("Addis Ababa",),
    "KEN": ("Nairobi",),
    "SDN": ("Khartoum",),
    "LBY": ("Tripoli",),
    "DZA": ("Algiers",),
    "MAR": ("Rabat",),
    "TUN": ("Tunis",),
    "QAT": ("Doha",),
    "ARE": ("Abu Dhabi",),
    "JOR": ("Amman",),
    "YEM": ("Sanaa", "Sana'a"),
    "OMN": ("Muscat",),
    "KWT": ("Kuwait City",),
    "VAT": ("Vatican City",),
}

#: Seats of government used as metonyms for the state ("the Kremlin said").
SEATS: Final[dict[str, tuple[str, ...]]] = {
    "RUS": ("Kremlin",),
    "USA": ("White House",),
    "GBR": ("Downing Street", "Whitehall"),
    "FRA": ("Elysee", "Elysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay"),
    "CHN": ("Zhongnanhai",),
    "KOR": ("Blue House",),
    "DEU": ("Chancellery",),
}

#: Demonyms the suffix rules in :mod:`.countries` cannot derive from the name.
DEMONYMS: Final[dict[str, str]] = {
    "American": "USA",
    "Americans": "USA",
    "U.S.": "USA",
    "British": "GBR",
    "Briton": "GBR",
    "Britons": "GBR",
    "English": "GBR",
    "Scottish": "GBR",
    "Welsh": "GBR",
    "French": "FRA",
    "Frenchman": "FRA",
    "Dutch": "NLD",
    "Swiss": "CHE",
    "Greek": "GRC",
    "Greeks": "GRC",
    "Chinese": "CHN",
    "Japanese": "JPN",
    "Vietnamese": "VNM",
    "Lebanese": "LBN",
    "Sudanese": "SDN",
    "Taiwanese": "TWN",
    "Portuguese": "PRT",
    "Senegalese": "SEN",
    "Congolese": "COD",
    "Burmese": "MMR",
    "Thai": "THA",
    "Filipino": "PHL",
    "Filipinos": "PHL",
    "Afghan": "AFG",
    "Afghans": "AFG",
    "Saudi": "SAU",
    "Saudis": "SAU",
    "Emirati": "ARE",
    "Israeli": "ISR",
    "Israelis": "ISR",
    "Pakistani": "PAK",
    "Pakistanis": "PAK",
    "Iraqi": "IRQ",
    "Iraqis": "IRQ",
    "Kuwaiti": "KWT",
    "Qatari": "QAT",
    "Yemeni": "YEM",
    "Bangladeshi": "BGD",
    "Nepali": "NPL",
    "Nepalese": "NPL",
    "Turkish": "TUR",
    "Turk": "TUR",
    "Turks": "TUR",
    "Polish": "POL",
    "Pole": "POL",
    "Poles": "POL",
    "Irish": "IRL",
    "Finnish": "FIN",
    "Finn": "FIN",
    "Swedish": "SWE",
    "Swede": "SWE",
    "Danish": "DNK",
    "Dane": "DNK",
    "Spanish": "ESP",
    "Spaniard": "ESP",
    "Norwegian": "NOR",
    "Icelandic": "ISL",
    "German": "DEU",
    "Germans": "DEU",
    "Belgian": "BEL",
    "Peruvian": "PER",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Mexican": "MEX",
    "Mexicans": "MEX",
    "Canadian": "CAN",
    "Canadians": "CAN",
    "Brazilian": "BRA",
    "Chilean": "CHL",
    "Colombian": "COL",
    "Venezuelan": "VEN",
    "Cuban": "CUB",
    "Cubans": "CUB",
    "Egyptian": "EGY",
    "Ukrainian": "UKR",
    "Ukrainians": "UKR",
    "Belarusian": "BLR",
    "Belarusians": "BLR",
    "Belarussian": "BLR",
    "Russian": "RUS",
    "Russians": "RUS",
    "Soviet": "RUS",
    "Iranian": "IRN",
    "Iranians": "IRN",
    "Syrian": "SYR",
    "Syrians": "SYR",
    "Palestinian": "PSE",
    "Palestinians": "PSE",
    "Kazakh": "KAZ",
    "Uzbek": "UZB",
    "Kyrgyz": "KGZ",
    "Tajik": "TJK",
    "Azerbaijani": "AZE",
    "Azeri": "AZE",
    "Armenian": "ARM",
    "Moldovan": "MDA",
    "Lithuanian": "LTU",
    "Latvian": "LVA",
    "Estonian": "EST",
    "Romanian": "ROU",
    "Hungarian": "HUN",
    "Czech": "CZE",
    "Slovak": "SVK",
    "Serbian": "SRB",
    "Serb": "SRB",
    "Serbs": "SRB",
    "Croatian": "HRV",
    "Croat": "HRV",
    "Bosnian": "BIH",
    "Albanian": "ALB",
    "Bulgarian": "BGR",
    "Slovenian": "SVN",
    "Macedonian": "MKD",
    "Montenegrin": "MNE",
    "Italian": "ITA",
    "Italians": "ITA",
    "Indian": "IND",
    "Indians": "IND",
    "Indonesian": "IDN",
    "Malaysian": "MYS",
    "Singaporean": "SGP",
    "Sri Lankan": "LKA",
    "Australian": "AUS",
    "Australians": "AUS",
    "New Zealander": "NZL",
    "Nigerian": "NGA",
    "South African": "ZAF",
    "Ethiopian": "ETH",
    "Kenyan": "KEN",
    "Somali": "SOM",
    "Libyan": "LBY",
    "Algerian": "DZA",
    "Moroccan": "MAR",
    "Tunisian": "TUN",
    "Jordanian": "JOR",
    "Georgian": "GEO",
    "North Korean": "PRK",
    "North Koreans": "PRK",
    "South Korean": "KOR",
    "South Koreans": "KOR",
    "Korean": "KOR",
}

#: News outlets and agencies: canonical name -> the names used for it.
MEDIA: Final[dict[str, tuple[str, ...]]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters",),
    "UPI": ("UPI", "United Press International"),
    "Associated Press": ("Associated Press", "AP"),
    "Xinhua": ("Xinhua", "Xinhua News Agency"),
    "TASS": ("TASS", "Tass", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "BBC": ("BBC", "British Broadcasting Corporation", "BBC News"),
    "CNN": ("CNN",),
    "The New York Times": ("New York Times", "NYT", "NY Times"),
    "The Washington Post": ("Washington Post",),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "New York Post": ("New York Post",),
    "Fox News": ("Fox News", "Fox News Channel", "Fox"),
    "MSNBC": ("MSNBC",),
    "NBC News": ("NBC", "NBC News"),
    "CBS News": ("CBS", "CBS News"),
    "ABC News": ("ABC News", "ABC"),
    "NPR": ("NPR", "National Public Radio"),
    "PBS": ("PBS",),
    "Bloomberg": ("Bloomberg News", "Bloomberg"),
    "Al Jazeera": ("Al Jazeera", "Al-Jazeera"),
    "The Guardian": ("Guardian",),
    "Financial Times": ("Financial Times", "FT"),
    "The Economist": ("Economist",),
    "Politico": ("Politico", "POLITICO"),
    "The Hill": ("The Hill",),
    "Axios": ("Axios",),
    "USA Today": ("USA Today", "USA TODAY"),
    "Los Angeles Times": ("Los Angeles Times", "LA Times"),
    "Chicago Tribune": ("Chicago Tribune",),
    "Boston Globe": ("Boston Globe",),
    "Breitbart": ("Breitbart", "Breitbart News"),
    "HuffPost": ("Huffington Post", "HuffPost"),
    "BuzzFeed News": ("BuzzFeed", "BuzzFeed News"),
    "Newsweek": ("Newsweek",),
    "Daily Mail": ("Daily Mail",),
    "The Telegraph": ("Daily Telegraph", "Telegraph"),
    "Sky News": ("Sky News",),
    "Deutsche Welle": ("Deutsche Welle", "DW"),
    "France 24": ("France 24",),
    "Euronews": ("Euronews",),
    "Der Spiegel": ("Der Spiegel", "Spiegel"),
    "Le Monde": ("Le Monde",),
    "RT": ("RT", "Russia Today"),
    "Sputnik": ("Sputnik",),
    "Global Times": ("Global Times",),
    "People's Daily": ("People's Daily",),
    "CCTV": ("CCTV", "China Central Television"),
    "CGTN": ("CGTN",),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Yonhap": ("Yonhap", "Yonhap News Agency"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "IRNA": ("IRNA",),
    "Anadolu": ("Anadolu", "Anadolu Agency"),
    "BelTA": ("BelTA",),
    "Ukrinform": ("Ukrinform",),
    "Haaretz": ("Haaretz",),
    "Times of Israel": ("Times of Israel",),
    "Times of India": ("Times of India",),
    "Dawn": ("Dawn",),
    "ProPublica": ("ProPublica",),
    "The Atlantic": ("The Atlantic",),
    "The New Yorker": ("New Yorker",),
    "Vox": ("Vox",),
    "Slate": ("Slate",),
    "Mother Jones": ("Mother Jones",),
    "The Daily Beast": ("Daily Beast",),
    "National Review": ("National Review",),
    "The Blaze": ("The Blaze", "TheBlaze"),
    "Daily Caller": ("Daily Caller",),
}

#: Names of media that are also ordinary words or other things; accepted only
#: when the parser tagged the same span as an entity.
MEDIA_NEEDS_NER: Final[frozenset[str]] = frozenset({"Fox", "Dawn", "Slate", "Vox", "RIA", "ABC"})

#: Streets that stand for an industry ("Sanders railed against Wall Street", "ties
#: to Wall Street"): a group actor when the street is no mere place ("stocks on
#: Wall Street") nor a modifier ("Wall Street banks", which names the banks). The
#: small model rarely tags them, so they are looked up. Canonical name -> names.
INDUSTRY_STREETS: Final[dict[str, tuple[str, ...]]] = {"Wall Street": ("Wall Street",)}

#: International organisations: canonical name -> names used for it.
INTERNATIONAL: Final[dict[str, tuple[str, ...]]] = {
    "NATO": ("NATO", "North Atlantic Treaty Organization", "Nato"),
    "United Nations": ("United Nations", "UN", "U.N."),
    "UN Security Council": ("UN Security Council", "U.N. Security Council", "Security Council"),
    "UN General Assembly": ("UN General Assembly", "U.N. General Assembly", "General Assembly"),
    "UN Human Rights Council": (
        "UN Human Rights Council",
        "U.N. Human Rights Council",
        "Human Rights Council",
    ),
    "European Union": ("European Union", "EU", "E.U."),
    "European Commission": ("European Commission",),
    "International Monetary Fund": ("International Monetary Fund", "IMF"),
    "World Bank": ("World Bank",),
    "World Health Organization": ("World Health Organization", "WHO"),
    "World Trade Organization": ("World Trade Organization", "WTO"),
    "OPEC": ("OPEC",),
    "ASEAN": ("ASEAN",),
    "African Union": ("African Union",),
    "Arab League": ("Arab League",),
    "OSCE": ("OSCE", "Organization for Security and Co-operation in Europe"),
    "International Criminal Court": ("International Criminal Court", "ICC"),
    "IAEA": ("IAEA", "International Atomic Energy Agency"),
    "Interpol": ("Interpol",),
    "BRICS": ("BRICS",),
    "Shanghai Cooperation Organisation": ("Shanghai Cooperation Organisation", "SCO"),
    "G7": ("G7", "G-7", "Group of Seven"),
    "G20": ("G20", "G-20", "Group of 20"),
    "Red Cross": ("Red Cross", "International Committee of the Red Cross", "ICRC"),
    "Amnesty International": ("Amnesty International", "Amnesty"),
    "Human Rights Watch": ("Human Rights Watch",),
    "Islamic State": ("Islamic State", "ISIS", "ISIL", "Daesh"),
    "Taliban": ("Taliban",),
    "al-Qaeda": ("al-Qaeda", "al-Qaida", "al Qaeda", "Al Qaeda"),
    "Hezbollah": ("Hezbollah",),
}

#: State bodies whose name does not say whose they are; they belong to this state.
NATIONAL_BODIES: Final[dict[str, str]] = {
    "State Department": "USA",
    "Pentagon": "USA",
    "FBI": "USA",
    "CIA": "USA",
    "NSA": "USA",
    "Justice Department": "USA",
    "Department of Justice": "USA",
    "Department of State": "USA",
    "Department of Defense": "USA",
    "Homeland Security": "USA",
    "Department of Homeland Security": "USA",
    "Secret Service": "USA",
    "Congress": "USA",
    "Senate": "USA",
    "House of Representatives": "USA",
    "Supreme Court": "USA",
    "Federal Reserve": "USA",
    "NYPD": "USA",
    "FSB": "RUS",
    "Duma": "RUS",
    "State Duma": "RUS",
    "Bundestag": "DEU",
    "Knesset": "ISR",
    "Mossad": "ISR",
    "Politburo": "CHN",
    "Verkhovna Rada": "UKR",
    "MI5": "GBR",
    "MI6": "GBR",
    "Scotland Yard": "GBR",
}

#: Head words of organisations that are organs of a state: an unqualified
#: "Foreign Ministry" belongs to the state the article is about.
STATE_ORGAN_HEADS: Final[frozenset[str]] = frozenset(
    {
        "Ministry",
        "Department",
        "Parliament",
        "Government",
        "Cabinet",
        "Army",
        "Navy",
        "Forces",
        "Embassy",
        "Consulate",
        "Police",
        "Guard",
        "Council",
        "Office",
        "Presidency",
        "Agency",
        "Service",
        "Court",
        "Assembly",
        "Senate",
        "Congress",
        "Command",
        "Commission",
        "Bureau",
        "Committee",
    }
)

#: Words that may open a PERSON entity but are not part of the name.
HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
        "President",
        "Vice",
        "Prime",
        "Minister",
        "Premier",
        "Chancellor",
        "Secretary",
        "Senator",
        "Sen.",
        "Sen",
        "Rep.",
        "Rep",
        "Gov.",
        "Gov",
        "Governor",
        "Mayor",
        "Gen.",
        "General",
        "Col.",
        "Lt.",
        "Capt.",
        "Sgt.",
        "Adm.",
        "Admiral",
        "King",
        "Queen",
        "Prince",
        "Princess",
        "Pope",
        "Rev.",
        "Reverend",
        "Judge",
        "Justice",
        "Ambassador",
        "Speaker",
        "Leader",
        "Candidate",
        "Nominee",
        "Chairman",
        "Director",
        "Former",
        "former",
    }
)

#: Words that, with a head from :data:`STATE_ORGAN_HEADS`, make up the name of
#: an unqualified state body ("Foreign Ministry", "Ministry of Foreign Affairs",
#: "National Security Council"). A name with any other word ("Atlantic
#: Council") is an organisation in its own right.
GENERIC_ORGAN_WORDS: Final[frozenset[str]] = frozenset(
    {
        "Foreign",
        "Affairs",
        "Defense",
        "Defence",
        "Interior",
        "Internal",
        "Home",
        "Justice",
        "Finance",
        "Economy",
        "Economic",
        "Trade",
        "Commerce",
        "Industry",
        "Energy",
        "Health",
        "Education",
        "Culture",
        "Agriculture",
        "Transport",
        "Emergency",
        "Emergencies",
        "Information",
        "State",
        "Security",
        "National",
        "Federal",
        "Central",
        "Armed",
        "Air",
        "Border",
        "Presidential",
        "General",
        "Prosecutor",
        "Prosecutor's",
        "Prosecutors",
        "Intelligence",
        "Military",
        "Supreme",
        "Constitutional",
        "Investigative",
        "Investigation",
        "Statistics",
        "Election",
        "Electoral",
        "Ministry",
        "Ministries",
        "Staff",
        "Joint",
        "Chiefs",
        "Coast",
        "Naval",
    }
)

#: Nouns that introduce a person ("Chancellor Olaf Scholz"): a name right after
#: one is a person even when the small model calls it an organisation.
PERSON_ROLES: Final[frozenset[str]] = frozenset(
    {
        "president",
        "chancellor",
        "minister",
        "premier",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "governor",
        "gov.",
        "mayor",
        "candidate",
        "nominee",
        "secretary",
        "ambassador",
        "envoy",
        "diplomat",
        "director",
        "chief",
        "ceo",
        "chairman",
        "chairwoman",
        "adviser",
        "advisor",
        "aide",
        "general",
        "gen.",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "judge",
        "justice",
        "lawyer",
        "attorney",
        "prosecutor",
        "professor",
        "analyst",
        "reporter",
        "correspondent",
        "strongman",
        "dictator",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "pope",
        "cardinal",
        "bishop",
        "speaker",
        "deputy",
        "official",
        "officer",
        "manager",
        "founder",
        "actor",
        "actress",
        "singer",
        "author",
        "writer",
        "economist",
        "activist",
        "opposition",
    }
)

#: Political parties: canonical name -> the names, members' nouns and
#: adjectives used for them ("Republican candidate", "the GOP", "Democrats").
PARTIES: Final[dict[str, tuple[str, ...]]] = {
    "Republican Party": ("Republican Party", "Republican", "Republicans", "GOP", "G.O.P."),
    "Democratic Party": ("Democratic Party", "Democratic", "Democrats", "Democrat"),
    "Conservative Party": ("Conservative Party", "Conservatives", "Tories", "Tory"),
    "Labour Party": ("Labour Party", "Labour"),
    "Liberal Democrats": ("Liberal Democrats", "Lib Dems"),
    "Libertarian Party": ("Libertarian Party", "Libertarians"),
    "Green Party": ("Green Party",),
    "Communist Party": ("Communist Party",),
}

#: A party's singular member noun or adjective: a member or a leaning ("a
#: Democrat", "voted Republican"), never the party itself acting.
PARTY_SINGULARS: Final[frozenset[str]] = frozenset(
    {"Republican", "Democratic", "Democrat", "Conservative", "Tory", "Libertarian"}
)

#: Platforms a statement is posted on ("wrote on Twitter"): the medium, not an
#: actor, unless the company itself acts ("Twitter suspended his account").
SOCIAL_PLATFORMS: Final[frozenset[str]] = frozenset(
    {"Twitter", "Facebook", "Instagram", "YouTube", "Snapchat", "Reddit", "TikTok", "LinkedIn"}
)

#: Generational suffixes, never a surname ("Martin Luther King Jr.").
NAME_SUFFIXES: Final[frozenset[str]] = frozenset(
    {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V", ",", "Junior", "Senior"}
)

#: Nouns for what a person is to someone, beyond offices ("Trump critic",
#: "his daughter", "close ally").
RELATION_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "critic",
        "ally",
        "rival",
        "colleague",
        "friend",
        "son",
        "daughter",
        "wife",
        "husband",
        "mother",
        "father",
        "brother",
        "sister",
        "widow",
        "spouse",
        "host",
        "head",
        "boss",
        "icon",
        "billionaire",
        "mogul",
        "tycoon",
        "star",
        "celebrity",
        "pundit",
        "veteran",
        "hopeful",
        "candidate",
        "delegate",
        "surrogate",
        "chief",
        "staff",
        "staffer",
        "aide",
        "guru",
        "legend",
        "magnate",
        "entrepreneur",
        "expert",
        "scholar",
        "scientist",
        "journalist",
        "columnist",
        "anchor",
        "comedian",
        "rapper",
        "musician",
        "athlete",
        "coach",
        "student",
        "victim",
        "suspect",
        "witness",
        "resident",
        "citizen",
        "immigrant",
        "refugee",
        "cleric",
        "imam",
        "rabbi",
        "priest",
        "pastor",
        "monarch",
        "emir",
        "sheikh",
        "crown",
        "heir",
        "nominee",
        "incumbent",
        "challenger",
        "contender",
        "counterpart",
        "predecessor",
        "successor",
        "deputy",
        "envoy",
        "czar",
        "tsar",
    }
)

#: Suffixes of English agent nouns ("leader", "governor", "strongman",
#: "spokesperson", "nominee", "president", "activist", "politician").
AGENT_SUFFIXES: Final[tuple[str, ...]] = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "woman",
    "person",
    "ee",
    "eer",
    "aire",
    "ary",
    "ive",
    "arch",
    "crat",
)


#: Heads a demonym turns into the state itself: "the Mexican government".
STATE_STAND_INS: Final[frozenset[str]] = frozenset(
    {"government", "administration", "regime", "authorities", "leadership", "state"}
)
#: Heads a demonym makes the state's without naming it: "Russian troops".
STATE_FORCES: Final[frozenset[str]] = frozenset(
    {
        "army",
        "military",
        "force",
        "forces",
        "troop",
        "troops",
        "navy",
        "police",
        "ministry",
        "embassy",
        "parliament",
        "officials",
        "official",
        "diplomat",
        "diplomats",
        "soldier",
        "soldiers",
    }
)

#: Prepositions whose object is where something happens, not who does it.
LOCATIVE_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"in", "at", "inside", "near", "across", "throughout", "within", "around", "outside"}
)

#: Verbs whose object is a state won or lost in a race or toured in a campaign ("won
#: Ohio", "carried the state", "crisscrossed Nevada"): the race's ground, no actor. Places
#: (a named state) and descriptions ("the state") each add their own few.
RACE_GROUND_VERBS: Final[frozenset[str]] = frozenset(
    {"win", "lose", "take", "carry", "sweep", "crisscross", "tour"}
)

#: The first words of US states' nicknames ("the Granite State", "the Buckeye State"):
#: a writer's second name for a state that stages a contest, where the race is run.
STATE_NICKNAMES: Final[frozenset[str]] = frozenset(
    {
        "Aloha", "Badger", "Bay", "Beaver", "Beehive", "Bluegrass", "Buckeye", "Centennial",
        "Constitution", "Cornhusker", "Empire", "Equality", "Evergreen", "First", "Garden",
        "Gem", "Golden", "Granite", "Green Mountain", "Hawkeye", "Hoosier", "Keystone",
        "Last Frontier", "Lone Star", "Magnolia", "Mount Rushmore", "Mountain", "Natural",
        "Nutmeg", "Ocean", "Old Line", "Palmetto", "Peace Garden", "Peach", "Pelican",
        "Pine Tree", "Prairie", "Show Me", "Show-Me", "Silver", "Sooner", "Sunflower",
        "Sunshine", "Tar Heel", "Treasure", "Volunteer", "Wolverine",
    }
)  # fmt: skip

#: The states of the United States, which news calls "the state" once named.
US_STATES: Final[frozenset[str]] = frozenset(
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
        "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming",
    }
)  # fmt: skip

#: Common nouns that name an organisation by its class ("the agency said"):
#: noun -> (canonical names of the class, head words of names of the class).
CLASS_NOUNS: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "agency": (
        frozenset({"IAEA"}),
        frozenset({"agency", "office", "bureau", "department", "administration", "service"}),
    ),
    "bloc": (frozenset({"European Union", "ASEAN", "African Union", "OPEC", "BRICS"}), frozenset()),
    "alliance": (frozenset({"NATO"}), frozenset({"alliance"})),
    "court": (frozenset({"International Criminal Court"}), frozenset({"court", "tribunal"})),
    "committee": (frozenset(), frozenset({"committee", "subcommittee", "panel", "commission"})),
    "panel": (frozenset(), frozenset({"committee", "subcommittee", "panel", "commission"})),
    "union": (frozenset(), frozenset({"union", "federation", "association"})),
}
#: Words before a class noun that name a member by another word of its name:
#: "the high court" is the Supreme Court, "the appellate court" the Court of Appeals.
CLASS_QUALIFIERS: Final[dict[str, str]] = {"high": "supreme", "appellate": "appeals"}

#: Names of laws, programmes, trade pacts and votes that the parser tags as
#: organisations or people: things done or disputed, never the doer.
NOT_ACTOR_NAMES: Final[frozenset[str]] = frozenset(
    {
        "obamacare",
        "medicare",
        "medicaid",
        "social security",
        "aca",
        "affordable care act",
        "brexit",
        "nafta",
        "tpp",
        "ttip",
        "pac",
        "super pac",
        "dodd-frank",
        "jim crow",
        # a room: "two terms in the Oval Office", "visiting the Oval Office" (the
        # presidency acting is "the White House"); never a mention on the tuning set
        "oval office",
        # religions are beliefs, not actors (their believers may be a group):
        # "insulting Islam", never a mention on the tuning set
        "islam",
        "christianity",
        "judaism",
        "catholicism",
        "protestantism",
        "hinduism",
        "buddhism",
        "sikhism",
        "mormonism",
    }
)

#: Head words of names that are things, not actors ("the agreement" for a
#: trade agreement the parser tagged ORG).
NOT_ACTOR_HEADS: Final[frozenset[str]] = frozenset(
    {
        "agreement",
        "treaty",
        "accord",
        "accords",
        "pact",
        "act",
        "convention",
        "summit",
        "conference",
        "deal",
        "plan",
        "program",
        "programme",
        "games",
        "cup",
        "war",
        "award",
        "prize",
        "partnership",
        "law",
    }
)


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one string (long vocabularies stay readable)."""
    return tuple(text.split())


#: People who moved: their "from" object is where they left ("refugees from Syria"), and
#: a name before them says where they come from or what they believe ("Syrian refugees",
#: "Muslim migrants"): a class a policy is about, no actor (session 25).
MOVER_NOUNS: Final[frozenset[str]] = frozenset(
    {"refugee", "immigrant", "migrant", "asylum", "exile", "deportee"}
)

#: Nouns that, after a name, make the name the doer: acts, statements,
#: measures ("U.S. sanctions", "the IMF report", "Russian shelling"), the
#: PLOVER/CAMEO event nouns and the figures a state's name owns ("U.S. growth").
AGENTIVE_NOUNS: Final[frozenset[str]] = frozenset(
    _words(
        """
    support backing endorsement pressure allegation accusation claim charge criticism
    condemnation report request demand analysis essay study survey poll estimate forecast
    average index ranking rating tally count
    projection ruling decision verdict order decree sanction embargo tariff ban blockade
    restriction resolution vote veto presidency policy response retaliation
    reaction action intervention involvement interference meddling hacking hack
    relation talk negotiation dialogue summit visit meeting call test launch
    threat warning ultimatum attack strike airstrike raid bombing shelling invasion
    offensive incursion assault occupation annexation crackdown arrest investigation
    probe inquiry prosecution lawsuit suit complaint protest boycott aid assistance
    funding money loan grant donation contribution spending offer proposal pledge
    promise deal agreement withdrawal pullout concession apology
    cooperation effort campaign bid push move initiative growth output export
    economy budget deficit debt
    """
    )
)
#: Of those, the figures an adjective of origin only describes ("Mexican exports").
ECONOMIC_NOUNS: Final[frozenset[str]] = frozenset(
    {"growth", "output", "export", "economy", "budget", "deficit", "debt", "spending"}
)
#: The lower-case adjectives of race and orientation that set such a group apart.
SOCIAL_ADJECTIVES: Final[frozenset[str]] = frozenset(
    {"black", "white", "brown", "gay", "lesbian", "lgbt", "lgbtq", "transgender", "minority"}
)
#: Words with a person suffix that name things.
NOT_PERSON_NOUNS: Final[tuple[str, ...]] = _words(
    """
    matter order number water paper center centre quarter border power computer corner
    chapter letter register cluster shelter theater theatre sector factor error motor
    vector floor door color colour labor labour favor favour honor honour mirror terror
    corridor tower layer filter poster banner trailer meter barrier charter career
    weather winter summer october november december september percent event
    headquarters identity degree decree fee coffee guarantee jubilee
    """
)

#: Role nouns news uses interchangeably for one person ("the Republican
#: nominee", "the GOP candidate"): word -> the role it is matched as.
ROLE_SYNONYMS: Final[dict[str, str]] = {
    "nominee": "candidate",
    "contender": "candidate",
    "hopeful": "candidate",
    "standard-bearer": "candidate",
    "spokeswoman": "spokesperson",
    "spokesman": "spokesperson",
    "chairwoman": "chairman",
    "chair": "chairman",
    "advisor": "adviser",
}

#: Attacks a place is the target of, not where they happen ("the offensive in Ukraine").
ASSAULT_NOUNS: Final[frozenset[str]] = frozenset(
    {"offensive", "attack", "invasion", "incursion", "strike", "airstrike", "bombing", "shelling"}
)
