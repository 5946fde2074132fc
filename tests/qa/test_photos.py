"""Private photos for the dermatologist (issue 13): uploaded safely, stripped of metadata, seen only
by the asker, the doctors of the department and staff; removed with the account, on withdrawal,
and after a decline; never on a public page, in a feed or in the API.

Every image here is made with Pillow in the test: a phone-like JPEG with GPS and camera EXIF, an
image lying on its side with an EXIF orientation, a decompression bomb header, a truncated file,
animated images, an SVG, a text file named .jpg, an HTML-and-JPEG polyglot, an empty file, a file
over 10 MB.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import zipfile
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from qa import images, services
from qa.models import Photo, Question, QuestionEvent
from tests import factories as f

pytestmark = pytest.mark.django_db
ASK = reverse("qa:ask")


# --- Crafted files ----------------------------------------------------------------------------

def phone_jpeg(size=(64, 48), *, orientation: int | None = None, colour="red") -> bytes:
    """A JPEG as a phone writes it: camera make and model, GPS position, a comment, XMP."""
    image = Image.new("RGB", size, colour)
    if orientation is None:
        image.paste((0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 15 Pro"  # Model
    exif[0xA431] = "SERIAL-12345"  # BodySerialNumber
    gps = {1: "N", 2: (25.0, 2.0, 1.5), 3: "E", 4: (121.0, 33.0, 7.5)}
    exif[0x8825] = gps
    if orientation is not None:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    xmp = (b'<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
           b'<x:xmpmeta xmlns:x="adobe:ns:meta/">HomeStreet 5</x:xmpmeta>')
    image.save(buffer, "JPEG", exif=exif.tobytes(), comment=b"taken at home", xmp=xmp)
    return buffer.getvalue()


def png_bomb_header(width=30_000, height=30_000) -> bytes:
    """A tiny PNG whose header claims 30000×30000 pixels (900 megapixels)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 100))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + idat + chunk(b"IEND", b"")


def animated(fmt: str) -> bytes:
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "green", "blue")]
    buffer = io.BytesIO()
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


def upload(data: bytes, name="photo.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)


def read_back(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def cache_directives(response) -> set[str]:
    return {part.strip() for part in response["Cache-Control"].split(",")}


METADATA_MARKERS = (b"Exif", b"PhoneMaker", b"Phone 15 Pro", b"SERIAL-12345", b"taken at home", b"xmpmeta",
                    b"HomeStreet", b"http://ns.adobe.com")


def assert_no_metadata(data: bytes) -> None:
    for marker in METADATA_MARKERS:
        assert marker not in data, marker
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert not image.getexif() and "comment" not in image.info and "xmp" not in image.info


# --- Fixtures ---------------------------------------------------------------------------------

@pytest.fixture
def photo_dir(settings) -> Path:
    return Path(settings.STORAGES["photos"]["OPTIONS"]["location"])


def stored_files(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


@pytest.fixture
def asker_client(client):
    patient = f.patient(pseudonym="Rosa")
    client.force_login(patient)
    client.patient = patient
    return client


def ask_with_photos(client, *files, action="submit", **data):
    post = f.ask_data(action=action, **data)
    for n, content in enumerate(files, start=1):
        post[f"photo_{n}"] = content
    return client.post(ASK, post)


@pytest.fixture
def question_with_photo(asker_client):
    response = ask_with_photos(asker_client, upload(phone_jpeg()), site_1="arms", caption_1="left elbow")
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get(asker=asker_client.patient)
    return question, question.photos.get()


def client_of(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


# --- Processing (qa.images) -------------------------------------------------------------------

def test_processing_removes_gps_camera_exif_comments_and_xmp():
    original = phone_jpeg()
    assert b"PhoneMaker" in original and b"taken at home" in original and b"xmpmeta" in original  # the test's premise
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # there is a GPS block
    processed = images.process(original)
    assert_no_metadata(processed.data)
    assert_no_metadata(processed.thumbnail)
    assert (processed.width, processed.height) == (64, 48)


def test_processing_turns_the_photo_upright_by_its_exif_orientation():
    processed = images.process(phone_jpeg(size=(60, 30), orientation=6))  # 6: rotate 90° clockwise to view
    assert (processed.width, processed.height) == (30, 60)
    assert Image.open(io.BytesIO(processed.data)).size == (30, 60)
    assert not Image.open(io.BytesIO(processed.data)).getexif()  # no orientation left to apply twice


def test_processing_scales_the_longest_side_to_2560_and_makes_a_thumbnail():
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 1000), "green").save(buffer, "PNG")
    processed = images.process(buffer.getvalue())
    assert (processed.width, processed.height) == (2560, 640)
    assert max(Image.open(io.BytesIO(processed.thumbnail)).size) == images.THUMB_SIDE


def test_png_and_webp_are_accepted_and_transparency_is_laid_on_white():
    for fmt in ("PNG", "WEBP"):
        buffer = io.BytesIO()
        Image.new("RGBA", (10, 10), (255, 0, 0, 0)).save(buffer, fmt)
        processed = images.process(buffer.getvalue())
        assert Image.open(io.BytesIO(processed.data)).getpixel((5, 5))[0] > 240


def test_heic_and_a_phone_s_two_picture_jpeg_are_accepted():
    pytest.importorskip("pillow_heif")
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, "HEIF")
    assert images.HEIF and images.process(buffer.getvalue()).width == 40
    buffer = io.BytesIO()  # MPO: the photo and a smaller second picture, as some phones write portraits
    Image.new("RGB", (40, 30), "red").save(buffer, "MPO", save_all=True, append_images=[Image.new("RGB", (20, 15))])
    processed = images.process(buffer.getvalue())
    assert (processed.width, processed.height) == (40, 30)
    assert Image.open(io.BytesIO(processed.data)).format == "JPEG"


@pytest.mark.parametrize("data, reason", [
    (png_bomb_header(), "too large"),
    (phone_jpeg()[:400], "damaged or incomplete"),
    (animated("GIF"), "not a photo we can read"),  # GIF is not among the formats decoded at all
    (animated("WEBP"), "Animated images"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>', "not a plain photo"),
    (b"Just some text pretending to be a photo.\n" * 10, "not a photo we can read"),
    (phone_jpeg() + b"<html><script>alert(document.cookie)</script></html>", "not a plain photo"),
    (b"", "empty"),
    (b"\xff\xd8\xff" + b"\x00" * (11 * 1024 * 1024), "larger than 10 MB"),
], ids=["bomb", "truncated", "animated-gif", "animated-webp", "svg", "text", "polyglot", "empty", "11MB"])
def test_processing_refuses_what_is_not_a_safe_still_photo(data, reason):
    with pytest.raises(images.PhotoRejected, match=reason):
        images.process(data)


# --- Uploading on the ask form ----------------------------------------------------------------

def test_a_photo_sent_with_the_question_is_stored_without_metadata_under_a_random_name(
        question_with_photo, photo_dir):
    question, photo = question_with_photo
    assert (photo.body_site, photo.caption, photo.uploader) == ("arms", "left elbow", question.asker)
    assert len(photo.key) >= 32 and photo.file.name == f"{photo.key}.jpg"
    assert re.fullmatch(r"[A-Za-z0-9_-]{32}\.jpg", photo.file.name)  # random: nothing about the patient
    assert stored_files(photo_dir) == {photo.file.name, photo.thumbnail.name}
    assert_no_metadata((photo_dir / photo.file.name).read_bytes())


def test_the_preview_keeps_the_photo_and_send_attaches_it(asker_client):
    preview = ask_with_photos(asker_client, upload(phone_jpeg()), action="preview")
    assert preview.status_code == 200
    photo = Photo.objects.get()
    assert photo.question is None  # pending until the question is sent
    page = preview.content.decode()
    assert f'name="pending_photos" value="{photo.key}"' in page
    assert reverse("qa:photo_thumb", args=[photo.key]) in page
    assert 'enctype="multipart/form-data"' in page
    sent = asker_client.post(ASK, f.ask_data(action="submit", pending_photos=[photo.key]))
    assert sent.status_code == 302
    photo.refresh_from_db()
    assert photo.question == Question.objects.get()


def test_a_pending_photo_can_be_removed_on_the_preview(asker_client, photo_dir):
    ask_with_photos(asker_client, upload(phone_jpeg()), action="preview")
    photo = Photo.objects.get()
    asker_client.post(ASK, f.ask_data(action="preview", pending_photos=[photo.key], remove_photos=[photo.key]))
    assert not Photo.objects.exists()


def test_someone_elses_pending_photo_cannot_be_attached(asker_client):
    other = f.patient()
    processed = images.process(phone_jpeg())
    theirs = services.photo_stage(uploader=other, photo=processed)
    asker_client.post(ASK, f.ask_data(action="submit", pending_photos=[theirs.key]))
    theirs.refresh_from_db()
    assert theirs.question is None
    assert not Question.objects.get().photos.exists()


@pytest.mark.parametrize("content, name, message", [
    (b"plain text, not a picture", "rash.jpg", "not a photo we can read"),
    (b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "rash.svg", "not a plain photo"),
    (phone_jpeg() + b"<html><body>hi</body></html>", "rash.jpg", "not a plain photo"),
    (phone_jpeg()[:500], "rash.jpg", "damaged or incomplete"),
    (b"", "rash.jpg", "empty"),
    (png_bomb_header(), "rash.png", "too large"),
    (b"\xff\xd8\xff" + b"\x00" * (11 * 1024 * 1024), "rash.jpg", "larger than 10 MB"),
    (animated("WEBP"), "rash.webp", "Animated images"),
], ids=["text-as-jpg", "svg", "polyglot", "truncated", "zero-bytes", "bomb", "11MB", "animated"])
def test_a_refused_file_gives_an_error_next_to_its_field_and_keeps_the_text(asker_client, content, name, message):
    response = ask_with_photos(asker_client, upload(content, name=name), title="My very own title text",
                               body="Everything I typed about the rash on my elbows must still be here.")
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'id="id_photo_1-error"' in page  # next to the file field
    assert "My very own title text" in page
    assert "Everything I typed about the rash on my elbows must still be here." in page
    assert not Question.objects.exists() and not Photo.objects.exists()


def test_a_fifth_photo_is_refused_with_a_clear_error(asker_client):
    four = [upload(phone_jpeg(colour=c)) for c in ("red", "green", "blue", "white")]
    assert ask_with_photos(asker_client, *four, action="preview").status_code == 200
    keys = list(Photo.objects.values_list("key", flat=True))
    assert len(keys) == 4
    post = f.ask_data(action="submit", pending_photos=keys, title="Five photos title")
    post["photo_1"] = upload(phone_jpeg(colour="black"))
    response = asker_client.post(ASK, post)
    assert response.status_code == 400
    page = response.content.decode()
    assert "a question holds up to 4" in page and "Five photos title" in page
    assert Photo.objects.count() == 4 and not Question.objects.exists()


def test_uploads_are_limited_per_account_per_day(asker_client, settings):
    settings.PHOTOS_PER_DAY = 1
    assert ask_with_photos(asker_client, upload(phone_jpeg()), action="preview").status_code == 200
    post = f.ask_data(action="preview", title="Second photo title")
    post["photo_1"] = upload(phone_jpeg(colour="green"))
    response = asker_client.post(ASK, post)
    assert response.status_code == 400
    assert "1 a day" in response.content.decode() and Photo.objects.count() == 1


def test_a_follow_up_question_can_carry_photos(asker_client):
    parent = f.thread(asker=asker_client.patient)
    response = ask_with_photos(asker_client, upload(phone_jpeg()), follow_up_of=str(parent.pk),
                               title="Follow-up with a photo")
    assert response.status_code == 302
    follow_up = Question.objects.get(follow_up_of=parent)
    assert follow_up.photos.count() == 1


# --- Serving: who may see a photo -------------------------------------------------------------

def test_who_may_see_a_photo(question_with_photo):
    question, photo = question_with_photo
    full, thumb = reverse("qa:photo", args=[photo.key]), reverse("qa:photo_thumb", args=[photo.key])
    doctor = f.doctor(dept=question.department)
    other_department = f.doctor(dept=f.department("Hair and nails"))
    suspended = f.doctor(dept=question.department, status="suspended")
    staff = f.user(is_staff=True)
    expected = {
        "asker": (client_of(question.asker), 200),
        "doctor of the department": (client_of(doctor.user), 200),
        "staff": (client_of(staff), 200),
        "anonymous": (Client(), 404),
        "another patient": (client_of(f.patient()), 404),
        "doctor of another department": (client_of(other_department.user), 404),
        "suspended doctor": (client_of(suspended.user), 404),
    }
    for who, (client, status) in expected.items():
        for url in (full, thumb):
            assert client.get(url).status_code == status, (who, url)
    assert Client().get(reverse("qa:photo", args=["not-a-key"])).status_code == 404


def test_the_served_photo_has_no_metadata_and_private_headers(question_with_photo):
    question, photo = question_with_photo
    for client in (client_of(question.asker), client_of(f.doctor(dept=question.department).user)):
        response = client.get(reverse("qa:photo", args=[photo.key]))
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        assert {"private", "no-store"} <= cache_directives(response)
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Content-Disposition"].startswith("inline")
        assert_no_metadata(read_back(response))


def test_nginx_can_send_the_file_after_the_check(question_with_photo, settings):
    question, photo = question_with_photo
    settings.PHOTOS_X_ACCEL_REDIRECT = "/protected-photos/"
    response = client_of(question.asker).get(reverse("qa:photo", args=[photo.key]))
    assert response["X-Accel-Redirect"] == f"/protected-photos/{photo.file.name}"
    assert response.content == b"" and {"private", "no-store"} <= cache_directives(response)
    assert Client().get(reverse("qa:photo", args=[photo.key])).status_code == 404


def test_a_withdrawn_question_s_photo_is_gone_for_doctors_too(question_with_photo, photo_dir,
                                                               django_capture_on_commit_callbacks):
    question, photo = question_with_photo
    with django_capture_on_commit_callbacks(execute=True):
        response = client_of(question.asker).post(reverse("qa:question_withdraw", args=[question.pk]))
    assert response.status_code == 302
    assert not Photo.objects.exists()
    assert stored_files(photo_dir) == set()  # the files, not only the rows


def test_photos_are_never_on_the_public_thread_feeds_or_api(question_with_photo):
    question, photo = question_with_photo
    f.answer(question)
    question.refresh_from_db()
    assert question.is_published
    anonymous = Client()
    pages = [
        anonymous.get(question.get_absolute_url()),
        anonymous.get(reverse("qa:feed")),
        anonymous.get(reverse("qa:feed_atom")),
        anonymous.get(reverse("qa:question_list")),
        anonymous.get("/sitemap.xml"),
        anonymous.get("/sitemaps/threads-1.xml"),
        anonymous.get(f"/api/v1/threads/{question.pk}"),
        anonymous.get("/api/v1/threads"),
    ]
    assert [r.status_code for r in pages] == [200] * len(pages)
    assert question.title in pages[-2].content.decode()  # the API does show the thread…
    for response in pages:
        text = response.content.decode(errors="replace")
        assert photo.key not in text and "/photos/" not in text
    # Even signed in as the asker, the public thread shows no photo.
    public_for_asker = client_of(question.asker).get(question.get_absolute_url()).content.decode()
    assert photo.key not in public_for_asker


# --- Doctors --------------------------------------------------------------------------------

def test_doctors_see_thumbnails_on_the_queue_and_in_the_workspace_with_a_full_size_link(question_with_photo):
    question, photo = question_with_photo
    doctor = client_of(f.doctor(dept=question.department).user)
    queue = doctor.get(reverse("qa:queue")).content.decode()
    assert reverse("qa:photo_thumb", args=[photo.key]) in queue
    assert f'href="{reverse("qa:photo", args=[photo.key])}"' in queue
    work = doctor.get(reverse("qa:question_work", args=[question.pk])).content.decode()
    assert reverse("qa:photo_thumb", args=[photo.key]) in work and "full size" in work
    assert "left elbow" in work  # the caption
    other = client_of(f.doctor(dept=f.department("Hair and nails")).user).get(reverse("qa:queue")).content.decode()
    assert photo.key not in other


def test_the_asker_sees_their_photos_on_their_private_question_page(question_with_photo):
    question, photo = question_with_photo
    page = client_of(question.asker).get(question.get_absolute_url()).content.decode()
    assert reverse("qa:photo_thumb", args=[photo.key]) in page


def test_a_doctor_asks_for_another_photo_and_the_patient_adds_it(question_with_photo):
    question, _photo = question_with_photo
    doctor = f.doctor(dept=question.department)
    services.question_request_information(question=question, doctor=doctor, body="A closer photo, please.")
    asker = client_of(question.asker)
    page = asker.get(question.get_absolute_url()).content.decode()
    assert 'enctype="multipart/form-data"' in page and 'name="photo_1"' in page
    url = reverse("qa:question_add_information", args=[question.pk])
    refused = asker.post(url, {"body": "Here it is, closer.", "photo_1": upload(b"not an image", name="x.jpg")})
    assert refused.status_code == 400
    assert "not a photo we can read" in refused.content.decode() and "Here it is, closer." in refused.content.decode()
    sent = asker.post(url, {"body": "Here it is, closer.", "photo_1": upload(phone_jpeg(colour="green")),
                            "site_1": "arms"})
    assert sent.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.PENDING and question.photos.count() == 2


# --- Privacy rights ---------------------------------------------------------------------------

def test_the_data_export_is_a_zip_with_the_json_and_the_photos(question_with_photo, photo_dir):
    question, photo = question_with_photo
    response = client_of(question.asker).get(reverse("accounts:export"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        data = json.loads(archive.read("my-data.json"))
        exported = data["questions"][0]["photos"][0]
        assert exported["caption"] == "left elbow" and exported["body_site"] == "arms"
        assert archive.read(exported["file"]) == (photo_dir / photo.file.name).read_bytes()


def test_deleting_the_account_removes_the_photo_files(question_with_photo, photo_dir,
                                                      django_capture_on_commit_callbacks):
    question, photo = question_with_photo
    f.answer(question)  # a published thread stays; its photos do not
    asker = question.asker
    asker.set_password("my-own-password-1")
    asker.save()
    assert stored_files(photo_dir)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_of(asker).post(reverse("accounts:delete"), {"password": "my-own-password-1"})
    assert response.status_code == 302
    assert Question.objects.filter(pk=question.pk).exists()
    assert not Photo.objects.exists() and stored_files(photo_dir) == set()


def test_photos_of_questions_declined_over_30_days_ago_and_orphaned_files_are_removed(
        question_with_photo, photo_dir, django_capture_on_commit_callbacks):
    question, photo = question_with_photo
    doctor = f.doctor(dept=question.department)
    services.question_decline(question=question, doctor=doctor, reason="needs_exam")
    recent = f.question(dept=question.department)
    services.photo_stage(uploader=recent.asker, photo=images.process(phone_jpeg()))  # pending: kept for a day
    orphan = photo_dir / "leftover.jpg"
    orphan.write_bytes(b"old")
    old = (timezone.now() - timedelta(hours=2)).timestamp()
    os.utime(orphan, (old, old))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remove_orphan_photos", stdout=io.StringIO())
    assert Photo.objects.filter(pk=photo.pk).exists()  # declined today: kept
    assert not orphan.exists()
    QuestionEvent.objects.filter(question=question, action="decline").update(
        created_at=timezone.now() - timedelta(days=31))
    Photo.objects.filter(question__isnull=True).update(created_at=timezone.now() - timedelta(days=2))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remove_orphan_photos", stdout=io.StringIO())
    assert not Photo.objects.exists()
    assert stored_files(photo_dir) == set()


def test_staff_open_a_question_s_photos_from_the_admin_through_the_checked_view(question_with_photo):
    question, photo = question_with_photo
    staff = client_of(f.user(is_staff=True, is_superuser=True))
    page = staff.get(reverse("admin:qa_question_change", args=[question.pk]))
    assert page.status_code == 200
    assert reverse("qa:photo", args=[photo.key]) in page.content.decode()
    assert staff.get(reverse("qa:photo", args=[photo.key])).status_code == 200


def test_the_asker_removes_a_photo_while_the_question_is_editable(question_with_photo, photo_dir,
                                                                   django_capture_on_commit_callbacks):
    question, photo = question_with_photo
    asker = client_of(question.asker)
    url = reverse("qa:photo_remove", args=[photo.key])
    assert url in asker.get(question.get_absolute_url()).content.decode()
    assert client_of(f.patient()).post(url).status_code == 404  # someone else's: it does not exist
    with django_capture_on_commit_callbacks(execute=True):
        assert asker.post(url).status_code == 302
    assert not Photo.objects.exists() and stored_files(photo_dir) == set()


def test_once_claimed_the_asker_can_no_longer_remove_a_photo(question_with_photo):
    question, photo = question_with_photo
    services.question_claim(question=question, doctor=f.doctor(dept=question.department))
    asker = client_of(question.asker)
    assert reverse("qa:photo_remove", args=[photo.key]) not in asker.get(question.get_absolute_url()).content.decode()
    asker.post(reverse("qa:photo_remove", args=[photo.key]))
    assert Photo.objects.filter(pk=photo.pk).exists()


def test_doctors_need_two_factor_authentication_to_open_photos(question_with_photo):
    question, photo = question_with_photo
    doctor = f.doctor(dept=question.department, two_factor=False)
    response = client_of(doctor.user).get(reverse("qa:photo", args=[photo.key]))
    assert response.status_code == 302 and photo.key not in response.get("Location", "")
