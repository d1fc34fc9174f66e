"""The store: the one facade over the database.

Methods take and return domain values (frozen dataclasses or detached rows);
no session leaks out. Writes that must be idempotent go through unique
constraints (``INSERT … ON CONFLICT DO NOTHING … RETURNING``), so the store is
what says which items and matches are new.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Engine, Table, delete, func, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, col, select

from indicators.pack import Pack, check_reliability
from indicators.query import aliases_used, query_version
from indicators.text import sha256_text
from storage import db
from storage.models import (
    Alias,
    Document,
    Feed,
    FeedItem,
    Indicator,
    Match,
    QueryVersion,
    TimelineEvent,
    event_date_key,
    utcnow,
)


class NotFoundError(LookupError):
    """A row the caller named (indicator id, feed id, …) does not exist."""


class InvalidInputError(ValueError):
    """A value the caller passed is malformed (a URL, a limit…); the message names it."""


class ConflictError(ValueError):
    """The request conflicts with what is stored (e.g. a feed URL already present)."""


@dataclass
class PackLoadReport:
    pack: str
    version: int
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)

    def bump(self, kind: str, table: str, n: int = 1) -> None:
        counts = getattr(self, kind)
        counts[table] = counts.get(table, 0) + n


class Store:
    """Facade over one database. Create with :meth:`open` or from an engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._statements: dict[tuple[str, tuple[str, ...]], Any] = {}

    @classmethod
    def open(cls, url: str) -> Store:
        return cls(db.make_engine(url))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def upgrade(self) -> None:
        """Create or migrate the schema to the newest revision."""
        try:
            db.upgrade(self.engine)
        except OperationalError as exc:
            raise db.StorageError(f"cannot open database {self.engine.url!r}: {exc.orig}") from None

    def is_current(self) -> bool:
        return db.current_revision(self.engine) == db.HEAD_REVISION

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def insert_ignore(self, target: type[Any] | Table) -> Any:
        """``INSERT … ON CONFLICT DO NOTHING`` into a model (ORM) or a table (Core)."""
        if self.dialect == "postgresql":
            # Imported here: the PostgreSQL dialect costs a SQLite daemon 2 MB for nothing.
            from sqlalchemy.dialects import postgresql

            return postgresql.insert(target).on_conflict_do_nothing()
        return sqlite.insert(target).on_conflict_do_nothing()

    def insert_ignore_returning(self, table: Table, *columns: str) -> Any:
        """``insert_ignore(table).returning(*columns)``, built once per store: statements
        are immutable, and building one costs more than running it for a feed's items
        (0.3 ms, paid for every feed and every item of a pass when rebuilt each time)."""
        key = (table.name, columns)
        stmt = self._statements.get(key)
        if stmt is None:
            stmt = self.insert_ignore(table).returning(*(table.c[c] for c in columns))
            self._statements[key] = stmt
        return stmt

    # -- packs ---------------------------------------------------------------

    def load_pack(self, pack: Pack) -> PackLoadReport:
        """Load or reload a validated pack in one transaction: rows are matched by their
        natural keys and updated in place; rows the pack owned but no longer lists are
        removed (documents, events, aliases) or disabled (indicators, feeds)."""
        report = PackLoadReport(pack.pack, pack.version)
        now = utcnow()
        with self.session() as s:
            self._load_aliases(s, pack, report, now)
            docs = self._load_documents(s, pack, report, now)
            self._load_events(s, pack, docs, report, now)
            self._load_indicators(s, pack, report, now)
            self._load_feeds(s, pack, report, now)
        return report

    @staticmethod
    def _upsert(
        s: Session,
        model: type[Any],
        row: Any,
        key: dict[str, Any],
        values: dict[str, Any],
        report: PackLoadReport,
        table: str,
        now: datetime,
        on_create: dict[str, Any] | None = None,
    ) -> Any:
        """Create ``row`` from key+values, or update it in place when a value differs."""
        if row is None:
            row = model(**key, **values, **(on_create or {}))
            for stamp in ("created_at", "updated_at"):
                if stamp in model.model_fields:
                    setattr(row, stamp, now)
            s.add(row)
            report.bump("created", table)
            return row
        changed = [name for name, value in values.items() if getattr(row, name) != value]
        if changed:
            for name in changed:
                setattr(row, name, values[name])
            if "updated_at" in model.model_fields:
                row.updated_at = now
            s.add(row)
            report.bump("updated", table)
        return row

    @staticmethod
    def _check_owner(kind: str, key: str, row: Any, pack: Pack) -> None:
        """A row another pack created is that pack's: refuse to redefine it."""
        if row is not None and row.pack is not None and row.pack != pack.pack:
            raise ConflictError(
                f"pack {pack.pack}: {kind} {key!r} already belongs to pack {row.pack}; "
                f"use another {kind.split()[-1]}"
            )

    def _load_aliases(self, s: Session, pack: Pack, report: PackLoadReport, now: datetime) -> None:
        existing = {a.name: a for a in s.exec(select(Alias))}
        for name, terms in pack.aliases.items():
            owner = existing.get(name)
            if owner is not None and owner.pack != pack.pack:
                if owner.terms != list(terms):
                    # Aliases are shared by every query: another pack's definition must
                    # never silently change what the owner's indicators match.
                    raise ConflictError(
                        f"pack {pack.pack}: alias @{name} is already defined by pack "
                        f"{owner.pack} with other terms; rename it, or use the same terms"
                    )
                continue
            self._upsert(
                s,
                Alias,
                owner,
                {"name": name},
                {"terms": list(terms), "pack": pack.pack},
                report,
                "aliases",
                now,
            )
        for name, alias in existing.items():
            if alias.pack == pack.pack and name not in pack.aliases:
                s.delete(alias)
                report.bump("removed", "aliases")
        s.flush()

    def _load_documents(
        self, s: Session, pack: Pack, report: PackLoadReport, now: datetime
    ) -> dict[str, Document]:
        existing = {d.key: d for d in s.exec(select(Document))}
        out: dict[str, Document] = {}
        for doc in pack.documents:
            self._check_owner("document key", doc.key, existing.get(doc.key), pack)
            values = {
                "title": doc.title,
                "source": doc.source,
                "url": doc.url,
                "published": doc.published,
                "published_assumed": doc.published_assumed,
                "published_note": doc.published_note,
                "text": doc.text,
                "content_sha256": sha256_text(doc.text),
                "pack": pack.pack,
            }
            out[doc.key] = self._upsert(
                s,
                Document,
                existing.get(doc.key),
                {"key": doc.key},
                values,
                report,
                "documents",
                now,
            )
        for key, row in existing.items():
            if row.pack == pack.pack and key not in out:
                s.delete(row)
                report.bump("removed", "documents")
        s.flush()
        return out

    def _load_events(
        self,
        s: Session,
        pack: Pack,
        docs: dict[str, Document],
        report: PackLoadReport,
        now: datetime,
    ) -> None:
        doc_ids = [d.id for d in docs.values()]
        rows = s.exec(select(TimelineEvent).where(col(TimelineEvent.document_id).in_(doc_ids)))
        existing = {(e.document_id, e.evidence_sha256, e.date_key): e for e in rows}
        seen = set()
        for ev in pack.events:
            doc_id = docs[ev.document].id
            assert doc_id is not None  # flushed above
            date_key = event_date_key(ev.start, ev.end, ev.start_time, ev.end_time)
            key = (doc_id, sha256_text(ev.evidence), date_key)
            seen.add(key)
            natural = {"document_id": doc_id, "evidence_sha256": key[1], "date_key": date_key}
            values = {
                "summary": ev.summary,
                "evidence": ev.evidence,
                "surface": ev.surface,
                "start_date": ev.start,
                "end_date": ev.end,
                "start_time": ev.start_time,
                "end_time": ev.end_time,
                "precision": ev.precision,
                "indicator_ids": list(ev.indicators),
            }
            self._upsert(
                s, TimelineEvent, existing.get(key), natural, values, report, "events", now
            )
        for key, row in existing.items():
            if key not in seen:
                s.delete(row)
                report.bump("removed", "events")

    def _load_indicators(
        self, s: Session, pack: Pack, report: PackLoadReport, now: datetime
    ) -> None:
        existing = {i.id: i for i in s.exec(select(Indicator))}
        aliases = self.aliases(s)
        for ind in pack.indicators:
            self._check_owner("indicator id", ind.id, existing.get(ind.id), pack)
            version = query_version(ind.query, aliases) if ind.query.strip() else ""
            values = {
                "title": ind.title,
                "description": ind.description,
                "query": ind.query,
                "query_version": version,
                "enabled": ind.enabled,
                "min_origins": ind.min_origins,
                "valid_until": ind.valid_until,
                "document_keys": list(ind.documents),
                "evidence": ind.evidence,
                "pack": pack.pack,
                "fetch_articles": ind.fetch_articles,
            }
            self._upsert(
                s,
                Indicator,
                existing.get(ind.id),
                {"id": ind.id},
                values,
                report,
                "indicators",
                now,
            )
            if version:
                self._remember_query(s, ind.id, version, ind.query, aliases, now)
        listed = {i.id for i in pack.indicators}
        for ind_id, row in existing.items():
            if row.pack == pack.pack and ind_id not in listed and row.enabled:
                row.enabled = False
                row.updated_at = now
                s.add(row)
                report.bump("removed", "indicators")

    def _load_feeds(self, s: Session, pack: Pack, report: PackLoadReport, now: datetime) -> None:
        existing = {f.url: f for f in s.exec(select(Feed))}
        for feed in pack.feeds:
            owner = existing.get(feed.url)
            if owner is not None and owner.pack not in (None, pack.pack):
                continue  # listed by another pack too: it keeps the first pack's settings
            values: dict[str, Any] = {
                "name": feed.name,
                "interval_seconds": feed.interval_seconds,
                "language": feed.language,
                "why": feed.why,
                "pack": pack.pack,
            }
            # Stated in the pack: the pack decides. Unstated: a value set with
            # `watcher feeds set` survives a reload.
            for name in ("reliability", "fetch_articles"):
                if name in feed.model_fields_set:
                    values[name] = getattr(feed, name)
            self._upsert(
                s,
                Feed,
                existing.get(feed.url),
                {"url": feed.url},
                values,
                report,
                "feeds",
                now,
                on_create={"enabled": feed.enabled},
            )
        listed = {f.url for f in pack.feeds}
        for url, row in existing.items():
            if row.pack == pack.pack and url not in listed and row.enabled:
                row.enabled = False
                row.disabled_reason = f"removed from pack {pack.pack} v{pack.version}"
                s.add(row)
                report.bump("removed", "feeds")

    def _remember_query(
        self,
        s: Session,
        indicator_id: str,
        version: str,
        query: str,
        aliases: dict[str, tuple[str, ...]],
        now: datetime,
    ) -> None:
        used = aliases_used(query, aliases)
        s.exec(
            self.insert_ignore(QueryVersion).values(
                indicator_id=indicator_id,
                version=version,
                query=query,
                aliases={k: list(aliases[k]) for k in sorted(used)},
                created_at=now,
            )
        )

    def query_at(self, indicator_id: str, version: str) -> tuple[str, dict[str, tuple[str, ...]]]:
        """The query text and aliases an indicator had at ``version``."""
        with self.session() as s:
            row = s.exec(
                select(QueryVersion).where(
                    col(QueryVersion.indicator_id) == indicator_id,
                    col(QueryVersion.version) == version,
                )
            ).one_or_none()
            if row is None:
                raise NotFoundError(f"no stored query {version!r} for indicator {indicator_id!r}")
            return row.query, {k: tuple(v) for k, v in row.aliases.items()}

    # -- aliases and indicators ------------------------------------------------

    def aliases(self, session: Session | None = None) -> dict[str, tuple[str, ...]]:
        """All alias lists, name → terms."""
        if session is not None:
            rows = session.exec(select(Alias))
            return {a.name: tuple(a.terms) for a in rows}
        with self.session() as s:
            return self.aliases(s)

    def indicators(self, *, enabled_only: bool = False) -> list[Indicator]:
        with self.session() as s:
            stmt = select(Indicator).order_by(col(Indicator.id))
            if enabled_only:
                stmt = stmt.where(col(Indicator.enabled).is_(True))
            return list(s.exec(stmt))

    def indicator(self, indicator_id: str) -> Indicator:
        with self.session() as s:
            row = s.get(Indicator, indicator_id)
            if row is None:
                raise NotFoundError(f"unknown indicator {indicator_id!r}")
            return row

    def require_indicator(self, indicator_id: str | None) -> None:
        """Raise :class:`NotFoundError` unless ``indicator_id`` is None or exists."""
        if indicator_id is not None:
            self.indicator(indicator_id)

    def set_indicator_enabled(self, indicator_id: str, enabled: bool) -> Indicator:
        """Enable or disable an indicator; enabling a draft (from ``watcher ingest``)
        promotes it to ``watching``."""
        with self.session() as s:
            row = s.get(Indicator, indicator_id)
            if row is None:
                raise NotFoundError(f"unknown indicator {indicator_id!r}")
            row.enabled = enabled
            if enabled and row.status == "draft":
                row.status = "watching"
            row.updated_at = utcnow()
            s.add(row)
            return row

    def documents(self) -> list[Document]:
        with self.session() as s:
            return list(s.exec(select(Document).order_by(col(Document.published))))

    # -- feeds -----------------------------------------------------------------

    def feeds(self) -> list[Feed]:
        with self.session() as s:
            return list(s.exec(select(Feed).order_by(col(Feed.id))))

    def feed(self, feed_id: int) -> Feed:
        with self.session() as s:
            row = s.get(Feed, feed_id)
            if row is None:
                raise NotFoundError(f"unknown feed id {feed_id}")
            return row

    def add_feed(
        self,
        url: str,
        *,
        name: str | None = None,
        interval_seconds: int = 900,
        language: str | None = None,
        why: str = "",
    ) -> Feed:
        """Add a feed to poll. The URL must be absolute http(s); it must not be stored yet."""
        check_feed_url(url)
        if interval_seconds < 60:
            raise InvalidInputError(f"invalid interval {interval_seconds}s: the minimum is 1m")
        with self.session() as s:
            if s.exec(select(Feed).where(col(Feed.url) == url)).first() is not None:
                raise ConflictError(f"feed already stored: {url}")
            now = utcnow()
            feed = Feed(
                url=url,
                name=name or urlsplit(url).netloc,
                interval_seconds=interval_seconds,
                language=language,
                why=why,
                created_at=now,
            )
            s.add(feed)
            s.flush()
            return feed

    def remove_feed(self, feed_id: int, *, purge: bool = False) -> int:
        """Delete a feed. A feed whose items matched an indicator keeps its evidence:
        it is only deleted (with its items and matches) when ``purge`` is true.
        Returns the number of matches deleted."""
        with self.session() as s:
            feed = s.get(Feed, feed_id)
            if feed is None:
                raise NotFoundError(f"unknown feed id {feed_id}")
            n_matches = s.exec(
                select(func.count())
                .select_from(Match)
                .join(FeedItem, col(Match.item_id) == col(FeedItem.id))
                .where(col(FeedItem.feed_id) == feed_id)
            ).one()
            if n_matches and not purge:
                raise ConflictError(
                    f"feed {feed_id} has {n_matches} matches; use --purge to delete them too, "
                    f"or `watcher feeds disable {feed_id}` to stop polling it"
                )
            item_ids = select(col(FeedItem.id)).where(col(FeedItem.feed_id) == feed_id)
            s.exec(delete(Match).where(col(Match.item_id).in_(item_ids)))
            s.exec(delete(FeedItem).where(col(FeedItem.feed_id) == feed_id))
            s.exec(delete(Feed).where(col(Feed.id) == feed_id))
            return int(n_matches)

    def set_feed(
        self,
        feed_id: int,
        *,
        reliability: str | None = None,
        fetch_articles: bool | None = None,
    ) -> Feed:
        """Set a feed's source reliability (Admiralty grade A-F) and whether the linked
        articles of its matched items are kept; None leaves a setting as it is."""
        values: dict[str, Any] = {}
        if reliability is not None:
            try:
                values["reliability"] = check_reliability(reliability)
            except ValueError as exc:
                raise InvalidInputError(str(exc)) from None
        if fetch_articles is not None:
            values["fetch_articles"] = fetch_articles
        if not values:
            return self.feed(feed_id)
        with self.session() as s:
            res = s.exec(update(Feed).where(col(Feed.id) == feed_id).values(**values))
            if res.rowcount == 0:
                raise NotFoundError(f"unknown feed id {feed_id}")
        return self.feed(feed_id)

    def set_feed_enabled(self, feed_id: int, enabled: bool, reason: str | None = None) -> Feed:
        with self.session() as s:
            res = s.exec(
                update(Feed)
                .where(col(Feed.id) == feed_id)
                .values(enabled=enabled, disabled_reason=None if enabled else reason)
            )
            if res.rowcount == 0:
                raise NotFoundError(f"unknown feed id {feed_id}")
        return self.feed(feed_id)


def aliases_if_present(url: str) -> dict[str, tuple[str, ...]]:
    """The aliases of the store at ``url`` when it exists and is migrated, else none.
    Never creates or migrates a database (for dry runs on a fresh machine)."""
    if not db.store_exists(url):
        return {}
    try:
        store = Store.open(url)
    except db.StorageError:
        return {}
    try:
        return store.aliases() if store.is_current() else {}
    except SQLAlchemyError:
        return {}
    finally:
        store.engine.dispose()


def check_feed_url(url: str) -> None:
    """Raise InvalidInputError naming ``url`` unless it is an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise InvalidInputError(
            f"invalid feed URL {url!r}: need an absolute http:// or https:// URL"
        )


def chunked(seq: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]
