"""The sample-site server serves files under live paths, misbehaves as told, and stays in its folder."""

import http.client
import urllib.error
import urllib.request

import pytest

from crawlers.handlers import sample_url


def fetch(base, path):
    return urllib.request.urlopen(base + path, timeout=10)


def test_serves_a_site_file_with_its_content_type(sample_server):
    with fetch(sample_server.base_url, "/www.chinanews.com.cn/robots.txt") as response:
        assert response.status == 200 and response.headers["Content-Type"] == "text/plain"
        assert b"Disallow: /private/" in response.read()


def test_missing_file_is_404_and_no_escape_from_the_folder(sample_server):
    for path in ["/www.chinanews.com.cn/nope.shtml", "/../pyproject.toml", "/%2e%2e/pyproject.toml"]:
        with pytest.raises(urllib.error.HTTPError) as err:
            fetch(sample_server.base_url, path)
        assert err.value.code == 404


def test_truncated_transfer_announces_more_than_it_sends(sample_server):
    key = next(k for k, v in sample_server.behaviours.items() if "truncate_at" in v)
    with fetch(sample_server.base_url, "/" + key) as response:
        announced = int(response.headers["Content-Length"])
        with pytest.raises(http.client.IncompleteRead):
            response.read()
    assert announced > 0


def test_sample_url_maps_live_urls_to_the_local_server():
    base = "http://127.0.0.1:9"
    assert (
        sample_url(base, "https://www.news.cn/a/b.html?x=1") == "http://127.0.0.1:9/www.news.cn/a/b.html?x=1"
    )
    assert sample_url(base + "/", "https://english.news.cn") == "http://127.0.0.1:9/english.news.cn/"
