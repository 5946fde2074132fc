"""The archive generation: a number in the cache that every change to public content bumps.

Cached fragments (the thread page's sidebars) include it in their key, so a publication, an
edit, a re-tag, an unpublication, an FAQ change or a doctor's suspension makes every cached
sidebar stale at once, without tracking which sidebar shows what. Whole cached pages store the
generation they were rendered in and are served only while it is current.
"""

from django.core.cache import cache

KEY = "qa:archive-generation"


def archive_generation() -> int:
    generation = cache.get(KEY)
    if generation is None:
        cache.add(KEY, 1, timeout=None)
        generation = cache.get(KEY, 1)
    return generation


def cached_with_generation(key: str):
    """``(generation, value)``: the current archive generation and the value cached under ``key``
    (None if missing), in one round trip to the cache. For entries that store the generation they
    were made in, and so need no generation in their key (the page cache)."""
    found = cache.get_many([KEY, key])
    generation = found.get(KEY)
    return (generation if generation is not None else archive_generation()), found.get(key)


def bump_archive_generation(*args, **kwargs) -> None:
    """Signal receiver and plain function alike: invalidate every cached fragment."""
    try:
        cache.incr(KEY)
    except ValueError:  # not in the cache yet (or evicted): any new value is a new generation
        cache.set(KEY, 2, timeout=None)
