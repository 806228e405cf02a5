from crawlers.spiders.base import WireSpider


class PeopleSpider(WireSpider):
    """People's Daily Online (人民网), people.com.cn: channel lists and RSS."""

    name = "people"
