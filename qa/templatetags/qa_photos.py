"""Photos on private pages only (the asker's question, the doctors' workspace): never load this
library in a public template (tests/qa/test_photos.py checks the public thread, feeds and API)."""

from django import template

from qa import images, services
from qa.forms import PhotosForm

register = template.Library()


@register.simple_tag
def photos_of(question) -> list:
    """The question's photos (prefetched by the workspace's selectors; one query elsewhere)."""
    return list(question.photos.all())


@register.simple_tag
def add_info_photos_form(question, user, photos=None) -> PhotosForm:
    """An empty photo form for "add information", with the slots the asker has left (``photos``:
    the question's, if the page has read them already)."""
    return PhotosForm(slots=services.photos_left(asker=user, question=question, photos=photos))


@register.simple_tag
def photo_formats() -> str:
    return images.formats_in_words()
