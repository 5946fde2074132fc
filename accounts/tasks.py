"""accounts' background jobs (accounts.jobs: queued in the transaction, retried with backoff)."""

from django.core.mail import send_mail

from accounts.jobs import job


@job
def send_email(*, subject: str, body: str, to: list[str]) -> int:
    """Send one rendered plain-text email. A failing mail server raises, so the job is tried again
    later (accounts.jobs); each email has its own job, so a retry never sends another one twice."""
    return send_mail(subject, body, None, to)
