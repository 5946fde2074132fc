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


def test_while_redis_is_unreachable_allauth_keys_live_in_process_memory_and_others_raise():
    """django-allauth's limits and its record of used TOTP codes cannot handle an outage themselves:
    their keys fall back to this process's memory. The site's own callers handle it (and report it),
    so every other key still raises."""
    down = RedisCache("redis://127.0.0.1:9/0", {})
    assert down.add("allauth:rl:login_failed:x", [1.0], timeout=60) is True
    assert down.add("allauth:rl:login_failed:x", [2.0], timeout=60) is False
    assert down.get("allauth:rl:login_failed:x") == [1.0]
    down.set("allauth.mfa.totp.used?user=1&code=123456", "y", timeout=30)
    assert down.get("allauth.mfa.totp.used?user=1&code=123456") == "y"
    down.delete("allauth:rl:login_failed:x")
    assert down.get("allauth:rl:login_failed:x", "gone") == "gone"
    with pytest.raises(redis.exceptions.ConnectionError):
        down.get("qa:stamp:archive")
