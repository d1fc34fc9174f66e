"""Email channels: multipart (text + HTML) messages over SMTP with STARTTLS, implicit TLS
or neither, and an optional login; smtplib runs in a thread.

The ``Message-ID`` is derived from the delivery's idempotency key, so a resent alert
(after a crash between sending and marking) carries the same id and mail clients and
archives can drop the copy. Reply codes decide: 2xx delivered, 4xx retry, 5xx failed;
network and TLS trouble retry.
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formatdate

from watcher.alerts.channels import EmailChannel
from watcher.alerts.notify import DELIVERED, FAILED, RETRY, Message, SendResult, one_line
from watcher.alerts.render import render

log = logging.getLogger(__name__)


def build_message(channel: EmailChannel, message: Message) -> EmailMessage:
    """The email for ``message``: subject naming the indicator and item, text and HTML."""
    rendered = render(message.payload, channel.subject_prefix)
    msg = EmailMessage()
    msg["Subject"] = rendered.subject
    msg["From"] = channel.from_
    msg["To"] = ", ".join(channel.to)
    msg["Date"] = formatdate(localtime=False, usegmt=True)
    domain = channel.from_.rsplit("@", 1)[1]
    msg["Message-ID"] = f"<{message.id}@{domain}>"
    msg["X-Watcher-Event"] = str(message.payload.get("type", ""))
    msg["X-Watcher-Id"] = message.id
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(rendered.text, subtype="plain", charset="utf-8")
    msg.add_alternative(rendered.html, subtype="html", charset="utf-8")
    return msg


class EmailNotifier:
    """Sends alerts of one email channel."""

    def __init__(
        self, channel: EmailChannel, *, user: str | None = None, password: str | None = None
    ) -> None:
        self.channel = channel
        self._user, self._password = user, password

    @property
    def timeout(self) -> timedelta:
        return self.channel.timeout

    async def send(self, message: Message) -> SendResult:
        msg = build_message(self.channel, message)
        return await asyncio.to_thread(self._send_sync, msg)

    def _tls(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.channel.smtp_ca_file:
            context.load_verify_locations(cafile=self.channel.smtp_ca_file)
        return context

    def _send_sync(self, msg: EmailMessage) -> SendResult:
        c = self.channel
        timeout = c.timeout.total_seconds()
        try:
            smtp: smtplib.SMTP
            if c.smtp_security == "tls":
                smtp = smtplib.SMTP_SSL(c.smtp_host, c.port, timeout=timeout, context=self._tls())
            else:
                smtp = smtplib.SMTP(c.smtp_host, c.port, timeout=timeout)
            with smtp:
                if c.smtp_security == "starttls":
                    smtp.starttls(context=self._tls())
                if self._user is not None and self._password is not None:
                    smtp.login(self._user, self._password)
                refused = smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            detail = "; ".join(
                f"{rcpt}: {code} {_text(resp)}" for rcpt, (code, resp) in exc.recipients.items()
            )
            transient = any(400 <= code < 500 for code in codes)
            return SendResult(
                RETRY if transient else FAILED, one_line(f"refused {detail}"), codes[0]
            )
        except smtplib.SMTPResponseException as exc:
            code = exc.smtp_code
            detail = one_line(f"SMTP {code} {_text(exc.smtp_error)}")
            if 400 <= code < 500 or code == -1:
                return SendResult(RETRY, detail, code)
            return SendResult(FAILED, detail, code)
        except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timeout, TLS
            return SendResult(RETRY, one_line(f"{type(exc).__name__}: {exc}"))
        if refused:
            log.warning("channel=%s some recipients refused: %s", c.name, refused)
            return SendResult(
                DELIVERED, one_line(f"accepted; refused {', '.join(sorted(refused))}"), 250
            )
        return SendResult(DELIVERED, "accepted (SMTP 250)", 250)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
