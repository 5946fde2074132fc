"""Django's Redis cache backend, reusing its ``redis.Redis`` client.

Django's ``RedisCacheClient`` builds a new ``redis.Redis`` for every cache call, and building one
(mostly its table of response callbacks) costs more than a round trip to a local Redis: a thread
page served from the page cache paid it once per call. A client takes a connection from its pool
for each command and gives it back, so one client per pool serves every thread of a process
(redis-py documents clients as safe to share between threads; pools reset themselves after a fork).
"""

from django.core.cache.backends import redis as django_redis


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
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
