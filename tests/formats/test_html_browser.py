"""The HTML report in a real browser: headless Chromium (Debian's ``chromium``).

Each test writes the report, adds a small probe script at the end of its body
(after the report's own script), and has Chromium load the page and dump its
DOM: the probe has clicked a figure, focused it, and written what it saw into
a ``<pre id="probe">`` as JSON. Skipped when Chromium is not installed
(``apt-get install chromium``).

``LICANG_UPDATE_SCREENSHOT=1 pytest tests/formats/test_html_browser.py`` also
rewrites ``docs/report.png``, the shipped report at 1200 × 1600.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest

from licang_check.formats.html import HtmlFormatter
from licang_check.run.results import Summary
from licang_check.run.verify import verify_paths

ROOT = Path(__file__).parents[2]
CI = Path(__file__).parents[1] / "data" / "ci"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
)

FLAGS = [
    "--headless",
    "--no-sandbox",  # as root, in a container
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

PROBE = """
<script>
(function () {
  var wanted = "%(id)s";
  var out = {ids: [], classes: {}};
  document.querySelectorAll("mark[data-id]").forEach(function (m) {
    m.getAttribute("data-id").split(" ").forEach(function (id) {
      if (out.ids.indexOf(id) < 0) { out.ids.push(id); }
      (out.classes[id] = out.classes[id] || []).push(m.className);
    });
  });
  var mark = document.querySelector('mark[data-id~="' + wanted + '"]');
  var details = document.getElementById("explain-0-" + wanted);
  var tip = mark.querySelector(".tip");
  out.tipBefore = getComputedStyle(tip).display;
  out.tip = tip.textContent;
  out.openBefore = details.open;
  mark.click();
  out.openAfter = details.open;
  out.tipAfterClick = getComputedStyle(tip).display;
  document.body.click();
  out.tipAfterClickElsewhere = getComputedStyle(tip).display;
  out.explanation = details.textContent;
  out.summary = document.getElementById("summary").textContent;
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def chromium(tmp_path: Path, *args: str) -> str:
    assert CHROMIUM is not None
    proc = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def write_report(claims: Path, out: Path) -> str:
    reports = verify_paths([str(claims)], keep_claims=True)
    page = HtmlFormatter().render(reports, Summary.of(reports), color=False)
    out.write_text(page, encoding="utf-8")
    return page


def probe(tmp_path: Path, claims: Path, wanted: str) -> dict[str, Any]:
    page = write_report(claims, tmp_path / "report.html")
    probed = tmp_path / "probed.html"
    probed.write_text(page.replace("</body>", PROBE % {"id": wanted} + "</body>"), "utf-8")
    dom = chromium(tmp_path, "--dump-dom", probed.as_uri())
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found is not None, dom[-2000:]
    data: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return data


def test_the_shipped_report(tmp_path: Path) -> None:
    seen = probe(tmp_path, ROOT / "claims.yaml", "projects_landed")
    from licang_check.claims.load import load_claims

    assert sorted(seen["ids"]) == sorted(load_claims(ROOT / "claims.yaml").claims)
    assert set(seen["classes"]["projects_landed"]) == {"edge"}
    assert set(seen["classes"]["total_investment"]) == {"consistent"}
    assert seen["tipBefore"] == "none"
    assert seen["tipAfterClick"] == "block"  # pinned; it also shows on hover and focus
    assert seen["tipAfterClickElsewhere"] == "none"
    assert "growth projects_landed: consistent, edge" in seen["tip"]
    assert seen["openBefore"] is False
    assert seen["openAfter"] is True
    assert "149 ÷ 40 = 3.725: a growth of +272.5%" in seen["explanation"]
    assert "57 consistent" in seen["summary"]


def test_an_inconsistent_report_shows_its_explanation(tmp_path: Path) -> None:
    seen = probe(tmp_path, CI / "inconsistent" / "claims.yaml", "sows_share")
    # every claim whose quote is in the article (pigs' is not: listed apart)
    assert sorted(seen["ids"]) == ["projects_landed", "sows_share", "total_investment"]
    assert set(seen["classes"]["sows_share"]) == {"inconsistent"}
    assert seen["tipAfterClick"] == "block"
    assert "share sows_share: inconsistent" in seen["tip"]
    assert seen["openAfter"] is True
    assert "[81.225, 81.375)" in seen["explanation"]
    assert "no whole number fits" in seen["explanation"]
    assert "share 54.0% or 54.7%" in seen["explanation"]
    assert "4 inconsistent" in seen["summary"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_a_screenshot_of_the_shipped_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # the report names the file as given: claims.yaml
    write_report(Path("claims.yaml"), tmp_path / "report.html")
    shot = tmp_path / "report.png"
    if os.environ.get("LICANG_UPDATE_SCREENSHOT") == "1":
        shot = ROOT / "docs" / "report.png"
    chromium(
        tmp_path,
        f"--screenshot={shot}",
        "--window-size=1200,1600",
        (tmp_path / "report.html").as_uri(),
    )
    assert _png_size(shot) == (1200, 1600)
