from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower


class User(AbstractUser):
    """The forum's user: patients, doctors and staff alike.

    A custom model from the first migration so that fields (a public pseudonym, consent
    records) can be added later without the painful swap of AUTH_USER_MODEL. The email is
    unique regardless of case; neither it nor the username is ever shown on a public page.
    """

    email = models.EmailField("email address", unique=True)
    pseudonym = models.CharField(
        max_length=40,
        blank=True,
        help_text="Optional public name shown with your answered questions instead of nothing.",
    )
    email_confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = UserManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    @property
    def has_confirmed_email(self) -> bool:
        return self.email_confirmed_at is not None

    def save(self, *args, **kwargs):
        if self.email:
            self.email = self.email.strip()
        super().save(*args, **kwargs)
