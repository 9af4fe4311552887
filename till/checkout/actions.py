"""A manager-only action's name as the person sees it.

The name (e.g. "training mode on") is data: it is journaled as it is and passed to the
manager's PIN dialog, which translates it in the "ManagerPinDialog" context, where
till/ui/manager_dialog.py marks every such name for lupdate. An error that names the action
passes `action_words(action)`, so `describe` translates it in that same context.
"""

from __future__ import annotations

import re

from till.core.errors import Message

ACTIONS_CONTEXT = "ManagerPinDialog"


def action_words(action: str) -> Message:
    """`action` as a Message parameter (translated where it is shown, English in logs)."""
    slug = re.sub(r"[^a-z0-9]+", "_", action.lower()).strip("_") or "unnamed"
    return Message(f"manager_action_{slug}", action, ACTIONS_CONTEXT)
