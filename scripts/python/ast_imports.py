"""The oracle for the scanner: what this interpreter's own `ast` says each file imports.

Reads file paths, one per line, on stdin. Writes one JSON object per file on stdout:
  {"path": P, "ok": true, "imports": [[kind, module, level, names, line], ...]}
  {"path": P, "ok": false, "error": "SyntaxError: ..."}
kind is "import" (one row per alias, names empty) or "from" (names in order). Works on 3.6+.
"""
import ast
import json
import sys
import warnings


def imports_of(tree):
    rows = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                rows.append(["import", alias.name, 0, [], node.lineno])
        elif isinstance(node, ast.ImportFrom):
            rows.append(["from", node.module or "", node.level or 0, [alias.name for alias in node.names], node.lineno])
    rows.sort(key=lambda row: (row[4], row[0], row[1], row[2], row[3]))
    return rows


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
            result = {"path": path, "ok": True, "imports": imports_of(tree)}
        except (SyntaxError, ValueError, UnicodeError, RecursionError, MemoryError, OverflowError) as error:
            result = {"path": path, "ok": False, "error": "%s: %s" % (type(error).__name__, error)}
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()


main()
