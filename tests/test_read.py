"""Readers: encodings, formats, metadata, and one clear line per bad file."""

from __future__ import annotations

import codecs

import pytest

from alaqat.errors import ReadError
from alaqat.read import load_meta, read_file, read_paths

ARABIC = "أقيمت العلاقات الدبلوماسية بين البلدين عام 1992."


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"),
        ARABIC.encode("utf-16-le"),
        ARABIC.encode("utf-16-be"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-nobom", "utf16be-nobom", "cp1256"],
)
def test_plain_text_encodings(tmp_path, data):
    path = tmp_path / "doc.txt"
    path.write_bytes(data)
    doc = read_file(path)
    assert doc.text == ARABIC
    assert doc.id == "doc"


def test_truncated_utf8_keeps_what_precedes_the_cut(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("علاقات".encode()[:-1])
    assert read_file(path).text == "علاقا"


def test_binary_is_one_clear_error_and_batch_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)) * 10)
    results = list(read_paths([tmp_path, tmp_path / "missing.txt"]))
    errors = [str(r) for r in results if isinstance(r, ReadError)]
    docs = [r for r in results if not isinstance(r, ReadError)]
    assert [d.id for d in docs] == ["a"]
    assert errors == [f"{tmp_path / 'b.txt'}: not a text document (binary)", f"{tmp_path / 'missing.txt'}: no such file or folder"]


def test_html_main_text_and_metadata(tmp_path):
    html = f"""<html><head><title>كازاخستان والبحرين</title>
    <meta property="og:url" content="https://example.org/a"><meta name="date" content="2021-12-09"></head>
    <body><nav>القائمة الرئيسية</nav><script>alert(1)</script>
    <article><h1>كازاخستان والبحرين</h1><p>{ARABIC}</p><p>{ARABIC}</p><p>وقد زار الرئيس المنامة في سبتمبر 1997 في زيارة رسمية.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    doc = read_file(path)
    assert ARABIC in doc.text
    assert "alert" not in doc.text
    assert doc.title == "كازاخستان والبحرين"
    assert doc.date == "2021-12-09"


def test_docx_paragraphs_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph(ARABIC)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "البحرين"
    table.cell(0, 1).text = "28 مايو 1992"
    path = tmp_path / "t.docx"
    d.save(path)
    text = read_file(path).text
    assert ARABIC in text
    assert "البحرين | 28 مايو 1992" in text


def test_pdf_without_text_layer_is_reported(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(ReadError, match="no text layer"):
        read_file(path)


def test_meta_file_overrides_and_anchors(tmp_path):
    (tmp_path / "x.txt").write_text(ARABIC, encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"doc": "x", "date": "2021-12-10", "title": "T", "url": "https://e.org"}\n', encoding="utf-8")
    doc = read_file(tmp_path / "x.txt", load_meta(meta)["x"])
    assert (doc.date, doc.title, doc.url) == ("2021-12-10", "T", "https://e.org")


def test_seeds_read_as_utf8(seeds):
    assert len(seeds) == 5
    assert all("كازاخستان" in text for text in seeds.values())
