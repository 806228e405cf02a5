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


def post(base, path, body: bytes, content_type: str):
    request = urllib.request.Request(base + path, data=body, headers={"Content-Type": content_type})
    return urllib.request.urlopen(request, timeout=10)


def test_a_get_search_answers_json_from_data_page_by_page(sample_server):
    import json
    from urllib.parse import quote

    query = f"/so.news.cn/getNews?keyword={quote('中国网络文明大会')}&curPage=1&sortField=0&searchFields=0&lang=cn"
    with fetch(sample_server.base_url, query) as response:
        first = json.loads(response.read())["content"]
    with fetch(sample_server.base_url, query.replace("curPage=1", "curPage=3")) as response:
        third = json.loads(response.read())["content"]
    assert first["pageCount"] == third["pageCount"] == 3
    times = [r["pubtime"] for r in first["results"] + third["results"]]
    assert times == sorted(times, reverse=True)  # newest first
    assert "<font color=red>中国网络文明大会</font>" in first["results"][0]["title"]


def test_a_post_json_search_filters_by_its_millisecond_window_and_refuses_strings(sample_server):
    import json

    path = "/search.people.cn/search-platform/front/search"
    body = {
        "key": "中国网络文明大会",
        "page": 1,
        "limit": 10,
        "startTime": 1661616000000,
        "endTime": 1661702399999,
    }
    with post(sample_server.base_url, path, json.dumps(body).encode(), "application/json") as response:
        records = json.loads(response.read())["data"]["records"]
    assert [r["url"].rsplit("/", 1)[1] for r in records] == ["c1001-32512001.html"]  # the 28th only
    with pytest.raises(urllib.error.HTTPError) as err:
        post(
            sample_server.base_url,
            path,
            json.dumps({**body, "startTime": "1661616000000"}).encode(),
            "application/json",
        )
    assert err.value.code == 400


def test_a_form_search_answers_html_with_the_results_in_a_script(sample_server):
    form = b"q=%E7%BD%91%E7%BB%9C%E6%96%87%E6%98%8E&startDate=2022-08-29&endDate=2022-08-29&pageNum=1"
    with post(
        sample_server.base_url, "/sou.chinanews.com.cn/search/news", form, "application/x-www-form-urlencoded"
    ) as r:
        page = r.read().decode()
    assert "var docArr = [{" in page and "9838505.shtml" in page and "9838202.shtml" not in page


def test_a_post_to_a_page_is_refused(sample_server):
    with pytest.raises(urllib.error.HTTPError) as err:
        post(
            sample_server.base_url,
            "/www.chinanews.com.cn/robots.txt",
            b"x=1",
            "application/x-www-form-urlencoded",
        )
    assert err.value.code == 405
