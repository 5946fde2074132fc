"""Numbers and one-line text read strictly (accounts.inputs), and every numeric form field and
query parameter answering a form error or a 4xx, never a 500, for digits that are not ASCII."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.inputs import one_line, parse_int
from tests import factories as f

NOT_ASCII_NUMBERS = ["²", "٣", "１", "12３", "-5", "99999999999999999999999", "1e3", " ", "0x10"]


@pytest.mark.parametrize("raw", NOT_ASCII_NUMBERS)
def test_parse_int_refuses_what_is_not_plain_ascii_digits_in_range(raw):
    assert parse_int(raw) is None


def test_parse_int_reads_plain_digits_within_the_range():
    assert parse_int(" 42 ") == 42
    assert parse_int("0") == 0
    assert parse_int("0", minimum=1) is None
    assert parse_int("11", maximum=10) is None
    assert parse_int(None) is None


def test_one_line_drops_control_and_bidi_override_characters():
    assert one_line("Itchy\r\nForged: line\x1b[31m\u202eevil\u2066 ok\x00") == "Itchy Forged: line [31m evil ok"
    assert one_line("  plain   words ") == "plain words"


@pytest.fixture
def patient_client(db):
    client = Client()
    client.force_login(f.patient())
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("raw", NOT_ASCII_NUMBERS)
def test_numeric_fields_and_parameters_of_the_patient_never_fail(patient_client, raw):
    ask = reverse("qa:ask")
    for response in [
        patient_client.get(ask, {"follow_up": raw}),
        patient_client.post(ask, f.ask_data(action="preview", tags=[raw])),
        patient_client.post(ask, f.ask_data(action="preview", follow_up_of=raw)),
        patient_client.post(ask, f.ask_data(action="submit", follow_up_of=raw)),
        patient_client.get(reverse("qa:question_list"), {"before": f"{raw}-{raw}"}),
        patient_client.get(reverse("portal:search"), {"q": "spots", "page": raw}),
    ]:
        assert response.status_code < 500


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["²", "٣", "１", "-5", "99999999999999999999999"])
def test_a_tag_that_is_not_a_plain_number_is_a_form_error(patient_client, raw):
    response = patient_client.post(reverse("qa:ask"), f.ask_data(action="preview", tags=[raw]))
    assert response.status_code == 400
    assert "Red scaly patches on both elbows" in response.content.decode()  # what was typed is kept


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["²", "٣", "１", "-5", "99999999999999999999999"])
def test_the_audit_log_filter_refuses_numbers_that_are_not_plain(raw):
    client = Client()
    client.force_login(f.user(is_staff=True))
    response = client.get(reverse("qa:staff_audit"), {"question": raw})
    assert response.status_code == 400


@pytest.mark.django_db
def test_a_title_with_line_breaks_is_stored_on_one_line(patient_client):
    from qa.models import Question

    response = patient_client.post(reverse("qa:ask"), f.ask_data(action="submit", title="Red patches\r\nX-Forged: 1"))
    assert response.status_code == 302
    assert Question.objects.get().title == "Red patches X-Forged: 1"


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["²", "٣", "１", "-5", "99999999999999999999999"])
def test_numeric_fields_of_doctors_and_applicants_are_form_errors(raw):
    question = f.question()
    doctor = f.doctor(dept=question.department)
    client = Client()
    client.force_login(doctor.user)
    assert client.post(reverse("qa:claim", args=[question.pk])).status_code == 302
    answer = client.post(reverse("qa:answer", args=[question.pk]), {"body": "A reply.", "tags": [raw],
                                                                    "action": "preview"})
    assert answer.status_code == 400
    decline = client.post(reverse("qa:decline", args=[question.pk]), {"reason": "duplicate", "duplicate": raw})
    assert decline.status_code == 400
    applicant = Client()
    applicant.force_login(f.patient())
    apply = applicant.post(reverse("doctors:apply"), {"full_name": "Ann Lee", "department": raw,
                                                      "licence_number": "L-1", "hospital": "H"})
    assert apply.status_code == 400
