"""The reminder sound for a confirmation the attendant has not answered (LTI 6.15).

The system beep always; a short generated tone as well where Qt Multimedia is installed (the
PySide6 Essentials wheel has no QtMultimedia). A missing sound card or backend must never break
a payment, so nothing here raises.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_RATE = 22050
_effect: Any = None  # the QSoundEffect once made; False when it cannot be
_wav_path: Path | None = None


def reminder_wav(path: Path, *, seconds: float = 0.35, pitch: float = 880.0) -> Path:
    """Two short rising tones, 16-bit mono, faded in and out so they do not click."""
    frames = bytearray()
    count = int(_RATE * seconds)
    fade = int(_RATE * 0.01)
    for n in range(count):
        tone = pitch if n < count // 2 else pitch * 1.26
        envelope = min(1.0, n / fade, (count - n) / fade)
        sample = 0.45 * envelope * math.sin(2 * math.pi * tone * n / _RATE)
        frames += struct.pack("<h", int(sample * 32767))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(_RATE)
        out.writeframes(bytes(frames))
    return path


def _sound_effect() -> Any:
    global _effect, _wav_path
    if _effect is None:
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            _effect = False
            return _effect
        try:
            directory = Path(tempfile.gettempdir())
            _wav_path = reminder_wav(directory / "till-reminder.wav")
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(_wav_path)))
            effect.setVolume(0.8)
            _effect = effect
        except Exception:
            log.warning("the reminder tone could not be prepared", exc_info=True)
            _effect = False
    return _effect


def play_reminder() -> None:
    """Remind the attendant that the terminal waits for an answer."""
    try:
        QApplication.beep()
    except Exception:
        log.debug("beep failed", exc_info=True)
    try:
        effect = _sound_effect()
        if effect:
            effect.play()
    except Exception:
        log.warning("the reminder tone could not be played", exc_info=True)
