"""A module-level constant assigned twice silently takes its last value everywhere in the module: two frames of
frames.py once shared one name for two reaches (3 and 10 characters), and every use read 10."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import alaqat

PACKAGE = Path(alaqat.__file__).resolve().parent


def _constants_assigned(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                names[target.id] += 1
    return names


def test_no_module_constant_is_assigned_twice():
    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        counts = _constants_assigned(ast.parse(path.read_text(encoding="utf-8")))
        repeated = sorted(name for name, n in counts.items() if n > 1)
        if repeated:
            twice[str(path.relative_to(PACKAGE))] = repeated
    assert twice == {}
