"""Fast checks of packaging/: what the bundle carries, the Debian control data, the Windows
installer script and the CI workflows. The slow check (build the bundle and the .deb, install it
with dpkg, run the self-test) is `python packaging/build.py --check-deb` (.ci/run)."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"packaging_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


contents = load(PACKAGING / "bundle_contents.py")
deb = load(PACKAGING / "deb" / "deb_package.py")


def test_every_resource_file_is_bundled_under_till_resources():
    datas = contents.resource_datas(ROOT)
    sources = {Path(source).relative_to(ROOT / "resources").as_posix() for source, _ in datas}
    for needed in ("demo_catalog.csv", "till_sv.qm", "till_de.qm", "till_en.qm"):
        assert needed in sources
    on_disk = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"
    }
    assert sources == on_disk
    for source, target in datas:
        relative = Path(source).relative_to(ROOT / "resources").parent.as_posix()
        expected = "till/resources" if relative == "." else f"till/resources/{relative}"
        assert target == expected


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6Test.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "libxcb-cursor.so.0",
        "libpython3.11.so.1.0",
    ],
)
def test_what_the_till_needs_stays(dest):
    assert contents.keep_binary(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/lib/libQt6WaylandClient.so.6",
        "PySide6\\Qt6Quick.dll",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6\\plugins\\imageformats\\qtiff.dll",
        "libcups.so.2",
        "libcairo.so.2",
    ],
)
def test_what_the_till_never_loads_goes(dest):
    assert not contents.keep_binary(dest)


def test_only_qts_own_catalogs_for_the_tills_languages():
    base = "PySide6/Qt/translations"
    assert contents.keep_data(f"{base}/qtbase_sv.qm")
    assert contents.keep_data(f"{base}/qtbase_de.qm")
    assert not contents.keep_data(f"{base}/qtbase_fr.qm")
    assert not contents.keep_data(f"{base}/qt_help_sv.qm")
    assert not contents.keep_data("PySide6/Qt/qml/QtQuick/qmldir")
    assert contents.keep_data("till/resources/till_sv.qm")


def test_the_spec_makes_two_programs_in_one_folder():
    spec = (PACKAGING / "till.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    calls = [
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    ]
    assert calls.count("EXE") == 2 and calls.count("COLLECT") == 1
    assert 'name="till"' in spec and 'name="till-admin"' in spec
    for script in ("launch_till.py", "launch_till_admin.py"):
        assert script in spec
        assert (PACKAGING / script).is_file()


def test_frozen_till_starts_the_print_worker_through_its_own_executable(monkeypatch):
    from till.adapters import print_spooler

    assert print_spooler.worker_command()[1:] == ["-m", "till.adapters.print_worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert print_spooler.worker_command() == [sys.executable, print_spooler.FROZEN_WORKER_SWITCH]
    for script in ("launch_till.py", "launch_till_admin.py"):
        text = (PACKAGING / script).read_text(encoding="utf-8")
        assert f'["{print_spooler.FROZEN_WORKER_SWITCH}"]' in text


def test_frozen_assets_come_from_the_bundle(monkeypatch, tmp_path):
    from till import assets

    (tmp_path / "till" / "resources").mkdir(parents=True)
    (tmp_path / "till" / "resources" / "probe.txt").write_text("från paketet", "utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.asset_text("probe.txt") == "från paketet"
    assert assets.asset_bytes("probe.txt") == "från paketet".encode()


@pytest.mark.parametrize(
    ("python", "debian"),
    [
        ("0.1.0", "0.1.0-1"),
        ("0.1.1.dev86+gc1e85566f", "0.1.1~~dev86+gc1e85566f-1"),
        ("0.1.1.dev86+gc1e85566f.d20261129", "0.1.1~~dev86+gc1e85566f.d20261129-1"),
        ("1.2rc1", "1.2~rc1-1"),
        ("1.2a3", "1.2~a3-1"),
        ("1.2b1.dev3", "1.2~b1~~dev3-1"),
        ("1.2.post1", "1.2+post1-1"),
        ("1!2.0", "1:2.0-1"),
    ],
)
def test_debian_version_from_the_python_version(python, debian):
    assert deb.debian_version(python) == debian
    assert deb.VALID_DEBIAN_VERSION.match(debian)


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="dpkg compares Debian versions")
def test_debian_versions_sort_like_the_python_versions():
    ordered = [
        "0.1.0.dev3",
        "0.1.0.dev12+g1",
        "0.1.0a1.dev1",
        "0.1.0a1",
        "0.1.0b2",
        "0.1.0rc1",
        "0.1.0",
        "0.1.0.post1",
        "0.1.1.dev1",
    ]
    versions = [deb.debian_version(v) for v in ordered]
    for lower, higher in itertools.pairwise(versions):
        assert subprocess.run(["dpkg", "--compare-versions", lower, "lt", higher]).returncode == 0


def test_control_file_and_desktop_entry():
    control = deb.control_text("0.2.0.dev1+gabc", "amd64", 150000)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if ": " in line)
    assert fields["Package"] == "till"
    assert fields["Version"] == "0.2.0~~dev1+gabc-1"
    assert fields["Architecture"] == "amd64"
    assert fields["Installed-Size"] == "150000"
    assert "libcups2" in fields["Depends"] and "libegl1" in fields["Depends"]
    assert control.endswith("\n") and all(
        line.startswith(" ") for line in control.split("Description:")[1].splitlines()[1:]
    )
    entry = deb.desktop_entry()
    assert "Exec=till\n" in entry and "Icon=till\n" in entry and "Type=Application\n" in entry


def test_placeholder_icon_is_a_png_qt_reads(qapp):
    from PySide6.QtGui import QImage

    image = QImage.fromData(deb.placeholder_png(48), "PNG")
    assert not image.isNull() and image.width() == 48 and image.height() == 48


def test_icons_from_resources(tmp_path):
    done = deb.install_icons(ROOT / "resources", tmp_path)
    icons = tmp_path / "usr/share/icons/hicolor"
    if (ROOT / "resources" / "till-256.png").is_file():
        assert (icons / "256x256/apps/till.png").is_file()
    else:
        assert "placeholder" in done[-1]
    empty = tmp_path / "no-resources"
    empty.mkdir()
    assert "placeholder" in deb.install_icons(empty, tmp_path / "other")[0]


def iss_setup() -> tuple[str, dict[str, str]]:
    text = (PACKAGING / "windows" / "till.iss").read_text(encoding="utf-8")
    section = text.split("\n[Setup]\n", 1)[1].split("\n[", 1)[0]
    keys = {}
    for line in section.splitlines():
        if "=" in line and not line.lstrip().startswith((";", "#")):
            key, value = line.split("=", 1)
            keys[key.strip()] = value.strip()
    return text, keys


def test_windows_installer_script():
    text, keys = iss_setup()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", keys["AppId"])
    assert keys["PrivilegesRequired"] == "admin"
    assert keys["DefaultDirName"].startswith("{autopf}\\")
    assert keys["AppVersion"] == "{#AppVersion}"
    assert keys["UninstallDisplayIcon"] == "{app}\\till.exe"
    assert "recursesubdirs" in text and "{#BundleDir}\\*" in text
    assert '"{group}\\till"' in text and "{autodesktop}" in text
    # The data is never installed into nor deleted: no rule names the user's data dirs.
    assert "[UninstallDelete]" not in text
    assert "{localappdata}" not in text and "{userappdata}" not in text


def test_workflows_build_the_installers():
    yaml = pytest.importorskip("yaml")
    workflows = ROOT / ".github" / "workflows"
    windows = yaml.safe_load((workflows / "windows-installer.yml").read_text("utf-8"))
    linux = yaml.safe_load((workflows / "linux-package.yml").read_text("utf-8"))
    job = windows["jobs"]["installer"]
    assert job["runs-on"] == "windows-latest"
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "packaging/build.py" in runs and "ISCC.exe" in runs and "/DAppVersion=" in runs
    runs = "\n".join(step.get("run", "") for step in linux["jobs"]["deb"]["steps"])
    assert "packaging/build.py --check-deb" in runs


def test_build_outputs_are_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored
