"""Which news agency a text attributes itself to.

Pure: a string in, an agency slug out. A wire story reprinted by forty sites is one
origin, so the story module needs to know when an item says "this came from Reuters":
a dateline (``MOSCOW, July 1 (Reuters) -``, ``/ТАСС/``, ``(서울=연합뉴스)``), a
trailer (``… - Reuters`` on a title, ``— AFP``), a byline (``By Reuters``, ``© AFP``)
or a reporting phrase (``Reuters reported``, ``according to AP``, ``a informé l'AFP``,
``según EFE``, ``по данным Интерфакса``, ``据新华社``). A bare mention is not
attribution: ``sanctions on TASS`` names the agency but does not cite it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True)
class Agency:
    slug: str
    name: str  # as shown to an analyst: "Reuters", "AP"
    pattern: str  # regex alternatives for how texts write its name (case-sensitive)
    # Plain prefixes, one of which starts every form of the name: only text around
    # them is searched, and patterns fail fast where no name can start.
    literals: tuple[str, ...] = ()


# Names are matched case-sensitively: acronyms only in capitals ("AP", not "ap"),
# names with their usual capitalisation. Longer forms come first.
AGENCIES: tuple[Agency, ...] = (
    Agency(
        "reuters",
        "Reuters",
        r"Reuters|REUTERS|Рейтер[сау]?|路透社?|ロイター(?:通信)?|로이터",
        literals=("Reuters", "REUTERS", "Рейтер", "路透", "ロイター", "로이터"),
    ),
    Agency(
        "ap",
        "AP",
        r"Associated\s+Press|Ассошиэйтед\s+Пресс|AP(?![\w-])|美联社|美聯社|AP通信",
        literals=("Associated", "Ассошиэйтед", "AP", "美联社", "美聯社"),
    ),
    Agency(
        "afp",
        "AFP",
        r"Agence\s+France[-\s]Presse|Франс[-\s]Пресс|AFP(?![\w-])|法新社|AFP通信",
        literals=("Agence", "Франс", "AFP", "法新社"),
    ),
    Agency(
        "interfax",
        "Interfax",
        r"Interfax(?:-Ukraine)?|Интерфакс(?:а|у|ом|е)?|Інтерфакс(?:-Україна)?",
        literals=("Interfax", "Интерфакс", "Інтерфакс"),
    ),
    Agency(
        "tass",
        "TASS",
        r"TASS|Tass|ТАСС|塔斯社|タス通信",
        literals=("TASS", "Tass", "ТАСС", "塔斯社", "タス通信"),
    ),
    Agency(
        "xinhua",
        "Xinhua",
        r"Xinhua|XINHUA|Синьхуа|新华社|新華社|新华网|新華網",
        literals=("Xinhua", "XINHUA", "Синьхуа", "新华", "新華"),
    ),
    Agency(
        "ria",
        "RIA Novosti",
        r"RIA\s+Novosti|РИА\s+Новости|RIA(?![\w-])|РИА(?!\w)",
        literals=("RIA", "РИА"),
    ),
    Agency("efe", "EFE", r"EFE(?!\w)", literals=("EFE",)),
    Agency(
        "dpa",
        "dpa",
        r"dpa(?![\w-])|DPA(?![\w-])|Deutsche\s+Presse-Agentur",
        literals=("dpa", "DPA", "Deutsche"),
    ),
    Agency("ansa", "ANSA", r"ANSA(?!\w)|Ansa(?!\w)", literals=("ANSA", "Ansa")),
    Agency("kyodo", "Kyodo", r"Kyodo|KYODO|共同通信|共同社", literals=("Kyodo", "KYODO", "共同")),
    Agency("jiji", "Jiji", r"Jiji(?:\s+Press)?|時事通信", literals=("Jiji", "時事")),
    Agency(
        "yonhap",
        "Yonhap",
        r"Yonhap|YONHAP|연합뉴스|韩联社|韓聯社|聯合ニュース",
        literals=("Yonhap", "YONHAP", "연합뉴스", "韩联社", "韓聯社", "聯合ニュース"),
    ),
    Agency("pap", "PAP", r"PAP(?!\w)|Polska\s+Agencja\s+Prasowa", literals=("PAP", "Polska")),
    Agency(
        "ukrinform",
        "Ukrinform",
        r"Ukrinform|Укрінформ[уі]?|Укринформ[уе]?",
        literals=("Ukrinform", "Укрінформ", "Укринформ"),
    ),
    Agency("unian", "UNIAN", r"UNIAN|УНІАН|УНИАН", literals=("UNIAN", "УНІАН", "УНИАН")),
    Agency(
        "anadolu",
        "Anadolu",
        r"Anadolu(?:\s+Agency|\s+Ajansı)?|Анадолу",
        literals=("Anadolu", "Анадолу"),
    ),
    Agency("bernama", "Bernama", r"Bernama|BERNAMA", literals=("Bernama", "BERNAMA")),
    Agency("upi", "UPI", r"United\s+Press\s+International|UPI(?!\w)", literals=("United", "UPI")),
    Agency("pti", "PTI", r"Press\s+Trust\s+of\s+India|PTI(?!\w)", literals=("Press", "PTI")),
    Agency("ani", "ANI", r"ANI(?!\w)", literals=("ANI",)),
    Agency("cna", "CNA", r"Central\s+News\s+Agency|中央社", literals=("Central", "中央社")),
    Agency(
        "kcna",
        "KCNA",
        r"KCNA|Korean\s+Central\s+News\s+Agency|ЦТАК|朝中社",
        literals=("KCNA", "Korean", "ЦТАК", "朝中社"),
    ),
    Agency("irna", "IRNA", r"IRNA(?!\w)", literals=("IRNA",)),
    Agency("belta", "BelTA", r"BelTA|БелТА", literals=("BelTA", "БелТА")),
    Agency("sputnik", "Sputnik", r"Sputnik", literals=("Sputnik",)),
)

_NAME = "|".join(f"(?:{a.pattern})" for a in AGENCIES)
_LITERALS = tuple(sorted({lit for a in AGENCIES for lit in a.literals}))
# The characters a name or a cue phrase can start with: a pattern led by a name or
# a cue first checks this one character, which rejects most positions at once.
_NAME_START = "[" + "".join(sorted({re.escape(lit[0]) for lit in _LITERALS})) + "]"
# Every cue phrase of _VERB_BEFORE starts with one of these (both cases).
_CUE_START = r"[ABCDEFHILMNOPQRSTVWZabcdefhilmnopqrstvwzВДЗИНПРСУЦвдзинпрсуц©(]"
_N = f"(?P<agency>{_NAME})"
_DASH = r"[-–—]"
# Optional words between a cue and the name: articles, "news agency", "agency".
_EN_ART = r"(?:the\s+|a\s+|an\s+)?(?:(?:state|news|wire|state\s+news)\s+agency\s+)?"
_FR_ART = r"(?:(?:à\s+)?l['’]\s*|la\s+|le\s+|à\s+la\s+|au\s+)?(?:agence\s+(?:de\s+presse\s+)?)?"
_ES_ART = r"(?:a\s+la\s+|la\s+|el\s+|al\s+|a\s+)?(?:agencia\s+(?:de\s+noticias\s+)?)?"
_PT_ART = r"(?:à\s+|ao\s+|a\s+|o\s+)?(?:agência\s+(?:de\s+notícias\s+)?)?"
_DE_ART = r"(?:der\s+|die\s+|dem\s+|das\s+)?(?:Nachrichtenagentur\s+|Agentur\s+)?"
_IT_ART = r"(?:all['’]\s*|l['’]\s*|la\s+|alla\s+)?(?:agenzia\s+)?"
_RU_ART = r"(?:агентств[оауе]\s+|агентству\s+|информагентств[оау]\s+)?"
_UK_ART = r"(?:агентств[оау]\s+|агентству\s+)?"

_VERB_BEFORE = "|".join(
    (
        # English: "according to Reuters", "told AP", "reports Reuters", "citing TASS"
        rf"(?:according\s+to|told|tells|telling|informed|citing|cited\s+by|quoted\s+by|"
        rf"reported\s+by|reports|reported|writes|wrote|via|courtesy\s+of|copyright|©|\(c\))"
        rf"\s+{_EN_ART}",
        rf"(?:report|reporting|investigation|interview|analysis|calculations)\s+"
        rf"(?:by|with|from)\s+{_EN_ART}",
        # French
        rf"(?:selon|d['’]\s*après|rapporte|rapporté|indique|a\s+indiqué|annonce|précise|"
        rf"a\s+informé|ont\s+informé|a\s+déclaré|ont\s+déclaré|a\s+confié|a\s+affirmé|"
        rf"a\s+appris|a\s+précisé|a\s+expliqué|a\s+assuré|auprès\s+de|a\s+constaté|"
        rf"a\s+rapporté|citée?s?\s+par|cité\s+par|rapporté\s+par)\s+{_FR_ART}",
        # Spanish
        rf"(?:según|informó|informa|reportó|publicó|dijo|declaró|indicó|explicó|"
        rf"confirmó|citad[oa]s?\s+por|de\s+acuerdo\s+con)\s+{_ES_ART}",
        # Portuguese
        rf"(?:segundo|informou|noticiou|publicou|disse|afirmou|declarou|"
        rf"de\s+acordo\s+com|citad[oa]s?\s+pela?)\s+{_PT_ART}",
        # German
        rf"(?:laut|berichtet|berichtete|meldet|meldete|sagte|teilte|erfuhr|"
        rf"nach\s+Angaben|nach\s+Informationen|zitiert\s+von|wie)\s+{_DE_ART}",
        # Italian
        rf"(?:secondo|riferisce|riporta|riportato\s+da|ha\s+detto|ha\s+riferito|"
        rf"ha\s+dichiarato|ha\s+spiegato|fa\s+sapere)\s+{_IT_ART}",
        # Polish
        r"(?:podaje|podała|podał|według|informuje|poinformowała|poinformował|przekazał[a]?|"
        r"powiedział[a]?|dowiedziała\s+się)\s+(?:agencja\s+|agencji\s+)?",
        # Russian
        rf"(?:по\s+данным|по\s+сообщению|по\s+информации|со\s+ссылкой\s+на|сообщает|"
        rf"сообщил[аио]?|передает|передаёт|передал[аио]?|пишет|написал[аио]?|"
        rf"рассказал[аио]?|заявил[аио]?|сказал[аио]?|пояснил[аио]?|уточнил[аио]?|"
        rf"сообщили|рассказали|заявили|информирует|источник|источники|собеседник|"
        rf"в\s+интервью|в\s+беседе\s+с|цитирует)\s+{_RU_ART}",
        # Ukrainian
        rf"(?:повідомляє|передає|пише|за\s+даними|за\s+інформацією|розповів|розповіла|"
        rf"заявив|заявила|сказав|сказала|повідомив|повідомила|повідомили|"
        rf"з\s+посиланням\s+на|джерело|в\s+інтерв['’]ю)\s+{_UK_ART}",
    )
)
_VERB_AFTER = "|".join(
    (
        # "Reuters reported", "the Kyodo news agency reported", "AP has learned",
        # "Reuters could not immediately verify", "a Reuters witness said"
        r"(?:\s+(?:news\s+|wire\s+)?agency)?\s+(?:reported|reports|said|says|wrote|writes|"
        r"quoted|cited|learned|has\s+learned|reviewed|has\s+reviewed|obtained|has\s+obtained|"
        r"has\s+seen|saw|witnessed|calculations)\b",
        r"\s+(?:reporter|reporters|correspondent|correspondents|witness|witnesses)\s+"
        r"(?:saw|said|says|reported|counted|observed|heard|found|at\s+the\s+scene)\b",
        r"\s+(?:could\s+not|couldn['’]t|cannot|can['’]t|was\s+not|were\s+not|wasn['’]t|"
        r"has\s+not|have\s+not|hasn['’]t|did\s+not|was\s+unable|is\s+unable|were\s+unable)"
        r"\s+(?:\w+\s+){0,3}?(?:verify|verified|confirm|confirmed)\b",
        # French, Spanish, Portuguese, German, Italian
        r"\s+(?:rapporte|indique|a\s+appris|annonce|informó|reportó|informou|noticiou|"
        r"berichtet|berichtete|meldet|meldete|erfuhr|riferisce|riporta)\b",
        # Russian, Ukrainian: "ТАСС сообщает", "Укрінформ повідомляє"
        r"\s+(?:сообщает|сообщил[аио]?|передает|передаёт|пишет|повідомляє|передає|пише)\b",
        # Korean: 연합뉴스에 따르면
        r"\s*(?:통신)?\s*에\s*따르면",
    )
)
# Scripts without spaces: the cue follows the name directly (新华社报道, 新华社北京7月1日电,
# 路透社记者, ロイター通信によると).
_CJK_AFTER = (
    r"(?:报道|報道|消息|记者|記者|称|稱|援引|讯|訊|によると|が伝えた|は伝えた|"
    r"[^\s。，,、]{1,16}电)"
)
_ATTRIBUTIONS = (
    # "MOSCOW, July 1 (Reuters) -", "Quito, 24 Set 2018 (AFP) -", "(EFE).-"
    rf"\(\s*{_N}\s*\)\s*[.,:]?\s*(?:{_DASH}|:|$)",
    # a dateline at the very start: "WASHINGTON (AP) The ..."
    rf"^[^\n()]{{0,80}}\(\s*{_N}\s*\)\s+(?=[A-ZÀ-ÞА-ЯЁІЇЄ\"“«])",
    # "МОСКВА, 1 июля. /ТАСС/.", "ПЕКИН, 1 июля /Синьхуа/"
    rf"(?=/)(?<![^\s.,])/\s*{_N}\s*/(?!\w)",
    # "(서울=연합뉴스)", "【北京共同】", "（共同）"
    rf"[(（][^()（）=\n]{{1,20}}=\s*{_N}\s*[)）]",
    r"[【（(][^【】()（）\n]{0,10}(?P<agency>共同|時事)[】）)]",
    # "— AFP" / " - Reuters" / " | Reuters" at the end of a line (a title's trailer)
    rf"(?:^|\s){_DASH}+\s*{_N}(?:\s+News)?\s*\.?\s*$",
    rf"\s\|\s*{_N}(?:\s+News)?\s*\.?\s*$",
    # "МОСКВА, 1 июл — РИА Новости." "BERLIN — dpa:" a dash-dateline inside the text
    rf"{_DASH}\s*{_N}\s*[.:]",
    # "Xinhua | ...", "AFP: ..." at the start of a line; "By Reuters" byline
    rf"^\s*{_N}\s*[|:]",
    # a line that is only the agency's name (a source or credit line)
    rf"^\s*(?:©\s*)?{_N}\s*\.?\s*$",
    rf"^\s*(?:By|BY|Par|Von|Por|Di)\s+{_N}\b",
    # 据新华社 ("according to Xinhua")
    rf"据\s*{_N}",
    # cue words before the name: "according to Reuters", "a informé l'AFP"
    rf"(?={_CUE_START})(?<!\w)(?i:{_VERB_BEFORE}){_N}",
    # cue words after the name: "Reuters reported", "ТАСС сообщает", "新华社报道"
    rf"(?={_NAME_START})(?<!\w){_N}(?:{_VERB_AFTER})",
    rf"(?={_NAME_START}){_N}{_CJK_AFTER}",
)
_PARTS = tuple(re.compile(p, re.MULTILINE) for p in _ATTRIBUTIONS)
_BY_SLUG = {a.slug: a for a in AGENCIES}
_SLUG_OF = tuple((re.compile(f"(?:{a.pattern})$"), a.slug) for a in AGENCIES)
# Short forms only read as an agency inside a dateline bracket: 【北京共同】.
_BRACKET_NAMES = {"共同": "kyodo", "時事": "jiji"}


def _slug(name: str) -> str | None:
    if name in _BRACKET_NAMES:
        return _BRACKET_NAMES[name]
    for pattern, slug in _SLUG_OF:
        if pattern.match(name):
            return slug
    return None


# Attribution sits in datelines, trailers and the first paragraphs; past this many
# characters a text is not read (a bound on the cost of hostile input).
MAX_SCAN_CHARS = 20_000
_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r" ?\n\s*")


# Every pattern reads at most this far before and after the agency's name (a
# dateline's place, a cue phrase), so only windows this wide around names are searched.
_REACH = 100
_SENTINEL = "\x00"  # stands for the text cut off at a window's edge: not a line end


def _literal_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for lit in _LITERALS:
        automaton.add_word(lit, len(lit))
    automaton.make_automaton()
    return automaton


_LITERAL_FINDER = _literal_automaton()


def _windows(text: str) -> list[tuple[int, int]]:
    """Disjoint ``(start, end)`` spans of ``text`` within :data:`_REACH` of where an
    agency's name may start (one pass of an Aho-Corasick automaton), in order."""
    spans: list[tuple[int, int]] = []
    for last, length in _LITERAL_FINDER.iter(text):
        i = last - length + 1
        start, end = max(0, i - _REACH), min(len(text), i + _REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def wire_origin(text: str) -> str | None:
    """The agency ``text`` attributes itself to, as a slug (``"reuters"``, ``"ap"``,
    ``"tass"``, ``"xinhua"`` …; see :data:`AGENCIES`), or None when it cites none.
    Several lines are fine: a title on its own line is checked for a trailer
    (``… - Reuters``) like any other line. The earliest attribution wins: a dateline
    beats an agency quoted further on. Only the first :data:`MAX_SCAN_CHARS`
    characters are read."""
    if not text:
        return None
    # Runs of blanks become one space and one newline, so no pattern ever
    # backtracks over a long run of whitespace.
    text = _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text))[:MAX_SCAN_CHARS]
    for start, end in _windows(text):
        # A window cut mid-line gets a sentinel at that edge, so "^" and "$" only
        # match at real line starts and ends.
        head = "" if start == 0 or text[start - 1] == "\n" else _SENTINEL
        tail = "" if end == len(text) or text[end] == "\n" else _SENTINEL
        window = head + text[start:end] + tail
        best: tuple[int, str] | None = None
        for pattern in _PARTS:
            for m in pattern.finditer(window):
                slug = _slug(m.group("agency"))
                if slug is not None:
                    if best is None or m.start("agency") < best[0]:
                        best = (m.start("agency"), slug)
                    break
        if best:
            return best[1]
    return None


def agency_name(slug: str) -> str:
    """``"reuters"`` → ``"Reuters"``; an unknown slug is returned as given."""
    agency = _BY_SLUG.get(slug)
    return agency.name if agency else slug


# What may stand before a dateline's agency marker: nothing, a place and date with a
# comma ("MOSCOW, July 1"), or a place in capitals ("WASHINGTON").
_PLACE = r"(?:[^\n()/,]{0,40},[^\n()/]{0,40}?|[A-ZÀ-ÞА-ЯЁІЇЄ][A-ZÀ-ÞА-ЯЁІЇЄ .'-]{1,40}?)?"
_DATELINE = re.compile(
    rf"^\s*+{_PLACE}(?:\(\s*(?:{_NAME})\s*\)|/\s*(?:{_NAME})\s*/|"
    rf"[(（][^()（）=\n]{{1,20}}=\s*(?:{_NAME})\s*[)）]|{_DASH}\s*(?:{_NAME})(?=\s*[.:])|"
    rf"(?:{_NAME})[^\s。，,、()]{{0,16}}电|【[^【】\n]{{1,12}}】)"
    rf"\s*+[.,:]?\s*+{_DASH}*+\s*+(?=\S)"
)


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire dateline: ``MOSCOW, July 1 (Reuters) - The``
    → ``The``; ``МОСКВА, 1 июля. /ТАСС/. Текст`` → ``Текст``. Copies of one wire
    story often differ only there."""
    return _DATELINE.sub("", text, count=1)
