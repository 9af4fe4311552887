"""Which package may import which (DESIGN.md "Shape"), checked on the source: checkout, store,
core and ui know no terminal protocol and no terminal adapter; app.py wires them in. Stands in
for an import-linter contract until CI runs one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

TILL = Path(__file__).resolve().parent.parent / "till"
TERMINAL_KINDS = ("till.protocols.lti", "till.protocols.point", "till.adapters.wallee")
TERMINAL_KINDS += ("till.adapters.point", "till.adapters.terminal")


def imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def files(*packages: str) -> list[Path]:
    out: list[Path] = []
    for package in packages:
        target = TILL / package
        out.extend(sorted(target.rglob("*.py")) if target.is_dir() else [target])
    return out


def offending(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(TILL.parent)}: {name}"
        for path in paths
        for name in sorted(imports(path))
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    ]


@pytest.mark.parametrize("package", ["core", "checkout", "store", "ui", "ui_console.py"])
def test_no_terminal_protocol_or_adapter_outside_the_adapters(package):
    assert offending(files(package), TERMINAL_KINDS) == []


def test_core_imports_nothing_of_the_till_but_core():
    others = ("till.adapters", "till.protocols", "till.checkout", "till.store", "till.ui")
    assert offending(files("core"), others) == []


def test_the_wallee_adapter_imports_no_ui_and_no_store():
    assert offending(files("adapters/wallee"), ("till.ui", "till.store", "PySide6")) == []


def test_the_check_itself_sees_imports():
    """The checker finds an import that is there (else the tests above prove nothing)."""
    assert "till.protocols.lti" in imports(TILL / "adapters" / "wallee" / "payments.py")
    assert offending(files("adapters/wallee"), ("till.protocols.lti",))
