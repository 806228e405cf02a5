"""The WARC archive: what the crawlers write is what the pipeline reads, even after a crash."""

import gzip
import zlib

from warcio.archiveiterator import ArchiveIterator

from pipeline.archive import WarcArchive, archived_urls, iter_archive


def write_sample(raw_dir):
    archive = WarcArchive(raw_dir, "chinanews")
    archive.write_response(
        "https://www.chinanews.com.cn/gn/2026/11-18/1.shtml",
        200,
        [("Content-Type", "text/html; charset=gbk"), ("Content-Encoding", "gzip")],
        "中新网杭州11月18日电".encode("gbk"),
        "article",
        fetch_url="http://127.0.0.1:1/x",
    )
    archive.write_response("https://www.chinanews.com.cn/gn/2026/11-18/2.shtml", 404, [], b"gone", "article")
    archive.write_response(
        "https://www.chinanews.com.cn/gn/2026/11-18/3.shtml",
        200,
        [],
        b"<html><p>half",
        "article",
        error="transfer cut short (dataloss)",
    )
    archive.write_failure(
        "https://www.chinanews.com.cn/gn/2026/11-18/4.shtml", "TimeoutError: took too long", "article"
    )
    archive.close()
    return archive.path


def test_round_trip_keeps_bytes_headers_status_and_errors(tmp_path):
    write_sample(tmp_path)
    pages = list(iter_archive(tmp_path))
    assert [p.status for p in pages] == [200, 404, 200, None]
    first = pages[0]
    assert first.body == "中新网杭州11月18日电".encode("gbk")  # raw bytes, not re-encoded
    assert first.content_type == "text/html; charset=gbk"
    assert first.source == "chinanews" and first.kind == "article"
    assert first.fetch_url == "http://127.0.0.1:1/x"
    assert first.record_id.startswith("<urn:uuid:")
    # the body was already decompressed: the header no longer claims gzip
    assert first.header("Content-Encoding") is None
    assert first.header("X-Archive-Orig-Content-Encoding") == "gzip"
    assert pages[2].error == "transfer cut short (dataloss)"
    assert pages[3].error == "TimeoutError: took too long" and pages[3].body == b""


def test_only_whole_fetches_count_as_archived(tmp_path):
    write_sample(tmp_path)
    assert archived_urls(tmp_path) == {"https://www.chinanews.com.cn/gn/2026/11-18/1.shtml"}


def test_a_record_cut_off_by_a_crash_is_skipped_and_the_rest_read(tmp_path, caplog):
    path = write_sample(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # the last record lost its tail, as after kill -9
    pages = list(iter_archive(tmp_path))
    assert [p.status for p in pages] == [200, 404, 200]
    assert "damaged record" in caplog.text


def test_each_record_is_its_own_gzip_member(tmp_path):
    path = write_sample(tmp_path)
    # a plain gzip reader sees one stream of concatenated members: WARC tools can seek per record
    assert gzip.decompress(path.read_bytes()).count(b"WARC/1.") == 4


def test_every_record_has_digests_warcio_verifies(tmp_path):
    path = write_sample(tmp_path)
    with open(path, "rb") as fh:
        records = 0
        for record in ArchiveIterator(fh, check_digests="raise"):  # a wrong digest raises
            record.content_stream().read()
            assert record.rec_headers.get_header("WARC-Block-Digest", "").startswith("sha1:")
            if record.rec_type == "response":
                assert record.rec_headers.get_header("WARC-Payload-Digest", "").startswith("sha1:")
            records += 1
    assert records == 4


def test_a_record_can_be_read_alone_from_its_offset(tmp_path):
    path = write_sample(tmp_path)
    data = path.read_bytes()
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        offsets = [iterator.get_record_offset() for _ in iterator]
    assert offsets[0] == 0 and len(offsets) == 4
    for start, end in zip(offsets, [*offsets[1:], len(data)], strict=True):
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        record = inflate.decompress(data[start:end])
        assert inflate.eof and not inflate.unused_data  # exactly one gzip member per record
        assert record.startswith(b"WARC/1.") and record.endswith(b"\r\n\r\n")
        head, block = record.split(b"\r\n\r\n", 1)
        length = next(
            int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.startswith(b"Content-Length:")
        )
        assert len(block) == length + 4  # the block, then the two CRLFs that end a record
