"""Download handler that sends every request to the local sample-site server.

With it, a spider crawls https://www.chinanews.com.cn/... exactly as on the live site, but the bytes
come from samples/sites/www.chinanews.com.cn/... served on 127.0.0.1. The response keeps the live URL,
so archive records, canonical URLs and the offsite filter behave as live. No request can leave
127.0.0.1 while this handler is installed: a host that has no sample folder answers 404.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

FETCH_URL_META = "wirearchive_fetch_url"


def sample_url(base: str, live_url: str) -> str:
    """https://host/path?q -> http://127.0.0.1:PORT/host/path?q"""
    parts = urlsplit(live_url)
    local = f"{base.rstrip('/')}/{parts.hostname}{parts.path or '/'}"
    return f"{local}?{parts.query}" if parts.query else local


class SampleSitesDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        self._base = crawler.settings.get("WIREARCHIVE_SAMPLE_BASE")
        if not self._base:
            raise NotConfigured("WIREARCHIVE_SAMPLE_BASE is not set")

    async def download_request(self, request: Request) -> Response:
        local = sample_url(self._base, request.url)
        request.meta[FETCH_URL_META] = local
        response = await super().download_request(request.replace(url=local))
        return response.replace(url=request.url)
