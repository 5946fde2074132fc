"""Serving patients' photos: the only way a photo leaves the storage for a browser.

Every request checks who asks (qa.selectors.photo_for_viewer); anyone else gets a 404, never a
hint that the photo exists. Responses are never cached, never sniffed as another type, shown
inline. With ``settings.PHOTOS_X_ACCEL_REDIRECT`` set, nginx sends the file from an ``internal``
location after this check (README, "Photos").
"""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.views import View

from qa import selectors


class PhotoView(View):
    """GET one photo (``size="full"``) or its thumbnail (``size="thumb"``)."""

    http_method_names = ["get", "head"]
    size = "full"

    def get(self, request, key):
        photo = selectors.photo_for_viewer(key, request.user)
        if photo is None:
            raise Http404("No such photo.")
        field = photo.thumbnail if self.size == "thumb" else photo.file
        if settings.PHOTOS_X_ACCEL_REDIRECT:
            response = HttpResponse(content_type="image/jpeg")
            response["X-Accel-Redirect"] = settings.PHOTOS_X_ACCEL_REDIRECT.rstrip("/") + "/" + field.name
        else:
            try:
                response = FileResponse(field.storage.open(field.name), content_type="image/jpeg")
            except FileNotFoundError:
                raise Http404("No such photo.") from None
        response["Cache-Control"] = "private, no-store"
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Disposition"] = f'inline; filename="photo-{photo.key[:8]}.jpg"'
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Referrer-Policy"] = "no-referrer"
        return response
