"""Extraction: sentences, dated events, watch items and draft queries — own texts first,
then the seed documents against the ingest gold (skipped when ../shared is absent)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from indicators.drafts import draft_query, slugify, unique_id
from indicators.extract import extract, extract_events, extract_indicators
from indicators.pack import default_pack_text, parse_pack
from indicators.query import parse
from indicators.sentences import split_sentences
from tests.conftest import shared_path

D = date.fromisoformat
PUB = D("2026-07-01")
ALIASES = dict(parse_pack(*default_pack_text()).aliases)


# -- sentences ------------------------------------------------------------------------


def test_sentences_keep_offsets_and_respect_abbreviations() -> None:
    text = (
        "Heading without a stop\n"
        "Gen. J. Smith met U.S. officials on 3 May. Exports fell to 8.7% of the total. "
        '"It is over." The talks, e.g. in Geneva, failed!\n\n'
        "Second paragraph? Yes."
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Heading without a stop",
        "Gen. J. Smith met U.S. officials on 3 May.",
        "Exports fell to 8.7% of the total.",
        '"It is over."',
        "The talks, e.g. in Geneva, failed!",
        "Second paragraph?",
        "Yes.",
    ]
    assert all(text[s.begin : s.end] == s.text for s in sentences)
    assert [s.line for s in sentences] == [0, 1, 1, 1, 1, 2, 2]


# -- events ---------------------------------------------------------------------------


def events(text: str, published: date = PUB) -> list[tuple[str, str, str, str]]:
    return [
        (e.surface, str(e.interval.start), str(e.interval.end), e.evidence)
        for e in extract_events(text, published)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran has not allowed cameras since June 2022.",  # an absence
        "Will Iran cross the threshold in October 2026?",  # a question
        "If Tehran resumes cooperation by September 2026, talks may follow.",  # a condition
        "The exchange could escalate again in 2027.",  # a possibility
        "We expect output to double in the first half of 2027.",  # a forecast
        "Outlets have not, as of 1 July 2026, issued a response.",  # a reference point
        "The evidence available on 1 July 2026 settles nothing.",  # a reference point
        "In the weeks ahead, watch the border.",  # a horizon
        "The plan predates 2022 and was drafted before 2021.",  # no date of a happening
    ],
)
def test_not_events(sentence: str) -> None:
    assert events(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Russia invaded Ukraine in February 2022.",
            [("February 2022", "2022-02-01", "2022-02-28")],
        ),
        (
            "The board will meet from 3 to 7 June.",
            [("from 3 to 7 June", "2027-06-03", "2027-06-07")],
        ),
        (
            "Russia will hold elections on 5 November 2026.",
            [("5 November 2026", "2026-11-05", "2026-11-05")],
        ),
        ("Moscow plans to field the system by 2028.", [("2028", "2028-01-01", "2028-12-31")]),
        (
            "Exports plummeted from 60% in 2005 to 8.7% by 2012.",
            [("2005", "2005-01-01", "2005-12-31"), ("2012", "2012-01-01", "2012-12-31")],
        ),
        (
            "Russia, which did not comment, launched the drills on 3 May 2026.",
            [("3 May 2026", "2026-05-03", "2026-05-03")],
        ),
    ],
)
def test_events(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [e[:3] for e in events(sentence)] == expected
    assert all(e[3] == sentence for e in events(sentence))


def test_event_summary_drops_the_date_and_keeps_the_clause() -> None:
    (ev,) = extract_events(
        "VIENNA — On 3 March 2026, inspectors visited Fordow; the agency said little.", PUB
    )
    assert ev.summary == "Inspectors visited Fordow"
    assert ev.surface in ev.evidence


def test_a_dated_heading_dates_the_line_after_it() -> None:
    text = (
        "Timeline\n"
        "24 June 2023\n"
        "Wagner columns seize Rostov-on-Don before the march is called off at 20:30 Moscow time.\n"
        "Late August\n"
        "Prigozhin is killed in a plane crash on 23 August.\n"
    )
    found = extract_events(text, D("2024-03-01"))
    first = found[0]
    assert first.evidence == (
        "24 June 2023\nWagner columns seize Rostov-on-Don before the march is called off at "
        "20:30 Moscow time."
    )
    assert first.summary.startswith("Wagner columns seize Rostov-on-Don")
    # The bare time on the next line narrows the heading's day instead of a second event.
    assert (first.interval.precision, str(first.interval.start_time)) == ("minute", "17:30:00")
    assert [(e.surface, str(e.interval.start), str(e.interval.end)) for e in found[1:]] == [
        ("Late August", "2023-08-21", "2023-08-31"),
        ("23 August", "2023-08-23", "2023-08-23"),
    ]
    assert found[1].evidence.endswith("on 23 August.") and "\n" in found[1].evidence


def test_metadata_lines_are_not_events_and_duplicates_collapse() -> None:
    text = (
        "Published 29 May 2024\nPosted: 3 June 2024.\nBy Jane Doe | 12 March 2024\n"
        "It struck in 2023 and again in 2023."
    )
    assert [e[0] for e in events(text, D("2024-06-01"))] == ["2023"]


def test_a_negation_in_a_subordinate_clause_is_not_the_events() -> None:
    sentence = "Kim told the assembly on 8 September that the country would never give it up."
    assert [e[:3] for e in events(sentence, D("2025-03-12"))] == [
        ("8 September", "2024-09-08", "2024-09-08")
    ]


# -- watch items ----------------------------------------------------------------------


def items(text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in extract_indicators(text, published, ALIASES)]


def test_a_list_of_questions_gives_one_item_per_clause() -> None:
    text = (
        "In the coming weeks, analysts will be watching whether Iran announces enrichment to "
        "90%, whether the E3 trigger the snapback mechanism, and how Russia and China respond "
        "at the UN Security Council."
    )
    found = extract_indicators(text, PUB, ALIASES)
    assert [d.text for d in found] == [
        "Whether Iran announces enrichment to 90%",
        "Whether the E3 trigger the snapback mechanism",
        "How Russia and China respond at the UN Security Council",
    ]
    assert all(d.horizon_surface == "In the coming weeks" for d in found)
    assert all(d.horizon is not None and d.horizon.start == PUB for d in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Key questions are whether the ceasefire holds — a fragile bet — or whether it "
            "collapses, and which side breaks it first.",
            [
                ("question", "Whether the ceasefire holds or whether it collapses"),
                ("question", "Which side breaks it first"),
            ],
        ),
        (
            "It remains to be seen whether the supreme leader will approve a return to talks.",
            [("question", "Whether the supreme leader will approve a return to talks")],
        ),
        (
            "Whether Beijing will supply lethal aid remains an open question.",
            [("question", "Whether Beijing will supply lethal aid")],
        ),
        (
            "What matters now is whether Turkey lets the ships through, which would change "
            "the balance, and who pays for the escorts.",
            [
                (
                    "question",
                    "Whether Turkey lets the ships through, which would change the balance",
                ),
                ("question", "Who pays for the escorts"),
            ],
        ),
        (
            "Officials will be looking for signs that the units are rotating back to the "
            "border—a move that would signal escalation.",
            [("signs", "Signs that the units are rotating back to the border")],
        ),
        (
            "Warning signs would include new recruitment adverts and the return of mercenary "
            "branding in the Sahel.",
            [
                (
                    "signs",
                    "Warning signs would include new recruitment adverts and the return of "
                    "mercenary branding in the Sahel",
                )
            ],
        ),
        (
            "Two questions follow. First, whether the drills were defensive. Second, how "
            "Minsk reacts.",
            [
                ("question", "Whether the drills were defensive"),
                ("question", "How Minsk reacts"),
            ],
        ),
        (
            "Over the next year, three scenarios are plausible. The most likely is a frozen "
            "conflict. The second is a negotiated pause. The third — and the least likely — "
            "is outright victory. Meanwhile, prices rise.",
            [
                ("scenario", "The most likely is a frozen conflict"),
                ("scenario", "The second is a negotiated pause"),
                ("scenario", "The third is outright victory"),
            ],
        ),
        (
            "Three developments bear watching: whether Pyongyang resumes nuclear testing, "
            "and how Beijing reacts.",
            [
                ("question", "Whether Pyongyang resumes nuclear testing"),
                ("question", "How Beijing reacts"),
            ],
        ),
        (
            "A seventh nuclear test is unlikely before the US midterm elections.",
            [("forecast", "A seventh nuclear test is unlikely before the US midterm elections")],
        ),
        (
            "Moscow is likely to deny the report. Analysts expect Beijing to stay silent.",
            [
                ("forecast", "Moscow is likely to deny the report"),
                ("forecast", "Analysts expect Beijing to stay silent"),
            ],
        ),
    ],
)
def test_watch_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert items(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "This is how Russia operates in the Arctic.",  # explanation, not a question
        "NATO should reinforce its eastern flank by 2027.",  # a recommendation
        "If they describe offensive training, they will harden the case for controls.",
        "There are three reasons for caution. First, the summaries are derivative.",
        "The document outlines several possible motivations.",
        "Prudent strategy dictates that Russia enhance its safeguards.",
    ],
)
def test_not_watch_items(text: str) -> None:
    assert items(text) == []


def test_scenario_horizon_comes_from_the_announcement() -> None:
    text = "On a six-to-twelve-month view, two outcomes are plausible. The first is a deal."
    (item,) = extract_indicators(text, PUB, ALIASES)
    assert item.kind == "scenario" and item.horizon_surface == "On a six-to-twelve-month view"


# -- draft queries and ids ------------------------------------------------------------

CLAUSES = [
    "Whether Western governments publicly reference the reported training in official statements",
    "Whether any new sanctions or export controls target Chinese entities linked to "
    "Russia’s defense sector",
    "How NATO adjusts its CBRN posture in upcoming exercises",
    "Who exactly attended on each side",
    "Whether the E3 trigger the snapback mechanism",
    'Whether "AND" OR NOT (NEAR/5) are words here: a* b* c*',
    "whether Łódź, São Paulo and Ḩamāh report it",
    "Signs that the units are rotating back to the border",
    "The Russia-China bilateral military architecture proper",
    "x",
]


@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("with_aliases", [True, False])
def test_every_draft_query_parses(clause: str, with_aliases: bool) -> None:
    aliases = ALIASES if with_aliases else {}
    query = draft_query(clause, aliases, sentence=clause + ", said Chinese officials.")
    if query:
        parse(query, aliases)


def test_draft_queries_use_entities_and_aliases() -> None:
    q = draft_query(CLAUSES[1], ALIASES)
    assert "@russia" in q and "@sanctions" in q
    plain = draft_query(CLAUSES[1], {})
    assert plain.startswith("Chinese AND Russia AND (")
    assert '"export control*"' in plain
    assert draft_query(CLAUSES[2], {}) == "NATO AND CBRN AND (posture OR exercise*)"
    # A clause naming nobody borrows the entities of its sentence.
    lent = draft_query(
        "Who exactly attended on each side",
        {},
        sentence="The sources do not say who exactly attended, or which Chinese institution "
        "hosted the Russian personnel.",
    )
    assert lent == "Chinese AND Russian AND attend*"
    # A common word is not mapped to an alias named after something else.
    assert "@relocation" not in draft_query("Whether personnel were trained in return", ALIASES)


def test_slugs_and_unique_ids() -> None:
    assert slugify("Whether Western governments publicly reference the training") == (
        "western-governments-reference-training"
    )
    assert slugify("Who exactly attended on each side") == "who-exactly-attended-on-each-side"
    assert slugify("Żółć — ?") == "zoc"
    assert slugify("!!!") == "indicator"
    assert unique_id("a", {"a", "a-2"}) == "a-3"
    assert unique_id("b", {"a"}) == "b"


# -- the seed documents against the ingest gold ----------------------------------------


def test_seed_documents_meet_the_quality_goals() -> None:
    gold = json.loads(shared_path("eval", "ingest_dev.json").read_text(encoding="utf-8"))
    seeds = shared_path("seeds")
    from bench.eval_ingest import evaluate

    _, total = evaluate(shared_path("eval", "ingest_dev.json"), seeds)
    figures = total.figures()
    assert figures["event F1"] is not None and figures["event F1"] >= 0.85, total.errors
    assert figures["indicator recall"] is not None and figures["indicator recall"] >= 0.9
    assert total.queries_ok == total.queries
    assert len(gold["documents"]) == 3


def test_extract_is_deterministic_on_a_seed() -> None:
    text = shared_path("seeds", "001_094ffb8fe3780433.txt").read_text(encoding="utf-8")
    first, second = extract(text, PUB, ALIASES), extract(text, PUB, ALIASES)
    assert first == second
    assert all(e.evidence in text and e.surface in e.evidence for e in first.events)
