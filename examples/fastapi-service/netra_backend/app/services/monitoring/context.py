import contextlib
import contextvars

_current = contextvars.ContextVar("request_context", default=None)


@contextlib.contextmanager
def request_context(trace=None, user=None):
    token = _current.set({"trace": trace, "user": user})
    try:
        yield
    finally:
        _current.reset(token)
