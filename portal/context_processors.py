from django.conf import settings
from django.utils.functional import SimpleLazyObject

from doctors.models import verified_doctor_of


def site(request):
    """Values the site's frame (base.html) needs: the site's name, and whether the visitor is a
    verified doctor (the header then links to the queue)."""
    user = getattr(request, "user", None)
    return {
        "SITE_NAME": settings.SITE_NAME,
        "viewer_is_doctor": SimpleLazyObject(lambda: verified_doctor_of(user) is not None),
    }
