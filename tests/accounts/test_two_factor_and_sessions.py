"""Two-factor authentication (required for verified doctors and staff), the security log, sessions."""

import re

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.usersessions.models import UserSession
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from accounts.models import SecurityEvent
from accounts.services import security_event_record
from tests import factories as f
from tests.accounts.helpers import PASSWORD, account, sign_in, signed_in

pytestmark = pytest.mark.django_db
User = get_user_model()


def signed_in_doctor(*, two_factor: bool):
    doctor = f.doctor(two_factor=two_factor)
    client = Client()
    client.force_login(doctor.user)
    return doctor, client


@pytest.mark.parametrize("url_name", ["qa:queue", "qa:my_work"])
def test_a_verified_doctor_without_two_factor_is_sent_to_set_it_up(url_name):
    _, client = signed_in_doctor(two_factor=False)
    response = client.get(reverse(url_name))
    assert response.status_code == 302 and response["Location"] == reverse("mfa_activate_totp")
    page = client.get(response["Location"], follow=True).content.decode()  # after confirming the password
    assert "Set up two-factor authentication first" in page
    assert client.get(reverse("doctors:apply")).status_code == 200  # the application page stays open


def test_a_verified_doctor_with_two_factor_reaches_the_queue():
    _, client = signed_in_doctor(two_factor=True)
    assert client.get(reverse("qa:queue")).status_code == 200


@pytest.mark.parametrize("path", ["/staff/doctors/", "/staff/audit/", "/staff/reports/", "/admin/",
                                  "/zh-hant/staff/doctors/", "/zh-hant/doctor/queue/"])
def test_staff_without_two_factor_are_sent_to_set_it_up(path):
    """In every language: the Chinese address of a protected page is protected too."""
    client = Client()
    client.force_login(f.user(is_staff=True, is_superuser=True, two_factor=False))
    response = client.get(path)
    assert response.status_code == 302 and response["Location"].endswith(reverse("mfa_activate_totp"))


@pytest.mark.parametrize("path", ["/staff/doctors/", "/staff/audit/", "/admin/"])
def test_staff_with_two_factor_reach_their_pages(path):
    client = Client()
    client.force_login(f.user(is_staff=True, is_superuser=True))
    assert client.get(path).status_code == 200


def test_patients_are_not_asked_for_two_factor_and_may_turn_it_on():
    client = Client()
    client.force_login(f.patient())
    assert client.get(reverse("qa:queue")).status_code == 403  # not a doctor: no detour
    assert client.get(reverse("qa:my_questions")).status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200


def test_admin_sign_in_is_the_site_sign_in():
    response = Client().get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("account_login"))


def test_sign_in_with_two_factor_asks_for_the_code_and_is_logged():
    doctor = f.doctor(two_factor=False)
    user = doctor.user
    user.set_password(PASSWORD)
    user.save()
    from accounts.services import email_mark_verified

    email_mark_verified(user=user)
    secret = f.with_totp(user)
    client = Client()
    response = sign_in(client, user.email)
    assert response.status_code == 302 and response["Location"] == reverse("mfa_authenticate")
    assert not signed_in(client)
    page = client.get(response["Location"]).content.decode()
    assert 'name="code"' in page
    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000" if f.totp_code(secret) != "000000" else "1"})
    assert wrong.status_code == 200 and not signed_in(client)
    done = client.post(reverse("mfa_authenticate"), {"code": f.totp_code(secret)})
    assert done.status_code == 302 and signed_in(client)
    assert client.get(reverse("qa:queue")).status_code == 200
    [event] = SecurityEvent.objects.filter(actor=user)
    assert event.action == SecurityEvent.Action.SIGN_IN and "with two-factor" in event.detail


def test_turning_two_factor_on_and_off_and_new_recovery_codes_are_in_the_audit_log(django_capture_on_commit_callbacks):
    patient = account(email="careful@example.org")
    client = Client()
    sign_in(client, "careful@example.org")
    assert client.get(reverse("mfa_activate_totp"))["Location"].startswith(reverse("account_reauthenticate"))
    assert client.post(reverse("account_reauthenticate"), {"password": PASSWORD}).status_code == 302
    form = client.get(reverse("mfa_activate_totp"))
    assert form.status_code == 200 and "data:image/svg+xml" in form.content.decode()  # the QR code
    secret = client.session["mfa.totp.secret"]
    # allauth sends its two-factor signals once the change commits (test transactions never do).
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": f.totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=patient, type=Authenticator.Type.TOTP).exists()
    codes = client.get(reverse("mfa_view_recovery_codes"))
    assert codes.status_code == 200
    shown = codes.content.decode()
    listed = shown[shown.index('<textarea'):shown.index('</textarea>')]
    assert len(re.findall(r"\b[0-9]{8}\b", listed)) == 10  # the recovery codes, readable and copyable
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_generate_recovery_codes")).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("mfa_deactivate_totp")).status_code == 302
    assert not Authenticator.objects.filter(user=patient, type=Authenticator.Type.TOTP).exists()
    actions = list(SecurityEvent.objects.filter(actor=patient).order_by("created_at", "pk")
                   .values_list("action", flat=True))
    assert actions == ["mfa_activated", "recovery_codes", "mfa_deactivated"]

    staff = Client()
    staff.force_login(f.user(is_staff=True))
    page = staff.get(reverse("qa:staff_audit")).content.decode()
    for label in ["turned on two-factor authentication", "turned off two-factor authentication",
                  "made new recovery codes"]:
        assert f"<td>{label}</td>" in page
    assert "<td translate=\"no\">careful@example.org</td>" in page
    filtered = staff.get(reverse("qa:staff_audit") + "?action=mfa_deactivated").content.decode()
    assert "<td>turned off two-factor authentication</td>" in filtered
    assert "<td>turned on two-factor authentication</td>" not in filtered


def test_sessions_page_lists_sessions_and_signs_out_the_others():
    account(email="two.devices@example.org")
    laptop, phone = Client(HTTP_USER_AGENT="Laptop browser"), Client(HTTP_USER_AGENT="Phone browser")
    sign_in(laptop, "two.devices@example.org")
    sign_in(phone, "two.devices@example.org")
    page = laptop.get(reverse("usersessions_list")).content.decode()
    assert "Laptop browser" in page and "Phone browser" in page
    assert laptop.post(reverse("usersessions_list")).status_code == 302
    assert signed_in(laptop) and laptop.get(reverse("qa:my_questions")).status_code == 200
    assert phone.get(reverse("qa:my_questions")).status_code == 302  # signed out
    assert UserSession.objects.count() == 1


def test_changing_the_password_ends_the_other_sessions():
    account(email="change@example.org")
    here, there = Client(), Client()
    sign_in(here, "change@example.org")
    sign_in(there, "change@example.org")
    there_key = there.session.session_key
    new = "another-long-pass-77"
    response = here.post(reverse("account_change_password"),
                         {"oldpassword": PASSWORD, "password1": new, "password2": new})
    assert response.status_code == 302
    assert here.get(reverse("qa:my_questions")).status_code == 200
    assert not Session.objects.filter(session_key=there_key).exists()
    assert there.get(reverse("qa:my_questions")).status_code == 302


def test_deleting_the_account_ends_every_session_and_anonymises_its_security_log():
    user = account(email="gone@example.org")
    security_event_record(action=SecurityEvent.Action.MFA_ACTIVATED, user=user)
    here, there = Client(), Client()
    sign_in(here, "gone@example.org")
    sign_in(there, "gone@example.org")
    keys = [here.session.session_key, there.session.session_key]
    assert Session.objects.filter(session_key__in=keys).count() == 2
    response = here.post(reverse("accounts:delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not UserSession.objects.exists() and not EmailAddress.objects.filter(email="gone@example.org").exists()
    assert list(SecurityEvent.objects.values_list("actor_name", "actor")) == [("a deleted account", None)]
    assert there.get(reverse("qa:my_questions")).status_code == 302


def test_createsuperuser_counts_as_confirmed(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-password-1")
    call_command("createsuperuser", interactive=False, username="boss", email="Boss@Example.org", verbosity=0)
    boss = User.objects.get(username="boss")
    assert boss.email == "boss@example.org" and boss.has_confirmed_email
    assert EmailAddress.objects.get(user=boss).verified
    client = Client()
    client.force_login(boss)
    assert "not confirmed" not in client.get(reverse("accounts:account")).content.decode()


def test_the_account_page_has_separate_forms_and_links_everything():
    client = Client()
    client.force_login(f.patient())
    page = client.get(reverse("accounts:account")).content.decode()
    body = page[page.index("<main"):page.index("</main>")]
    depth = 0
    for token in __import__("re").findall(r"<form\b|</form>", body):
        depth += 1 if token == "<form" else -1
        assert depth in (0, 1)  # never a form inside a form
    for name in ["account_change_password", "mfa_index", "usersessions_list", "accounts:export", "account_email"]:
        assert f'href="{reverse(name)}"' in page, name
    assert f'action="{reverse("accounts:delete")}"' in body and f'action="{reverse("account_logout")}"' in page


def test_adding_and_removing_a_security_key_is_in_the_security_log():
    from allauth.mfa import signals

    user = f.patient(email="keys@example.org")
    key = Authenticator.objects.create(user=user, type=Authenticator.Type.WEBAUTHN,
                                       data={"name": "Desk key\n<b>", "credential": {}})
    signals.authenticator_added.send(sender=Authenticator, request=None, user=user, authenticator=key)
    signals.authenticator_removed.send(sender=Authenticator, request=None, user=user, authenticator=key)
    assert list(SecurityEvent.objects.order_by("pk").values_list("action", "detail")) == [
        ("mfa_activated", 'security key "Desk key <b>"'), ("mfa_deactivated", 'security key "Desk key <b>"')]


def test_resetting_the_password_ends_every_session():
    from django.core import mail

    from tests.accounts.helpers import link_in, path_of

    account(email="reset.all@example.org")
    laptop = Client()
    sign_in(laptop, "reset.all@example.org")
    key = laptop.session.session_key
    visitor = Client()
    mail.outbox.clear()
    visitor.post(reverse("account_reset_password"), {"email": "reset.all@example.org"})
    form = visitor.get(path_of(link_in(mail.outbox[0])), follow=True)
    new = "reset-and-sign-out-88"
    assert visitor.post(form.redirect_chain[-1][0], {"password1": new, "password2": new}).status_code == 302
    assert not Session.objects.filter(session_key=key).exists()
    assert laptop.get(reverse("qa:my_questions")).status_code == 302
