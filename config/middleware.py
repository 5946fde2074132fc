from django.utils.cache import patch_cache_control, patch_vary_headers


def private_for_signed_in(get_response):
    """Pages for signed-in users are never stored by a shared cache (proxy, CDN)."""

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
        return response

    return middleware
