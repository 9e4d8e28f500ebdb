"""Prints this interpreter's standard-library module names as JSON (Python 3.6+).

  {"version": "3.12", "official": [...] or null, "derived": [...], "builtins": [...], "frozen": [...],
   "aliases": {...}, "startup": [...]}

"official" is sys.stdlib_module_names (3.10+). "derived" lists the same thing from the
installation itself, the way CPython's own generator does, for versions that lack it.
"""
import json
import os
import sys
import sysconfig

# Test and example modules, which CPython's generator leaves out too.
IGNORE = {
    "__init__", "__pycache__", "site-packages", "test", "__hello__", "__phello__", "__hello_alias__",
    "__phello_alias__", "__hello_only__", "_ctypes_test", "_testbuffer", "_testcapi", "_testclinic",
    "_testconsole", "_testimportmultiple", "_testinternalcapi", "_testmultiphase", "_testsinglephase",
    "_xxsubinterpreters", "_xxinterpchannels", "_xxtestfuzz", "xxlimited", "xxlimited_35", "xxsubtype",
    "_testexternalinspection", "_testlimitedcapi", "xxmodule", "_xxlimited", "_testclinic_limited",
}
# What a Linux installation of 3.6-3.9 cannot show: modules of Windows and macOS builds, and
# optional extensions a build may lack (compare "official" and "derived" on 3.10+ to check).
NOT_ON_DISK = {"nt", "winreg", "msvcrt", "_winapi", "winsound", "_overlapped", "_msi", "msilib", "_scproxy", "_dbm", "_gdbm"}


def derived_names():
    names = set(sys.builtin_module_names)
    stdlib = sysconfig.get_paths()["stdlib"]
    suffixes = sorted((s for s in __import__("importlib.machinery").machinery.EXTENSION_SUFFIXES), key=len, reverse=True)
    for folder in (stdlib, os.path.join(stdlib, "lib-dynload")):
        for entry in os.listdir(folder):
            path = os.path.join(folder, entry)
            if entry.endswith(".py"):
                names.add(entry[:-3])
            elif os.path.isdir(path) and os.path.exists(os.path.join(path, "__init__.py")):
                names.add(entry)
            else:
                for suffix in suffixes:
                    if entry.endswith(suffix):
                        names.add(entry[: -len(suffix)])
                        break
    names |= NOT_ON_DISK
    names |= {name for name in sys.modules if name.startswith("_frozen_importlib")}
    return sorted(name for name in names if name not in IGNORE and "." not in name and "-" not in name)


def frozen_names(stdlib):
    """Modules the interpreter carries frozen (3.11+ freezes os, site, codecs and more)."""
    import _imp
    listed = getattr(_imp, "_frozen_module_names", None)
    candidates = set(listed()) if listed else set()
    candidates |= set(stdlib) | set(sys.modules) | {"__hello__", "__phello__", "__phello__.spam", "__hello_alias__", "__hello_only__"}
    return sorted(name for name in candidates if _imp.is_frozen(name))


def module_aliases(stdlib):
    """sys.modules entries that hold another module (`os.path` is posixpath), as the
    standard library's packages set them up when imported: name -> the module's spec name."""
    import contextlib
    import io
    folder = sysconfig.get_paths()["stdlib"]
    for name in sorted(stdlib):
        if os.path.isdir(os.path.join(folder, name)) and name not in ("idlelib", "turtledemo", "test"):
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                try:
                    __import__(name)
                except BaseException:
                    pass
    aliases = {}
    for key, module in list(sys.modules.items()):
        spec = getattr(module, "__spec__", None)
        real = getattr(spec, "name", key)
        if real != key and key.split(".")[0] in stdlib:
            aliases[key] = real
    return dict(sorted(aliases.items()))


# Runs `site` as at startup, but without this installation's .pth files and sitecustomize,
# which may import any package: a fresh interpreter started with -S runs it.
STARTUP_CODE = """
import sys
import site
site.addpackage = lambda *args, **kwargs: None
site.execsitecustomize = lambda: None
site.execusercustomize = lambda: None
site.main()
print(' '.join(sys.modules))
"""


def startup_names(stdlib):
    """Modules in sys.modules when user code starts, whether it is a script or -c: `__main__`,
    and what the interpreter and `site` imported first, which `import` finds there whatever the
    image's files say. Only standard-library names (and `__main__`) are kept."""
    import subprocess
    import tempfile
    def listed(*args):
        return set(subprocess.check_output([sys.executable, "-I", "-S"] + list(args), universal_newlines=True).split())
    with tempfile.NamedTemporaryFile("w", suffix=".py") as script:
        script.write(STARTUP_CODE)
        script.flush()
        common = listed("-c", STARTUP_CODE) & listed(script.name)
    return sorted(name for name in common if name == "__main__" or name.split(".")[0] in stdlib)


official = getattr(sys, "stdlib_module_names", None)
print(json.dumps({
    "version": "%d.%d" % sys.version_info[:2],
    "official": sorted(official) if official is not None else None,
    "derived": derived_names(),
    "builtins": sorted(sys.builtin_module_names),
    "frozen": frozen_names(official if official is not None else derived_names()),
    "aliases": module_aliases(set(official if official is not None else derived_names())),
    "startup": startup_names(set(official if official is not None else derived_names())),
}))
