"""Django's Redis cache backend, reusing its ``redis.Redis`` client.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` for every cache call, and building one
(mostly its table of response callbacks) costs more than a round trip to a local Redis: a thread
page served from the page cache paid it once per call. A client takes a connection from its pool
for each command and gives it back, so one client per pool serves every thread of a process
(redis-py documents clients as safe to share between threads; pools reset themselves after a fork).

Keys of callers that cannot cope with an outage themselves (django-allauth's rate limits and its
record of used TOTP codes: ``LOCAL_FALLBACK_PREFIXES``) are kept in this process's memory while
Redis cannot be reached, so that sign-in and sign-up pages still answer and their limits still
hold, per worker process. Every other key raises as before: the site's own callers (qa/cache.py,
accounts/throttle.py) handle the outage and report it.
"""

import logging
import time

from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.locmem import LocMemCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class ReusingRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)  # kept by Django for the life of the process
        client = self._clients.get(pool)
        if client is None:
            client = self._clients.setdefault(pool, self._client(connection_pool=pool))
        return client


class RedisCache(django_redis.RedisCache):
    LOCAL_FALLBACK_PREFIXES = ("allauth",)

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._local = LocMemCache("redis-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})
        self._last_logged = 0.0

    def _run(self, name: str, key, *args, **kwargs):
        operation = getattr(super(), name)
        if not str(key).startswith(self.LOCAL_FALLBACK_PREFIXES):
            return operation(key, *args, **kwargs)
        try:
            return operation(key, *args, **kwargs)
        except (RedisError, OSError) as error:
            if time.monotonic() - self._last_logged >= 60:
                self._last_logged = time.monotonic()
                logger.error("The cache is unreachable; keeping sign-in limits in process memory: %s", error)
            return getattr(self._local, name)(key, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._run("get", key, default, version)

    def set(self, key, value, timeout=django_redis.DEFAULT_TIMEOUT, version=None):
        return self._run("set", key, value, timeout, version)

    def add(self, key, value, timeout=django_redis.DEFAULT_TIMEOUT, version=None):
        return self._run("add", key, value, timeout, version)

    def delete(self, key, version=None):
        return self._run("delete", key, version)
