"""Where the ESC/POS bytes go: a network printer (raw TCP, port 9100), a serial port, a USB
printer, or a file (a device file such as /dev/usb/lp0, or a plain file in tests).

The network and file transports are the till's own few lines: they need a read with a timeout
for the status queries, and nothing else. Serial and USB go through python-escpos's Serial and
Usb classes (pyserial, pyusb), imported only when such a printer is set up: importing
python-escpos loads its printer profiles and Pillow (about 0.4 s), which a network printer never
needs. All calls block: EscPosPrinter runs them on its own thread.
"""

from __future__ import annotations

import contextlib
import socket
import time
from pathlib import Path
from typing import Any, Protocol


class Transport(Protocol):
    where: str  # for messages: "192.0.2.7:9100", "/dev/ttyS0", "USB 04b8:0e15"
    can_read: bool  # False: no status (a plain file, a write-only device)

    def open(self) -> None: ...

    def write(self, data: bytes) -> None: ...

    def read(self, count: int, timeout: float) -> bytes:
        """Up to `count` bytes, fewer (or none) once `timeout` seconds have passed."""
        ...

    def close(self) -> None: ...


class NetworkTransport:
    can_read = True

    def __init__(self, host: str, port: int = 9100, timeout: float = 5.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.where = f"{host}:{port}"
        self._socket: socket.socket | None = None

    def open(self) -> None:
        self._socket = socket.create_connection((self.host, self.port), timeout=self.timeout)

    def write(self, data: bytes) -> None:
        assert self._socket is not None
        self._socket.settimeout(self.timeout)
        self._socket.sendall(data)

    def read(self, count: int, timeout: float) -> bytes:
        assert self._socket is not None
        out = b""
        deadline = time.monotonic() + timeout
        while len(out) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._socket.settimeout(left)
            try:
                chunk = self._socket.recv(count - len(out))
            except TimeoutError:
                break
            if not chunk:
                raise ConnectionResetError("the printer closed the connection")
            out += chunk
        return out

    def close(self) -> None:
        """Also from another thread than the job's: shutdown wakes a recv or sendall blocked
        in that thread, which close alone does not (Linux)."""
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):  # not connected (any more)
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class FileTransport:
    """Writes to a file or device file; reads nothing back (no status)."""

    can_read = False

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        self._file: Any = None

    def open(self) -> None:
        self._file = open(self.path, "ab")  # noqa: SIM115 (closed in close())

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self._file.flush()

    def read(self, count: int, timeout: float) -> bytes:
        return b""

    def close(self) -> None:
        file, self._file = self._file, None
        if file is not None:
            file.close()


class LibraryTransport:
    """A python-escpos device (its Serial or Usb class), used only for its raw bytes."""

    can_read = True

    def __init__(self, where: str, make: Any) -> None:
        self.where = where
        self._make = make  # builds the python-escpos device; imports it lazily
        self._device: Any = None

    def open(self) -> None:
        self._device = self._make()
        self._device.open()

    def write(self, data: bytes) -> None:
        self._device._raw(data)

    def read(self, count: int, timeout: float) -> bytes:
        out = b""
        deadline = time.monotonic() + timeout
        while len(out) < count and time.monotonic() < deadline:
            chunk = bytes(self._device._read() or b"")
            if not chunk:
                time.sleep(0.02)
            out += chunk
        return out[:count]

    def close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            device.close()


def serial_transport(device: str, baudrate: int = 9600, timeout: float = 5.0) -> LibraryTransport:
    def make() -> Any:
        from escpos.printer import Serial  # python-escpos; needs pyserial

        return Serial(devfile=device, baudrate=baudrate, timeout=timeout)

    return LibraryTransport(device, make)


def usb_transport(vendor: int, product: int, timeout: float = 5.0) -> LibraryTransport:
    def make() -> Any:
        from escpos.printer import Usb  # python-escpos; needs pyusb and libusb

        return Usb(idVendor=vendor, idProduct=product, timeout=int(timeout * 1000))

    return LibraryTransport(f"USB {vendor:04x}:{product:04x}", make)
