import pytest
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_custom_user_model_is_in_use():
    assert get_user_model()._meta.label == "accounts.User"


def test_email_is_unique_regardless_of_case():
    f.user(email="Patient@Example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        f.user(email="patient@example.org")


def test_createsuperuser_asks_for_email(monkeypatch):
    User = get_user_model()
    admin = User.objects.create_superuser(username="boss", email="boss@example.org", password="a-long-password-1")
    assert admin.is_staff and admin.is_superuser and admin.check_password("a-long-password-1")
    assert "email" in User.REQUIRED_FIELDS
