"""The till's look: calm greys, one dark panel for the figure that matters, red only for errors."""

from till.assets import asset_text

FINGER = 48  # px each way: the least a button measures that a finger must hit (issue 10)

# The window's stylesheet lives in resources/till.qss (shipped with the package and the bundle);
# the per-state snippets below are set by code as the state changes.
STYLE = asset_text("till.qss")

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

# The ESC/POS printer's state (checkout.events.PrinterState) in the status bar.
PRINTER_COLOURS = {
    "ready": "#15803d",
    "paper_out": "#b91c1c",
    "cover_open": "#b45309",
    "offline": "#b91c1c",
    "not_connected": "#b91c1c",
}
