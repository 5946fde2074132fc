"""`bench/generate_corpus.py` builds a deterministic synthetic archive with the shape of the real one.

The script runs in-process through its entry point, ``main(argv)``, as ``python bench/generate_corpus.py``
runs it (one test also starts it as a script).
"""

import ast
import functools
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path
from statistics import mean, median
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count
from django.utils.text import slugify

from bench import generate_corpus
from bench.corpus import (
    ANSWER_COLUMNS,
    QUESTION_COLUMNS,
    Corpus,
    CorpusConfig,
    ThreadIds,
    build_vocabulary,
)
from doctors.models import DoctorProfile
from faq.models import Article
from qa.models import SUMMARY_LENGTH, Answer, Question, QuestionBodySite, SearchDocument, SimilarThread, Tag
from qa.sanitize import html_excerpt, render_markdown

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
SMALL = {"questions": 300, "tags": 200, "doctors": 20, "faq": 12}
Q = {name: i for i, name in enumerate(QUESTION_COLUMNS)}
A = {name: i for i, name in enumerate(ANSWER_COLUMNS)}
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="COPY needs PostgreSQL")


def run(**options) -> tuple[int, str, str]:
    """``main`` with the small configuration and these options as command-line arguments
    (``fast_fk_checks=True`` is ``--fast-fk-checks``); returns (exit status, stdout, stderr)."""
    argv = []
    for name, value in {**SMALL, **options}.items():
        flag = "--" + name.replace("_", "-")
        if value is True:
            argv.append(flag)
        elif value is not False:
            argv += [flag, str(value)]
    out, err = StringIO(), StringIO()
    status = generate_corpus.main(argv, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


def generate(**options) -> str:
    """A successful run without the rebuild commands; its output."""
    status, out, err = run(no_rebuild=True, **options)
    assert status == 0, err
    return out


def refusal(**options) -> str:
    """A refused run: exit status 1; the error message."""
    status, _, err = run(no_rebuild=True, **options)
    assert status == 1, err
    return err


@functools.cache
def generated_rows(seed: int = 1):
    """The thread rows of the small configuration, with stand-in ids (read-only)."""
    corpus = Corpus(CorpusConfig(**SMALL, seed=seed))
    ids = ThreadIds(
        question_start=1, answer_start=1, question_tag_start=1, body_site_start=1,
        patients=range(1, corpus.patient_count + 1), doctors=range(1, len(corpus.doctors) + 1),
        tags=range(1, len(corpus.tags) + 1), departments={"dermatology": 1, "pediatric-dermatology": 2},
    )
    return list(corpus.threads(ids))


@pytest.fixture
def corpus():
    return generate()


# The generator alone ------------------------------------------------------------------------


def test_same_seed_gives_the_same_archive_and_another_seed_another():
    first, again, other = generated_rows(seed=5), generated_rows.__wrapped__(seed=5), generated_rows(seed=6)
    assert first == again
    assert [q[Q["title"]] for q, *_ in first] != [q[Q["title"]] for q, *_ in other]
    a, b = Corpus(CorpusConfig(**SMALL, seed=5)), Corpus(CorpusConfig(**SMALL, seed=5))
    assert a.tags == b.tags and a.doctors == b.doctors and a.patients == b.patients
    assert a.articles() == b.articles()


def test_vocabulary_and_tags_are_readable_and_unique():
    vocabulary = build_vocabulary()
    assert 1800 <= len(vocabulary) <= 2500
    assert len(set(vocabulary)) == len(vocabulary)
    assert all(re.fullmatch("[a-z]+", word) for word in vocabulary)
    tags = Corpus(CorpusConfig(questions=1)).tags
    assert len(tags) == 3000
    assert len({t.name for t in tags}) == len({t.slug for t in tags}) == 3000
    assert all(len(t.name) <= 60 and t.slug == slugify(t.name) for t in tags)


def test_text_lengths_and_text_follows_the_tags():
    corpus = Corpus(CorpusConfig(**SMALL))
    for question, answer, tag_rows, _ in generated_rows():
        title, body = question[Q["title"]], question[Q["body"]]
        assert 6 <= len(title.split()) <= 12
        assert question[Q["slug"]] == slugify(title)
        assert 60 <= len(body.split()) <= 200
        assert 80 <= len(answer[A["body"]].split()) <= 250
        first_tag = corpus.tags[tag_rows[0][2] - 1]
        assert first_tag.term in title.lower()
        assert first_tag.term in body.lower() and first_tag.term in answer[A["body"]].lower()
        assert question[Q["asked_at"]] < question[Q["published_at"]] == answer[A["answered_at"]]


def test_word_frequencies_follow_a_power_law():
    counts = {}
    for question, answer, _, _ in generated_rows():
        for word in re.findall("[a-z]+", (question[Q["body"]] + " " + answer[A["body"]]).lower()):
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    assert len(ranked) > 1000
    # Zipf: the 10th word is far rarer than the 1st, the 100th far rarer than the 10th.
    assert ranked[0] > 5 * ranked[9] and ranked[9] > 5 * ranked[99]


# The script ---------------------------------------------------------------------------------


def test_database_titles_are_the_generators(corpus):
    titles = list(Question.objects.order_by("pk").values_list("title", flat=True))
    assert titles == [q[Q["title"]] for q, *_ in generated_rows()]


def test_small_run_has_the_requested_counts(corpus):
    assert "Corpus generated" in corpus and "300 questions" in corpus
    assert Question.objects.count() == Answer.objects.count() == 300
    assert Tag.objects.count() == 200
    assert DoctorProfile.objects.verified().count() == DoctorProfile.objects.count() == 20
    assert set(DoctorProfile.objects.values_list("department__slug", flat=True)) == {
        "dermatology", "pediatric-dermatology"
    }
    assert get_user_model().objects.count() == 20 + 300
    assert Article.objects.published().count() == 12
    with_sites = Question.objects.filter(body_sites__isnull=False).distinct().count()
    assert 0.3 * 300 <= with_sites <= 0.7 * 300
    assert QuestionBodySite.objects.count() >= with_sites


def test_every_thread_is_published_with_one_answer_by_a_verified_doctor_of_its_department(corpus):
    assert Question.objects.published().count() == 300
    assert set(Question.objects.annotate(n=Count("answers")).values_list("n", flat=True)) == {1}
    for answer in Answer.objects.select_related("question", "doctor"):
        question = answer.question
        assert answer.doctor.is_verified and answer.doctor.verified_at is not None
        assert answer.doctor.department_id == question.department_id
        assert question.asked_at < question.published_at == answer.answered_at
        assert question.updated_at == question.published_at  # deterministic, not the clock
    for field in ("age_bracket", "sex", "duration", "itch", "pain"):
        assert Question.objects.values(field).distinct().count() >= 3, field


def test_answers_hold_the_sanitized_html_and_the_summary_of_their_text(corpus):
    answers = Answer.objects.all()[:20]
    assert any(len(answer.summary) == SUMMARY_LENGTH for answer in answers)  # long ones are cut
    for answer in answers:
        assert answer.body_html == render_markdown(answer.body)
        assert answer.summary == html_excerpt(answer.body_html, SUMMARY_LENGTH)


def test_tag_use_is_skewed_with_about_five_tags_per_thread(corpus):
    per_thread = list(Question.objects.annotate(n=Count("tags")).values_list("n", flat=True))
    assert min(per_thread) >= 3 and max(per_thread) <= 7
    assert 4.5 <= mean(per_thread) <= 5.5
    per_tag = sorted(Tag.objects.annotate(n=Count("questions")).values_list("n", flat=True), reverse=True)
    assert per_tag[0] >= 10 * max(median(per_tag), 1)


def test_patients_cannot_sign_in_and_live_under_corpus_invalid(corpus):
    patients = get_user_model().objects.filter(doctor_profile__isnull=True)
    assert patients.count() == 300
    assert all(p.email.endswith("@corpus.invalid") and not p.has_usable_password() for p in patients)


def test_faq_articles_have_the_shape_of_real_ones(corpus):
    for article in Article.objects.prefetch_related("sections", "references", "tags").select_related("reviewed_by"):
        kinds = [s.kind for s in article.sections.all()]
        assert len(kinds) == 5 and kinds[0] == "overview" and kinds[-1] == "urgent"
        assert article.references.count() == 2
        assert 2 <= article.tags.count() <= 5
        assert article.reviewed_by.is_verified and article.reviewed_by.department_id == article.department_id
        assert article.last_reviewed_on is not None and article.is_published


def test_refuses_a_database_with_questions_unless_appending(corpus):
    assert re.search("--append", refusal())
    users = get_user_model().objects.count()
    generate(append=True)  # same seed: the same patients, doctors, tags and articles are reused
    assert Question.objects.published().count() == 600
    assert get_user_model().objects.count() == users
    assert Tag.objects.count() == 200 and Article.objects.count() == 12


def test_public_pages_of_a_generated_thread_render(client, corpus):
    question = Question.objects.published().first()
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    assert question.title in response.content.decode()
    assert client.get(question.tags.first().get_absolute_url()).status_code == 200
    assert client.get(Article.objects.first().get_absolute_url()).status_code == 200
    assert client.get(DoctorProfile.objects.first().get_absolute_url()).status_code == 200


def test_the_rebuild_commands_run_after_the_load_unless_no_rebuild():
    with mock.patch("bench.generate_corpus.call_command") as called:
        status, _, err = run(questions=20, tags=50, doctors=4, faq=2)
    assert status == 0, err
    assert [c.args[0] for c in called.call_args_list] == ["rebuild_counts", "rebuild_search", "rebuild_similar"]
    with mock.patch("bench.generate_corpus.call_command") as called:
        output = generate(questions=20, tags=50, doctors=4, faq=2, append=True)
    called.assert_not_called()
    assert "Skipping rebuild_similar (--no-rebuild)" in output


def test_the_rebuild_fills_the_counts_the_search_index_and_similar_qa():
    status, output, err = run(questions=60, tags=50, doctors=4, faq=2)
    assert status == 0, err
    assert "Corpus generated" in output and "Similar Q&A rebuilt" in output
    assert SearchDocument.objects.count() == 60
    assert sum(Tag.objects.values_list("num_published", flat=True)) == Question.tags.through.objects.count()
    assert sum(DoctorProfile.objects.values_list("num_published_answers", flat=True)) == 60
    assert SimilarThread.objects.values("question").distinct().count() == 60


def test_rejects_impossible_options():
    assert re.search("doctors", refusal(doctors=1))
    if connection.vendor != "postgresql":
        assert re.search("PostgreSQL", refusal(method="copy"))
    assert not Question.objects.exists()


def test_runs_as_a_script_from_the_repository_root():
    result = subprocess.run(  # noqa: S603 - this interpreter and our own script, fixed arguments
        [sys.executable, "bench/generate_corpus.py", "--help"], cwd=ROOT, capture_output=True, text=True,
        timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "--questions" in result.stdout and "--no-rebuild" in result.stdout


def test_no_installed_app_imports_bench():
    offenders = []
    for app in ("accounts", "doctors", "qa", "faq", "portal", "config"):
        for path in sorted((ROOT / app).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                    [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
                )
                if any(name.split(".")[0] == "bench" for name in names):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


# PostgreSQL COPY ----------------------------------------------------------------------------


def _secondary_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('qa_question', 'qa_answer', "
            "'qa_question_tags') ORDER BY indexname"
        )
        return cursor.fetchall()


@postgres_only
@pytest.mark.parametrize("fast_fk_checks", [False, True])
def test_copy_loads_the_same_archive_and_restores_indexes_and_sequences(fast_fk_checks):
    indexes = _secondary_indexes()
    output = generate(method="copy", fast_fk_checks=fast_fk_checks)
    assert "Dropped" in output and "Recreating" in output
    assert _secondary_indexes() == indexes
    titles = list(Question.objects.order_by("pk").values_list("title", flat=True))
    assert titles == [q[Q["title"]] for q, *_ in generated_rows()]
    assert Question.objects.published().count() == Answer.objects.count() == 300
    assert Question.tags.through.objects.count() == sum(len(t) for _, _, t, _ in generated_rows())
    with connection.cursor() as cursor:
        cursor.execute("SHOW session_replication_role")
        assert cursor.fetchone()[0] == "origin"
    # The sequences moved past the assigned ids: ordinary inserts still work.
    user = get_user_model().objects.create_user(username="after-corpus", email="after@example.org")
    assert user.pk > get_user_model().objects.exclude(pk=user.pk).latest("pk").pk
    question = Question.objects.first()
    question.pk = None
    question.save()
    assert question.pk == 301
