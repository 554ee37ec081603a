"""Whatever people scraped: one clear line per bad file, a non-zero exit, the rest of the batch processed, and
nothing already in the knowledge base changed."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from alaqat.errors import ReadError
from alaqat.read import MAX_DOCUMENT_BYTES, read_file

ROOT = Path(__file__).resolve().parents[1]
GOOD = "أقيمت العلاقات الدبلوماسية بين مصر وكازاخستان عام 1992."


def make_pdf_without_text(path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    with path.open("wb") as fh:
        writer.write(fh)


def make_pdf_with_text(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Kazakhstan and Oman established relations in 1992.")
    pdf.output(str(path))


def make_docx_with_table(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph(GOOD)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "الدولة", "التاريخ"
    table.cell(1, 0).text, table.cell(1, 1).text = "البحرين", "28 مايو 1992"
    d.save(path)


@pytest.fixture
def batch(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good.txt": GOOD.encode(),
        "empty.txt": b"",
        "blank.txt": b"  \n\t\n",
        "binary.txt": bytes(range(256)) * 8,
        "truncated.txt": "علاقات".encode()[:-1],
        "utf16.txt": GOOD.encode("utf-16-le"),
        "cp1256.txt": GOOD.encode("cp1256"),
        "iso88596.txt": "أقيمت العلاقات بين مصر والأردن".encode("iso8859_6", errors="replace"),
        "page.html": ("<html><head><title>ت</title><script>var a=1;</script></head><body><nav>قائمة</nav>"
                      f"<article><p>{GOOD}</p><p>{GOOD}</p></article><footer>حقوق</footer></body></html>").encode(),
        "weird.xyz": b"hello",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    make_pdf_without_text(tmp_path / "scan.pdf")
    make_docx_with_table(tmp_path / "table.docx")
    os.symlink(tmp_path / "loop.txt", tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    os.symlink(tmp_path, tmp_path / "sub" / "back")  # a directory loop
    (tmp_path / "dir.txt").mkdir()  # a folder whose name looks like a file
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    return {p.name: p for p in tmp_path.iterdir()}


EXPECTED_ERRORS = {
    "empty.txt": "empty document",
    "blank.txt": "empty document",
    "binary.txt": "not a text document (binary)",
    "scan.pdf": "PDF has no text layer (scanned image?)",
    "loop.txt": "Too many levels of symbolic links",
    "pipe.txt": "not a regular file",
    "dir.txt": "not a regular file",
    "dangling.txt": "broken symbolic link",
}


def test_reader_matrix(batch):
    for name, reason in EXPECTED_ERRORS.items():
        with pytest.raises(ReadError) as err:
            read_file(batch[name])
        assert str(err.value) == f"{batch[name]}: {reason}", name
    assert read_file(batch["truncated.txt"]).text == "علاقا"
    assert read_file(batch["utf16.txt"]).text == GOOD
    assert read_file(batch["cp1256.txt"]).text == GOOD
    assert "العلاقات" in read_file(batch["iso88596.txt"]).text
    html = read_file(batch["page.html"]).text
    assert GOOD in html and "var a" not in html and "قائمة" not in html
    assert "البحرين | 28 مايو 1992" in read_file(batch["table.docx"]).text
    with pytest.raises(ReadError, match=r"unsupported file type \.xyz"):
        read_file(batch["weird.xyz"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ReadError) as err:
        read_file(path)
    assert str(err.value) == f"{path}: permission denied"


def test_pdf_with_text_layer(tmp_path):
    path = tmp_path / "text.pdf"
    make_pdf_with_text(path)
    assert "Oman" in read_file(path).text


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    tracemalloc.start()
    with pytest.raises(ReadError, match=f"file too large .* limit {MAX_DOCUMENT_BYTES:,}"):
        read_file(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "alaqat", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_cli_batch_reports_each_bad_file_once_and_goes_on(batch, tmp_path):
    folder = batch["good.txt"].parent
    run = run_cli("extract", str(folder), str(tmp_path / "missing.txt"))
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    for name, reason in EXPECTED_ERRORS.items():
        if name != "dir.txt":  # a folder in a walked folder is walked, not read
            assert f"{batch[name]}: {reason}" in lines
    assert f"{tmp_path / 'missing.txt'}: no such file or folder" in lines
    docs = {line.split('"doc": "')[1].split('"')[0] for line in run.stdout.splitlines()}
    assert {"good", "utf16", "cp1256", "page", "table"} <= docs


def test_bad_input_never_changes_the_knowledge_base(batch, tmp_path):
    db = tmp_path / "kb.db"
    assert run_cli("ingest", str(batch["good.txt"]), "--db", str(db)).returncode == 0
    from alaqat.store.kb import KnowledgeBase

    with KnowledgeBase(db) as kb:
        before = kb.conn.execute("SELECT group_concat(id), count(*) FROM events").fetchone()[:]
    run = run_cli("ingest", str(batch["binary.txt"]), str(batch["empty.txt"]), str(batch["scan.pdf"]),
                  "--db", str(db))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    with KnowledgeBase(db) as kb:
        assert kb.conn.execute("SELECT group_concat(id), count(*) FROM events").fetchone()[:] == before
        assert kb.stats().documents == 1


def test_bad_options_and_meta_give_one_line(tmp_path):
    meta = tmp_path / "meta.jsonl"
    meta.write_text("not json\n", encoding="utf-8")
    good = tmp_path / "g.txt"
    good.write_text(GOOD, encoding="utf-8")
    run = run_cli("extract", str(good), "--meta", str(meta))
    assert run.returncode != 0 and "Traceback" not in run.stderr
    assert f"{meta}:1: not a JSON object" in run.stderr
    run = run_cli("facts", "--db", str(tmp_path / "none.db"))
    assert run.returncode == 2 and run.stderr.count("\n") == 1


def test_an_unknown_option_or_command_is_a_usage_error_not_an_internal_one(tmp_path):
    good = tmp_path / "g.txt"
    good.write_text(GOOD, encoding="utf-8")
    run = run_cli("extract", str(good), "--no-such-flag", "x")
    assert run.returncode == 2 and "No such option: --no-such-flag" in run.stderr
    assert "internal error" not in run.stderr and "Traceback" not in run.stderr
    run = run_cli("no-such-command")
    assert run.returncode == 2 and "No such command" in run.stderr and "internal error" not in run.stderr
