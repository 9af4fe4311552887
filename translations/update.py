"""Rebuild the till's translations: lupdate, then lrelease.

    python translations/update.py             # both steps, every language below
    python translations/update.py --release   # only lrelease: after translating a .ts

1. `pyside6-lupdate` reads every `tr()` / `translate()` / `QT_TRANSLATE_NOOP()` in the till
   package (the screens, and the Messages of core, checkout, store, settings, till-admin, the
   device protocols; not the simulators, which play the devices) and merges the texts into
   `translations/till_<lang>.ts`: new texts arrive with
   `type="unfinished"` (a changed text brings its old translation along as a suggestion),
   texts no longer in the code are dropped.
2. Translate the unfinished messages: in Qt Linguist (`pyside6-linguist translations/till_sv.ts`)
   or in any editor (then delete `type="unfinished"`). Keep every `{placeholder}` as it is.
3. `pyside6-lrelease` compiles each .ts to `resources/till_<lang>.qm`, which ships in the
   package (till.resources) and is committed, so nobody installing the till needs Qt's tools.

tests/test_translations.py fails while a message is unfinished, a placeholder differs, the .ts
misses a text of the code, or the .qm is not what lrelease makes of the .ts.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
RESOURCES = ROOT / "resources"
LANGUAGES = ("sv", "en", "de")  # one till_<lang>.ts each; English is the source language
SOURCE_LANGUAGE = "en"
SOURCES = ("till",)  # tr() in till/ui; QT_TRANSLATE_NOOP marks Messages everywhere
SKIPPED = ("till/simulators",)  # stand-ins for devices: what they say is not the till's


def tool(name: str) -> str:
    """A Qt tool from PySide6: on PATH, or next to this Python (an unactivated venv)."""
    beside = Path(sys.executable).parent / name
    found = shutil.which(name) or (str(beside) if beside.exists() else None)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships {name})")
    return found


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"till_{language}.ts"


def qm_path(language: str) -> Path:
    return RESOURCES / f"till_{language}.qm"


def source_files() -> list[str]:
    """The Python files lupdate reads, relative to the repository (so the .ts locations are)."""
    files = sorted(p for d in SOURCES for p in (ROOT / d).rglob("*.py"))
    skipped = [ROOT / d for d in SKIPPED]
    return [
        str(p.relative_to(ROOT)) for p in files if not any(p.is_relative_to(s) for s in skipped)
    ]


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *source_files(),
            "-no-obsolete",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )


def fill_source_language(ts: Path) -> int:
    """The English catalog says what the code says: each new message gets its source as its
    translation, so a wording can later be polished in the catalog without touching the code.
    Returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            translation.text = message.findtext("source", "")
            del translation.attrib["type"]
            filled += 1
    # Written every time, filled or not: one layout, so the file does not flip between
    # lupdate's and this one's whenever a run has nothing new to fill.
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("languages", nargs="*", default=list(LANGUAGES), help="e.g. sv")
    args = parser.parse_args(argv)
    for language in args.languages:
        if not args.release:
            lupdate(ts_path(language), language)
            if language == SOURCE_LANGUAGE:
                fill_source_language(ts_path(language))
        lrelease(ts_path(language), qm_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
