"""Sending email as a background job queued in the current transaction."""

from accounts import tasks


def send_later(*, subject: str, body: str, to: list[str]) -> None:
    """Queue an email (``accounts.tasks.send_email``) in the transaction of the change it reports.

    The job is a row of that transaction: a rolled-back change sends nothing, and a committed one
    is sent by a worker once it commits — tried again with backoff while the mail server fails
    (accounts.jobs), never turned into an error page. Pass the rendered text: the job's arguments
    are JSON.
    """
    tasks.send_email.enqueue(subject=subject, body=body, to=list(to))
