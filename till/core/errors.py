"""Errors the person at the till can meet: a code for logs and tests, a plain message for them."""

from __future__ import annotations


class TillError(Exception):
    """Base of every error the cashier sees. `message` is shown as is; `detail` goes to the log."""

    code: str = "till_error"

    def __init__(self, message: str, *, code: str | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return self.message
