"""`watcher alerts list/retry/test/deliver --once` and `watcher config --dump` through the
real CLI, with channels from a watcher.toml and secrets from the environment."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.store import Store
from tests.alertkit import (
    SECRET,
    Answer,
    WebhookReceiver,
    add_feed,
    log_items,
    pack_store,
    webhook_receiver,
)
from tests.conftest import REPO, Cli
from tests.feedserver import Route, serve_feeds
from watcher.alerts import Alerting
from watcher.config import load_settings

TOML = """\
# a test configuration
[[channels]]
name = "desk-hook"
type = "webhook"
url = "{url}"
secret_env = "DESK_HOOK_SECRET"
indicators = ["*"]
mode = "instant"

[[channels]]
name = "analyst-mail"
type = "email"
smtp_host = "127.0.0.1"
smtp_port = 1
smtp_security = "starttls"
smtp_user_env = "SMTP_USER"
smtp_password_env = "SMTP_PASSWORD"
from = "watcher@example.org"
to = ["analyst@example.org"]
indicators = ["sanctions-export-controls", "nato-cbrn-posture"]
mode = "digest"
digest = "daily"
digest_at = "07:00"

[alerts]
story_window = "6h"
"""
ENV = {"DESK_HOOK_SECRET": SECRET, "SMTP_USER": "watcher", "SMTP_PASSWORD": "pa55word"}


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with webhook_receiver() as r:
        yield r


@pytest.fixture
def acli(
    cli: Cli, receiver: WebhookReceiver, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Cli:
    config = tmp_path / "watcher.toml"
    config.write_text(TOML.format(url=receiver.url), encoding="utf-8")
    cli.env.update({"WATCHER_CONFIG": str(config), **ENV})
    for k, v in cli.env.items():
        monkeypatch.setenv(k, v)
    return cli


def lines(stdout: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def logged(store: Store) -> Store:
    settings = load_settings()
    router = Alerting(settings.channels, settings.alerts).router
    pack_store(store)
    feed = add_feed(store, "wire")
    log_items(store, feed, [("a1", "US sanctions Chinese firms over Russia support", None)], router)
    return store


def test_the_issue_example_config_loads(acli: Cli) -> None:
    settings = load_settings()
    assert [c.name for c in settings.channels] == ["desk-hook", "analyst-mail"]
    assert settings.channels[1].model_dump(by_alias=True)["from"] == "watcher@example.org"
    assert settings.alerts.story_window.total_seconds() == 6 * 3600


def test_list_deliver_and_list_again(acli: Cli, store: Store, receiver: WebhookReceiver) -> None:
    logged(store)
    (row,) = lines(acli("alerts", "list", "--json").stdout)
    assert (row["channel"], row["status"], row["kind"]) == ("desk-hook", "pending", "match.created")
    assert row["indicator_id"] == "sanctions" and row["subject"].startswith("US sanctions")
    out = acli("alerts", "deliver", "--once")
    assert out.returncode == 0, out.stderr
    assert "sent 1 alerts: 1 delivered, 0 to retry, 0 failed" in out.stdout
    assert [r.webhook_id for r in receiver.accepted()] == [row["idempotency_key"]]
    assert lines(acli("alerts", "list", "--status", "pending", "--json").stdout) == []
    (done,) = lines(acli("alerts", "list", "--status", "delivered", "--json").stdout)
    assert done["sent_at"] and done["attempts"] == 1
    table = acli("alerts", "list").stdout
    assert "desk-hook" in table and "delivered" in table
    assert acli("alerts", "deliver").returncode == 2
    assert acli("alerts", "list", "--status", "lost").returncode == 2


def test_retry_a_failed_delivery(acli: Cli, store: Store, receiver: WebhookReceiver) -> None:
    logged(store)
    receiver.script = lambda n, r: Answer(410) if n == 1 else Answer(204)
    assert "1 failed" in acli("alerts", "deliver", "--once").stdout
    (failed,) = lines(acli("alerts", "list", "--status", "failed", "--json").stdout)
    assert failed["last_error"] == "HTTP 410" and failed["response_status"] == 410
    out = acli("alerts", "retry", str(failed["id"]))
    assert out.returncode == 0 and f"1 deliveries due again: {failed['id']}" in out.stdout
    assert "1 delivered" in acli("alerts", "deliver", "--once").stdout
    assert {r.webhook_id for r in receiver.received} == {failed["idempotency_key"]}
    bad = acli("alerts", "retry", str(failed["id"]))
    assert bad.returncode == 2 and "is delivered, not failed" in bad.stderr
    assert acli("alerts", "retry", "999").returncode == 2
    assert acli("alerts", "retry").returncode == 2
    assert "0 deliveries due again" in acli("alerts", "retry", "--failed").stdout


def test_test_sends_a_marked_sample(acli: Cli, receiver: WebhookReceiver) -> None:
    out = acli("alerts", "test", "desk-hook")
    assert out.returncode == 0, out.stderr
    assert "channel desk-hook: delivered: HTTP 204" in out.stdout
    (got,) = receiver.accepted()
    assert got.payload["type"] == "watcher.test" and got.payload["data"]["test"] is True
    assert got.payload["data"]["item"]["title"].startswith("TEST")
    receiver.down()
    down = acli("alerts", "test", "desk-hook")
    assert down.returncode == 1 and "channel desk-hook: retry:" in down.stdout
    unknown = acli("alerts", "test", "nope")
    assert unknown.returncode == 2
    assert "unknown channel 'nope' (channels: analyst-mail, desk-hook)" in unknown.stderr


def test_a_missing_secret_is_a_one_line_error(acli: Cli) -> None:
    acli.env["DESK_HOOK_SECRET"] = ""
    out = acli("alerts", "deliver", "--once")
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "error: channel desk-hook: environment variable DESK_HOOK_SECRET is not set"
    )


def test_a_bad_channel_is_a_one_line_error(acli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[channels]]\nname = "x"\ntype = "webhook"\nsecret_env = "S"\n')
    acli.env["WATCHER_CONFIG"] = str(bad)
    out = acli("alerts", "list")
    assert out.returncode == 2 and "channels.0.webhook.url: Field required" in out.stderr


def test_config_dump_masks_secrets(acli: Cli) -> None:
    acli.env["WATCHER_DATABASE_URL"] = "postgresql://watcher:hunter2@db.example.org/watch"
    acli.env["SMTP_PASSWORD"] = ""
    out = acli("config", "--dump")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["database_url"] == "postgresql://watcher:***@db.example.org/watch"
    hook, mail = data["channels"]
    assert hook["secret_env"] == "DESK_HOOK_SECRET (set)"
    assert mail["smtp_password_env"] == "SMTP_PASSWORD (NOT SET)"
    assert mail["from"] == "watcher@example.org" and data["alerts"]["story_window"] == "6h"
    for secret in (SECRET, "hunter2", "pa55word"):
        assert secret not in out.stdout


def test_poll_once_writes_the_outbox_for_deliver(
    acli: Cli, store: Store, receiver: WebhookReceiver
) -> None:
    from tests.test_poll import FIRST, rss

    pack_store(store)
    with serve_feeds() as feeds:
        url = feeds.route("/wire.xml", Route(body=FIRST))
        store.add_feed(url, name="wire")
        assert acli("poll", "--once", "--all").returncode == 0  # first poll: backfill
        assert lines(acli("alerts", "list", "--json").stdout) == []
        body = rss(("a9", "Kremlin confirms CBRN drills with China", "Russian troops trained."))
        feeds.route("/wire.xml", Route(body=body))
        assert acli("poll", "--once", "--all").returncode == 0
    listed = lines(acli("alerts", "list", "--json").stdout)
    assert sorted(r["indicator_id"] for r in listed) == ["cbrn-talk", "training-disclosed"]
    assert "2 delivered" in acli("alerts", "deliver", "--once").stdout
    assert len(receiver.accepted()) == 2


def test_the_commented_example_config_is_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    example = (REPO / "watcher.toml.example").read_text(encoding="utf-8")
    keys = r"\[\[channels\]\]|\[alerts\]|[a-z_]+ = "
    live = re.sub(rf"(?m)^# ({keys})", r"\1", example)
    config = tmp_path / "watcher.toml"
    config.write_text(live, encoding="utf-8")
    monkeypatch.setenv("WATCHER_CONFIG", str(config))
    monkeypatch.delenv("WATCHER_DATABASE_URL", raising=False)
    settings = load_settings()
    assert [c.name for c in settings.channels] == ["desk-hook", "analyst-mail"]
    assert settings.alerts.timeline_url == "https://desk.example.org/timeline?indicator={indicator}"
