"""The till's look: calm greys, one dark panel for the figure that matters, red only for errors."""

STYLE = """
QMainWindow, QDialog { background: #f3f4f6; }
QWidget { font-size: 16px; color: #1f2937; }
QLineEdit#entry {
    font-size: 30px; padding: 10px 14px; background: white;
    border: 2px solid #2563eb; border-radius: 6px;
}
QLineEdit[role="big"], QLabel[role="big"] { font-size: 26px; font-weight: 600; }
QLineEdit[role="big"] { padding: 6px 10px; background: white; border: 2px solid #2563eb;
    border-radius: 6px; }
QTableView#cart {
    font-size: 18px; background: white; alternate-background-color: #f8fafc;
    border: 1px solid #d1d5db; border-radius: 6px; gridline-color: transparent;
    selection-background-color: #dbeafe; selection-color: #111827;
}
QTableView#cart::item { padding: 0 10px; }
QHeaderView::section {
    background: #e5e7eb; color: #374151; font-weight: 600; padding: 6px 8px;
    border: none; border-bottom: 1px solid #d1d5db;
}
QFrame#totalsPanel { background: #1f2a37; border-radius: 8px; }
QFrame#totalsPanel QLabel { color: #e5e7eb; }
QLabel#totalCaption { font-size: 18px; color: #9ca3af; letter-spacing: 2px; }
QLabel#totalLabel { font-size: 56px; font-weight: 700; color: white; }
QLabel#vatLabel { font-size: 15px; color: #cbd5e1; }
QLabel#itemCountLabel { font-size: 15px; color: #9ca3af; }
QLabel#lastSaleLabel { font-size: 20px; color: #86efac; font-weight: 600; }
QLabel#keysHint { font-size: 14px; color: #9ca3af; }
QLabel#dialogMessage { color: #b91c1c; font-weight: 600; }
QStatusBar { background: #e5e7eb; font-size: 14px; }
QStatusBar QLabel { padding: 2px 10px; font-size: 14px; }
QPushButton { padding: 14px 18px; border-radius: 5px; background: #e5e7eb;
    border: 1px solid #cbd5e1; }
QPushButton:focus { border: 2px solid #2563eb; background: #dbeafe; }
QPushButton[role="choice"]:checked { background: #2563eb; color: white; font-weight: 600; }
QListWidget#searchResults { font-size: 18px; background: white; }
QListWidget#searchResults::item { padding: 6px 8px; }
QLabel#paidLabel { font-size: 18px; color: #cbd5e1; }
QLabel#stillDueLabel { font-size: 26px; font-weight: 700; color: #fcd34d; }
QLabel#cardPanelTitle { font-size: 20px; font-weight: 700; }
QLabel#cardPanelText { font-size: 16px; }
QLabel#displayCaption { font-size: 13px; color: #6b7280; letter-spacing: 1px; }
QLabel#attendantDisplay, QLabel#cardholderDisplay {
    font-size: 20px; background: #0f172a; color: #a7f3d0; padding: 10px 12px;
    border-radius: 6px;
}
QLabel#cardholderDisplay { color: #bfdbfe; }
QLabel#cardStatusLabel { font-size: 18px; font-weight: 600; color: #1e3a8a; }
QLabel#dialogKeys { font-size: 14px; color: #6b7280; }
QLabel#confirmationCaption { font-size: 15px; color: #6b7280; }
QLabel#confirmationLines {
    font-size: 26px; font-weight: 700; background: #0f172a; color: #f9fafb;
    padding: 16px; border-radius: 6px;
}
QDialog#confirmationDialog[flash="true"] { background: #fbbf24; }
QLabel#countdownLabel { font-size: 18px; color: #b45309; font-weight: 600; }
QPlainTextEdit#adminOutput { font-size: 14px; background: white; }
QTableView#returnPanel, QTableView#returnLines, QTableView#journalTable {
    font-size: 16px; background: white; alternate-background-color: #f8fafc;
    border: 1px solid #d1d5db; border-radius: 6px; selection-background-color: #ede9fe;
    selection-color: #111827;
}
QLabel#returnPanelTitle { font-size: 15px; color: #4c1d95; font-weight: 600; }
QPlainTextEdit#journalDetails { font-size: 14px; background: white; }
QPushButton[role="action"], QPushButton[role="pay"] { padding: 0; background: #e5e7eb; }
QPushButton[role="action"]:pressed { background: #bfdbfe; }
QFrame QPushButton QLabel#actionWord { font-size: 16px; font-weight: 600; color: #1f2937;
    background: transparent; }
QFrame QPushButton QLabel#actionHint { font-size: 12px; color: #6b7280; background: transparent; }
QPushButton#action_pay_cash { background: #15803d; border: none; }
QPushButton#action_pay_card { background: #1d4ed8; border: none; }
QPushButton#action_pay_klarna { background: #ffb3c7; border: none; }
QPushButton#action_pay_cash QLabel#actionWord, QPushButton#action_pay_card QLabel#actionWord {
    color: white; font-size: 20px; }
QPushButton#action_pay_cash QLabel#actionHint, QPushButton#action_pay_card QLabel#actionHint {
    color: #d1fae5; }
QPushButton#action_pay_klarna QLabel#actionWord { color: #17120f; font-size: 20px; }
QPushButton#action_pay_klarna QLabel#actionHint { color: #4b5563; }
QPushButton[role="pad"] { font-size: 24px; font-weight: 600; background: white; padding: 0; }
QPushButton[role="note"] { font-size: 20px; font-weight: 600; background: #dcfce7; padding: 0; }
QPushButton[role="pad"]:pressed, QPushButton[role="note"]:pressed { background: #bfdbfe; }
QPushButton#quickKey { font-size: 15px; background: white; padding: 2px 4px; }
QPushButton#quickKey:pressed { background: #bfdbfe; }
QTabWidget#quickKeys QTabBar::tab { min-height: 40px; min-width: 80px; padding: 0 14px;
    font-size: 15px; }
QLabel#changeFigure { font-size: 30px; font-weight: 700; color: #86efac; }
"""

# Set on the banner itself: a dynamic-property selector would need a re-polish on every change.
BANNER_STYLES = {
    "error": "background: #fdecea; color: #8a1c1c; border-left: 6px solid #c0392b;"
    " padding: 12px 14px; font-size: 18px; font-weight: 600;",
    "warning": "background: #fff4e0; color: #7c4a03; border-left: 6px solid #d97706;"
    " padding: 12px 14px; font-size: 18px; font-weight: 600;",
    "info": "background: #e7f6ec; color: #14532d; border-left: 6px solid #16a34a;"
    " padding: 12px 14px; font-size: 18px; font-weight: 600;",
}

# Strips across the whole window for as long as a mode lasts: never mistaken for a message.
MODE_STRIP_STYLES = {
    "training": "background: #f97316; color: white; padding: 10px 16px; font-size: 22px;"
    " font-weight: 800; letter-spacing: 1px;",
    "offline": "background: #b91c1c; color: white; padding: 10px 16px; font-size: 18px;"
    " font-weight: 700;",
    "return": "background: #6d28d9; color: white; padding: 10px 16px; font-size: 20px;"
    " font-weight: 700;",
}

# The frame around everything: its colour says which mode the till is in.
FRAME_STYLES = {
    "normal": "QFrame#centralFrame { border: 6px solid transparent; }",
    "return": "QFrame#centralFrame { border: 6px solid #6d28d9; }",
    "training": "QFrame#centralFrame { border: 6px solid #f97316; }",
}

# Lines above a report on screen: how printing and the terminal's end of day went.
NOTE_STYLES = {
    "ok": "color: #14532d; background: #e7f6ec; padding: 8px 10px; font-weight: 600;",
    "warning": "color: #7c4a03; background: #fff4e0; padding: 8px 10px; font-weight: 600;",
    "error": "color: #8a1c1c; background: #fdecea; padding: 8px 10px; font-weight: 600;",
}

CONTROL_UNIT_COLOURS = {
    "unknown": "#6b7280",
    "online": "#15803d",
    "busy": "#b45309",
    "offline": "#b91c1c",
}

# The card panel stays while the sale needs the cashier: red when locked, amber otherwise.
CARD_PANEL_STYLES = {
    "registering": "QFrame#cardPanel { background: #fff4e0; border: 2px solid #d97706;"
    " border-left: 10px solid #d97706; border-radius: 6px; }"
    " QFrame#cardPanel QLabel { color: #7c4a03; }",
    "unknown": "QFrame#cardPanel { background: #fdecea; border: 2px solid #c0392b;"
    " border-left: 10px solid #c0392b; border-radius: 6px; }"
    " QFrame#cardPanel QLabel { color: #7f1d1d; }",
    "no_receipt": "QFrame#cardPanel { background: #fff4e0; border: 2px solid #d97706;"
    " border-left: 10px solid #d97706; border-radius: 6px; }"
    " QFrame#cardPanel QLabel { color: #7c4a03; }",
    "partial": "QFrame#cardPanel { background: #eff6ff; border: 1px solid #93c5fd;"
    " border-left: 10px solid #2563eb; border-radius: 6px; }"
    " QFrame#cardPanel QLabel { color: #1e3a8a; }",
}

TERMINAL_COLOURS = {
    "none": "#6b7280",
    "online": "#15803d",
    "offline": "#b91c1c",
}
