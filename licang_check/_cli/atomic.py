"""Writing a file so that nothing is lost: atomically, and never over an
existing file unless asked to.

The text goes to a temporary file in the same folder, is flushed and synced,
then renamed over the target in one step (``os.replace``). An interrupted
write leaves the old file as it was; a stale temporary file is removed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from licang_check._i18n.messages import t

__all__ = ["FileExistsRefused", "write_atomic"]


class FileExistsRefused(FileExistsError):
    """The target exists and overwriting was not asked for (``--force``)."""


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    Raises :class:`FileExistsRefused` when ``path`` exists and ``force`` is
    false, and ``IsADirectoryError`` when it is a folder.
    """
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a directory")
    if path.exists() and not force:
        raise FileExistsRefused(t("atomic.exists", path=path))
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        if path.exists():
            # Keep the permissions of the file being replaced.
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        if force:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
            tmp.unlink(missing_ok=True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _link_new(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path`` only if no file has it (no race)."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise FileExistsRefused(t("atomic.exists", path=path)) from None
    except OSError:
        # A file system without hard links: check, then rename.
        if path.exists():
            raise FileExistsRefused(t("atomic.exists", path=path)) from None
        os.replace(tmp, path)
