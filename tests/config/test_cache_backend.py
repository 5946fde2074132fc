"""The Redis cache backend (config.cache) reuses one client per pool and works like Django's."""

import os
import threading

import pytest
import redis

from config.cache import RedisCache

URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture
def backend():
    try:
        redis.Redis.from_url(URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip(f"no Redis at {URL}")
    cache = RedisCache(URL, {"KEY_PREFIX": "test-backend"})
    cache.clear()
    yield cache
    cache.clear()


def test_one_client_serves_every_call(backend):
    client = backend._cache.get_client(write=True)
    assert backend._cache.get_client() is client
    assert backend._cache.get_client(write=True) is client


def test_reads_writes_and_counters_work_from_many_threads(backend):
    backend.set("greeting", {"text": "hello"})
    assert backend.get("greeting") == {"text": "hello"}
    backend.set("hits", 0)

    def hit():
        for _ in range(50):
            backend.incr("hits")

    threads = [threading.Thread(target=hit) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert backend.get("hits") == 200
    assert backend.get_many(["greeting", "hits", "missing"]) == {"greeting": {"text": "hello"}, "hits": 200}
