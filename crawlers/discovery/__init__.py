"""Discovery: how a spider finds article URLs on a source's surfaces, as declared in sources.toml.

window.py (the days a crawl covers), surfaces.py (a source's table, checked), results.py (reading search
answers, feeds and sitemaps), state.py (what the archive holds: incremental, resumable), planner.py (what
to fetch, page by page). crawlers/spiders/base.py turns its decisions into Scrapy requests.
"""
