"""Existing accounts move to django-allauth without signing up again: each user gets an allauth
EmailAddress row for their address (primary; verified when ``email_confirmed_at`` is set, and for
superusers, whose addresses operators typed). Addresses are stored normalised (NFKC, case-folded:
accounts.inputs.normalize_email), as allauth's lookups compare them exactly. Passwords are
untouched: every existing hash keeps working.
"""

import unicodedata

from django.db import migrations
from django.utils import timezone


def normalize_email(value):
    # A copy of accounts.inputs.normalize_email as it is today: a migration must not change with the code.
    return unicodedata.normalize("NFKC", (value or "").strip()).casefold()


def create_email_addresses(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    taken = set(EmailAddress.objects.values_list("email", flat=True))
    now = timezone.now()
    for user in User.objects.order_by("pk").iterator(chunk_size=2000):
        if not user.email or EmailAddress.objects.filter(user_id=user.pk).exists():
            continue
        email = normalize_email(user.email)
        if email in taken:  # two old addresses that normalise alike: keep the second as it was
            email = user.email.lower()
        taken.add(email)
        verified = user.email_confirmed_at is not None or user.is_superuser
        EmailAddress.objects.create(user_id=user.pk, email=email, primary=True, verified=verified)
        changes = {}
        if user.email != email:
            changes["email"] = email
        if user.is_superuser and user.email_confirmed_at is None:
            changes["email_confirmed_at"] = now
        if changes:
            User.objects.filter(pk=user.pk).update(**changes)


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0003_security_event"),
        ("account", "0009_emailaddress_unique_primary_email"),
    ]

    operations = [
        migrations.RunPython(create_email_addresses, migrations.RunPython.noop),
    ]
