"""Filters of the console log (settings.LOGGING)."""

from __future__ import annotations

import logging


class ClientErrorsOnOneLine(logging.Filter):
    """A 4xx response is the visitor's mistake or an expected refusal (a 403 for a page that is not
    theirs, a 404 for an unpublished question): one line says so. Django attaches the exception
    to some of them (PermissionDenied, BadRequest); its traceback is kept for 5xx responses only."""

    def filter(self, record: logging.LogRecord) -> bool:
        status = getattr(record, "status_code", None)
        if status is not None and status < 500:
            record.exc_info = None
            record.exc_text = None
        return True
