"""Hostile input, round two (issue #19): what a pull request, or an unlucky
user, can put around a claims file: symlinks a glob finds, special files as
``-o``, closed standard streams, symlink loops, floods of errors, invisible
characters. Every test runs the real CLI in a subprocess."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import landed, licang_yaml

ROOT = Path(__file__).parents[2]
HANG_GUARD = 120  # seconds; a guard against a hang, not a speed test
SECRET = "ghp_0123456789abcdefNOTREALTOKEN"

CLAIMS = licang_yaml(landed("landed", quote="落地过亿元项目149个"), title="李沧")
ARTICLE = "李沧区落地过亿元项目149个、增长273%。\n"


def run(
    cwd: Path,
    *args: str,
    stdin: str | None = None,
    close: tuple[int, ...] = (),
) -> subprocess.CompletedProcess[str]:
    """``licang-check ARGS`` in ``cwd``; ``close``: standard descriptors to
    close in the child before it starts (as a shell's ``>&-`` does)."""

    def closing() -> None:
        for fd in close:
            os.close(fd)

    return subprocess.run(
        [sys.executable, "-m", "licang_check", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=HANG_GUARD,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
        preexec_fn=closing if close else None,
        check=False,
    )


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A checkout with one good claims file, and a secret outside it."""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.env").write_text(f"GITHUB_TOKEN={SECRET}\n")
    checkout = tmp_path / "repo"
    folder = checkout / "articles" / "x"
    folder.mkdir(parents=True)
    (folder / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return checkout


# -- 1. what a glob finds is held to the article's rules ------------------------------


@pytest.mark.parametrize("how", ["glob", "folder"])
def test_a_symlink_to_a_secret_outside_is_not_read(repo: Path, how: str) -> None:
    leak = repo / "articles" / "x" / "claims-leak.yaml"
    leak.symlink_to(repo.parent / "outside" / "secret.env")
    arg = "articles/**/claims*.yaml" if how == "glob" else "articles"
    proc = run(repo, "verify", arg, "--format", "github")
    no_traceback(proc)
    assert SECRET not in proc.stdout + proc.stderr
    assert "GITHUB_TOKEN" not in proc.stdout + proc.stderr
    assert proc.returncode == 2
    assert "articles/x/claims-leak.yaml:1:1: error: not read:" in proc.stderr
    assert "leads outside articles" in proc.stderr
    assert "::error file=articles/x/claims-leak.yaml,line=1,col=1," in proc.stdout
    # the good file beside it is still checked
    assert proc.stderr.splitlines()[-1] == "2 consistent, 0 inconsistent, 1 error in 2 files"


def test_a_symlink_into_a_hidden_folder_is_not_read(repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / ".git" / "config").write_text(f"[http]\n  extraheader = {SECRET}\n")
    inside = repo / "articles" / ".private"
    inside.mkdir()
    (inside / "notes.yaml").write_text(f"token: {SECRET}\n")
    (repo / "articles" / "x" / "claims-git.yaml").symlink_to(repo / ".git" / "config")
    (repo / "articles" / "x" / "claims-notes.yaml").symlink_to("../.private/notes.yaml")
    proc = run(repo, "verify", "**/claims*.yaml")
    no_traceback(proc)
    assert SECRET not in proc.stdout + proc.stderr
    assert proc.returncode == 2
    assert "articles/x/claims-git.yaml:1:1: error: not read:" in proc.stderr
    assert "articles/x/claims-notes.yaml:1:1: error: not read:" in proc.stderr
    assert "hidden file or folder" in proc.stderr


def test_a_fifo_or_a_broken_symlink_a_glob_finds_is_not_opened(repo: Path) -> None:
    os.mkfifo(repo / "articles" / "x" / "claims-fifo.yaml")  # no writer: reading would block
    (repo / "articles" / "x" / "claims-gone.yaml").symlink_to("nowhere.yaml")
    proc = run(repo, "verify", "articles/*/claims*.yaml")
    no_traceback(proc)
    assert proc.returncode == 2
    for name in ("claims-fifo.yaml", "claims-gone.yaml"):
        assert f"articles/x/{name}:1:1: error: not read:" in proc.stderr
    assert "not a regular file" in proc.stderr


def test_a_symlink_inside_the_glob_is_read(repo: Path) -> None:
    (repo / "articles" / "y").mkdir()
    (repo / "articles" / "y" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (repo / "articles" / "y" / "claims.yaml").symlink_to("../x/claims.yaml")
    proc = run(repo, "verify", "articles/**/claims*.yaml")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1] == "4 consistent, 0 inconsistent, 0 errors in 2 files"


def test_a_path_given_by_the_user_is_their_word(repo: Path) -> None:
    """Named on the command line, a symlink out is read: the user asked."""
    other = repo.parent / "outside" / "claims"
    other.mkdir()
    (other / "claims.yaml").write_text(CLAIMS.replace("  text: article.txt\n", ""))
    (repo / "mine.yaml").symlink_to(other / "claims.yaml")
    proc = run(repo, "verify", "mine.yaml")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (f"GITHUB_TOKEN={SECRET}\nOTHER=1\n", "a single value"),
        (f"- GITHUB_TOKEN={SECRET}\n", "a list"),
        (f'"{SECRET}"\n', "a single value"),
    ],
)
def test_a_file_that_is_no_mapping_is_not_quoted(tmp_path: Path, content: str, kind: str) -> None:
    (tmp_path / "claims.yaml").write_text(content, encoding="utf-8")
    for fmt in ("table", "github", "json"):
        proc = run(tmp_path, "verify", "claims.yaml", "--format", fmt)
        no_traceback(proc)
        assert proc.returncode == 2
        assert SECRET not in proc.stdout + proc.stderr
        assert f"claims.yaml:1:1: error: the claims file must be a mapping, not {kind}" in (
            proc.stderr
        )


# -- a folder, -, -o -, a glob that matches nothing ---------------------------------------


def test_a_folder_is_searched_for_claims_files(repo: Path) -> None:
    (repo / "articles" / "x" / "notes.yaml").write_text("not: a claims file\n")
    (repo / "articles" / "claims-2.yaml").write_text(
        CLAIMS.replace("text: article.txt", "text: x/article.txt"), encoding="utf-8"
    )
    proc = run(repo, "verify", "articles", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    paths = [f["path"] for f in json.loads(proc.stdout)["files"]]
    assert paths == ["articles/claims-2.yaml", "articles/x/claims.yaml"]


def test_a_folder_with_no_claims_file_is_an_error_and_no_file(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = run(tmp_path, "verify", "empty")
    assert proc.returncode == 2
    assert "empty:1:1: error: no claims file (**/claims*.yaml) in or below this folder" in (
        proc.stderr
    )
    assert proc.stderr.splitlines()[-1] == "0 consistent, 0 inconsistent, 1 error in 0 files"


def test_an_unmatched_glob_is_an_error_but_not_a_file(repo: Path) -> None:
    proc = run(repo, "verify", "articles/x/claims.yaml", "nothing/*.yaml")
    assert proc.returncode == 2
    assert "nothing/*.yaml:1:1: error: no file matches" in proc.stderr
    assert proc.stderr.splitlines()[-1] == "2 consistent, 0 inconsistent, 1 error in 1 file"


def test_dash_reads_the_claims_file_from_stdin(repo: Path) -> None:
    folder = repo / "articles" / "x"  # article.txt is relative to the current folder
    proc = run(folder, "verify", "-", "--format", "json", stdin=CLAIMS)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert [f["path"] for f in report["files"]] == ["-"]
    assert report["summary"] == {"consistent": 2, "inconsistent": 0, "errors": 0}
    bad = run(folder, "verify", "-", stdin=CLAIMS + "    grwoth: 1\n")
    assert bad.returncode == 2
    assert "-:11:5: error: unknown key 'grwoth'" in bad.stderr


def test_dash_with_stdin_closed(repo: Path) -> None:
    proc = run(repo, "verify", "-", close=(0,))
    no_traceback(proc)
    assert proc.returncode == 2
    assert "-:1:1: error: standard input is closed" in proc.stderr


def test_dash_o_dash_writes_to_stdout(repo: Path) -> None:
    folder = repo / "articles" / "x"
    proc = run(folder, "verify", "claims.yaml", "-f", "json", "-o", "-")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["consistent"] == 2
    assert not (folder / "-").exists()
    named = run(folder, "verify", "claims.yaml", "-f", "json", "-o", "./-")
    assert named.returncode == 0, named.stderr
    assert json.loads((folder / "-").read_text(encoding="utf-8"))["summary"]["consistent"] == 2


# -- 2. -o never replaces a special file, nor the claims file it reads -------------------


def test_o_fifo_force_writes_into_the_fifo(repo: Path) -> None:
    folder = repo / "articles" / "x"
    fifo = folder / "report.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, there before the write
    try:
        proc = run(folder, "verify", "claims.yaml", "-f", "json", "-o", "report.fifo", "--force")
        got = os.read(reader, 1 << 20)  # the report is less than a pipe's buffer
    finally:
        os.close(reader)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert json.loads(got)["summary"]["consistent"] == 2


def test_o_fifo_with_no_reader_is_refused_not_waited_on(repo: Path) -> None:
    folder = repo / "articles" / "x"
    os.mkfifo(folder / "report.fifo")
    proc = run(folder, "verify", "claims.yaml", "-o", "report.fifo", "--force")
    no_traceback(proc)
    assert proc.returncode == 2
    assert "report.fifo is a FIFO that no process reads; it is not written" in proc.stderr
    assert stat.S_ISFIFO((folder / "report.fifo").lstat().st_mode)


def test_o_a_character_device_force_writes_in_place(repo: Path) -> None:
    folder = repo / "articles" / "x"
    null = folder / "null"
    try:  # a /dev/null of its own, so no real device is at stake
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("making a device needs root")
    proc = run(folder, "verify", "claims.yaml", "-o", "null", "--force")
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISCHR(null.lstat().st_mode)
    assert os.major(null.lstat().st_rdev) == 1


def test_o_a_socket_is_refused(repo: Path) -> None:
    folder = repo / "articles" / "x"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "report.sock"))
    except OSError:  # a path too long for a socket
        pytest.skip("cannot bind a socket here")
    try:
        proc = run(folder, "verify", "claims.yaml", "-o", "report.sock", "--force")
    finally:
        sock.close()
    no_traceback(proc)
    assert proc.returncode == 2
    assert "report.sock is a special file" in proc.stderr
    assert stat.S_ISSOCK((folder / "report.sock").lstat().st_mode)


@pytest.mark.parametrize("how", ["same", "link", "glob"])
def test_o_the_claims_file_being_read_is_refused(repo: Path, how: str) -> None:
    folder = repo / "articles" / "x"
    if how == "link":
        (folder / "out.yaml").symlink_to("claims.yaml")
    target = "out.yaml" if how == "link" else "claims.yaml"
    path = "*.yaml" if how == "glob" else "claims.yaml"
    proc = run(folder, "verify", path, "-o", target, "--force")
    assert proc.returncode == 2
    assert f"{target} is a claims file being checked; write the report elsewhere" in proc.stderr
    assert (folder / "claims.yaml").read_text(encoding="utf-8") == CLAIMS


def test_o_a_name_of_250_bytes(repo: Path) -> None:
    folder = repo / "articles" / "x"
    name = "报" * 80 + "r" * 5 + ".json"  # 240 + 5 + 5 = 250 bytes
    assert len(name.encode()) == 250
    proc = run(folder, "verify", "claims.yaml", "-f", "json", "-o", name)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((folder / name).read_text(encoding="utf-8"))["summary"]["consistent"] == 2
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp")) == []


# -- 3. closed standard streams ----------------------------------------------------------


def test_stdout_closed_is_an_error_said_on_stderr(repo: Path) -> None:
    proc = run(repo / "articles" / "x", "verify", "claims.yaml", close=(1,))
    no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr == (
        "licang-check: error: cannot write to standard output: it is closed (use -o FILE)\n"
    )


def test_stdout_closed_does_not_matter_with_o(repo: Path) -> None:
    folder = repo / "articles" / "x"
    proc = run(folder, "verify", "claims.yaml", "-f", "json", "-o", "r.json", close=(1,))
    no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "2 consistent, 0 inconsistent, 0 errors in 1 file\n"
    assert json.loads((folder / "r.json").read_text(encoding="utf-8"))["summary"]["errors"] == 0


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (CLAIMS, 0),
        (CLAIMS.replace("growth: 273%", "growth: 300%"), 1),
        (CLAIMS + "    grwoth: 1\n", 2),
    ],
)
def test_stderr_closed_keeps_stdout_clean(repo: Path, body: str, code: int) -> None:
    folder = repo / "articles" / "x"
    (folder / "claims.yaml").write_text(body, encoding="utf-8")
    proc = run(folder, "verify", "claims.yaml", "-f", "json", close=(2,))
    assert proc.returncode == code
    assert proc.stderr == ""  # closed: nothing reached the pipe
    report = json.loads(proc.stdout)  # the summary line did not land in it
    assert set(report) == {"files", "summary"}


def test_stderr_closed_a_file_is_not_given_fd_2(repo: Path) -> None:
    """With fd 2 closed, the first file the run opens would get it, and what
    is printed to stderr would be written into that file (here the report)."""
    folder = repo / "articles" / "x"
    (folder / "claims.yaml").write_text(CLAIMS + "    grwoth: 1\n", encoding="utf-8")
    proc = run(folder, "verify", "claims.yaml", "-f", "json", "-o", "r.json", close=(2,))
    assert proc.returncode == 2
    json.loads((folder / "r.json").read_text(encoding="utf-8"))


# -- 4b. symlink loops do not hang a ** glob -----------------------------------------


def test_symlink_loops_beside_a_claims_file(repo: Path) -> None:
    folder = repo / "articles" / "x"
    (folder / "loop1").symlink_to(".")
    (folder / "loop2").symlink_to("..")
    (folder / "self").symlink_to("self")
    proc = run(repo, "verify", "articles/**/claims*.yaml")  # hung before: 2^40 paths
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1] == "2 consistent, 0 inconsistent, 0 errors in 1 file"


def test_one_symlink_loop_gives_the_file_once(repo: Path) -> None:
    (repo / "articles" / "x" / "again").symlink_to(".")
    proc = run(repo, "verify", "**/claims.yaml", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == ["articles/x/claims.yaml"]


# -- 5. suggestions only for the errors shown ------------------------------------------


def test_suggestions_are_worked_out_only_for_errors_shown(tmp_path: Path) -> None:
    """150 unknown keys: 100 are shown, and only those get a suggestion (for
    600,000, difflib's took 20 s). An error the walk finds last but the file
    has first is shown, with its suggestion."""
    keys = "".join(f"    quote_{i}: 1\n" for i in range(150))
    share = "  share:\n    quote: q\n    value: 5%\n    of: landde\n"
    body = CLAIMS.replace("  text: article.txt\nclaims:\n", "claims:\n" + share) + keys
    (tmp_path / "claims.yaml").write_text(body, encoding="utf-8")
    probe = (
        "import licang_check.claims.load as L\n"
        "calls = []\n"
        "real = L._did_you_mean\n"
        "L._did_you_mean = lambda *a: calls.append(a) or real(*a)\n"
        "from licang_check.run.verify import verify_file\n"
        "rep = verify_file('claims.yaml')\n"
        "print(len(calls))\n"
        "print('\\n'.join(e.message for e in rep.errors))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
        check=True,
    )
    calls, *messages = proc.stdout.splitlines()
    assert len(messages) == 101
    assert messages[-1] == "51 more errors from here on are not shown (at most 100 are)"
    assert int(calls) == 100  # the 'of' and 99 keys: each shown error, no other
    assert "did you mean 'landed'?" in messages[0], messages[0]
    assert all("did you mean 'quote'?" in m for m in messages[1:100])


# -- 6. errors found while evaluating checks are capped -------------------------------


def test_evaluation_errors_are_capped(tmp_path: Path) -> None:
    checks = "".join(
        f"  - {{id: d{i}, expr: landed / (landed - landed) > 0}}\n" for i in range(150)
    )
    body = CLAIMS.replace("  text: article.txt\n", "") + "checks:\n" + checks
    (tmp_path / "claims.yaml").write_text(body, encoding="utf-8")
    proc = run(tmp_path, "verify", "claims.yaml")
    assert proc.returncode == 2
    *errors, summary = proc.stderr.splitlines()
    assert len(errors) == 101
    assert all("division by" in e for e in errors[:100])
    first_left_out = 10 + 100 + 1  # the 101st check's line
    assert errors[100].startswith(f"claims.yaml:{first_left_out}:")
    assert errors[100].endswith("50 more errors from here on are not shown (at most 100 are)")
    assert summary == "0 consistent, 0 inconsistent, 101 errors in 1 file"


# -- 7. text from a file is escaped on every diagnostic surface ------------------------

FORGED = "\u2028x.yaml:1:1: error: forged"
INVISIBLE = {"\u200b": "\\u200b", "\u2028": "\\u2028", "\x1b": "\\x1b", "\u202e": "\\u202e"}


def _shown(text: str) -> bool:
    return not any(c in text for c in INVISIBLE)


@pytest.fixture
def sneaky(tmp_path: Path) -> Path:
    body = (
        CLAIMS.replace("  text: article.txt\n", "")
        + '    "grwoth\\u2028x.yaml:1:1: error: forged": 1\n'
        + '  "a\\u200bb":\n    quote: q\n    value: 1\n'
        + 'checks:\n  - {id: "k\\u200b", expr: landed > 1}\n'
    )
    (tmp_path / "claims.yaml").write_text(body, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("fmt", ["table", "github", "json", "junit"])
def test_invisible_characters_in_keys_and_ids_are_escaped(sneaky: Path, fmt: str) -> None:
    proc = run(sneaky, "verify", "claims.yaml", "--format", fmt)
    assert proc.returncode == 2
    for text in (proc.stdout, proc.stderr):
        assert _shown(text)
    where = proc.stdout if fmt == "json" else proc.stderr
    if fmt == "json":  # the escape itself, escaped once more as JSON
        errors = json.loads(proc.stdout)["files"][0]["errors"]
        where = "\n".join(e["message"] for e in errors)
    assert "unknown key 'grwoth\\u2028x.yaml:1:1: error: forged'" in where
    assert "claim id 'a\\u200bb'" in where
    assert "check id 'k\\u200b'" in where
    if fmt == "github":
        assert "::unknown key 'grwoth\\u2028x.yaml" in proc.stdout


@pytest.mark.parametrize("char", list(INVISIBLE))
@pytest.mark.parametrize("fmt", ["table", "github"])
def test_a_file_name_a_glob_finds_is_escaped(tmp_path: Path, char: str, fmt: str) -> None:
    """The name of a file a glob found is the repository's text, like a key."""
    folder = tmp_path / "articles"
    folder.mkdir()
    name = f"claims{char}.yaml"
    (folder / name).write_text(CLAIMS.replace("  text: article.txt\n", ""), encoding="utf-8")
    bad = f"claims-bad{char}.yaml"
    (folder / bad).write_text("version: 1\n", encoding="utf-8")
    proc = run(tmp_path, "verify", "articles/claims*.yaml", "--format", fmt)
    assert proc.returncode == 2
    assert _shown(proc.stdout), proc.stdout
    assert _shown(proc.stderr), proc.stderr
    escaped = INVISIBLE[char]
    assert f"articles/claims-bad{escaped}.yaml:1:1: error:" in proc.stderr
    if fmt == "github":
        assert f"::error file=articles/claims-bad{escaped}.yaml," in proc.stdout
    else:
        assert f"articles/claims{escaped}.yaml" in proc.stdout  # the table's title


def test_a_file_name_stays_exact_in_json(tmp_path: Path) -> None:
    """JSON escapes what it must itself, and a script gets the real name."""
    (tmp_path / "claims\u200b.yaml").write_text("version: 1\n", encoding="utf-8")
    proc = run(tmp_path, "verify", "claims*.yaml", "--format", "json")
    assert json.loads(proc.stdout)["files"][0]["path"] == "claims\u200b.yaml"
