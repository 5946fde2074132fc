"""Where patients' photos are kept: the "photos" storage of ``settings.STORAGES``.

By default a private folder (``PHOTOS_DIR``) that no URL of the site maps to: not static, not media.
An S3-compatible bucket through django-storages when the settings say so (README, "Photos"). Files
are read back only through the permission-checked view (qa.photo_views), never by a storage URL.
"""

from __future__ import annotations

from django.core.files.storage import Storage, storages
from django.utils.deconstruct import deconstructible


@deconstructible
class PhotoStorage(Storage):
    """Hands every call to ``storages["photos"]``, looked up each time: a model field keeps the
    storage object it was given at import, and this way a changed setting (a test's temporary
    folder) still applies."""

    @property
    def target(self) -> Storage:
        return storages["photos"]

    def open(self, name, mode="rb"):
        return self.target.open(name, mode)

    def save(self, name, content, max_length=None):
        return self.target.save(name, content, max_length=max_length)

    def delete(self, name):
        return self.target.delete(name)

    def exists(self, name):
        return self.target.exists(name)

    def size(self, name):
        return self.target.size(name)

    def listdir(self, path):
        return self.target.listdir(path)

    def path(self, name):
        return self.target.path(name)

    def url(self, name):
        raise NotImplementedError("Photos have no public URL: serve them through qa.photo_views.")

    def get_modified_time(self, name):
        return self.target.get_modified_time(name)

    def get_valid_name(self, name):
        return self.target.get_valid_name(name)

    def get_available_name(self, name, max_length=None):
        return self.target.get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return self.target.generate_filename(filename)
