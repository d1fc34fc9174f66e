"""Ingested documents: one stored with its events and draft indicators in one transaction.

A document ingested twice is stored once: it is known by the SHA-256 of its text, and
its key is derived from that hash, so the unique key decides even between two ingests
racing each other (``INSERT … ON CONFLICT DO NOTHING``). Events are unique per
(document, evidence, dates) like a pack's. Draft indicators are stored disabled, with
``status = "draft"``, under ids made from their text that never reuse an existing id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from sqlmodel import Session, col, select

from indicators.drafts import unique_id
from indicators.query import QueryError, query_version
from indicators.text import sha256_text
from storage.models import Document, Indicator, TimelineEvent, event_date_key, utcnow
from storage.store import ConflictError, NotFoundError, Store

KEY_LENGTH = 12
DRAFT_STATUS = "draft"
MAX_SURFACE = 200


@dataclass(frozen=True)
class NewDocument:
    title: str
    text: str
    published: date
    source: str = ""
    url: str | None = None
    published_assumed: bool = False
    published_note: str = ""


@dataclass(frozen=True)
class NewEvent:
    summary: str
    evidence: str
    surface: str
    start: date
    end: date
    precision: str
    start_time: time | None = None
    end_time: time | None = None


@dataclass(frozen=True)
class NewDraft:
    """A draft indicator: ``slug`` is the id wanted (a suffix is added if it is taken)."""

    slug: str
    title: str
    evidence: str
    query: str
    description: str = ""
    valid_until: date | None = None


@dataclass
class StoredDocument:
    """What :func:`store_document` did: ``created`` is False when the same text was stored
    before (then nothing was written and the ids are those stored)."""

    key: str
    title: str
    published: str
    created: bool
    events_added: int = 0
    events: int = 0
    indicator_ids: list[str] = field(default_factory=list)
    indicators_added: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def document_key(content_sha256: str) -> str:
    """The key of an ingested document: the first 12 hex digits of its text's SHA-256."""
    return content_sha256[:KEY_LENGTH]


def store_document(
    store: Store,
    doc: NewDocument,
    events: Sequence[NewEvent],
    drafts: Sequence[NewDraft],
    *,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> StoredDocument:
    """Store a document, its events and its draft indicators in one transaction, once per
    text. Raises :class:`ConflictError` if the derived key belongs to another text."""
    sha = sha256_text(doc.text)
    key = document_key(sha)
    now = utcnow()
    aliases = store.aliases() if aliases is None else aliases
    with store.session() as s:
        same = s.exec(select(Document).where(col(Document.content_sha256) == sha)).first()
        if same is not None:
            return _existing(s, same)
        doc_id = s.exec(
            store.insert_ignore(Document)
            .values(
                key=key,
                title=doc.title,
                source=doc.source,
                url=doc.url,
                published=doc.published,
                published_assumed=doc.published_assumed,
                published_note=doc.published_note,
                content_sha256=sha,
                text=doc.text,
                pack=None,
                created_at=now,
                updated_at=now,
            )
            .returning(col(Document.id))
        ).scalar_one_or_none()
        if doc_id is None:
            row = s.exec(select(Document).where(col(Document.key) == key)).one()
            if row.content_sha256 != sha:
                raise ConflictError(f"document key {key} is taken by another text")
            return _existing(s, row)  # stored by an ingest running at the same time
        report = StoredDocument(key, doc.title, doc.published.isoformat(), True)
        for ev in events:
            report.events += 1
            report.events_added += _add_event(store, s, doc_id, ev, now)
        taken = set(s.exec(select(col(Indicator.id))).all())
        for draft in drafts:
            ind_id = _add_draft(store, s, key, draft, taken, aliases, now)
            report.indicator_ids.append(ind_id)
            report.indicators_added.append(ind_id)
        return report


def _existing(s: Session, row: Document) -> StoredDocument:
    events = s.exec(select(TimelineEvent).where(col(TimelineEvent.document_id) == row.id)).all()
    ids = [i.id for i in _indicators_of(s, row.key)]
    return StoredDocument(
        row.key, row.title, row.published.isoformat(), False, 0, len(events), ids, []
    )


def _add_event(store: Store, s: Session, doc_id: int, ev: NewEvent, now: Any) -> int:
    new_id = s.exec(
        store.insert_ignore(TimelineEvent)
        .values(
            document_id=doc_id,
            summary=ev.summary,
            evidence=ev.evidence,
            evidence_sha256=sha256_text(ev.evidence),
            surface=ev.surface[:MAX_SURFACE],
            start_date=ev.start,
            end_date=ev.end,
            start_time=ev.start_time,
            end_time=ev.end_time,
            date_key=event_date_key(ev.start, ev.end, ev.start_time, ev.end_time),
            precision=ev.precision,
            indicator_ids=[],
            created_at=now,
        )
        .returning(col(TimelineEvent.id))
    ).scalar_one_or_none()
    return 0 if new_id is None else 1


def _add_draft(
    store: Store,
    s: Session,
    doc_key: str,
    draft: NewDraft,
    taken: set[str],
    aliases: Mapping[str, Sequence[str]],
    now: Any,
) -> str:
    try:
        version = query_version(draft.query, aliases) if draft.query.strip() else ""
    except QueryError:
        version = ""  # kept as written; `watcher indicators check` will name it
    while True:
        ind_id = unique_id(draft.slug, taken)
        taken.add(ind_id)
        inserted = s.exec(
            store.insert_ignore(Indicator)
            .values(
                id=ind_id,
                title=draft.title,
                description=draft.description,
                query=draft.query,
                query_version=version,
                enabled=False,
                status=DRAFT_STATUS,
                min_origins=2,
                valid_until=draft.valid_until,
                document_keys=[doc_key],
                evidence=draft.evidence,
                pack=None,
                created_at=now,
                updated_at=now,
            )
            .returning(col(Indicator.id))
        ).scalar_one_or_none()
        if inserted is not None:
            break  # else another writer took the id since we read them: try the next
    if version:
        table = {name: tuple(terms) for name, terms in aliases.items()}
        store._remember_query(s, ind_id, version, draft.query, table, now)
    return ind_id


def _indicators_of(s: Session, key: str) -> list[Indicator]:
    rows = s.exec(select(Indicator).order_by(col(Indicator.created_at), col(Indicator.id)))
    return [i for i in rows if key in (i.document_keys or [])]


def get_document(store: Store, key: str) -> Document:
    """The stored document with ``key``; :class:`NotFoundError` naming it otherwise."""
    with store.session() as s:
        row = s.exec(select(Document).where(col(Document.key) == key)).first()
        if row is None:
            raise NotFoundError(f"unknown document {key!r}")
        return row


def document_events(store: Store, key: str) -> list[TimelineEvent]:
    """The events of document ``key``, by start date."""
    doc = get_document(store, key)
    with store.session() as s:
        stmt = (
            select(TimelineEvent)
            .where(col(TimelineEvent.document_id) == doc.id)
            .order_by(col(TimelineEvent.start_date), col(TimelineEvent.id))
        )
        return list(s.exec(stmt))


def document_indicators(store: Store, key: str) -> list[Indicator]:
    """The indicators that name document ``key`` among their documents."""
    get_document(store, key)
    with store.session() as s:
        return _indicators_of(s, key)


@dataclass(frozen=True)
class DocumentSummary:
    key: str
    title: str
    published: str
    pack: str | None
    url: str | None
    events: int
    indicators: int

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def list_documents(store: Store, *, ingested_only: bool = False) -> list[DocumentSummary]:
    """Every document (or only ingested ones: those no pack owns), oldest first, with
    its counts of events and indicators."""
    with store.session() as s:
        docs = list(s.exec(select(Document).order_by(col(Document.published), col(Document.key))))
        counts: dict[int, int] = {}
        for doc_id in s.exec(select(col(TimelineEvent.document_id))):
            counts[doc_id] = counts.get(doc_id, 0) + 1
        per_key: dict[str, int] = {}
        for keys in s.exec(select(col(Indicator.document_keys))):
            for k in keys or []:
                per_key[k] = per_key.get(k, 0) + 1
    return [
        DocumentSummary(
            d.key,
            d.title,
            d.published.isoformat(),
            d.pack,
            d.url,
            counts.get(d.id or 0, 0),
            per_key.get(d.key, 0),
        )
        for d in docs
        if not (ingested_only and d.pack)
    ]
