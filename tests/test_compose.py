"""docker-compose.yml and the Dockerfile, checked without Docker: the services, their
health checks and start order, the daemon's environment and config file, scaling-safety
(`--scale watcher=3`); and `docker-compose config` accepts the file when the binary is
installed (Debian's `docker-compose` package needs no daemon for that)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO
from watcher.alerts.channels import EmailChannel, WebhookChannel
from watcher.config import load_settings

COMPOSE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "Dockerfile"
DEFAULT = re.compile(r"\$\{(\w+):?-([^}]*)\}")  # ${NAME:-default}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]  # type: ignore[no-any-return]


def expand(value: str) -> str:
    """``${NAME:-default}`` as Compose reads it with NAME unset."""
    return DEFAULT.sub(lambda m: m.group(2), value)


def env(service: dict[str, Any]) -> dict[str, str]:
    raw = service.get("environment", {})
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    return {k: expand(str(v)) for k, v in raw.items()}


def mounts(service: dict[str, Any]) -> dict[str, str]:
    """Container path → host path of the bind mounts and named volumes."""
    out = {}
    for spec in service.get("volumes", []):
        source, target, *_ = expand(spec).split(":")
        out[target] = source
    return out


def host_ports(service: dict[str, Any]) -> list[str]:
    """The host side of each published port ('' when Docker picks a free one)."""
    out = []
    for spec in service.get("ports", []):
        parts = expand(str(spec)).split(":")
        out.append(parts[-2] if len(parts) >= 2 else "")
    return out


def test_services(services: dict[str, Any]) -> None:
    assert set(services) == {"db", "init", "watcher", "mailpit"}


def test_postgres_with_named_volume_and_healthcheck(
    compose: dict[str, Any], services: dict[str, Any]
) -> None:
    db = services["db"]
    assert db["image"].startswith("postgres:")
    data = mounts(db)["/var/lib/postgresql/data"]
    assert data in compose["volumes"]  # a named volume, not a host directory
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"} <= env(db).keys()


def test_init_migrates_and_loads_the_seed_pack_once_the_database_is_healthy(
    services: dict[str, Any],
) -> None:
    init = services["init"]
    assert init["command"] == ["init"]
    assert init["depends_on"]["db"]["condition"] == "service_healthy"
    assert init.get("restart") == "no"
    assert env(init)["WATCHER_DATABASE_URL"] == env(services["watcher"])["WATCHER_DATABASE_URL"]


def test_the_daemon_waits_restarts_and_is_checked(services: dict[str, Any]) -> None:
    w = services["watcher"]
    assert w["depends_on"]["db"]["condition"] == "service_healthy"
    assert w["depends_on"]["init"]["condition"] == "service_completed_successfully"
    assert w["restart"] == "on-failure"
    command = " ".join(w["command"])
    assert command.startswith("run ")
    assert "--metrics-port=9100" in command and "--log-format=json" in command
    assert "--metrics-host=0.0.0.0" in command  # reachable from the other containers
    check = " ".join(w["healthcheck"]["test"])
    assert "http://127.0.0.1:9100/healthz" in check
    assert w["stop_grace_period"]  # SIGTERM drains the pass in flight


def test_the_daemon_can_be_scaled(services: dict[str, Any]) -> None:
    for name in ("watcher", "init"):
        service = services[name]
        assert "container_name" not in service, name
        assert all(port == "" for port in host_ports(service)), f"{name}: fixed host port"
        assert "hostname" not in service


def test_the_daemon_environment(services: dict[str, Any]) -> None:
    e = env(services["watcher"])
    assert e["WATCHER_DATABASE_URL"] == "postgresql+psycopg://watcher:watcher@db:5432/watcher"
    password = env(services["db"])["POSTGRES_PASSWORD"]
    assert f":{password}@db:" in e["WATCHER_DATABASE_URL"]
    assert e["WATCHER_CONFIG"] in mounts(services["watcher"])
    assert e["WATCHER_LOG_LEVEL"] == "INFO"


def test_the_mounted_config_mails_mailpit(
    services: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    w = services["watcher"]
    host = REPO / mounts(w)[env(w)["WATCHER_CONFIG"]]
    assert host.is_file(), host
    monkeypatch.setenv("WATCHER_CONFIG", str(host))
    (mail,) = load_settings().channels
    assert isinstance(mail, EmailChannel)
    assert mail.smtp_host == "mailpit" and mail.port == 1025 and mail.smtp_security == "none"
    assert mail.health  # feed health alerts too
    mailpit = services["mailpit"]
    assert mailpit["image"].startswith("axllent/mailpit")
    assert host_ports(mailpit) == ["8025"]  # the web UI; SMTP (1025) stays inside
    assert "readyz" in " ".join(mailpit["healthcheck"]["test"])


def test_the_commented_webhook_channel_works_when_uncommented(
    services: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (REPO / "deploy" / "watcher.compose.toml").read_text(encoding="utf-8")
    block = re.search(r"^# \[\[channels\]\]\n(?:# .*\n)+", source, re.MULTILINE)
    assert block is not None
    uncommented = "".join(line[2:] + "\n" for line in block.group(0).splitlines())
    config = tmp_path / "watcher.toml"
    config.write_text(source.replace(block.group(0), uncommented), encoding="utf-8")
    monkeypatch.setenv("WATCHER_CONFIG", str(config))
    _, hook = load_settings().channels
    assert isinstance(hook, WebhookChannel)
    assert hook.secret_env == "WATCHER_WEBHOOK_SECRET"
    # ...and docker-compose.yml has the variable, commented, for the daemon.
    assert re.search(r"^\s+# WATCHER_WEBHOOK_SECRET: ", COMPOSE.read_text(), re.MULTILINE)


def test_dockerfile_is_multi_stage_and_unprivileged() -> None:
    lines = [
        line.strip()
        for line in DOCKERFILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    stages = [i for i, line in enumerate(lines) if line.startswith("FROM ")]
    assert len(stages) >= 2
    final = lines[stages[-1] :]
    assert any(line.startswith("COPY --from=build") for line in final)
    users = [line.split()[1] for line in final if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert not any("pip install" in line for line in final)  # nothing built in the final stage
    ignore = [
        line
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert ignore[0] == "*" and "!watcher/" in ignore  # an allowlist: no .venv, .git, data


@pytest.mark.skipif(
    shutil.which("docker-compose") is None,
    reason="docker-compose is not installed (Debian: apt-get install --no-install-recommends "
    "docker-compose; no Docker daemon is needed for `docker-compose config`)",
)
def test_docker_compose_config_accepts_the_file(tmp_path: Path) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("POSTGRES_", "WATCHER_", "MAILPIT_", "COMPOSE_"))
    }
    result = subprocess.run(
        ["docker-compose", "--file", str(COMPOSE), "--project-directory", str(REPO), "config"],
        capture_output=True,
        text=True,
        env=clean,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    resolved = yaml.safe_load(result.stdout)
    assert set(resolved["services"]) == {"db", "init", "watcher", "mailpit"}
    watcher = resolved["services"]["watcher"]
    assert watcher["depends_on"]["db"]["condition"] == "service_healthy"
    assert "container_name" not in watcher
    assert watcher["environment"]["WATCHER_DATABASE_URL"].endswith("@db:5432/watcher")
