"""Reads for FAQ pages, and for the FAQ lists that portal's pages show (through faq_tags)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Case, Count, F, IntegerField, Prefetch, Q, QuerySet, Value, When

from doctors.models import Department
from faq.models import Article


def _other_language(language: str | None):
    """0 for an article written in ``language``, 1 for one in another: to order by (0 for all when
    no language is given)."""
    if not language:
        return Value(0, output_field=IntegerField())
    return Case(When(language=language, then=Value(0)), default=Value(1), output_field=IntegerField())


def related_articles(tag_ids: Iterable[int], *, limit: int, language: str | None = None) -> list[Article]:
    """Published articles sharing tags with ``tag_ids``: those written in ``language`` (the
    reader's) first, when given; then most shared tags first, then the most recently reviewed.
    Articles in another language come only after every one in the reader's. Each result carries
    ``shared_tags``."""
    tag_ids = list(tag_ids)
    if not tag_ids or limit <= 0:
        return []
    return list(
        Article.objects.published()
        .filter(tags__in=tag_ids)
        .annotate(shared_tags=Count("tags"), other_language=_other_language(language))
        .select_related("department")
        .order_by("other_language", "-shared_tags", F("last_reviewed_on").desc(nulls_last=True), "-pk")[:limit]
    )


def related_articles_for_many(tag_ids: dict[int, Iterable[int]], *, limit: int,
                              language: str | None = None) -> dict[int, list[Article]]:
    """``related_articles`` for many threads at once (``{key: its tag ids}`` → ``{key: articles}``),
    ranked the same way, in two queries whatever the number of threads: for bulk rendering. The
    articles do not carry ``shared_tags``."""
    wanted = {tag for tags in tag_ids.values() for tag in tags}
    tagged: dict[int, set[int]] = {}
    links = Article.tags.through.objects.filter(tag_id__in=wanted, article__in=Article.objects.published())
    for article_id, tag_id in links.values_list("article_id", "tag_id"):
        tagged.setdefault(article_id, set()).add(tag_id)
    articles = Article.objects.published().select_related("department").in_bulk(list(tagged))

    def rank(item: tuple[Article, int]) -> tuple:
        article, shared = item
        reviewed = article.last_reviewed_on
        other_language = bool(language) and article.language != language
        return (other_language, -shared, reviewed is None, -(reviewed.toordinal() if reviewed else 0), -article.pk)

    result = {}
    for key, tags in tag_ids.items():
        tags = set(tags)
        shared = [(article, len(tags & tagged[pk])) for pk, article in articles.items() if tags & tagged[pk]]
        result[key] = [article for article, _ in sorted(shared, key=rank)[:limit]] if limit > 0 else []
    return result


def articles_for_tag(tag, *, language: str | None = None) -> QuerySet[Article]:
    """The published articles filed under ``tag``, by title; those written in ``language`` (the
    reader's) first, when given."""
    return (Article.objects.published().filter(tags=tag).select_related("department")
            .annotate(other_language=_other_language(language)).order_by("other_language", "title"))


def departments_with_articles() -> list[Department]:
    """Departments that have published articles, each with ``published_articles``."""
    published = Article.objects.published().order_by("title")
    return list(
        Department.objects.filter(faq_articles__in=published)
        .distinct()
        .prefetch_related(Prefetch("faq_articles", queryset=published, to_attr="published_articles"))
    )


def article_for_page(slug: str) -> Article | None:
    return (
        Article.objects.published()
        .select_related("department", "reviewed_by__department")
        .prefetch_related("sections", "references", "tags")
        .filter(slug=slug)
        .first()
    )


def search_articles(terms: list[str], *, limit: int = 5) -> list[Article]:
    """Published articles whose title or summary contains every term (a few hundred articles:
    a bounded scan is enough)."""
    if not terms:
        return []
    qs = Article.objects.published().select_related("department")
    for term in terms:
        qs = qs.filter(Q(title__icontains=term) | Q(summary__icontains=term))
    return list(qs.order_by("title")[:limit])


def reading_offered(tag_ids: Iterable[int], *, limit: int, language: str | None = None) -> list[tuple[int, str]]:
    """The articles a doctor may attach to an answer (settings.QA_FURTHER_READING, qa.reading):
    those sharing the question's tags, those in the question's ``language`` first, as (id, title)
    pairs."""
    return [(article.pk, article.title) for article in related_articles(tag_ids, limit=limit, language=language)]


def published_by_id(ids: Iterable[int]) -> dict[int, Article]:
    """Published articles by id (an attached article no longer published is left out)."""
    return Article.objects.published().in_bulk(list(ids))
