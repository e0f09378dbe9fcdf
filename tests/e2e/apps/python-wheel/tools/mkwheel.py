"""Builds a pure-Python wheel from a source tree with the standard library only.

PyPI cannot be reached from the test machines, so the app's dependency is vendored as source and turned into a
wheel at test time: python3 tools/mkwheel.py vendor/greetlib wheels/
The source tree holds the package directory and a PKG-INFO style `metadata` file (Name, Version, Summary).
"""

import base64
import hashlib
import sys
import zipfile
from pathlib import Path

FIXED_TIME = (2024, 1, 1, 0, 0, 0)  # reproducible archives


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def build(src: Path, out: Path) -> Path:
    meta = dict(line.split(": ", 1) for line in (src / "metadata").read_text().splitlines() if ": " in line)
    name, version = meta["Name"], meta["Version"]
    dist_info = f"{name}-{version}.dist-info"
    files = {}
    for path in sorted((src / name).rglob("*.py")):
        files[path.relative_to(src).as_posix()] = path.read_bytes()
    files[f"{dist_info}/METADATA"] = (
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: {meta.get('Summary', '')}\n").encode()
    files[f"{dist_info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: mkwheel\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{dist_info}/top_level.txt"] = f"{name}\n".encode()
    record = [record_line(p, d) for p, d in files.items()] + [f"{dist_info}/RECORD,,"]
    files[f"{dist_info}/RECORD"] = ("\n".join(record) + "\n").encode()

    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            info = zipfile.ZipInfo(path, date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return wheel


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: mkwheel.py SOURCE_DIR OUTPUT_DIR")
    print(build(Path(sys.argv[1]), Path(sys.argv[2])))
