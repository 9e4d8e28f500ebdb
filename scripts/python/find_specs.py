"""The oracle for the resolver: what this interpreter's import system finds for each name.

Reads module names, one per line, on stdin; writes one JSON object per name:
  {"name": N, "found": true, "kind": K, "origin": O, "locations": [...]}
  {"name": N, "found": false, "error": "ModuleNotFoundError", "message": M}
  {"name": N, "error": "ImportError", "message": M}   (a parent package failed while importing)
Run it with `-c` so that sys.path[0] is what the resolver is told it is.
"""
import importlib.machinery as machinery
import importlib.util
import io
import json
import sys

# Importing a parent package may print (`this` prints the Zen): keep the answers apart.
answers = sys.stdout


def kind_of(spec):
    loader = spec.loader
    if loader is machinery.FrozenImporter or spec.origin == "frozen":
        return "frozen"
    if spec.submodule_search_locations is not None:
        if loader is None or type(loader).__name__ in ("NamespaceLoader", "_NamespaceLoader"):
            return "namespace"
        return "package"
    if loader is machinery.BuiltinImporter or spec.origin == "built-in":
        return "builtin"
    if loader is machinery.FrozenImporter or spec.origin == "frozen":
        return "frozen"
    if isinstance(loader, machinery.ExtensionFileLoader):
        return "extension"
    if isinstance(loader, machinery.SourcelessFileLoader):
        return "bytecode"
    return "source"


STANDARD_LOADERS = (machinery.SourceFileLoader, machinery.SourcelessFileLoader, machinery.ExtensionFileLoader,
                    machinery.BuiltinImporter, machinery.FrozenImporter)


def describe_module(module):
    """What was actually loaded, for a name a parent package's import already put in sys.modules
    (import hooks such as setuptools' vendoring give such modules specs of their own shape)."""
    path = getattr(module, "__path__", None)
    origin = getattr(module, "__file__", None)
    spec_origin = getattr(getattr(module, "__spec__", None), "origin", None)
    if spec_origin == "frozen":
        return "frozen", None, None
    if spec_origin == "built-in":
        return "builtin", None, None
    if origin is None:
        if path is not None:
            return "namespace", None, list(path)
        spec = getattr(module, "__spec__", None)
        return ("frozen" if getattr(spec, "origin", None) == "frozen" else "builtin"), None, None
    if path is not None and origin.rsplit("/", 1)[-1].startswith("__init__."):
        return "package", origin, list(path)
    if origin.endswith(".so"):
        return "extension", origin, None
    if origin.endswith(".pyc"):
        return "bytecode", origin, None
    return "source", origin, None


for line in sys.stdin:
    name = line.strip()
    if not name:
        continue
    sys.stdout = io.StringIO()
    try:
        spec = importlib.util.find_spec(name)
        if spec is None:
            result = {"name": name, "found": False, "error": "None", "message": ""}
        elif name in sys.modules or not isinstance(spec.loader, STANDARD_LOADERS + (type(None),)) and spec.loader not in STANDARD_LOADERS:
            # Already loaded (by a parent package's import), or found by an import hook with a
            # loader of its own: what gets loaded is the module itself.
            module = sys.modules.get(name) or importlib.import_module(name)
            kind, origin, locations = describe_module(module)
            result = {"name": name, "found": True, "kind": kind, "origin": origin, "locations": locations, "loaded": True}
        else:
            kind = kind_of(spec)
            result = {"name": name, "found": True, "kind": kind,
                      "origin": spec.origin if kind not in ("builtin", "frozen", "namespace") else None,
                      "locations": list(spec.submodule_search_locations) if kind in ("package", "namespace") else None}
    except ModuleNotFoundError as error:
        parts = name.split(".")
        if error.name in [".".join(parts[:i]) for i in range(1, len(parts) + 1)]:
            result = {"name": name, "found": False, "error": "ModuleNotFoundError", "message": str(error)}
        else:  # raised by a parent package's own imports, about another module
            result = {"name": name, "error": "ModuleNotFoundError", "message": str(error)}
    except BaseException as error:  # a parent package's __init__ failed: not a question of files
        result = {"name": name, "error": type(error).__name__, "message": str(error)[:200]}
    sys.stdout = answers
    answers.write(json.dumps(result) + "\n")
