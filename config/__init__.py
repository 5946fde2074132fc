"""The project's configuration: settings (from environment variables), the root URLconf, WSGI and
ASGI entry points, the Redis cache backend and the health check. Not an installed app: the apps
are layered below it (docs/ARCHITECTURE.md)."""
