"""The default watch pack (indicators/packs/seed.yaml): its structure, its timeline,
its feeds, and its queries on hand-written examples and on the labelled dev set.

Tests that read ../shared (the watchlist, the seed documents, the labelled eval data)
skip with a reason when it is not beside the repository.
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PACK_PATH = ROOT / "indicators" / "packs" / "seed.yaml"
SHARED = ROOT.parent / "shared"
WATCHLIST = SHARED / "WATCHLIST.md"
SEEDS = SHARED / "seeds"
DEV_SET = SHARED / "eval" / "matching_dev.jsonl"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared (watchlist, seeds, eval data) is not beside this clone"
)

INDICATOR_IDS = {
    "official-acknowledgement",
    "sanctions-export-controls",
    "nato-cbrn-posture",
    "cbrn-cooperation-expansion",
    "beijing-response",
    "moscow-response",
    "further-disclosures",
    "joint-cbrn-exercises",
    "training-relocation",
    "chemical-weapons-ukraine",
    "chinese-espionage-russia",
    "far-east-territorial",
    "arctic-china-presence",
    "arms-reverse-engineering",
}


@cache
def pack() -> dict[str, Any]:
    data = yaml.safe_load(PACK_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def texts() -> dict[str, str]:
    return {d["key"]: d["text"] for d in pack()["documents"]}


@cache
def matcher() -> Any:
    from indicators.engine import IndicatorRule, Matcher

    rules = [IndicatorRule(i["id"], i["query"]) for i in pack()["indicators"]]
    return Matcher(rules, pack()["aliases"])


def fired(title: str, summary: str = "") -> set[str]:
    return {r.indicator_id for r in matcher().match(title, summary)}


# --- structure ---------------------------------------------------------------------


def test_pack_parses_as_yaml_with_all_sections() -> None:
    data = pack()
    sections = ("pack", "version", "description", "aliases", "documents", "events", "indicators")
    for section in (*sections, "feeds"):
        assert section in data, section
    assert [d["key"] for d in data["documents"]] == ["000", "001", "002"]


def test_pack_passes_the_project_loader() -> None:
    if importlib.util.find_spec("indicators.pack") is None:
        pytest.skip("indicators.pack is not in this tree")
    from indicators.pack import parse_pack

    loaded = parse_pack(PACK_PATH.read_text(encoding="utf-8"), source=str(PACK_PATH))
    assert {i.id for i in loaded.indicators} == INDICATOR_IDS


def test_the_fourteen_indicator_ids() -> None:
    ids = [i["id"] for i in pack()["indicators"]]
    assert len(ids) == len(set(ids)) == 14
    assert set(ids) == INDICATOR_IDS


@needs_shared
def test_indicator_ids_are_the_watchlists() -> None:
    listed = set(re.findall(r"^\| `([a-z0-9-]+)` \|", WATCHLIST.read_text(encoding="utf-8"), re.M))
    assert {i["id"] for i in pack()["indicators"]} == listed


def test_indicators_are_complete() -> None:
    keys = set(texts())
    for ind in pack()["indicators"]:
        assert ind["title"] and ind["description"] and ind["query"], ind["id"]
        assert ind["enabled"] is True and ind["min_origins"] == 2, ind["id"]
        assert ind["documents"] and set(ind["documents"]) <= keys, ind["id"]
        assert any(ind["evidence"] in texts()[k] for k in ind["documents"]), ind["id"]


@needs_shared
def test_document_texts_are_the_seed_files_verbatim() -> None:
    for doc in pack()["documents"]:
        original = (SEEDS / doc["file"]).read_text(encoding="utf-8")
        assert doc["text"] == original, doc["key"]
        assert doc["published_assumed"] is True and doc["published_note"]


def test_documents_published_dates() -> None:
    published = {d["key"]: d["published"] for d in pack()["documents"]}
    assert published == {"000": date(2026, 7, 2), "001": date(2026, 7, 1), "002": date(2025, 5, 20)}


# --- timeline ----------------------------------------------------------------------

PRECISIONS = {"minute", "day", "month", "season", "quarter", "half", "year", "decade", "range"}


def test_every_event_is_quoted_and_ordered() -> None:
    docs = texts()
    for n, ev in enumerate(pack()["events"]):
        where = f"events[{n}]"
        assert ev["evidence"] in docs[ev["document"]], where
        assert ev["surface"] in ev["evidence"], where
        assert ev["start"] <= ev["end"], where
        assert ev["precision"] in PRECISIONS, where
        assert ev["summary"], where
        if "start_time" in ev or "end_time" in ev:
            assert ev["start"] == ev["end"] and ev["start_time"] <= ev["end_time"], where
        assert set(ev.get("indicators", [])) <= INDICATOR_IDS, where


def _event(doc: str, surface: str, start: date, end: date) -> dict[str, Any]:
    found = [
        e
        for e in pack()["events"]
        if e["document"] == doc
        and e["surface"] == surface
        and (e["start"], e["end"]) == (start, end)
    ]
    assert found, f"no event {surface!r} {start}..{end} in document {doc}"
    return found[0]


@pytest.mark.parametrize(
    ("doc", "surface", "start", "end", "precision"),
    [
        ("001", "February 2022", date(2022, 2, 1), date(2022, 2, 28), "month"),
        ("001", "March 2023", date(2023, 3, 1), date(2023, 3, 31), "month"),
        ("001", "late 2025", date(2025, 9, 1), date(2025, 12, 31), "range"),
        ("000", "in 2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
        ("001", "On 1 July 2026", date(2026, 7, 1), date(2026, 7, 1), "day"),
        ("001", "since 2024", date(2024, 1, 1), date(2026, 7, 1), "range"),
        ("001", "earlier this year", date(2026, 1, 1), date(2026, 7, 1), "range"),
        ("002", "between late 2023 and early 2024", date(2023, 9, 1), date(2024, 4, 30), "range"),
        ("002", "2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
        ("002", "Earlier this month", date(2025, 5, 1), date(2025, 5, 20), "range"),
        ("002", "1979", date(1979, 1, 1), date(1979, 12, 31), "year"),
        ("002", "1990s-era", date(1990, 1, 1), date(1999, 12, 31), "decade"),
        ("002", "in 2005", date(2005, 1, 1), date(2005, 12, 31), "year"),
        ("002", "by 2012", date(2012, 1, 1), date(2012, 12, 31), "year"),
        ("002", "December 2019", date(2019, 12, 1), date(2019, 12, 31), "month"),
        ("002", "19th-century", date(1800, 1, 1), date(1899, 12, 31), "range"),
    ],
)
def test_key_events(doc: str, surface: str, start: date, end: date, precision: str) -> None:
    assert _event(doc, surface, start, end)["precision"] == precision


def test_surfacing_window_is_minute_precise() -> None:
    windows = [
        e
        for e in pack()["events"]
        if e.get("start_time") == "20:00" and e.get("end_time") == "20:50"
    ]
    assert len(windows) == 1
    ev = windows[0]
    assert ev["start"] == ev["end"] == date(2026, 7, 1)
    assert ev["precision"] == "minute"
    assert "20:00" in ev["surface"] and "20:50" in ev["surface"]


@needs_shared
def test_every_required_gold_event_is_in_the_pack() -> None:
    import json

    gold = json.loads((SHARED / "eval" / "ingest_dev.json").read_text(encoding="utf-8"))
    key_of = {"000": "000", "001": "001", "002": "002"}
    events = pack()["events"]
    for doc in gold["documents"]:
        key = key_of[doc["doc_id"][:3]]
        for g in doc["events"]:
            if g.get("optional"):
                continue
            evidences = {g["evidence"], *g.get("alt_evidence", [])}
            span = (date.fromisoformat(g["start"]), date.fromisoformat(g["end"]))
            assert any(
                e["document"] == key
                and e["evidence"] in evidences
                and (e["start"], e["end"]) == span
                for e in events
            ), f"{key}: {g['text']}"


# --- feeds -------------------------------------------------------------------------


def test_feeds() -> None:
    feeds = pack()["feeds"]
    assert len(feeds) >= 25
    urls = [f["url"] for f in feeds]
    assert len(urls) == len(set(urls))
    for f in feeds:
        assert re.fullmatch(r"https?://[^\s/$.?#][^\s]*", f["url"]), f["url"]
        assert f["name"] and f["why"] and f["language"], f["url"]
        assert re.fullmatch(r"\d+[mh]", f["interval"]), f["interval"]
        minutes = int(f["interval"][:-1]) * (60 if f["interval"].endswith("h") else 1)
        assert 15 <= minutes <= 360, f["url"]


# --- queries on hand-written examples ----------------------------------------------

# (indicator, title, summary): written for these tests, in several languages.
POSITIVE = [
    (
        "nato-cbrn-posture",
        "La OTAN refuerza su defensa química, biológica, radiológica y nuclear",
        "Los aliados acordaron aumentar las reservas de equipos de protección.",
    ),
    (
        "nato-cbrn-posture",
        "Bundeswehr beschafft neue ABC-Schutzausrüstung",
        "Die Truppe erhält Schutzanzüge und Dekontaminationssysteme.",
    ),
    (
        "joint-cbrn-exercises",
        "Russland und China üben gemeinsam ABC-Abwehr",
        "Bei dem Manöver trainierten Einheiten beider Armeen die Dekontamination.",
    ),
    (
        "beijing-response",
        "Peking weist Bericht über Ausbildung russischer Soldaten zurück",
        "Das chinesische Außenministerium nannte die Vorwürfe haltlos.",
    ),
    (
        "nato-cbrn-posture",
        "Польша создаёт новые подразделения РХБ защиты на границе с Белоруссией",
        "Польская армия усиливает защиту от оружия массового поражения.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай расширят сотрудничество в области ядерных технологий двойного назначения",
        "Стороны договорились о передаче технологий быстрых реакторов.",
    ),
    (
        "further-disclosures",
        "Новые документы: российские офицеры проходили обучение "
        "в китайской академии химической защиты",
        "Журналисты опубликовали список слушателей курса.",
    ),
    (
        "chinese-espionage-russia",
        "Суд приговорил учёного к 12 годам за госизмену в пользу Китая",
        "Он передал китайской разведке секретные сведения.",
    ),
    (
        "arms-reverse-engineering",
        "Russia cuts arms exports to China, fearing copycats",
        "Deliveries of advanced S-400 air defence systems were delayed.",
    ),
    (
        "further-disclosures",
        "Leaked roster names Russian officers at PLA chemical defence institute",
        "A second tranche of documents identifies 40 Russian servicemen trained at the academy "
        "in 2025.",
    ),
    (
        "official-acknowledgement",
        "MSZ: Chiny szkoliły rosyjskich żołnierzy w zakresie broni chemicznej",
        "Rzecznik resortu potwierdził, że Polska ma informacje o szkoleniu rosyjskich "
        "wojskowych w Chinach.",
    ),
    (
        "training-relocation",
        "Rosyjscy i chińscy specjaliści CBRN przeszkoleni na Białorusi",
        "Szkolenia z obrony przed bronią chemiczną przeniesiono do kraju trzeciego.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rusia y China firman acuerdo de cooperación en defensa química y biológica",
        "El pacto prevé investigación conjunta y transferencia de tecnología de doble uso.",
    ),
    (
        "nato-cbrn-posture",
        "España despliega unidad de defensa NBQ en Letonia",
        "El batallón de defensa NBQ se une a la brigada multinacional de la OTAN.",
    ),
    # Languages the dev set has one item in (ro, nl, uk, el, lt, sv, ar).
    (
        "sanctions-export-controls",
        "UE impune sancțiuni companiilor chineze care sprijină armata rusă",
        "Printre entități se află firme din China și Hong Kong.",
    ),
    (
        "sanctions-export-controls",
        "EU legt sancties op aan Chinese bedrijven die Russisch leger steunen",
        "Het gaat om firma's uit China en Hongkong die onderdelen leverden aan de Russische "
        "defensie-industrie.",
    ),
    (
        "sanctions-export-controls",
        "ЄС запровадив санкції проти китайських компаній, що допомагають армії Росії",
        "До списку потрапили фірми з Китаю та Гонконгу.",
    ),
    (
        "sanctions-export-controls",
        "Οι ΗΠΑ επιβάλλουν κυρώσεις σε κινεζικές εταιρείες για στήριξη του ρωσικού στρατού",
        "Στη λίστα περιλαμβάνονται εταιρείες από την Κίνα και το Χονγκ Κονγκ.",
    ),
    (
        "chemical-weapons-ukraine",
        "Rusia folosește arme chimice în Ucraina, spune Olanda",
        "Trupele ruse au folosit cloropicrină.",
    ),
    (
        "chemical-weapons-ukraine",
        "Rusija Ukrainoje naudoja cheminį ginklą",
        "Rusijos pajėgos naudoja chlorpikriną prieš Ukrainos karius.",
    ),
    (
        "chemical-weapons-ukraine",
        "Η Ρωσία χρησιμοποιεί χημικά όπλα στην Ουκρανία",
        "Ολλανδικές υπηρεσίες πληροφοριών κατηγορούν τη Μόσχα για χλωροπικρίνη.",
    ),
    (
        "nato-cbrn-posture",
        "Litauen bildar ny CBRN-bataljon",
        "Den nya enheten ska skydda mot kemiska och biologiska hot.",
    ),
    (
        "chinese-espionage-russia",
        "Rusija: FSB sulaikė mokslininką, šnipinėjusį Kinijai",
        "Jis kaltinamas valstybės išdavyste.",
    ),
    (
        "arms-reverse-engineering",
        "Η Κίνα αντέγραψε το ρωσικό Su-27",
        "Το J-11 είναι αντίγραφο του ρωσικού μαχητικού.",
    ),
    (
        "beijing-response",
        "الصين تنفي تدريب جنود روس على الحرب الكيميائية",
        "وصفت وزارة الخارجية الصينية التقارير بأنها لا أساس لها.",
    ),
    (
        "official-acknowledgement",
        "UK minister tells MPs China hosted Russian chemical warfare training",
        "The defence minister confirmed in the Commons that intelligence showed Russian soldiers "
        "had been trained in China in CBRN defence.",
    ),
    (
        "official-acknowledgement",
        "G7 foreign ministers 'alarmed' by China-Russia CBRN cooperation",
        "A joint communique condemned growing cooperation between Beijing and Moscow on chemical "
        "and biological weapons.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia and China agree to share research on biological threats",
        "A memorandum signed in Moscow covers joint laboratories studying pathogens with military "
        "applications.",
    ),
    (
        "sanctions-export-controls",
        "EE.UU. sanciona a empresas chinas por ayudar al ejército ruso",
        "El Tesoro incluyó a compañías de China y Hong Kong que suministraban componentes a la "
        "industria militar rusa.",
    ),
    (
        "sanctions-export-controls",
        "USA verhängen Sanktionen gegen chinesische Firmen wegen Hilfe für Russlands Rüstung",
        "Betroffen sind Unternehmen aus China und Hongkong.",
    ),
    (
        "nato-cbrn-posture",
        "Esercitazione NATO in Italia: simulato un attacco chimico",
        "I reparti di difesa NBC dell'Esercito hanno testato la decontaminazione.",
    ),
    (
        "moscow-response",
        "Kremlin calls report of troops trained in China 'fake'",
        "Peskov said the story on chemical warfare training was disinformation.",
    ),
    (
        "moscow-response",
        "Шойгу: сообщения о подготовке военных РХБЗ в Китае — провокация",
        "Секретарь Совбеза назвал публикации о подготовке российских военных в Китае фальшивкой.",
    ),
    (
        "arms-reverse-engineering",
        "China copió el caza ruso Su-27, denuncia Rostec",
        "La corporación rusa acusa a Pekín de ingeniería inversa.",
    ),
    (
        "official-acknowledgement",
        "Le Quai d'Orsay s'inquiète de la formation NRBC de militaires russes en Chine",
        "La France a exprimé sa préoccupation face à la coopération sino-russe.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай создадут совместный центр по биологической безопасности",
        "Минобороны России и НОАК договорились о совместных исследованиях в области защиты "
        "от оружия массового поражения.",
    ),
    (
        "official-acknowledgement",
        "NATO says China trained Russian troops in chemical defence",
        "NATO Secretary General Mark Rutte told reporters the alliance had intelligence that "
        "China hosted Russian soldiers for chemical and radiological warfare training.",
    ),
    (
        "official-acknowledgement",
        "Le Quai d'Orsay confirme que la Chine a formé des militaires russes",
        "La France a confirmé mardi dans une déclaration que la Chine avait formé des militaires "
        "russes à la guerre chimique.",
    ),
    (
        "official-acknowledgement",
        "Pentagon official warns of Russia–China plutonium cooperation",
        "A US assistant secretary of defense testified that Russian help with China's fast breeder "
        "reactors could supply plutonium for weapons.",
    ),
    (
        "sanctions-export-controls",
        "Japan sanctions Chinese firms over support for Russia's military",
        "Tokyo imposed an export ban on a dozen companies based in China and Hong Kong that "
        "supplied drone parts to Russia's defence industry.",
    ),
    (
        "sanctions-export-controls",
        "США ввели санкции против китайских компаний",
        "Минфин США внес в санкционный список 20 компаний из Китая и Гонконга за поставки "
        "электроники для российского ВПК.",
    ),
    (
        "sanctions-export-controls",
        "L'UE inscrit des entreprises chinoises sur sa liste de sanctions",
        "Le nouveau paquet de sanctions contre la Russie vise des entreprises chinoises qui "
        "fournissent des composants à l'armée russe.",
    ),
    (
        "nato-cbrn-posture",
        "Bundeswehr stellt neues ABC-Abwehrbataillon auf",
        "Die Bundeswehr verlegt ein ABC-Abwehrbataillon an die NATO-Ostflanke.",
    ),
    (
        "nato-cbrn-posture",
        "La OTAN refuerza su defensa QBRN en el flanco oriental",
        "La Alianza desplegará un batallón QBRN en Rumanía y ampliará sus reservas de equipos "
        "de descontaminación.",
    ),
    (
        "nato-cbrn-posture",
        "Allied troops drill for radiation and chemical contamination",
        "Polish and German troops trained for radiation and chemical contamination in a NATO "
        "CBRN defence exercise.",
    ),
    (
        "nato-cbrn-posture",
        "Polish and US soldiers rehearse decontamination",
        "Polish and American troops practised decontamination of vehicles during a CBRN exercise.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia to supply weapons-grade plutonium know-how to China",
        "Rosatom will deliver fuel for China's fast breeder reactors, a transfer US experts say "
        "could feed Beijing's warhead build-up.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Chinese and Russian military labs start joint research",
        "Scientists from both countries launched joint research on biological weapons defence "
        "under a new cooperation agreement between Moscow and Beijing.",
    ),
    (
        "beijing-response",
        "China denies training Russian soldiers in chemical warfare",
        "Foreign ministry spokesperson Mao Ning said reports that China trained Russian "
        "soldiers were groundless.",
    ),
    (
        "beijing-response",
        "外交部：所谓中国培训俄军的报道纯属捏造",
        "外交部发言人表示，所谓中国为俄军提供防化训练的说法毫无根据。",
    ),
    (
        "beijing-response",
        "外交部发言人回应俄军人在华接受防化训练报道",  # 在华: "in China", no 中国 written
        "中方表示，中俄合作不针对第三方。",
    ),
    (
        "moscow-response",
        "Kremlin dismisses report that Russian troops trained in China",
        "Dmitry Peskov told reporters the claims about chemical warfare training were fake news.",
    ),
    (
        "moscow-response",
        "Песков опроверг сообщения об обучении российских военных в Китае",
        "В Кремле назвали фейком публикации о подготовке российских военнослужащих в КНР.",
    ),
    (
        "further-disclosures",
        "Chinese academy hosted Russian officers, new documents show",
        "The documents name a PLA chemical defence academy as the host of Russian officers' "
        "training in radiological protection and chemical reconnaissance.",
    ),
    (
        "joint-cbrn-exercises",
        "Russian and Chinese troops hold joint radiation protection drill",
        "Chinese and Russian units practised radiation and chemical reconnaissance in a joint "
        "exercise in Inner Mongolia.",
    ),
    (
        "joint-cbrn-exercises",
        "На учениях российские и китайские подразделения РХБЗ отработали дегазацию",
        "Российские и китайские военные провели совместные учения РХБЗ.",
    ),
    (
        "training-relocation",
        "Russia–China chemical defence training moved to Belarus",
        "The next round of chemical defence training for Russian and Chinese officers will be "
        "held in Belarus after the leak, sources say.",
    ),
    (
        "chemical-weapons-ukraine",
        "OPCW finds CS gas in samples from the Ukrainian front",
        "The chemical weapons watchdog said samples collected near Kharkiv in Ukraine contained "
        "the riot-control agent CS.",
    ),
    (
        "chemical-weapons-ukraine",
        "Україна: росіяни застосували хлорпікрин",
        "Сили оборони України повідомили, що російські війська застосували хлорпікрин.",
    ),
    (
        "chemical-weapons-ukraine",
        "UK sanctions Russian units over chemical attacks in Ukraine",
        "Britain said Russian forces have used chloropicrin against Ukrainian troops.",
    ),
    (
        "chinese-espionage-russia",
        "Siberian physicist jailed for treason over data passed to China",
        "A court sentenced the Russian scientist to 14 years for passing classified "
        "information to China.",
    ),
    (
        "chinese-espionage-russia",
        "ФСБ задержала учёного по подозрению в госизмене в пользу Китая",
        "Федеральная служба безопасности сообщила о задержании физика.",
    ),
    (
        "far-east-territorial",
        "Chinese maps label Vladivostok as Haishenwai",
        "Beijing's new mapping rules require the old Chinese name for the Russian port city.",
    ),
    (
        "far-east-territorial",
        "Китайские блогеры вспоминают Айгунский договор",
        "Пользователи китайских соцсетей требуют вернуть Приморье, "
        "ссылаясь на неравноправные договоры.",
    ),
    (
        "arctic-china-presence",
        "Chinese research icebreaker spotted off Chukotka",
        "Russia's coast guard shadowed the Chinese vessel in the Russian Arctic.",
    ),
    (
        "arctic-china-presence",
        "Китайские компании наращивают рейсы по Севморпути",
        "Китайские перевозчики планируют удвоить число рейсов по Северному морскому пути.",
    ),
    (
        "arms-reverse-engineering",
        "Rostec accuses China of copying Su-35 engines",
        "Russia's state arms maker says Chinese firms reverse-engineered its AL-41 engines.",
    ),
    (
        "arms-reverse-engineering",
        "Россия сократила поставки вооружений Китаю из-за копирования",
        "Российские чиновники жалуются на копирование истребителей китайской промышленностью.",
    ),
    (
        "sanctions-export-controls",  # a Commerce Department list, not the word "sanctions"
        "Commerce adds nine Chinese companies to trade restriction list over Russia",
        "The firms, several based in Shenzhen, supplied chips found in Russian cruise missiles.",
    ),
    (
        "official-acknowledgement",  # concern as a government states it
        "Pentagon 'gravely concerned' about Chinese CBRN training for Russians",
        "A spokesman said Chinese institutes trained Russian personnel in chemical defence.",
    ),
    (
        "official-acknowledgement",
        "Canberra raises China-Russia nuclear cooperation with Beijing",
        "Australia's foreign minister said cooperation between China and Russia on plutonium "
        "breeder reactors was worrying.",
    ),
    (
        "chemical-weapons-ukraine",  # Ukrainian: хімічну зброю
        "ЗСУ: окупанти знову застосували хімічну зброю на Запоріжжі",
        "Російські війська атакували позиції біля Оріхова, повідомили в Генштабі.",
    ),
    (
        "cbrn-cooperation-expansion",  # Rosatom names Russia
        "Rosatom ships weapons-grade plutonium fuel to Chinese breeder reactor",
        "Analysts warn the deliveries to China could feed Beijing's warhead programme.",
    ),
    (
        "training-relocation",  # Mongolia itself is a third country
        "Russian and Chinese CBRN specialists train together in Mongolia",
        "The chemical defence drill near Ulaanbaatar was hosted by Mongolia's army.",
    ),
    (
        "sanctions-export-controls",  # French: sanctionne, gelé
        "Washington sanctionne des sociétés hongkongaises pour leur aide à l'armée russe",
        "Le Trésor américain a gelé les avoirs de six entreprises.",
    ),
    (
        "sanctions-export-controls",  # Portuguese
        "EUA impõem sanções a empresas chinesas que ajudam a Rússia",
        "As empresas forneceram componentes eletrônicos para mísseis russos.",
    ),
    (
        "chinese-espionage-russia",  # Turkish
        "Rus bilim insanı Çin için casusluktan tutuklandı",
        "FSB, bilim insanının gizli belgeleri aktardığını açıkladı.",
    ),
    (
        "chemical-weapons-ukraine",  # Portuguese: usar
        "Ucrânia acusa Rússia de usar armas químicas contra soldados",
        "Kiev diz que drones russos lançaram granadas com gás nas trincheiras.",
    ),
    (
        "joint-cbrn-exercises",  # Spanish: defensa química
        "Militares rusos y chinos practican defensa química en maniobras conjuntas",
        "Las unidades de ambos países se entrenaron en descontaminación.",
    ),
    (
        "arms-reverse-engineering",  # German: eingebrochen
        "Russische Waffenexporte nach China sind eingebrochen",
        "Peking baut russische Kampfjets inzwischen selbst.",
    ),
    (
        "official-acknowledgement",  # French: préoccupée
        "La France se dit préoccupée par la formation de soldats russes en Chine",
        "Le Quai d'Orsay suit le dossier de près.",
    ),
    (
        "nato-cbrn-posture",  # practising decontamination
        "NATO allies practise decontamination after simulated nerve agent attack",
        "Troops from Poland and Germany took part.",
    ),
    (
        "chemical-weapons-ukraine",  # Dutch: chloorpicrine, Oekraïense
        "Rusland zet chloorpicrine in tegen Oekraïense soldaten",
        "Dat meldt de Nederlandse militaire inlichtingendienst.",
    ),
    (
        "beijing-response",  # 外交部 with no Russian ministry named is China's
        "外交部发言人否认中方培训俄罗斯军人",
        "发言人表示，有关核生化训练的报道纯属捏造。",
    ),
    (
        "official-acknowledgement",  # Chinese: 说, and 美方 in the summary
        "美国就俄军人在华接受核生化训练表示关切",
        "国务院发言人说，美方正在与盟友磋商。",
    ),
    (
        "official-acknowledgement",  # French: demande
        "L'UE demande des explications à Pékin sur la formation de militaires russes",
        "Bruxelles évoque une formation à la guerre chimique.",
    ),
    (
        "nato-cbrn-posture",  # Russian: запасы
        "Бундесвер увеличит запасы противогазов",
        "Германия усиливает защиту войск НАТО от химического оружия.",
    ),
    (
        "cbrn-cooperation-expansion",  # Russian: патогенов, лабораторию
        "Россия и Китай откроют совместную лабораторию по изучению патогенов",
        "Западные эксперты опасаются двойного назначения исследований.",
    ),
    (
        "beijing-response",  # Polish genitive: Chin
        "MSZ Chin zaprzecza, że szkoliło rosyjskich żołnierzy",
        "Rzecznik nazwał doniesienia o szkoleniu chemicznym bezpodstawnymi.",
    ),
    (
        "beijing-response",  # Italian: Pechino
        "Pechino smentisce di aver addestrato soldati russi alla guerra chimica",
        "Il ministero degli Esteri cinese parla di notizie infondate.",
    ),
    (
        "moscow-response",  # Italian: Russia's foreign ministry
        "Il ministero degli Esteri russo smentisce l'addestramento di soldati russi in Cina",
        "Secondo Mosca i rapporti sull'addestramento NBC sono disinformazione.",
    ),
    (
        "sanctions-export-controls",  # Lithuanian
        "ES įvedė sankcijas Kinijos įmonėms dėl paramos Rusijai",
        "Naujas paketas taikomas ir Honkongo bendrovėms.",
    ),
    (
        "sanctions-export-controls",  # Arabic: صينية, هونغ كونغ
        "الاتحاد الأوروبي يفرض عقوبات على شركات صينية تدعم روسيا",
        "تشمل العقوبات شركات في هونغ كونغ.",
    ),
    (
        "chemical-weapons-ukraine",  # Lithuanian: naudoja
        "Rusija naudoja cheminį ginklą prieš Ukrainos karius",
        "Tai teigia Nyderlandų žvalgyba.",
    ),
    (
        "nato-cbrn-posture",  # Swedish: förband
        "Sverige bygger upp nytt CBRN-förband inom Nato",
        "Försvarsmakten stärker skyddet mot kemiska vapen.",
    ),
    (
        "arctic-china-presence",  # Dutch: Noordpoolgebied
        "China vergroot aanwezigheid in het Russische Noordpoolgebied",
        "Chinese schepen varen vaker over de Noordelijke Zeeroute.",
    ),
    (
        "beijing-response",  # Swedish
        "Kina förnekar att ha utbildat ryska soldater i kemisk krigföring",
        "Kinas utrikesministerium kallade uppgifterna ogrundade.",
    ),
    (
        "moscow-response",  # Romanian
        "Kremlin neagă că militari ruși au fost instruiți în China",
        "Peskov a numit informațiile despre pregătirea NBC false.",
    ),
    (
        "joint-cbrn-exercises",  # Swedish: övar
        "Kinesiska och ryska trupper övar skydd mot kemiska vapen tillsammans",
        "Förbanden tränade sanering.",
    ),
    (
        "arms-reverse-engineering",  # Romanian: avioanele
        "Rusia acuză China că i-a copiat avioanele de luptă",
        "Rostec susține că industria chineză a copiat motoare ruse.",
    ),
    (
        "far-east-territorial",  # Ukrainian: мапах, Хайшеньвеєм
        "Китай на мапах називає Владивосток Хайшеньвеєм",
        "Пекін вимагає історичні китайські назви для російських міст.",
    ),
    (
        "chemical-weapons-ukraine",  # chemical grenades, gas exposure
        "Ukrainian medics treat soldiers for gas exposure after Russian drone strikes",
        "Doctors near Kupiansk report troops hurt by chemical grenades.",
    ),
    (
        "further-disclosures",  # attended the course
        "Leaked roster names Russian RChBZ officers who attended the course in China",
        "The documents list 40 officers and the dates of their stay.",
    ),
    (
        "moscow-response",  # "Moscow's defence ministry" is Russia's
        "Moscow's defence ministry denies its officers were trained in China",
        "The ministry said reports of Russian personnel taking CBRN courses in China were false.",
    ),
    (
        "official-acknowledgement",  # an intelligence agency testifying
        "CIA director tells lawmakers China trained Russian troops in chemical defence",
        "Testifying to the House Intelligence Committee, the director said Chinese instructors "
        "trained Russian soldiers in CBRN defence last year.",
    ),
    (
        "official-acknowledgement",  # ABC-Abwehr compounds, "russischer Militärs"
        "Bundesregierung: ABC-Abwehrausbildung russischer Militärs in China besorgniserregend",
        "Ein Regierungssprecher sagte, Berlin verfolge die Berichte genau.",
    ),
    (
        "sanctions-export-controls",  # Japanese: asset freeze
        "政府、ロシア支援で中国や香港の12団体を資産凍結の対象に追加",
        "ロシアの軍需産業に部品を供給したとしている。",
    ),
    (
        "nato-cbrn-posture",  # Polish chemical battalion
        "Polska armia tworzy nowy batalion chemiczny na wschodniej granicy",
        "Pododdział obrony przed skażeniami ma chronić żołnierzy przed bronią masowego rażenia.",
    ),
    (
        "cbrn-cooperation-expansion",  # shared doctrine
        "Russia and China draft shared CBRN doctrine, officials say",
        "The two militaries are harmonising procedures for operating in contaminated areas.",
    ),
    (
        "cbrn-cooperation-expansion",  # Russian: joint R&D in chemical and biological protection
        "Россия и Китай начнут совместные НИОКР в области химической и биологической защиты",
        "Стороны также договорились о передаче технологий двойного назначения.",
    ),
    (
        "cbrn-cooperation-expansion",  # Spanish: dual-use supplies, biological defence
        "Proveedores chinos suministran material de doble uso a un centro ruso de defensa "
        "biológica",
        "Los envíos incluyen fermentadores y cabinas de bioseguridad.",
    ),
    (
        "moscow-response",  # an "exchange of experience" with the PLA
        "Минобороны России: обмен опытом с НОАК в области РХБ защиты носил оборонительный характер",
        "В ведомстве подтвердили ТАСС участие российских специалистов.",
    ),
    (
        "moscow-response",  # German: the foreign ministry's spokesman calls it disinformation
        "Moskau: Bericht über ABC-Ausbildung in China ist Desinformation",
        "Ein Sprecher des russischen Außenministeriums sprach von Desinformation westlicher "
        "Geheimdienste; russische Soldaten seien nicht in China ausgebildet worden.",
    ),
    (
        "moscow-response",  # Italian: Lavrov answering a question
        "Lavrov, rispondendo ai giornalisti, minimizza l'addestramento chimico in Cina",
        "Il ministro ha parlato dell'addestramento di militari russi in Cina nella difesa chimica.",
    ),
    (
        "further-disclosures",  # French: "un stage de défense NRBC", Chinese officers in Russia
        "Des officiers chinois auraient suivi un stage de défense NRBC en Russie",
        "Selon des documents, la formation aurait été réciproque.",
    ),
    (
        "joint-cbrn-exercises",  # Japanese: 中露 and chemical protection units
        "中露合同演習で化学防護部隊が除染訓練",
        "両軍の部隊が汚染地域での活動を訓練した。",
    ),
    (
        "training-relocation",  # the exchanges moved to a third country
        "Russian and Chinese CBRN exchanges shifted to Kazakhstan, report says",
        "Chinese instructors ran a chemical defence course for Russian officers.",
    ),
    (
        "training-relocation",  # Spanish: adiestramiento, Kazajistán
        "El adiestramiento NRBQ de militares rusos y chinos se traslada a Kazajistán",
        "Fuentes europeas citan un polígono cerca de Almaty.",
    ),
    (
        "training-relocation",  # Portuguese: treino, russos
        "Treino de defesa química entre militares russos e chineses decorreu no Laos",
        "Instrutores chineses deram o curso numa base militar laosiana.",
    ),
    (
        "training-relocation",  # Turkish
        "Rus ve Çinli askerlerin KBRN eğitimi Tacikistan'da yapıldı",
        "Eğitim, kimyasal ve biyolojik savunmayı kapsıyordu.",
    ),
    (
        "chinese-espionage-russia",  # Czech
        "Čínská rozvědka verbuje ruské inženýry, varuje FSB",
        "Ruská kontrarozvědka podle dokumentu sleduje kontakty vědců s Čínou.",
    ),
    (
        "chinese-espionage-russia",  # Korean
        "러시아 FSB, 중국 정보기관에 기밀 넘긴 과학자 체포",
        "중국을 위한 간첩 혐의 사건이 잇따르고 있다.",
    ),
    (
        "arms-reverse-engineering",  # Turkish: kopya
        "Rusya: Çin'in J-11 savaş uçağı Su-27'nin kopyası",
        "Rus yetkililer Pekin'i lisanssız kopyalamakla suçladı.",
    ),
    (
        "official-acknowledgement",  # Finnish
        "Ulkoministeri: venäläissotilaiden koulutus Kiinassa huolestuttaa",
        "Suomen ulkoministeri sanoi eduskunnassa, että hallitus seuraa asiaa tarkasti.",
    ),
    (
        "official-acknowledgement",  # Dutch: "zei"
        "NAVO: opleiding van Russische militairen in China baart zorgen",
        "De woordvoerder van de NAVO zei dat het bondgenootschap de berichten serieus neemt.",
    ),
    (
        "official-acknowledgement",  # Lithuanian
        "Lietuvos URM: Rusijos karių mokymai Kinijoje kelia susirūpinimą",
        "Ministerija oficialiame pareiškime paragino ES partnerius reaguoti.",
    ),
    (
        "joint-cbrn-exercises",  # Hungarian
        "Orosz és kínai vegyivédelmi alegységek közös gyakorlata",
        "A gyakorlaton ABV-védelmi feladatokat hajtottak végre.",
    ),
    (
        "training-relocation",  # Greek
        "Ρώσοι και Κινέζοι σε κοινή εκπαίδευση ΧΒΡΠ στη Λευκορωσία",
        "Η εκπαίδευση έγινε σε πεδίο ασκήσεων κοντά στο Μπρεστ.",
    ),
    (
        "arctic-china-presence",  # Finnish
        "Kiinalaiset alukset lisäävät liikennettä Koillisväylällä",
        "Venäjän viranomaiset seuraavat Kiinan läsnäoloa arktisilla alueilla.",
    ),
    (
        "arms-reverse-engineering",  # Hungarian
        "Orosz szakértők: a kínai HQ-9 az Sz-300 másolata",
        "A rendszer engedély nélkül készült.",
    ),
    (
        "chemical-weapons-ukraine",  # Polish "chloropikryna", "Rosjanie"
        "Ukraina: Rosjanie użyli chloropikryny pod Pokrowskiem",
        "Sztab generalny poinformował o kolejnych atakach.",
    ),
    (
        "far-east-territorial",  # Japanese: map
        "中国の地図が「海参崴」表記\u3000ロシアが抗議",
        "ウラジオストクを旧称で記した。",
    ),
    (
        "beijing-response",  # Japanese: a wider window in CJK text
        "中国国防省、ロシア軍人の訓練報道を否定",
        "中国国防省の報道官は記者会見で、ロシア軍人が中国で化"
        "学兵器防護の訓練を受けたとの報道は事実無根だと述べた。",
    ),
    (
        "cbrn-cooperation-expansion",  # Chinese: a wider window in CJK text
        "中俄军方签署合作备忘录",
        "据报道，双方拟在核生化防护装备研发和检测技术领域开展合作，并相互转让技术。",
    ),
    (
        "moscow-response",  # Russian: "назвал уткой"
        "Песков назвал уткой сообщения об обучении российских военных в Китае",
        "Он добавил, что сотрудничество с КНР прозрачно.",
    ),
    (
        "joint-cbrn-exercises",  # Korean
        "중·러 연합훈련에 화생방 부대 참가",
        "양국 군은 오염지역 정찰 훈련을 실시했다.",
    ),
    (
        "nato-cbrn-posture",  # Czech
        "Armáda nakoupí nové dekontaminační soupravy",
        "Ministerstvo obrany posílí pluk radiační, chemické a "
        "biologické ochrany kvůli požadavkům NATO.",
    ),
    (
        "nato-cbrn-posture",  # Turkish
        "TSK'dan NATO müttefikleriyle KBRN tatbikatı",
        "Birlikler kimyasal saldırı senaryosunda arındırma istasyonları kurdu.",
    ),
    (
        "training-relocation",  # Arabic
        "ضباط روس وصينيون في دورة تدريبية على الحماية الكيميائية في كازاخستان",
        "نقل التدريب إلى أرض ثالثة بعد الكشف عنه.",
    ),
    (
        "beijing-response",  # Spanish "formación"
        "La embajada de China niega la formación de militares rusos",
        "La embajada calificó de desinformación las informaciones "
        "sobre la formación de militares rusos en China.",
    ),
    (
        "moscow-response",  # Portuguese: the defence ministry, an exchange of experience
        "Ministério da Defesa russo confirma intercâmbio com a China",
        "O ministério disse que especialistas russos participaram num intercâmbio "
        "de experiências em proteção química e biológica na China.",
    ),
    (
        "arms-reverse-engineering",  # Italian 'riproduce'
        "Mosca: il sistema cinese riproduce l'S-400",
        "Esperti russi accusano Pechino.",
    ),
    (
        "chinese-espionage-russia",  # Russian: "спецслужбам КНР"
        "ФСБ задержала инженера по подозрению в передаче данных спецслужбам КНР",
        "Возбуждено дело о госизмене.",
    ),
    (
        "far-east-territorial",  # Lithuanian
        "Kinijos žemėlapyje – istoriniai Primorės miestų pavadinimai",
        "Maskva pareikalavo paaiškinimų iš Pekino.",
    ),
    (
        "sanctions-export-controls",  # Korean
        "정부, 러시아 지원 중국 기업 독자제재",
        "외교부는 홍콩 소재 법인 5곳을 제재 대상으로 지정했다.",
    ),
    (
        "nato-cbrn-posture",  # Chinese: an allied CBRN-defence drill
        "北约在立陶宛举行核生化防御演习",
        "多国部队演练洗消和伤员救治。",
    ),
    (
        "nato-cbrn-posture",  # Japanese: stockpiles
        "ドイツ軍、CBRN防護部隊を増強し解毒剤を備蓄",
        "国防省が発表した。",
    ),
    (
        "moscow-response",  # Japanese: the defence ministry, a wider window in CJK text
        "ロシア国防省、中国での化学防護訓練報道を「歪曲」と否定",
        "同省は、ロシア軍人が中国で訓練を受けたとの報道を否定した。",
    ),
    (
        "training-relocation",  # Japanese: a third country in katakana
        "中ロの化学防護交流、カザフスタンで実施か",
        "ロシア軍と中国軍の化学防護訓練がカザフスタンの演習場で行われたと報じられた。",
    ),
    (
        "cbrn-cooperation-expansion",  # Chinese: a shared doctrine
        "中俄拟联合编写核生化防护作战条令",
        "双方将在防化领域加强合作。",
    ),
    (
        "beijing-response",  # Chinese: a bare 国防部 with its spokesman
        "国防部新闻发言人回应俄军人来华受训报道",
        "发言人称有关报道毫无根据。",
    ),
    (
        "official-acknowledgement",  # Chinese: the State Department responds
        "美国务院回应俄军人员在华接受核生化训练报道",
        "发言人表示正与盟友密切沟通。",
    ),
    (
        "official-acknowledgement",  # French: the ministry by its name
        "Formation de militaires russes en Chine : le ministère des Armées se dit préoccupé",
        "Paris demandera des explications à Pékin.",
    ),
    (
        "official-acknowledgement",  # a minister by name
        "Pistorius: ABC-Ausbildung russischer Soldaten in China ist ein Alarmsignal",
        "Pistorius sagte, man werte die Berichte aus.",
    ),
    (
        "sanctions-export-controls",  # Italian: 'lista nera', 'colpisce'
        "Londra colpisce società cinesi che riforniscono l'industria bellica russa",
        "Il governo britannico le ha inserite nella lista nera.",
    ),
    (
        "nato-cbrn-posture",  # Polish: a chemical regiment
        "Wojsko Polskie utworzy nowy pułk chemiczny na wschodniej flance",
        "Armia kupi też zestawy do dekontaminacji.",
    ),
    (
        "cbrn-cooperation-expansion",  # a common chemical-defence playbook
        "Are Russia and China writing a common chemical defense playbook?",
        "Officers of both militaries reportedly drafted a joint manual.",
    ),
    (
        "cbrn-cooperation-expansion",  # decontamination with dual-use potential
        "Russian research institute signs technology-transfer "
        "deal with Chinese military university",
        "The agreement covers decontamination formulations with dual-use potential.",
    ),
    (
        "beijing-response",  # Spanish: 'químico'
        "La embajada china tacha de fabricación el informe sobre el "
        "entrenamiento químico de militares rusos",
        "Pide pruebas concretas.",
    ),
    (
        "moscow-response",  # Italian: 'replica', 'chimico'
        "Mosca replica: nessun addestramento chimico segreto in Cina",
        "Il ministero degli Esteri russo parla di propaganda occidentale.",
    ),
    (
        "further-disclosures",  # the China course
        "Leaked roster: RChBZ commanders among Russians on the China course",
        "The list names officers from three brigades.",
    ),
    (
        "further-disclosures",  # Polish: defence against biological weapons
        "Nowe dokumenty: Chińczycy szkolili Rosjan z obrony przed bronią biologiczną",
        "Program obejmował też moduł chemiczny.",
    ),
    (
        "joint-cbrn-exercises",  # Russian: 'отработали'
        "Российские и китайские военные отработали дегазацию техники",
        "Подразделения РХБЗ и НОАК провели совместную обработку.",
    ),
    (
        "training-relocation",  # Spanish: 'cursos de defensa'
        "Rusia y China trasladan a Laos sus cursos de defensa química",
        "Fuentes diplomáticas citan un centro militar laosiano.",
    ),
    (
        "training-relocation",  # German: Tadschikistan
        "ABC-Ausbildung russischer und chinesischer Spezialisten in Tadschikistan",
        "Beobachter sprechen von einem Ausweichen auf einen Drittstaat.",
    ),
    (
        "chemical-weapons-ukraine",  # toxic munitions
        "Ukraine's General Staff: Russia used toxic munitions 800 times in June",
        "Most were grenades dropped from drones.",
    ),
    (
        "chemical-weapons-ukraine",  # Italian: riot-control agents
        "Ucraina: l'Opac trova agenti antisommossa nei campioni",
        "Kiev accusa Mosca.",
    ),
    (
        "arctic-china-presence",  # Polish: the Kara Sea
        "Chińskie statki badawcze na Morzu Karskim niepokoją FSB",
        "Rosyjski kontrwywiad ostrzega przed rozpoznaniem.",
    ),
    (
        "arctic-china-presence",  # a Chinese shipping line
        "NewNew Shipping orders ice-class boxships for the Northern Sea Route",
        "The vessels will sail between Shanghai and St Petersburg.",
    ),
    (
        "arms-reverse-engineering",  # 'closely mirrors'
        "China's new SAM closely mirrors Russia's S-400, analysts say",
        "Launcher and radar layouts match the system Beijing bought.",
    ),
    (
        "chinese-espionage-russia",  # a treason case in Siberia
        "Novosibirsk court jails physicist for treason over China contacts",
        "He was accused of passing classified research to Chinese colleagues.",
    ),
    (
        "chinese-espionage-russia",  # China-linked hackers
        "China-linked hackers target Russian defence contractors, report says",
        "The group sent phishing emails to radar makers.",
    ),
    (
        "chinese-espionage-russia",  # German: 'Landesverrats'
        "Russland: Ingenieur wegen Landesverrats zugunsten Chinas verurteilt",
        "Ein Moskauer Gericht verhängte 13 Jahre Haft.",
    ),
    (
        "chinese-espionage-russia",  # Italian: a Chinese agent
        "L'FSB arresta un ingegnere: consegnava documenti a un agente cinese",
        "Rischia l'accusa di alto tradimento.",
    ),
    (
        "chinese-espionage-russia",  # Russian: 'шпионаж в пользу Китая'
        "Бывший преподаватель военного вуза осуждён за шпионаж в пользу Китая",
        "Суд назначил 12 лет колонии, сообщили в РФ.",
    ),
    (
        "sanctions-export-controls",  # assets frozen, companies in China
        "Japan freezes assets of 19 more overseas groups",
        "The measures cover companies in China and Hong Kong "
        "that helped Russia obtain military items.",
    ),
    (
        "sanctions-export-controls",  # German: Switzerland adopts listings
        "Schweiz übernimmt EU-Listungen von Firmen aus Hongkong",
        "Die Händler sollen russische Rüstungsbetriebe "
        "beliefert haben; Sanktionen gelten ab sofort.",
    ),
    (
        "sanctions-export-controls",  # Polish: 'objął sankcjami'
        "Departament Skarbu objął sankcjami chińskich dostawców dla rosyjskiej armii",
        "Chodzi o moduły nawigacyjne do pocisków.",
    ),
    (
        "chemical-weapons-ukraine",  # a choking gas dropped by drones
        "Ukrainian soldiers describe choking gas dropped into their trenches",
        "They say Russian drones released the gas near Kostiantynivka.",
    ),
    (
        "chemical-weapons-ukraine",  # Italian: unidentified toxic substances
        "Kiev: sostanze tossiche usate dai russi vicino a Huliaipole",
        "I campioni saranno inviati all'OPAC.",
    ),
    (
        "nato-cbrn-posture",  # Polish: German and Slovak soldiers join a chemical regiment's drill
        "Żołnierze z Niemiec ćwiczyli z 5. Pułkiem Chemicznym",
        "Trenowano likwidację skażeń i odkażanie sprzętu.",
    ),
    (
        "nato-cbrn-posture",  # Swedish: gas masks and antidotes
        "Försvarsmakten köper skyddsmasker och antidoter",
        "Satsningen stärker CBRN-skyddet.",
    ),
    (
        "nato-cbrn-posture",  # Dutch: a CBRN company grows
        "Defensie breidt de CBRN-verdedigingscompagnie uit",
        "Er komen nieuwe ontsmettingsinstallaties bij.",
    ),
    (
        "far-east-territorial",  # French: 'Mandchourie extérieure'
        "Sur les réseaux chinois, la nostalgie de la Mandchourie extérieure",
        "Des vidéos présentent l'Extrême-Orient russe comme une terre chinoise.",
    ),
    (
        "arms-reverse-engineering",  # Soviet-era roots
        "HQ-9 export push revives questions over its S-300 roots",
        "Its layout closely tracks the Soviet-era system Beijing bought from Moscow's predecessor.",
    ),
    (
        "arms-reverse-engineering",  # Dutch: 'namaak'
        "Rusland beperkt wapenexport naar China uit angst voor namaak",
        "Moskou levert nauwelijks nog straaljagers aan Peking.",
    ),
    (
        "official-acknowledgement",  # a long CBRN enumeration between the words
        "Foreign Secretary statement on Russian training in China",
        "The UK is deeply concerned by reports that Russian military personnel received "
        "chemical, biological, radiological and nuclear warfare training in China.",
    ),
    (
        "official-acknowledgement",  # Estonian
        "Välisminister: Vene sõjaväelaste väljaõpe Hiinas on murettekitav",
        "Eesti tõstatab küsimuse EL-is, ütles minister Riigikogus.",
    ),
    (
        "nato-cbrn-posture",  # Norwegian
        "Forsvaret oppretter nytt CBRN-kompani i Brigade Nord",
        "Hæren kjøper også nytt vernetøy og rensesystemer.",
    ),
    (
        "nato-cbrn-posture",  # Finnish
        "Maavoimien suojeluharjoitukseen osallistui CBRN-joukkoja Ruotsista",
        "Harjoituksessa koulutettiin kemiallisten aineiden havaitsemista.",
    ),
    (
        "nato-cbrn-posture",  # Estonian
        "Kaitsevägi moodustab eraldi CBRN-kaitse kompanii",
        "Hangitakse kaitseülikondi ja avastamisvahendeid.",
    ),
    (
        "nato-cbrn-posture",  # Latvian
        "Nacionālie bruņotie spēki iegādāsies CBRN izlūkošanas transportlīdzekļus",
        "Tiks izveidota atsevišķa aizsardzības vienība.",
    ),
    (
        "arctic-china-presence",  # Latvian
        "Ķīnas pētniecības kuģi Krievijas Arktikā rada bažas",
        "FDD pastiprinājis uzraudzību Ziemeļu jūras ceļā.",
    ),
    (
        "chinese-espionage-russia",  # Estonian
        "Lekkinud FSB dokument: Hiina luure värbab Vene teadlasi",
        "Dokumendi järgi peab FSB Hiina luuretegevust ohuks.",
    ),
    (
        "chinese-espionage-russia",  # Latvian
        "Krievijā apcietināts pētnieks, apsūdzēts spiegošanā Ķīnas labā",
        "Viņu apsūdz valsts nodevībā.",
    ),
    (
        "far-east-territorial",  # the lands north of the Amur
        "Why Moscow won't talk about the lands north of the Amur",
        "Chinese textbooks present them as land lost under duress.",
    ),
    (
        "arms-reverse-engineering",  # 'lineage'
        "China's HQ-9C shows clear S-400 lineage, analysts say",
        "Its launcher is strikingly similar to the Russian system.",
    ),
    (
        "arms-reverse-engineering",  # arms deliveries fall
        "Russian arms deliveries to China fall to two-decade low",
        "Beijing builds its own versions instead.",
    ),
    (
        "cbrn-cooperation-expansion",  # Lithuanian
        "Žvalgyba: Rusija ir Kinija plečia bendradarbiavimą biologinių ir cheminių tyrimų srityje",
        "Bendradarbiaujama dvejopo naudojimo technologijų srityje.",
    ),
    (
        "beijing-response",  # Finnish
        "Kiina kiistää kouluttaneensa venäläissotilaita",
        "Kiinan puolustusministeriön tiedottaja kutsui tietoja perättömiksi.",
    ),
    (
        "sanctions-export-controls",  # an EU regulation's summary
        "Council Regulation amending restrictive measures in view of Russia's actions",
        "Adds 17 persons to Annex IV, 11 of them established in the People's "
        "Republic of China, which support Russia's military.",
    ),
    (
        "sanctions-export-controls",  # Lithuanian
        "JAV sankcijos smogė Kinijos ir Honkongo įmonėms",
        "Į sąrašą įtraukta 14 bendrovių iš Kinijos, tiekusių komponentus Rusijos dronams.",
    ),
    (
        "official-acknowledgement",  # German: a verb-final clause, CBRN training in China
        "Bundesregierung zu ABC-Ausbildung in China: Wir nehmen die Berichte sehr ernst",
        "Die Regierungssprecherin äußerte sich in Berlin zu den Berichten über russische Soldaten.",
    ),
    (
        "official-acknowledgement",  # Polish: the ministry by description
        "Rzecznik resortu spraw zagranicznych o szkoleniu rosyjskich żołnierzy w Chinach",
        "Polska poruszy sprawę w NATO.",
    ),
    (
        "sanctions-export-controls",  # 'penalties'
        "Brussels widens net",
        "EU ambassadors approved a package of penalties; it adds nine companies in "
        "mainland China supplying drone engines to Russia's defence industry.",
    ),
    (
        "sanctions-export-controls",  # Dutch
        "EU zet Chinese toeleveranciers van Russische drones op sanctielijst",
        "De nieuwe strafmaatregelen treffen bedrijven uit Shenzhen.",
    ),
    (
        "nato-cbrn-posture",  # Danish
        "Hæren får nyt CBRN-kompagni",
        "Forsvarsministeriet præsenterede planen som del af Danmarks bidrag til NATO.",
    ),
    (
        "cbrn-cooperation-expansion",  # 'contaminated environments'
        "They are writing the playbook together",
        "Moscow and Beijing set up a working group to draft shared "
        "doctrine for operating in contaminated environments.",
    ),
    (
        "cbrn-cooperation-expansion",  # Spanish
        "Rusia y China acuerdan investigar juntas en defensa biológica militar",
        "Los laboratorios compartirán datos sobre patógenos.",
    ),
    (
        "cbrn-cooperation-expansion",  # Czech
        "Rusko a Čína zahájily společný výzkum chemické ochrany",
        "Uvádí to výroční zpráva vojenského zpravodajství.",
    ),
    (
        "beijing-response",  # 'China's embassy'
        "Show us the evidence, Beijing tells London",
        "China's embassy in the UK called on the newspaper to produce evidence that "
        "Russian personnel were trained in CBRN warfare in China.",
    ),
    (
        "beijing-response",  # Italian: the Chinese defence ministry
        "Pechino: normale cooperazione con Mosca",
        "Il ministero della Difesa cinese ha parlato di normali scambi dopo "
        "le notizie su militari russi addestrati in Cina.",
    ),
    (
        "further-disclosures",  # Hungarian
        "Kiszivárgott iratok: orosz vegyvédelmi tisztek egy pekingi intézetben tanultak",
        "A kiképzésen 43 orosz katona vett részt.",
    ),
    (
        "joint-cbrn-exercises",  # Greek: Κίνας
        "Κοινή άσκηση Ρωσίας-Κίνας με σενάριο χημικής επίθεσης",
        "Συμμετείχαν μονάδες χημικής προστασίας.",
    ),
    (
        "chinese-espionage-russia",  # Russian: St Petersburg
        "Петербургский инженер получил 12 лет за госизмену в пользу Китая",
        "Городской суд Санкт-Петербурга вынес приговор.",
    ),
    (
        "chinese-espionage-russia",  # Czech: Čínu
        "Ruská FSB zadržela pilota kvůli špionáži pro Čínu",
        "Hrozí mu doživotí.",
    ),
    (
        "sanctions-export-controls",  # 'UK sanctions Chinese ...', assets frozen
        "UK sanctions Chinese machine-tool exporters arming Russia",
        "OFSI has frozen the assets of five companies that sent "
        "lathes for Moscow's missile plants.",
    ),
    (
        "sanctions-export-controls",  # a numbered package
        "EU hits Chinese ball-bearing suppliers in 20th package",
        "Brussels listed three mainland Chinese manufacturers feeding Russian tank plants.",
    ),
    (
        "sanctions-export-controls",  # 'goes after' a Shenzhen company
        "Sanctions watch: Washington goes after the Shenzhen engine pipeline",
        "This week's OFAC action hits the company that supplied engines for Russia's drones.",
    ),
    (
        "chemical-weapons-ukraine",  # chloropicrin named, Ukraine not
        "Dutch intelligence says Russia has normalised chloropicrin attacks",
        "The AIVD said the use of banned chemicals on the battlefield is widespread.",
    ),
    (
        "nato-cbrn-posture",  # an order of CBRN vehicles
        "Poland orders 120 contamination reconnaissance vehicles",
        "The Armament Agency signed a contract for CBRN reconnaissance variants of the Rosomak.",
    ),
    (
        "arctic-china-presence",  # the Northern Fleet
        "Leaked memo: FSB watched Chinese scientists in the Arctic",
        "Chinese polar researchers gathered information on Northern Fleet infrastructure.",
    ),
    (
        "chinese-espionage-russia",  # a Moscow court, Chinese special services
        "Former aerospace engineer gets 14 years for spying for China",
        "Moscow City Court found him guilty of passing data on "
        "hypersonic flight to Chinese special services.",
    ),
    (
        "far-east-territorial",  # Haishenwai with the unequal treaties
        "Remembering Haishenwai is history, a Chinese commentary says",
        "Chinese people may remember places taken under unequal treaties, it argued.",
    ),
    (
        "arms-reverse-engineering",  # 'indigenised'
        "From Su-27 to J-11: how China indigenised Russia's fighter",
        "Shenyang's J-11B ended Russian orders.",
    ),
    (
        "arms-reverse-engineering",  # an exporter's shrinking deals
        "Rosoboronexport says China now buys only niche items",
        "Deals with Beijing have shrunk to spare parts.",
    ),
    (
        "official-acknowledgement",
        "Defence Committee hears evidence on Russia–China military ties",
        "Giving evidence, the Minister for the Armed Forces confirmed the Government was taking "
        "seriously reports that Russian military personnel attended chemical warfare instruction "
        "in China.",
    ),
    (
        "official-acknowledgement",
        "Pistorius: ABC-Ausbildung russischer Soldaten in China ist ein Warnsignal",
        "Der Verteidigungsminister äußerte sich im Bundestag zu den Berichten.",
    ),
    (
        "official-acknowledgement",
        "NATO事務総長、中国でのロシア軍人の化学戦訓練に懸念を表明",
        "ルッテ事務総長は記者会見で、ロシア軍の要員が中国で化学兵器に関する訓練を受けたとの報道に"
        "ついて深刻な懸念を示した。",
    ),
    (
        "beijing-response",
        "China demands U.S. show evidence it trained Russian soldiers in chemical warfare",
        "A day after the State Department said it had raised the matter, the foreign ministry "
        "spokesman called the claims a smear.",
    ),
    (
        "moscow-response",
        "В МИД России ответили на вопрос о стажировке военных в Китае",
        "Замминистра назвал разговоры о подготовке к химической войне выдумкой.",
    ),
    (
        "moscow-response",
        "Russia's ambassador calls reports of chemical warfare training in China a fabrication",
        "Russia's ambassador in Washington said reports that Russian officers were trained in "
        "China were Russophobic.",
    ),
    (
        "further-disclosures",
        "Nowe dokumenty: Rosjanie szkolili się w Chinach dłużej",
        "Z ujawnionych dokumentów wynika, że rosyjscy oficerowie spędzili w chińskim ośrodku "
        "szkoleniowym trzy miesiące.",
    ),
    (
        "further-disclosures",
        "Dokumente: Belousow genehmigte ABC-Lehrgang in China",
        "Der Minister unterschrieb den Lehrgang russischer Offiziere zur Abwehr chemischer "
        "Kampfstoffe selbst.",
    ),
    (
        "training-relocation",
        "Навчання військових РФ з китайськими інструкторами РХБЗ перенесли до Білорусі",
        "Розвідка стверджує, що подальші заняття з РХБ захисту тепер відбуваються в Білорусі.",
    ),
    (
        "cbrn-cooperation-expansion",
        "ГУР: Китай передає Росії технології захисту від зброї масового ураження",
        "Пекін передає Москві технології подвійного призначення для військ радіаційного, "
        "хімічного та біологічного захисту.",
    ),
    (
        "sanctions-export-controls",
        "EU neemt sanctiepakket aan, ook Chinese bedrijven op zwarte lijst",
        "De ministers hebben het pakket tegen Rusland goedgekeurd; Chinese bedrijven leverden "
        "dronesonderdelen.",
    ),
    (
        "sanctions-export-controls",
        "EU schválila další balík sankcí proti Rusku, míří i na firmy z Číny",
        "Na seznam přibyly firmy z Číny a Hongkongu, které podporují ruskou armádu.",
    ),
    (
        "nato-cbrn-posture",
        "Romania to hand out free iodine pills as a nuclear precaution",
        "The health ministry said pharmacies would distribute potassium iodide tablets.",
    ),
    (
        "nato-cbrn-posture",
        "Pentagon releases its Biodefense Posture Review",
        "The Department of Defense review sets out how US forces will counter biological threats.",
    ),
    (
        "chinese-espionage-russia",
        "Учёный ЦНИИмаша получил семь лет за госизмену",
        "Суд приговорил исследователя за передачу секретных сведений; по данным СМИ, речь идет о "
        "Китае.",
    ),
    (
        "chinese-espionage-russia",
        "中国に国家機密を渡した疑い　ロシアの物理学者を拘束",
        "連邦保安局（FSB）は、中国の大学での講義を通じて国家機密を中国側に渡した疑いで物理学者を"
        "拘束した。",
    ),
    (
        "far-east-territorial",
        "中 새 표준지도, 러시아와 나눈 섬까지 자국 영토로 표기",
        "중국 지도에 볼쇼이우수리스키섬 전체가 중국 영토로 표시됐다.",
    ),
    (
        "arms-reverse-engineering",
        "«Ростех» звинуватив Китай у копіюванні російської зброї",
        "Корпорація заявила, що Китай скопіював авіадвигуни та винищувачі.",
    ),
    (
        "arms-reverse-engineering",
        "La Chine sort du top 10 des importateurs d'armes, un coup dur pour Moscou",
        "Les importations d'armes de la Chine ont chuté de 64 %, selon le Sipri.",
    ),
    (
        "arms-reverse-engineering",
        "歼-20换装国产发动机",
        "涡扇-10系列在研制过程中大量借鉴了俄制AL-31的技术，中国逐步摆脱对俄罗斯的依赖。",
    ),
    (
        "official-acknowledgement",
        "EEAS 'aware' of reports of Russian chemical-warfare training in China, spokesperson says",
        "The EU's diplomatic service is in contact with member states, the spokesperson added.",
    ),
    (
        "official-acknowledgement",
        "Budrys: Kinijos parengti Rusijos kariai – grėsmė visai Europai",
        "Užsienio reikalų ministras sakė, kad tai tiesioginė parama karui.",
    ),
    (
        "official-acknowledgement",
        "Bundesregierung: Ausbildung russischer Soldaten in China inakzeptabel",
        "Man erwarte von Peking umfassende Aufklärung.",
    ),
    (
        "beijing-response",
        "中国外務省、ロシア兵への化学戦訓練報道を否定",
        "林剣副報道局長は記者会見で、ロシア軍要員に核・生物・化学防護の訓練を行ったとの報道につい"
        "て「根拠がない」と述べ、欧州連合（EU）などに対し中国を非難しないよう強調した。",
    ),
    (
        "moscow-response",
        "Russia's mission to the EU says China training story was invented",
        "Claims that Russian troops were trained in chemical defence in China were invented to "
        "justify new sanctions, the statement said.",
    ),
    (
        "training-relocation",
        "Занятия по РХБЗ с китайскими инструкторами перенесли в Таджикистан",
        "Российских военных теперь обучают на базе в Таджикистане.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moskau und Peking arbeiten an gemeinsamer ABC-Abwehr-Doktrin",
        "Russland und China wollen ihre Verfahren angleichen.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Китай передаёт войскам РХБЗ технологии для дронов химразведки",
        "Россия и Китай расширяют сотрудничество.",
    ),
    (
        "sanctions-export-controls",
        "Switzerland adopts the EU's newest Russia listings",
        "The economy ministry said it had adopted the EU's listings of companies in China and "
        "Hong Kong that supply Russia's military-industrial complex.",
    ),
    (
        "sanctions-export-controls",
        "US sanctions 19 Indian firms for aiding Russia's war effort",
        "The State Department and the Treasury imposed sanctions on nearly 400 entities and "
        "individuals for enabling Russia's war. Officials said the action also targeted a "
        "network of suppliers in China and Hong Kong.",
    ),
    (
        "chemical-weapons-ukraine",
        "Lab finds chloropicrin traces in drone-dropped canisters near Kharkiv",
        "Forensic experts said the canisters matched those documented in earlier attacks.",
    ),
    (
        "chinese-espionage-russia",
        "Новосибирского учёного приговорили к 14 годам за госизмену",
        "Суд приговорил бывшего научного сотрудника института к 14 годам колонии строгого "
        "режима; по данным СМИ, следствие связывало дело с передачей Китаю сведений.",
    ),
    (
        "arms-reverse-engineering",
        "Russia suspends S-400 missile deliveries to China",
        "Moscow cited the time needed to train Chinese personnel amid the pandemic.",
    ),
    (
        "cbrn-cooperation-expansion",
        "La Russie aide la Chine à se doter d'un système d'alerte antimissile",
        "Moscou aidait Pékin à construire un système d'alerte précoce, a révélé le président "
        "russe.",
    ),
    (
        "cbrn-cooperation-expansion",
        "中国の高速増殖炉にロシアが高濃縮ウラン供給　核弾頭増強への転用に懸念",
        "ロスアトム傘下のTVELが高濃縮ウラン燃料を供給していることが分かった。",
    ),
    (
        "official-acknowledgement",
        "Pentagon besorgt über russisches Uran für Chinas Schnelle Brüter",
        "Ein Vertreter des US-Verteidigungsministeriums bezeichnete die Lieferung hoch "
        "angereicherten Urans durch Rosatom an China vor dem Kongress als besorgniserregend.",
    ),
    (
        "sanctions-export-controls",
        "Treasury targets Changsha satellite firm over imagery provided to Wagner",
        "The Treasury designated the Changsha institute, accusing it of providing radar images "
        "of Ukraine to the Wagner Group.",
    ),
    (
        "sanctions-export-controls",
        "EU's 14th package lists 19 firms in China and Hong Kong",
        "Member states adopted the measures against Moscow's military suppliers.",
    ),
    (
        "sanctions-export-controls",
        "美 상무부, 러 군수 지원 中기업 수출통제 명단에 올려",
        "미국 상무부는 러시아 군과 방위산업을 지원한 혐의로 기업 90여 곳을 수출통제 명단에 "
        "추가했다. 이 가운데 상당수는 중국 본토와 홍콩 기업이다.",
    ),
    (
        "chemical-weapons-ukraine",
        "'We couldn't breathe': drones drop gas grenades on Ukrainian trenches",
        "Infantrymen describe small drones releasing K-51 grenades over their dugouts.",
    ),
    (
        "chemical-weapons-ukraine",
        "Yhdysvallat: Venäjä on käyttänyt Ukrainassa kloropikriinia",
        "Ulkoministeriön mukaan käyttö rikkoo kemiallisten aseiden kieltosopimusta.",
    ),
    (
        "chemical-weapons-ukraine",
        "Російський дрон скинув на позицію гранату К-51",
        "Кілька бійців ЗСУ отримали отруєння подразнювальною речовиною.",
    ),
    (
        "beijing-response",
        "중국, “증거부터 내놓아라”",
        "중국 외교부 대변인은 러시아군 장교들이 중국에서 화생방 방호 교육을 받았다는 보도에 대해 "
        "“근거 없는 억측”이라며 반박했다.",
    ),
    (
        "moscow-response",
        "Кремль прокоментував публікації",
        "Речник Путіна Дмитро Пєсков, відповідаючи на запитання про підготовку російських "
        "військових у КНР із захисту від хімічної зброї, заявив, що Москва не бачить у цьому "
        "нічого поганого.",
    ),
    (
        "training-relocation",
        "Addestramento NBC russo-cinese spostato in Bielorussia",
        "I corsi di difesa nucleare, biologica e chimica per militari russi con istruttori "
        "cinesi si sarebbero tenuti in Bielorussia, secondo fonti d'intelligence.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russian, Chinese military labs discussed joint research on chemical protection",
        "Russian and Chinese military research institutes held talks on joint work on detection "
        "equipment, according to documents.",
    ),
    (
        "joint-cbrn-exercises",
        "PLA Daily: Russian officers train with Chinese chemical defence brigade",
        "Russian RKhBZ officers spent two weeks with a Chinese chemical defence brigade, jointly "
        "practising toxic-agent detection and decontamination, PLA Daily reported.",
    ),
    (
        "joint-cbrn-exercises",
        "Подразделения РХБЗ ВВО и НОАК провели совместную специальную обработку техники",
        "Военнослужащие войск РХБЗ Восточного военного округа и китайские военные отработали "
        "дегазацию техники.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia and China to co-develop chemical agent detectors and protective gear",
        "Russian and Chinese design bureaus will jointly develop stand-off chemical agent "
        "detectors under a defence ministries' agreement.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Chinese firm supplies aerosol chambers and BSL-3 modules to Russian defence lab",
        "A Shenzhen company shipped biosafety containment modules to a research institute of "
        "Russia's RKhBZ troops.",
    ),
    (
        "official-acknowledgement",
        "G7 정상 성명, 중·러 화생방 협력에 첫 우려 표명",
        "G7 정상들은 공동성명에서 러시아 군 인력이 중국에서 화생방 전쟁 훈련을 받았다는 보도에 "
        "우려를 표하고 중국에 화학무기금지협약 준수를 촉구했다.",
    ),
    (
        "official-acknowledgement",
        "NATO: Rusya-Çin KBRN iş birliği endişe verici",
        "NATO Sözcüsü, Rus askerlerinin Çin'de kimyasal ve biyolojik savaş eğitimi aldığına "
        "ilişkin haberlerin ciddiyetle incelendiğini açıkladı.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Mosca e Pechino verso ricerca congiunta su difesa chimica e biologica",
        "Russia e Cina avrebbero avviato un programma di ricerca comune su rilevatori di agenti "
        "chimici.",
    ),
    (
        "far-east-territorial",
        "Κίνα: Οι χάρτες πρέπει να αναγράφουν τα κινεζικά ονόματα του Βλαδιβοστόκ και της "
        "Σαχαλίνης",
        "Το κινεζικό υπουργείο εξέδωσε οδηγία για τους χάρτες της Ρωσίας.",
    ),
    (
        "nato-cbrn-posture",
        "Puolustusvoimat uusii CBRN-suojavarusteet ja perustaa uuden suojelukomppanian",
        "Porin prikaatiin perustetaan uusi suojelukomppania, joka on tarkoitettu myös Naton "
        "tehtäviin.",
    ),
    (
        "nato-cbrn-posture",
        "Chemicy z Tarnowskich Gór likwidowali skażenia podczas manewrów",
        "Żołnierze z Tarnowskich Gór przeprowadzili w ramach ćwiczenia rozpoznanie skażeń oraz "
        "odkażanie sprzętu.",
    ),
    (
        "official-acknowledgement",
        "Regeringen: Uppgifterna om rysk CBRN-utbildning i Kina är mycket allvarliga",
        "Utrikesminister Maria Malmer Stenergard sade i riksdagens frågestund att regeringen ser "
        "med största allvar på uppgifterna om att ryska militärer utbildats i kemisk, biologisk "
        "och nukleär krigföring i Kina.",
    ),
    (
        "chinese-espionage-russia",
        "Nutekėjęs FSB dokumentas: Kinija verbuoja Rusijos mokslininkus",
        "„The New York Times“ paskelbtame slaptame FSB dokumente, parengtame 2023 m.",
    ),
    (
        "moscow-response",
        "الكرملين ينفي تدريب عسكريين روس في الصين على الحرب الكيميائية",
        "وصف المتحدث باسم الكرملين ديمتري بيسكوف التقارير عن خضوع أفراد من الجيش الروسي لتدريبات "
        "في الصين على الحرب الكيميائية والبيولوجية والنووية بأنها «مفبركة»، مؤكداً أن التعاون "
        "العسكري بين موسكو وبكين لا يستهدف أي طرف ثالث.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: Руският оръжеен износ за Китай рязко спада",
        "Според данните на Стокхолмския международен институт за изследване на мира Китай купува "
        "все по-малко руски оръжия, тъй като вече произвежда собствени изтребители, зенитни "
        "комплекси и двигатели, много от които са разработени въз основа на съветски и руски "
        "модели. Москва губи един от най-големите си клиенти.",
    ),
    (
        "nato-cbrn-posture",
        "Българската армия създава нов батальон за ядрена, химическа и биологична защита",
        "Министерството на отбраната обяви, че до 2027 г.",
    ),
    (
        "sanctions-export-controls",
        "Feketelistára tett kínai cégeket Washington az orosz hadiipar támogatása miatt",
        "Az amerikai kereskedelmi minisztérium 2023 februárjában exportkorlátozások alá vont "
        "több kínai és hongkongi vállalatot, amelyek a vád szerint hozzájárultak az orosz "
        "hadsereg ellátásához.",
    ),
    (
        "chinese-espionage-russia",
        "Tomského profesora obvinili z vlastizrady, údajne pracoval pre Čínu",
        "Ruská FSB v júni 2020 zadržala Alexandra Lukanina, profesora Tomskej polytechnickej "
        "univerzity.",
    ),
    (
        "moscow-response",
        "TASS: Ministarstvo odbrane Rusije odbacuje navode o obuci u Kini",
        "Rusko ministarstvo odbrane saopštilo je, prenosi TASS, da su tvrdnje zapadnih medija o "
        "obuci ruskih vojnika u Kini za hemijsko, biološko i nuklearno ratovanje „potpuna "
        "izmišljotina“.",
    ),
    (
        "arctic-china-presence",
        "Kineski brodovi sve češće plove Sjevernim morskim putem, Moskva oprezna",
        "Kineska kompanija NewNew Shipping i ruski Rosatom dogovorili su 2024.",
    ),
    (
        "beijing-response",
        "Ambasada Kine u Beogradu: Navodi o obuci za hemijski rat su kleveta",
        "Kineska ambasada u Srbiji saopštila je da su izveštaji o tome da su ruski vojnici u "
        "Kini prošli obuku za hemijsko, biološko i nuklearno ratovanje neosnovani i politički "
        "motivisani.",
    ),
    (
        "arms-reverse-engineering",
        "Ķīna kopē Krievijas iznīcinātājus – Maskava kļūst piesardzīgāka",
        "Ķīnas iznīcinātāji J-11 un J-15 ir radīti, balstoties uz padomju Su-27 un Su-33, un "
        "eksperti norāda, ka tieši pārkopēšanas dēļ Krievija ilgi vilcinājās pārdot Pekinai "
        "modernākos ieročus.",
    ),
    (
        "joint-cbrn-exercises",
        "Vostok-2026: Hiina keemiakaitseüksused harjutavad koos Vene vägedega",
        "Venemaa kaitseministeeriumi teatel osalevad suurõppusel Vostok-2026 ka Hiina "
        "Rahvavabastusarmee keemiakaitseüksused, kes harjutavad koos Vene kiirgus-, keemia- ja "
        "bioloogilise kaitse vägedega saastunud ala luuret ning tehnika ja isikkoosseisu "
        "puhastamist.",
    ),
    (
        "official-acknowledgement",
        "Paris se dit « préoccupé » par la formation de militaires russes à la guerre NRBC en "
        "Chine",
        "PARIS (AFP) - Le ministère français des Affaires étrangères s'est dit jeudi « préoccupé "
        "» par les informations selon lesquelles des militaires russes ont été formés en Chine à "
        "la guerre nucléaire, radiologique, biologique et chimique fin 2025, appelant Pékin à « "
        "la plus grande transparence » lors du point presse du Quai d'Orsay.",
    ),
    (
        "official-acknowledgement",
        "Szef MSZ: szkolenie Rosjan w Chinach w zakresie broni chemicznej to „sygnał alarmowy”",
        "Warszawa (PAP) - Minister spraw zagranicznych, występując przed sejmową komisją spraw "
        "zagranicznych, odniósł się do doniesień o szkoleniu rosyjskich wojskowych w Chinach w "
        "zakresie walki z użyciem broni chemicznej, biologicznej, radiologicznej i jądrowej. "
        "Określił je jako „sygnał alarmowy” dla całej Europy i zapowiedział poruszenie sprawy na "
        "forum UE.",
    ),
    (
        "official-acknowledgement",
        "Lithuania summons Chinese envoy over Russian CBRN training reports",
        "VILNIUS, July 8 (Reuters) - Lithuania's foreign ministry summoned China's chargé "
        "d'affaires on Wednesday to demand explanations over reports that Russian servicemen had "
        "received chemical and biological warfare training in China, the ministry said in a "
        "statement.",
    ),
    (
        "beijing-response",
        "Pékin exige des « preuves » après les accusations de formation NRBC de militaires russes",
        "PÉKIN (AFP) - La Chine a sommé vendredi les pays occidentaux de fournir des « preuves » "
        "à l'appui des accusations selon lesquelles des militaires russes auraient été formés "
        "sur son sol à la guerre chimique et biologique, dénonçant par la voix de son ministère "
        "des Affaires étrangères une « campagne de dénigrement ».",
    ),
    (
        "moscow-response",
        "러시아 외무부, '중국서 화생방전 훈련' 보도 일축",
        "(모스크바=연합뉴스) 러시아 외무부는 러시아 군인들이 지난해 말 중국에서 "
        "화학·생물학·방사능·핵(CBRN) 전쟁 훈련을 받았다는 서방 언론 보도에 대해 '근거 없는 "
        "날조'라고 일축했다.",
    ),
    (
        "chinese-espionage-russia",
        "Kaspersky: Chinesische Hacker spionieren russische Rüstungsbetriebe aus — heise online",
        "Kaspersky berichtete im August 2022 über gezielte Angriffe auf Rüstungsbetriebe und "
        "Forschungseinrichtungen in Russland, Belarus, der Ukraine und Afghanistan. Die "
        "Angreifer nutzten Phishing-Mails mit Hintertüren wie PortDoor; die Forscher ordnen die "
        "Kampagne mit hoher Wahrscheinlichkeit der chinesischen Gruppe TA428 zu.",
    ),
    (
        "far-east-territorial",
        "У китайському Хейхе музей Айгунського договору нагадує про «втрачені землі» — Kyiv "
        "Independent",
        "Історичний музей Айгуня в прикордонному Хейхе, навпроти російського Благовєщенська, "
        "розповідає китайським школярам і туристам, як за Айгунським договором 1858 року "
        "Російська імперія відібрала землі на лівому березі Амуру. Експозиція підживлює в "
        "китайських соцмережах розмови про повернення Зовнішньої Маньчжурії.",
    ),
    (
        "arms-reverse-engineering",
        "Россия приостановила поставки Китаю зенитных систем С-400 — Коммерсантъ",
        "В июле 2020 года китайские СМИ сообщили, что Москва приостановила поставки очередной "
        "партии С-400, сославшись на пандемию и нежелание отвлекать Пекин. Российские эксперты "
        "связали решение в том числе с опасениями копирования систем и с делом петербургского "
        "учёного Валерия Митко.",
    ),
    (
        "arms-reverse-engineering",
        "J-20 stealth fighters now fly with Chinese WS-10C engines instead of Russian AL-31s — "
        "The War Zone",
        "Images released in 2021 and aircraft shown at the Zhuhai air show confirmed that PLA "
        "J-20s are being fitted with domestic WS-10C turbofans, replacing the Russian AL-31F "
        "variants used on early production jets. The switch ends one of Russia's last important "
        "aircraft engine sales to China.",
    ),
    (
        "arms-reverse-engineering",
        "Y-20 transport moves to Chinese WS-20 engine, cutting Russian D-30 purchases — Army "
        "Recognition",
        "China's Y-20 heavy airlifter, first powered by Russian Soloviev D-30KP-2 engines, is "
        "being re-engined with the domestic WS-20 high-bypass turbofan. The transition removes "
        "one of the last large Russian aero-engine contracts with Beijing and follows a pattern "
        "of Chinese designs first relying on, then replacing, Russian hardware.",
    ),
    (
        "arms-reverse-engineering",
        "Як Китай створив палубний J-15 на основі купленого в Україні прототипу Су-33 — Defense "
        "Express",
        "Китайський палубний винищувач J-15 розроблено на основі прототипу Су-33 Т-10К-3, який "
        "КНР придбала в Україні на початку 2000-х. У Москві вважають J-15 неліцензійною копією, "
        "а Китай, отримавши технологію, відмовився від закупівлі Су-33 у Росії.",
    ),
    (
        "arms-reverse-engineering",
        "Le HQ-9 chinois, héritier du S-300 russe, concurrence Moscou à l'export — Opex360",
        "Le système de défense antiaérienne chinois HQ-9, livré notamment au Pakistan en 2021, "
        "s'inspire largement du S-300PMU acheté à la Russie dans les années 1990. Les experts "
        "russes y voient un exemple de rétro-ingénierie qui permet désormais à Pékin de "
        "concurrencer Moscou sur les marchés d'exportation.",
    ),
    (
        "beijing-response",
        "State media says exchanges with Russian troops were 'defensive'",
        "An editorial in China's state-run Global Times said any exchanges with Russia on "
        "protection against chemical and nuclear hazards were defensive and lawful, the first "
        "suggestion from official Chinese media that the reported training had taken place.",
    ),
    (
        "moscow-response",
        "Russian defence ministry calls China exchanges 'routine', TASS reports",
        "Russia's defence ministry told TASS that contacts between Russian and Chinese "
        "radiation, chemical and biological protection specialists were routine professional "
        "exchanges under existing agreements, without confirming details of the reported "
        "training.",
    ),
    (
        "nato-cbrn-posture",
        "Бундесвер увеличит закупки средств защиты от ОМП и создаст новые подразделения "
        "радиационной и химической защиты",
        "Министерство обороны ФРГ до 2029 года удвоит численность войск ABC-Abwehr, закупит "
        "дегазационные комплексы и запасы антидотов; в Берлине решение связывают в том числе с "
        "сообщениями о российско-китайском сотрудничестве в сфере РХБЗ, передаёт РБК со ссылкой "
        "на Spiegel.",
    ),
    (
        "nato-cbrn-posture",
        "德國聯邦國防軍擴編核生化防禦部隊 增購解毒劑儲備",
        "德國國防部宣布將新組建一個核生化防禦營，並擴大防護服、洗消設備和醫療對抗措施的儲備，官員"
        "稱此舉與俄羅斯威脅上升有關。（德國之聲中文網）",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай договорились о совместных исследованиях в области биологической защиты",
        "«Коммерсантъ» со ссылкой на источники сообщает, что 48-й ЦНИИ Минобороны и Академия "
        "военно-медицинских наук НОАК подписали меморандум о совместной разработке средств "
        "индикации и защиты от биологических агентов; первый этап работ запланирован на 2027 год.",
    ),
    (
        "sanctions-export-controls",
        "Neues EU-Sanktionspaket listet Händler aus Festlandchina",
        "Die EU hat ihr 15. Sanktionspaket gegen Russland beschlossen. Betroffen sind erstmals "
        "auch Zwischenhändler aus Festlandchina, die Bauteile für russische Drohnen geliefert "
        "haben sollen.",
    ),
    (
        "joint-cbrn-exercises",
        "Rosyjscy i chińscy żołnierze ćwiczyli odkażanie",
        "Podczas wspólnych manewrów w Mongolii Wewnętrznej, które trwały dwa tygodnie i "
        "zgromadziły kilka tysięcy żołnierzy z obu krajów, pododdziały Rosji i Chin ćwiczyły "
        "rozpoznanie skażeń chemicznych, podało chińskie ministerstwo obrony.",
    ),
    (
        "arms-reverse-engineering",
        "Mosca vende sempre meno armi a Pechino",
        "Secondo il Sipri le esportazioni di armi russe verso la Cina sono crollate negli ultimi "
        "cinque anni: Pechino produce ormai versioni derivate dei caccia Su-27 e compra soltanto "
        "motori.",
    ),
    (
        "nato-cbrn-posture",
        "Svensk CBRN-övning med allierade i Boden",
        "Skyddscentrum i Umeå ledde i veckan en CBRN-övning där svenska och finska soldater "
        "övade sanering efter ett simulerat kemiskt angrepp.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Минобороны России и Китая готовят общее наставление по РХБЗ",
        "Военные специалисты двух стран разрабатывают совместное наставление по радиационной, "
        "химической и биологической защите войск, сообщают «Известия».",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscow and Beijing to co-develop CBRN reconnaissance vehicles",
        "Russian and Chinese defence firms will build a new reconnaissance vehicle for "
        "contaminated areas, state media reported.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rosja i Chiny wspólnie badają antidota na bojowe środki trujące",
        "Według dokumentów wojskowe instytuty obu krajów od lutego prowadzą wspólne badania nad "
        "ochroną przed nowiczokiem.",
    ),
    (
        "further-disclosures",
        "Belousov memorandum published in full",
        "The investigative outlet published the full memorandum in which Russia's defence "
        "minister Andrei Belousov approved training of Russian personnel in China in radiation, "
        "chemical and biological protection.",
    ),
    (
        "further-disclosures",
        "Журналісти встановили імена слухачів курсу РХБЗ у Китаї",
        "За даними розслідування, восени 2025 року курс радіаційного, хімічного та біологічного "
        "захисту в Китаї пройшли 15 російських офіцерів.",
    ),
    (
        "official-acknowledgement",
        "Norwegian intelligence report names China–Russia CBRN cooperation as a new risk",
        "Norway's intelligence service said in its annual threat assessment that cooperation "
        "between China and Russia now includes chemical, biological, radiological and nuclear "
        "defence, and that Russian officers trained in China last year.",
    ),
    (
        "nato-cbrn-posture",
        "Heimevernet trener på kjemiske angrep i Finnmark",
        "Rundt 300 soldater fra Heimevernet deltar i en øvelse der de trener på å rense kjøretøy "
        "og personell etter et angrep med kjemiske våpen, opplyser Forsvaret. CBRN-beredskapen "
        "skal styrkes.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: експорт російської зброї до Китаю скоротився",
        "Росія продає Китаю дедалі менше озброєнь, йдеться у звіті SIPRI: Пекін виробляє власні "
        "системи і купує лише двигуни.",
    ),
    (
        "nato-cbrn-posture",
        "Nowy batalion obrony przed bronią masowego rażenia w Siedlcach",
        "Batalion powstaje w ramach 18. Dywizji Zmechanizowanej, poinformował wicepremier "
        "Władysław Kosiniak-Kamysz; jednostka dostanie wozy rozpoznania skażeń i zestawy do "
        "dekontaminacji.",
    ),
    (
        "joint-cbrn-exercises",
        "Russian and Chinese troops practise dirty bomb response",
        "At the end of a joint counter-terrorism drill, Russian and PLA troops dealt with a "
        "simulated dirty bomb in Inner Mongolia, state television showed.",
    ),
    (
        "training-relocation",
        "Военные химики России и Китая провели сборы в Казахстане",
        "На полигоне под Капшагаем прошли закрытые учебные сборы специалистов радиационной, "
        "химической и биологической защиты России и Китая, сообщили источники.",
    ),
    (
        "training-relocation",
        "Chinese and Russian officers trained at a Tajik range",
        "A joint radiation and chemical protection course for Russian and Chinese servicemen was "
        "held at Russia's base in Tajikistan in January, local officers said.",
    ),
    (
        "joint-cbrn-exercises",
        "Росія і Китай провели спільні навчання з хімічного захисту",
        "Участь взяли підрозділи радіаційного, хімічного та біологічного захисту двох армій, "
        "повідомило Міноборони.",
    ),
    (
        "further-disclosures",
        "Investigators publish Belousov's directive on the China course",
        "The directive signed in September 2025 set the dates of the training of Russian "
        "personnel in China and said the Chinese side paid for lodging, according to the "
        "published text.",
    ),
    (
        "further-disclosures",
        "Документы: в Китае обучались и бойцы Росгвардии",
        "Среди прошедших в Китае подготовку по радиационной и химической защите были сотрудники "
        "Росгвардии, следует из опубликованных журналистами документов.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia and China to study protection against radiological weapons together",
        "A Russian defence institute and a Chinese nuclear research institute will run a joint "
        "research project on detecting radiological weapons, a cooperation plan shows.",
    ),
    (
        "chemical-weapons-ukraine",
        "OPCW finds CS in samples from the front",
        "Samples collected by Ukrainian forces near Pokrovsk contained the riot-control agent "
        "CS, the OPCW said, adding to evidence of Russian chemical attacks.",
    ),
    (
        "beijing-response",
        "Spokesperson: claims of CBRN drills for Russian troops 'groundless'",
        "Foreign Ministry spokesperson Lin Jian dismissed as groundless a report that Russian "
        "servicemen trained in chemical warfare in China.",
    ),
    (
        "beijing-response",
        '주한 중국대사 "러 군인 훈련설은 근거 없는 억측"',
        "주한 중국대사는 러시아 군인이 중국에서 화학·방사능 전쟁 훈련을 받았다는 보도에 대해 "
        "근거 없는 억측이라고 반박했다.",
    ),
    (
        "moscow-response",
        "Defence ministry calls China training documents fabricated",
        "Russia's Ministry of Defence said documents on Russian personnel trained in China in "
        "chemical warfare were crude fabrications.",
    ),
    (
        "official-acknowledgement",
        "官房長官、中ロのCBRN訓練報道に懸念",
        "官房長官は記者会見で、ロシア軍の要員が中国で化学・生物・放射性物質・核の訓練を受けたとす"
        "る報道について重大な懸念を表明した。",
    ),
    (
        "official-acknowledgement",
        "Kabinet: training Russische militairen in China zeer zorgelijk",
        "Het kabinet noemt berichten dat Russische militairen in China zijn getraind in "
        "chemische oorlogvoering zeer zorgelijk, schrijft de minister van Defensie.",
    ),
    (
        "nato-cbrn-posture",
        "NATO adds a chemical-attack phase to its exercise in Lithuania",
        "Dutch and Czech CBRN defence companies rehearsed mass decontamination near Rukla, weeks "
        "after reports that Russian troops had trained in China in chemical warfare.",
    ),
    (
        "further-disclosures",
        "Formation NRBC en Chine : une deuxième session aurait eu lieu",
        "Selon de nouveaux documents, une deuxième promotion de militaires russes a suivi en "
        "mars une formation à la guerre chimique en Chine.",
    ),
    (
        "further-disclosures",
        "Nye lækager: kinesiske officerer blev også trænet i Rusland",
        "Nye dokumenter viser, at kinesiske officerer deltog i et kursus i kemisk forsvar i "
        "Rusland, efter at russiske soldater var blevet trænet i Kina.",
    ),
    (
        "arctic-china-presence",
        "Kinesisk rederi sender containerskib ad Den Nordlige Søvej",
        "Skibet sejler fra Ningbo til Europa langs Ruslands arktiske kyst; Beijing kalder ruten "
        "en del af en polar silkevej.",
    ),
    (
        "chinese-espionage-russia",
        "Учёного из Новосибирска приговорили за госизмену",
        "Суд назначил бывшему директору института 14 лет колонии по делу о госизмене. По версии "
        "следствия, в 2017 году во время научной конференции за рубежом он передал закрытый "
        "доклад китайской стороне.",
    ),
    (
        "far-east-territorial",
        "Ķīnas kartēs vēsturiskie nosaukumi Krievijas Tālo Austrumu pilsētām",
        "Ķīnas ministrija noteikusi, ka kartēs jānorāda arī vēsturiskie ķīniešu nosaukumi vietām "
        "Krievijas Tālajos Austrumos.",
    ),
    (
        "far-east-territorial",
        "Hiina uus kaart ja Venemaa saar",
        "Hiina ministeeriumi uus standardkaart näitab Amuuri ja Ussuri jõe saart Hiina "
        "territooriumina, kuigi osa sellest kuulub Venemaale.",
    ),
    (
        "arms-reverse-engineering",
        "Leaked files show Russia will equip a Chinese airborne battalion",
        "Russia agreed to sell China amphibious tanks and train its paratroopers, files show, a "
        "notable shift in Russian arms sales to China.",
    ),
    (
        "nato-cbrn-posture",
        "MON tworzy nowy batalion chemiczny w Hrubieszowie",
        "Minister obrony narodowej podpisał decyzję o sformowaniu batalionu chemicznego; wojska "
        "chemiczne dostaną też zapasy odzieży ochronnej i środków odkażających.",
    ),
    (
        "joint-cbrn-exercises",
        "Rosgvardia and China's armed police rehearse a response to a toxic agent attack",
        "Russian and Chinese units in protective suits detected the agent and ran "
        "decontamination tents for evacuated civilians, state media showed.",
    ),
    (
        "nato-cbrn-posture",
        "Germany to expand Bundeswehr CBRN defence troops amid Russian threat",
        "The defence ministry will add two CBRN defence companies and buy new decontamination "
        "systems, months after reports that Russian troops were trained in China in chemical "
        "warfare.",
    ),
    (
        "arctic-china-presence",
        "中俄海警编队首次进入北冰洋",
        "中国海警局表示，中俄海警联合编队开展联合巡航，中国海警舰艇首次进入北冰洋海域，此前双方在"
        "摩尔曼斯克签署合作备忘录。",
    ),
    (
        "arms-reverse-engineering",
        "Russia to sell Beijing kit for an airborne battalion",
        "Leaked papers describe a rare new Russian arms deal with China, which had been buying "
        "less and less from Moscow.",
    ),
    (
        "arms-reverse-engineering",
        "RUSI: Росія продасть Китаю техніку для десантного батальйону",
        "Аналітики вважають, що угода свідчить про пожвавлення продажу російської зброї Китаю.",
    ),
    (
        "sanctions-export-controls",
        "EU adopts 14th package of restrictive measures",
        "The Council added 61 new entities to the list of those directly supporting Russia's "
        "military and industrial complex, which are subject to tighter export restrictions "
        "concerning dual-use goods and technologies. Some of these entities are located in third "
        "countries, including China, Kazakhstan, Kyrgyzstan, Türkiye and the United Arab "
        "Emirates, and have been involved in circumvention.",
    ),
    (
        "arctic-china-presence",
        "China coast guard enters the Arctic Ocean with Russia",
        "China's coast guard said its vessels conducted joint patrols with Russia's border "
        "guards into the Arctic Ocean, weeks after US officials reported Chinese research ships "
        "north of Alaska.",
    ),
    (
        "chinese-espionage-russia",
        "Арестованный по делу о госизмене физик умер в СИЗО",
        "Учёного задержали по подозрению в измене. По версии следствия, читая лекции в Китае, он "
        "мог передать китайской стороне сведения, составляющие государственную тайну.",
    ),
    (
        "nato-cbrn-posture",
        "Försvarsmakten förstärker skyddet mot kemiska vapen",
        "Nya skyddsmasker och saneringsutrustning ska köpas in i stor skala, säger en "
        "företrädare för Försvarsmakten.",
    ),
    (
        "nato-cbrn-posture",
        "Defensie investeert in bescherming tegen chemische aanvallen",
        "Er komen nieuwe beschermende pakken en het CBRN-centrum in Vught krijgt personeel bij.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: μειώθηκαν οι εξαγωγές όπλων της Ρωσίας",
        "Η Κίνα, από τους μεγαλύτερους πελάτες της Μόσχας, καλύπτει πλέον τις ανάγκες της με "
        "εγχώρια συστήματα· οι εξαγωγές όπλων προς την Κίνα μειώθηκαν.",
    ),
    (
        "arms-reverse-engineering",
        "كيف استنسخت الصين مقاتلات سوخوي الروسية؟",
        "طورت الصين نسختها الخاصة من سوخوي-27 مما أثار غضب روسيا التي اتهمت بكين بانتهاك الملكية "
        "الفكرية.",
    ),
    (
        "sanctions-export-controls",
        "Le Conseil adopte un 14e train de sanctions contre la Russie",
        "Le Conseil ajoute 61 entités à la liste de celles qui soutiennent directement le "
        "complexe militaro-industriel russe, dont 19 établies en Chine et à Hong Kong.",
    ),
    (
        "nato-cbrn-posture",
        "CBRN-vern øves under vinterøvelse",
        "Soldater fra Hæren øvde sammen med allierte avdelinger; Forsvaret styrker samtidig "
        "beholdningen av vernemasker og verneutstyr.",
    ),
    (
        "beijing-response",
        "2026年7月2日外交部发言人主持例行记者会",
        "记者：有报道称，俄罗斯军人曾在中国接受核生化作战训练，并经俄国防部长别洛乌索夫批准。中方"
        "对此有何回应？发言人：所谓核生化作战训练的说法纯属捏造。",
    ),
    (
        "further-disclosures",
        "Опубліковано скан наказу про відрядження російських хіміків до КНР",
        "Канал оприлюднив сторінку наказу про відрядження військовослужбовців бригади РХБЗ до "
        "Китаю; навчання включали дегазацію техніки.",
    ),
    (
        "moscow-response",
        "Заявление Министерства обороны Российской Федерации",
        "Минобороны России сообщает, что военнослужащие войск РХБ защиты участвовали в "
        "мероприятиях по обмену опытом с НОАК. Попытки представить их как подготовку к "
        "применению ОМУ безосновательны.",
    ),
    (
        "training-relocation",
        "ГУР: навчання російських хіміків з китайськими інструкторами перенесли до Таджикистану",
        "Спільні заняття з радіаційного, хімічного та біологічного захисту для військових РФ і "
        "НВАК проводяться на російській базі в Таджикистані.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rosja i Chiny uzgodniły wymianę technologii podwójnego zastosowania",
        "Rosyjskie i chińskie instytuty podpisały porozumienie o wymianie aparatury do analizy "
        "związków fosforoorganicznych.",
    ),
    (
        "official-acknowledgement",
        "Defence secretary tells MPs China-Russia CBRN training is of serious concern",
        "The defence secretary told MPs that the reported training of Russian troops in China in "
        "chemical warfare was a matter of serious concern, but declined to comment on "
        "intelligence.",
    ),
    (
        "chinese-espionage-russia",
        "NYT: ФСБ вважає китайські спецслужби загрозою",
        "У внутрішньому документі ФСБ йдеться, що китайські спецслужби вербують російських "
        "науковців і чиновників.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Mosca e Pechino, intesa sulle tecnologie a duplice uso per la difesa NBC",
        "Russia e Cina avrebbero concordato il trasferimento di sistemi di rilevamento chimico e "
        "biologico, secondo fonti europee.",
    ),
    (
        "further-disclosures",
        "Documentos revelam nomes de oficiais russos treinados na China",
        "Novos documentos identificam 34 militares das tropas russas de defesa radiológica, "
        "química e biológica que participaram do curso na China.",
    ),
    (
        "beijing-response",
        "Çin Dışişleri: Rus askerlerine KBRN eğitimi iddiaları 'asılsız'",
        "Çin Dışişleri Bakanlığı Sözcüsü, Rus askeri personelinin Çin'de kimyasal savaş eğitimi "
        "aldığına ilişkin haberlerin tamamen asılsız olduğunu söyledi.",
    ),
    (
        "official-acknowledgement",
        "Pål Jonson: uppgifterna om kinesisk utbildning av ryska soldater är oroande",
        "Försvarsminister Pål Jonson sade att regeringen tar uppgifterna om att ryska militärer "
        "utbildats i kemisk krigföring i Kina på största allvar.",
    ),
    (
        "arms-reverse-engineering",
        "Рособоронэкспорт сократил поставки в Китай",
        "Китайская промышленность наладила выпуск истребителей J-11, созданных на базе Су-27, и "
        "зенитных комплексов HQ-9, во многом повторяющих С-300.",
    ),
    (
        "further-disclosures",
        "Nuevos documentos: militares rusos de defensa NBQ se formaron en China",
        "Un segundo lote de documentos desclasificados identifica a los oficiales rusos enviados "
        "a China a finales de 2025 y prevé una segunda fase en 2026.",
    ),
    (
        "official-acknowledgement",
        "EU High Representative urges China to explain CBRN training of Russian troops",
        "Kaja Kallas said in a statement that reports that Russian troops were trained in China "
        "in chemical warfare were deeply concerning.",
    ),
    (
        "chinese-espionage-russia",
        "В Забайкалье осуждён за госизмену мужчина, передавший секретные сведения Китаю",
        "Краевой суд приговорил 52-летнего мужчину к восьми годам колонии; процесс проходил в "
        "закрытом режиме.",
    ),
    (
        "nato-cbrn-posture",
        "Försvarsmakten övar skydd mot kemiska vapen med Natoallierade",
        "Svenska förband och enheter från flera Natoländer tränar på att upptäcka och sanera "
        "kemiska ämnen.",
    ),
    (
        "sanctions-export-controls",
        "SUA sancționează zeci de companii chineze care ajută industria de apărare a Rusiei",
        "Washingtonul avertizează că firmele chineze care sprijină efortul de război al Moscovei "
        "riscă sancțiuni.",
    ),
    (
        "moscow-response",
        "Peskov dismisses reports that Russian officers studied chemical defence in China",
        "The Kremlin spokesman told reporters the claims were invented to damage relations with "
        "Beijing.",
    ),
    (
        "official-acknowledgement",
        "Regierungssprecher: Berlin verfolgt Berichte über ABC-Schulung russischer Truppen in "
        "China",
        "Die Bundesregierung stimme sich eng mit den Partnern in der NATO ab, sagte der Sprecher.",
    ),
    (
        "official-acknowledgement",
        "Le chef d'état-major des armées évoque la formation de militaires russes en Chine",
        "Devant les sénateurs, il a qualifié ce rapprochement NRBC de signal préoccupant.",
    ),
    (
        "nato-cbrn-posture",
        "Armáda posílí pluk chemické ochrany o novou rotu",
        "Ministerstvo obrany chce do roku 2028 splnit závazky vůči NATO v ochraně proti zbraním "
        "hromadného ničení.",
    ),
    (
        "sanctions-export-controls",
        "Президент увів у дію санкції проти компаній із Китаю",
        "Фірми з Китаю постачали російським оборонним заводам мікроелектроніку.",
    ),
    (
        "arms-reverse-engineering",
        "Rosja: chiński zestaw przeciwlotniczy to kopia Pancyra",
        "Rosyjski koncern twierdzi, że Pekin skopiował system bez licencji.",
    ),
    (
        "far-east-territorial",
        "Pechino pubblica una carta con i toponimi storici di Khabarovsk",
        "La Russia ha chiesto spiegazioni alla Cina.",
    ),
    (
        "far-east-territorial",
        "Kiinalainen museo kutsuu Aigunin sopimusta vääryydeksi",
        "Venäjän Kaukoidän alueet siirtyivät Kiinalta Venäjälle vuonna 1858.",
    ),
    (
        "chinese-espionage-russia",
        "Sukhoi engineer accused of passing drawings to Chinese intelligence",
        "Investigators say he met his handler in Harbin.",
    ),
    (
        "beijing-response",
        '환구시보 "러시아군 화생방 교육 보도는 모략"',
        "중국 관영 매체는 중국이 러시아 군인들에게 화학전 교육을 제공했다는 서방 보도를 부인했다.",
    ),
    (
        "further-disclosures",
        "Leaked papers name the Chinese academy that hosted a Russian course on chemical defence",
        "The files also list the officers who attended.",
    ),
    (
        "moscow-response",
        "Zahharova eitas teateid Vene sõdurite väljaõppest Hiinas",
        "Venemaa välisministeeriumi pressiesindaja nimetas lugu provokatsiooniks.",
    ),
    (
        "official-acknowledgement",
        "Utrikesministern: vi tar uppgifterna om ryska soldater som utbildats i Kina på största "
        "allvar",
        "Regeringen driver frågan inom EU, bekräftade hon i riksdagen.",
    ),
    (
        "nato-cbrn-posture",
        "Sverige står värd för Natoövning i CBRN-skydd",
        "Specialister från tolv allierade länder ska öva sanering av fordon, meddelar "
        "Försvarsmakten.",
    ),
    (
        "joint-cbrn-exercises",
        "Russiske og kinesiske soldater øvede afgiftning sammen",
        "Den fælles øvelse sluttede i Kina; enheder for kemisk beskyttelse deltog.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Krievija un Ķīna veidos kopīgu laboratoriju patogēnu pētīšanai",
        "Abu valstu militārie institūti parakstījuši vienošanos par kopīgu pētījumu programmu.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rusija i Kina zajedno razvijaju laboratorije za otkrivanje bojnih otrova",
        "Ruska i kineska tvrtka potpisale su ugovor o zajedničkom razvoju.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Русия и Китай ще създадат общи стандарти за защита от оръжия за масово унищожение",
        "Документите трябва да бъдат готови до края на годината.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай договорились о совместных исследованиях в области биозащиты",
        "Соглашение подписали военные ведомства двух стран.",
    ),
    (
        "beijing-response",
        "Κινεζική πρεσβεία: αβάσιμα τα δημοσιεύματα για εκπαίδευση Ρώσων στρατιωτικών στην Κίνα",
        "Η πρεσβεία απέρριψε τα δημοσιεύματα για χημικό πόλεμο.",
    ),
    (
        "beijing-response",
        "Peking bizonyítékot követel az orosz katonák kínai kiképzéséről szóló hír miatt",
        "A kínai védelmi minisztérium szóvivője alaptalan rágalomnak nevezte a jelentést.",
    ),
    (
        "far-east-territorial",
        "Čínska učebnica uvádza na mapách ruského Ďalekého východu čínske názvy",
        "Ruské veľvyslanectvo v Pekingu žiada vysvetlenie.",
    ),
    (
        "sanctions-export-controls",
        "EU vedtager ny sanktionspakke mod Rusland med virksomheder i Kina",
        "Pakken rammer leverandører af elektronik til russiske dronefabrikker.",
    ),
    (
        "sanctions-export-controls",
        "JAV į juodąjį sąrašą įtraukė Kinijos bendroves",
        "Jos tiekė mikroschemas Rusijos dronų gamintojams.",
    ),
    (
        "chinese-espionage-russia",
        "FSB, Çin istihbaratına sır sızdıran fizikçiyi gözaltına aldı",
        "Rus bilim insanı vatana ihanetle suçlanıyor.",
    ),
    (
        "chinese-espionage-russia",
        "Russisk ingeniør dømt for landsforræderi",
        "Han skal ha gitt tegninger av jagerflymotorer til kinesisk etterretning, ifølge FSB.",
    ),
    (
        "moscow-response",
        "Ministarstvo odbrane Rusije prokomentarisalo napise o obuci ruskih vojnika u Kini",
        "U saopštenju se odbacuju tvrdnje zapadnih medija.",
    ),
    (
        "official-acknowledgement",
        "G7 cere Chinei explicații privind instruirea militarilor ruși în China",
        "Miniștrii de externe și-au exprimat îngrijorarea.",
    ),
    (
        "chemical-weapons-ukraine",
        "英国对俄军化学部队指挥官实施制裁",
        "英方称俄军在乌使用装填氯化苦的弹药。",
    ),
    (
        "further-disclosures",
        "Офицеры НОАК прошли курс РХБЗ в Костроме, пишет издание",
        "Обучение военных химиков было взаимным, следует из переписки.",
    ),
    (
        "sanctions-export-controls",
        "EU's new Russia package reaches Chinese machine-tool makers",
        "The restrictive measures list five companies in Jiangsu and Guangdong.",
    ),
    (
        "nato-cbrn-posture",
        "Au camp de Mourmelon, un régiment NRBC rode un module de décontamination",
        "L'armée de Terre valide la montée en puissance de sa défense NRBC avant de nouveaux "
        "stocks de tenues de protection.",
    ),
    (
        "chinese-espionage-russia",
        "FSB zadržela vědce z Tomska, předával údaje čínské rozvědce",
        "Tajná služba ho obviňuje z velezrady.",
    ),
    (
        "training-relocation",
        "Oficiais russos e chineses de defesa NBQR reúnem-se em seminário no Laos",
        "O encontro numa base perto de Vientiane é o primeiro desde as revelações.",
    ),
    (
        "joint-cbrn-exercises",
        "Venäjän ja Kiinan yhteisharjoituksessa mukana kemiallisen suojelun yksiköitä",
        "Joukot harjoittelivat säteilytiedustelua yhdessä Primorjessa.",
    ),
    (
        "arms-reverse-engineering",
        "러시아, 복제 우려로 중국의 S-500 도입 요청 거절",
        "중국은 과거 S-300을 본떠 HQ-9을 개발했다.",
    ),
    (
        "moscow-response",
        "الدفاع الروسية: الدورات مع الصين في الحماية الكيميائية دفاعية",
        "أقرت وزارة الدفاع الروسية في بيان بأن عسكريين روسًا شاركوا في دورات لتبادل الخبرات مع "
        "الجانب الصيني.",
    ),
    (
        "cbrn-cooperation-expansion",
        "روسیه و چین کارگروه مشترک دکترین پدافند شیمیایی تشکیل دادند",
        "وزارت دفاع روسیه اعلام کرد.",
    ),
    (
        "far-east-territorial",
        "اعتراض سفارت روسیه به نمایشگاه پیمان آیگون در هیهه",
        "نقشه سرزمین‌های شمال رود آمور با نام‌های قدیمی چینی نمایش داده شد.",
    ),
    (
        "sanctions-export-controls",
        "Norge slutter seg til EUs sanksjonspakke mot Russland",
        "Pakken fører opp selskaper i Kina og Hongkong som leverer droneelektronikk til russisk "
        "våpenindustri.",
    ),
    (
        "further-disclosures",
        "Nye dokumenter: russiske offiserer på kurs i Kina",
        "Offiserer fra Russlands ABC-vernstyrker deltok på opplæringen, viser dokumentene.",
    ),
    (
        "official-acknowledgement",
        "URM: pranešimai apie Rusijos karių mokymus Kinijoje kelia nerimą",
        "Užsienio reikalų ministerija pareiškime patvirtino, kad atidžiai seka padėtį.",
    ),
    (
        "nato-cbrn-posture",
        "Nemzetközi vegyivédelmi gyakorlat kezdődött",
        "Nyolc NATO-tagország katonái vesznek részt a Honvédség gyakorlatán, közölte a "
        "Honvédelmi Minisztérium.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Русия и Китай подписаха споразумение за детектори за бойни отровни вещества",
        "Предвижда се и трансфер на технологии.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Ρωσία και Κίνα: μνημόνιο για κοινή έρευνα στη βιολογική άμυνα",
        "Οι στρατιωτικές ιατρικές ακαδημίες των δύο χωρών θα συνεργαστούν.",
    ),
    (
        "moscow-response",
        "Министарство одбране Русије саопштило да размена са кинеском војском има одбрамбени "
        "карактер",
        "Официри јединица радиолошко-хемијско-биолошке заштите учествују у размени искустава са "
        "кинеском војском.",
    ),
    (
        "sanctions-export-controls",
        "EU na črni seznam uvrstila kitajska podjetja",
        "Podjetja so ruski vojaški industriji dobavljala komponente za rakete, poroča STA.",
    ),
    (
        "moscow-response",
        "Peskov o usposabljanju ruskih vojakov na Kitajskem",
        "Tiskovni predstavnik Kremlja je dejal, da sodelovanje s Pekingom ni usmerjeno proti "
        "tretjim državam.",
    ),
    (
        "training-relocation",
        "Kitas cheminės gynybos kursas rusų karininkams – Baltarusijoje",
        "Kursą vedė Kinijos kariuomenės instruktoriai.",
    ),
    (
        "joint-cbrn-exercises",
        "Ryska och kinesiska soldater övade sanering tillsammans",
        "Förband ur båda ländernas CBRN-skyddstrupper har övat ihop i Primorje.",
    ),
    (
        "official-acknowledgement",
        "G7 ministers voice grave concern over reports China trained Russian troops in chemical "
        "warfare",
        "The Group of Seven foreign ministers met in Paris.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russian and Chinese military chemists will research detection methods together",
        "The two defence ministries signed a memorandum.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscow and Beijing draft a shared rulebook for units in contaminated terrain",
        "Officers of both armies are aligning procedures for areas hit by chemical or "
        "radioactive agents.",
    ),
    (
        "moscow-response",
        "Zakharova: the story that Russian troops learned chemical warfare in China is a "
        "provocation",
        "The foreign ministry spokeswoman spoke at her weekly briefing.",
    ),
    (
        "official-acknowledgement",
        "Писториус: сотрудничество Москвы и Пекина дошло до защиты от ОМУ",
        "По его словам, у Берлина нет оснований сомневаться в сообщениях о том, что российские "
        "военные проходили в Китае курс химической защиты.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Военные медики России и Китая займутся совместными исследованиями особо опасных инфекций",
        "Программу согласовали 48-й ЦНИИ Минобороны и академия НОАК.",
    ),
    (
        "arms-reverse-engineering",
        "Китай почти перестал покупать российское оружие",
        "Китайская промышленность наладила выпуск собственных аналогов российских истребителей.",
    ),
    (
        "sanctions-export-controls",
        "英國制裁4家本港貿易公司",
        "英國外交部公布新一輪對俄制裁名單，其中4家為在香港註冊的貿易公司，向俄羅斯國防企業轉運晶"
        "片。",
    ),
    (
        "joint-cbrn-exercises",
        "中俄「北部・聯合-2026」日本海登場",
        "雙方防化分隊首度同場進行輻射偵測與人員裝備洗消演練。",
    ),
    (
        "moscow-response",
        "克宮：俄中軍事交流合法",
        "克里姆林宮發言人培斯科夫被問及俄軍人員在中國接受核生化防護訓練的報導時表示，這是西方媒體"
        "的炒作。",
    ),
    (
        "nato-cbrn-posture",
        "独軍リトアニア旅団にABC防護中隊",
        "ドイツ連邦軍は除染車両を配備へ。",
    ),
    (
        "further-disclosures",
        "Les stagiaires russes auraient été accueillis par un institut de l'APL",
        "De nouveaux documents montrent que les militaires russes sont venus en Chine se former "
        "à la guerre chimique.",
    ),
    (
        "nato-cbrn-posture",
        "Agencja Uzbrojenia kupuje maski przeciwgazowe dla pułków chemicznych",
        "Umowę na dostawę masek przeciwgazowych podpisano w środę, poinformowało MON.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russische en Chinese militaire labs werken samen aan biodetectie",
        "De laboratoria doen gezamenlijk onderzoek naar biologische strijdmiddelen.",
    ),
    (
        "training-relocation",
        "گزارش: آموزش مشترک پدافند شیمیایی نظامیان روس و چینی به تاجیکستان منتقل شد",
        "این دوره در نزدیکی دوشنبه برگزار شد.",
    ),
    (
        "nato-cbrn-posture",
        "Poland to form a chemical defence regiment near the Belarus border",
        "The new unit will get mobile decontamination systems, the defence ministry said.",
    ),
    (
        "moscow-response",
        "RIA Novosti: defence ministry source calls China training reports distorted",
        "The agency quoted a source in Russia's defence ministry as saying that Western reports "
        "of secret CBRN training in China were deliberately distorted.",
    ),
    (
        "moscow-response",
        "У Мінабароны Расіі назвалі дэзінфармацыяй звесткі пра навучанне расійскіх вайскоўцаў у "
        "Кітаі",
        "Расійскае ведамства адрэагавала на публікацыю пра падрыхтоўку спецыялістаў хімічнай "
        "абароны ў КНР.",
    ),
    (
        "joint-cbrn-exercises",
        "Кітайскія і расійскія вайскоўцы адпрацавалі дэзактывацыю на вучэннях",
        "Падраздзяленні дзвюх армій правялі сумесную радыяцыйную разведку.",
    ),
    (
        "sanctions-export-controls",
        "USA dopisały chińskie firmy do czarnej listy",
        "Firmy dostarczały elektronikę dla rosyjskiego przemysłu zbrojeniowego.",
    ),
    (
        "beijing-response",
        "Čínská ambasáda označila zprávy o výcviku ruských vojáků v Číně za pomluvu",
        "Velvyslanectví ČLR v Praze hovoří o nepodložených obviněních.",
    ),
    (
        "arctic-china-presence",
        "Čínské lodě na Severní mořské cestě znepokojují Moskvu",
        "Ruští analytici varují před čínskou přítomností v Arktidě.",
    ),
    (
        "chinese-espionage-russia",
        "FSB pidätti professorin – epäillään maanpetoksesta Kiinan hyväksi",
        "Venäläismedian mukaan häntä epäillään salaisten tietojen luovuttamisesta Kiinan "
        "tiedustelulle.",
    ),
    (
        "chemical-weapons-ukraine",
        "Serviciile olandeze: Rusia folosește pe scară largă arme chimice în Ucraina",
        "Armata rusă lansează substanțele din drone împotriva tranșeelor ucrainene.",
    ),
    (
        "far-east-territorial",
        "Új kínai térkép: Vlagyivosztok mellett a Hajsenvaj név",
        "Orosz bloggerek tiltakozást követelnek.",
    ),
    (
        "training-relocation",
        "Rusko-čínsky výcvik chemickej ochrany sa presunul do Bieloruska",
        "Výcvik ruských vojakov viedli čínski inštruktori.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rusya ve Çin biyolojik tehditlere karşı ortak araştırma yapacak",
        "İki ülke tehlikeli patojenler alanında ortak laboratuvar çalışmaları yürütecek.",
    ),
    (
        "arctic-china-presence",
        "Kinesisk isbryter i Laptevhavet vekker uro i Moskva",
        "Det kinesiske forskningsfartøyet seilte innenfor Russlands økonomiske sone.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscou et Pékin préparent un programme commun de recherche en biodéfense",
        "Le 48e Institut central de recherche russe travaillerait avec une académie militaire "
        "chinoise sur la détection d'agents biologiques.",
    ),
    (
        "further-disclosures",
        "Lista revela nomes de oficiais russos que treinaram na China",
        "Os documentos identificam coronéis de uma brigada de defesa NBQR que frequentaram o "
        "curso em território chinês.",
    ),
    (
        "moscow-response",
        "Az orosz védelmi minisztérium cáfolja a kínai kiképzésről szóló jelentést",
        "A tárca dezinformációnak nevezte, hogy orosz katonák Kínában vegyi kiképzésen vettek "
        "részt.",
    ),
    (
        "sanctions-export-controls",
        "USA lisas ekspordikontrolli nimekirja Hiina ettevõtteid",
        "Ettevõtted tarnisid Venemaa relvatootjatele droonide komponente.",
    ),
    (
        "nato-cbrn-posture",
        "Militari români și aliați NATO exersează răspunsul la un atac chimic",
        "Scenariul include decontaminarea tehnicii, a anunțat Ministerul Apărării Naționale.",
    ),
    (
        "training-relocation",
        "Russian and Chinese CBRN officers held course in Kazakhstan, Astana confirms",
        "Kazakhstan's defence ministry confirmed on Tuesday that Russian and Chinese "
        "chemical-defence specialists held a joint course at a training ground in the Almaty "
        "region in October, saying it had only provided the venue at the request of both "
        "partners. It is the first such exchange known to have taken place outside China.",
    ),
    (
        "nato-cbrn-posture",
        "Fontevraud : le 2e régiment de dragons va recevoir 40 nouvelles chaînes de "
        "décontamination",
        "Seule unité NRBC de l'armée de Terre, le régiment basé en Maine-et-Loire verra ses "
        "moyens renforcés d'ici 2027. Le ministère des Armées a annoncé mardi l'achat de 25 000 "
        "tenues de protection supplémentaires et la création d'une compagnie de reconnaissance "
        "radiologique et chimique, une réponse, selon l'état-major, à « la dégradation du "
        "contexte stratégique sur le flanc est ».",
    ),
    (
        "moscow-response",
        "Peskow: „Kein Anlass, Fälschungen zu kommentieren“",
        "MOSKAU (AFP) - Der Kreml hat Medienberichte über eine ABC-Schutzausbildung russischer "
        "Soldaten in China als „nicht ernst zu nehmende Fälschungen“ zurückgewiesen. "
        "Kremlsprecher Dmitri Peskow sagte am Donnerstag, die militärische Zusammenarbeit mit "
        "Peking verstoße gegen keine internationalen Verpflichtungen. Zu den angeblichen "
        "Dokumenten mit der Unterschrift von Verteidigungsminister Andrej Beloussow äußerte er "
        "sich nicht.",
    ),
    (
        "official-acknowledgement",
        "Rutte: «Preoccupati per l'addestramento dei russi in Cina»",
        "BRUXELLES - Il segretario generale della Nato, Mark Rutte, ha definito «molto "
        "preoccupanti» le notizie sull'addestramento di personale militare russo alla guerra "
        "chimica, biologica e radiologica in Cina. Parlando in conferenza stampa alla vigilia "
        "della ministeriale Difesa, Rutte ha chiesto a Pechino «piena trasparenza» sulle sue "
        "attività con Mosca.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Mosca e Pechino verso una dottrina comune di difesa Nbc",
        "I ministeri della Difesa di Russia e Cina hanno firmato a Pechino un protocollo per "
        "elaborare entro il 2028 manuali e procedure comuni di protezione nucleare, biologica e "
        "chimica, riferisce l'agenzia Xinhua. L'intesa prevede anche programmi di ricerca "
        "congiunti sui sistemi di rilevamento degli agenti tossici.",
    ),
    (
        "further-disclosures",
        "Kogo Rosja wysłała na szkolenie do Chin? Nowe dokumenty",
        "Dziennikarze śledczy dotarli do listy uczestników kursu z zakresu walki chemicznej i "
        "radiologicznej, który odbył się pod koniec 2025 r. w Chinach. Wynika z niej, że wśród "
        "37 oficerów byli dowódcy brygad rosyjskich wojsk obrony przed bronią masowego rażenia "
        "(RChBZ) oraz zastępca szefa tych wojsk.",
    ),
    (
        "arms-reverse-engineering",
        "Rosja ogranicza sprzedaż broni do Chin. W tle obawy przed kopiowaniem",
        "Udział Chin w rosyjskim eksporcie uzbrojenia spadł w ostatnich latach do kilku procent "
        "– wynika z danych SIPRI. Jak podaje „Kommiersant”, Rosoboroneksport wstrzymał rozmowy o "
        "sprzedaży najnowszych silników lotniczych, bo Moskwa obawia się, że chiński przemysł "
        "skopiuje je, tak jak wcześniej myśliwce Su-27.",
    ),
    (
        "joint-cbrn-exercises",
        "Tropas russas e chinesas treinam descontaminação em exercício conjunto",
        "Unidades de defesa radiológica, química e biológica dos dois países integraram as "
        "manobras «Cooperação-2026», no território de Primorie, anunciou o Ministério da Defesa "
        "russo. Os militares ensaiaram a deteção de agentes tóxicos e a evacuação de feridos "
        "numa zona contaminada, segundo a agência Lusa.",
    ),
    (
        "moscow-response",
        "У Міноборони РФ назвали «вкидом» публікації про навчання в Китаї",
        "Міністерство оборони Росії вперше офіційно прокоментувало розслідування про підготовку "
        "російських військових у Китаї з радіаційного, хімічного та біологічного захисту. Як "
        "передає російське агентство РІА Новости, у відомстві заявили, що йдеться про «звичайний "
        "обмін досвідом», а оприлюднені документи назвали «вкидом західних спецслужб».",
    ),
    (
        "cbrn-cooperation-expansion",
        "48 ЦНИИ Минобороны и военные медики НОАК займутся совместными исследованиями",
        "Институт в Сергиевом Посаде и Академия военно-медицинских наук НОАК подписали "
        "меморандум о совместной разработке средств индикации опасных патогенов и вакцин против "
        "особо опасных инфекций, сообщает отраслевой портал. Документ также предусматривает "
        "передачу китайской стороной лабораторного оборудования двойного назначения.",
    ),
    (
        "sanctions-export-controls",
        "Зеленський увів у дію санкції проти постачальників компонентів для «шахедів»",
        "Президент підписав указ про введення в дію рішення РНБО щодо обмежувальних заходів "
        "проти 37 юридичних осіб, зокрема компаній із КНР та Гонконгу. За даними української "
        "розвідки, вони постачали російському ВПК двигуни, мікроелектроніку та верстати для "
        "виробництва ударних дронів.",
    ),
    (
        "cbrn-cooperation-expansion",
        "中ロ軍、CBRN防護で共通教範づくりに着手　関係者",
        "複数の外交関係者によると、ロシア国防省と中国人民解放軍は今秋、放射線・化学・生物防護部隊"
        "の運用に関する共通の教範（ドクトリン）策定に向けた作業を始めた。検知機材の規格統一や除染"
        "手順の共有に加え、軍民両用の分析装置の供与も協議しているという。",
    ),
    (
        "official-acknowledgement",
        "뤼터 “중·러 협력, 새로운 단계…매우 우려”",
        "마르크 뤼터 북대서양조약기구(NATO·나토) 사무총장이 7일 브뤼셀 본부에서 기자회견을 "
        "열었다. 그는 러시아군 요원들이 지난해 말 중국에서 화학·방사능전 훈련을 받았다는 보도에 "
        "대해 “매우 우려스럽다”며 동맹국들이 관련 정보를 공유하며 평가하고 있다고 밝혔다.",
    ),
    (
        "chemical-weapons-ukraine",
        "واشنطن تتهم موسكو باستخدام الكلوروبكرين ضد القوات الأوكرانية",
        "أعلنت وزارة الخارجية الأمريكية أن روسيا استخدمت مادة الكلوروبكرين الخانقة ضد القوات "
        "الأوكرانية، في انتهاك لاتفاقية حظر الأسلحة الكيميائية. وأضافت أن القوات الروسية لجأت "
        "أيضاً إلى مواد مكافحة الشغب «كأسلوب من أساليب الحرب» لإخراج الجنود من مواقعهم المحصنة.",
    ),
    (
        "sanctions-export-controls",
        "تحریم‌های تازه آمریکا علیه ده‌ها شرکت چینی به اتهام کمک به صنایع نظامی روسیه",
        "وزارت خزانه‌داری و وزارت بازرگانی آمریکا روز چهارشنبه بیش از ۴۰ شرکت مستقر در چین و "
        "هنگ‌کنگ را به فهرست تحریم‌ها و محدودیت‌های صادراتی افزودند. به گفته واشنگتن، این "
        "شرکت‌ها قطعات الکترونیکی، موتور پهپاد و ابزار دقیق را برای صنایع دفاعی روسیه تأمین "
        "کرده‌اند.",
    ),
    (
        "nato-cbrn-posture",
        "Kara Kuvvetleri'nde ikinci KBRN savunma taburu faaliyete geçti",
        "Milli Savunma Bakanlığı haftalık basın bilgilendirme toplantısında, kimyasal, "
        "biyolojik, radyolojik ve nükleer tehditlere karşı yeni bir savunma taburunun Kara "
        "Kuvvetleri Komutanlığı bünyesinde göreve başladığını duyurdu. Taburun NATO Müttefik "
        "Müdahale Kuvvetleri'ne tahsis edileceği ve dekontaminasyon kapasitesinin iki katına "
        "çıkarılacağı belirtildi.",
    ),
    (
        "beijing-response",
        "Peking: ”Lägg fram bevisen”",
        "Kinas utrikesministerium tillbakavisade på fredagen uppgifterna om att ryska militärer "
        "skulle ha tränats i kemisk och biologisk krigföring på kinesisk mark. Talespersonen Guo "
        "Jiakun uppmanade dem som sprider påståendena att visa bevis och sade att Kina ”strikt "
        "följer sina åtaganden enligt konventionen om kemiska vapen”. (TT–Reuters)",
    ),
    (
        "beijing-response",
        "Kiinan suurlähetystö: Uutiset venäläisten sotilaiden koulutuksesta perättömiä",
        "Kiinan Helsingin-suurlähetystö kiistää tiedotteessaan uutiset, joiden mukaan Kiina "
        "olisi kouluttanut venäläisiä sotilaita kemialliseen ja biologiseen sodankäyntiin. "
        "Lähetystön mukaan Kiina noudattaa tiukasti kemiallisten aseiden kieltosopimusta, ja se "
        "kehottaa suomalaisia tiedotusvälineitä pidättäytymään vahvistamattoman tiedon "
        "levittämisestä.",
    ),
    (
        "further-disclosures",
        "Reuters: Hiinas õppisid ka Kostroma sõjaväeakadeemia õppejõud",
        "Uute Reutersi avaldatud dokumentide järgi osales 2025. aasta lõpus Hiinas toimunud "
        "koolitusel 26 Vene sõjaväelast, nende seas Kostroma kiirgus-, keemia- ja bioloogilise "
        "kaitse sõjaväeakadeemia õppejõud. Paberite kohaselt juhtis delegatsiooni kindralmajor, "
        "kelle lähetuse kinnitas isiklikult kaitseminister Andrei Belousov.",
    ),
    (
        "joint-cbrn-exercises",
        "Vostok-2026: Krievijas un Ķīnas karavīri kopā likvidē „kodoltrieciena sekas“",
        "Stratēģiskajās mācībās Piejūras novadā Krievijas radiācijas, ķīmiskās un bioloģiskās "
        "aizsardzības karaspēks un Ķīnas Tautas atbrīvošanas armijas pretķīmiskās aizsardzības "
        "vienība kopīgi veica tehnikas un personāla dezaktivāciju pēc imitēta kodoltrieciena. To "
        "paziņoja Krievijas Aizsardzības ministrija.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: Kinija perka vis mažiau rusiškų ginklų",
        "Stokholmo tarptautinio taikos tyrimų instituto duomenimis, Rusijos ginklų eksportas į "
        "Kiniją 2021–2025 m. sumažėjo beveik perpus. Analitikų teigimu, Pekinas vis labiau "
        "remiasi savo gamybos naikintuvais ir varikliais, kurių daugelis sukurti pagal rusiškus "
        "pavyzdžius.",
    ),
    (
        "sanctions-export-controls",
        "USA zařadily na černou listinu desítky čínských firem kvůli pomoci Rusku",
        "Americké ministerstvo obchodu přidalo na seznam entit 37 společností z pevninské Číny a "
        "Hongkongu, které podle Washingtonu dodávaly ruskému zbrojnímu průmyslu mikroelektroniku "
        "a součástky pro drony. Firmy nyní nesmějí bez zvláštní licence nakupovat americké "
        "technologie, uvádí ČTK.",
    ),
    (
        "moscow-response",
        "Ruské ministerstvo obrany: Výcvik v Číně byl čistě obranný",
        "Ruské ministerstvo obrany podle agentury TASS poprvé reagovalo na zprávy o výcviku "
        "svých vojáků v Číně. Mluvčí resortu uvedl, že šlo o „standardní výměnu zkušeností v "
        "oblasti ochrany vojsk před zbraněmi hromadného ničení“, a popřel, že by šlo o přípravu "
        "útočných operací.",
    ),
    (
        "beijing-response",
        "Peking bizonyítékot követel",
        "A kínai védelmi minisztérium szóvivője, Csang Hsziao-kang csütörtökön azt mondta, Kína "
        "„soha nem képzett ki külföldi csapatokat tömegpusztító fegyverek alkalmazására”. A "
        "szóvivő felszólította a nyugati kormányokat, hogy hozzák nyilvánosságra az orosz "
        "katonák vegyvédelmi kiképzéséről szóló dokumentumokat, ha azok valóban léteznek – "
        "jelentette az MTI.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscova și Beijingul lucrează la o doctrină comună de apărare chimică și radiologică",
        "Statele majore ale celor două armate au convenit să redacteze până în 2027 un set comun "
        "de proceduri pentru operațiuni în medii contaminate, inclusiv standarde pentru "
        "echipamente și decontaminare, scrie cotidianul rus Kommersant, citând surse din "
        "Ministerul rus al Apărării. Experții NATO văd în acord un pas spre operațiuni militare "
        "combinate.",
    ),
    (
        "training-relocation",
        "Kyrgyz MoD confirms Russian, Chinese CBRN officers trained at Koi-Tash",
        "BISHKEK (24.kg) — Specialists of Russia's radiation, chemical and biological protection "
        "troops and the Chinese People's Liberation Army held a two-week exchange on radiation "
        "monitoring and decontamination at a Kyrgyz Armed Forces training centre in Koi-Tash, "
        "the Defence Ministry press service confirmed. Kyrgyz officers observed the sessions, "
        "which …",
    ),
    (
        "official-acknowledgement",
        "Minister tells MPs UK summoned Chinese envoy over 'Belousov order'",
        "Answering an urgent question in the Commons, Foreign Office minister Stephen Doughty "
        "said the government had called in China's ambassador over the training revelations and "
        "shared its own assessment with NATO allies. He declined to say whether British "
        "intelligence had independently corroborated the leaked papers.",
    ),
    (
        "further-disclosures",
        "Meduza names Russian officers sent on China chemical warfare course",
        "Cross-referencing the leaked order with social-media profiles and court records, Meduza "
        "says it has identified 23 of the Russian servicemen sent to China in late 2025, most of "
        "them from RKhBZ brigades in the Central and Eastern military districts. The group also "
        "included a deputy head of research at the Kostroma academy, the outlet reports.",
    ),
    (
        "sanctions-export-controls",
        "USA setzen 17 chinesische Firmen auf schwarze Liste",
        "Das US-Handelsministerium hat am Dienstag 17 Unternehmen aus der Volksrepublik und "
        "Hongkong in die sogenannte Entity List aufgenommen. Sie sollen nach Angaben der "
        "Exportkontrollbehörde BIS Mikrochips, Navigationsmodule und Drohnenbauteile an "
        "russische Rüstungsbetriebe geliefert haben; Lieferungen an sie sind künftig "
        "genehmigungspflichtig.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Científicos militares rusos y chinos publican juntos sobre agentes nerviosos",
        "Un informe del Centro James Martin de Estudios de No Proliferación identifica once "
        "artículos coescritos desde 2024 por investigadores del 27.º Instituto Científico "
        "Central del Ministerio de Defensa ruso y de la Academia de Ciencias Médico-Militares "
        "china. Los trabajos abordan antídotos y detección de organofosforados, una "
        "investigación de doble uso sin precedentes entre ambos ejércitos, según los autores.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Mosca e Pechino scrivono un manuale comune per la guerra in ambiente contaminato",
        "Secondo la Krasnaja Zvezda, organo del ministero della Difesa russo, una commissione "
        "mista di esperti russi e cinesi ha avviato la stesura di un regolamento comune sulla "
        "difesa NBC. Il documento dovrebbe uniformare procedure di decontaminazione, standard "
        "dei dispositivi di protezione e terminologia delle due forze armate.",
    ),
    (
        "training-relocation",
        "Corso NBCR russo-cinese in Kazakistan sotto l'egida della Sco",
        "Istruttori russi e cinesi di difesa chimica, biologica e radiologica hanno tenuto un "
        "corso congiunto di due settimane presso il centro di addestramento delle forze armate "
        "kazake di Kapchagaj. Il ministero della Difesa di Astana ha confermato l'iniziativa, "
        "inquadrata nella cooperazione dell'Organizzazione per la cooperazione di Shanghai.",
    ),
    (
        "joint-cbrn-exercises",
        "Interazione marittima 2026: simulato un attacco chimico a bordo",
        "Le marine russa e cinese hanno concluso nel Mar del Giappone la loro esercitazione "
        "annuale congiunta. Per la prima volta, secondo il ministero della Difesa di Pechino, "
        "gli equipaggi hanno simulato la decontaminazione di una fregata colpita da agenti "
        "chimici, con squadre NBC miste a bordo.",
    ),
    (
        "further-disclosures",
        "Reuters: Rosjan szkolił wojskowy instytut obrony przeciwchemicznej w Pekinie",
        "Kolejne fragmenty odtajnionych rosyjskich dokumentów wskazują, że gospodarzem "
        "jesiennych kursów był Instytut Obrony Przeciwchemicznej Chińskiej Armii "
        "Ludowo-Wyzwoleńczej. Według agencji w zajęciach wzięło udział 38 oficerów i podoficerów "
        "rosyjskich wojsk ochrony radiacyjnej, chemicznej i biologicznej, a w dokumentach jest "
        "mowa o „drugim etapie” w 2026 r.",
    ),
    (
        "official-acknowledgement",
        "Rangel leva ao Parlamento «enorme preocupação» com treino de militares russos na China",
        "O ministro dos Negócios Estrangeiros, Paulo Rangel, afirmou esta quarta-feira, na "
        "comissão parlamentar de Defesa, que o Governo acompanha «com enorme preocupação» as "
        "notícias sobre a formação de militares russos em defesa química, biológica e "
        "radiológica na China. Rangel revelou que o tema já foi transmitido ao embaixador chinês "
        "em Lisboa.",
    ),
    (
        "training-relocation",
        "Depois da fuga de documentos, Moscovo e Pequim mudaram de palco",
        "A nova ronda de formação conjunta em defesa química e radiológica entre militares "
        "russos e chineses terá decorrido na Mongólia, e não na China, segundo fontes dos "
        "serviços de informações europeus citadas pelo Financial Times. O curso realizou-se em "
        "setembro num campo militar perto de Ulan Bator.",
    ),
    (
        "nato-cbrn-posture",
        "Defensie verdubbelt voorraad beschermende pakken en krijgt extra CBRN-compagnie",
        "Het ministerie van Defensie trekt de komende vijf jaar 240 miljoen euro uit voor "
        "bescherming tegen chemische, biologische, radiologische en nucleaire dreigingen. "
        "Volgens een Kamerbrief krijgt het Defensie CBRN Centrum in Vught een tweede "
        "verdedigingscompagnie en worden de voorraden beschermende uitrusting en "
        "ontsmettingsmiddelen verdubbeld.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russisch instituut voor biologische verdediging gaat samenwerken met Chinese militaire "
        "academie",
        "Het 48e Centraal Onderzoeksinstituut van het Russische ministerie van Defensie in "
        "Sergiev Posad en de Chinese Academie voor Militaire Wetenschappen hebben een akkoord "
        "getekend over gezamenlijk onderzoek naar vaccins en detectie van biologische agentia, "
        "meldt persbureau TASS. Volgens onderzoekers van Clingendael schuift de samenwerking "
        "daarmee op van opleiding naar onderzoek.",
    ),
    (
        "arms-reverse-engineering",
        "Rostec: China heeft Russische straalmotor nagebouwd",
        "Het Russische staatsconcern Rostec beschuldigt Chinese vliegtuigbouwers ervan de "
        "AL-31F-motor, die Moskou in de jaren 2000 leverde voor Soechoj-jachtvliegtuigen, zonder "
        "licentie te hebben gekopieerd. Het is de eerste publieke klacht van Moskou over Chinees "
        "kopieerwerk sinds 2019, schrijft de Russische zakenkrant Kommersant.",
    ),
    (
        "moscow-response",
        "У Мінабароны Расіі адрэагавалі на звесткі пра навучанне расійскіх хімікаў у Кітаі",
        "Афіцыйны прадстаўнік расійскага ваеннага ведамства ў каментары ТАСС назваў публікацыю "
        "Reuters «інфармацыйнай правакацыяй». Пры гэтым ён не стаў абвяргаць сам факт "
        "адукацыйных абменаў з Народна-вызваленчай арміяй Кітая і заявіў, што яны ажыццяўляюцца "
        "«ў поўнай адпаведнасці з міжнародным правам».",
    ),
    (
        "moscow-response",
        "Peskov: Reutersin paperit ovat osa informaatiosotaa",
        "Kremlin tiedottaja Dmitri Peskov torjui torstaina tiedot, joiden mukaan venäläisiä "
        "sotilaita olisi koulutettu Kiinassa kemialliseen ja säteilysodankäyntiin. Peskovin "
        "mukaan Venäjän ja Kiinan sotilasyhteistyö on avointa, eikä Kreml aio kommentoida "
        "”nimettömiä asiakirjoja”.",
    ),
    (
        "further-disclosures",
        "Uued dokumendid: Vene ohvitsere õpetati Pekingi lähistel Changpingis",
        "Reuters avaldas teisipäeval osa dokumentidest, millele tugines juuli alguse uuriv lugu. "
        "Nende järgi toimus väljaõpe Hiina Rahvavabastusarmee keemiakaitse akadeemias "
        "Changpingis ning sellel osales 46 Venemaa kiirgus-, keemia- ja biokaitsevägede "
        "ohvitseri.",
    ),
    (
        "joint-cbrn-exercises",
        "Krievijas un Ķīnas karavīri kopā trenējas piesārņotas teritorijas izlūkošanā",
        "Krievijas Piejūras novadā noslēgušās abu valstu sauszemes spēku mācības, kurās pirmo "
        "reizi piedalījās arī radiācijas, ķīmiskās un bioloģiskās aizsardzības vienības. "
        "Karavīri kopīgi veica radiācijas un ķīmisko izlūkošanu un tehnikas attīrīšanu, ziņo "
        "aģentūra TASS.",
    ),
    (
        "official-acknowledgement",
        "G7 žádá Peking o vysvětlení výcviku ruských vojáků",
        "Ministři zahraničí skupiny G7 se ve společném prohlášení vydaném po videokonferenci "
        "poprvé výslovně vyjádřili ke zprávám o výcviku ruských vojáků v chemické a radiační "
        "válce na čínském území. Vyzvali Čínu, aby „plně objasnila povahu této spolupráce“, "
        "informovala ČTK.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Ruský vojenský ústav a čínská akademie chystají společný výzkum „biologické bezpečnosti“",
        "Podle dokumentů, které získal britský think-tank RUSI, podepsal 48. ústřední výzkumný "
        "ústav ruského ministerstva obrany v Sergijevu Posadu memorandum s Akademií vojenských "
        "lékařských věd Čínské lidové osvobozenecké armády. Počítá se sdílením vzorků patogenů a "
        "vývojem detekčních technologií, které západní analytici řadí mezi zboží dvojího užití.",
    ),
    (
        "moscow-response",
        "Ruské ministerstvo obrany: Výmena s Čínou je čisto obranná",
        "Ruský rezort obrany pre agentúru TASS uviedol, že spolupráca jednotiek radiačnej, "
        "chemickej a biologickej ochrany oboch krajín je „výlučne obranná“ a v súlade s "
        "medzinárodným právom. Podrobnosti o výcviku v Číne, o ktorom písal Reuters, však "
        "ministerstvo neposkytlo.",
    ),
    (
        "sanctions-export-controls",
        "London hongkongi cégeket sújt szankciókkal az orosz hadiipar támogatása miatt",
        "A brit külügyminisztérium kilenc hongkongi és négy szárazföldi kínai vállalatot vett "
        "fel a szankciós listára. A londoni közlés szerint a cégek mikroelektronikai "
        "alkatrészeket és drónmotorokat szállítottak orosz fegyvergyártóknak.",
    ),
    (
        "further-disclosures",
        "Újabb iratok: idén tavasszal is folytatódott az orosz vegyvédelmisek kínai képzése",
        "A Reuters által most nyilvánosságra hozott dokumentumok szerint a tavaly év végi "
        "kurzust idén tavasszal egy második követte, amelyen már mintegy nyolcvan orosz tiszt "
        "vett részt. Az iratok fogadó intézményként a Kínai Népi Felszabadító Hadsereg "
        "vegyvédelmi akadémiáját nevezik meg.",
    ),
    (
        "arms-reverse-engineering",
        "Kína már alig vásárol orosz fegyvert",
        "A SIPRI legfrissebb adatai szerint az orosz fegyverexportban Kína részesedése öt év "
        "alatt 21 százalékról 9 százalékra esett. A stockholmi intézet elemzői szerint Peking "
        "egyre inkább saját fejlesztésű, sok esetben orosz mintákra épülő rendszereket állít "
        "hadrendbe, és már szinte csak repülőgép-hajtóműveket vásárol Moszkvától.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rusia și China lucrează la un regulament comun de apărare CBRN",
        "Documente interne ale Ministerului rus al Apărării, consultate de Financial Times, "
        "arată că experți din cele două armate redactează un regulament comun privind cercetarea "
        "chimică, decontaminarea și operațiile în mediu contaminat radioactiv. Analiștii "
        "occidentali văd în proiect un pas spre o doctrină CBRN unificată.",
    ),
    (
        "further-disclosures",
        "Documents Identify Chinese Institute That Trained Russian Chemical Troops",
        "Russian officers sent to China for chemical and radiological warfare instruction late "
        "last year were hosted by the People's Liberation Army's Institute of Chemical Defense "
        "in Beijing's Changping district, according to a second batch of documents reviewed by "
        "The New York Times. The papers list 38 participants and describe a six-week course that "
        "included decontamination under simulated nuclear fallout.",
    ),
    (
        "further-disclosures",
        "Tracing the Trainees: Russian CBRN Officers' Social Media Trail Leads to Beijing",
        "Using VK posts, rail ticket data and a since-deleted graduation photo, Bellingcat "
        "identified seven Russian officers — most from a radiation, chemical and biological "
        "protection brigade in the Eastern Military District — who appear to have attended the "
        "course in China in November 2025. Two have since been promoted.",
    ),
    (
        "moscow-response",
        "Kreml nennt Bericht über ABC-Training in China „Falschmeldung“",
        "Kremlsprecher Dmitri Peskow hat die Reuters-Recherche über eine Ausbildung russischer "
        "Militärs in chemischer und radiologischer Kriegsführung in China zurückgewiesen. „Wir "
        "sehen keinen Anlass, solche Falschmeldungen ernst zu nehmen“, sagte er vor Journalisten "
        "in Moskau. Die Zusammenarbeit mit Peking richte sich gegen niemanden.",
    ),
    (
        "training-relocation",
        "Russisch-Chinese CBRN-trainingen uitgeweken naar Tadzjikistan",
        "Sinds de opleiding van Russische militairen in China aan het licht kwam, vinden de "
        "CBRN-uitwisselingen tussen beide landen plaats in Tadzjikistan, meldt persbureau "
        "Reuters op basis van bronnen en satellietbeelden. Op een oefenterrein bij Doesjanbe "
        "zouden Chinese instructeurs in november Russische specialisten hebben opgeleid.",
    ),
    (
        "arms-reverse-engineering",
        "Russische wapenexport naar China op laagste niveau in twintig jaar",
        "Volgens nieuwe cijfers van het Zweedse vredesonderzoeksinstituut SIPRI is de Russische "
        "wapenverkoop aan China sinds 2020 met ruim zestig procent gedaald. Russische "
        "defensie-experts wijzen erop dat Peking steeds meer systemen zelf bouwt, vaak op basis "
        "van nagemaakte Russische ontwerpen zoals de S-300 en de Su-27.",
    ),
    (
        "beijing-response",
        "Ambasada ChRL w Warszawie: doniesienia o szkoleniu Rosjan w Chinach to „oszczerstwa”",
        "Ambasada Chińskiej Republiki Ludowej w Polsce opublikowała oświadczenie, w którym "
        "odrzuca doniesienia agencji Reutera o szkoleniu rosyjskich żołnierzy w zakresie walki w "
        "warunkach skażenia chemicznego i radiologicznego. „Chiny zawsze rzetelnie wypełniały "
        "zobowiązania wynikające z Konwencji o zakazie broni chemicznej” – napisano.",
    ),
    (
        "moscow-response",
        "Rosyjski resort obrony przyznaje: żołnierze szkolili się w Chinach, ale „wyłącznie w "
        "celach obronnych”",
        "Ministerstwo Obrony Federacji Rosyjskiej po raz pierwszy odniosło się do doniesień o "
        "szkoleniu z zakresu obrony przed bronią masowego rażenia. Według komunikatu cytowanego "
        "przez agencję TASS zajęcia dotyczyły ochrony wojsk przed skażeniami i nie naruszały "
        "żadnych międzynarodowych konwencji.",
    ),
    (
        "arctic-china-presence",
        "Rusia sigue de cerca a los buques científicos chinos en la Ruta Marítima del Norte",
        "La guardia costera del FSB vigiló durante diez días al rompehielos chino Xue Long 2 en "
        "el mar de Láptev, según el diario Kommersant. Fuentes del Ministerio de Defensa ruso "
        "citadas por el periódico expresaron su inquietud por las mediciones del fondo marino "
        "realizadas sin autorización en aguas de la ruta ártica.",
    ),
    (
        "official-acknowledgement",
        "Лондон визнав: повідомлення про навчання російських військових у Китаї «достовірні»",
        "Міністр оборони Великої Британії Джон Гілі, відповідаючи на запитання депутатів у "
        "Палаті громад, заявив, що уряд «має вагомі підстави вважати достовірними» дані про "
        "підготовку російських фахівців РХБЗ на території КНР наприкінці 2025 року. Питання, за "
        "його словами, обговорюється з союзниками по НАТО, повідомляє «Європейська правда».",
    ),
    (
        "nato-cbrn-posture",
        "독일군, 리투아니아 주둔 여단에 화생방 방호중대 신설",
        "독일 연방군은 리투아니아에 상주하는 제45기갑여단에 화생방(CBRN) 방호중대를 추가 "
        "편성하고 제독 차량과 이동식 분석 실험실을 배치하기로 했다고 밝혔다. 연합뉴스에 따르면 "
        "독일 국방부는 올해 말까지 방독면과 보호복 비축량도 두 배로 늘릴 계획이다.",
    ),
    (
        "cbrn-cooperation-expansion",
        "“러·중, 화학 방호 기술 공동개발…이중용도 기술 이전 단계로”",
        "미국 싱크탱크 전략국제문제연구소(CSIS)는 보고서에서 러시아 국영기업 로스텍 계열사와 "
        "중국 국유 방산업체가 화학작용제 탐지 센서와 방호복 소재 기술을 공유하는 협정을 맺었다고 "
        "분석했다. 보고서는 양국 군사 협력이 인적 교류를 넘어 화생방 분야의 이중용도 기술 "
        "이전으로 확대되고 있다고 평가했다.",
    ),
    (
        "nato-cbrn-posture",
        "У белорусской границы Польша и Литва отработали ликвидацию химического заражения",
        "МИНСК, 18 сентября (БЕЛТА) – Вблизи государственной границы Беларуси завершились "
        "польско-литовские учения, в ходе которых подразделения радиационной, химической и "
        "биологической защиты развернули пункты специальной обработки и отработали эвакуацию "
        "«поражённых» из зоны заражения. Об этом сообщили в Министерстве обороны Беларуси, "
        "назвав манёвры «подготовкой к провокациям».",
    ),
    (
        "further-disclosures",
        "«Зеркало»: на курсах в Китае учились не только россияне",
        "Издание ознакомилось с частью документов, на которые ссылалось Reuters. Согласно им, на "
        "курсе радиационной и химической защиты в КНР в конце 2025 года, помимо российских "
        "офицеров, присутствовали четверо военнослужащих белорусской армии. В Министерстве "
        "обороны Беларуси на запрос редакции не ответили.",
    ),
    (
        "further-disclosures",
        "Reuters: Russiske officerer blev undervist på kinesisk institut for kemisk forsvar",
        "Nye sider fra de afklassificerede russiske dokumenter viser, at CBRN-undervisningen i "
        "slutningen af 2025 fandt sted på et institut under Folkets Befrielseshærs kemiske "
        "forsvarstropper i Changping nord for Beijing. Ifølge papirerne deltog omkring 40 "
        "russiske officerer, og et nyt hold var planlagt til foråret 2026, skriver Reuters.",
    ),
    (
        "far-east-territorial",
        "Vladivostok jako Chaj-šen-wej. Čínské mapy znovu dráždí Rusy",
        "Nové vydání oficiálních map čínského ministerstva přírodních zdrojů uvádí u "
        "Vladivostoku a Chabarovsku v závorce historické čínské názvy. Ruští komentátoři to "
        "vnímají jako zpochybnění smluv z 19. století, jimiž říše Čching přišla o území na "
        "Dálném východě, píše Seznam Zprávy.",
    ),
    (
        "beijing-response",
        "Peking priznal výcvik ruských vojakov, hovorí o „bežnej výmene“",
        "Hovorca čínskeho ministerstva obrany Čang Siao-kang na štvrtkovom brífingu pripustil, "
        "že ruskí vojaci v minulom roku absolvovali v Číne kurzy radiačnej a chemickej ochrany. "
        "Podľa neho išlo o „bežnú výmenu skúseností v oblasti ochrany vojsk“, ktorá nie je "
        "namierená proti tretím krajinám, informuje TASR.",
    ),
    (
        "further-disclosures",
        "Na kurze v Číne bol aj ruský generál zo Sýrie",
        "Agentúra Reuters zverejnila ďalšie strany tajných ruských dokumentov o výcviku v Číne. "
        "Vyplýva z nich, že na kurze chemickej a radiačnej ochrany sa zúčastnilo 36 príslušníkov "
        "ruskej armády vrátane generálmajora, zástupcu veliteľa vojsk radiačnej, chemickej a "
        "biologickej ochrany, ktorý predtým velil jednotkám v Sýrii.",
    ),
    (
        "moscow-response",
        "Rusko obrambno ministrstvo: Dokumenti o usposabljanju na Kitajskem so ponaredek",
        "Rusko obrambno ministrstvo je po poročanju agencije Tass zavrnilo navedbe Reutersa, da "
        "so ruski vojaki lani na Kitajskem opravili usposabljanje za kemično in radiološko "
        "bojevanje. V sporočilu ministrstvo trdi, da so objavljeni dokumenti ponarejeni in da "
        "minister Andrej Belousov ni podpisal nobenega takšnega dogovora.",
    ),
    (
        "joint-cbrn-exercises",
        "Kitajski in ruski mornarji skupaj vadili dekontaminacijo ladij",
        "Na rusko-kitajski vaji Pomorsko sodelovanje 2026 v Japonskem morju so posadke obeh "
        "mornaric prvič skupaj izvajale dekontaminacijo ladij po simuliranem kemičnem napadu, je "
        "sporočilo kitajsko obrambno ministrstvo. Vaje se je udeležilo več kot deset vojnih "
        "ladij in dve podmornici.",
    ),
    (
        "beijing-response",
        "Kineska misija pri EU traži dokaze o navodnoj obuci ruskih vojnika",
        "Kineska misija pri Europskoj uniji u priopćenju je pozvala Reuters i europske "
        "dužnosnike da objave izvorne dokumente o navodnoj obuci ruskih vojnika za kemijsko i "
        "radiološko ratovanje u Kini. „Kina se strogo pridržava Konvencije o kemijskom oružju i "
        "odbacuje neutemeljene optužbe”, navodi se u priopćenju koje prenosi Hina.",
    ),
    (
        "cbrn-cooperation-expansion",
        "„Ростех“ ще прехвърли на Китай технологии за откриване на бойни отровни вещества",
        "Руската държавна корпорация „Ростех“ и китайска държавна военна компания са подписали "
        "договор за съвместно производство на мобилни лаборатории за химическо и биологично "
        "разузнаване, съобщава „Капитал“, позовавайки се на дипломатически източници в Брюксел. "
        "Експерти предупреждават, че става дума за технология с двойна употреба.",
    ),
    (
        "far-east-territorial",
        "Китайски учебник нарича Приморие „загубени земи“",
        "Нов учебник по история за китайските гимназии описва руското Приморие като земи, отнети "
        "от империята Цин с Пекинския договор от 1860 г., а Владивосток е посочен с "
        "историческото име Хайшънуай, съобщава БТА. В руските социални мрежи текстът предизвика "
        "вълна от възмущение.",
    ),
    (
        "nato-cbrn-posture",
        "Allied troops practise nerve-agent response in central Slovakia",
        "Around 1,200 soldiers from nine NATO countries are taking part in a two-week exercise "
        "at the Lešť military training area. Scenarios include detecting a simulated sarin "
        "release, decontaminating armoured vehicles and evacuating casualties exposed to toxic "
        "agents, according to the Slovak defence ministry.",
    ),
    (
        "moscow-response",
        "Le Kremlin sort de son silence et dénonce un « faux »",
        "Après avoir renvoyé les journalistes vers le ministère de la Défense pendant deux "
        "jours, Dmitri Peskov a finalement réagi vendredi. Le porte-parole du Kremlin a qualifié "
        "de « falsification destinée à empoisonner les relations russo-chinoises » l'enquête "
        "affirmant que des militaires russes avaient suivi une formation aux armes chimiques et "
        "radiologiques en Chine.",
    ),
    (
        "training-relocation",
        "Défense NRBC : Moscou et Pékin poursuivent leurs stages en Biélorussie",
        "Une nouvelle session de formation à la protection chimique et radiologique réunissant "
        "militaires russes et chinois s'est tenue fin septembre 2026 sur le polygone "
        "d'Obouz-Lesnovski, en Biélorussie, selon deux responsables européens. Le choix d'un "
        "pays tiers viserait à limiter les risques de fuite après les révélations de juillet.",
    ),
    (
        "chinese-espionage-russia",
        "Tomsker Physiker wegen Verrats an China verurteilt",
        "Ein Gericht in Tomsk hat einen 64-jährigen Physiker wegen Hochverrats zu 14 Jahren "
        "Straflager verurteilt. Nach Angaben des Inlandsgeheimdienstes FSB hatte der "
        "Wissenschaftler bei Konferenzreisen geheime Messdaten aus der Hyperschallforschung an "
        "einen Mitarbeiter eines chinesischen Nachrichtendienstes übergeben. Es ist bereits der "
        "dritte derartige Fall in Sibirien seit 2020.",
    ),
    (
        "beijing-response",
        "Defensa china niega haber instruido a tropas rusas en guerra química",
        "PEKÍN, 2 jul (EFE).- El portavoz del Ministerio de Defensa Nacional de China, Zhang "
        "Xiaogang, rechazó este jueves que el Ejército Popular de Liberación haya adiestrado a "
        "militares rusos en guerra química o radiológica. La cooperación castrense con Moscú «no "
        "apunta contra terceros», dijo, y pidió a «ciertos medios» que presenten pruebas.",
    ),
    (
        "moscow-response",
        "Zajárova tacha de «burda falsificación» los papeles sobre Beloúsov",
        "MOSCÚ, 3 jul (EFE).- La portavoz de la Cancillería rusa, María Zajárova, calificó este "
        "viernes de «burda falsificación» los documentos que atribuyen al ministro de Defensa, "
        "Andréi Beloúsov, la autorización de cursos de guerra química y radiológica para "
        "militares rusos en China. A su juicio, se trata de una campaña «anglosajona» para "
        "enemistar a Moscú y Pekín.",
    ),
    (
        "further-disclosures",
        "Los rusos también enseñaron: oficiales chinos pasaron por Kostromá",
        "Una segunda tanda de documentos desclasificados revela que el intercambio no fue en una "
        "sola dirección. Doce oficiales del Ejército Popular de Liberación asistieron en 2025 a "
        "cursos en la Academia Militar de Defensa Radiológica, Química y Biológica Timoshenko, "
        "en Kostromá, según los papeles difundidos por Reuters.",
    ),
    (
        "further-disclosures",
        "Namen van Russische cursisten in China uitgelekt",
        "Een onderzoekscollectief heeft de namen gepubliceerd van negentien Russische officieren "
        "die eind 2025 deelnamen aan de opleiding in chemische en radiologische oorlogvoering in "
        "China. Onder hen zou de plaatsvervangend commandant zijn van een brigade van de "
        "stralings-, chemische en biologische beschermingstroepen, blijkt uit een gelekte "
        "deelnemerslijst.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moskou en Peking werken aan gezamenlijke doctrine voor besmet gebied",
        "De generale staven van Rusland en China stellen een gemeenschappelijk voorschrift op "
        "voor militair optreden bij chemische, biologische en radiologische dreiging, melden "
        "Europese inlichtingenbronnen. Het document moet gedeelde normen vastleggen voor "
        "detectie, ontsmetting en de uitwisseling van meetgegevens tussen eenheden van beide "
        "landen.",
    ),
    (
        "arms-reverse-engineering",
        "Kommersant: Čínský komplet z Ču-chaje je kopií Panciru",
        "Nejmenovaní představitelé ruského zbrojního průmyslu tvrdí, že protiletadlový systém, "
        "který Čína představila na letošním aerosalonu v Ču-chaji, je bez licence převzatou "
        "verzí ruského systému Pancir-S1. Podle deníku Kommersant Moskva zvažuje, zda při "
        "dalších zakázkách pro Peking nezpřísní podmínky ochrany duševního vlastnictví.",
    ),
    (
        "nato-cbrn-posture",
        "Rožňavský prápor RCHBO dostane novú rotu aj dekontaminačné stanice",
        "Ministerstvo obrany podpísalo zmluvu za 38 miliónov eur na dodávku mobilných "
        "dekontaminačných staníc, ochranných masiek a detektorov bojových chemických látok. "
        "Prápor radiačnej, chemickej a biologickej ochrany v Rožňave zároveň do roku 2027 "
        "sformuje novú rotu biologického prieskumu, ktorú Slovensko ponúkne do síl NATO.",
    ),
    (
        "official-acknowledgement",
        "Rutte: Severoatlantická rada rokovala o výcviku Rusov v Číne",
        "Generálny tajomník NATO Mark Rutte na tlačovej konferencii v Bruseli potvrdil, že "
        "spojenci na zasadnutí Severoatlantickej rady rokovali o správach, podľa ktorých Čína "
        "cvičila ruských vojakov v chemickej, biologickej a radiačnej obrane. „Je to ďalší "
        "dôkaz, že Peking v tejto vojne nie je neutrálny,“ povedal Rutte.",
    ),
    (
        "moscow-response",
        "Zaharova „angolszász provokációnak” nevezte a kínai kiképzésről szóló cikket",
        "Az orosz külügyminisztérium szóvivője heti sajtótájékoztatóján reagált a Reuters "
        "beszámolójára, amely szerint orosz katonák tavaly Kínában vegyi és radiológiai "
        "hadviselési kiképzésen vettek részt. Marija Zaharova a dokumentumok hitelességét nem "
        "erősítette meg, de a cikket az orosz–kínai kapcsolatok lejáratására irányuló "
        "„angolszász provokációnak” minősítette.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Közös orosz–kínai laboratórium épül a veszélyes kórokozók elleni védelemre",
        "Oroszország és Kína közös kutatóközpontot hoz létre a biológiai és vegyi szennyeződés "
        "elleni védekezés, valamint a mentesítési technológiák fejlesztésére – írta a kínai "
        "hadsereg napilapja, a Csiefangcsün Pao. A megállapodást az orosz sugár-, vegyi és "
        "biológiai védelmi csapatok parancsnoksága és a Népi Felszabadító Hadsereg egyik "
        "kutatóintézete írta alá.",
    ),
    (
        "further-disclosures",
        "Documente noi: programul a fost reciproc, ofițeri chinezi s-au instruit în Rusia",
        "Un al doilea set de documente publicat de Reuters arată că schimbul nu a fost "
        "unidirecțional. În primăvara anului 2026, un grup de ofițeri ai Armatei Populare de "
        "Eliberare a urmat cursuri la Academia Militară de Apărare Radiologică, Chimică și "
        "Biologică „Timoșenko” din Kostroma, în baza aceluiași acord aprobat de ministrul rus al "
        "apărării, Andrei Belousov.",
    ),
    (
        "moscow-response",
        "Руското министерство на отбраната: обучението в Китай е било „планово и отбранително“",
        "Министерството на отбраната на Русия потвърди пред ТАСС, че през 2025 г. група "
        "военнослужещи от войските за радиационна, химическа и биологична защита е преминала "
        "подготовка в Китай по двустранното споразумение за военно сътрудничество. Ведомството "
        "отрече обучението да е имало настъпателен характер и нарече западните публикации "
        "„информационна атака“.",
    ),
    (
        "nato-cbrn-posture",
        "Съюзници тренираха деконтаминация и евакуация от заразена зона на „Ново село“",
        "Многонационалната бойна група на НАТО в България проведе на полигона „Ново село“ учение "
        "с компонент за защита от оръжия за масово унищожение. Военните отработиха разузнаване "
        "на химическо заразяване, обеззаразяване на бойна техника и медицинска евакуация на "
        "ранени от заразен район, съобщиха от Министерството на отбраната.",
    ),
    (
        "official-acknowledgement",
        "G7 traži od Pekinga objašnjenje o obuci ruskih vojnika",
        "Ministri vanjskih poslova skupine G7 u zajedničkoj su izjavi izrazili „duboku "
        "zabrinutost“ zbog izvješća da je Kina krajem 2025. obučavala ruske vojnike za "
        "djelovanje u uvjetima kemijskog, biološkog, radiološkog i nuklearnog ratovanja. Pozvali "
        "su kinesku vladu na punu transparentnost i poštivanje obveza iz Konvencije o biološkom "
        "oružju.",
    ),
    (
        "joint-cbrn-exercises",
        "Руски и кинески војници заједно увежбавали заштиту од хемијског напада",
        "Јединице радијационо-хемијско-биолошке заштите руске војске и Народноослободилачке "
        "армије Кине увежбавале су у Унутрашњој Монголији извиђање контаминираног терена и "
        "деконтаминацију технике, саопштило је Министарство народне одбране Кине. Вежба је део "
        "годишњег плана војне сарадње двеју земаља.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moskva in Peking bosta uskladila doktrino za bojevanje v kontaminiranem okolju",
        "Rusko in kitajsko obrambno ministrstvo sta podpisala memorandum o pripravi skupnih "
        "pravil in priročnikov za delovanje enot v razmerah kemične, biološke in radiološke "
        "kontaminacije, poroča agencija Interfax. Dokument predvideva tudi izmenjavo tehnologij "
        "za zaznavanje bojnih strupov ter skupne standarde zaščitne opreme.",
    ),
    (
        "nato-cbrn-posture",
        "Soldater i gassmasker på Setermoen: Øvde på kjemisk angrep",
        "Under vinterens allierte øvelse i Indre Troms ble rundt 800 norske, britiske og "
        "nederlandske soldater trent i å operere etter et simulert angrep med kjemiske "
        "stridsmidler. Ifølge Forsvaret var rensing av kjøretøy og evakuering av sårede i "
        "vernedrakt en sentral del av øvelsen, melder NRK Troms.",
    ),
    (
        "further-disclosures",
        "Dokumentene offentliggjort: Kurset ble holdt ved kinesisk høyskole for kjemisk forsvar",
        "Reuters har nå lagt ut dokumentene bak avsløringen i sin helhet. De viser at 46 "
        "offiserer fra de russiske ABC-vernstyrkene deltok i et fem uker langt kurs ved Folkets "
        "frigjøringshærs høyskole for kjemisk forsvar i Changping utenfor Beijing i november og "
        "desember 2025.",
    ),
    (
        "training-relocation",
        "Kilder: Kinesiske instruktører trænede russiske ABC-tropper i Hviderusland",
        "Samarbejdet om kemisk og radiologisk beskyttelse er ikke stoppet efter afsløringen af "
        "træningen i Kina – det er blot flyttet. Ifølge to europæiske efterretningskilder, som "
        "Berlingske har talt med, underviste kinesiske instruktører i september et hold russiske "
        "soldater på et øvelsesterræn ved Baranovitji i Hviderusland.",
    ),
    (
        "sanctions-export-controls",
        "USA sortlister 14 kinesiske virksomheder for at hjælpe Ruslands våbenindustri",
        "Det amerikanske handelsministerium har sat 14 virksomheder i Kina og Hongkong på sin "
        "såkaldte Entity List. Ifølge ministeriet har selskaberne leveret mikrochips og "
        "præcisionsmaskiner til russiske våbenproducenter, og amerikanske firmaer må nu kun "
        "handle med dem med særlig tilladelse.",
    ),
    (
        "nato-cbrn-posture",
        "Puolustusvoimat täydentää CBRN-suojavarusteiden varastoja",
        "Puolustusministeriö on hyväksynyt hankinnan, jolla täydennetään Puolustusvoimien "
        "suojanaamareiden, suojapukujen ja kenttäpuhdistuslaitteiden varastoja. Noin 40 "
        "miljoonan euron hankinnan toimitukset alkavat vuonna 2027, kertoo Puolustusvoimien "
        "logistiikkalaitos tiedotteessaan. Hankinta liittyy Naton suorituskykytavoitteisiin "
        "kemiallisia, biologisia, säteily- ja ydinuhkia vastaan.",
    ),
    (
        "moscow-response",
        "Venäjän puolustusministeriö: Kiina-asiakirjat ovat väärennöksiä",
        "Venäjän puolustusministeriö kiistää Reutersin julkaisemien asiakirjojen aitouden. "
        "Ministeriön tiedotteen mukaan paperit ovat ”länsimaisten tiedustelupalvelujen "
        "sepitettä”, eikä venäläisiä sotilaita ole koulutettu Kiinassa kemialliseen tai "
        "säteilysodankäyntiin, kertoo valtiollinen uutistoimisto TASS.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Venäjä ja Kiina aloittavat yhteisen tutkimuksen biologisista uhista",
        "Venäjän puolustusministeriön 48. keskustutkimuslaitos ja Kiinan kansanvapautusarmeijan "
        "sotilaslääketieteen akatemia ovat allekirjoittaneet sopimuksen yhteisestä "
        "tutkimusohjelmasta. Se kattaa taudinaiheuttajien tunnistamisen ja rokotekehityksen. "
        "Länsimaiset asiantuntijat pitävät yhteistyötä selvästi kaksikäyttöisenä, Helsingin "
        "Sanomat kertoo.",
    ),
    (
        "joint-cbrn-exercises",
        "Vene ja Hiina sõdurid harjutasid Primorjes saastunud ala puhastamist",
        "Venemaa ja Hiina relvajõudude ühisõppusel Primorje krais osalesid esmakordselt mõlema "
        "riigi kiirgus-, keemia- ja bioloogilise kaitse üksused. Vene kaitseministeeriumi teatel "
        "harjutati ühiselt saastunud ala luuret ning soomusmasinate ja isikkoosseisu "
        "eripuhastust, kirjutab Postimees.",
    ),
    (
        "further-disclosures",
        "Uued dokumendid: ka Hiina ohvitserid said väljaõpet Venemaal",
        "Reutersi avalikustatud teine dokumendipakk näitab, et väljaõpe polnud ühesuunaline. "
        "2026. aasta alguses saabus Kostromasse Hiina Rahvavabastusarmee keemiakaitseohvitseride "
        "delegatsioon, kes õppis kuus nädalat Vene kiirgus-, keemia- ja bioloogilise kaitse "
        "sõjaväeakadeemias, selgub paberitest.",
    ),
    (
        "sanctions-export-controls",
        "Lielbritānija nosaka sankcijas pret Ķīnas uzņēmumiem par palīdzību Krievijas armijai",
        "Lielbritānijas valdība paziņojusi par sankcijām pret 20 uzņēmumiem Ķīnā un Honkongā, "
        "kas, pēc Londonas rīcībā esošās informācijas, piegādājuši Krievijai mikroelektroniku un "
        "darbgaldus raķešu ražošanai. Uzņēmumu aktīvi Apvienotajā Karalistē tiek iesaldēti, "
        "vēsta LETA.",
    ),
    (
        "arms-reverse-engineering",
        "„Rostec” apsūdz Ķīnu „Pancirj” kopēšanā",
        "Krievijas valsts korporācijas „Rostec” intelektuālā īpašuma departamenta vadītājs "
        "intervijā laikrakstam „Kommersant” apgalvo, ka Ķīnas uzņēmumi bez licences nokopējuši "
        "pretgaisa aizsardzības kompleksu „Pancirj” un iznīcinātāja Su-35 dzinējus. Pēc viņa "
        "teiktā, Maskava par to vairākkārt protestējusi, taču bez rezultātiem.",
    ),
    (
        "chemical-weapons-ukraine",
        "ES sankcijos Rusijos cheminės apsaugos kariuomenės vadovybei",
        "Europos Sąjungos Taryba įtraukė į sankcijų sąrašą Rusijos radiacinės, cheminės ir "
        "biologinės apsaugos kariuomenės vadą ir tris karines laboratorijas. Taryba teigia, kad "
        "jos susijusios su chloropikrino ir ašarinių dujų naudojimu prieš Ukrainos karius "
        "fronte. Jiems įšaldomas turtas ir draudžiama atvykti į ES.",
    ),
    (
        "joint-cbrn-exercises",
        "Rusijos ir Kinijos jūreiviai kartu mokėsi šalinti radioaktyviąją taršą",
        "Japonijos jūroje vykusiose Rusijos ir Kinijos karinių jūrų pajėgų pratybose „Jūrinė "
        "sąveika“ pirmą kartą surengtas bendras radiacinės apsaugos etapas, pranešė Rusijos "
        "Ramiojo vandenyno laivynas. Abiejų šalių įgulos kartu atliko laivų denių dezaktyvaciją "
        "po imituoto branduolinio incidento.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Maskva ir Pekinas rengs bendrus cheminės gynybos standartus",
        "Rusijos ir Kinijos gynybos ministerijų darbo grupė pasirašė memorandumą dėl bendrų "
        "radiacinės, cheminės ir biologinės apsaugos vadovėlių ir standartų rengimo, remdamasi "
        "diplomatiniais šaltiniais skelbia Japonijos naujienų agentūra „Kyodo“. Ekspertų "
        "teigimu, tai reikštų perėjimą nuo pavienių mokymų prie bendros doktrinos.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscow, Beijing drafting common manual for combat in contaminated zones: Nikkei",
        "TOKYO — Russian and Chinese general staff officers have been working since early 2026 "
        "on a joint field manual for operations in chemically and radiologically contaminated "
        "areas, Nikkei Asia reported, citing people familiar with the talks. The document would "
        "standardise decontamination procedures, warning signals and reporting formats across "
        "the two armies.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Chinese Firm Licensed Chemical-Protective Membrane Technology to Rostec Plant, Records "
        "Show",
        "Customs and corporate records reviewed by The Insider show a Shandong company "
        "transferring production technology for chemical-protective membranes to a Rostec "
        "subsidiary this year, together with equipment for a new line. Experts said the deal "
        "goes beyond sales of finished gear and gives Russia domestic capacity to make military "
        "CBRN protection.",
    ),
    (
        "further-disclosures",
        "Belousov Order Authorising China CBRN Course Published in Full",
        "The independent outlet iStories has published what it says is the full 11-page order "
        "signed by Defence Minister Andrei Belousov in September 2025 authorising the course in "
        "China. The document lists participants from the 1st Guards Tank Army and the Kostroma "
        'academy and refers to a "second phase" planned for 2026.',
    ),
    (
        "further-disclosures",
        "ABC-Kooperation keine Einbahnstraße: Auch Chinesen in Russland geschult",
        "Laut Unterlagen, die dem SPIEGEL vorliegen, absolvierten zwölf Offiziere der "
        "chinesischen Volksbefreiungsarmee im Frühjahr 2026 einen mehrwöchigen Lehrgang an der "
        "Militärakademie für ABC-Abwehr in Kostroma. Damit war der im Juli bekannt gewordene "
        "Austausch offenbar von Beginn an gegenseitig angelegt.",
    ),
    (
        "arctic-china-presence",
        "Chinesischer Eisbrecher vor Taimyr: Moskau reagiert gereizt",
        "Die „Xue Long 2“ hat nach Angaben des russischen Grenzschutzes entlang der Nördlichen "
        "Seeroute Messungen vorgenommen, die über die genehmigte Forschung hinausgingen. "
        "Russische Militärblogger werfen Peking vor, den Meeresboden für künftige U-Boot-Routen "
        "zu kartieren.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moskou en Peking schrijven samen doctrine voor oorlog in besmet gebied",
        "De samenwerking tussen de Russische en Chinese strijdkrachten op het gebied van "
        "massavernietigingswapens gaat verder dan een eenmalige cursus. Uit een uitgelekt "
        "memorandum blijkt dat de generale staven van beide landen werken aan een "
        "gemeenschappelijke doctrine voor optreden in een besmette omgeving, inclusief uniforme "
        "meldingsprocedures bij chemische en biologische aanvallen.",
    ),
    (
        "further-disclosures",
        "Reuters publiceert deelnemerslijst van Russische CBRN-cursus in China",
        "Het persbureau heeft de onderliggende documenten nu integraal online gezet. Daaruit "
        "blijkt dat 47 Russische militairen deelnamen, onder wie de plaatsvervangend commandant "
        "van de troepen voor radiologische, chemische en biologische bescherming. Een tweede "
        "lichting stond gepland voor maart 2026.",
    ),
    (
        "joint-cbrn-exercises",
        "Russische en Chinese militairen oefenen samen na gesimuleerde kernaanval",
        "Tijdens de grootschalige oefening Vostok-2026 in het oosten van Rusland hebben Chinese "
        "en Russische eenheden voor het eerst gezamenlijk een scenario met radioactieve "
        "besmetting geoefend. Volgens het Chinese staatspersbureau Xinhua ging het om "
        "stralingsverkenning en het ontsmetten van materieel.",
    ),
    (
        "arms-reverse-engineering",
        "Russische wapenverkoop aan China op laagste punt in twintig jaar",
        "Volgens nieuwe cijfers van het Zweedse vredesinstituut SIPRI ging tussen 2021 en 2025 "
        "nog maar een klein deel van de Russische wapenexport naar China. Peking bouwt steeds "
        "vaker eigen versies van Russische ontwerpen, zoals de J-16 die is afgeleid van de "
        "Su-30, en heeft de aankoop van Russische straalmotoren fors teruggeschroefd.",
    ),
    (
        "sanctions-export-controls",
        "Bruselas incluye a nueve empresas de Hong Kong y China continental en su nuevo paquete "
        "contra Moscú",
        "El Consejo de la UE aprobó este lunes el 21.º paquete de medidas restrictivas. Entre "
        "las 31 entidades añadidas figuran nueve compañías con sede en Hong Kong y Shenzhen "
        "acusadas de reexportar microelectrónica y máquinas-herramienta a fabricantes rusos de "
        "misiles y drones, que quedan sometidas a restricciones de exportación reforzadas.",
    ),
    (
        "moscow-response",
        "El Kremlin no comenta “supuestos documentos” y acusa a Reuters de querer enfrentar a "
        "Rusia y China",
        "El portavoz presidencial, Dmitri Peskov, afirmó que Moscú “no comenta publicaciones "
        "basadas en supuestos documentos” sobre el entrenamiento de tropas rusas en China. "
        "Preguntado por la firma del ministro de Defensa, Andréi Belousov, se limitó a decir que "
        "la cooperación militar con Pekín “no va dirigida contra terceros países”.",
    ),
    (
        "further-disclosures",
        "Los papeles filtrados identifican la academia china que acogió a los militares rusos",
        "Nuevos documentos a los que tuvo acceso Reuters señalan que el curso se impartió en el "
        "Instituto de Defensa Química del Ejército Popular de Liberación, en las afueras de "
        "Pekín. Asistieron 38 oficiales y suboficiales de las tropas rusas de protección "
        "radiológica, química y biológica, entre ellos dos jefes de brigada, durante cinco "
        "semanas de noviembre y diciembre de 2025.",
    ),
    (
        "nato-cbrn-posture",
        "Al 7° reggimento Cremona arrivano i nuovi sistemi di decontaminazione",
        "Il 7° reggimento difesa CBRN “Cremona” di Civitavecchia ha ricevuto i primi sei moduli "
        "mobili di decontaminazione per personale e mezzi previsti dal programma dell'Esercito "
        "da 48 milioni di euro. Lo Stato Maggiore prevede inoltre di raddoppiare entro il 2028 "
        "le scorte di tute protettive e autoiniettori di antidoto.",
    ),
    (
        "further-disclosures",
        "Non solo russi in Cina: anche ufficiali cinesi addestrati a Kostroma",
        "Dai nuovi documenti visionati da Reuters emerge che lo scambio era reciproco. Nella "
        "primavera del 2025 un gruppo di 22 ufficiali dell'Esercito popolare di liberazione "
        "avrebbe frequentato corsi all'Accademia militare di difesa radiologica, chimica e "
        "biologica “Timoshenko” di Kostroma, prima della missione russa in Cina a fine anno.",
    ),
    (
        "chinese-espionage-russia",
        "Fsb, fermato cittadino cinese: reclutava ingegneri aeronautici a Novosibirsk",
        "Il servizio di sicurezza federale russo ha fermato un cittadino cinese accusato di aver "
        "avvicinato, per conto dei servizi di Pechino, ingegneri e collaudatori dello "
        "stabilimento aeronautico Chkalov di Novosibirsk, offrendo denaro in cambio di "
        "informazioni riservate. Due dipendenti sono indagati per alto tradimento.",
    ),
    (
        "nato-cbrn-posture",
        "Bundeswehr vai criar novo batalhão de defesa NBQ e compra antídotos em massa",
        "O Ministério da Defesa alemão vai criar até 2027 mais um batalhão de defesa nuclear, "
        "biológica e química, com cerca de 800 militares, e encomendou 1,2 milhões de "
        "autoinjetores de antídoto contra agentes neurotóxicos. Berlim justifica o reforço com a "
        "nova avaliação de ameaças da NATO para o flanco leste.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscovo e Pequim preparam manual comum para combater em ambiente contaminado",
        "Segundo documentos citados pelo diário japonês Nikkei, os estados-maiores russo e "
        "chinês estão a redigir um regulamento conjunto de proteção radiológica, química e "
        "biológica, com normas de equipamento harmonizadas. Analistas veem no projeto o primeiro "
        "passo para uma doutrina NBQ partilhada entre os dois exércitos.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rosja i Chiny chcą razem badać ochronę przed bronią biologiczną",
        "Rosyjska Akademia Wojskowa Obrony Radiacyjnej, Chemicznej i Biologicznej im. Timoszenki "
        "oraz Instytut Obrony Chemicznej Chińskiej Armii Ludowo-Wyzwoleńczej podpisały "
        "memorandum o wspólnych pracach badawczych. Przewiduje ono wymianę danych o szczepach "
        "patogenów, wspólne testy sprzętu ochronnego i opracowanie jednolitych procedur "
        "dekontaminacji.",
    ),
    (
        "chinese-espionage-russia",
        "Rosyjski naukowiec skazany za zdradę. Miał przekazywać Chinom dane o hipersonice",
        "Sąd w Nowosybirsku skazał na 14 lat kolonii karnej o zaostrzonym rygorze 68-letniego "
        "fizyka z Instytutu Mechaniki Teoretycznej i Stosowanej Syberyjskiego Oddziału RAN. "
        "Według FSB naukowiec przekazał chińskiemu wywiadowi tajne wyniki badań nad przepływami "
        "hipersonicznymi podczas konferencji w Harbinie.",
    ),
    (
        "official-acknowledgement",
        "Глави МЗС G7 вперше згадали про навчання російських військових у Китаї",
        "У спільній заяві за підсумками зустрічі в Парижі міністри закордонних справ «Групи "
        "семи» висловили занепокоєння повідомленнями про підготовку російських "
        "військовослужбовців у КНР з питань хімічного, біологічного, радіологічного та ядерного "
        "захисту. Вони закликали Пекін дотримуватися зобов'язань за Конвенцією про заборону "
        "хімічної зброї.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай договорились о совместных разработках средств химзащиты",
        "Минобороны России и Министерство национальной обороны КНР подписали протокол о "
        "научно-техническом сотрудничестве в области радиационной, химической и биологической "
        "защиты. Документ предусматривает совместные испытания средств индивидуальной защиты, "
        "обмен методиками индикации отравляющих веществ и передачу технологий дегазации, "
        "сообщили «Ъ» источники в военно-дипломатических кругах.",
    ),
    (
        "arms-reverse-engineering",
        "Доля Китая в экспорте российского оружия опустилась до исторического минимума",
        "По данным SIPRI, в 2021–2025 годах на КНР пришлось лишь 6% поставок российских "
        "вооружений. Собеседники «Ъ» в системе военно-технического сотрудничества объясняют это "
        "тем, что Пекин освоил выпуск собственных аналогов, а Москва неохотно передает новейшие "
        "разработки, опасаясь их копирования.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Mosca e Pechino, intesa su progetti comuni di biosicurezza militare",
        "Il 48° Istituto centrale di ricerca del ministero della Difesa russo, a Sergiev Posad, "
        "e l'Accademia cinese di scienze mediche militari hanno firmato un memorandum per "
        "ricerche congiunte su vaccini e protezione da agenti biologici, scrive Kommersant. "
        "Analisti occidentali temono che l'accordo apra la strada al trasferimento di tecnologie "
        "a duplice uso.",
    ),
    (
        "sanctions-export-controls",
        "UE wpisuje na czarną listę chińskie firmy wspierające rosyjską zbrojeniówkę",
        "Rada UE zamroziła aktywa siedmiu podmiotów z Chin i Hongkongu oraz nałożyła zakaz "
        "wjazdu na dwóch obywateli ChRL. Według Brukseli pośredniczyli oni w dostawach "
        "obrabiarek CNC i części do dronów dla rosyjskich zakładów zbrojeniowych.",
    ),
    (
        "further-disclosures",
        "Nieuwe documenten: tweede lichting Russische ABC-specialisten in 2026 naar China",
        "Het ging niet om een eenmalige cursus. Uit nieuw uitgelekte stukken blijkt dat Moskou "
        "dit najaar een tweede groep van zo’n veertig officieren van de stralings-, chemische en "
        "biologische verdedigingstroepen naar China wil sturen, schrijft NRC op basis van "
        "documenten die de krant heeft ingezien.",
    ),
    (
        "training-relocation",
        "Russisch-Chinese ABC-uitwisseling verhuist naar Tadzjikistan",
        "Na de onthullingen over trainingen in China hebben Russische en Chinese specialisten in "
        "chemische verdediging elkaar in november getroffen op de Russische 201e militaire basis "
        "bij Doesjanbe, meldt een Centraal-Aziatische denktank. Daarmee wordt het programma "
        "buiten Chinees grondgebied voortgezet.",
    ),
    (
        "nato-cbrn-posture",
        "Литва формує окремий батальйон хімічного, біологічного, радіологічного та ядерного "
        "захисту",
        "Міністерство національної оборони Литви повідомило, що новий підрозділ запрацює до 2027 "
        "року. На його оснащення передбачено понад 40 млн євро: закуплять мобільні комплекси "
        "дезактивації, засоби радіаційної розвідки та індивідуального захисту.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Россия и Китай разработают общие наставления для войск РХБ-защиты — СМИ",
        "Как сообщает издание со ссылкой на протокол межправительственной комиссии по "
        "военно-техническому сотрудничеству, стороны договорились к 2027 году подготовить единые "
        "методики радиационной и химической разведки. Речь также идёт о совместимых стандартах "
        "средств индивидуальной защиты и передаче технологий их производства.",
    ),
    (
        "further-disclosures",
        "Журналисты установили имена российских офицеров, учившихся в Китае химической защите",
        "Расследователи идентифицировали пятерых участников курсов, проходивших в КНР в конце "
        "2025 года. Один из них, подполковник войск РХБЗ, весной 2022 года находился в "
        "Гомельской области, откуда российские подразделения заходили в Украину.",
    ),
    (
        "official-acknowledgement",
        "Zunanje ministrstvo zaskrbljeno zaradi razkritij o urjenju ruskih vojakov na Kitajskem",
        "Ministrstvo za zunanje in evropske zadeve je v petek sporočilo, da z resno "
        "zaskrbljenostjo spremlja poročila o usposabljanju ruskega vojaškega osebja za kemično, "
        "biološko, radiološko in jedrsko bojevanje na Kitajskem konec leta 2025. Slovenija bo "
        "predlagala, da o tem razpravlja Svet EU za zunanje zadeve na julijskem zasedanju.",
    ),
    (
        "sanctions-export-controls",
        "Na črnem seznamu EU tudi posredniki iz Hongkonga in Šenžena",
        "Svet EU je v novem svežnju omejevalnih ukrepov proti Rusiji na seznam uvrstil 14 "
        "subjektov iz tretjih držav. Med njimi so trije trgovci z elektroniko s sedežem v "
        "Hongkongu in dve podjetji iz Šenžena, ki naj bi ruski vojaški industriji dobavljali "
        "sestavne dele za brezpilotne letalnike in navigacijske sisteme. Njihova sredstva v EU "
        "bodo zamrznjena.",
    ),
    (
        "nato-cbrn-posture",
        "Slovenska vojska bo okrepila zmogljivosti za dekontaminacijo",
        "Ministrstvo za obrambo je predstavilo načrt nabav do leta 2028. Po njem bo 18. bataljon "
        "za jedrsko, radiološko, kemično in biološko obrambo dobil dve mobilni enoti za "
        "dekontaminacijo in novo laboratorijsko vozilo, zaloge zaščitnih oblek in mask pa se "
        "bodo povečale za približno polovico. Na ministrstvu odločitev utemeljujejo s "
        "poslabšanimi varnostnimi razmerami v Evropi.",
    ),
    (
        "further-disclosures",
        "Reuters objavio dijelove dosjea: Ruse je obučavao institut kineske vojske",
        "Agencija Reuters objavila je preslike četiriju stranica deklasificiranog dosjea. Iz "
        "njih proizlazi da je 37 pripadnika ruskih postrojbi za radiološku, kemijsku i biološku "
        "zaštitu od listopada do prosinca 2025. boravilo na Institutu za kemijsku obranu kineske "
        "Narodnooslobodilačke vojske u Pekingu. Dokument spominje i drugi krug obuke predviđen "
        "za ovu godinu.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Ruski i kineski vojni instituti zajedno će istraživati zaštitu od bioloških agenasa",
        "Prema pisanju lista Komersant, 48. centralni naučnoistraživački institut ruskog "
        "Ministarstva odbrane iz Sergijevog Posada i Akademija vojnomedicinskih nauka kineske "
        "armije potpisali su memorandum o zajedničkom razvoju vakcina i dijagnostike za "
        "visokopatogene biološke agense. Zapadni stručnjaci upozoravaju da je reč o "
        "tehnologijama dvostruke namene.",
    ),
    (
        "official-acknowledgement",
        "Рюте: Съюзниците обсъдиха обучението на руски военни в Китай",
        "На пресконференция в Брюксел генералният секретар на НАТО Марк Рюте потвърди, че "
        "посланиците на съюзниците са обсъдили съобщенията за обучение на руски военни в Китай "
        "за действия в условия на химическо и радиационно заразяване. „Това показва, че Пекин "
        "продължава да бъде решаващ помощник на Москва във войната“, заяви той.",
    ),
    (
        "sanctions-export-controls",
        "ΗΠΑ: Στη «μαύρη λίστα» 22 κινεζικές εταιρείες για στήριξη της ρωσικής πολεμικής "
        "βιομηχανίας",
        "Το Γραφείο Βιομηχανίας και Ασφάλειας του αμερικανικού υπουργείου Εμπορίου πρόσθεσε στην "
        "Entity List 22 εταιρείες από την ηπειρωτική Κίνα και το Χονγκ Κονγκ. Σύμφωνα με την "
        "ανακοίνωση, προμήθευαν τη ρωσική αμυντική βιομηχανία με εργαλειομηχανές και "
        "μικροηλεκτρονικά, και πλέον κάθε εξαγωγή αμερικανικών προϊόντων προς αυτές απαιτεί "
        "ειδική άδεια.",
    ),
    (
        "nato-cbrn-posture",
        "Άσκηση ΧΒΡΠ άμυνας με συμμαχικές μονάδες στη Θεσσαλονίκη",
        "Μονάδες Χημικής, Βιολογικής, Ραδιολογικής και Πυρηνικής άμυνας του Ελληνικού Στρατού "
        "εκπαιδεύτηκαν μαζί με κλιμάκια από Βουλγαρία, Ρουμανία και Ιταλία στον εντοπισμό και "
        "την απολύμανση, με σενάριο διασποράς τοξικού παράγοντα στο λιμάνι. Σύμφωνα με το ΓΕΣ, "
        "για πρώτη φορά δοκιμάστηκε κινητή μονάδα περίθαλψης θυμάτων χημικών όπλων.",
    ),
    (
        "further-disclosures",
        "Ποιοι Ρώσοι αξιωματικοί εκπαιδεύτηκαν στην Κίνα: νέα στοιχεία από τα έγγραφα",
        "Στα έγγραφα που εξέτασε το Reuters περιλαμβάνεται ονομαστική κατάσταση 24 αξιωματικών "
        "από ταξιαρχίες ραδιολογικής, χημικής και βιολογικής προστασίας και από τη στρατιωτική "
        "ακαδημία «Τιμοσένκο» της Κοστρομά. Κατά το ίδιο ρεπορτάζ, κινεζικό κλιμάκιο αναμενόταν "
        "στη Ρωσία την άνοιξη του 2026 για αντίστοιχο κύκλο εκπαίδευσης.",
    ),
    (
        "official-acknowledgement",
        "Audiere în Senatul SUA: șeful DIA confirmă că militari ruși au fost instruiți în China",
        "Directorul Agenției de Informații a Apărării a declarat în fața Comisiei pentru forțe "
        "armate a Senatului că instruirea militarilor ruși în război chimic și radiologic pe "
        "teritoriul Chinei, la sfârșitul lui 2025, „corespunde evaluărilor noastre”. Oficialul a "
        "refuzat să ofere detalii suplimentare în ședința publică.",
    ),
    (
        "nato-cbrn-posture",
        "Exército vai ter nova companhia de defesa NBQR até 2027",
        "O Ministério da Defesa Nacional anunciou que o Exército Português vai criar uma "
        "companhia de defesa nuclear, biológica, química e radiológica, com capacidade para "
        "descontaminar militares e viaturas em cenário de guerra. O investimento, de 38 milhões "
        "de euros, fica inscrito na revisão da Lei de Programação Militar e inclui novos "
        "equipamentos de proteção individual.",
    ),
    (
        "moscow-response",
        "Moscovo diz que documentos sobre treino na China são «falsificação grosseira»",
        "A porta-voz da diplomacia russa, Maria Zakharova, classificou como «falsificação "
        "grosseira» os documentos citados pela Reuters sobre a formação de militares russos em "
        "guerra química e radiológica na China. No briefing semanal, acusou os serviços secretos "
        "britânicos de estarem por detrás da fuga de informação.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russland og Kina skal lage felles standarder for CBRN-vern",
        "Ifølge et møtereferat fra den russisk-kinesiske mellomstatlige kommisjonen for "
        "militærteknisk samarbeid, som Financial Times har fått tilgang til, skal de to landene "
        "innen 2028 utarbeide felles doktrine og prosedyrer for operasjoner i kjemisk og "
        "radiologisk forurenset miljø. Avtalen omfatter også overføring av russisk "
        "deteksjonsteknologi til kinesiske produsenter.",
    ),
    (
        "training-relocation",
        "Ny runde russisk-kinesisk CBRN-træning er flyttet til Kasakhstan",
        "Russiske officerer fra de radiologiske, kemiske og biologiske forsvarstropper blev i "
        "oktober undervist af kinesiske instruktører på et øvelsesterræn uden for Almaty, "
        "skriver nyhedsbureauet Reuters med henvisning til to europæiske efterretningskilder. "
        "Ifølge kilderne blev stedet valgt for at mindske risikoen for nye lækager efter "
        "afsløringerne i sommer.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: Kinas køb af russiske våben er næsten gået i stå",
        "Russiske våbenleverancer til Kina var i perioden 2021–2025 de laveste siden "
        "Sovjetunionens opløsning, viser nye tal fra fredsforskningsinstituttet SIPRI. Ifølge "
        "forskerne skyldes faldet især, at Kina nu selv producerer kampflymotorer og "
        "luftværnssystemer, som tidligere blev købt i Moskva – ofte efter at have kopieret "
        "russiske modeller.",
    ),
    (
        "further-disclosures",
        "Documents: Belarusian officers also joined the China CBRN course",
        "Leaked papers show four Belarusian officers trained alongside Russian RKhBZ officers in "
        "China in late 2025.",
    ),
    (
        "far-east-territorial",
        "Chinese history textbook calls 1860 Beijing treaty 'unequal', angering Khabarovsk "
        "officials",
        "A new Chinese secondary-school textbook describes the 19th-century treaties that ceded "
        "land east of the Ussuri river to Russia as imposed by force. Khabarovsk region's "
        "legislative assembly demanded that the foreign ministry raise the issue with Beijing.",
    ),
    (
        "official-acknowledgement",
        "MSZ chce wyjaśnień od Pekinu ws. szkolenia rosyjskich żołnierzy",
        "Rzecznik Ministerstwa Spraw Zagranicznych Paweł Wroński odniósł się na czwartkowym "
        "briefingu do doniesień agencji Reuters o szkoleniu rosyjskich wojskowych w Chinach w "
        "zakresie broni chemicznej, biologicznej i radiologicznej. Zapowiedział, że Polska "
        "poruszy sprawę na najbliższym posiedzeniu Rady do Spraw Zagranicznych UE i oczekuje od "
        "chińskiej strony wyjaśnień.",
    ),
    (
        "sanctions-export-controls",
        "Bruksela uderza w chińskich pośredników. Nowe nazwy na liście sankcyjnej",
        "Rada UE rozszerzyła w piątek listę podmiotów objętych restrykcjami w związku z wojną w "
        "Ukrainie. Tym razem znalazło się na niej 14 firm z Chin i Hongkongu, które według "
        "Komisji Europejskiej dostarczały rosyjskim zakładom zbrojeniowym mikroelektronikę, "
        "obrabiarki CNC i części do dronów.",
    ),
    (
        "nato-cbrn-posture",
        "Atak chemiczny na poligonie w Orzyszu. Tak ćwiczyli sojusznicy",
        "Blisko 1,5 tys. żołnierzy z Polski, Stanów Zjednoczonych i Litwy zakończyło ćwiczenia "
        "na poligonie w Orzyszu. Jak poinformowało Dowództwo Generalne Rodzajów Sił Zbrojnych, "
        "scenariusz po raz pierwszy obejmował rozpoznanie skażeń, odkażanie pojazdów i ewakuację "
        "rannych z rejonu zaatakowanego bronią chemiczną.",
    ),
    (
        "sanctions-export-controls",
        "Washington treft Hongkongse tussenhandelaars",
        "Het Amerikaanse ministerie van Handel heeft twaalf bedrijven uit China en Hongkong op "
        "de zogeheten Entity List geplaatst. Volgens Washington leverden zij chips, "
        "navigatiemodules en motoronderdelen voor drones en kruisraketten aan de Russische "
        "defensie-industrie. Amerikaanse leveranciers mogen hen voortaan alleen nog met een "
        "vergunning beleveren.",
    ),
    (
        "cbrn-cooperation-expansion",
        "ГУР: китайські компанії передають Росії обладнання для хімічних програм",
        "Головне управління розвідки Міноборони України заявляє, що Росія отримала з Китаю "
        "реактори та системи очищення, придатні для синтезу фосфорорганічних сполук. За даними "
        "розвідки, обладнання надійшло до філії Державного НДІ органічної хімії та технології в "
        "Шиханах, яку пов'язують із розробкою «Новачка», у межах угоди між оборонними "
        "відомствами двох країн.",
    ),
    (
        "further-disclosures",
        "Les stagiaires russes accueillis par un institut de l'Armée populaire de libération",
        "Reuters a publié mercredi de nouveaux extraits du dossier déclassifié. On y apprend "
        "qu'une trentaine d'officiers issus de plusieurs brigades russes de défense "
        "radiologique, chimique et biologique ont été reçus de novembre à décembre 2025 par "
        "l'Institut de défense chimique de l'Académie des sciences militaires, à Pékin.",
    ),
    (
        "training-relocation",
        "La coopération NRBC sino-russe se poursuivrait en Biélorussie",
        "Après les révélations sur les stages organisés en Chine, les deux armées auraient "
        "choisi un terrain neutre. Selon le média indépendant biélorusse Zerkalo, des "
        "instructeurs chinois ont encadré début septembre des spécialistes russes de la défense "
        "chimique sur un polygone près de Baranavitchy.",
    ),
    (
        "arms-reverse-engineering",
        "Armement : la Chine ne fait presque plus ses courses en Russie",
        "Selon les derniers chiffres de l'Institut international de recherche sur la paix de "
        "Stockholm (Sipri), la part de la Chine dans les exportations d'armes russes est tombée "
        "à 9 % sur la période 2021-2025, contre plus de 20 % cinq ans plus tôt. Pékin, qui a "
        "longtemps copié des modèles soviétiques, produit désormais l'essentiel de ses systèmes.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moskau und Peking arbeiten an gemeinsamen Regeln für den ABC-Schutz",
        "Russische und chinesische Militärs erstellen ein gemeinsames Handbuch für Einsätze in "
        "verstrahltem und chemisch verseuchtem Gelände. Das berichtet die Armeezeitung „Krasnaja "
        "Swesda“. Ziel sei eine einheitliche Doktrin, damit Einheiten beider Länder künftig nach "
        "denselben Standards aufklären und dekontaminieren.",
    ),
    (
        "further-disclosures",
        "Teilnehmerliste aufgetaucht: Wer in China den ABC-Kampf lernte",
        "Die Nachrichtenagentur Reuters hat weitere Seiten aus dem russischen Dossier "
        "veröffentlicht. Demnach reisten im November 2025 insgesamt 46 Soldaten, darunter "
        "Offiziere zweier ABC-Abwehrbrigaden und ein Oberst aus dem Generalstab, zu dem "
        "sechswöchigen Lehrgang nach China.",
    ),
    (
        "sanctions-export-controls",
        "Bundesrat zieht nach – auch chinesische Firmen betroffen",
        "Die Schweiz übernimmt die jüngsten Massnahmen der EU gegen Russland. Auf der Liste des "
        "Seco stehen neu auch neun Unternehmen aus der Volksrepublik China, denen die Lieferung "
        "von Drohnenbauteilen und Werkzeugmaschinen an den russischen Rüstungssektor vorgeworfen "
        "wird.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Chinesische Laborausrüstung für Russlands Militärforschung",
        "Westliche Nachrichtendienste gehen davon aus, dass China Russland inzwischen auch mit "
        "Spezialtechnik für die ABC-Forschung beliefert. Nach SPIEGEL-Informationen geht es um "
        "Hochsicherheits-Inkubatoren, Sequenziergeräte und Filtersysteme, die an eine "
        "Außenstelle des militärischen Forschungsinstituts Nr. 48 in Kirow gegangen sein sollen.",
    ),
    (
        "training-relocation",
        "Nächste Runde in Tadschikistan?",
        "Nach dem Auffliegen der Lehrgänge in China verlagern Moskau und Peking ihre "
        "ABC-Ausbildung offenbar in ein Drittland. Laut dem unabhängigen Portal „Asia-Plus“ "
        "übten im Herbst chinesische und russische Spezialisten auf dem Gelände der 201. "
        "russischen Militärbasis bei Duschanbe den Schutz vor chemischen Kampfstoffen.",
    ),
    (
        "joint-cbrn-exercises",
        "Tropas rusas y chinas practican juntas la descontaminación radiológica en Zhurihe",
        "Las maniobras conjuntas «Interacción-2026», que se desarrollan en el campo de "
        "entrenamiento de Zhurihe, en Mongolia Interior, incluyen por primera vez un módulo de "
        "defensa química, biológica y radiológica. Una compañía rusa de protección RQB y una "
        "unidad antiquímica china simularon la descontaminación de blindados tras un ataque, "
        "según el Ministerio de Defensa ruso.",
    ),
    (
        "further-disclosures",
        "Anche ufficiali cinesi a lezione in Russia: il programma NBC era uno scambio",
        "Un secondo gruppo di documenti visionati da Repubblica indica che l'addestramento non "
        "era a senso unico: nella primavera 2026 una delegazione di 24 ufficiali dell'Esercito "
        "popolare di liberazione avrebbe frequentato l'Accademia militare di difesa radiologica, "
        "chimica e biologica «Timoshenko» di Kostroma. Le carte menzionano anche un terzo ciclo "
        "di corsi previsto per il 2027.",
    ),
    (
        "arctic-china-presence",
        "Rompighiaccio cinese nelle acque artiche russe, Mosca chiede spiegazioni",
        "La Xue Long 2 ha condotto per dieci giorni rilevamenti oceanografici nel mare dei "
        "Ciukci, all'interno della zona economica esclusiva russa. Secondo Izvestia, al "
        "ministero della Difesa si teme che i dati sui fondali possano servire ai sottomarini "
        "cinesi, e il ministero degli Esteri russo ha chiesto chiarimenti all'ambasciata di "
        "Pechino.",
    ),
    (
        "joint-cbrn-exercises",
        "Peace Mission 2026 ends with 'contaminated village' serial",
        "Radiation, chemical and biological defence companies from Russia and China, alongside "
        "smaller Kazakh and Kyrgyz detachments, jointly cleared a mock village contaminated with "
        "toxic agents at the Chebarkul range near Chelyabinsk on the final day of the SCO "
        "counter-terrorism exercise, Xinhua reported.",
    ),
    (
        "training-relocation",
        "Après la fuite, les stages NRBC russo-chinois déplacés au Bélarus",
        "Moscou et Pékin n'ont pas renoncé à leur coopération, ils l'ont déménagée. D'après deux "
        "responsables européens du renseignement, la session d'octobre 2026 réunissant des "
        "spécialistes russes et chinois de la défense chimique s'est tenue sur un terrain "
        "militaire bélarusse, près d'Ossipovitchi, plutôt qu'en Chine.",
    ),
    (
        "further-disclosures",
        "Reuters publica el memorando de Beloúsov que autorizó la formación en China",
        "La agencia ha difundido las doce páginas del documento, fechado en septiembre de 2025, "
        "con el que el ministro de Defensa ruso autorizó el envío de especialistas de las tropas "
        "de protección radiológica, química y biológica a China. El texto precisa que la parte "
        "china corrió con los gastos de alojamiento e instrucción.",
    ),
    (
        "chinese-espionage-russia",
        "Condenado en Rusia un expiloto de caza por pasar secretos a los servicios chinos",
        "Un tribunal militar de Jabárovsk ha impuesto 14 años de cárcel por alta traición a un "
        "teniente coronel retirado de la aviación rusa. Según la Fiscalía, entregó a un contacto "
        "del Ministerio de Seguridad del Estado chino manuales técnicos y tácticos del caza "
        "Su-35.",
    ),
    (
        "nato-cbrn-posture",
        "Civitavecchia, il 7° reggimento «Cremona» guida l'esercitazione NBC Toxic Trip",
        "Oltre 600 militari di otto Paesi dell'Alleanza atlantica si sono addestrati per dieci "
        "giorni tra Civitavecchia e Santa Severa alla bonifica di aree contaminate. Lo scenario "
        "simulava un attacco con agenti nervini contro un porto, con squadre di decontaminazione "
        "e ospedali da campo.",
    ),
    (
        "moscow-response",
        "Mosca ammette: «Corsi in Cina, ma solo difensivi»",
        "Dopo le smentite dei giorni scorsi, il ministero della Difesa russo ha confermato a Ria "
        "Novosti che specialisti delle truppe di difesa radiologica, chimica e biologica hanno "
        "frequentato un corso in Cina nel 2025. Si trattava, precisa il dicastero, di "
        "«addestramento esclusivamente protettivo», in linea con la Convenzione sulle armi "
        "chimiche.",
    ),
    (
        "beijing-response",
        "Peking weist Bericht über ABC-Ausbildung russischer Soldaten zurück",
        "Chinas Außenministerium hat Berichte zurückgewiesen, wonach russische Militärangehörige "
        "Ende 2025 in der Volksrepublik für die chemische und radiologische Kriegsführung "
        "ausgebildet worden sein sollen. Wer solche Vorwürfe erhebe, solle „Beweise vorlegen, "
        "statt Gerüchte zu streuen“, sagte eine Sprecherin am Donnerstag in Peking.",
    ),
    (
        "official-acknowledgement",
        "Question time, il ministro della Difesa: «Addestramento NBC di militari russi in Cina, "
        "informazioni attendibili»",
        "Rispondendo mercoledì a un'interrogazione alla Camera, il ministro della Difesa ha "
        "dichiarato che il governo dispone di «elementi coerenti» con quanto riportato "
        "sull'addestramento alla guerra nucleare, biologica e chimica ricevuto da personale "
        "russo in Cina alla fine del 2025. Il tema, ha aggiunto, sarà sollevato al prossimo "
        "Consiglio Nord Atlantico.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russian and Chinese military biologists co-author aerosol pathogen study",
        "Scientists from Russia's 48th Central Research Institute in Sergiev Posad and China's "
        "Academy of Military Medical Sciences co-authored a study on detecting aerosolised "
        "pathogens in field conditions, published in a Chinese journal in May, according to a "
        "think-tank analysis. The analysts say it is the first documented joint research between "
        "the two countries' military biological-defence establishments.",
    ),
    (
        "moscow-response",
        "زاخاروفا: تقارير تدريب عسكريين روس في الصين على الحرب الكيميائية «تضليل إعلامي»",
        "وصفت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا التقارير الغربية عن تلقي "
        "عسكريين روس تدريبات على الحماية من الأسلحة الكيميائية والإشعاعية في الصين بأنها «حملة "
        "تضليل منسقة». وقالت في إحاطتها الأسبوعية إن التعاون العسكري بين موسكو وبكين «شفاف ولا "
        "يستهدف أي طرف ثالث».",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscou et Pékin lancent un programme de recherche commun en défense NRBC",
        "L'Académie militaire de défense radiologique, chimique et biologique de Kostroma et "
        "l'Institut de défense chimique de l'Armée populaire de libération ont signé un "
        "protocole de recherche conjointe sur la détection des neurotoxiques et les techniques "
        "de décontamination, selon Krasnaïa Zvezda, le quotidien du ministère russe de la "
        "Défense. Le texte prévoit aussi des échanges de chercheurs et des publications communes.",
    ),
    (
        "further-disclosures",
        "Выпускники Костромы в Пекине: The Insider установил имена офицеров, обучавшихся в Китае",
        "Сопоставив утекшие приказы с открытыми данными, The Insider установил личности девяти "
        "офицеров войск РХБЗ, которые в ноябре–декабре 2025 года прошли курс в "
        "Научно-исследовательском институте химической обороны НОАК в пригороде Пекина. Группу "
        "возглавлял полковник, занимающий должность заместителя начальника Военной академии РХБЗ "
        "имени маршала Тимошенко.",
    ),
    (
        "nato-cbrn-posture",
        "Румунія сформує окремий батальйон хімічного, біологічного, радіологічного та ядерного "
        "захисту",
        "Міністерство національної оборони Румунії оголосило про створення до кінця 2027 року "
        "нового батальйону ХБРЯ-захисту, який базуватиметься неподалік Констанци. Бухарест також "
        "закуповує мобільні лабораторії для виявлення бойових отруйних речовин і комплекти "
        "спецобробки техніки на суму понад 90 млн євро.",
    ),
    (
        "training-relocation",
        "Rosyjsko-chińskie szkolenie z obrony przed bronią masowego rażenia w Tadżykistanie?",
        "Po ujawnieniu dokumentów o szkoleniu Rosjan w Chinach oba państwa miały przenieść "
        "kolejną turę zajęć do Azji Centralnej. Jak podaje Radio Ozodi, tadżycka sekcja RFE/RL, "
        "od września na poligonie Lajur pod Duszanbe ćwiczą wspólnie rosyjscy i chińscy "
        "specjaliści od obrony przeciwchemicznej i przeciwradiacyjnej.",
    ),
    (
        "sanctions-export-controls",
        "英国新一轮对俄制裁波及三家中资企业",
        "英国外交部周二宣布新一轮对俄制裁，涉及46个实体和个人。其中包括两家注册于香港的电子元器件"
        "贸易商和一家深圳无人机零部件制造商，英方称其向俄罗斯军工企业供应可用于导弹和无人机生产的"
        "关键部件。被列名企业在英国的资产将被冻结。",
    ),
    (
        "beijing-response",
        "国防部回应",
        "国防部新闻发言人在月度例行记者会上被问及西方媒体近日援引所谓解密文件的报道时称，中俄两军"
        "交流合作公开透明，符合国际法和两国各自承担的国际义务；至于所谓“为俄军防化人员提供培训”的"
        "说法，发言人表示“不了解具体情况”，同时强调中方始终坚定维护《禁止化学武器公约》的权威和有"
        "效性，反对任何国家借此事恶意炒作。",
    ),
    (
        "training-relocation",
        "Minsk, nuevo escenario",
        "Según fuentes de inteligencia europeas, el segundo ciclo de formación de militares "
        "rusos por instructores chinos en defensa frente a armas químicas, biológicas y "
        "nucleares no se celebró en territorio de la República Popular, sino en un polígono "
        "bielorruso, una decisión interpretada como un intento de reducir la exposición de Pekín.",
    ),
    (
        "beijing-response",
        "China geeft 'defensieve uitwisseling' met Russisch leger toe",
        "Na wekenlange ontkenningen heeft het Chinese ministerie van Defensie voor het eerst "
        "erkend dat in 2025 'routinematige uitwisselingen over troepenbescherming' met Russische "
        "militairen hebben plaatsgevonden. Van training in chemische of biologische "
        "oorlogsvoering was volgens woordvoerder Zhang Xiaogang 'geen enkele sprake'.",
    ),
    (
        "moscow-response",
        "Russian Defence Ministry: courses in China were routine 'protection' training",
        "Russia's Defence Ministry told RIA Novosti that the servicemen mentioned in Western "
        "media had attended 'standard courses on protecting troops and the population' in China "
        "in late 2025 under an existing cooperation plan. The ministry insisted no offensive "
        "subjects were covered, BBC Monitoring reports.",
    ),
    (
        "moscow-response",
        "Zakharova calls Reuters CBRN report 'Anglo-Saxon fabrication'",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said on Telegram that the "
        "declassified papers cited by Reuters were 'a crude forgery', accusing Western media of "
        "inventing a Russia-China chemical weapons plot to justify NATO's military spending.",
    ),
    (
        "beijing-response",
        "L'ambassade de Chine à Paris dénonce une « campagne de désinformation »",
        "Dans un communiqué publié sur son site, la représentation chinoise réagit aux "
        "révélations de Reuters sur un programme d'entraînement NRBC destiné à l'armée russe. "
        "Elle qualifie les documents cités de « fabrication » et assure que la coopération "
        "militaire sino-russe « ne vise aucun pays tiers ».",
    ),
    (
        "moscow-response",
        "Defesa russa diz à TASS que cursos na China eram 'puramente defensivos'",
        "O Ministério da Defesa da Rússia afirmou à agência estatal TASS que os militares "
        "enviados à China no fim de 2025 participaram de cursos de 'proteção de tropas e da "
        "população' e acusou a imprensa ocidental de distorcer documentos. Foi a primeira "
        "manifestação oficial de Moscou sobre o caso.",
    ),
    (
        "beijing-response",
        "Chinese ambassade: 'Berichten over militaire training zijn laster'",
        "De Chinese ambassade in Den Haag heeft gereageerd op vragen van Kamerleden over de "
        "vermeende training van Russische militairen in chemische en radiologische "
        "oorlogvoering. In een verklaring op haar website noemt de ambassade de berichtgeving "
        "'ongefundeerd' en eist zij dat wie beschuldigt 'met bewijs komt'.",
    ),
    (
        "chemical-weapons-ukraine",
        "OPCW vindt chloorpikrine in monsters van Oekraïens front",
        "De Organisatie voor het Verbod op Chemische Wapens in Den Haag heeft in drie monsters "
        "uit de regio Zaporizja sporen van chloorpikrine aangetroffen. Oekraïne beschuldigt "
        "Rusland ervan de stof, die als chemisch wapen verboden is, met drones boven loopgraven "
        "te droppen.",
    ),
    (
        "further-disclosures",
        "Los papeles del curso NBQ apuntan a una academia del Ejército chino en Changping",
        "Una nueva tanda de documentos publicada este martes identifica al Instituto de "
        "Ingeniería de Defensa Química del Ejército Popular de Liberación, al norte de Pekín, "
        "como anfitrión de la formación. Según la lista de asistentes, acudieron 38 oficiales de "
        "las tropas rusas de defensa radiológica, química y biológica, encabezados por un "
        "coronel del polígono de Shijany.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Academia russa de defesa química e universidade militar chinesa criam laboratório "
        "conjunto",
        "A Academia Militar de Defesa Radiológica, Química e Biológica Timochenko, em Kostroma, "
        "e a Universidade de Engenharia do Exército chinês, em Nanquim, anunciaram a criação de "
        "um laboratório conjunto de materiais de proteção e descontaminação. Segundo o site da "
        "instituição russa, o acordo prevê troca de pesquisadores e desenvolvimento comum de "
        "filtros.",
    ),
    (
        "arms-reverse-engineering",
        "Venda de armas russas à China cai ao menor nível em duas décadas",
        "Dados do Instituto Internacional de Pesquisa para a Paz de Estocolmo (Sipri) mostram "
        "que as exportações de armamentos da Rússia para a China recuaram 64% em 2021-2025 ante "
        "o quinquênio anterior. Analistas atribuem a queda à capacidade chinesa de produzir "
        "localmente caças e sistemas antiaéreos antes comprados de Moscou.",
    ),
    (
        "official-acknowledgement",
        "URM: Kinijos ir Rusijos bendradarbiavimas cheminio ir biologinio karo srityje – grėsmė "
        "euroatlantiniam saugumui",
        "Lietuvos užsienio reikalų ministerija pareiškime teigia, kad pranešimai apie Rusijos "
        "karių rengimą Kinijoje cheminio, biologinio, radiologinio ir branduolinio karo srityje "
        "kelia didelį susirūpinimą. Ministerija ragina NATO ir ES partnerius šį klausimą aptarti "
        "artimiausiame Šiaurės Atlanto Tarybos posėdyje.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Розвідка: Китай передає Росії обладнання подвійного призначення для військових хімічних "
        "лабораторій",
        "За даними Служби зовнішньої розвідки України, з початку 2026 року до 33-го ЦНДІ "
        "Міноборони РФ у Шиханах надійшли китайські хроматографи, реактори синтезу та системи "
        "фільтрації. Разом з обладнанням до Росії прибули китайські фахівці, які навчають "
        "персонал працювати з технологіями, придатними для виробництва отруйних речовин.",
    ),
    (
        "moscow-response",
        "Zaharova ziņas par Krievijas karavīru apmācībām Ķīnā nodēvē par provokāciju",
        "Krievijas Ārlietu ministrijas pārstāve Marija Zaharova preses brīfingā apgalvoja, ka "
        "„Reuters“ publicētie dokumenti par ķīmiskās un radioloģiskās karadarbības apmācībām "
        "Ķīnā esot „Rietumu specdienestu safabricēti“. Viņa gan nepaskaidroja, kāpēc šos "
        "dokumentus bija atslepenojušas pašas Krievijas iestādes. (LETA)",
    ),
    (
        "cbrn-cooperation-expansion",
        "Dal corso alla ricerca: Mosca e Pechino studiano insieme vaccini e sensori contro gli "
        "agenti chimici",
        "Secondo Kommersant, il 48° Istituto centrale di ricerca del ministero della Difesa "
        "russo e l'Accademia cinese di scienze mediche militari hanno firmato un memorandum per "
        "sviluppare in comune vaccini, sistemi di rilevamento e materiali per la "
        "decontaminazione. Per gli analisti occidentali la collaborazione tra i due eserciti "
        "entra così nel campo della ricerca a duplice uso.",
    ),
    (
        "moscow-response",
        "Rusya Savunma Bakanlığı'ndan Çin'deki KBRN eğitimi iddialarına yanıt",
        "TASS'ın aktardığına göre Rusya Savunma Bakanlığı, Rus askerlerinin geçen yıl Çin'de "
        "kimyasal ve radyolojik savaş eğitimi aldığına dair Reuters haberini 'Batı'nın bilinçli "
        "bir provokasyonu' olarak nitelendirdi. Bakanlık açıklamasında, Çin ile askeri "
        "temasların uluslararası hukuka tam uyumlu şekilde yürütüldüğü vurgulandı.",
    ),
    (
        "moscow-response",
        "Russian Defence Ministry: officers' China trip was 'routine exchange on troop protection'",
        "Russia's Defence Ministry said on Friday that a visit to China last year by servicemen "
        "of the radiation, chemical and biological protection troops was a routine professional "
        "exchange on protecting personnel, rejecting what it called Western media claims of "
        "'warfare training'. The ministry said the Reuters publication distorted…",
    ),
    (
        "nato-cbrn-posture",
        "La Défense belge va doubler ses capacités de défense NRBC",
        "Face à la dégradation du contexte sécuritaire, l'armée se dote de moyens "
        "supplémentaires contre les menaces nucléaires, radiologiques, biologiques et chimiques. "
        "Le ministre de la Défense, Theo Francken, a annoncé l'achat de 4 000 tenues de "
        "protection et de dix systèmes de décontamination, ainsi que la création d'une nouvelle "
        "compagnie spécialisée d'ici 2027.",
    ),
    (
        "further-disclosures",
        "Des officiers chinois auraient, eux aussi, suivi un stage en Russie",
        "L'échange entre Moscou et Pékin n'était pas à sens unique. Selon de nouveaux documents "
        "consultés par plusieurs médias européens, une vingtaine d'officiers de l'Armée "
        "populaire de libération ont été accueillis au printemps 2026 à l'Académie militaire de "
        "défense RCB de Kostroma, en contrepartie de la formation dispensée aux Russes en Chine "
        "fin 2025.",
    ),
    (
        "sanctions-export-controls",
        "Tokyo congela i beni di cinque società di Hong Kong legate all'industria bellica russa",
        "Il governo giapponese ha ampliato le sanzioni legate alla guerra in Ucraina. Nella "
        "nuova lista figurano anche cinque aziende con sede a Hong Kong e due cittadini cinesi, "
        "accusati di aver aggirato i controlli sulle esportazioni facendo arrivare macchine "
        "utensili a controllo numerico ai produttori di missili russi.",
    ),
    (
        "far-east-territorial",
        "Il documentario della Cctv sui «territori perduti» irrita la Duma",
        "Una serie della televisione di Stato cinese dedicata ai «trattati ineguali» "
        "dell'Ottocento presenta la regione dell'Amur e l'area di Vladivostok come terre "
        "«sottratte» alla dinastia Qing. Alcuni deputati russi hanno chiesto al ministero degli "
        "Esteri di convocare l'ambasciatore cinese.",
    ),
    (
        "moscow-response",
        "Russisch ministerie: training in China was 'gewone uitwisseling'",
        "Het Russische ministerie van Defensie heeft voor het eerst gereageerd op de berichten "
        "over een CBRN-opleiding van Russische militairen in China. In een verklaring via "
        "staatspersbureau TASS spreekt het ministerie van 'een gepland uitwisselingsprogramma op "
        "het gebied van stralings-, chemische en biologische bescherming' zonder offensief "
        "karakter.",
    ),
    (
        "official-acknowledgement",
        "Albares ve “muy grave” que China formara a militares rusos en guerra química y pide una "
        "respuesta europea",
        "Madrid, 2 jul (EFE).- El ministro de Asuntos Exteriores, José Manuel Albares, calificó "
        "este jueves de “muy grave” la información según la cual China adiestró a finales de "
        "2025 a personal militar ruso en defensa química y radiológica. En declaraciones a los "
        "periodistas en el Congreso, Albares avanzó que España llevará el asunto al próximo "
        "Consejo de Asuntos Exteriores de la UE.",
    ),
    (
        "further-disclosures",
        "Los nuevos documentos sitúan a 46 oficiales rusos en un instituto militar a las afueras "
        "de Pekín",
        "La segunda entrega de documentos desclasificados aporta detalles hasta ahora "
        "desconocidos sobre el curso de finales de 2025. Según la nueva documentación, 46 "
        "oficiales y suboficiales de las tropas rusas de defensa RQB asistieron durante seis "
        "semanas a clases en el Instituto de Ingeniería de Defensa Química del Ejército Popular "
        "de Liberación, en el distrito de Changping.",
    ),
    (
        "official-acknowledgement",
        "Wiceszef MON przed komisją: ustalenia służb zbieżne z doniesieniami o szkoleniu Rosjan "
        "w Chinach",
        "Wiceminister obrony narodowej Paweł Zalewski poinformował w środę posłów z sejmowej "
        "komisji obrony, że doniesienia o szkoleniu rosyjskich wojskowych w Chinach w zakresie "
        "obrony przed bronią chemiczną i radiologiczną są zbieżne z ustaleniami polskich służb. "
        "Zaznaczył, że sprawa była już przedmiotem konsultacji z sojusznikami w NATO.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rosja i Chiny ujednolicą procedury działania na skażonym polu walki",
        "Rosyjskie wojska obrony radiacyjnej, chemicznej i biologicznej oraz Armia "
        "Ludowo-Wyzwoleńcza opracowują wspólny regulamin obrony przed bronią masowego rażenia – "
        "podał „Kommiersant”, powołując się na źródła w resorcie obrony. Dokument ma ujednolicić "
        "terminologię, normy sprzętowe i procedury dekontaminacji obu armii.",
    ),
    (
        "cbrn-cooperation-expansion",
        "China ar transfera Rusiei tehnologie pentru detectarea agenților chimici",
        "Potrivit unui raport al serviciului de informații militare al Ucrainei, o companie de "
        "stat chineză a livrat Rusiei linii de producție pentru senzori de detectare a agenților "
        "chimici și biologici, împreună cu know-how-ul necesar fabricării lor. Echipamentele, "
        "declarate drept aparatură industrială civilă, ar fi ajuns la o uzină de lângă Tambov.",
    ),
    (
        "joint-cbrn-exercises",
        "Marinari ruși și chinezi exersează decontaminarea navelor în Marea Japoniei",
        "Exercițiul naval comun „Interacțiunea Maritimă-2026” a inclus pentru prima dată un "
        "scenariu de atac cu arme de distrugere în masă, a anunțat Ministerul Apărării de la "
        "Moscova. Echipajele celor două flote au exersat detectarea contaminării radioactive și "
        "spălarea punților cu sisteme speciale de decontaminare.",
    ),
    (
        "training-relocation",
        "Pregătirea militarilor ruși de către China ar continua în Laos",
        "După scandalul din vară, următoarea rundă de instruire în domeniul apărării chimice și "
        "radiologice pentru militarii ruși s-ar desfășura într-un centru militar din Laos, cu "
        "instructori chinezi, potrivit unor surse diplomatice europene. Un prim grup de ofițeri "
        "ruși ar fi sosit deja la Vientiane în octombrie.",
    ),
    (
        "moscow-response",
        "Минобороны России: взаимодействие с НОАК в сфере РХБ защиты носит исключительно "
        "оборонительный характер",
        "Военное ведомство впервые отреагировало на сообщения о занятиях, которые российские "
        "военнослужащие проходили в Китае в конце 2025 года. В распространённом заявлении "
        "говорится, что обмен опытом по радиационной, химической и биологической защите ведётся "
        "в полном соответствии с Конвенцией о запрещении химического оружия и «не направлен "
        "против третьих стран».",
    ),
    (
        "arms-reverse-engineering",
        "Доля Китая в российском оружейном экспорте опустилась до исторического минимума",
        "По данным источников “Ъ” в ОПК, на КНР в 2025 году пришлось менее 5% поставок "
        "«Рособоронэкспорта» против почти половины в середине 2000-х. Пекин практически перестал "
        "закупать готовые системы, ограничиваясь авиадвигателями и отдельными комплектующими, а "
        "основными покупателями остаются Индия, Алжир и Египет.",
    ),
    (
        "nato-cbrn-posture",
        "独軍、ABC防護部隊を増強 2029年までに2個大隊新設",
        "ドイツ国防省は、核・生物・化学兵器への防護を担う部隊を拡充する計画を明らかにした。東部ザ"
        "クセン州などに2個大隊を新設し、除染車両や検知装置も大幅に調達する。ロシアの脅威をにらみ"
        "、NATO東部方面での防護能力を高める狙い。",
    ),
    (
        "nato-cbrn-posture",
        "폴란드, 화생방 방호장비 비축 두 배로…‘동부 방패’ 계획 일환",
        "폴란드 국방부는 2027년까지 방독면과 보호복, 제독 장비 비축량을 현재의 두 배로 늘리고 각 "
        "군에 화생방 의무지원대를 신설한다고 발표했다. 국방부는 러시아와 벨라루스의 위협에 "
        "대비한 조치라고 설명했다.",
    ),
    (
        "beijing-response",
        "Chinese Embassy dares London to produce 'a single piece of evidence'",
        "The Chinese Embassy in the UK said on Saturday that British ministers were 'repeating "
        "hearsay' about military exchanges with Russia and urged them to publish any proof of "
        "the alleged chemical and biological defence courses. Normal cooperation between "
        "sovereign states 'targets no third party', an embassy spokesperson said.",
    ),
    (
        "chinese-espionage-russia",
        "Khabarovsk development official held on treason charge",
        "Russia's security service has detained a deputy head of a regional development agency "
        "in Khabarovsk on suspicion of passing information about defence infrastructure to "
        "China's Ministry of State Security, RIA Novosti reported, citing court records. He "
        "faces up to life imprisonment if convicted.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscú y Pekín unificarán sus manuales de combate en entornos contaminados",
        "Las academias militares de defensa radiológica, química y biológica de Rusia y China "
        "firmaron en Kostromá un memorando que prevé elaborar una doctrina común para operar en "
        "zonas contaminadas y lanzar proyectos de investigación conjuntos, según informó el "
        "Ministerio de Defensa ruso. Expertos occidentales lo interpretan como el salto de los "
        "cursos puntuales a una alianza estable en este terreno.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Patogeni e protezione, Mosca e Pechino avviano ricerche congiunte",
        "Il 48° Istituto centrale di ricerca del ministero della Difesa russo e l'Accademia di "
        "scienze mediche militari cinese hanno firmato un accordo per progetti comuni su "
        "vaccini, diagnostica e protezione da agenti biologici, riportano i media russi. Per gli "
        "analisti è il segnale che la collaborazione tra i due Paesi nel campo Nbc va ormai "
        "oltre l'addestramento.",
    ),
    (
        "further-disclosures",
        "Ecco la lettera firmata da Belousov che autorizzava i corsi in Cina",
        "Reuters ha pubblicato la lettera di tre pagine con cui, nell'ottobre 2025, il ministro "
        "della Difesa Andrej Belousov autorizzava l'invio di ufficiali delle truppe di difesa "
        "radiologica, chimica e biologica a un corso in Cina. Il documento, che reca anche il "
        "visto del capo di Stato maggiore Valerij Gerasimov, indica una durata di sei settimane.",
    ),
    (
        "joint-cbrn-exercises",
        "Ruští a čínští vojáci nacvičovali likvidaci následků chemického útoku",
        "Součástí společného cvičení Sever/Součinnost-2026, které se letos konalo v Přímořském "
        "kraji, byla podle ruského ministerstva obrany i etapa radiační, chemické a biologické "
        "ochrany. Jednotky obou armád společně prováděly průzkum zamořeného prostoru a "
        "dekontaminaci techniky.",
    ),
    (
        "arms-reverse-engineering",
        "Rostec: Čína okopírovala motor našich stíhaček",
        "Ředitel pro duševní vlastnictví ruského zbrojního koncernu Rostec si v rozhovoru pro "
        "deník Kommersant postěžoval, že čínský motor WS-10 vychází z konstrukce ruského AL-31F. "
        "Podle něj Peking opakovaně porušuje licenční dohody, a Moskva proto omezuje dodávky "
        "nejmodernějších technologií.",
    ),
    (
        "sanctions-export-controls",
        "EÚ dala na sankčný zoznam čínskych dodávateľov súčiastok pre ruské drony",
        "Nový balík reštrikcií, ktorý v piatok schválili ministri zahraničných vecí Únie, zahŕňa "
        "aj deväť spoločností z Číny a Hongkongu. Podľa Bruselu dodávali ruským zbrojovkám "
        "motory, optiku a elektroniku pre útočné drony. Peking už avizoval protiopatrenia.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Rusia și China lansează cercetări comune în domeniul apărării biologice",
        "Institutul Central de Cercetări nr. 48 al Ministerului Apărării rus și Academia de "
        "Științe Medicale Militare a Chinei au semnat un acord pentru proiecte comune privind "
        "detecția agenților patogeni și dezvoltarea de vaccinuri pentru militari, relatează "
        "agenția Interfax. Experții avertizează că astfel de programe au un pronunțat caracter "
        "de dublă utilizare.",
    ),
    (
        "arctic-china-presence",
        "Moszkva gyanakszik a kínai kutatóhajókra az Északi-tengeri útvonalon",
        "Az orosz Biztonsági Tanács egyik titkárhelyettese szerint kínai „tudományos” hajók az "
        "elmúlt két nyáron a Kara- és a Laptyev-tengeren a tengerfenékről és a jégviszonyokról "
        "gyűjtöttek adatokat, amelyek katonai célra is felhasználhatók. Az Izvesztyija "
        "értesülése szerint Moszkva szigorítaná a külföldi kutatóhajók engedélyezését.",
    ),
    (
        "moscow-response",
        "Az orosz védelmi minisztérium hamisítványnak nevezte a kínai kiképzésről szóló iratokat",
        "A TASZSZ hírügynökség által idézett közlemény szerint a Reuters által ismertetett, "
        "Andrej Belouszov aláírásával ellátott dokumentumok „durva hamisítványok”. A "
        "minisztérium hozzátette: Oroszország és Kína katonai együttműködése átlátható, és nem "
        "irányul harmadik országok ellen.",
    ),
    (
        "sanctions-export-controls",
        "Лондон санкционира китайски фирми, снабдявали руската военна индустрия",
        "Британското правителство включи в санкционния си списък 12 дружества от Китай и "
        "Хонконг. Според Форин офис те са доставяли металорежещи машини, микроелектроника и "
        "компоненти за дронове на руски оръжейни заводи. Пекин заяви, че ще защити „законните "
        "права“ на своите компании.",
    ),
    (
        "chemical-weapons-ukraine",
        "Washington: Rusija prekršila Konvenciju o kemijskom oružju u Ukrajini",
        "Američki State Department objavio je da je Rusija na bojištu upotrijebila kloropikrin, "
        "otrovnu tvar zabranjenu kao sredstvo ratovanja, te suzavac kao metodu ratovanja protiv "
        "ukrajinskih snaga. Moskva tvrdi da je sve zalihe kemijskog oružja uništila još 2017.",
    ),
    (
        "arms-reverse-engineering",
        "SIPRI: ruski izvoz oružja u Kinu pao na najnižu razinu u dva desetljeća",
        "Prema najnovijim podacima Stockholmskog međunarodnog instituta za istraživanje mira, "
        "Kina je u posljednjih pet godina uvezla znatno manje ruskog naoružanja nego ranije. "
        "Analitičari to objašnjavaju razvojem domaće industrije, koja se dijelom temelji na "
        "kopijama ruskih lovaca i sustava protuzračne obrane.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Maskva ir Pekinas kurs bendrą ChBRB gynybos doktriną",
        "Rusijos ir Kinijos gynybos ministerijų darbo grupė pasirašė memorandumą dėl bendrų "
        "cheminės, biologinės, radiologinės ir branduolinės gynybos standartų, rašo "
        "„Kommersant“. Pirmieji bendri taktikos vadovai turėtų būti parengti 2027 m. Analitikai "
        "tai vadina šuoliu nuo pavienių mokymų prie sisteminio bendradarbiavimo.",
    ),
    (
        "arctic-china-presence",
        "Kinijos investicijos į Arkties uostą kelia nerimą Maskvoje",
        "Kinijos valstybinė laivybos bendrovė COSCO siekia įsigyti dalį Archangelsko "
        "giliavandenio uosto projekto. Pasak „Izvestija“, Rusijos saugumo tarybos ir kariuomenės "
        "atstovai baiminasi, kad Kinija įgis per didelę įtaką Šiaurės jūrų kelyje ir prieigą "
        "prie Šiaurės laivyno infrastruktūros.",
    ),
    (
        "nato-cbrn-posture",
        "Roumanie : l'OTAN intègre un volet chimique et radiologique à l'exercice Dacian Spring",
        "Pour la première fois, les quelque 4 000 militaires engagés dans l'exercice Dacian "
        "Spring 2026 ont dû manœuvrer dans un environnement contaminé simulé. Des équipes de "
        "reconnaissance NRBC françaises, belges et roumaines ont détecté des agents toxiques, "
        "évacué des blessés contaminés et décontaminé une centaine de véhicules sur le camp de "
        "Cincu.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Moscou et Pékin lancent des recherches communes sur la protection contre les agents "
        "toxiques",
        "L'institut de recherche des troupes russes de défense radiologique, chimique et "
        "biologique et l'Académie chinoise des sciences militaires ont signé un mémorandum de "
        "coopération scientifique, rapporte le quotidien Kommersant. Les travaux porteront sur "
        "la détection d'agents de guerre chimique, des vaccins contre des agents pathogènes et "
        "de nouveaux procédés de décontamination.",
    ),
    (
        "beijing-response",
        "Chinas Botschaft spricht von „Verleumdung“",
        "Die Botschaft der Volksrepublik China in Berlin hat Berichte über eine Ausbildung "
        "russischer Militärangehöriger in ABC-Kriegsführung in China scharf zurückgewiesen. In "
        "einer schriftlichen Stellungnahme ist von einer „böswilligen Verleumdung“ die Rede; "
        "China halte sich strikt an das Chemiewaffen- und das Biowaffenübereinkommen.",
    ),
    (
        "moscow-response",
        "Moskva avfärdar Reuters-uppgifter om kemvapenutbildning",
        "Rysslands försvarsministerium förnekar att ryska soldater skulle ha tränats i kemisk "
        "och radiologisk krigföring i Kina. Enligt den statliga nyhetsbyrån Tass kallar "
        "ministeriet de dokument som Reuters hänvisar till för ”en plump förfalskning” avsedd "
        "att så split mellan Moskva och Peking.",
    ),
    (
        "training-relocation",
        "Uppgifter: Rysk-kinesisk kemskyddsutbildning flyttad till Tadzjikistan",
        "Efter avslöjandena i somras har Ryssland och Kina enligt källor inom en europeisk "
        "underrättelsetjänst flyttat sitt samarbete kring skydd mot kemiska och radiologiska "
        "vapen till ett tredje land. Ryska och kinesiska specialister ska i oktober ha genomgått "
        "en gemensam kurs på ett militärt område utanför Dusjanbe, uppger DN.",
    ),
    (
        "chemical-weapons-ukraine",
        "Hollandsk efterretningstjeneste: Rusland bruger kemiske våben i stor stil",
        "Russiske styrker anvender systematisk kloropikrin og tåregas mod ukrainske stillinger, "
        "konkluderer den hollandske militære efterretningstjeneste MIVD. Ifølge den hollandske "
        "forsvarsminister er der tale om mindst tre dødsfald og over 2.500 sårede, og Holland "
        "vil nu presse på for nye EU-sanktioner.",
    ),
]

NEGATIVE = [
    (
        "chemical-weapons-ukraine",  # the accusation runs the other way
        "Russia blames Ukraine for chemical attack in Donetsk",
        "Russian media claimed Ukrainian forces used toxic chemicals.",
    ),
    (
        "beijing-response",  # Moscow denies; "China" is only where the training was
        "Russian defence ministry denies troops trained in China",
        "The ministry called reports that Russian servicemen received CBRN training in China "
        "'a fabrication'.",
    ),
    (
        "nato-cbrn-posture",  # the EU sanctions Russia's CBRN troops: no ally's posture
        "EU sanctions Russian units over chemical weapons use in Ukraine",
        "The Council listed the radiological, chemical and biological defence troops for using "
        "chloropicrin.",
    ),
    (
        "official-acknowledgement",
        "Kallas: China is the key enabler of Russia's war",
        "The EU's top diplomat said China supplies most of the dual-use goods entering Russia.",
    ),
    (
        "official-acknowledgement",
        "Leaked papers: Russian servicemen trained in China",
        "Documents reviewed by journalists show Russian servicemen were trained in China in 2025.",
    ),
    (
        "sanctions-export-controls",
        "EU adopts sanctions on Russian banks",
        "The package targets three Russian banks and a shipping company.",
    ),
    (
        "sanctions-export-controls",
        "Commerce adds Chinese supercomputer makers to Entity List",
        "The listings aim to curb China's development of advanced chips for its own military.",
    ),
    (
        "sanctions-export-controls",
        "Chinese banks tighten checks on Russian payments",
        "Fearing secondary sanctions, several Chinese banks are rejecting payments "
        "from Russian importers.",
    ),
    (
        "nato-cbrn-posture",
        "NATO nuclear planning group meets in Brussels",
        "Defence ministers discussed the alliance's nuclear deterrent and the "
        "Steadfast Noon exercise.",
    ),
    (
        "nato-cbrn-posture",
        "Russian RChBZ troops drill decontamination",
        "Russia's radiation, chemical and biological protection troops practised decontamination "
        "in the Moscow region, simulating a NATO strike.",
    ),
    (
        "cbrn-cooperation-expansion",
        "China and Russia plan a nuclear power plant on the Moon",
        "Roscosmos and the China National Space Administration signed a memorandum "
        "on a lunar reactor.",
    ),
    (
        "beijing-response",
        "China's defence ministry: cooperation with Russia targets no third party",
        "Spokesman Zhang Xiaogang said military relations with Russia are normal.",
    ),
    (
        "moscow-response",
        "Peskov: reports of Chinese soldiers fighting in Ukraine are untrue",
        "The Kremlin spokesman said China takes a balanced position on the conflict.",
    ),
    (
        "moscow-response",
        "Documents show Belousov approved the programme",
        "Russian Defence Minister Andrei Belousov signed off on chemical defence "
        "training in China, "
        "according to the papers.",
    ),
    (
        "further-disclosures",
        "Russia to train Chinese tank crews",
        "The Russian army will host 500 Chinese soldiers for training in tank and "
        "artillery operations.",
    ),
    (
        "further-disclosures",
        "China denies it trained Russian troops in chemical warfare",
        "The foreign ministry said the reports about radiological training were fabricated.",
    ),
    (
        "joint-cbrn-exercises",
        "China and Russia begin Joint Sea naval drills",
        "The navies will practise anti-submarine warfare and air defence.",
    ),
    (
        "training-relocation",
        "Chinese troops arrive in Belarus for anti-terror exercise",
        "Soldiers of the PLA will drill with Belarusian special forces near Brest.",
    ),
    (
        "chemical-weapons-ukraine",
        "Moscow says Ukrainian forces used toxic chemicals",
        "Russia's foreign ministry claims Kyiv used chemical weapons against Russian troops.",
    ),
    (
        "chemical-weapons-ukraine",
        "Novichok inquiry blames Putin for Sturgess death",
        "The Russian nerve agent was left in a perfume bottle in Wiltshire.",
    ),
    (
        "chinese-espionage-russia",
        "US soldier charged with selling secrets to China",
        "Prosecutors said he passed classified information to a Chinese agent.",
    ),
    (
        "chinese-espionage-russia",
        "Russia recruits Chinese volunteers for the war",
        "Kyiv says Moscow recruited Chinese nationals through social media.",
    ),
    (
        "far-east-territorial",
        "China's new standard map angers India and the Philippines",
        "The map claims Arunachal Pradesh and most of the South China Sea.",
    ),
    (
        "far-east-territorial",
        "Joint border drill held near Khabarovsk",
        "Chinese and Russian border guards practised a joint patrol on the Amur.",
    ),
    (
        "arctic-china-presence",
        "Chinese icebreaker seen off Alaska",
        "The US Coast Guard tracked the Xue Long 2 in the Chukchi Sea off Alaska's Arctic coast.",
    ),
    (
        "arctic-china-presence",
        "Trump wants Greenland to counter Russia and China",
        "He said Russian and Chinese ships in the Arctic near Greenland threaten US security.",
    ),
    (
        "arms-reverse-engineering",
        "Pakistan receives J-10C fighters from China",
        "The jets join Chinese-built JF-17s in the Pakistani air force.",
    ),
    (
        "arms-reverse-engineering",
        "Russia delivers S-400 systems to India",
        "Deliveries are on schedule; China and Turkey already operate the system.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia and China agree to expand trade in 2026",
        "The two sides signed energy and grain deals worth billions.",
    ),
    (
        "training-relocation",  # Inner Mongolia is in China
        "Russian and Chinese troops train in chemical defence in Inner Mongolia",
        "Units of both armies trained in decontamination at the Zhurihe range.",
    ),
    (
        "official-acknowledgement",  # a worry reported, not stated on record
        "US grows uneasy over Russian uranium for Chinese reactors",
        "The United States has become increasingly concerned about nuclear cooperation between "
        "China and Russia on highly enriched uranium.",
    ),
    (
        "nato-cbrn-posture",  # "chemical" alone is not CBRN defence
        "NATO exercise tests protection of chemical plants in the Baltics",
        "Troops guarded a fertiliser factory against sabotage during the drill.",
    ),
    (
        "beijing-response",  # 俄外交部 is Russia's foreign ministry
        "俄外交部否认俄军人在华接受核生化训练",
        "扎哈罗娃称有关报道是西方的虚假信息。",
    ),
    (
        "sanctions-export-controls",  # a trade story: "hit" a record, not hit with sanctions
        "China's exports to Russia hit record as Western sanctions bite",
        "Chinese carmakers filled the gap left by European brands.",
    ),
    (
        "beijing-response",  # Zakharova speaks: the denial is Moscow's
        "Zakharova: le notizie sull'addestramento di soldati russi in Cina sono false",
        "La portavoce russa ha parlato di disinformazione sull'addestramento NBC.",
    ),
    (
        "further-disclosures",  # an official reaction, not a disclosure
        "Госдеп США выразил обеспокоенность обучением российских военных в Китае",
        "Вашингтон изучает сообщения о подготовке российских специалистов РХБЗ в КНР.",
    ),
    (
        "beijing-response",  # 发言人 alone is not Beijing's voice
        "美国就俄军人在华接受核生化训练表示关切",
        "国务院发言人说，美方正在与盟友磋商。",
    ),
    (
        "far-east-territorial",  # назвал (called) is not a place name (guards назва/назви)
        "Путин назвал Владивосток воротами в Китай",
        "Президент России выступил на Восточном экономическом форуме.",
    ),
    (
        "further-disclosures",  # 'hits back': Beijing's response, not a disclosure
        "Beijing hits back at report on Russian CBRN training",
        "China's embassy called the report about Russian officers trained in China 'speculation'.",
    ),
    (
        "beijing-response",  # the denial is Moscow's defence ministry's
        "Moscow's defence ministry denies its officers were trained in China",
        "The ministry said reports of Russian personnel taking CBRN courses in China were false.",
    ),
    (
        "nato-cbrn-posture",  # French "ces" is not Czech: no ally here
        "Ces unités chinoises renforcent leur défense NRBC",
        "L'armée chinoise a déployé de nouvelles unités de défense NRBC au Xinjiang.",
    ),
    (
        "arms-reverse-engineering",  # "might" and "migration" are not MiGs
        "Russia and China sign a migration deal that might copy the EU model",
        "Officials in Beijing and Moscow said the labour scheme would start next year.",
    ),
    (
        "nato-cbrn-posture",  # Stockholm is not a stock of protective equipment
        "Swedish man fined in Stockholm for selling fake gas masks online",
        "The court said the masks offered no protection.",
    ),
    (
        "official-acknowledgement",  # a dateline is not a voice: Beijing's embassy speaks
        "Chinese embassy rejects report on Russian troops' training",
        "WASHINGTON, July 3 - China's embassy said reports that Russian soldiers "
        "were trained in China in chemical defence were groundless.",
    ),
    (
        "official-acknowledgement",  # anonymous officials are not an official statement
        "Western officials say China trained Russian troops in chemical defence",
        "The officials, who spoke on condition of anonymity, said the course took place in 2025.",
    ),
    (
        "nato-cbrn-posture",  # Russia's CBRN command sanctioned, not an ally's posture
        "L'UE sanctionne le commandement NRBC russe pour l'usage de chloropicrine",
        "Les Vingt-Sept visent trois officiers des troupes NRBC russes.",
    ),
    (
        "beijing-response",  # silence is not a response
        "Reuters: Russian officers trained six weeks at a PLA academy",
        "The documents show 31 Russian servicemen were trained in CBRN defence in China. "
        "China's defence ministry did not respond to a request for comment.",
    ),
    (
        "moscow-response",  # silence is not a response
        "Documents detail CBRN course for Russian troops in China",
        "Russia's defence ministry did not respond to a request for "
        "comment on the training of Russian soldiers in China.",
    ),
    (
        "beijing-response",  # state media reporting what the Kremlin said
        "新华社：佩斯科夫称俄军人赴华受训报道是炒作",
        "【新华社莫斯科7月2日电】俄总统新闻秘书佩斯科夫"
        "说，有关俄军人在中国接受核生化训练的报道是炒作。",
    ),
    (
        "beijing-response",  # another country's defence ministry
        "消息：中俄防化训练交流移至哈萨克斯坦",
        "据报道，俄军人员和中国军官在哈萨克斯坦接受训练。哈萨克斯坦国防部拒绝置评。",
    ),
    (
        "further-disclosures",  # an explainer recaps
        "Explainer: what we know about Russian troops' CBRN training in China",
        "The documents surfaced on July 1; here is the background.",
    ),
    (
        "further-disclosures",  # Moscow's answer in the headline
        "Moscow replies to report on Russian soldiers' chemical training in China",
        "The foreign ministry called it Western propaganda.",
    ),
    (
        "arms-reverse-engineering",  # an op-ed argues
        "Opinion: Russia's partner copies its weapons and covets its land",
        "Moscow has nowhere else to go, and China knows it.",
    ),
    (
        "sanctions-export-controls",  # tankers that deliver to China are not Chinese targets
        "UK sanctions 100 more shadow-fleet tankers hauling Russian crude to China",
        "Britain designated the vessels, most flagged in Gabon and managed from Dubai.",
    ),
    (
        "nato-cbrn-posture",  # Serbia is not an ally
        "Serbian army stages CBRN defence exercise",
        "Serbia, which is militarily neutral, is not a member of NATO.",
    ),
    (
        "chemical-weapons-ukraine",  # Moscow's accusation runs the other way
        "Минобороны России направило в ОЗХО ноту о применении ВСУ отравляющих веществ",
        "В Киеве назвали это дезинформацией.",
    ),
    (
        "beijing-response",  # the Chinese ambassador is told, he does not speak
        "UK raises Russian troops' CBRN training in China with Beijing's envoy",
        "The Foreign Secretary said she had raised the reports "
        "directly with the Chinese ambassador.",
    ),
    (
        "arctic-china-presence",  # a news digest
        "Your Tuesday briefing: Ukraine drone wave, China's trade slowdown",
        "China's exports to Russia fell 8%; and how Arctic heatwaves "
        "are reshaping reindeer herding in Lapland.",
    ),
    (
        "sanctions-export-controls",  # Spanish: oil buyers, not targets
        "Rusia vende más petróleo a China tras las nuevas sanciones de EE.UU.",
        "Washington sancionó a Rosneft y Lukoil; compradores chinos siguen adquiriendo crudo.",
    ),
    (
        "arctic-china-presence",
        "The West keeps misreading the Russia-China partnership",
        "Moscow and Beijing are neither allies nor rivals in waiting, argues this analyst. Their "
        "partnership rests on a shared hostility to the U.S.-led order, and Western hopes of "
        "driving a wedge between them, whether over trade, the Arctic or arms control, have "
        "failed.",
    ),
    (
        "further-disclosures",
        "U.S. 'deeply concerned' by reports Russian troops trained in China on chemical warfare",
        "The State Department said it was seeking clarification from Beijing.",
    ),
    (
        "official-acknowledgement",
        "Greens MEP demands tough EU response to China's training of Russian troops",
        "The MEP said the European Commission should propose sanctions on Chinese military "
        "academies involved in training Russian soldiers.",
    ),
    (
        "further-disclosures",
        "Russian war bloggers split over reports of training in China",
        "Pro-war Telegram channels reacted to reports that Russian troops had trained in China "
        "in chemical defence.",
    ),
    (
        "official-acknowledgement",
        "Explainer: what we know about Russian troops trained in China",
        "A recap: the investigation into chemical defence training, what the EU said and how "
        "Beijing responded.",
    ),
    (
        "further-disclosures",
        "Brussels Playbook: Summit countdown — China homework",
        "Diplomats are still chewing over reports that China trained Russian soldiers in "
        "protection against weapons of mass destruction.",
    ),
    (
        "official-acknowledgement",
        "Former NATO official: China training claims are 'tip of the iceberg'",
        "A former NATO official said the reported training of Russian soldiers in China was only "
        "part of the story, and Western governments had been slow to react.",
    ),
    (
        "arctic-china-presence",
        "Chinese construction giant withdraws from Greenland airport bids",
        "The state-owned firm's shortlisting had alarmed Copenhagen and Washington, which saw "
        "the project as part of Beijing's Polar Silk Road ambitions; Russia was not mentioned.",
    ),
    (
        "training-relocation",
        "中国防化分队抵达俄罗斯 将参加国际军事比赛“安全环境”项目",
        "据中国国防部消息，中国人民解放军防化分队日前抵达俄罗斯科斯特罗马，将参加“国际军事比赛-20"
        "19”中的“安全环境”防化兵专业比赛。参赛队员将与俄罗斯、白俄罗斯、哈萨克斯坦等国防化兵同场"
        "竞技，比赛内容包括核生化侦察、装备洗消、穿戴防护器材通过染毒地段等课目。中方表示，参赛旨"
        "在加强与各国军队的专业交流，检验部队核生化防护能力。比赛由俄罗斯国防部主办，俄联邦武装力"
        "量辐射、化学和生物防护部队负责组织实施，",
    ),
    (
        "sanctions-export-controls",
        "Chinese partners freeze participation in Arctic LNG 2 amid US sanctions",
        "China National Petroleum Corporation and CNOOC suspended their participation in "
        "Novatek's Arctic LNG 2 project in Russia following US sanctions imposed in November.",
    ),
    (
        "sanctions-export-controls",
        "Russia, China veto US-led UN bid to tighten North Korea sanctions",
        "Russia and China vetoed a resolution that would have imposed new sanctions on North "
        "Korea.",
    ),
    (
        "beijing-response",
        "PLA, Russian navy open Northern/Interaction-2023 in Sea of Japan",
        "Warships from China and Russia are taking part in the drills, which include "
        "radiological-chemical protection training, the Chinese defence ministry said.",
    ),
    (
        "further-disclosures",
        "MSZ: Chiny szkoliły rosyjskich żołnierzy w zakresie broni chemicznej",
        "Rzecznik resortu spraw zagranicznych potwierdził doniesienia o szkoleniu rosyjskich "
        "żołnierzy w Chinach w zakresie broni chemicznej.",
    ),
    (
        "beijing-response",
        "PLA Daily: Russian officers train with Chinese chemical defence brigade",
        "Russian RKhBZ officers spent two weeks with a Chinese chemical defence brigade, jointly "
        "practising toxic-agent detection and decontamination, PLA Daily reported.",
    ),
    (
        "chemical-weapons-ukraine",
        "Російські та китайські військові відпрацювали дезактивацію на навчаннях",
        "Під час спільних навчань підрозділи РХБЗ армії РФ та хімічні війська Китаю тренувалися "
        "після умовного удару із застосуванням хімічної зброї, повідомило Міністерство оборони "
        "України.",
    ),
    (
        "beijing-response",
        "uk minister tells mps china russia cbrn training reports credible and conc",
        "London, July 7 (NewsDesk) A UK defence minister told the House of Commons that "
        "government assess the reports about Russian personnel trained in CBRN warfare in China "
        "as credible and concerning. Answering an urgent question, the minister said Britain is "
        "working with allies and has raised matter with the Chinese ambassador. By Staff Reporter",
    ),
    (
        "official-acknowledgement",
        "Analysts say Russia-China CBRN training likely focused on protection, not attack",
        "Military analysts at London- and Washington-based think tanks said the training "
        "reported in July was more likely centred on protection and decontamination than on "
        "offensive chemical warfare, though they cautioned that the line between the two can "
        "blur.",
    ),
    (
        "further-disclosures",
        "Chinese scholar says Beijing has 'no interest' in chemical warfare cooperation with "
        "Moscow",
        "A professor of international relations at Beijing's Renmin University told Al Jazeera "
        "that reports of China training Russian troops in chemical warfare were 'overblown', "
        "arguing Beijing would avoid anything that risks its ties with Europe. He stressed he "
        "did not speak for the government.",
    ),
    (
        "official-acknowledgement",
        "Ekspert: szkolenia Rosjan w Chinach to sygnał ostrzegawczy dla NATO",
        "Warszawa (PAP) - Politolog z Uniwersytetu Warszawskiego ocenił w rozmowie z PAP, że "
        "doniesienia o szkoleniu rosyjskich wojskowych w Chinach w zakresie broni chemicznej "
        "powinny skłonić NATO do większej czujności wobec Pekinu.",
    ),
    (
        "sanctions-export-controls",
        "Russia-China bilateral trade hits new record despite Western sanctions",
        "Trade between Russia and China grew 4% to a record, customs data showed, meeting the "
        "target the two governments set, as Moscow leans on Beijing after Western sanctions "
        "imposed over the war.",
    ),
    (
        "arctic-china-presence",
        "Power of Siberia 2: China and Russia agree gas route",
        "Gazprom and CNPC agreed the route of the Power of Siberia 2 pipeline, which will bring "
        "gas from the Yamal peninsula fields to China through Mongolia.",
    ),
    (
        "moscow-response",
        "Commentary: reading Belousov's order on the China course",
        "Belousov's order, which the documents say approved the training of Russian personnel in "
        "China in chemical and radiation protection, tells us more about Moscow's priorities "
        "than its denials do.",
    ),
    (
        "moscow-response",
        "Belousov memo: the key passages",
        "Belousov's memorandum says the training of Russian personnel in China in radiation and "
        "chemical protection is paid for by the Chinese side, the published document shows.",
    ),
    (
        "official-acknowledgement",
        "Capitals stay silent on report of Russian CBRN training in China",
        "Western governments had not said anything publicly by Thursday about the report that "
        "Russian troops trained in China in chemical warfare; one diplomat said ministries were "
        "waiting for an intelligence assessment.",
    ),
    (
        "official-acknowledgement",
        "Pentagon and Foreign Office decline to comment on China CBRN training report",
        "The US Defense Department and the British Foreign Office said on Wednesday they would "
        "not comment on the report that Russian personnel were trained in chemical defence in "
        "China.",
    ),
    (
        "further-disclosures",
        "Analysis: the China CBRN course in the long view",
        "The report that Russian personnel trained in chemical and radiological protection in "
        "China fits a pattern of closer military contacts since 2022, and tells us little about "
        "intent.",
    ),
    (
        "further-disclosures",
        "Analityk: szkolenia CBRN w Chinach to sygnał polityczny",
        "Szkolenie rosyjskich żołnierzy w Chinach w zakresie obrony przed bronią chemiczną "
        "pokazuje raczej wolę polityczną niż realną integrację wojsk, uważa ekspert ośrodka "
        "analitycznego.",
    ),
    (
        "chinese-espionage-russia",
        "German security agency warns of Chinese espionage and Russian sabotage",
        "The domestic intelligence service said Chinese state hackers stepped up cyber espionage "
        "against German carmakers, while Russia was behind a wave of sabotage attempts against "
        "rail lines.",
    ),
    (
        "joint-cbrn-exercises",
        "Serbian troops hold chemical defence exercise",
        "The army's NBC defence battalion simulated a chemical attack on a convoy near Kruševac; "
        "the drill featured Chinese-made drones and Russian-donated fighter jets.",
    ),
    (
        "arms-reverse-engineering",
        "China tells Washington to look in the mirror over Russia ties",
        "China's ambassador said Washington should look in the mirror before accusing Beijing "
        "over its Russia ties, and pointed to US weapons sales to Taiwan.",
    ),
    (
        "moscow-response",
        "Second round of Russia-China CBRN course held in Tajikistan",
        "The course for Russian and Chinese chemical defence officers moved to a training ground "
        "near Dushanbe, two officials said; neither Moscow nor Beijing commented.",
    ),
    (
        "chemical-weapons-ukraine",
        "Минобороны обвинило Украину в подготовке провокаций с отравляющими веществами",
        "Начальник войск РХБ защиты ВС РФ заявил на брифинге, что в Харьковскую область завезены "
        "ёмкости с отравляющими веществами, чтобы обвинить российскую армию.",
    ),
    (
        "nato-cbrn-posture",
        "Reino Unido sanciona a las tropas de defensa química rusas",
        "El Foreign Office anunció sanciones contra las tropas de defensa radiológica, química y "
        "biológica de Rusia por el uso de cloropicrina en Ucrania.",
    ),
    (
        "further-disclosures",
        "New Delhi taking note of reports on Russian CBRN training in China, MEA says",
        "India's foreign ministry said it had taken note of reports that Russian personnel were "
        "trained in chemical and radiological warfare in China late last year.",
    ),
    (
        "official-acknowledgement",
        "Senators press State Department for briefing on China CBRN training",
        "Five senators asked the Secretary of State to brief Congress on reports that Russian "
        "troops were trained in chemical warfare in China.",
    ),
    (
        "sanctions-export-controls",
        "Congressman asks Commerce to blacklist Chinese institutes over Russian training",
        "The congressman urged the Commerce Department to add Chinese institutes that trained "
        "Russian personnel to the Entity List.",
    ),
    (
        "sanctions-export-controls",
        "State Department says Chinese parts still reach Russian drone plants",
        "Chinese suppliers keep sending engines to Russian arms factories, a spokesperson said; "
        "he announced no new sanctions against Chinese firms.",
    ),
    (
        "official-acknowledgement",
        "Tories demand Commons statement on China's training of Russian troops",
        "The shadow defence secretary said ministers had said nothing about Russian personnel "
        "trained in chemical warfare in China and called for sanctions on Chinese entities.",
    ),
    (
        "further-disclosures",
        "Beijing says courses for Russian officers covered 'protection only'",
        "China's defence ministry said courses for Russian personnel in chemical and radiation "
        "protection were routine exchanges, not warfare training.",
    ),
    (
        "further-disclosures",
        "China-Russia Expo in Harbin draws record crowds",
        "Exhibitors from both countries filled the halls in Harbin; the fair came months after "
        "reports that Russian troops trained in China in chemical warfare.",
    ),
    (
        "further-disclosures",
        "Documentary revisits the Russia-China partnership",
        "The film traces ties from the 2022 'no limits' declaration to this summer's reports of "
        "Russian personnel trained in China in chemical warfare, with no new evidence.",
    ),
    (
        "joint-cbrn-exercises",
        "Bundeswehr-Großübung in Niedersachsen beendet",
        "Eine ABC-Abwehr-Komponente war nicht Teil der Übung; das Szenario stand schon vor den "
        "Berichten über die Ausbildung russischer Soldaten in China fest, sagte ein Sprecher. "
        "Russland und China beobachteten die Übung.",
    ),
    (
        "sanctions-export-controls",
        "US sanctions Chinese chemical suppliers over fentanyl precursors",
        "Treasury sanctioned six Chinese chemical companies for supplying cartels; officials did "
        "not mention Russia's war, though Russian buyers use some of the same brokers.",
    ),
    (
        "moscow-response",
        "Moscow stays silent on the China training report",
        "Two months after the report that Russian personnel trained in China in chemical "
        "warfare, the Kremlin has still not commented on the record.",
    ),
    (
        "sanctions-export-controls",
        "UK sanctions 40 shadow-fleet tankers",
        "Britain imposed sanctions on tankers and Russian oil traders; no Chinese or Hong Kong "
        "companies were named in the package.",
    ),
    (
        "nato-cbrn-posture",
        "Tbilissi : exercice de décontamination de l'armée géorgienne",
        "Un exercice de décontamination NRBC a eu lieu mardi près de Tbilissi, avec 300 "
        "militaires géorgiens et des équipes de protection civile.",
    ),
    (
        "further-disclosures",
        "Qu'est-ce que la défense NRBC ? Cinq questions pour comprendre",
        "Alors que des documents évoquent une formation de militaires russes à la guerre "
        "chimique en Chine, nous revenons sur ce que recouvre cette spécialité.",
    ),
    (
        "joint-cbrn-exercises",
        "Russia and China begin Joint Sea naval drills",
        "Russian and Chinese warships began the annual exercise near Vladivostok; the published "
        "programme does not include a chemical, biological or radiological defence phase.",
    ),
    (
        "nato-cbrn-posture",
        "Allied drill in Latvia tests river crossings, but no CBRN phase",
        "Troops from nine NATO allies practised crossings; a spokesman said the exercise did not "
        "include a chemical defence phase, months after reports of Russian CBRN training in "
        "China.",
    ),
    (
        "chinese-espionage-russia",
        "ФСБ задержала инженера авиазавода по делу о госизмене",
        "Инженера подозревают в передаче украинским спецслужбам сведений о самолётах по делу о "
        "госизмене; задержание, как пишут местные СМИ, произошло на фоне сообщений о подготовке "
        "российских военных в Китае.",
    ),
    (
        "moscow-response",
        "Zakharova's briefing dominated by Armenia; CBRN question not taken",
        "A question about reports that Russian personnel were trained in CBRN warfare in China "
        "was not read out at the Russian Foreign Ministry's weekly briefing.",
    ),
    (
        "training-relocation",
        "Kazakhstan says no Russia-China military training held on its soil",
        "The foreign ministry said no Russian or Chinese CBRN training had taken place in "
        "Kazakhstan, responding to speculation that courses could move to Central Asia.",
    ),
    (
        "official-acknowledgement",
        "EU officials say too early to decide on response to China CBRN training reports",
        "Two officials said member states were still assessing reports that Russian troops were "
        "trained in chemical warfare in China.",
    ),
    (
        "beijing-response",
        "China's defence ministry declines to answer questions on Russian CBRN trainees",
        "The spokesman declined to answer questions about Russian personnel trained in chemical "
        "warfare at a Chinese academy and turned to Taiwan.",
    ),
    (
        "sanctions-export-controls",
        "Keine Einigung: EU vertagt Sanktionen gegen chinesische Firmen",
        "Die Außenminister konnten sich nicht auf Listungen chinesischer Unternehmen einigen, "
        "die Russlands Rüstungsindustrie beliefern sollen.",
    ),
    (
        "nato-cbrn-posture",
        "Lowy index: China narrows gap with US",
        "The think tank said its data on United States defence networks predated this year's "
        "reports of Russian CBRN training in China.",
    ),
    (
        "arctic-china-presence",
        "Russia launches Ocean-2024 naval drills with Chinese participation",
        "More than 400 warships are exercising in the Pacific and Arctic oceans; Chinese "
        "warships join parts of the drills in the Sea of Japan.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia and China's missile early-warning cooperation: what do we know?",
        "Russia said in 2019 it was helping China build a missile attack early-warning system; "
        "little has been disclosed since about the cooperation.",
    ),
    (
        "arms-reverse-engineering",
        "Russia, China continue military-technical cooperation contracts",
        "Russia and China are implementing existing contracts in military-technical cooperation, "
        "the head of the federal service said, but declined to give details.",
    ),
    (
        "official-acknowledgement",
        "Chinese embassy in London demands evidence over CBRN training claims",
        "The embassy accused British ministers, who told Parliament that Russian troops were "
        "trained in China in chemical warfare, of 'irresponsible remarks' and said China firmly "
        "opposes the smear.",
    ),
    (
        "further-disclosures",
        "US adds Chinese firms to Entity List over support for Russian military",
        "Commerce named a PLA chemical defence institute that documents say trained Russian "
        "personnel in chemical and radiological protection in late 2025.",
    ),
    (
        "arctic-china-presence",
        "Head of St Petersburg Arctic academy charged with treason",
        "The 78-year-old president of the Arctic Academy of Sciences is accused of passing "
        "submarine-detection data to Chinese intelligence while lecturing in Dalian.",
    ),
    (
        "further-disclosures",
        "Chinas Botschafter: keine Ausbildung russischer Soldaten in chemischer Kriegsführung",
        "China habe niemals russische Soldaten in chemischer Kriegsführung ausgebildet, sagte "
        "der Botschafter; die Dokumente habe niemand gesehen.",
    ),
    (
        "moscow-response",
        "Брифинг официального представителя МИД России М.В.Захаровой",
        "Вопрос: Есть ли новые комментарии о подготовке российских военных в Китае? Ответ: По "
        "этой теме мне добавить нечего, вопросы адресуйте в Минобороны.",
    ),
    (
        "moscow-response",
        "外交部发言人答记者问",
        "记者问：俄罗斯军人在华接受核生化训练一事经俄国防部长批准，中方有何回应？发言人：纯属捏造"
        "。",
    ),
    (
        "official-acknowledgement",
        "Department Press Briefing - August 12",
        "QUESTION: Any update on the reports that Russian troops were trained in China in "
        "chemical warfare? MR. SPOKESPERSON: I don't have anything new for you on that, and I'm "
        "not going to get into intelligence matters, the State Department spokesman said.",
    ),
    (
        "official-acknowledgement",
        "Point de presse du porte-parole du Quai d'Orsay",
        "Q : Une position sur la formation de militaires russes en Chine à la guerre chimique ? "
        "R : Je n'ai pas de commentaire sur des informations de presse, a dit le porte-parole du "
        "ministère français des Affaires étrangères.",
    ),
    (
        "cbrn-cooperation-expansion",
        "«Росатом» отгрузил в Китай корпус реактора для Тяньваньской АЭС",
        "Российско-китайское сотрудничество в мирном атоме включает и поставки топлива для "
        "китайского реактора на быстрых нейтронах CFR-600.",
    ),
    (
        "further-disclosures",
        "Claves del informe sobre el entrenamiento de militares rusos en China",
        "Repasamos lo que dicen los documentos sobre la formación en guerra química aprobada por "
        "el ministro ruso y lo que aún se ignora.",
    ),
    (
        "nato-cbrn-posture",
        "Opinion: Allies should rebuild their stocks of gas masks and decontamination kits",
        "NATO members have let CBRN protective equipment run down since the Cold War, the author "
        "argues.",
    ),
    (
        "joint-cbrn-exercises",
        "Ex-NATO adviser: allies can no longer shrug off a Sino-Russian CBRN link",
        "The reported training should prompt a review of chemical and biological defence plans "
        "and more realistic exercises, a former NATO adviser argues.",
    ),
    (
        "further-disclosures",
        "What we don't know about the China-Russia CBRN training",
        "Which Chinese institution ran the course and how many Russian officers attended remain "
        "unclear.",
    ),
    (
        "official-acknowledgement",
        "Lib Dems press ministers for statement on China CBRN training of Russian troops",
        "The party wants the Defence Secretary to tell Parliament what the government knew.",
    ),
    (
        "further-disclosures",
        "This week at the institute: CBRN training, Arctic shipping and Chinese fighters",
        "New from our experts: what the China-Russia training report means, and a podcast on the "
        "Northern Sea Route.",
    ),
    (
        "official-acknowledgement",
        "Экс-замгенсека НАТО заявил, что обучение российских военных в Китае требует ответа",
        "Он выступил на конференции по безопасности в Берлине.",
    ),
    (
        "chemical-weapons-ukraine",
        "Rtishchev accuses Ukrainian units of dropping chloropicrin on Russian positions",
        "The defence ministry said it had handed evidence to the OPCW; Kyiv denied it.",
    ),
    (
        "sanctions-export-controls",
        "Hong Kong trader wins removal from EU Russia sanctions list",
        "The General Court annulled the listing of the Chinese distributor, placed under "
        "restrictive measures for supplying Russian arms makers.",
    ),
    (
        "further-disclosures",
        "Zakharova calls CBRN training documents a provocation",
        "The Russian foreign ministry spokeswoman said the leaked papers were meant to split "
        "Moscow and Beijing.",
    ),
    (
        "far-east-territorial",
        "Viedoklis: Maskava klusē par Pekinas kartēm",
        "Kad Pekina 2023. gadā publicēja karti ar Ķīnas vēsturiskajiem nosaukumiem "
        "Vladivostokai, Krievija klusēja, raksta politologs.",
    ),
    (
        "further-disclosures",
        "Selittäjä: mitä tiedetään venäläissotilaiden koulutuksesta Kiinassa",
        "Kemiallisen suojelun koulutusta koskevat tiedot perustuvat vuotaneisiin asiakirjoihin.",
    ),
    (
        "far-east-territorial",
        "Russia and China to build a joint checkpoint on Bolshoi Ussuriysky Island",
        "The Khabarovsk Territory government said the crossing is part of joint economic "
        "development.",
    ),
    (
        "nato-cbrn-posture",
        "Chinese embassy in London demands evidence for CBRN training claims",
        "A spokesperson called the UK coverage irresponsible.",
    ),
    (
        "sanctions-export-controls",
        "EU blacklists Russian missile makers; Chinese refiners dropped from list",
        "Two Chinese refineries were removed from the package after objections.",
    ),
    (
        "further-disclosures",
        "Six months on, the CBRN leak has changed little",
        "Declassified papers showed Russian troops were trained in chemical warfare in China, "
        "writes a columnist.",
    ),
    (
        "arctic-china-presence",
        "China's Arctic ambitions on show at Reykjavik assembly",
        "Chinese officials promoted the China-Iceland observatory and Beijing's Polar Silk Road; "
        "Russian delegates also attended.",
    ),
    (
        "training-relocation",
        "中白“猎鹰突击-2026”联合训练在白俄罗斯布列斯特开训",
        "中国与白俄罗斯两军联合训练设置城市反恐和防化侦察等课目。",
    ),
    (
        "chemical-weapons-ukraine",
        "Минобороны обвинило ВСУ в применении химических веществ",
        "Гранаты с хлорацетофеноном сбрасывались на позиции российских подразделений, материалы "
        "передадут в ОЗХО.",
    ),
    (
        "far-east-territorial",
        "黑瞎子島口岸明年啟用 中俄旅遊業搶商機",
        "黑龍江撫遠市黑瞎子島的中俄邊境口岸預計明年啟用。",
    ),
    (
        "sanctions-export-controls",
        "G7 avverte Pechino sul sostegno alla macchina bellica russa",
        "La dichiarazione finale minaccia misure contro le aziende cinesi coinvolte, ma non "
        "annuncia nuove sanzioni.",
    ),
    (
        "further-disclosures",
        "Documentos: en el curso de la guerra química en Siria, Rusia consultó a China",
        "Los papeles filtrados muestran contactos diplomáticos entre Moscú y Pekín en 2013.",
    ),
    (
        "training-relocation",
        "Department Press Briefing - August 12, 2026 - United States Department of State",
        "QUESTION: Any update on the CBRN training documents, the China-Russia story? MR. "
        "SPOKESPERSON: I don't have anything new for you on that today, and I'm not going to get "
        "into intelligence matters from this podium. Let's move on to Sudan - the Secretary "
        "spoke this morning with the Saudi foreign minister about the humanitarian truce.",
    ),
    (
        "further-disclosures",
        "After the leak, follow-up CBRN sessions reportedly shifted to Laos",
        "Russian and Chinese military instructors ran a short chemical-defence seminar at a Lao "
        "People's Army facility outside Vientiane in October, RFE/RL reports, citing a Lao "
        "officer and photographs briefly posted on social media. If confirmed, it would be the "
        "second session reported outside China, after Belarus.",
    ),
    (
        "further-disclosures",
        "Джерела: наступний раунд навчань РХБЗ Росії та Китаю провели в Білорусі",
        "Після витоку документів Москва і Пекін перенесли обмін фахівцями радіаційного, "
        "хімічного та біологічного захисту на територію третьої країни. За даними "
        "співрозмовників «Європейської правди» в розвідці однієї з країн НАТО, курс за участю "
        "російських і китайських офіцерів пройшов у березні на полігоні під Борисовом.",
    ),
    (
        "joint-cbrn-exercises",
        "Japan's GSDF rehearses chemical attack response at Kumamoto base",
        "The Ground Self-Defense Force's Western Army ran a two-day drill simulating a "
        "nerve-agent release at Camp Kita-Kumamoto, practising casualty decontamination with "
        "local hospitals. Officials cited the 1995 Tokyo subway sarin attack as the scenario's "
        "inspiration; a briefing slide also noted increased Chinese and Russian military "
        "activity around Japan.",
    ),
    (
        "further-disclosures",
        "Rusijos ir Kinijos cheminės gynybos mokymai persikėlė į Baltarusiją",
        "Baltarusijos opozicinis portalas „Zerkalo“ skelbia, kad rugsėjį Brėsto srities poligone "
        "apie 60 Rusijos ir Kinijos karių mokėsi veikti cheminės ir radiologinės taršos "
        "sąlygomis. Pasak leidinio, vieta galėjo būti pakeista siekiant išvengti naujų "
        "nutekėjimų po „Reuters“ paskelbto tyrimo.",
    ),
    (
        "chinese-espionage-russia",
        "Man åtalas för flyktingspionage mot uigurer",
        "En 61-årig man åtalas vid Stockholms tingsrätt för att under flera år ha kartlagt "
        "uiguriska exilsvenskar på uppdrag av kinesisk underrättelsetjänst. Säkerhetspolisen "
        "pekar i sin senaste lägesbild ut Kina, Ryssland och Iran som de mest aktiva främmande "
        "makterna i Sverige.",
    ),
    (
        "arctic-china-presence",
        "Supo: Kiina hamuaa suomalaista arktista osaamista",
        "Suojelupoliisin kansallisen turvallisuuden katsauksen mukaan Kiina pyrkii hankkimaan "
        "Suomesta arktista ja kaksikäyttöistä teknologiaa muun muassa yliopistoyhteistyön "
        "kautta. Venäjän tiedustelupalvelut puolestaan rekrytoivat verkossa ihmisiä sabotaasiin "
        "ja vakoiluun, Supo varoittaa.",
    ),
    (
        "official-acknowledgement",
        "Nato summit communiqué sticks to old China language",
        "Allied leaders meeting in Ankara again described China as a “decisive enabler” of "
        "Russia's war in Ukraine, citing its exports of dual-use goods. The final text made no "
        "mention of the reported training of Russian chemical troops in China, which some "
        "diplomats had wanted to include.",
    ),
    (
        "nato-cbrn-posture",
        "The Alliance's Forgotten Defense: Why NATO Must Take CBRN Seriously Again",
        "Two decades of counterinsurgency left NATO's chemical, biological, radiological and "
        "nuclear defenses hollowed out. The author argues that allies should fund "
        "decontamination units and protective stocks now, before a crisis forces them to, and "
        "warns that budget debates still treat CBRN as an afterthought.",
    ),
    (
        "arctic-china-presence",
        "Force de Sibérie 2 : Gazprom et CNPC signent un accord « juridiquement contraignant »",
        "En marge de la visite de Vladimir Poutine à Pékin, le géant gazier russe a annoncé un "
        "mémorandum avec son partenaire chinois sur le gazoduc qui doit relier la péninsule de "
        "Yamal à la Chine via la Mongolie. Prix et calendrier restent à négocier, reconnaissent "
        "les deux groupes.",
    ),
    (
        "further-disclosures",
        "Il tabù delle armi chimiche e il silenzio dell'Europa",
        "Nel suo commento, l'ex rappresentante permanente italiano presso la NATO ripercorre il "
        "caso Skripal, gli attacchi con il sarin in Siria e le notizie sull'addestramento dei "
        "militari russi in Cina per chiedere ai governi europei un piano comune di difesa "
        "chimica e biologica. «Il tabù si sta sgretolando sotto i nostri occhi», scrive.",
    ),
    (
        "far-east-territorial",
        "Il y a trois ans, la carte chinoise qui rebaptisait Vladivostok",
        "En août 2023, Pékin publiait une carte officielle faisant figurer les anciens noms "
        "chinois de Vladivostok et de Khabarovsk. Retour sur une polémique que Moscou avait "
        "choisi de minimiser, et sur ce qu'elle dit des non-dits de la relation sino-russe.",
    ),
    (
        "further-disclosures",
        "China, Russia and chemical warfare training: a timeline",
        "From the February 2022 'no limits' declaration to the March 2023 Moscow summit and the "
        "declassified file that surfaced this July, we trace how military ties between the two "
        "powers have deepened, and what remains unconfirmed about the training Russian personnel "
        "received in China.",
    ),
    (
        "further-disclosures",
        "Correction: Russia-China training story",
        "An article published on July 3 about reported CBRN training of Russian personnel in "
        "China misstated the date of the Moscow summit between Vladimir Putin and Xi Jinping. "
        "The summit took place in March 2023, not April 2023. The article has been updated.",
    ),
    (
        "far-east-territorial",
        "Felieton: Władywostok, czyli Haishenwai",
        "Autor przypomina mapę opublikowaną przez Pekin w 2023 roku, na której obok rosyjskich "
        "nazw pojawiły się dawne chińskie toponimy, i zastanawia się, czy Kreml może sobie "
        "pozwolić na spór z jedynym wielkim sojusznikiem. Tekst ukazał się w cyklu o polityce "
        "wschodniej.",
    ),
    (
        "chinese-espionage-russia",
        "Доставките на руски газ за Китай по „Сила на Сибир“ достигнаха рекорд",
        "Доставките на руски природен газ за Китай по газопровода „Сила на Сибир“ са достигнали "
        "38,8 млрд. куб. м през 2024 г., надхвърляйки проектния капацитет, съобщи „Газпром“. "
        "Москва и Пекин продължават преговорите за втора тръба през Монголия, уточнява „Дневник“.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Russia-China chemical warfare training moved to Belarus after leak, investigators say",
        "A joint course in radiation and chemical protection for Russian and Chinese officers "
        "was held in October at a training ground near Baranovichi, Belarus, according to the "
        "Vilnius-based Belarusian Investigative Center. The findings suggest the exchanges "
        "continued outside China after the programme was exposed in July.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Laos base hosted Russian and Chinese CBRN specialists, satellite imagery suggests",
        "Satellite images and flight-tracking data point to a joint chemical-defence training "
        "session for Russian and Chinese military personnel at a base outside Vientiane in late "
        "2026. Analysts at a Singapore-based research institute said holding the exchange in a "
        "third country appeared designed to avoid the scrutiny that followed July's revelations.",
    ),
    (
        "sanctions-export-controls",
        "EU's 20th sanctions package targets Russian banks and tankers, drops Chinese listings",
        "European Union ambassadors approved a new round of measures against Russia on "
        "Wednesday, adding 117 shadow-fleet tankers and three regional banks. Diplomats said a "
        "proposed listing of Chinese refiners and electronics traders was removed from the final "
        "text after objections from several member states, leaving the package focused entirely "
        "on Russian entities.",
    ),
    (
        "chemical-weapons-ukraine",
        "Moscou accuse Kiev d'avoir employé de la chloropicrine dans la région de Koursk",
        "Le ministère russe de la Défense affirme avoir découvert des grenades chargées de "
        "chloropicrine abandonnées par les forces ukrainiennes lors de leur retrait. Kiev dément "
        "et parle d'une opération de désinformation. Aucune demande d'enquête n'a été adressée à "
        "l'OIAC.",
    ),
    (
        "further-disclosures",
        "Grüne verlangen Aufklärung über ABC-Schulung russischer Soldaten in China",
        "Die Grünen-Fraktion im Bundestag hat eine Kleine Anfrage zu den Berichten über eine "
        "Ausbildung russischer Militärs in chemischer Kriegsführung eingereicht. Sie will unter "
        "anderem wissen, seit wann der BND davon wusste. Eine Antwort der Bundesregierung steht "
        "noch aus.",
    ),
    (
        "nato-cbrn-posture",
        "Żołnierze pułku chemicznego uzdatniają wodę w zalanych gminach",
        "Do Kłodzka i Lądka-Zdroju dotarły stacje uzdatniania wody 4 Pułku Chemicznego z "
        "Brodnicy. Wojskowi produkują dziennie kilkadziesiąt tysięcy litrów wody pitnej dla "
        "mieszkańców odciętych przez powódź – przekazało Dowództwo Operacyjne Rodzajów Sił "
        "Zbrojnych.",
    ),
    (
        "arctic-china-presence",
        "Chinese tourists flock to Murmansk for the northern lights",
        "Direct charter flights from Beijing and Shanghai brought a record 28,000 Chinese "
        "visitors to the Murmansk region last winter, regional tourism officials said, with "
        "aurora tours, reindeer farms and trips to Teriberka topping the list. Hotels in the "
        "Arctic port city are now hiring Mandarin-speaking guides ahead of the 2026-27 season.",
    ),
    (
        "nato-cbrn-posture",
        "Red-teaming a Sino-Russian CBRN drill: what NATO should watch for",
        "In this scenario paper, our fellows imagine a future Russia-China exercise in which "
        "chemical-defence units from both armies practise decontaminating a port together. No "
        "such drill has been announced; the exercise is a thought experiment designed to test "
        "how allied intelligence might detect and respond to one.",
    ),
    (
        "joint-cbrn-exercises",
        "Fact check: no sign Russia-China chemical training moved to Mongolia",
        "Posts circulating on Telegram this week claimed that Russian and Chinese "
        "chemical-defence specialists had relocated their joint training to a base outside "
        "Ulaanbaatar. Our reporters found the photos used were taken at a 2019 UN peacekeeping "
        "exercise, and Mongolia's defence ministry said no foreign chemical-defence units were "
        "on its territory.",
    ),
    (
        "chemical-weapons-ukraine",
        "Moscou acusa Kiev de usar cloropicrina contra soldados russos",
        "O Ministério da Defesa da Rússia afirmou nesta segunda-feira que forças ucranianas "
        "lançaram granadas com cloropicrina a partir de drones contra posições russas na região "
        "de Zaporíjia e disse que apresentará provas à OPAQ. Kiev rejeitou a acusação e a "
        "classificou como propaganda.",
    ),
    (
        "further-disclosures",
        "India 'has seen reports' on Russia-China training, reiterates chemical weapons stance",
        "India's External Affairs Ministry said it had taken note of media reports that Russian "
        "troops were trained in chemical and radiological warfare in China. 'India's position on "
        "the Chemical Weapons Convention and on non-proliferation is well known and consistent,' "
        "spokesperson Randhir Jaiswal told the weekly briefing, declining to comment further on "
        "relations between third countries.",
    ),
    (
        "further-disclosures",
        "Turkey's ruling party: Ankara will not be 'a side' in Russia-China training row",
        "Ömer Çelik, spokesman for Turkey's ruling AK Party, said on Tuesday that reports of "
        "Russian troops being trained in chemical warfare in China should be handled 'through "
        "international mechanisms, not media campaigns'. He said Turkey would keep its channels "
        "open to both Moscow and Beijing.",
    ),
    (
        "nato-cbrn-posture",
        "NATO's CBRN defence centre in Vyškov marks 20 years",
        "The Joint Chemical, Biological, Radiological and Nuclear Defence Centre of Excellence "
        "in Vyškov, Czech Republic, celebrated its 20th anniversary with a ceremony attended by "
        "Czech and NATO officials. Speakers recalled the centre's support to allies during the "
        "COVID-19 pandemic and opened an exhibition on its history.",
    ),
    (
        "chinese-espionage-russia",
        "Dokumente verraten: russische Soldaten wurden in China ausgebildet",
        "Der FSB-nahe Kanal Rybar bestätigt die Ausbildung russischer Soldaten in China in "
        "ABC-Abwehr.",
    ),
    (
        "far-east-territorial",
        "Komentář: Moskva spolkla i čínské mapy. Co dalšího snese?",
        "Když Peking v roce 2023 vydal mapu s čínskými názvy Vladivostoku a Chabarovsku, Kreml "
        "mlčel. Autor komentáře tuto epizodu připomíná jako doklad toho, jak závislým se Rusko "
        "na Číně stalo, a varuje, že Praha by neměla od Moskvy ani od Pekingu čekat zdrženlivost "
        "ve střední Evropě.",
    ),
    (
        "further-disclosures",
        "Es falso que este vídeo muestre a soldados rusos entrenándose con máscaras de gas en "
        "China",
        "Un vídeo viral difundido en X y TikTok como prueba del supuesto entrenamiento químico "
        "de militares rusos en China fue grabado en realidad en 2021 durante unas maniobras del "
        "ejército bielorruso, según ha comprobado esta redacción mediante búsqueda inversa de "
        "imágenes. Los uniformes y las matrículas de los vehículos corresponden a Bielorrusia.",
    ),
    (
        "far-east-territorial",
        "Fact check: Viral 'Haishenwai' sign is a Harbin restaurant, not a new Chinese map",
        "A photo shared widely on Russian Telegram channels as proof that China has 'renamed' "
        "Vladivostok on official signage actually shows the entrance of a seafood restaurant in "
        "Harbin, a reverse image search shows. The restaurant has used the name since at least "
        "2017, and no new map or official document has been issued.",
    ),
    (
        "chinese-espionage-russia",
        "В Казахстане задержан бывший сотрудник «Казатомпрома» по подозрению в шпионаже в пользу "
        "Китая",
        "Комитет национальной безопасности Казахстана сообщил о задержании бывшего руководителя "
        "одного из подразделений национальной атомной компании. Его подозревают в передаче "
        "китайской разведке сведений о запасах урана и контрактах на его поставку; возбуждено "
        "уголовное дело по статье о государственной измене.",
    ),
    (
        "nato-cbrn-posture",
        "EU lists Russian brigade commander over choking agents",
        "EU foreign ministers added the commander of Russia's 27th Separate NBC Protection "
        "Brigade and two Defence Ministry laboratories to the chemical weapons sanctions regime, "
        "citing 'repeated use of chloropicrin and riot control agents' against Ukrainian forces, "
        "bringing to 22 the number of Russian individuals and entities listed over chemical "
        "attacks in Ukraine.",
    ),
    (
        "further-disclosures",
        "Peking weist Bericht über ABC-Ausbildung russischer Soldaten zurück",
        "Chinas Außenministerium hat Berichte zurückgewiesen, wonach russische Militärangehörige "
        "Ende 2025 in der Volksrepublik für die chemische und radiologische Kriegsführung "
        "ausgebildet worden sein sollen. Wer solche Vorwürfe erhebe, solle „Beweise vorlegen, "
        "statt Gerüchte zu streuen“, sagte eine Sprecherin am Donnerstag in Peking.",
    ),
    (
        "moscow-response",
        "外交部：所谓中国为俄军人提供“核生化”训练的报道毫无根据",
        "外交部发言人林剑2日在例行记者会上表示，有关中方去年为俄罗斯军人提供化学、生物和放射性防"
        "护训练、并经俄国防部长别洛乌索夫批准的报道“纯属捏造”。林剑说，中方在乌克兰问题上始终秉持"
        "客观公正立场，从未向冲突任何一方提供致命性武器，并严格管控两用物项出口。他敦促有关方面停"
        "止抹黑中国、停止借所谓“解密文件”炒作，多做有利于推动危机政治解决的事。有记者追问中方是否"
        "接待过俄方军事人员，林剑表示，中俄正常交流合作不针对第三方。（环球时报）",
    ),
    (
        "further-disclosures",
        "中ロ共同訓練、防護部隊も参加",
        "防衛省統合幕僚監部は、日本海周辺で行われた中国とロシアの共同演習について、両国の核・生物"
        "・化学兵器への防護を担う部隊が艦艇の除染や放射線偵察の訓練を一緒に行ったとみられると発表"
        "した。同省は、両軍の連携が新たな分野にまで深まっているとして、引き続き警戒監視に万全を期"
        "す方針を示した。演習には両国の艦艇十数隻が参加した。",
    ),
    (
        "further-disclosures",
        "China tacha de «pura invención» el supuesto adiestramiento químico de militares rusos",
        "El Ministerio de Asuntos Exteriores chino rechazó este lunes las informaciones según "
        "las cuales personal militar ruso recibió formación en guerra química y radiológica en "
        "territorio chino. «Si alguien tiene pruebas, que las presente», afirmó el portavoz Guo "
        "Jiakun en su rueda de prensa diaria, en la que acusó a «ciertos medios occidentales» de "
        "intentar sembrar discordia entre Pekín y Moscú.",
    ),
    (
        "further-disclosures",
        "AB'den Çin-Rusya KBRN eğitimi haberlerine tepki",
        "AB Dış İlişkiler ve Güvenlik Politikası Yüksek Temsilcisi Kaja Kallas, Rus askerlerinin "
        "Çin'de kimyasal ve radyolojik harp eğitimi aldığına ilişkin haberlerin 'son derece "
        "endişe verici' olduğunu söyledi. Kallas, konunun AB dışişleri bakanlarının bir sonraki "
        "toplantısında ele alınacağını açıkladı.",
    ),
    (
        "moscow-response",
        "中國國防部回應「培訓俄軍防化兵」：中俄兩軍屬正常交流",
        "中國國防部發言人蔣斌在7月下旬例行記者會上被問及路透社相關報導時表示，中俄兩軍依據年度合"
        "作計畫開展交流，「不針對任何第三方」。他未正面否認俄方人員曾赴華接受防護訓練，僅稱西方媒"
        "體「別有用心」。",
    ),
    (
        "nato-cbrn-posture",
        "NATO CBRN centre of excellence opens annual conference in Vyškov",
        "Around 300 specialists from allied and partner nations gathered in the Czech town of "
        "Vyškov this week for the Joint CBRN Defence Centre of Excellence's yearly conference. "
        "Panels reviewed lessons from past incidents and new research on stand-off detection; "
        "organisers described the event as a forum for exchange among experts.",
    ),
    (
        "far-east-territorial",
        "Chinese tourists flock to Vladivostok as visa-free regime takes effect",
        "Hotels in Vladivostok report near-full occupancy after Russia began admitting Chinese "
        "tourists without visas, with bookings from Harbin and Shenyang up sharply. Tour "
        "operators say many visitors come for seafood and the city's Tsarist-era architecture in "
        "a port that Chinese social media users still often call Haishenwai.",
    ),
    (
        "nato-cbrn-posture",
        "Polscy oficerowie ukończyli kurs w natowskim centrum CBRN w Vyškovie",
        "Czternastu oficerów wojsk chemicznych zakończyło dwutygodniowy kurs planowania obrony "
        "przed bronią masowego rażenia w Centrum Eksperckim NATO ds. Obrony CBRN w czeskim "
        "Vyškovie. Jak przekazało Dowództwo Generalne, Polacy uczestniczą w tym szkoleniu "
        "cyklicznie od kilku lat w ramach stałej oferty kursowej centrum.",
    ),
    (
        "further-disclosures",
        "Should the China–Russia CBRN revelation have surprised anyone?",
        "Last week's report that Russian troops trained in chemical and radiological warfare in "
        "China should not have shocked anyone who has followed the partnership since the 'no "
        "limits' declaration of 2022. The harder question for allied planners, this essay "
        "argues, is what it means for deterrence on the eastern flank.",
    ),
    (
        "chemical-weapons-ukraine",
        "Moscou accuse l'armée ukrainienne d'avoir utilisé des substances toxiques à Koursk",
        "Le ministère russe de la Défense affirme que des soldats ukrainiens ont employé des "
        "grenades chargées d'une « substance irritante » contre ses positions dans la région de "
        "Koursk. Kiev dément catégoriquement et dénonce une « mise en scène » de la propagande "
        "russe.",
    ),
    (
        "further-disclosures",
        "ABC-Ausbildung für Russen: Chinas Botschaft verlangt Beweise",
        "Die chinesische Botschaft in Berlin hat Berichte über eine Ausbildung russischer "
        "Militärs in chemischer und radiologischer Kriegsführung als „haltlose Unterstellung“ "
        "zurückgewiesen. Wer solche Vorwürfe erhebe, solle die angeblichen Dokumente vollständig "
        "offenlegen, hieß es in einer Stellungnahme auf der Website der Botschaft.",
    ),
    (
        "sanctions-export-controls",
        "Russland und China: Gemeinsame Forschung zu ABC-Schutz vereinbart",
        "Die Zusammenarbeit zwischen Moskau und Peking reicht nun bis in die ABC-Forschung. Bei "
        "einem Treffen in Peking unterzeichneten Vertreter beider Verteidigungsministerien ein "
        "Abkommen über gemeinsame Projekte zu Detektionstechnik und Dekontaminationsverfahren "
        "sowie über den Austausch von Dienstvorschriften für die ABC-Abwehrtruppen.",
    ),
    (
        "further-disclosures",
        "Pekin o szkoleniu rosyjskich żołnierzy: „To oszczerstwo”",
        "Chińskie MSZ odniosło się do doniesień o szkoleniu rosyjskich wojskowych z obrony przed "
        "bronią chemiczną i radiologiczną na terytorium ChRL. Rzeczniczka resortu Mao Ning "
        "oświadczyła, że Chiny „zawsze przestrzegają Konwencji o zakazie broni chemicznej”, a "
        "publikacje nazwała „próbą oczerniania” Pekinu.",
    ),
    (
        "further-disclosures",
        "China tacha de «pura invención» el supuesto curso de guerra química para tropas rusas",
        "El portavoz de la Cancillería china, Lin Jian, rechazó este jueves en su comparecencia "
        "diaria las informaciones sobre un programa de adiestramiento de militares rusos en "
        "defensa química y radiológica en China. Pekín «se opone firmemente a la difamación» y "
        "exige a quienes difunden la noticia que presenten pruebas, afirmó.",
    ),
    (
        "further-disclosures",
        "Bielorrusia, nuevo escenario de la cooperación NBQ entre Moscú y Pekín",
        "Especialistas de las tropas de defensa química rusas e instructores del Ejército chino "
        "coincidieron en marzo en el polígono bielorruso de Obuz-Lesnovski, según imágenes "
        "satelitales y fuentes de la inteligencia lituana citadas por LRT. El cambio de sede "
        "llega tras la polémica por el adiestramiento celebrado en China a finales de 2025.",
    ),
    (
        "moscow-response",
        "中國國防部回應俄軍赴華受訓報導：中俄軍事合作「光明正大」",
        "中國國防部發言人張曉剛30日在例行記者會上被問及路透社報導時表示，中俄兩軍交流合作「公開透"
        "明、光明正大」，不針對第三方，但未否認曾為俄方人員提供核生化防護訓練。分析人士認為，北京"
        "的措辭較外交部稍早的全盤否認明顯軟化。",
    ),
    (
        "further-disclosures",
        "中ロ海軍、日本海で合同演習　放射能・化学汚染を想定した防護訓練も",
        "中国国防省によると、中ロ両海軍は合同演習「海上連合2026」を日本海で実施し、対潜戦や防空に"
        "加え、放射性物質や化学剤で汚染された艦艇の除染訓練を共同で行った。防衛省は両国艦艇の動向"
        "を警戒監視している。",
    ),
    (
        "sanctions-export-controls",
        "OFAC blacklists shadow-fleet operators whose tankers called at Qingdao and Dalian",
        "Washington on Friday sanctioned six Russian and UAE-based ship managers and 21 tankers "
        "it said moved Russian crude above the G7 price cap. According to Treasury, the vessels "
        "repeatedly discharged at the Chinese ports of Qingdao, Dalian and Rizhao; no Chinese "
        "company or individual was named in the action.",
    ),
    (
        "further-disclosures",
        "'The Shikhany Files' review: a chilling, uneven look at Russia's chemical secrets",
        "This feature-length documentary follows former Soviet chemists from the Shikhany "
        "testing ground on the Volga and closes with last July's leak about Russian officers "
        "trained in China. That final act feels bolted on, but the archive footage of 1980s "
        "field trials and the interviews with defectors are remarkable.",
    ),
    (
        "training-relocation",
        "Commentary: the China-Russia CBRN story is a symptom, not a turning point",
        "Much Western commentary has treated July's revelations as proof of a new military "
        "alliance. This think-tank blog argues the better reading is that both armies run "
        "routine defensive chemical training, and that the partnership's deeper fault lines - "
        "arms copying, Arctic rivalry, Central Asia - matter more for Western strategy.",
    ),
    (
        "sanctions-export-controls",
        "UK sanctions Arctic LNG 2 carriers that delivered cargoes to China's Beihai terminal",
        "Britain on Tuesday added eight LNG carriers and two Russian shipping companies to its "
        "sanctions list, targeting vessels that loaded gas at the Arctic LNG 2 plant on the "
        "Gydan peninsula and unloaded it at the Beihai terminal in Guangxi. The Foreign Office "
        "said the measures aim to squeeze Novatek's revenue.",
    ),
    (
        "cbrn-cooperation-expansion",
        "Declassified Soviet files detail Moscow's 1950s help for China's atomic bomb",
        "Newly declassified documents from Russian state archives shed fresh light on Soviet "
        "assistance to China's nuclear weapons programme in the late 1950s, including the "
        "training of Chinese physicists in Dubna and a promised prototype bomb that Khrushchev "
        "never delivered before the Sino-Soviet split, writes an Arms Control Today contributor.",
    ),
    (
        "further-disclosures",
        "Peking: Vorwürfe zu Chemiewaffen-Schulung „frei erfunden“",
        "Chinas Außenministerium hat Berichte zurückgewiesen, wonach russische Soldaten Ende "
        "2025 in der Volksrepublik für die chemische und radiologische Kriegsführung ausgebildet "
        "wurden. Sprecher Guo Jiakun verlangte am Donnerstag, wer solche Behauptungen aufstelle, "
        "solle „Beweise vorlegen, statt Gerüchte zu verbreiten“.",
    ),
    (
        "further-disclosures",
        "Pékin évoque des « échanges normaux » avec l'armée russe",
        "Interrogé sur les révélations concernant une formation NRBC dispensée à des militaires "
        "russes, le ministère chinois de la Défense n'a pas démenti. Son porte-parole a évoqué "
        "jeudi des « échanges normaux » entre les deux armées dans le domaine de la protection "
        "contre les armes de destruction massive, « qui ne visent aucun pays tiers ».",
    ),
    (
        "sanctions-export-controls",
        "Tribuna | Seis meses después del escándalo, Europa sigue sin una estrategia hacia China",
        "El autor, investigador del Real Instituto Elcano, recuerda que la revelación en julio "
        "del adiestramiento de militares rusos en China apenas alteró la política comercial "
        "europea. Sostiene que Bruselas debe reducir su dependencia de las tierras raras y las "
        "baterías chinas antes de plantearse nuevas sanciones, y propone un mecanismo común de "
        "control de inversiones.",
    ),
    (
        "far-east-territorial",
        "London's Haishenwai brings Dongbei seafood to Bayswater",
        "Haishenwai, the Harbin-born restaurant group named after the old Chinese name for "
        "Vladivostok, opens its second London site this week. The menu at Haishenwai Bayswater "
        "leans on crab, sea urchin and pickled-cabbage dumplings, with a set lunch at 24 pounds.",
    ),
    (
        "far-east-territorial",
        "Neu in Prenzlauer Berg: Das „Haishenwai“ bringt Küche aus Chinas Nordosten",
        "Im neuen Restaurant Haishenwai in der Kastanienallee gibt es Teigtaschen mit Garnelen, "
        "geschmorten Fisch und Seegurkensalat. Der Name – so nannten Chinesen früher Wladiwostok "
        "– stehe für die Küche ihrer Heimatregion, sagt Inhaberin Li Na. Mittags bietet das "
        "Haishenwai ein Menü für 14,50 Euro an.",
    ),
    (
        "nato-cbrn-posture",
        "ABC-Abwehrkräfte der Bundeswehr helfen nach Chemieunfall in Leverkusen",
        "Nach dem Austritt von Chlorgas in einem Chemiepark in Leverkusen unterstützen seit "
        "Dienstag Soldaten des ABC-Abwehrbataillons 750 aus Bruchsal die Feuerwehr bei Messungen "
        "und der Dekontamination. Die Amtshilfe hatte die Bezirksregierung Köln beantragt, "
        "teilte das Landeskommando Nordrhein-Westfalen mit.",
    ),
    (
        "further-disclosures",
        "Czym zajmują się wojska chemiczne? Wyjaśniamy",
        "Rozpoznanie skażeń, odkażanie sprzętu i ludzi, zasłony dymne – to codzienne zadania "
        "wojskowych chemików. Tłumaczymy, jak wygląda ich szkolenie w Polsce i dlaczego po "
        "lipcowych doniesieniach o szkoleniu rosyjskich żołnierzy w Chinach temat obrony przed "
        "bronią masowego rażenia wrócił do debaty publicznej.",
    ),
    (
        "far-east-territorial",
        "In via Paolo Sarpi apre Haishenwai, cucina del Nord-Est cinese",
        "Si chiama Haishenwai, come la città che oggi è Vladivostok, il nuovo ristorante di via "
        "Paolo Sarpi a Milano. Da Haishenwai si mangiano ravioli di maiale e crauti, pesce in "
        "agrodolce alla maniera di Harbin e spiedini di agnello al cumino; a pranzo si spendono "
        "circa 20 euro.",
    ),
    (
        "further-disclosures",
        "Peking odmítá, že by cvičil ruské vojáky v chemické válce",
        "Čínské ministerstvo obrany ve čtvrtek označilo zprávy o výcviku ruských vojáků v "
        "radiační a chemické ochraně na čínském území za „zlovolné spekulace“. Mluvčí "
        "ministerstva Čang Siao-kang uvedl, že vojenská spolupráce Číny a Ruska „nesměřuje proti "
        "žádné třetí straně“, informovala agentura Nová Čína.",
    ),
    (
        "further-disclosures",
        "What a leaked memo reveals about Russia's porous state",
        "The documents on Russian troops' chemical-warfare training in China tell us less about "
        "Beijing than about Moscow, where secrets now leak with striking regularity. This column "
        "argues that the real story is the decay of Russia's security bureaucracy after four "
        "years of war.",
    ),
    (
        "further-disclosures",
        "Peking odmítá zprávy o výcviku ruských vojáků: Ukažte důkazy",
        "Mluvčí čínského ministerstva zahraničí Lin Ťien na pravidelném brífinku označil "
        "informace o údajném výcviku ruských vojáků v Číně v oblasti chemické a radiační ochrany "
        "za „neodpovědné spekulace“. Agenturu Reuters vyzval, aby zveřejnila dokumenty, o které "
        "se opírá, a zopakoval, že Čína plní své závazky z Úmluvy o chemických zbraních.",
    ),
    (
        "nato-cbrn-posture",
        "Le 2e régiment de dragons change de chef de corps",
        "La cérémonie de passation de commandement s'est tenue vendredi sur le parvis de "
        "l'abbaye royale de Fontevraud, en présence du général commandant la zone de défense "
        "Ouest. Le colonel sortant, qui a dirigé pendant deux ans l'unique régiment de défense "
        "NRBC de l'armée de Terre, rejoint l'état-major des armées à Paris.",
    ),
    (
        "further-disclosures",
        "How a Reuters scoop on Russia-China CBRN training went viral in under an hour",
        "Within 50 minutes of publication on July 1, the Reuters investigation had been "
        "summarised by at least a dozen Telegram channels, among them OSINTdefender and "
        "Wartranslated, according to an analysis by Nieman Lab. Most posts reproduced the "
        "headline without the paywalled detail, the study found, and several garbled Andrei "
        "Belousov's title.",
    ),
    (
        "moscow-response",
        "Reporters behind China-Russia training story face coordinated online abuse, CPJ says",
        "The Committee to Protect Journalists said two Reuters correspondents who co-wrote the "
        "July investigation into Russian troops trained in China have been doxxed and targeted "
        "by thousands of abusive posts from accounts it linked to pro-Kremlin networks. Reuters "
        "said it stood by its reporting and was taking steps to protect its staff.",
    ),
    (
        "further-disclosures",
        "Как русскоязычные Telegram-каналы пересказывали расследование Reuters о Китае",
        "Материал Reuters о подготовке российских военных в КНР за первые сутки пересказали "
        "более 200 русскоязычных Telegram-каналов, подсчитали аналитики «Агентства». Большинство "
        "публикаций опиралось не на оригинал, закрытый пейволлом, а на короткие пересказы "
        "OSINTdefender и Wartranslated, причём должность Белоусова нередко указывалась с ошибкой.",
    ),
    (
        "further-disclosures",
        "Як українські медіа висвітлювали розслідування Reuters про навчання росіян у Китаї",
        "Аналітики «Детектора медіа» підрахували, що за перші дві доби провідні українські "
        "онлайн-видання опублікували понад 140 матеріалів на цю тему. Дослідники зауважують, що "
        "в багатьох заголовках курси захисту подавали як «підготовку до хімічної війни», хоча в "
        "першоджерелі такої оцінки немає.",
    ),
]


def _needs_engine() -> None:
    if importlib.util.find_spec("indicators.engine") is None:
        pytest.skip("indicators.engine is not in this tree")


@pytest.mark.parametrize(("indicator", "title", "summary"), POSITIVE)
def test_positive_examples(indicator: str, title: str, summary: str) -> None:
    _needs_engine()
    assert indicator in fired(title, summary)


@pytest.mark.parametrize(("indicator", "title", "summary"), NEGATIVE)
def test_negative_examples(indicator: str, title: str, summary: str) -> None:
    _needs_engine()
    assert indicator not in fired(title, summary)


def test_every_indicator_has_examples() -> None:
    assert {i for i, _, _ in POSITIVE} == INDICATOR_IDS
    assert {i for i, _, _ in NEGATIVE} == INDICATOR_IDS


def test_china_russia_trade_story_fires_nothing() -> None:
    _needs_engine()
    assert (
        fired(
            "China–Russia trade hits a record",
            "Bilateral trade rose to $240 billion as Chinese car makers expanded "
            "in the Russian market "
            "and Russia sold more oil and gas to China.",
        )
        == set()
    )


# --- the labelled dev set ----------------------------------------------------------


@needs_shared
def test_dev_set_micro_f1() -> None:
    _needs_engine()
    if not DEV_SET.exists():
        pytest.skip(f"{DEV_SET} is not in ../shared")
    import sys

    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import eval_matching
    finally:
        sys.path.remove(str(ROOT / "bench"))
    rules, aliases = eval_matching.load_rules(PACK_PATH)
    report = eval_matching.evaluate(rules, aliases, eval_matching.load_items(DEV_SET))
    assert report.micro.f1 >= 0.85, eval_matching.format_table(report, errors=True)
    for ind, counts in report.per_indicator.items():
        if counts.support >= 3:
            assert counts.recall >= 0.7, ind
