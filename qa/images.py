"""Patients' photos, made safe before anything is stored: pure functions over bytes, no database.

A photo of skin is a medical record, and a phone photo carries more than pixels: the GPS position
where it was taken (often the patient's home), the camera's serial number, the time, XMP and IPTC
blocks, comments. So an upload is never stored as sent. It is decoded completely by Pillow (the
type is what decodes, never the file's name or declared content type), checked against the limits,
turned upright by its EXIF orientation, and encoded again as a new JPEG that holds only pixels (and
an sRGB colour profile, the one piece of metadata that changes how it looks). What is refused, and
why, is said to the patient in one sentence (``PhotoRejected``), shown next to the file field.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.utils.translation import gettext
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

try:  # HEIC/HEIF (iPhones' default) when pillow-heif is installed; see README, "Photos".
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF = True
except ImportError:  # pragma: no cover - depends on the installation
    HEIF = False

MAX_BYTES = 10 * 1024 * 1024  # a file
MAX_PIXELS = 40_000_000  # width × height, checked from the header before decoding
MAX_SIDE = 2560  # the stored photo's longest side
THUMB_SIDE = 320  # the thumbnail's longest side
QUALITY = 88

# Decoders Pillow may use: a crafted file of another format (TIFF, EPS, PSD, ICO…) is not even parsed.
FORMATS = ("JPEG", "PNG", "WEBP", *(("HEIF",) if HEIF else ()))
# Pillow's own bomb guard, for any code path that opens an image without our header check:
# it warns above this and raises above twice this.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False  # a truncated file is refused, never padded with grey

# Markup inside an image file is a polyglot meant to be read as a page somewhere: refused, even if
# the pixels decode (the re-encoding would drop it anyway; refusing says what happened).
_MARKUP = (b"<html", b"<script", b"<svg", b"<?xml", b"<!doctype", b"<body", b"<iframe", b"javascript:")


class PhotoRejected(ValueError):
    """The upload is not a photo we accept; the message is for the patient."""


def too_large_message() -> str:
    return gettext("The file is larger than %(megabytes)s MB. Send a smaller photo (most phones can share a "
                   "smaller copy).") % {"megabytes": MAX_BYTES // (1024 * 1024)}


def formats_in_words() -> str:
    """The formats we accept, in words, for the refusals."""
    return gettext("JPEG, PNG, WebP or HEIC") if HEIF else gettext("JPEG, PNG or WebP")


@dataclass(frozen=True)
class ProcessedPhoto:
    """A photo ready to store: JPEG bytes without metadata, its size, and its thumbnail."""

    data: bytes
    thumbnail: bytes
    width: int
    height: int


def _srgb_profile(image: Image.Image) -> bytes | None:
    """The image's ICC profile if it is an sRGB one (kept: it is how the colours look), else None.
    Other profiles are dropped with the rest of the metadata; a profile's text could carry anything."""
    icc = image.info.get("icc_profile")
    if not icc:
        return None
    try:
        from PIL import ImageCms

        description = ImageCms.getProfileDescription(ImageCms.ImageCmsProfile(io.BytesIO(icc)))
    except Exception:  # noqa: BLE001 - an unreadable profile is simply not kept
        return None
    return icc if "srgb" in description.lower() else None


def _encode(image: Image.Image, *, icc: bytes | None) -> bytes:
    buffer = io.BytesIO()
    # Only what is passed here is written: Pillow does not copy EXIF, XMP or comments from
    # image.info into a JPEG unless asked, and ``image`` is a fresh copy with an empty info anyway.
    image.save(buffer, "JPEG", quality=QUALITY, optimize=True, **({"icc_profile": icc} if icc else {}))
    return buffer.getvalue()


def _clean_copy(image: Image.Image) -> Image.Image:
    """The pixels only, as RGB: transparency is laid on white (a photo has none worth keeping)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    if image.mode != "RGB":
        return image.convert("RGB")
    return Image.frombytes("RGB", image.size, image.tobytes())  # a copy with no info at all


def process(data: bytes) -> ProcessedPhoto:
    """Decode, check and re-encode an upload; raises PhotoRejected with the reason for the patient."""
    if not data:
        raise PhotoRejected(gettext("The file is empty. Choose the photo again."))
    if len(data) > MAX_BYTES:
        raise PhotoRejected(too_large_message())
    lowered = data.lower()
    if any(marker in lowered for marker in _MARKUP):
        raise PhotoRejected(gettext("This file is not a plain photo. Send a JPEG, PNG or WebP photo."))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            # Before decoding: the header says how big the decoded image would be.
            width, height = image.size
            if width * height > MAX_PIXELS or width < 1 or height < 1:
                raise PhotoRejected(gettext("The photo is too large (%(width)s×%(height)s pixels); at most "
                                            "%(megapixels)s megapixels are accepted.")
                                    % {"width": width, "height": height, "megapixels": MAX_PIXELS // 1_000_000})
            # A phone's MPO (a JPEG with a second, smaller picture: depth map, preview) is a still
            # photo: its first frame is the photo. Any other image of several frames is an animation.
            if image.format != "MPO" and (getattr(image, "is_animated", False) or getattr(image, "n_frames", 1) > 1):
                raise PhotoRejected(gettext("Animated images are not accepted. Send a still photo."))
            image.seek(0)
            image.load()  # decode every pixel: a truncated or corrupt file fails here
            icc = _srgb_profile(image)
            upright = ImageOps.exif_transpose(image)
        except PhotoRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoRejected(gettext("The photo is too large; at most %(megapixels)s megapixels are accepted.")
                                % {"megapixels": MAX_PIXELS // 1_000_000}) from None
        except UnidentifiedImageError:
            raise PhotoRejected(gettext("This file is not a photo we can read. Send a %(formats)s photo.")
                                % {"formats": formats_in_words()}) from None
        except (OSError, SyntaxError, ValueError, EOFError, MemoryError):
            raise PhotoRejected(gettext("The photo could not be read: the file looks damaged or incomplete. "
                                        "Choose the photo again.")) from None
    clean = _clean_copy(upright)
    clean.info = {}  # Pillow writes a comment or XMP found in info: nothing of the upload's is left
    clean.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    thumb = clean.copy()
    thumb.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
    return ProcessedPhoto(data=_encode(clean, icc=icc), thumbnail=_encode(thumb, icc=icc),
                          width=clean.width, height=clean.height)
