"""No English on the screen except through translation (issue 10, "one language at a time").

An AST scan of till/ui: a user-visible Qt call (a label's or button's text, a window title, a
tooltip, a placeholder, a combo box item, a message box's texts, ...) must get its words from
`tr()` / `QCoreApplication.translate()` (or a variable, which the translated texts flow through),
never from a str literal or f-string with letters in it. Symbols and digits ("●", "×", "%",
"0,00") and markup (<b>, <span style=...>, &nbsp;) are no words and pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[1] / "till" / "ui"

# Widgets whose constructor's first argument is shown (or its `text=` / `title=`).
SHOWN_CONSTRUCTORS = frozenset(
    {
        "QAction",
        "QCheckBox",
        "QCommandLinkButton",
        "QGroupBox",
        "QLabel",
        "QListWidgetItem",
        "QMenu",
        "QPushButton",
        "QRadioButton",
        "QStandardItem",
        "QTableWidgetItem",
        "QToolButton",
        "QTreeWidgetItem",
        "ConfirmDialog",
        # an error raised in the UI is shown as its words: a tr() text or a Message
        "SaleError",
        "TillError",
    }
)
# method -> which positional arguments are shown
SHOWN_METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "setPlainText": (0,),
    "setHtml": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "setSpecialValueText": (0,),
    "showMessage": (0,),
    "addItem": (0,),
    "addItems": (0,),
    "insertItem": (1,),
    "setItemText": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addButton": (0,),
    "setButtonText": (1,),
    # the till's own: the banner, dialog helpers
    "show_error": (0,),
    "show_warning": (0,),
    "show_info": (0,),
    "ok_cancel_row": (1,),
}
# QMessageBox.information(parent, title, text, ...) and friends
MESSAGE_BOX = frozenset({"information", "warning", "critical", "question", "about"})
SHOWN_KEYWORDS = frozenset({"text", "title", "toolTip", "statusTip", "placeholderText"})

_MARKUP = re.compile(r"<[^>]*>|&[A-Za-z]+;|&#\d+;")


def has_words(text: str) -> bool:
    """Letters outside markup: words a person would read."""
    return any(ch.isalpha() for ch in _MARKUP.sub("", text))


def literal_words(node: ast.AST) -> bool:
    """A str literal, f-string, concatenation or "...".format() of one, with letters in it."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return has_words(fixed)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return literal_words(node.left) or literal_words(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "join", "upper", "lower", "strip"}
    ):
        return literal_words(node.func.value)  # "Total {x}".format(...) is no tr()
    if isinstance(node, ast.List | ast.Tuple):
        return any(literal_words(item) for item in node.elts)
    if isinstance(node, ast.IfExp):
        return literal_words(node.body) or literal_words(node.orelse)
    return False


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def shown_arguments(call: ast.Call) -> list[ast.AST]:
    name = _name(call.func)
    shown: list[ast.AST] = []
    if isinstance(call.func, ast.Name) and name in SHOWN_CONSTRUCTORS:
        shown += call.args[:1]
    elif isinstance(call.func, ast.Attribute):
        owner = call.func.value
        if name in MESSAGE_BOX and isinstance(owner, ast.Name) and owner.id == "QMessageBox":
            shown += call.args[1:3]
        elif name in SHOWN_METHODS:
            shown += [call.args[i] for i in SHOWN_METHODS[name] if i < len(call.args)]
    if name in SHOWN_CONSTRUCTORS or name in SHOWN_METHODS or name in MESSAGE_BOX:
        shown += [kw.value for kw in call.keywords if kw.arg in SHOWN_KEYWORDS]
    return shown


def literal_constants(tree: ast.Module) -> set[str]:
    """Module-level names bound to words that are not marked for translation."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and literal_words(node.value):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def offenders(source: str, filename: str) -> list[str]:
    found = []
    tree = ast.parse(source, filename)
    constants = literal_constants(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for argument in shown_arguments(node):
                named = isinstance(argument, ast.Name) and argument.id in constants
                if named or literal_words(argument):
                    found.append(f"{filename}:{argument.lineno}: {ast.unparse(argument)[:70]}")
    return found


def test_the_scan_finds_english_and_lets_translations_symbols_and_markup_pass() -> None:
    bad = """
QLabel("Total")
button.setText(f"Pay {amount}")
box.addItem("All kinds", None)
QMessageBox.warning(self, "Oops", self.tr("fine"))
self.label.setToolTip("Kontrollenhet: " + reason)
edit.setPlaceholderText("Scan {code}".format(code=1))
STRIP = "Kontrollenheten ur funktion"
QLabel(STRIP)
"""
    good = """
QLabel(self.tr("Total"))
button.setText(self.tr("Pay {amount}").format(amount=amount))
box.addItem(QCoreApplication.translate("JournalViewer", ALL_KINDS), None)
label.setText("●")
label.setText(f"<span style='color:{colour}'>●</span> {text}")
label.setText("× 2 %")
label.setText(name)
label.setText("")
MARKED = QT_TRANSLATE_NOOP("CashierWindow", "Total")
QLabel(self.tr(MARKED))
"""
    assert len(offenders(bad, "bad.py")) == 7
    assert offenders(good, "good.py") == []


def test_no_screen_text_bypasses_translation() -> None:
    found = []
    for path in sorted(UI.glob("*.py")):
        found += offenders(path.read_text(encoding="utf-8"), f"till/ui/{path.name}")
    assert found == [], "screen texts not through tr():\n" + "\n".join(found)
