import logging

from django.core.cache import cache
from django.db import connection, connections
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control, never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """Liveness check for load balancers (and the benchmark's trivial-view baseline): no database."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def readyz(request):
    """Readiness: can this process serve pages? 200 while the database answers (an unreachable
    cache only slows pages down: they are then rendered without it), 503 when it does not. With a
    replica (DATABASE_REPLICA_URL), whether it answers too."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        logger.error("readyz: the database is unreachable: %s", error)
        checks["database"] = "unreachable"
    try:
        cache.set("readyz", 1, timeout=10)
        checks["cache"] = "ok" if cache.get("readyz") == 1 else "unreachable"
    except Exception as error:  # noqa: BLE001 - any failure means "unreachable"
        logger.warning("readyz: the cache is unreachable: %s", error)
        checks["cache"] = "unreachable"
    if "replica" in connections:
        # Reported, not a reason to stop: every node reads the same replica, so a 503 here would take
        # the whole site down. Anonymous pages the page cache misses fail meanwhile: unset
        # DATABASE_REPLICA_URL (docs/SCALING.md).
        try:
            with connections["replica"].cursor() as cursor:
                cursor.execute("SELECT 1")
            checks["replica"] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means "unreachable"
            logger.error("readyz: the database replica is unreachable: %s", error)
            checks["replica"] = "unreachable"
    return JsonResponse(checks, status=200 if checks["database"] == "ok" else 503)


@cache_control(max_age=86400, public=True)
def favicon(request):
    """``/favicon.ico``, which browsers ask for on their own: the static icon (``base.html`` links
    it too). A temporary redirect, since the static file's name changes with its content."""
    return HttpResponseRedirect(static("favicon.ico"))
