"""Writing a file so that nothing is lost: atomically, and never over an
existing file unless asked to.

The text goes to a temporary file in the same folder, is flushed and synced,
then renamed over the target in one step (``os.replace``). An interrupted
write leaves the old file as it was; a stale temporary file is removed.

A special file is never replaced: a FIFO or a character device (``/dev/null``,
a terminal, ``/dev/stdout`` when it is a pipe) is written in place, as a
shell's ``>`` would, and only with ``--force``, as for any file that exists; a
FIFO with no reader is refused rather than waited on. A block device, a
socket or anything else that is not a regular file is refused.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from licang_check._i18n.messages import t

__all__ = ["FileExistsRefused", "SpecialFileRefused", "write_atomic"]

_TEMP_NAME_BYTES = 100
"""At most this much of the target's name goes into the temporary file's
(``.NAME.XXXXXXXX.tmp``): a 255-byte name, the most a file system allows,
would otherwise give a temporary name too long to create."""


class FileExistsRefused(FileExistsError):
    """The target exists and overwriting was not asked for (``--force``)."""


class SpecialFileRefused(FileExistsRefused):
    """The target is a special file that cannot be written in place (a block
    device, a socket), or a FIFO that no one reads."""


def write_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically.

    Raises :class:`FileExistsRefused` when ``path`` exists and ``force`` is
    false, and ``IsADirectoryError`` when it is a folder.
    """
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a directory")
    if path.exists() and not force:
        raise FileExistsRefused(t("atomic.exists", path=path))
    try:
        mode = path.stat().st_mode  # symlinks followed: /dev/stdout is a link
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        _write_in_place(path, text, mode)
        return
    folder = path.parent if str(path.parent) else Path(".")
    short = path.name.encode("utf-8", "surrogateescape")[:_TEMP_NAME_BYTES]
    prefix = "." + short.decode("utf-8", "ignore") + "."
    fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
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


def _write_in_place(path: Path, text: str, mode: int) -> None:
    """Write into a FIFO or a character device; refuse any other special file."""
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise SpecialFileRefused(t("atomic.special", path=path))
    try:
        # O_NONBLOCK: opening a FIFO no one reads fails (ENXIO) instead of waiting
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        if e.errno == errno.ENXIO and stat.S_ISFIFO(mode):
            raise SpecialFileRefused(t("atomic.fifo_no_reader", path=path)) from None
        raise
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as f:
        f.write(text.encode("utf-8"))


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
