"""The print worker process (see print_spooler.py): one JSON job per stdin line, one JSON
answer per stdout line. `python -m till.adapters.print_worker [--printer NAME] [--pdf-dir DIR]`.

A failed job's answer carries the error's English text (`error`), and its Message `code` and
`params` (as text), so the till can say it in the shop's language (core.errors.MESSAGES).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import PrintLine

NOT_PRINTED = Message(
    "receipt_not_printed", QT_TRANSLATE_NOOP("Errors", "The receipt could not be printed.")
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="print_worker")
    parser.add_argument("--printer", default="")
    parser.add_argument("--pdf-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    if hasattr(os, "nice"):  # printing is background work: the cashier's screen goes first
        os.nice(10)

    from PySide6.QtGui import QGuiApplication

    from till.adapters.printer import QtReceiptPrinter

    _app = QGuiApplication(sys.argv[:1])  # fonts and painting need one; nothing is shown
    printer = QtReceiptPrinter(printer_name=args.printer, pdf_dir=args.pdf_dir)
    for raw in sys.stdin:
        answer: dict = {"ok": False}
        try:
            job = json.loads(raw)
            answer["id"] = job.get("id")
            lines = [PrintLine(**line) for line in job["lines"]]
            printer.print_lines(lines, file_name=job["file_name"], doc_name=job["doc_name"])
            answer["ok"] = True
        except TillError as error:
            # The code and parameters let the till rebuild the Message in its own language.
            answer.update(
                error=error.message,
                code=error.code,
                params={k: str(v) for k, v in error.params.items()},
                detail=error.detail,
            )
        except Exception as error:  # one bad job must not end the worker
            answer.update(
                error=NOT_PRINTED.english(), code=NOT_PRINTED.code, params={}, detail=repr(error)
            )
        sys.stdout.write(json.dumps(answer, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
