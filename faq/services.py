"""Writes with rules for FAQ articles."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext

from faq.models import Article
from qa import cache


@transaction.atomic
def article_mark_reviewed(*, article: Article, doctor) -> Article:
    """A verified doctor of the article's department records that they reviewed it today.

    ``doctor`` is the reviewer's DoctorProfile.
    """
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if not doctor.is_verified or doctor.department_id != locked.department_id:
        raise ValidationError(gettext("Only a verified doctor of this department can review this article."),
                              code="not_allowed")
    locked.reviewed_by = doctor
    locked.last_reviewed_on = timezone.localdate()
    locked.save(update_fields=["reviewed_by", "last_reviewed_on", "updated_at"])
    cache.archive_changed()  # the article page shows who reviewed it, and when
    return locked
