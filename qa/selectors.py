"""Reads with rules for the public archive.

Every function returns querysets or lists whose query count does not grow with the data:
related rows come through ``select_related``/``prefetch_related``, never a query per row.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count, Prefetch, QuerySet

from qa.models import Answer, Department, Question, Tag, published_q


def visible_answers_prefetch(to_attr: str = "visible_answers") -> Prefetch:
    """Prefetch the answers the public may see, with their doctor and department, oldest first."""
    return Prefetch(
        "answers",
        queryset=Answer.objects.visible().select_related("doctor__department").order_by("answered_at", "pk"),
        to_attr=to_attr,
    )


def published_questions(*, department: Department | None = None, tag: Tag | None = None) -> QuerySet[Question]:
    """Published questions, newest first, ready for a list page (tags and answers prefetched)."""
    qs = Question.objects.published()
    if department is not None:
        qs = qs.filter(department=department)
    if tag is not None:
        qs = qs.filter(tags=tag)
    return (
        qs.select_related("department")
        .prefetch_related("tags", visible_answers_prefetch())
        .order_by("-published_at", "-pk")
    )


def question_for_thread(pk: int) -> Question | None:
    """The published question with everything the thread page shows, or None."""
    return (
        Question.objects.published()
        .select_related("department")
        .prefetch_related("tags", visible_answers_prefetch())
        .filter(pk=pk)
        .first()
    )


def questions_sharing_tags(
    tag_ids: Iterable[int], *, limit: int, exclude_pk: int | None = None
) -> list[Question]:
    """Published questions sharing tags with ``tag_ids``.

    Ranked by the number of shared tags, then by recency. Each result carries
    ``shared_tags`` and ``visible_answers`` (for the replying doctor and the reply excerpt).
    """
    tag_ids = list(tag_ids)
    if not tag_ids or limit <= 0:
        return []
    qs = Question.objects.published().filter(tags__in=tag_ids)
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    # The filter on tags comes before annotate, so Count counts only the shared tags.
    return list(
        qs.annotate(shared_tags=Count("tags"))
        .select_related("department")
        .prefetch_related(visible_answers_prefetch())
        .order_by("-shared_tags", "-published_at", "-pk")[:limit]
    )


def similar_questions(question: Question, *, limit: int) -> list[Question]:
    """The "Similar Q&A" sidebar: other published threads ranked by shared tags, then recency.

    Reads ``question.tags.all()``, so prefetch the tags to avoid a query.
    """
    return questions_sharing_tags(
        [tag.pk for tag in question.tags.all()], limit=limit, exclude_pk=question.pk
    )


def tags_with_counts() -> QuerySet[Tag]:
    """Every tag with its number of published threads (``num_questions``), by name."""
    return Tag.objects.annotate(
        num_questions=Count("questions", filter=published_q("questions__"))
    ).order_by("name")


def popular_tags(*, limit: int) -> list[Tag]:
    """Tags with the most published threads; each carries ``num_questions``."""
    return list(tags_with_counts().filter(num_questions__gt=0).order_by("-num_questions", "name")[:limit])
