"""The Debian package: the bundle under /opt/till, `till` and `till-admin` on the PATH, a
desktop entry and the icon. The till writes nothing under /opt: its settings and database are
in the user's dirs (till.settings: platformdirs, ~/.config/till/till.toml and
~/.local/share/till/till.db).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

PACKAGE = "till"
MAINTAINER = "till AB <support@till.invalid>"
# What the bundle takes from the system (ldd on every library and Qt plugin in the bundle, on
# Debian 12): CUPS for printing, EGL/GL and libxcb for the xcb platform plugin, glib's PCRE,
# libsystemd for the bundled D-Bus, readline for the console ("t64": Ubuntu 24.04's names).
# No Wayland plugin is bundled: a Wayland desktop runs the till through XWayland.
DEPENDS = [
    "libc6 (>= 2.31)",
    "libcups2t64 | libcups2",
    "libegl1",
    "libgl1",
    "libxcb1",
    "libpcre2-8-0",
    "libsystemd0",
    "libbsd0",
    "libcap2",
    "libreadline8t64 | libreadline8",
]
ICON_SIZES = (16, 32, 48, 64, 128, 256)

_PRE = re.compile(r"[.\-_]?(alpha|beta|preview|pre|rc|dev|a|b|c)\.?(\d*)", re.IGNORECASE)
_NAMES = {"alpha": "a", "beta": "b", "c": "rc", "pre": "rc", "preview": "rc"}
VALID_DEBIAN_VERSION = re.compile(r"^(\d+:)?\d[A-Za-z0-9.+~]*(-[A-Za-z0-9.+~]+)?$")


def debian_version(version: str, revision: str = "1") -> str:
    """A Debian version for a Python (PEP 440) version that sorts the same way: pre-releases and
    dev builds take '~' (sorts before the release), an epoch N! becomes N:, the local part
    (+g<hash>.d<date>) stays after '+'. 0.1.1.dev86+gc1e8 -> 0.1.1~~dev86+gc1e8-1."""
    version = version.strip().lower().lstrip("v")
    epoch = ""
    if "!" in version:
        number, version = version.split("!", 1)
        epoch = f"{int(number)}:"
    public, _, local = version.partition("+")

    def tilde(match: re.Match[str]) -> str:
        name = _NAMES.get(match.group(1), match.group(1))
        # A dev build comes before every pre-release of its version: "~~" sorts before "~a".
        return f"{'~~' if name == 'dev' else '~'}{name}{match.group(2)}"

    public = _PRE.sub(tilde, public)
    public = re.sub(r"[.\-_]?post\.?(\d*)", r"+post\1", public)
    local = re.sub(r"[^a-z0-9.]", ".", local)
    upstream = public + (f"+{local}" if local else "")
    result = f"{epoch}{upstream}-{revision}"
    if not VALID_DEBIAN_VERSION.match(result):
        raise ValueError(f"cannot make a Debian version of {version!r}")
    return result


def control_text(version: str, architecture: str, installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {debian_version(version)}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        "Description: till (point of sale) for Swedish shops\n"
        " The cashier screen (till) and the administration commands (till-admin),\n"
        " with Infrasec control codes, card terminals and receipt printers.\n"
        " Settings and the database live in each user's own directories.\n"
    )


def desktop_entry() -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=till\n"
        "GenericName=Point of sale\n"
        "GenericName[sv]=Kassa\n"
        "GenericName[de]=Kasse\n"
        "Comment=The till's cashier screen\n"
        "Comment[sv]=Kassans kassörsskärm\n"
        "Exec=till\n"
        "Icon=till\n"
        "Terminal=false\n"
        "Categories=Office;Finance;\n"
    )


def placeholder_png(size: int) -> bytes:
    """A plain square PNG (the till's green), for a build whose resources/ has no icon."""
    row = b"\x00" + bytes((0x1F, 0x6F, 0x4F)) * size
    raw = row * size

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def install_icons(resources: Path, tree: Path) -> list[str]:
    """The hicolor icons from resources/till-<size>.png and till.svg; a generated placeholder
    when there is none. Returns what was done, for the build log."""
    hicolor = tree / "usr/share/icons/hicolor"
    done = []
    for size in ICON_SIZES:
        source = resources / f"till-{size}.png"
        if source.is_file():
            target = hicolor / f"{size}x{size}/apps/till.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            done.append(f"{size}x{size}")
    svg = resources / "till.svg"
    if svg.is_file():
        target = hicolor / "scalable/apps/till.svg"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(svg, target)
        done.append("scalable")
    if not done:
        target = hicolor / "256x256/apps/till.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(placeholder_png(256))
        done.append("256x256 placeholder (resources/ has no till-<size>.png)")
    return done


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _size_kb(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*")) // 1024 + 1


def build_deb(bundle: Path, resources: Path, version: str, out_dir: Path) -> Path:
    """Lay out the package tree beside the .deb and build it with dpkg-deb (root-owned files
    without fakeroot: --root-owner-group)."""
    arch = architecture()
    name = f"{PACKAGE}_{debian_version(version)}_{arch}"
    tree = out_dir / name
    if tree.exists():
        shutil.rmtree(tree)
    shutil.copytree(bundle, tree / "opt/till", symlinks=True)
    bin_dir = tree / "usr/bin"
    bin_dir.mkdir(parents=True)
    for program in ("till", "till-admin"):
        # Relative, so the links also work in a package unpacked under another root (the check).
        (bin_dir / program).symlink_to(f"../../opt/till/{program}")
    apps = tree / "usr/share/applications"
    apps.mkdir(parents=True)
    (apps / "till.desktop").write_text(desktop_entry(), encoding="utf-8")
    icons = install_icons(resources, tree)
    for path in [tree, *tree.rglob("*")]:
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    debian = tree / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(control_text(version, arch, _size_kb(tree)), "utf-8")
    deb = out_dir / f"{name}.deb"
    subprocess.run(
        # xz level 1: 12 s and 52 MB here, against 60 s and 42 MB at the default level 6.
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z1", "--build", str(tree), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"icons: {', '.join(icons)}")
    return deb
