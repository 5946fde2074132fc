"""Drawn illustrations for the demo's pending questions, so the doctors' side (thumbnails on the
queue, the photos in the answer workspace) can be tried. They are shapes drawn with Pillow and
labelled as such, never photographs of skin: the demo holds no real patient's image.
"""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageDraw

DEMO_PHOTOS_PER_QUESTION = 2
DEMO_PHOTO_QUESTIONS = 3  # the first pending questions of the demo get illustrations


def illustration(key: str, n: int) -> bytes:
    """A PNG: a skin-toned field with a few blotches and rings placed from ``key``, so a rerun
    draws the same picture, and a label saying what it is."""
    seed = hashlib.sha256(f"{key}/{n}".encode()).digest()
    image = Image.new("RGB", (800, 600), (236, 200 - seed[0] % 30, 170 - seed[1] % 30))
    draw = ImageDraw.Draw(image)
    for i in range(6):
        x, y = 80 + seed[2 + i] * 600 // 255, 80 + seed[8 + i] * 400 // 255
        r = 20 + seed[14 + i] % 50
        colour = (190 + seed[20 + i] % 50, 90 + seed[26 - i] % 40, 90)
        if i % 2:
            draw.ellipse((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
        else:
            draw.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=6)
    draw.rectangle((0, 540, 800, 600), fill=(40, 40, 40))
    draw.text((20, 560), f"DEMO ILLUSTRATION {n} - drawn shapes, not a photo of skin", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
