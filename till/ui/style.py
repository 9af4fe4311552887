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
QPushButton { padding: 8px 16px; border-radius: 5px; background: #e5e7eb;
    border: 1px solid #cbd5e1; }
QListWidget#searchResults { font-size: 18px; background: white; }
QListWidget#searchResults::item { padding: 6px 8px; }
"""

# Set on the banner itself: a dynamic-property selector would need a re-polish on every change.
BANNER_STYLES = {
    "error": "background: #fdecea; color: #8a1c1c; border-left: 6px solid #c0392b;"
    " padding: 12px 14px; font-size: 18px; font-weight: 600;",
    "warning": "background: #fff4e0; color: #7c4a03; border-left: 6px solid #d97706;"
    " padding: 12px 14px; font-size: 18px; font-weight: 600;",
}

CONTROL_UNIT_COLOURS = {
    "unknown": "#6b7280",
    "online": "#15803d",
    "busy": "#b45309",
    "offline": "#b91c1c",
}
