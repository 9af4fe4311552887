"""What goes into the PyInstaller bundle (read by till.spec and tests/test_packaging.py).

The till uses Qt's Core, Gui, Widgets, PrintSupport and Test (the --selftest drives the real
widgets with QTest); everything else PySide6-Essentials ships is left out, with the plugins
only those modules load. Qt's own catalogs are kept for the languages the till speaks.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePosixPath

APP = "till"
LANGUAGES = ("sv", "de")  # Qt speaks English itself; the till's LANGUAGES minus "en"

HIDDEN_IMPORTS = [
    "qasync",
    "tomlkit",
    "platformdirs",
    "keyring.backends",  # keyring picks its backend at run time (PyInstaller's keyring hook)
    "PySide6.QtPrintSupport",
    "PySide6.QtTest",
]

# Packages whose data files the till needs at run time: python-escpos reads its printer
# profiles (capabilities.json) when the serial and USB printer classes are imported.
PACKAGE_DATA = ["escpos"]

# Python modules never imported by the till: keeping them out keeps their Qt libraries out.
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "xmlrpc",
    "ftplib",
    "imaplib",
    "smtplib",
    "lib2to3",
    # Pillow comes with python-escpos (which imports it for raster images the till never
    # prints): its optional codecs, colour management, fonts and Tk bridge are left out, each
    # imported by Pillow only on demand.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingcms",
    "PIL.ImageCms",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "lxml.objectify",  # the till uses lxml.etree only
    "lxml.html",
    "lxml.isoschematron",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvgWidgets",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtMultimedia",
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtPdf",
    "PySide6.QtBluetooth",
]

# Qt plugin folders the till never loads (Qt Quick, QML tooling, SQL, designer, network info,
# TLS backends: the till's TLS is Python's own).
DROPPED_PLUGIN_DIRS = {
    "designer",
    "qmllint",
    "qmltooling",
    "sqldrivers",
    "networkinformation",
    "tls",
    "vectorimageformats",
    "scenegraph",
    "egldeviceintegrations",
    # Wayland: 2 MB; a Wayland desktop runs the till through XWayland on the xcb plugin.
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "wayland-graphics-integration-server",
    "wayland-shell-integration",
    "qmlls",
}
# Single plugins the till never loads: embedded/remote platforms (a shop PC runs X11 or
# XWayland), GTK's theme (it pulls in GTK, cairo and pango; the till has its own stylesheet), and
# image formats no resource uses.
DROPPED_PLUGINS = {
    "libqeglfs",
    "libqlinuxfb",
    "libqminimalegl",
    "libqvkkhrdisplay",
    "libqvnc",
    "libqwayland",
    "libqwayland-egl",
    "libqwayland-generic",
    "libqgtk3",
    "libqtuiotouchplugin",  # TUIO: touch events over the network (it needs QtNetwork)
    "qtuiotouchplugin",
    "libqgif",
    "libqicns",
    "libqtga",
    "libqtiff",
    "libqwbmp",
    "libqwebp",
    "qeglfs",
    "qlinuxfb",
    "qminimalegl",
    "qvkkhrdisplay",
    "qvnc",
    "qgif",
    "qicns",
    "qtga",
    "qtiff",
    "qwbmp",
    "qwebp",
}
# Linux: system libraries taken from the OS, not bundled. CUPS (the print support plugin's)
# with its TLS, Kerberos and Avahi chain is on every desktop and must match the system's cupsd;
# GTK's drawing chain came only with the GTK theme dropped above. The .deb depends on libcups2.
SYSTEM_LIBS = re.compile(
    r"^lib(cups|gnutls|krb5|krb5support|k5crypto|gssapi_krb5|com_err|keyutils|avahi-\w+|gcrypt|"
    r"gpg-error|p11-kit|unistring|nettle|hogweed|gmp|idn2|tasn1|systemd|lz4|cairo|cairo-gobject|"
    r"pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|gdk_pixbuf-2\.0|atk-1\.0|pixman-1|fribidi|thai|"
    r"datrie|graphite2|harfbuzz|brotli\w*|bsd|md|mount|blkid|selinux|"
    r"pcre2-8|gio-2\.0|gobject-2\.0|gmodule-2\.0|cap|readline|tinfo)\.so"
)
# Qt libraries pulled in only by the modules above.
_DROPPED_LIB = re.compile(
    r"(Qt6|Qt)(Quick|Qml|Designer|Help|Labs|Lottie|Sql|Pdf|VirtualKeyboard|ShaderTools|"
    r"Concurrent|UiTools|Xml|Network|Wayland|Wl)\w*"
)


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (its path inside the bundle) stays in it."""
    parts = _parts(dest)
    if "plugins" in parts:
        index = parts.index("plugins")
        if index + 1 < len(parts) and parts[index + 1] in DROPPED_PLUGIN_DIRS:
            return False
        if parts[-1].split(".")[0] in DROPPED_PLUGINS:
            return False
    if len(parts) == 1 and SYSTEM_LIBS.match(parts[0]):
        return False
    return not _DROPPED_LIB.search(parts[-1])


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays: of Qt's translations only qtbase for our languages;
    no QML files."""
    parts = _parts(dest)
    if "PySide6" in parts and "qml" in parts:
        return False
    if "PySide6" in parts and "translations" in parts:
        return parts[-1] in {f"qtbase_{lang}.qm" for lang in LANGUAGES}
    return keep_binary(dest)


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """Every file of resources/ (catalogs, demo catalog, icon, font, stylesheet), placed where
    the package puts it: till/resources/ (till.assets finds it there in a frozen build)."""
    base = root / "resources"
    datas = []
    for path in sorted(base.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".py":
            target = PurePosixPath("till", "resources", *path.relative_to(base).parent.parts)
            datas.append((str(path), str(target)))
    return datas


def project_version(root: Path) -> str:
    """The build's version the way pip install would give it (setuptools-scm from git), or the
    installed till's, or the fallback in pyproject.toml."""
    try:
        from setuptools_scm import get_version

        return get_version(root=str(root), fallback_version="0.1.0")
    except Exception:  # no setuptools-scm in this environment, or no git
        pass
    try:
        from importlib.metadata import version

        return version(APP)
    except Exception:
        return "0.1.0"


def write_metadata(workdir: Path, version: str) -> Path:
    """A minimal till-<version>.dist-info, so importlib.metadata (till.about.version) answers
    inside the bundle the same as in an installed package."""
    meta = workdir / "metadata" / f"{APP}-{version}.dist-info"
    meta.mkdir(parents=True, exist_ok=True)
    (meta / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {APP}\nVersion: {version}\n", encoding="utf-8"
    )
    return meta


if __name__ == "__main__":  # python packaging/bundle_contents.py: print the version
    print(project_version(Path(__file__).resolve().parent.parent))
    sys.exit(0)
