"""Runs a module of a case folder and, when it dies of an exception, writes what CPython's own
traceback module knows of it (types, messages, frames, the chain, exception groups' members) as JSON to OUT, then lets the
interpreter print the traceback to stderr as it always does. Works on CPython 3.6 and later.

Usage: python traceback_oracle.py CASE_DIR MODULE OUT
"""
import json
import runpy
import sys
import traceback


def type_name(exc_type):
    # As the interpreter's own hook prints it: before 3.11 it leaves out only `builtins.`.
    name = exc_type.__qualname__
    module = exc_type.__module__
    plain = ("builtins",) if sys.version_info < (3, 11) else ("__main__", "builtins")
    return name if module in plain else module + "." + name


def describe(exc):
    frames = [{"file": f.filename, "line": f.lineno, "function": f.name} for f in traceback.extract_tb(exc.__traceback__)]
    if isinstance(exc, SyntaxError) and exc.filename is not None:
        frames.append({"file": exc.filename, "line": exc.lineno})
        message = exc.msg or ""
    else:
        message = str(exc)
    described = {"exception": type_name(type(exc)), "message": message, "frames": frames}
    # An exception group (3.11+) prints its sub-exceptions in a box below its own traceback.
    if sys.version_info >= (3, 11) and isinstance(exc, BaseExceptionGroup):  # noqa: F821
        described["group"] = [describe(sub) for sub in exc.exceptions]
    if exc.__cause__ is not None:
        described["previous"] = {"relation": "cause", "traceback": describe(exc.__cause__)}
    elif exc.__context__ is not None and not exc.__suppress_context__:
        described["previous"] = {"relation": "context", "traceback": describe(exc.__context__)}
    return described


def main():
    case_dir, module, out = sys.argv[1:4]
    sys.path.insert(0, case_dir)
    default_hook = sys.excepthook

    def hook(exc_type, exc, tb):
        with open(out, "w") as handle:
            json.dump(describe(exc), handle)
        default_hook(exc_type, exc, tb)

    sys.excepthook = hook
    sys.argv = [module]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


main()
