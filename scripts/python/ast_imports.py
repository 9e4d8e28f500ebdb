"""The oracle for the scanner: what this interpreter's own `ast` says each file imports.

Reads file paths, one per line, on stdin. Writes one JSON object per file on stdout:
  {"path": P, "ok": true, "imports": [[kind, module, level, names, line], ...]}
  {"path": P, "ok": false, "error": "SyntaxError: ...", "message": M, "line": N}
kind is "import" (one row per alias, names empty) or "from" (names in order); a sixth item,
true, marks an explicit lazy import (3.15's `is_lazy`). Works on 3.6+.

A file is refused when `ast.parse` refuses it, and also when it holds a lazy import that the
compiler refuses where it stands (in a function, a class or a `try`, or `lazy from m import *`):
`ast.parse` accepts those, but the module cannot be imported, and the scanner says so. Other
errors only the compiler finds (`return` outside a function...) are not looked for.
"""
import ast
import json
import sys
import warnings


def imports_of(tree):
    rows = []
    for node in ast.walk(tree):
        lazy = [True] if getattr(node, "is_lazy", 0) else []
        if isinstance(node, ast.Import):
            for alias in node.names:
                rows.append(["import", alias.name, 0, [], node.lineno] + lazy)
        elif isinstance(node, ast.ImportFrom):
            rows.append(["from", node.module or "", node.level or 0, [alias.name for alias in node.names], node.lineno] + lazy)
    rows.sort(key=lambda row: (row[4], row[0], row[1], row[2], row[3]))
    return rows


def misplaced_lazy_import(tree, path):
    """The compiler's SyntaxError for a lazy import where none may stand, if there is one."""
    try:
        compile(tree, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        if str(error.msg).startswith("lazy "):
            return error
    except (ValueError, RecursionError, MemoryError, OverflowError):
        pass
    return None


def main():
    sys.setrecursionlimit(10000)
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as handle:
                source = handle.read()
            tree = ast.parse(source, path)
            rows = imports_of(tree)
            if any(len(row) > 5 for row in rows):
                misplaced = misplaced_lazy_import(tree, path)
                if misplaced is not None:
                    raise misplaced
            result = {"path": path, "ok": True, "imports": rows}
        except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError, OverflowError) as error:
            result = {"path": path, "ok": False, "error": "%s: %s" % (type(error).__name__, error)}
            if isinstance(error, SyntaxError):
                result["message"] = error.msg
                result["line"] = error.lineno
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


main()
