"""Attaches the caller's Google Cloud identity to every request's context."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from starlette.middleware.base import BaseHTTPMiddleware

if TYPE_CHECKING:
    from starlette.requests import Request
    from starlette.responses import Response

logger = logging.getLogger(__name__)

# The request context is recorded for tracing; the monitoring service owns the exporters.
# Without it, requests still flow, but nothing is traced.
TRACE_HEADER = "X-Cloud-Trace-Context"
USER_HEADER = "X-Goog-Authenticated-User-Email"

# Imported at module level: a missing package fails the worker at boot,
# before the first request.
from netra_backend.app.services.monitoring import request_context  # noqa: E402


class GCPAuthContextMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next) -> Response:
        with request_context(trace=request.headers.get(TRACE_HEADER), user=request.headers.get(USER_HEADER)):
            return await call_next(request)
