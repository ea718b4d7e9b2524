"""The words capture reads: what is counted, what happened to it, harm, damage and response.

Entries are dictionary forms (matched through the analyser's lemmas in any grammatical form)
or stems ending in '*' (for words the dictionaries do not know: "шахедів", "БпЛА").
"""

from __future__ import annotations

from incident_logger.services.capture.words import Lexicon

# What is counted, most specific first (a cruise missile is also a missile).
SUBJECTS: tuple[tuple[str, Lexicon], ...] = (
    ("glide bombs", Lexicon(["каб*", "уаб*", "авиабомба", "авіабомба", "бомба", "glide", "bomb*"])),
    ("cruise missiles", Lexicon(["крылатый", "крилатий", "cruise"])),
    ("ballistic missiles", Lexicon(["баллистический", "балістичний", "ballistic"])),
    ("missiles", Lexicon(["ракета", "missil*", "rocket*"])),
    (
        "drones",
        Lexicon(
            [
                "беспилотник",
                "беспилотный",
                "бпла",
                "бла",
                "дрон",
                "безпілотник",
                "безпілотний",
                "шахед*",
                "shahed*",
                "drone*",
                "uav*",
                "бпла*",
                "бпла-*",
                "герань*",
                "geran*",
            ]
        ),
    ),
    ("targets", Lexicon(["цель", "ціль", "target*"])),
)
# Words that may stand between a number and what it counts ("18 украинских беспилотников").
COUNT_FILLERS = Lexicon(
    [
        "украинский",
        "український",
        "ворожий",
        "вражеский",
        "ударный",
        "ударний",
        "российский",
        "російський",
        "attack",
        "ukrainian",
        "russian",
        "enemy",
        "hostile",
        "самолетный",
        "літаковий",
        "тип",
        "типа",
        "летательный",
        "управляемый",
        "керований",
        "авиационный",
        "more",
    ]
)

# What happened to them. Order matters: "перехвачены и уничтожены" reads as destroyed.
OUTCOMES: tuple[tuple[str, Lexicon], ...] = (
    (
        "destroyed",
        Lexicon(
            [
                "уничтожить",
                "уничтожен*",
                "знищити",
                "знищено",
                "знищен*",
                "знешкодити",
                "знешкоджено",
                "destroy*",
                "neutralis*",
                "neutraliz*",
            ]
        ),
    ),
    (
        "shot down",
        Lexicon(
            [
                "сбить",
                "сбит*",
                "збити",
                "збито",
                "збил*",
                "shot",
                "shoot*",
                "down",
                "downed",
                "подавить",
                "подавлено",
            ]
        ),
    ),
    (
        "intercepted",
        Lexicon(["перехватить", "перехвачен*", "перехопити", "перехоплено", "intercept*"]),
    ),
    (
        "launched",
        Lexicon(
            [
                "атаковать",
                "атакувати",
                "атакував",
                "атакувала",
                "запустить",
                "запустити",
                "випустити",
                "выпустить",
                "launch*",
                "attacked",
                "fired",
            ]
        ),
    ),
)
SUPPRESSED = Lexicon(
    [
        "подавить",
        "подавлено",
        "подавлен*",
        "suppress*",
        "радиоэлектронный",
        "electronic",
        "рэб",
        "реб",
    ]
)
# "збито 38 з 45", "41 of 55"
OUT_OF = Lexicon(["из", "з", "із", "of"])
# Words of a count line naming no region: "остальные 66 над другими регионами"
REMAINDER = Lexicon(
    [
        "остальной",
        "оставшийся",
        "другой",
        "иной",
        "решта",
        "інший",
        "rest",
        "remain*",
        "other",
        "акватория",
        "акваторія",
        "море",
        "sea",
    ]
)
LIST_START = Lexicon(["из", "них", "including", "of", "them", "зокрема", "в", "том", "числе"])

# Incident triggers, strongest first: the first that a sentence holds names the category.
DEBRIS = Lexicon(["обломок", "обломки", "уламок", "уламки", "debris", "fragment*", "wreckage"])
SHELLING = Lexicon(
    [
        "обстрел",
        "обстрелять",
        "обстріл",
        "обстріляти",
        "shelling",
        "shell*",
        "артиллерия",
        "артилерія",
        "artillery",
        "миномёт",
        "міномет",
    ]
)
STRIKE = Lexicon(
    [
        "удар",
        "попадание",
        "прилёт",
        "прилет",
        "влучання",
        "влучити",
        "влучила",
        "поцілити",
        "hit",
        "struck",
        "strike",
        "скинуть",
        "скинути",
        "сбросить",
        "dropped",
        "drop",
        "ударить",
        "вдарити",
    ]
)
EXPLOSION = Lexicon(["взрыв", "вибух", "explosion*", "blast*", "прогреметь", "пролунати"])
FIRE = Lexicon(
    [
        "пожар",
        "возгорание",
        "загореться",
        "пожежа",
        "загоряння",
        "загорітися",
        "горіти",
        "гореть",
        "fire",
        "fires",
        "blaze",
        "burn*",
        "caught",
        "ablaze",
        "загорання",
    ]
)
ATTACK = Lexicon(["атака", "атаковать", "атакувати", "атакував", "attack*", "атакований"])

# Words that say something was damaged; objects named near them (or near a trigger above)
# are damage notes, objects named elsewhere ("help the car owners") are not.
HARM = Lexicon(
    [
        "повредить",
        "повреждение",
        "повреждён",
        "поврежден*",
        "пошкодити",
        "пошкоджено",
        "пошкоджен*",
        "пошкодження",
        "damag*",
        "shatter*",
        "разрушить",
        "разрушен*",
        "зруйнувати",
        "зруйновано",
        "зруйнован*",
        "destroy*",
        "выбить",
        "вибито",
        "упасть",
        "впасти",
        "fell",
        "fall*",
        "уничтожить",
        "знищено",
    ]
)
NO_DAMAGE = Lexicon(["разрушение", "руйнування", "damage"])

# Objects that get damaged, by the domain's kinds. Checked in this order: "многоквартирный
# дом" is an apartment building before "дом" is a home.
APARTMENT_MARKS = Lexicon(
    [
        "многоквартирный",
        "многоэтажный",
        "пятиэтажный",
        "девятиэтажный",
        "многоэтажка",
        "пятиэтажка",
        "багатоквартирний",
        "багатоповерховий",
        "багатоповерхівка",
        "висотка",
        "apartment",
        "residential",
    ]
)
OBJECTS: tuple[tuple[str, Lexicon], ...] = (
    (
        "apartment building",
        Lexicon(["многоэтажка", "пятиэтажка", "багатоповерхівка", "висотка", "apartment*"]),
    ),
    (
        "vehicle",
        Lexicon(
            [
                "автомобиль",
                "машина",
                "авто",
                "автівка",
                "автомобіль",
                "автобус",
                "грузовик",
                "вантажівка",
                "легковушка",
                "car",
                "cars",
                "vehicl*",
                "bus",
                "truck*",
                "маршрутка",
            ]
        ),
    ),
    (
        "home",
        Lexicon(
            [
                "дом",
                "домовладение",
                "будинок",
                "домоволодіння",
                "house*",
                "home*",
                "коттедж",
                "дача",
                "хата",
            ]
        ),
    ),
    (
        "utility",
        Lexicon(
            [
                "лэп",
                "леп",
                "электропередача",
                "електропередача",
                "подстанция",
                "підстанція",
                "газопровод",
                "газогін",
                "газопровід",
                "водопровод",
                "водогін",
                "котельная",
                "котельня",
                "насосный",
                "насосна",
                "substation*",
                "pipelin*",
                "power",
                "pump*",
                "boiler",
                "линия",
                "лінія",
            ]
        ),
    ),
    (
        "industrial",
        Lexicon(
            [
                "предприятие",
                "завод",
                "промзона",
                "нпз",
                "нефтебаза",
                "підприємство",
                "нафтобаза",
                "промисловий",
                "промышленный",
                "industri*",
                "plant",
                "factory",
                "refinery",
                "depot",
                "фабрика",
            ]
        ),
    ),
    (
        "infrastructure",
        Lexicon(
            [
                "инфраструктура",
                "інфраструктура",
                "infrastructur*",
                "порт",
                "port",
                "мост",
                "міст",
                "bridge",
                "железнодорожный",
                "залізничний",
                "railway",
            ]
        ),
    ),
    (
        "commercial",
        Lexicon(
            [
                "склад",
                "складской",
                "складський",
                "магазин",
                "warehous*",
                "shop*",
                "store",
                "торговый",
                "торговельний",
                "супермаркет",
            ]
        ),
    ),
    (
        "public building",
        Lexicon(
            [
                "школа",
                "больница",
                "поликлиника",
                "детсад",
                "адмінбудівл*",
                "лікарня",
                "school*",
                "hospital*",
                "kindergarten*",
                "садок",
            ]
        ),
    ),
    (
        "other",
        Lexicon(
            [
                "гараж",
                "постройка",
                "хозпостройка",
                "сарай",
                "garage*",
                "shed*",
                "забор",
                "паркан",
                "fence",
            ]
        ),
    ),
)
# Words naming an object only together with a neighbour ("линия" + "электропередачи",
# "power" + "line"): the object is read only when the neighbour is there.
# "building" / "здание" name a kind only after a word like "residential" (checked in code).
BUILDING_WORDS = ("building", "buildings", "здание", "будівля")
NEEDS_NEIGHBOUR = {
    "линия": ("электропередача",),
    "лінія": ("електропередача",),
    "power": ("line", "lines", "station", "plant"),
    "pump": ("station",),
    "насосный": ("станция",),
    "насосна": ("станція",),
    "depot": (),
    "port": ("infrastructur", "facil", "infrastructure"),
}

# People hurt or killed. A count sits next to these words; "нет" / "no one" makes it 0.
INJURED = Lexicon(
    [
        "пострадать",
        "пострадавший",
        "ранить",
        "ранен*",
        "ранение",
        "раненый",
        "травмировать",
        "травмирован*",
        "постраждати",
        "постраждалий",
        "поранити",
        "поранен*",
        "травмувати",
        "травмован*",
        "injur*",
        "wound*",
        "hurt",
        "госпитализировать",
        "госпіталізувати",
        "hospitali*",
    ]
)
KILLED = Lexicon(
    [
        "погибнуть",
        "погибший",
        "убить",
        "убит*",
        "загинути",
        "загиблий",
        "вбити",
        "вбито",
        "kill*",
        "dead",
        "die",
        "died",
        "death*",
        "fatalit*",
        "жертва",
    ]
)
CASUALTIES_BOTH = Lexicon(["casualti*", "жертва", "жертв"])
NEGATIONS = Lexicon(
    [
        "нет",
        "немає",
        "нема",
        "no",
        "none",
        "nobody",
        "никто",
        "ніхто",
        "без",
        "not",
        "не",
        "обошлось",
        "обійшлося",
    ]
)
# "большая часть", "most of them": the sentence splits its total without saying how
PARTITIVE = Lexicon(["часть", "частина", "більшість", "большинство", "most", "majority", "part"])
PENDING = Lexicon(
    [
        "уточняться",
        "уточнюватися",
        "уточнюється",
        "уточняется",
        "clarif*",
        "being",
        "unknown",
        "невідомо",
        "неизвестно",
        "выясняется",
    ]
)
PEOPLE = Lexicon(
    [
        "человек",
        "людина",
        "люди",
        "person",
        "people",
        "persons",
        "мужчина",
        "женщина",
        "житель",
        "жительница",
        "ребёнок",
        "ребенок",
        "водитель",
        "чоловік",
        "жінка",
        "мешканець",
        "мешканка",
        "дитина",
        "водій",
        "man",
        "woman",
        "men",
        "women",
        "child",
        "driver",
        "resident",
        "civilian",
        "пенсионер",
        "пенсіонер",
        "мирный",
        "цивільний",
        "пассажир",
        "пасажир",
    ]
)
PLURAL_PEOPLE = Lexicon(["люди", "people", "men", "women", "persons"])

# The response, quoted from the statement.
RESPONSE = Lexicon(
    [
        "экстренный",
        "оперативный",
        "служба",
        "служби",
        "emergency",
        "firefighter*",
        "rescuer*",
        "спасатель",
        "рятувальник",
        "помощь",
        "допомога",
        "help",
        "aid",
        "эвакуировать",
        "евакуювати",
        "evacuat*",
        "компенсация",
        "компенсація",
        "compensat*",
        "восстановить",
        "відновити",
    ]
)

EXTINGUISHED = Lexicon(
    [
        "потушить",
        "потушен*",
        "ликвидировать",
        "ликвидирован*",
        "ліквідувати",
        "ліквідовано",
        "загасити",
        "загасили",
        "погасити",
        "погасили",
        "extinguish*",
        "локализовать",
        "локалізувати",
    ]
)

# The means of an incident (domain.enums.Means), most specific first: a drone's debris is a
# drone's, a guided bomb is dropped by an aircraft.
_SUBJECTS = dict(SUBJECTS)
MEANS: tuple[tuple[str, Lexicon], ...] = (
    ("sabotage", Lexicon(["диверсия", "диверсант", "диверсія", "sabotage*", "saboteur*"])),
    ("drone", _SUBJECTS["drones"]),
    (
        "missile",
        Lexicon(
            [
                "ракета",
                "ракетный",
                "ракетний",
                "крылатый",
                "крилатий",
                "баллистический",
                "балістичний",
                "искандер*",
                "іскандер*",
                "missil*",
                "rocket*",
            ]
        ),
    ),
    (
        "aircraft",
        Lexicon(
            [
                "авиаудар",
                "авіаудар",
                "авиабомба",
                "авіабомба",
                "каб*",
                "уаб*",
                "самолёт",
                "самолет",
                "літак",
                "aircraft",
                "airstrike*",
                "glide",
                "bomb*",
            ]
        ),
    ),
    (
        "artillery",
        Lexicon(
            [
                "артиллерия",
                "артиллерийский",
                "артобстрел",
                "артилерія",
                "артилерійський",
                "артобстріл",
                "снаряд",
                "миномёт",
                "минометный",
                "міномет",
                "рсзо",
                "artillery",
                "shell*",
                "mortar*",
            ]
        ),
    ),
)
