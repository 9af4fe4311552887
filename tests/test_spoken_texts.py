"""The till's own sentences are Messages, never English strings raised as they are.

An AST scan of `till/` (not the simulators, which play devices): an error the cashier or the
owner can meet (TillError and every subclass, found by name across the package) must not be
built from a str literal, an f-string or a concatenation; it takes a `Message` constant and
its parameters, which `till.ui.texts.describe` puts into the shop's language. And a
`raise X(CONST, **params)` must pass exactly the placeholders CONST's template names.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from till.core.errors import MESSAGES, Message, placeholders

ROOT = Path(__file__).resolve().parents[1]
TILL = ROOT / "till"

# Packages (or groups of top-level modules), so each owner sees their own part pass or fail.
PACKAGES: dict[str, tuple[str, ...]] = {
    "core": ("core",),
    "checkout": ("checkout",),
    "store": ("store",),
    "top": ("*.py",),  # every module beside the packages: settings, app, cli, about, ...
    "protocols": ("protocols",),
    "adapters": ("adapters",),
    "ui": ("ui",),
}

# Places that pass words which are not the till's own (a device's, the operating system's)
# through as they came: "path:function" -> why. Keep it short.
ALLOWED: dict[str, str] = {}


def _files(parts: tuple[str, ...]) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        if part.endswith(".py"):
            found.extend(sorted(TILL.glob(part)))
        else:
            found.extend(sorted((TILL / part).rglob("*.py")))
    return found


def _all_files() -> list[Path]:
    return [p for p in TILL.rglob("*.py") if "simulators" not in p.relative_to(TILL).parts]


def _trees() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8")) for path in _all_files()}


TREES = _trees()


def _base_name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _error_classes() -> frozenset[str]:
    """TillError and every class that derives from it (by name, anywhere in till/)."""
    bases: dict[str, set[str]] = {}
    for tree in TREES.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(_base_name(b) for b in node.bases)
    known = {"TillError"}
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                grown = True
    return frozenset(known)


ERROR_CLASSES = _error_classes()


def _own_keywords() -> dict[str, set[str]]:
    """Keywords an error class's own __init__ takes (not the message's placeholders), also
    through its bases: CatalogError(problem, line=...) names the line itself."""
    own: dict[str, set[str]] = {}
    bases: dict[str, set[str]] = {}
    for tree in TREES.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases.setdefault(node.name, set()).update(_base_name(b) for b in node.bases)
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    args = item.args
                    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
                    own.setdefault(node.name, set()).update(names[1:])

    def through(name: str, seen: frozenset[str] = frozenset()) -> set[str]:
        found = set(own.get(name, set()))
        for base in bases.get(name, set()) - seen:
            found |= through(base, seen | {name})
        return found

    return {name: through(name) for name in ERROR_CLASSES}


OWN_KEYWORDS = _own_keywords()


def _first_parameters() -> dict[str, str]:
    """The name of the first parameter of each error class's nearest __init__ (its own, or
    its bases'): TillError's is `message`; PointProtocolError(detail, message) puts the log's
    words first, CtuFieldError(field, problem) an element's name."""
    inits: dict[str, str] = {}
    bases: dict[str, list[str]] = {}
    for tree in TREES.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases.setdefault(node.name, []).extend(_base_name(b) for b in node.bases)
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                    args = item.args.posonlyargs + item.args.args
                    inits[node.name] = args[1].arg if len(args) > 1 else ""

    def first(name: str, seen: frozenset[str] = frozenset()) -> str:
        if name in inits:
            return inits[name]
        for base in bases.get(name, []):
            if base not in seen and (found := first(base, seen | {name})):
                return found
        return ""

    return {name: first(name) for name in ERROR_CLASSES}


FIRST_PARAMETER = _first_parameters()
NOT_SPOKEN = {"detail", "cause", "field", "problems"}  # first parameters that go to the log


SHARED_TEXTS: frozenset[str] = frozenset()  # filled below, once every module's are known


def _str_constants(tree: ast.Module) -> frozenset[str]:
    """Module-level names bound to text: `BUSY_MESSAGE = "The database is busy ..."`."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_text(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return frozenset(names)


def _is_text(node: ast.expr, texts: frozenset[str] = frozenset()) -> bool:
    """A str literal, an f-string, text glued together with + or %, `"...".format(...)`, a
    choice between texts, or a module-level name bound to text (`texts`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Name):
        return node.id in texts
    if isinstance(node, ast.Attribute):  # another module's text: secrets.NO_KEYRING_MESSAGE
        return node.attr in SHARED_TEXTS
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _is_text(node.left, texts) or _is_text(node.right, texts)
    if isinstance(node, ast.IfExp):
        return _is_text(node.body, texts) or _is_text(node.orelse, texts)
    if isinstance(node, ast.Call) and _base_name(node.func) == "format":
        if not isinstance(node.func, ast.Attribute):
            return False
        template = node.func.value
        # `module.SOME_TEXT.format(...)`: a Message has no format(), so this is a str
        upper = isinstance(template, ast.Attribute) and template.attr.isupper()
        return upper or _is_text(template, texts)
    return False


@dataclass(frozen=True)
class Site:
    path: Path
    line: int
    function: str
    call: ast.Call

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def key(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.function}"


def _calls(path: Path) -> Iterator[Site]:
    """Every construction of an error class in `path`, with the function it is in."""

    def visit(node: ast.AST, function: str) -> Iterator[Site]:
        for child in ast.iter_child_nodes(node):
            name = function
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                name = child.name
            if isinstance(child, ast.Call) and _base_name(child.func) in ERROR_CLASSES:
                yield Site(path, child.lineno, function, child)
            yield from visit(child, name)

    yield from visit(TREES[path], "<module>")


# Text constants of any module, by name (upper case: constants), for `module.NAME` uses.
SHARED_TEXTS = frozenset(
    name for tree in TREES.values() for name in _str_constants(tree) if name.isupper()
)


def _offenders(parts: tuple[str, ...]) -> list[str]:
    found = []
    for path in _files(parts):
        texts = _str_constants(TREES[path])
        for site in _calls(path):
            first = site.call.args[0] if site.call.args else None
            if FIRST_PARAMETER.get(_base_name(site.call.func)) in NOT_SPOKEN:
                first = None  # e.g. PointPairingError("REGISTER answered 21", PAIRING_REFUSED)
            if first is not None and _is_text(first, texts) and site.key not in ALLOWED:
                found.append(f"{site.where} {_base_name(site.call.func)}(...)")
    return found


def test_the_scan_knows_the_error_classes() -> None:
    # a scan that found no classes would pass everything
    for name in (
        "TillError",
        "SaleError",
        "AmountError",
        "StoreError",
        "PeriodClosed",
        "SettingsError",
        "NotSignedIn",
        "ControlUnitError",
        "PrinterError",
    ):
        assert name in ERROR_CLASSES
    assert "ValueError" not in ERROR_CLASSES
    assert FIRST_PARAMETER["TillError"] == "message" == FIRST_PARAMETER["SaleError"]


def test_the_scan_sees_text() -> None:
    def first(source: str) -> ast.expr:
        call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
        return call.args[0]

    assert _is_text(first('E("words")'))
    assert _is_text(first('E(f"words {x}")'))
    assert _is_text(first('E("a" + b)'))
    assert _is_text(first('E("a %s" % b)'))
    assert _is_text(first('E("a {}".format(b))'))
    assert _is_text(first('E("a" if b else "c")'))
    assert _is_text(first("E(BUSY)"), frozenset({"BUSY"}))
    assert _is_text(first("E(BUSY.format(x=1))"), frozenset({"BUSY"}))
    assert _is_text(first("E(secrets.NO_KEYRING_MESSAGE.format(detail=x))"))
    assert not _is_text(first("E(NO_RECEIPT)"))
    assert not _is_text(first("E(error.text)"))


def test_allowed_places_still_exist() -> None:
    keys = {site.key for path in TREES for site in _calls(path)}
    assert set(ALLOWED) <= keys, "an allowlisted place is gone: remove it from ALLOWED"


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_errors_are_messages_not_english_sentences(package: str) -> None:
    offenders = _offenders(PACKAGES[package])
    assert not offenders, "raise a Message constant instead of a sentence:\n" + "\n".join(offenders)


# Phrases put into another message as a parameter (not sentences of their own).
PHRASES = {
    "sections_none",
    "sections_wallee",
    "sections_point",
    "sections_both",
    "receipt_type_normal",
    "receipt_type_training",
    "receipt_type_pro_forma",
}


def _import_everything() -> None:
    """Import every module of the scanned packages, so their Messages are registered."""
    import importlib

    for path in _all_files():
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        if not module.endswith("__main__"):
            importlib.import_module(module)


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_message_has_valid_placeholders(package: str) -> None:
    _import_everything()
    codes = {code for path in _files(PACKAGES[package]) for code in _module_messages(TREES[path])}
    for message in (MESSAGES[code] for code in codes if code in MESSAGES):
        for name in placeholders(message.text):
            assert name.isidentifier(), f"{message.code}: {{{name}}} is not a name"
            assert name not in ("code", "detail"), f"{message.code}: {{{name}}} is reserved"
        assert message.code.isidentifier() and message.code.islower(), message.code
        if message.context == "Errors" and message.code not in PHRASES:
            # an error is a sentence: it ends as one, or with a nested one (labels and
            # prompts of till-admin, context "TillAdmin", need not)
            assert message.text.rstrip().endswith((".", "?", "!", ":", "}")), message.code


def test_messages_are_registered() -> None:
    _import_everything()
    assert len(MESSAGES) > 100


def _module_messages(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = Message("code", ...)`: NAME -> code (a site given the constant of
    its own module, or of the one module that defines that name, is checked)."""
    found = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and _base_name(node.value.func) == "Message"
            and node.value.args
            and isinstance(node.value.args[0], ast.Constant)
        ):
            found[node.targets[0].id] = str(node.value.args[0].value)
    return found


def _imported_messages() -> dict[str, str]:
    """Message constants by name over all of till/, for names that mean one Message only
    (an imported constant, e.g. RECEIPT_DISK_MESSAGE or secrets.NO_KEYRING)."""
    codes: dict[str, set[str]] = {}
    for tree in TREES.values():
        for name, code in _module_messages(tree).items():
            codes.setdefault(name, set()).add(code)
    return {name: next(iter(found)) for name, found in codes.items() if len(found) == 1}


def _mismatches(parts: tuple[str, ...]) -> tuple[int, list[str]]:
    checked, found = 0, []
    imported = _imported_messages()
    for path in _files(parts):
        constants = {**imported, **_module_messages(TREES[path])}
        for site in _calls(path):
            call = site.call
            if not call.args or not isinstance(call.args[0], (ast.Name, ast.Attribute)):
                continue
            code = constants.get(_base_name(call.args[0]))
            if code is None or any(k.arg is None for k in call.keywords):
                continue  # not a Message constant, or **params passed on
            own = OWN_KEYWORDS.get(_base_name(call.func), set()) - {"message"}
            given = {k.arg for k in call.keywords} - {"detail"} - own
            wanted = set(MESSAGES[code].placeholders)
            checked += 1
            if given != wanted:
                found.append(f"{site.where} {code}: gives {sorted(given)}, wants {sorted(wanted)}")
    return checked, found


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_raise_sites_pass_exactly_the_placeholders(package: str) -> None:
    _import_everything()
    _checked, found = _mismatches(PACKAGES[package])
    assert not found, "\n".join(found)


def test_the_placeholder_check_checks_something() -> None:
    _import_everything()
    counts = {package: _mismatches(parts)[0] for package, parts in PACKAGES.items()}
    # checkout, store and core alone raised about 150 Messages when this was written
    assert counts["checkout"] + counts["store"] + counts["core"] >= 100, counts


def test_the_placeholder_check_sees_a_mismatch(tmp_path, monkeypatch) -> None:
    source = (
        'X = Message("x_test_only", QT_TRANSLATE_NOOP("Errors", "There is no {thing}."))\n'
        "def f():\n"
        "    raise TillError(X, things=1)\n"
    )
    path = TILL / "core" / "_spoken_texts_probe.py"  # never written: only parsed
    monkeypatch.setitem(TREES, path, ast.parse(source))
    monkeypatch.setitem(MESSAGES, "x_test_only", Message("x_test_only", "There is no {thing}."))
    monkeypatch.setattr(sys.modules[__name__], "_files", lambda parts: [path])
    checked, found = _mismatches(("core",))
    assert checked == 1 and "gives ['things'], wants ['thing']" in found[0]


def _noop_offenders(parts: tuple[str, ...]) -> list[str]:
    """QT_TRANSLATE_NOOP calls lupdate cannot read: it takes only literal strings (a context
    given as a name, such as ERRORS, makes lupdate skip the text without a word)."""
    found = []
    for path in _files(parts):
        for node in ast.walk(TREES[path]):
            if isinstance(node, ast.Call) and _base_name(node.func) == "QT_TRANSLATE_NOOP":
                literal = len(node.args) == 2 and all(
                    isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                )
                if not literal and path != TILL / "core" / "errors.py":
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_lupdate_can_read_every_mark(package: str) -> None:
    offenders = _noop_offenders(PACKAGES[package])
    assert not offenders, 'write QT_TRANSLATE_NOOP("Errors", "...") with literals:\n' + "\n".join(
        offenders
    )
