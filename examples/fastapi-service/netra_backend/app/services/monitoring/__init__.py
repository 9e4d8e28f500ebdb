from netra_backend.app.services.monitoring.context import request_context

__all__ = ["request_context"]
