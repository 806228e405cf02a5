"""What a spider hands on: one fetched page, raw. Parsing the article is the pipeline's job."""

import scrapy


class RawPageItem(scrapy.Item):
    url = scrapy.Field()  # live URL (canonical)
    fetch_url = scrapy.Field()  # URL actually fetched (differs for the sample sites)
    status = scrapy.Field()  # HTTP status, None when the fetch failed
    headers = scrapy.Field()  # list of (name, value)
    body = scrapy.Field()  # bytes as received (de-chunked, decompressed)
    kind = scrapy.Field()  # article | list | feed | sitemap | archive | search | topic | found
    fetched_at = scrapy.Field()  # ISO 8601 UTC
    error = scrapy.Field()  # transfer error ("dataloss: ...", "TimeoutError: ..."), else None
    collected_for = scrapy.Field()  # conference id of a crawl for one conference, else None
    via = scrapy.Field()  # found: the page the article was found on
    day = scrapy.Field()  # date-archive pages: the day (ISO) the page lists
