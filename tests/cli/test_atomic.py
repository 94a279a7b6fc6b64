"""Writing files: atomically, never over an existing file without force, and an
interrupted write leaves the old file as it was."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import IO, Any

import pytest

from licang_check._cli.atomic import FileExistsRefused, SpecialFileRefused, write_atomic

ROOT = Path(__file__).parents[2]
OLD = "旧的报告\nold report\n"
NEW = "新的报告\nnew report\n" * 1000


def leftovers(folder: Path) -> list[str]:
    """Temporary files write_atomic left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(OLD, encoding="utf-8")
    return path


# -- plain behaviour -----------------------------------------------------------


def test_writes_a_new_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    write_atomic(path, NEW)
    assert path.read_text(encoding="utf-8") == NEW
    assert leftovers(tmp_path) == []


def test_a_new_file_gets_the_umask(tmp_path: Path) -> None:
    old_umask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "report.txt", NEW)
    finally:
        os.umask(old_umask)
    assert (tmp_path / "report.txt").stat().st_mode & 0o777 == 0o640


def test_refuses_to_overwrite_without_force(old: Path) -> None:
    with pytest.raises(FileExistsRefused, match="use --force to overwrite it"):
        write_atomic(old, NEW)
    assert old.read_text(encoding="utf-8") == OLD
    assert leftovers(old.parent) == []


def test_refuses_a_dangling_symlink_without_force(tmp_path: Path) -> None:
    """A name that is taken, even by a link to nothing, is not written through."""
    link = tmp_path / "report.txt"
    link.symlink_to(tmp_path / "elsewhere.txt")
    with pytest.raises(FileExistsRefused):
        write_atomic(link, NEW)
    assert not (tmp_path / "elsewhere.txt").exists()
    assert leftovers(tmp_path) == []


def test_overwrites_with_force_and_keeps_the_mode(old: Path) -> None:
    old.chmod(0o640)
    write_atomic(old, NEW, force=True)
    assert old.read_text(encoding="utf-8") == NEW
    assert old.stat().st_mode & 0o777 == 0o640
    assert leftovers(old.parent) == []


def test_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, NEW, force=True)
    assert leftovers(tmp_path) == []


# -- interrupted writes --------------------------------------------------------


class _Interrupted(BaseException):
    """Stands for KeyboardInterrupt, SystemExit or a signal mid-write."""


def _boom(*args: Any, **kwargs: Any) -> None:
    raise _Interrupted


def _enospc(*args: Any, **kwargs: Any) -> None:
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    ("where", "raise_"),
    [
        ("fsync", _boom),
        ("fsync", _enospc),
        ("chmod", _boom),
        ("replace", _boom),
        ("replace", _enospc),
    ],
)
def test_an_interrupted_overwrite_leaves_the_old_file(
    old: Path, monkeypatch: pytest.MonkeyPatch, where: str, raise_: Any
) -> None:
    monkeypatch.setattr(os, where, raise_)  # atomic.py calls os.<where>
    with pytest.raises((_Interrupted, OSError)) as info:
        write_atomic(old, NEW, force=True)
    assert not isinstance(info.value, FileExistsRefused)
    assert old.read_bytes() == OLD.encode("utf-8")
    assert leftovers(old.parent) == []


@pytest.mark.parametrize(
    ("where", "raise_"), [("fsync", _boom), ("link", _boom), ("link", _enospc)]
)
def test_an_interrupted_new_file_is_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, raise_: Any
) -> None:
    """No half-written file under the new name (an OSError from link falls back
    to a rename, which is all or nothing)."""
    monkeypatch.setattr(os, where, raise_)
    path = tmp_path / "report.txt"
    try:
        write_atomic(path, NEW)
    except (_Interrupted, OSError):
        assert not path.exists()
    else:
        assert path.read_text(encoding="utf-8") == NEW  # the rename fallback ran
    assert leftovers(tmp_path) == []


def test_a_write_that_fails_halfway_leaves_the_old_file(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Half the text reaches the temporary file, then the disk is full."""
    real_fdopen = os.fdopen

    def half_then_full(fd: int, *args: Any, **kwargs: Any) -> IO[str]:
        f: IO[str] = real_fdopen(fd, *args, **kwargs)
        real_write = f.write

        def write(text: str) -> int:
            real_write(text[: len(text) // 2])
            f.flush()
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(f, "write", write)
        return f

    monkeypatch.setattr(os, "fdopen", half_then_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(old, NEW, force=True)
    assert old.read_bytes() == OLD.encode("utf-8")
    assert leftovers(old.parent) == []


def test_a_process_killed_mid_write_leaves_the_old_file(old: Path) -> None:
    """SIGKILL between writing the temporary file and renaming it: no cleanup
    runs, yet the old file is whole; only the stale temporary file remains."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from licang_check._cli import atomic
        atomic.os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        atomic.write_atomic(Path({str(old)!r}), {NEW!r}, force=True)
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], timeout=60, check=False)
    assert proc.returncode == -9
    assert old.read_bytes() == OLD.encode("utf-8")
    (stale,) = leftovers(old.parent)
    assert stale.startswith(".report.txt.")
    assert (old.parent / stale).read_text(encoding="utf-8") == NEW  # fully written, never renamed


# -- through the CLI -----------------------------------------------------------


def test_verify_output_needs_force_to_overwrite(tmp_path: Path) -> None:
    for name in ("claims.yaml", "article.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    report = tmp_path / "report.json"
    report.write_text(OLD, encoding="utf-8")

    def verify(*extra: str) -> subprocess.CompletedProcess[str]:
        args = ["verify", "claims.yaml", "--format", "json", "-o", "report.json", *extra]
        return subprocess.run(
            [sys.executable, "-m", "licang_check", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    refused = verify()
    assert refused.returncode == 2
    assert "--force" in refused.stderr
    assert report.read_text(encoding="utf-8") == OLD
    forced = verify("--force")
    assert forced.returncode == 0, forced.stderr
    assert report.read_text(encoding="utf-8").startswith("{")
    assert leftovers(tmp_path) == []


# -- special files and long names ------------------------------------------------


def test_a_fifo_is_written_in_place_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, there before the write
    try:
        write_atomic(fifo, NEW, force=True)  # less than a pipe's buffer
        got = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert got == NEW.encode("utf-8")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert leftovers(tmp_path) == []


def test_a_fifo_with_no_reader_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    with pytest.raises(SpecialFileRefused, match="a FIFO that no process reads"):
        write_atomic(fifo, NEW, force=True)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_special_file_still_needs_force(tmp_path: Path) -> None:
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    with pytest.raises(FileExistsRefused, match="use --force"):
        write_atomic(fifo, NEW)


def test_a_character_device_is_written_in_place(tmp_path: Path) -> None:
    null = tmp_path / "null"
    try:  # a /dev/null of its own: the real one is never at stake
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("making a device needs root")
    write_atomic(null, NEW, force=True)
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert leftovers(tmp_path) == []


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(tmp_path / "s"))
    except OSError:
        pytest.skip("cannot bind a socket here")
    try:
        with pytest.raises(SpecialFileRefused, match="is a special file"):
            write_atomic(tmp_path / "s", NEW, force=True)
    finally:
        sock.close()
    assert stat.S_ISSOCK((tmp_path / "s").lstat().st_mode)


@pytest.mark.parametrize("name", ["r" * 250, "r" * 255, "报" * 85, "报" * 84 + "rrr"])
@pytest.mark.parametrize("force", [False, True])
def test_a_name_as_long_as_the_file_system_allows(tmp_path: Path, name: str, force: bool) -> None:
    assert len(name.encode("utf-8")) <= 255
    path = tmp_path / name
    if force:
        path.write_text(OLD, encoding="utf-8")
    write_atomic(path, NEW, force=force)
    assert path.read_text(encoding="utf-8") == NEW
    assert leftovers(tmp_path) == []
