from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """Liveness check for load balancers (and the benchmark's trivial-view baseline): no database."""
    return HttpResponse("ok", content_type="text/plain")
