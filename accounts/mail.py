"""Sending email after the database transaction commits."""

import logging

from django.core.mail import send_mail
from django.db import transaction

logger = logging.getLogger(__name__)


def send_after_commit(*, subject: str, body: str, to: list[str]) -> None:
    """Queue an email for when the current transaction commits (at once outside one).

    A failing mail server is logged, never turned into an error page: the change the email
    reports has already been saved, and the on-site notification shows it too.
    """

    def send() -> None:
        try:
            send_mail(subject, body, None, to)
        except Exception:
            logger.exception("Could not send email %r to %d recipient(s)", subject, len(to))

    transaction.on_commit(send)
