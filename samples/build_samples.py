# ruff: noqa: E501  -- HTML templates copy real pages' long lines, and CJK text counts double width
"""Build the bundled sample sites (samples/sites/), their misbehaviours (samples/behaviours.toml) and the
ground truth (samples/expected.json) from the data in this one script, so pages and truth never disagree.

    python samples/build_samples.py          # rewrite everything, then run the sanity checks
    python samples/build_samples.py --check  # only run the sanity checks on the files as they are

The pages imitate the markup of the real sites (China News Service, Xinhua Chinese, Xinhua English; see
../shared/notes/sources.md) but every word is written for this project: the Chinese forum sentences are the
exact sentences of ../shared/models/fixture_pairs_zh_en.tsv (the tiny offline test translation model knows
exactly those), the rest is invented. Nothing here is copied from a real page.

Each article is one ``Art`` record below; the same record renders the page and the expected.json entry.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SITES = HERE / "sites"
CONF = "lakeside-digital-culture-forum-2026"

CN = "www.chinanews.com.cn"
XH = "www.news.cn"
EN = "english.news.cn"
HOSTS = (CN, XH, EN)
CHANNELS = {"gn": "国内", "sh": "社会", "cul": "文化"}  # China News Service channel folders


# --------------------------------------------------------------------------------------------- data model


@dataclass
class Who:
    name_zh: str | None
    name_en: str | None
    role: str | None
    kind: str  # quoted | reporter | photographer | editor | mentioned


@dataclass
class When:
    text: str  # as printed on the page
    value: str | None  # ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, or start/end for a range)
    kind: str  # dateline | event | range | mentioned


@dataclass
class Photo:
    after: int  # inserted after this many body paragraphs
    caption: str  # caption text (noise: never a body paragraph)
    credit: str = ""  # photographer line, e.g. "中新社记者 张亮 摄" (noise)


@dataclass
class Art:
    key: str  # short id used in this script and in README
    host: str
    path: str
    source: str  # chinanews | xinhua | xinhua_en
    lang: str
    layout: str  # chinanews | xh2023 | xh2019 | xhold | en
    title: str
    published: str  # ISO 8601 with +08:00
    paragraphs: list[str]
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editor: str | None = None
    editor_line: str | None = None  # the editor line as printed (defaults per layout)
    agency: str = ""  # source line, e.g. 中国新闻网, 新华网, 新华社, Xinhua
    dateline: dict[str, str | None] | None = None
    people: list[Who] = field(default_factory=list)
    dates: list[When] = field(default_factory=list)
    conferences: list[str] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    end_mark: str = ""  # "(完)" appended to the last paragraph on the page, not part of the truth
    byline: str = ""  # English feature byline printed above the body ("by Xinhua writer ..."), noise
    encoding: str = "utf-8"
    declared: str = "utf-8"  # charset in the page's <meta>
    expect_error: str | None = None
    duplicate_of: str | None = None
    behaviour: dict[str, Any] = field(default_factory=dict)
    cut_in_paragraph: int | None = None  # cut the file at the source inside this paragraph (0-based)
    notes: str = ""
    listed_on: str = ""  # list page that links it

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"


def hex32(slug: str) -> str:
    """Stable 32-hex article id for Xinhua URLs (the real ids are opaque; ours are md5 of a slug)."""
    return hashlib.md5(slug.encode()).hexdigest()


def hm(iso: str) -> tuple[str, str, str, str, str, str]:
    """'2026-11-18T10:25:07+08:00' -> ('2026', '11', '18', '10', '25', '07')."""
    d, t = iso[:19].split("T")
    y, mo, da = d.split("-")
    h, mi, s = t.split(":")
    return y, mo, da, h, mi, s


# People, in both scripts: the same person is the same entry across languages (cross-language linking truth).
LI = ("李明华", "Li Minghua")
WANG = ("王建国", "Wang Jianguo")
ZHAO = ("赵立新", "Zhao Lixin")
LIU = ("刘芳", "Liu Fang")
CHEN = ("陈晓燕", "Chen Xiaoyan")
WANGLI = ("王丽", "Wang Li")
ZHANGL = ("张亮", "Zhang Liang")  # China News Service photographer
HUANG = ("黄宗治", "Huang Zongzhi")  # Xinhua photographer
ZHOU = ("周宇", "Zhou Yu")
SUN = ("孙静", "Sun Jing")
SHEN = ("沈佳", "Shen Jia")
ZRONG = ("张镕", "Zhang Rong")  # 镕 is in GBK but not in GB2312
WZHE = ("王喆", "Wang Zhe")  # 喆 likewise
ZNING = ("张宁", "Zhang Ning")  # Xinhua English web editor

R_LI_ZH, R_LI_EN = "杭州市副市长", "vice mayor of Hangzhou"
R_WANG_ZH = "浙江省文化和旅游厅厅长"
R_WANG_EN = "director of the Zhejiang Provincial Department of Culture and Tourism"
R_ZHAO_ZH, R_ZHAO_EN = (
    "杭州数字文化研究院院长",
    "president of the Hangzhou Digital Culture Research Institute",
)
R_LIU_ZH, R_LIU_EN = "组委会秘书长", "secretary-general of the organizing committee"


def who(p: tuple[str, str], kind: str, role: str | None = None) -> Who:
    return Who(p[0], p[1], role, kind)


def cn_url(chan: str, day: str, nid: int) -> str:
    return f"/{chan}/2026/11-{day}/{nid}.shtml"


def xh_url(day: str, slug: str) -> str:
    return f"/politics/202611{day}/{hex32(slug)}/c.html"


def en_url(day: str, slug: str) -> str:
    return f"/202611{day}/{hex32('en-' + slug)}/c.html"


# --------------------------------------------------------------------------------------------- articles

ARTICLES: list[Art] = []

# ---- Xinhua Chinese (www.news.cn). Lead stories are built ONLY from fixture sentences. ----

X1 = Art(
    "x1-preview",
    XH,
    xh_url("18", "preview"),
    "xinhua",
    "zh",
    "xh2023",
    title="2026湖畔数字文化论坛将于19日在杭州开幕",
    published="2026-11-18T16:32:07+08:00",
    paragraphs=[
        "新华社杭州11月18日电（记者 陈晓燕）2026湖畔数字文化论坛将于11月19日在杭州国际博览中心开幕。",
        "本届论坛由杭州市人民政府和浙江省文化和旅游厅联合主办。论坛为期两天，主题为“数字技术让文化遗产焕发新生”。",
        "来自30多个国家和地区的600余名嘉宾将出席论坛。",
        "杭州市副市长李明华在新闻发布会上介绍了论坛筹备情况。李明华说，论坛筹备工作已基本就绪。",
        "开幕式将于11月19日上午9时举行。浙江省文化和旅游厅厅长王建国将在开幕式上致辞。",
        "论坛将于11月20日下午在杭州国际博览中心闭幕。闭幕式上将宣布下一届论坛的举办城市。",
    ],
    authors=["陈晓燕"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-18"},
    people=[
        who(CHEN, "reporter"),
        who(LI, "quoted", R_LI_ZH),
        who(WANG, "mentioned", R_WANG_ZH),
        who(WANGLI, "editor"),
    ],
    dates=[
        When("11月18日", "2026-11-18", "dateline"),
        When("11月19日", "2026-11-19", "event"),
        When("11月20日", "2026-11-20", "event"),
    ],
    conferences=[CONF],
    listed_on="politics/index.html",
)

X2 = Art(
    "x2-opening",
    XH,
    xh_url("19", "opening"),
    "xinhua",
    "zh",
    "xh2023",
    title="2026湖畔数字文化论坛在杭州开幕",
    published="2026-11-19T10:15:42+08:00",
    paragraphs=[
        "新华社杭州11月19日电（记者 陈晓燕）2026湖畔数字文化论坛19日在杭州开幕。",
        "王建国在开幕式上致辞时说，文化是城市的灵魂。他表示，浙江将继续推动文化和科技深度融合。",
        "李明华、王建国和赵立新共同为数字艺术展剪彩。一家本地企业展示了用人工智能修复古画的技术。"
        "当天共有8000多名市民和游客参观了展览。",
        "据主办方介绍，今年论坛的线上观看人数超过200万。",
        "论坛期间，杭州与五座友好城市签署了文化合作协议。李明华出席了签约仪式。",
    ],
    authors=["陈晓燕"],
    photographers=["黄宗治"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-19"},
    photos=[Photo(2, "图为观众在数字艺术展上体验虚拟现实设备。", "新华社记者 黄宗治 摄")],
    people=[
        who(CHEN, "reporter"),
        who(WANG, "quoted"),
        who(LI, "mentioned"),
        who(ZHAO, "mentioned"),
        who(HUANG, "photographer"),
        who(WANGLI, "editor"),
    ],
    dates=[When("11月19日", "2026-11-19", "dateline"), When("19日", "2026-11-19", "event")],
    conferences=[CONF],
    listed_on="politics/index.html",
)

X3 = Art(
    "x3-zhao",
    XH,
    xh_url("19", "zhao"),
    "xinhua",
    "zh",
    "xh2023",
    title="湖畔数字文化论坛丨赵立新：数字技术正在改变人们欣赏文化的方式",
    published="2026-11-19T15:20:18+08:00",
    paragraphs=[
        "新华社杭州11月19日电（记者 陈晓燕）",  # dateline alone as its own paragraph (a fixture line)
        "赵立新是杭州数字文化研究院院长。赵立新表示，数字技术正在改变人们欣赏文化的方式。",
        "他说：“我们希望让更多年轻人走进博物馆。”",
        "论坛还将发布《2026湖畔数字文化发展报告》。报告显示，去年杭州数字文化产业增加值增长12.5%。",
        "数字技术如何守护文化遗产？专家们给出了各自的答案。",
    ],
    authors=["陈晓燕"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-19"},
    people=[who(CHEN, "reporter"), who(ZHAO, "quoted", R_ZHAO_ZH), who(WANGLI, "editor")],
    dates=[When("11月19日", "2026-11-19", "dateline"), When("去年", "2025", "mentioned")],
    conferences=[CONF],
    listed_on="politics/index.html",
    notes="The dateline is a paragraph of its own. Only the title names the forum (the body says 论坛).",
)

X6 = Art(
    "x6-closing",
    XH,
    xh_url("20", "closing"),
    "xinhua",
    "zh",
    "xh2023",
    title="2026湖畔数字文化论坛在杭州闭幕 论坛将永久落户杭州",
    published="2026-11-20T17:58:31+08:00",
    paragraphs=[
        "新华社杭州11月20日电（记者 陈晓燕）为期两天的2026湖畔数字文化论坛20日在杭州闭幕。",
        "王建国在闭幕式上宣布，论坛将永久落户杭州。这一消息在与会嘉宾中引起了热烈反响。",
        "组委会秘书长刘芳表示，明年论坛将增设青年创作者单元。",
        "她说：“我们欢迎全世界的朋友再来杭州！”",
        "下一届论坛将于2027年秋季在杭州举行。",
    ],
    authors=["陈晓燕"],
    photographers=["黄宗治"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-20"},
    photos=[Photo(1, "图为论坛现场。", "新华社记者 黄宗治 摄")],
    people=[
        who(CHEN, "reporter"),
        who(WANG, "quoted"),
        who(LIU, "quoted", R_LIU_ZH),
        who(HUANG, "photographer"),
        who(WANGLI, "editor"),
    ],
    dates=[
        When("11月20日", "2026-11-20", "dateline"),
        When("20日", "2026-11-20", "event"),
        When("明年", "2027", "mentioned"),
        When("2027年秋季", "2027", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="politics/index.html",
)

X5 = Art(
    "x5-metro",
    XH,
    xh_url("16", "metro"),
    "xinhua",
    "zh",
    "xh2023",
    title="杭州地铁两条新线开通运营",
    published="2026-11-16T09:30:00+08:00",
    paragraphs=[
        "新华社杭州11月16日电（记者 沈佳）杭州地铁两条新线16日开通运营，全市地铁运营里程超过600公里。",
        "新线串联起城西科创大走廊和钱塘新区，沿线共设站30座。",
        "杭州市交通运输局有关负责人说，新线开通后，早高峰部分线路的客流压力将得到缓解。",
    ],
    authors=["沈佳"],
    editor="孙静",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-16"},
    people=[who(SHEN, "reporter"), who(SUN, "editor")],
    dates=[When("11月16日", "2026-11-16", "dateline"), When("16日", "2026-11-16", "mentioned")],
    conferences=[],
    listed_on="politics/index.html",
    notes="Not about the forum (conference tagging must leave it untagged).",
)

X4 = Art(
    "x4-subforums-2019layout",
    XH,
    xh_url("20", "subforums"),
    "xinhua",
    "zh",
    "xh2019",
    title="湖畔数字文化论坛分论坛聚焦数字版权保护",
    published="2026-11-20T18:05:21+08:00",
    paragraphs=[
        "新华社杭州11月20日电（记者 陈晓燕）11月20日，各分论坛同时举行。",
        "与会专家围绕数字版权保护展开了热烈讨论。赵立新主持了网络文学分论坛。",
        "分论坛议题涵盖数字博物馆、网络文学和文化遗产保护等领域。",
    ],
    authors=["陈晓燕"],
    photographers=["黄宗治"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-20"},
    photos=[Photo(2, "图为论坛现场。", "新华社记者 黄宗治 摄")],
    people=[who(CHEN, "reporter"), who(ZHAO, "mentioned"), who(HUANG, "photographer"), who(WANGLI, "editor")],
    dates=[When("11月20日", "2026-11-20", "dateline"), When("11月20日", "2026-11-20", "event")],
    conferences=[CONF],
    listed_on="politics/index_2.html",
    notes="2019-20 layout (.h-title, .h-time, #p-detail, span.p-jc); caption in <font> inside a <p>.",
)

XOLD = Art(
    "x-old-gbk",
    XH,
    "/politics/2026-11/17/c_1129000001.htm",
    "xinhua",
    "zh",
    "xhold",
    title="论坛期间西湖区文化中心将举办数字艺术展",
    published="2026-11-17T10:12:35+08:00",
    paragraphs=[
        "新华网杭州１１月１７日电（记者 陈晓燕）2026湖畔数字文化论坛期间，西湖区文化中心将举办数字艺术展。",
        "展览将持续到2026年12月31日，市民可免费参观。今年10月，主办方面向社会公开征集展品。共有1200余件作品报名参展。",
        "策展人张镕介绍，展品涵盖数字绘画、互动装置和虚拟现实作品。",
        "张镕说：“希望观众在这里感受科技与艺术的交融。”",
    ],
    authors=["陈晓燕"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-17"},
    people=[who(CHEN, "reporter"), who(ZRONG, "quoted", "策展人"), who(WANGLI, "editor")],
    dates=[
        When("１１月１７日", "2026-11-17", "dateline"),
        When("2026年12月31日", "2026-12-31", "mentioned"),
        When("今年10月", "2026-10", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="politics/index_2.html",
    encoding="gbk",
    declared="gb2312",
    notes="Old (2011-14 style) layout: span#title, span#pubtime, div#Content span#content. Declares gb2312, "
    "bytes are GBK with 镕 (not in GB2312): decoding as gb2312 fails, as gbk works. Full-width digits "
    "in the dateline. HTTP header has no charset.",
)

XMIS = Art(
    "x-misencoded",
    XH,
    "/politics/2026-11/18/c_1129000002.htm",
    "xinhua",
    "zh",
    "xhold",
    title="数字艺术展实行预约参观 市民需提前网上预约",
    published="2026-11-18T14:20:05+08:00",
    paragraphs=[
        "新华网杭州１１月１８日电（记者 陈晓燕）记者18日从2026湖畔数字文化论坛组委会获悉，论坛期间数字艺术展将实行预约参观。",
        "主办方提醒市民提前在网上预约参观。",
        "组委会工作人员王喆介绍，展览每天开放时间为9时至17时，每日限流5000人次。",
        "会议期间，杭州地铁延长了运营时间。",
    ],
    authors=["陈晓燕"],
    editor="王丽",
    agency="新华网",
    dateline={"place": "杭州", "date": "2026-11-18"},
    people=[who(CHEN, "reporter"), who(WZHE, "quoted", "组委会工作人员"), who(WANGLI, "editor")],
    dates=[When("１１月１８日", "2026-11-18", "dateline"), When("18日", "2026-11-18", "mentioned")],
    conferences=[CONF],
    listed_on="politics/index_2.html",
    encoding="gbk",
    declared="utf-8",
    expect_error="mis-encoded",
    behaviour={"content_type": "text/html; charset=utf-8"},
    notes="Bytes are GBK (with 喆, outside GB2312) but both the HTTP header and the <meta> say utf-8. "
    "The pipeline must trust the bytes: decode as GBK, warn, and still extract every field here.",
)

# ---- China News Service (www.chinanews.com.cn) ----

C1 = Art(
    "c1-preview",
    CN,
    cn_url("gn", "18", 10500001),
    "chinanews",
    "zh",
    "chinanews",
    title="2026湖畔数字文化论坛19日开幕 600余名嘉宾将出席",
    published="2026-11-18T10:25:00+08:00",
    paragraphs=[
        "中新网杭州11月18日电(记者 陈晓燕)2026湖畔数字文化论坛将于11月19日在杭州国际博览中心开幕。",
        "杭州市副市长李明华在新闻发布会上介绍了论坛筹备情况。李明华说，论坛筹备工作已基本就绪。",
        "论坛期间将举办一场主论坛和八场平行分论坛。分论坛议题涵盖数字博物馆、网络文学和文化遗产保护等领域。",
        "开幕式将于11月19日上午9时举行。",
        "今年10月，主办方面向社会公开征集展品。共有1200余件作品报名参展。",
    ],
    authors=["陈晓燕"],
    photographers=["张亮"],
    editor="王丽",
    agency="中国新闻网",
    dateline={"place": "杭州", "date": "2026-11-18"},
    photos=[Photo(4, "图为布置中的杭州国际博览中心主会场。", "中新社记者 张亮 摄")],
    end_mark="(完)",
    people=[
        who(CHEN, "reporter"),
        who(LI, "quoted", R_LI_ZH),
        who(ZHANGL, "photographer"),
        who(WANGLI, "editor"),
    ],
    dates=[
        When("11月18日", "2026-11-18", "dateline"),
        When("11月19日", "2026-11-19", "event"),
        When("今年10月", "2026-10", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="scroll-news/news1.html",
)

C2 = Art(
    "c2-opening-copy-of-x2",
    CN,
    cn_url("gn", "19", 10500002),
    "chinanews",
    "zh",
    "chinanews",
    title=X2.title,
    published="2026-11-19T10:48:00+08:00",
    paragraphs=list(X2.paragraphs),
    authors=["陈晓燕"],
    photographers=["黄宗治"],
    editor="王丽",
    agency="新华社",
    dateline=dict(X2.dateline or {}),
    photos=list(X2.photos),
    people=list(X2.people),
    dates=list(X2.dates),
    conferences=[CONF],
    duplicate_of=X2.url,
    listed_on="scroll-news/news1.html",
    notes="China News Service carrying the Xinhua story X2 (source line 来源：新华社): same wire story, "
    "published later, so duplicate_of is the Xinhua URL.",
)

C3 = Art(
    "c3-closing",
    CN,
    cn_url("gn", "20", 10500003),
    "chinanews",
    "zh",
    "chinanews",
    title="2026湖畔数字文化论坛闭幕 签约项目45个",
    published="2026-11-20T17:45:00+08:00",
    paragraphs=[
        "中新网杭州11月20日电(记者 陈晓燕)为期两天的2026湖畔数字文化论坛20日在杭州闭幕。",
        "本届论坛共签约合作项目45个，总金额约38亿元。",
        "西湖边的灯光秀成为本届论坛的一大亮点。",
        "论坛期间，主办方还发布了一份产业报告。报告显示，去年杭州数字文化产业增加值增长12.5%。",
    ],
    authors=["陈晓燕"],
    photographers=["张亮"],
    editor="王丽",
    agency="中国新闻网",
    editor_line="【责任编辑：王丽】",
    dateline={"place": "杭州", "date": "2026-11-20"},
    photos=[Photo(3, "图为论坛现场。", "中新社记者 张亮 摄")],
    end_mark="(完)",
    people=[who(CHEN, "reporter"), who(ZHANGL, "photographer"), who(WANGLI, "editor")],
    dates=[
        When("11月20日", "2026-11-20", "dateline"),
        When("20日", "2026-11-20", "event"),
        When("去年", "2025", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="scroll-news/news1.html",
)

C4 = Art(
    "c4-truncated-transfer",
    CN,
    cn_url("gn", "19", 10500004),
    "chinanews",
    "zh",
    "chinanews",
    title="湖畔数字文化论坛配套数字艺术展首日迎客8000多人次",
    published="2026-11-19T18:30:00+08:00",
    paragraphs=[
        "中新网杭州11月19日电(记者 陈晓燕)作为2026湖畔数字文化论坛的配套活动，数字艺术展19日在西湖区文化中心开幕。",
        "一家本地企业展示了用人工智能修复古画的技术。当天共有8000多名市民和游客参观了展览。"
        "不少观众在互动装置前排起长队，体验数字技术带来的全新观展方式。",
        "展览将持续到2026年12月31日，市民可免费参观。",
    ],
    authors=["陈晓燕"],
    photographers=["张亮"],
    editor="王丽",
    agency="中国新闻网",
    dateline={"place": "杭州", "date": "2026-11-19"},
    photos=[Photo(2, "图为观众在数字艺术展上体验虚拟现实设备。", "中新社记者 张亮 摄")],
    end_mark="(完)",
    people=[who(CHEN, "reporter"), who(ZHANGL, "photographer"), who(WANGLI, "editor")],
    dates=[
        When("11月19日", "2026-11-19", "dateline"),
        When("19日", "2026-11-19", "event"),
        When("2026年12月31日", "2026-12-31", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="scroll-news/news1.html",
    expect_error="truncated",
    notes="The server announces the full Content-Length, sends only the first part (cut inside the "
    "second paragraph, see behaviours.toml) and closes. Fields here describe the full file.",
)

C5 = Art(
    "c5-weather",
    CN,
    cn_url("sh", "19", 10500005),
    "chinanews",
    "zh",
    "chinanews",
    title="寒潮来袭 杭州本周末将迎今冬首场霜冻",
    published="2026-11-19T16:05:00+08:00",
    paragraphs=[
        "中新网杭州11月19日电(记者 周宇)记者19日从浙江省气象台获悉，受强冷空气影响，本周末浙江将迎来明显降温，杭州将出现今冬首场霜冻。",
        "据预报，21日至22日杭州最低气温将降至2℃，较20日下降约10℃。",
        "气象部门提醒，市民应注意防寒保暖，出行前关注交通信息。千岛湖部分渡轮航班可能停航。",
    ],
    authors=["周宇"],
    editor="孙静",
    agency="中国新闻网",
    editor_line="[责编：孙静 ]",
    dateline={"place": "杭州", "date": "2026-11-19"},
    end_mark="(完)",
    people=[who(ZHOU, "reporter"), who(SUN, "editor")],
    dates=[
        When("11月19日", "2026-11-19", "dateline"),
        When("19日", "2026-11-19", "mentioned"),
        When("21日至22日", "2026-11-21/2026-11-22", "range"),
        When("20日", "2026-11-20", "mentioned"),
    ],
    conferences=[],
    listed_on="scroll-news/news2.html",
    notes="Not about the forum. Editor line in the seed style `[责编：孙静 ]`.",
)

C6 = Art(
    "c6-quotes-list",
    CN,
    cn_url("cul", "19", 10500006),
    "chinanews",
    "zh",
    "chinanews",
    title="湖畔数字文化论坛开幕 嘉宾观点速览",
    published="2026-11-19T12:10:00+08:00",
    paragraphs=[
        "中新网杭州11月19日电 2026湖畔数字文化论坛19日在杭州开幕。以下为部分嘉宾观点：",
        "王建国：“文化是城市的灵魂。”",
        "赵立新：“我们希望让更多年轻人走进博物馆。”",
        "李明华：“欢迎大家来杭州。”",
        "论坛看点：",
        "一、主论坛1场",
        "二、平行分论坛8场",
        "三、数字艺术展持续至12月31日",
    ],
    authors=[],
    editor="王丽",
    agency="中国新闻网",
    dateline={"place": "杭州", "date": "2026-11-19"},
    end_mark="(完)",
    people=[who(WANG, "quoted"), who(ZHAO, "quoted"), who(LI, "quoted"), who(WANGLI, "editor")],
    dates=[
        When("11月19日", "2026-11-19", "dateline"),
        When("19日", "2026-11-19", "event"),
        When("12月31日", "2026-12-31", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="scroll-news/news2.html",
    notes="Short paragraphs (quotes, list items): a boilerplate filter must not drop them.",
)

C7 = Art(
    "c7-cut-at-source",
    CN,
    cn_url("gn", "20", 10500009),
    "chinanews",
    "zh",
    "chinanews",
    title="湖畔数字文化论坛进入第二天 300名志愿者提供服务",
    published="2026-11-20T09:12:00+08:00",
    paragraphs=[
        "中新网杭州11月20日电(记者 陈晓燕)约有300名志愿者为论坛提供服务。志愿者大多来自浙江大学和杭州师范大学。",
        "天气预报显示，论坛期间杭州以晴好天气为主。主办方提醒市民提前在网上预约参观。",
        "记者在现场看到，志愿者们身穿统一服装，在场馆入口为嘉宾提供指引、翻译等服务。",
        "据了解，志愿者上岗前均接受了礼仪和外语培训。",
    ],
    authors=["陈晓燕"],
    editor="王丽",
    agency="中国新闻网",
    dateline={"place": "杭州", "date": "2026-11-20"},
    end_mark="(完)",
    people=[who(CHEN, "reporter")],
    dates=[When("11月20日", "2026-11-20", "dateline")],
    conferences=[CONF],
    listed_on="scroll-news/news2.html",
    cut_in_paragraph=2,
    notes="The FILE ends in the middle of the third paragraph (no closing tags, no editor line); it is "
    "served whole with a correct Content-Length. Truth = what the file holds: two paragraphs and "
    "the partial third; editor unknown.",
)

# ---- Xinhua English (english.news.cn) ----

E1 = Art(
    "e1-preview",
    EN,
    en_url("18", "preview"),
    "xinhua_en",
    "en",
    "en",
    title="Hangzhou to host 2026 Lakeside Digital Culture Forum",
    published="2026-11-18T19:30:12+08:00",
    paragraphs=[
        "HANGZHOU, Nov. 18 (Xinhua) -- The 2026 Lakeside Digital Culture Forum will open on Thursday at the "
        "Hangzhou International Expo Center in Hangzhou, capital of east China's Zhejiang Province, local "
        "authorities said Wednesday.",
        "More than 600 guests from over 30 countries and regions will attend the two-day forum, which runs "
        'from Nov. 19 to 20 under the theme "Digital Technology Brings New Life to Cultural Heritage."',
        "Li Minghua, vice mayor of Hangzhou, told a press conference that preparations for the forum are "
        "basically complete.",
        '"We are ready to welcome guests from around the world," Li said.',
        "Wang Jianguo, director of the Zhejiang Provincial Department of Culture and Tourism, will speak at the "
        "opening ceremony, according to the organizers.",
        "A digital art exhibition at the Xihu District Cultural Center will run until Dec. 31 and is free to "
        "the public.",
    ],
    editor="Zhang Ning",
    agency="Xinhua",
    dateline={"place": "Hangzhou", "date": "2026-11-18"},
    people=[who(LI, "quoted", R_LI_EN), who(WANG, "mentioned", R_WANG_EN), who(ZNING, "editor")],
    dates=[
        When("Nov. 18", "2026-11-18", "dateline"),
        When("Thursday", "2026-11-19", "event"),
        When("Wednesday", "2026-11-18", "mentioned"),
        When("from Nov. 19 to 20", "2026-11-19/2026-11-20", "range"),
        When("Dec. 31", "2026-12-31", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="china/index.htm",
)

E2 = Art(
    "e2-opening",
    EN,
    en_url("19", "opening"),
    "xinhua_en",
    "en",
    "en",
    title="Lakeside Digital Culture Forum opens in Hangzhou",
    published="2026-11-19T20:16:40+08:00",
    paragraphs=[
        "HANGZHOU, Nov. 19 (Xinhua) -- The 2026 Lakeside Digital Culture Forum opened on Thursday in Hangzhou, "
        "drawing more than 600 guests from over 30 countries and regions.",
        '"Culture is the soul of a city," said Wang Jianguo, director of the Zhejiang Provincial Department '
        "of Culture and Tourism, at the opening ceremony. He said Zhejiang will continue to promote the deep "
        "integration of culture and technology.",
        "Zhao Lixin, president of the Hangzhou Digital Culture Research Institute, said digital technology is "
        "changing the way people enjoy culture.",
        '"We hope to bring more young people into museums," Zhao said.',
        "Li Minghua, vice mayor of Hangzhou, joined Wang and Zhao to cut the ribbon for a digital art "
        "exhibition, where a local company demonstrated a technology that uses artificial intelligence to "
        "restore ancient paintings.",
        "More than 8,000 residents and tourists visited the exhibition on the first day, the organizers said.",
    ],
    authors=["Chen Xiaoyan"],
    photographers=["Huang Zongzhi"],
    editor="Zhang Ning",
    agency="Xinhua",
    byline="by Xinhua writer Chen Xiaoyan",
    dateline={"place": "Hangzhou", "date": "2026-11-19"},
    photos=[
        Photo(
            0,
            "Visitors try out virtual reality equipment at a digital art exhibition during the 2026 "
            "Lakeside Digital Culture Forum in Hangzhou, east China's Zhejiang Province, Nov. 19, 2026. "
            "(Xinhua/Huang Zongzhi)",
        ),
        Photo(
            6,
            "Photo taken on Nov. 19, 2026 shows the main venue of the 2026 Lakeside Digital Culture Forum "
            "at the Hangzhou International Expo Center in Hangzhou, east China's Zhejiang Province. "
            "(Xinhua/Huang Zongzhi)",
        ),
    ],
    people=[
        who(CHEN, "reporter"),
        who(WANG, "quoted", R_WANG_EN),
        who(ZHAO, "quoted", R_ZHAO_EN),
        who(LI, "mentioned", R_LI_EN),
        who(HUANG, "photographer"),
        who(ZNING, "editor"),
    ],
    dates=[When("Nov. 19", "2026-11-19", "dateline"), When("Thursday", "2026-11-19", "event")],
    conferences=[CONF],
    listed_on="china/index.htm",
    notes='Surname-only references after the full name: "Zhao said", "joined Wang and Zhao". '
    "Captions (Xinhua/Huang Zongzhi) and the 'by Xinhua writer' byline are not body paragraphs.",
)

E3 = Art(
    "e3-closing",
    EN,
    en_url("20", "closing"),
    "xinhua_en",
    "en",
    "en",
    title="Lakeside Digital Culture Forum to be permanently based in Hangzhou",
    published="2026-11-20T21:02:11+08:00",
    paragraphs=[
        "HANGZHOU, Nov. 20 (Xinhua) -- The two-day 2026 Lakeside Digital Culture Forum closed on Friday in "
        "Hangzhou, with 45 cooperation projects worth about 3.8 billion yuan signed during the event.",
        "Wang Jianguo, director of the Zhejiang Provincial Department of Culture and Tourism, announced at the "
        "closing ceremony that the forum will be permanently based in Hangzhou.",
        "Liu Fang, secretary-general of the organizing committee, said next year's forum will add a section "
        "for young creators.",
        '"We welcome friends from all over the world to come to Hangzhou again," Liu said.',
        "The next forum will be held in Hangzhou in the autumn of 2027.",
    ],
    editor="Zhang Ning",
    agency="Xinhua",
    dateline={"place": "Hangzhou", "date": "2026-11-20"},
    people=[who(WANG, "quoted", R_WANG_EN), who(LIU, "quoted", R_LIU_EN), who(ZNING, "editor")],
    dates=[
        When("Nov. 20", "2026-11-20", "dateline"),
        When("Friday", "2026-11-20", "event"),
        When("next year", "2027", "mentioned"),
        When("autumn of 2027", "2027", "mentioned"),
    ],
    conferences=[CONF],
    listed_on="china/index.htm",
)

E4 = Art(
    "e4-weather",
    EN,
    en_url("19", "weather"),
    "xinhua_en",
    "en",
    "en",
    title="Cold wave to bring first frost of winter to Hangzhou",
    published="2026-11-19T16:40:00+08:00",
    paragraphs=[
        "HANGZHOU, Nov. 19 (Xinhua) -- A cold wave will sweep across east China's Zhejiang Province this "
        "weekend, bringing the first frost of the winter to the provincial capital Hangzhou, the local "
        "meteorological observatory said on Thursday.",
        "Temperatures in Hangzhou are expected to drop to 2 degrees Celsius on Nov. 22, about 10 degrees lower "
        "than on Friday, according to the observatory.",
        "Residents are advised to keep warm and to check travel information before setting out, as some ferry "
        "services on Qiandao Lake may be suspended.",
    ],
    editor="Zhang Ning",
    agency="Xinhua",
    dateline={"place": "Hangzhou", "date": "2026-11-19"},
    people=[who(ZNING, "editor")],
    dates=[
        When("Nov. 19", "2026-11-19", "dateline"),
        When("Thursday", "2026-11-19", "mentioned"),
        When("Nov. 22", "2026-11-22", "mentioned"),
        When("Friday", "2026-11-20", "mentioned"),
    ],
    conferences=[],
    listed_on="china/index.htm",
    notes="Not about the forum (the English twin of c5-weather).",
)

ARTICLES += [C1, C2, C3, C4, C5, C6, C7, X1, X2, X3, X5, X6, X4, XOLD, XMIS, E1, E2, E3, E4]

# Bad URLs with no article behind them: (url path, host, source, expect_error, list page, note)
CN_404 = cn_url("gn", "20", 10500099)
CN_PDF = cn_url("gn", "20", 10500008)
CN_PRIVATE = "/private/2026/11-19/10500011.shtml"  # article-shaped, robots-disallowed: must never be fetched
BAD = [
    dict(
        host=CN,
        path=CN_404,
        source="chinanews",
        expect_error="404",
        listed_on="scroll-news/news2.html",
        title="湖畔数字文化论坛组委会答记者问",
        notes="Linked from news2.html; no file behind it (HTTP 404).",
    ),
    dict(
        host=CN,
        path=CN_PDF,
        source="chinanews",
        expect_error="not_html",
        listed_on="scroll-news/news2.html",
        title="2026湖畔数字文化论坛日程表",
        notes="A small real PDF saved under an article-shaped .shtml "
        "name, served as application/pdf (behaviours.toml).",
    ),
]


# --------------------------------------------------------------------------------------------- rendering


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def body_parts(a: Art, para_html, photo_html) -> list[str]:
    """Body paragraphs and photo blocks in page order; the end mark goes on the last paragraph."""
    out: list[str] = []
    paras = list(a.paragraphs)
    for i, p in enumerate(paras):
        for ph in a.photos:
            if ph.after == i:
                out.append(photo_html(ph))
        text = p + (a.end_mark if i == len(paras) - 1 else "")
        out.append(para_html(text))
    for ph in a.photos:
        if ph.after >= len(paras):
            out.append(photo_html(ph))
    return out


def img_name(a: Art, n: int) -> str:
    return hashlib.md5(f"{a.url}#{n}".encode()).hexdigest()[:16] + ".jpg"


# ---- China News Service article page (2012-2020s layout: .left-t, .left_zw, .adEditor) ----


def render_chinanews(a: Art) -> str:
    y, mo, da, h, mi, _ = hm(a.published)
    nid = a.path.rsplit("/", 1)[1].split(".")[0]
    chan = a.path.split("/")[1]
    chan_name = CHANNELS.get(chan, "新闻")
    photos = iter(range(100))

    def para(t: str) -> str:
        return f"<p>　　{esc(t)}</p>"

    def photo(ph: Photo) -> str:
        n = next(photos)
        return (
            '<div class="left_ph" style="text-align:center">'
            f'<img src="//i2.chinanews.com.cn/simg/cmshd/2026/11/{da}/{img_name(a, n)}" '
            f'alt="{esc(ph.caption)}" /></div>\n'
            f'<p style="text-align:center" class="pictext">{esc(ph.caption)} {esc(ph.credit)}</p>'
        )

    body = "\n".join(body_parts(a, para, photo))
    editor_line = a.editor_line or (f"【编辑:{a.editor}】" if a.editor else "")
    agency_link = (
        '<a href="https://www.chinanews.com.cn/" target="_blank">中国新闻网</a>'
        if a.agency == "中国新闻网"
        else esc(a.agency)
    )
    related = "\n".join(
        f'<li>・<a href="{o.path}" target="_blank">{esc(o.title)}</a></li>'
        for o in ARTICLES
        if o.host == CN and o is not a and o.layout == "chinanews" and not o.expect_error
    )
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<!--[4,8,{nid}] published at {y}-{mo}-{da} {h}:{mi}:00 from #10 by 王丽-->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="author" content="chinanews" />
<meta name="copyright" content="www.chinanews.com.cn,版权所有" />
<meta name="keywords" content="湖畔,数字,文化" />
<meta name="description" content="{esc(a.paragraphs[0][:60])}" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<base target="_blank"/>
<title>{esc(a.title)}-中新网</title>
<link href="//i2.chinanews.com.cn/2019/news/css/content.css" rel="stylesheet" type="text/css" />
<script src="//i2.chinanews.com.cn/2019/news/js/jquery.js"></script>
<script type="text/javascript">
var newsid = "{nid}"; var newschannel = "{chan}";
document.domain = "chinanews.com.cn";
</script>
</head>
<body>
<!--表情字段开始-->
<input id="newsid" type="hidden" name="newsid" value="{nid}"/>
<input id="newsurl" type="hidden" name="newsurl" value="{a.url}"/>
<input id="newsdate" type="hidden" name="newsdate" value="{y}-{mo}-{da}"/>
<input id="newstime" name="newstime" type="hidden" value="{h}:{mi}:00"/>
<input id="newstitle" name="newstitle" type="hidden" value="{esc(a.title)}"/>
<input id="newstype" name="newstype" type="hidden" value="{chan}"/>
<!--表情字段结束-->
<div id="top" class="top_nav">
  <div class="nav_con">
    <a href="https://www.chinanews.com.cn/"><strong>首页</strong></a>　<a href="/scroll-news/news1.html">滚动</a>　<a href="/china/">时政</a>　<a href="/society/">社会</a>　<a href="/world/">国际</a>　<a href="/finance/">财经</a>　<a href="/cul/">文化</a>　<a href="/sports/">体育</a>　<a href="/photo/">图片</a>　<a href="/shipin/">视频</a>
  </div>
</div>
<div class="div980 banner"><div id="ad_banner"><!--ad--></div></div>
<div class="div980">
  <div id="logo"><a href="https://www.chinanews.com.cn/"><img src="//i2.chinanews.com.cn/2019/news/images/logo.png" alt="中国新闻网" /></a></div>
  <div id="nav"><a href="https://www.chinanews.com.cn/">首页</a> → <a href="/{chan}/">{chan_name}</a> → 正文</div>
  <div id="zihao">字号：<a href="javascript:void(0);" id="txt_x">小</a> <a href="javascript:void(0);" id="txt_z" class="on">中</a> <a href="javascript:void(0);" id="txt_d">大</a></div>
</div>
<div id="con">
<div class="div980">
  <div class="con_left">
    <div id="cont_1_1_2" class="content">
      <h1 class="content_left_title">{esc(a.title)}</h1>
      <div class="left-time">
        <div class="left-t" style="padding-left:6px;">{y}年{mo}月{da}日 {h}:{mi}　来源：{agency_link}　<a href="//comment.chinanews.com.cn/{nid}">参与互动</a></div>
        <div class="bshare-custom"><a title="分享到微信" class="bshare-weixin" href="javascript:void(0);">微信</a><a title="分享到新浪微博" class="bshare-sinaminiblog" href="javascript:void(0);">微博</a><a title="分享到QQ空间" class="bshare-qzone" href="javascript:void(0);">QQ空间</a></div>
        <div class="clear"></div>
      </div>
      <!--正文start-->
      <div class="left_zw" style="position:relative">
{body}
<div id="function_code_page"></div>
      </div>
      <!--正文end-->
      <div class="adEditor"><div class="left_name right"><span>{esc(editor_line)}</span></div></div>
      <!--分享-->
      <div class="div624">
        <div class="divshare">
          <div class="hds">分享到：</div>
          <div class="bshare-custom"><a title="分享到微信" class="bshare-weixin" href="javascript:void(0);">微信</a><a title="分享到新浪微博" class="bshare-sinaminiblog" href="javascript:void(0);">微博</a></div>
          <div class="ewm"><img src="//i2.chinanews.com.cn/2019/news/images/ewm.png" alt="扫一扫" /><p>扫一扫，用手机看新闻！</p></div>
        </div>
        <div class="channel"><a href="/{chan}/">更多精彩内容请进入频道</a></div>
      </div>
      <!--相关新闻-->
      <div class="div624 border-top-darshd margin-top20">
        <h4 class="padding-left20">&gt;相关新闻：</h4>
        <ul class="padding-left20">
{related}
        </ul>
      </div>
      <div id="ad_left_wm"><script>var cpro_id = "u0000001";</script></div>
    </div>
  </div>
  <div class="con_right">
    <div class="right_lm"><div class="right_lm_bt"><span>阅读推荐</span></div></div>
    <ul>
      <li>・<a href="/scroll-news/news1.html">滚动新闻</a></li>
      <li>・<a href="/rss/scroll-news.xml">RSS订阅</a></li>
    </ul>
  </div>
  <div class="clear"></div>
</div>
</div>
<div id="bottom">
  <div class="bottom_con">
    <a href="/common/footer/intro.shtml">关于我们</a> | <a href="/common/footer/contact.shtml">联系我们</a> | <a href="/common/footer/law.shtml">法律声明</a><br/>
    本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。<br/>
    未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。<br/>
    Copyright &copy;1999-2026 chinanews.com.cn. All Rights Reserved
  </div>
</div>
<script type="text/javascript">
(function () {{
  var size = {{ "txt_x": "12px", "txt_z": "16px", "txt_d": "20px" }};
  for (var k in size) {{ document.getElementById(k).onclick = function () {{ }}; }}
}})();
</script>
</body>
</html>
"""


# ---- Xinhua 2023 layout ----

XH_EDIT = """<span class="tiyi1 domPC">
<a href="javascript:void(0);" class="advise">【纠错】</a>
<div class="tiyi01" id="advisebox01" style="display:none"><div><iframe id="jc_link1" style="width:600px;height:350px;" frameborder="0" scrolling="no"></iframe></div></div>
</span>"""


def xh_photo_factory(a: Art, day: str):
    counter = iter(range(100))

    def photo(ph: Photo) -> str:
        n = next(counter)
        return (
            f'<p style="text-align: center;"><img src="{img_name(a, n)}" data-material-id="2026111{day}{n:04d}" '
            'style="display: block; margin-left: auto; margin-right: auto;" /></p>\n'
            f'<p style="text-align: center;"><span style="color: #000080; font-family: 楷体;">　　{esc(ph.caption)}'
            f"{esc(ph.credit)}</span></p>"
        )

    return photo


def render_xh2023(a: Art) -> str:
    y, mo, da, h, mi, s = hm(a.published)
    pid = int(hashlib.md5(a.url.encode()).hexdigest()[:6], 16) % 1000000 + 1129000000
    body = "\n".join(body_parts(a, lambda t: f"<p>　　{esc(t)}</p>", xh_photo_factory(a, da)))
    more = "\n".join(
        f'<li><a href="{o.url}" target="_blank">{esc(o.title)}</a></li>'
        for o in ARTICLES
        if o.host == XH and o is not a and o.layout == "xh2023"
    )
    return f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="publishid" content="{pid}.11.1002.0"/><meta name="source" content="新华社"/>
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0,user-scalable=no" name="viewport" />
<meta name="keywords" content="湖畔数字文化论坛,杭州
" />
<meta name="description" content="{esc(a.title)}
---{esc(a.paragraphs[-1][:50])}" />
<script src="https://www.news.cn/global/js/pageCore.js"></script>
<title>
{esc(a.title)}-新华网
</title>
<link rel="stylesheet" href="https://www.news.cn/common/reset.css" />
<link rel="stylesheet" href="https://www.news.cn/2021detail/css/detail2023.css" />
<script src="https://lib.xinhuanet.com/jquery/jquery1.12.4/jquery.min.js"></script>
</head>
<body>
<div class="fix-ewm domPC">
<img src="https://www.news.cn/detail2020/images/ewm.png" width="94" alt="" />
<div class="fxd"><span class="fxd-wx"></span><a href="javascript:void(0)" class="fxd-wb"></a><span class="fxd-khd"></span></div>
</div>
<div class="topAd"><div class="domPC"><ins data-ycad-slot="2166"></ins></div></div>
<div class="header domPC">
<div class="header-top clearfix">
<div class="header-nav left"><a href="https://www.news.cn/" target="_blank">新华网</a> &gt; <a href="https://www.news.cn/politics/index.html" class="curColumn">时政</a> &gt; 正文</div>
</div>
<div class="header-cont clearfix">
<div class="header-time left">
<span class="year"><em> {y}</em></span><span class="day"><em> {mo}</em>/<em> {da}</em></span><span class="time"> {h}:{mi}:{s}</span>
</div>
<div class="source">
来源：{esc(a.agency)}
</div>
<div class="head-line clearfix">
<h1>
<span class="title">
{esc(a.title)}
</span>
<span class="btn-audio"></span>
</h1>
<div class="pageShare">
<div class="setFont">字体：<span id="fontSmall">小</span><span id="fontNormal" class="active">中</span><span id="fontBig">大</span></div>
<div class="share">分享到：<a href="javascript:void(0)" class="wx"></a><a href="javascript:void(0)" class="wb"></a><a href="javascript:void(0)" class="khd"></a></div>
</div>
</div>
</div>
</div>
<div class="mheader domMobile">
<h1>
<span class="title">
{esc(a.title)}
</span>
</h1>
<div class="info">
{y}-{mo}-{da} {h}:{mi}:{s}
<span>
来源：
{esc(a.agency)}
</span>
</div>
</div>
<div class="main clearfix">
<div class="main-left left">
<div id="detail">
{body}
<div id="articleEdit">
{XH_EDIT}
<span class="editor">
【责任编辑：{esc(a.editor or "")}
】
</span>
</div>
</div>
<div class="nextpage clearfix">
<div class="nextpage-tit">阅读下一篇：</div>
<div class="nextpage-cont"><a href="#"></a></div>
</div>
</div>
<div class="main-right right">
<div class="columBox domPC">
<div class="col-tit"><span><a href="https://www.news.cn/politics/index.html" target="_blank">时政</a></span></div>
<div class="col-cont"><div class="list list-txt dot"><ul>
{more}
</ul></div></div>
</div>
</div>
</div>
<div class="foot">
<script src="https://lib.xinhuanet.com/common/foot.js"></script>
</div>
<script>
//微信分享图功能
var wxfxPic = 'https://lib.xinhuanet.com/common/sharelogo.jpg';
wxConfig({{
	title: '{esc(a.title)}',
	desc: '新华网，让新闻离你更近！',
	link: window.location.href,
	imgUrl: wxfxPic
}});
</script>
<div style="display:none"><div id="fwl">0100300909000000000000000111{pid}</div></div>
</body>
</html>
"""


# ---- Xinhua 2019-20 layout ----


def render_xh2019(a: Art) -> str:
    y, mo, da, h, mi, s = hm(a.published)
    counter = iter(range(100))

    def photo(ph: Photo) -> str:
        n = next(counter)
        return (
            f'<p align="center"><img id="{{{hex32(a.url + str(n)).upper()[:8]}-4AB2-812B-C8DE}}" title="" '
            f'style="HEIGHT: 534px; WIDTH: 800px" border="0" src="{img_name(a, n)}" align="center" '
            'sourcedescription="编辑提供的本地文件" sourcename="本地文件" /></p>\n'
            f'<p>　　<font color="navy" face="楷体">{esc(ph.caption)}{esc(ph.credit)}</font></p>'
        )

    body = "\n".join(body_parts(a, lambda t: f"<p>　　{esc(t)}</p>", photo))
    return f"""<!DOCTYPE HTML>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="publishid" content="1129000100.13.103.0"/>
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="keywords" content="论坛
" />
<meta name="description" content="{esc(a.title)}
---{esc(a.paragraphs[-1][:40])}" />
<script src="http://www.xinhuanet.com/global/js/pageCore.js"></script>
<title>
{esc(a.title)}-新华网
</title>
<link rel="stylesheet" href="http://www.xinhuanet.com/global/public/css/common.css" />
<link rel="stylesheet" type="text/css" href="http://www.xinhuanet.com/xl2019/css/main20190618.css" />
<script type="text/javascript" src="http://www.xinhuanet.com/global/js/jquery.min.js"></script>
<style>
.zan-wap {{ display: none; }}
.video-frame {{ width: 690px; height: 520px; margin: 0 auto; display: none; border: 0; }}
</style>
</head>
<body>
<div class="header">
<div class="h-p1 clearfix"><div class="h-p1-left"><a href="https://www.news.cn/">新华网</a></div></div>
<div class="h-p2"><div class="h-p2-ad3"></div></div>
<div class="h-p3 clearfix">
<a href="https://www.news.cn/" class="net-logo" target="_blank"> <img src="http://www.newsimg.cn/xl2017/images/net_logo.png" /> </a>
<div class="h-news">
<div id="setFontSize" style="display:none">
</div>
<div class="h-title">
{esc(a.title)}
</div>
<div class="h-info">
<span class="h-time"> {y}-{mo}-{da} {h}:{mi}:{s}</span>
<span>
来源：
{esc(a.agency)}
</span>
</div>
</div>
</div>
</div>
<div class="main">
<div class="part part1 clearfix" id="">
<div class="fllow1-wap left">
<div class="p-left left" id="fllow1">
<div class="s-ewm"><img src="http://www.newsimg.cn/xl2017/images/wx.png" /><div>关注新华网</div></div>
<div class="s-item share-wx-item"> <a class="s-wx share-wx" href="javascript:void(0);"></a> 微信 </div>
<div class="s-item"> <a class="s-wb share-wb" href="javascript:void(0);"></a> 微博 </div>
<a class="s-bottom" href="#news-com-location"><div class="s-num"></div>评论</a>
</div>
</div>
<div class="p-right left">
<div id="p-detail">
{body}
<div class="zan-wap">
<a href="javascript:void(0);" class="zan"> </a>
<div class="zan-i">+1</div>
</div>
<div class="p-tags" id="">
<div class="p-kwap"></div>
<span class="p-jc">
<span class="tiyi1">
<a href="javascript:void(0);" class="advise">【纠错】</a>
</span>
责任编辑：
{esc(a.editor or "")}
</span>
</div>
</div>
</div>
</div>
</div>
<div class="foot"><script src="http://www.xinhuanet.com/global/js/foot.js"></script></div>
<script>
	$(".h-news .h-title").css({{ "font-size": "30px" }});
</script>
</body>
</html>
"""


# ---- Xinhua old layout (2011-14 style tables; these pages were GB2312/GBK) ----


def render_xhold(a: Art) -> str:
    y, mo, da, h, mi, s = hm(a.published)
    body = "\n".join(f"<p>    {esc(p)}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={a.declared}" /><meta name="publishid" content="{a.path.rsplit("_", 1)[1].split(".")[0]}.11.2"/>
<title>{esc(a.title)}_新华网</title>
<meta name="keywords" content="数字艺术展" />
<link href="http://www.xinhuanet.com/xilan/20110720/css/xilan.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.xinhuanet.com/xilan/js/share.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="daohang"><a href="https://www.news.cn/">新华网</a> &gt;&gt; <a href="https://www.news.cn/politics/index.html">时政频道</a> &gt;&gt; 正文</td></tr>
</table>
<table width="640" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td colspan="2" align="center" class="biaoti">
<span id="title"> {esc(a.title)}</span>
</td>
</tr>
<tr>
<td width="193">
<table width="166" border="0" cellpadding="0" cellspacing="0" class="biaoti01">
<tr>
<td width="166" align="left">
<span id="pubtime"> {y}年{mo}月{da}日 {h}:{mi}:{s}</span>
</td>
</tr>
<tr>
<td align="left">
来源：<font color="000066"> {esc(a.agency)}</font>
</td>
</tr>
</table>
</td>
<td width="447" align="right" valign="bottom" class="zrbj">【字号：<a href="#" onclick="document.getElementById('Content').style.fontSize='24px';" class="hei12">大</a> <a href="#" onclick="document.getElementById('Content').style.fontSize='16px';" class="hei12">中</a> <a href="#" onclick="document.getElementById('Content').style.fontSize='12px';" class="hei12">小</a>】【<a href="javascript:window.print()" class="hei12">打印</a>】</td>
</tr>
</table>
<table width="630" border="0" align="center" cellpadding="0" cellspacing="0" class="zw">
<tr>
<td>
<div id="Time"></div>
<div id="Position"></div>
<div id="Content">
<p>
<span id="content">
{body}
</span>
</p>
</div>
</td>
</tr>
</table>
<table width="630" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#F4F4F4">
<tr>
<td height="30" align="right" class="zrbj">
( 编辑：
{esc(a.editor or "")}
)
</td>
</tr>
</table>
<div id="shareshow">分享到：<a href="javascript:;" onclick="share()">新华微博</a> <a href="javascript:;">QQ空间</a> <a href="javascript:;">人人网</a></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="hei12">Copyright &copy; 2000-2026 XINHUANET.com　All Rights Reserved.<br />制作单位：新华网</td></tr>
</table>
</body>
</html>
"""


# ---- Xinhua English ----


def render_en(a: Art) -> str:
    y, mo, da, h, mi, s = hm(a.published)
    counter = iter(range(100))

    def photo(ph: Photo) -> str:
        n = next(counter)
        return (
            f'<p><img id="img{hex32(a.url + str(n))[:18]}" style="display: block; margin-left: auto; '
            f'margin-right: auto;" src="{img_name(a, n)}" data-material-id="2026111{da}{n:04d}" /></p>\n'
            f'<p><span style="font-size: 12px; color: #000080;">{esc(ph.caption)}</span></p>'
        )

    body = "\n".join(body_parts(a, lambda t: f"<p>{esc(t)}</p>", photo))
    if a.byline:
        body = f"<p>{esc(a.byline)}</p>\n" + body
    more = "\n".join(
        f'<li><a href="{o.url}" target="_blank">{esc(o.title)}</a></li>'
        for o in ARTICLES
        if o.host == EN and o is not a
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="keywords" content="Hangzhou" />
<meta name="description" content="{html.escape(a.paragraphs[0][:120])}" />
<title>{esc(a.title)}-Xinhua</title>
<link rel="stylesheet" href="https://english.news.cn/detail/css/detail.css" />
<script src="https://lib.xinhuanet.com/jquery/jquery1.12.4/jquery.min.js"></script>
</head>
<body>
<div class="header">
<div class="wrapper clearfix">
<div class="logo"><a href="https://english.news.cn/"><img src="https://english.news.cn/images/logo.png" alt="Xinhua" /></a></div>
<ul class="nav">
<li><a href="https://english.news.cn/home.htm">Home</a></li>
<li><a href="https://english.news.cn/china/index.htm">China</a></li>
<li><a href="https://english.news.cn/world/index.htm">World</a></li>
<li><a href="https://english.news.cn/business/index.htm">Business</a></li>
<li><a href="https://english.news.cn/culture/index.htm">Culture</a></li>
</ul>
</div>
</div>
<div class="conTop">
<div class="wrapper">
<h1>{esc(a.title)}</h1>
<div class="infoBox clearfix">
<div class="info">
<span class="source">Source: {esc(a.agency)}</span>
<span class="editor">Editor: {esc(a.editor or "")}</span>
<span class="time">{y}-{mo}-{da} {h}:{mi}:{s}</span>
</div>
<div class="share">
<span class="fontSize">Font Size: <a href="javascript:void(0)" class="fontSmall">A</a> <a href="javascript:void(0)" class="fontBig">A</a></span>
<a href="javascript:void(0)" class="facebook">Facebook</a> <a href="javascript:void(0)" class="twitter">X</a> <a href="javascript:void(0)" class="linkedin">LinkedIn</a>
</div>
</div>
</div>
</div>
<div class="wrapper mainCon clearfix">
<div class="main left">
<div class="content">
<div id="detailContent">
{body}
</div>
<div class="editorBox"><p class="editor">Editor: {esc(a.editor or "")}</p></div>
<div class="shareBox">Share: <a href="javascript:void(0)" class="facebook">Facebook</a> <a href="javascript:void(0)" class="twitter">X</a></div>
</div>
</div>
<div class="side right">
<div class="sideTit">Related</div>
<ul class="sideList">
{more}
</ul>
</div>
</div>
<div class="footer">
<p>Copyright &copy; 2000-2026 XINHUANET.com All rights reserved.</p>
</div>
<script>
var pageInfo = {{ "docid": "{hex32(a.url)}", "pubtime": "{y}-{mo}-{da} {h}:{mi}:{s}" }};
</script>
</body>
</html>
"""


RENDER = {
    "chinanews": render_chinanews,
    "xh2023": render_xh2023,
    "xh2019": render_xh2019,
    "xhold": render_xhold,
    "en": render_en,
}


# --------------------------------------------------------------------------------------------- lists, feeds


def list_entries(host: str, page: str) -> list[tuple[str, str, str]]:
    """(path, title, published) for every article and bad URL linked from one list page."""
    rows = [(a.path, a.title, a.published) for a in ARTICLES if a.host == host and a.listed_on == page]
    rows += [
        (b["path"], b["title"], "2026-11-20T12:00:00+08:00")
        for b in BAD
        if b["host"] == host and b["listed_on"] == page
    ]
    return sorted(rows, key=lambda r: r[2], reverse=True)


def render_cn_list(n: int, total: int) -> str:
    page = f"scroll-news/news{n}.html"
    items = []
    for path, title, pub in list_entries(CN, page):
        chan = path.split("/")[1]
        name = CHANNELS.get(chan, "新闻")
        _, mo, da, h, mi, _ = hm(pub)
        items.append(
            f'<li><div class="dd_lm">[<a href="/{chan}/">{name}</a>]</div>'
            f'<div class="dd_bt"><a href="{path}">{esc(title)}</a></div>'
            f'<div class="dd_time">{int(mo)}-{da} {h}:{mi}</div></li>'
        )
        items.append('<li class="nocontent"></li>')
    if n == 2:  # an article-shaped link under a robots-disallowed folder: a polite crawler skips it
        items.append(
            f'<li><div class="dd_lm">[<a href="/gn/">国内</a>]</div><div class="dd_bt"><a href="{CN_PRIVATE}">'
            '内部测试稿件（请勿抓取）</a></div><div class="dd_time">11-19 08:00</div></li>'
        )
    current = ' class="current"'
    pages = " ".join(
        f'<a href="/scroll-news/news{i}.html"{current if i == n else ""}>{i}</a>' for i in range(1, total + 1)
    )
    nxt = f'<a href="/scroll-news/news{n + 1}.html">下一页</a>' if n < total else ""
    return f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>滚动新闻-中新网</title>
<link href="//i2.chinanews.com.cn/2019/news/css/scroll.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><a href="https://www.chinanews.com.cn/">首页</a> | <a href="/rss/scroll-news.xml">RSS</a></div>
<div class="w1000">
<div class="content_list">
<ul>
{chr(10).join(items)}
</ul>
</div>
<div id="pagediv">{pages} {nxt}</div>
</div>
<div id="bottom">Copyright &copy;1999-2026 chinanews.com.cn. All Rights Reserved</div>
</body>
</html>
"""


def rfc822(iso: str) -> str:
    from datetime import datetime

    return datetime.fromisoformat(iso).strftime("%a, %d %b %Y %H:%M:%S %z")


def render_rss(title: str, link: str, items: list[Art]) -> str:
    rows = "\n".join(
        f"""<item>
<title>{esc(a.title)}</title>
<link>{a.url}</link>
<description>{esc(a.paragraphs[0][:80])}</description>
<pubDate>{rfc822(a.published)}</pubDate>
<guid>{a.url}</guid>
</item>"""
        for a in sorted(items, key=lambda x: x.published, reverse=True)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{esc(title)}</title>
<link>{link}</link>
<description>{esc(title)}</description>
<language>{"en" if "english" in link else "zh-cn"}</language>
{rows}
</channel>
</rss>
"""


def render_xh_list(n: int, total: int) -> str:
    page = "politics/index.html" if n == 1 else f"politics/index_{n}.html"
    items = []
    for path, title, pub in list_entries(XH, page):
        y, mo, da, h, mi, _ = hm(pub)
        items.append(
            f'<div class="item item-style1"><div class="txt"><div class="tit"><span>'
            f'<a href="https://www.news.cn{path}" target="_blank">{esc(title)}</a></span></div>'
            f'<div class="info"><span class="time">{y}-{mo}-{da} {h}:{mi}</span></div></div></div>'
        )
    prev_next = []
    if n > 1:
        prev_next.append(
            f'<a href="/politics/{"index.html" if n == 2 else f"index_{n - 1}.html"}">上一页</a>'
        )
    if n < total:
        prev_next.append(f'<a href="/politics/index_{n + 1}.html">下一页</a>')
    return f"""<!DOCTYPE HTML>
<html>
<head>
<meta charset="utf-8" />
<title>时政_新华网</title>
<link rel="stylesheet" href="https://www.news.cn/2021homepro/css/column.css" />
</head>
<body>
<div class="nav"><a href="https://www.news.cn/">首页</a> <a href="https://www.news.cn/politics/index.html">时政</a> <a href="https://www.news.cn/politics/leaders/index.htm">高层</a> <a href="https://english.news.cn/">English</a></div>
<div class="column-center-list" id="list">
{chr(10).join(items)}
</div>
<div class="xpage">{" ".join(prev_next)}</div>
<div class="foot">Copyright &copy; 2000-2026 XINHUANET.com All Rights Reserved.</div>
</body>
</html>
"""


def render_sitemap(arts: list[Art]) -> str:
    rows = "\n".join(
        f"<url><loc>{a.url}</loc><lastmod>{a.published}</lastmod><changefreq>never</changefreq></url>"
        for a in sorted(arts, key=lambda x: x.published)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://www.news.cn/politics/index.html</loc><changefreq>hourly</changefreq></url>
{rows}
</urlset>
"""


def render_en_list() -> str:
    items = []
    for path, title, pub in list_entries(EN, "china/index.htm"):
        y, mo, da, h, mi, _ = hm(pub)
        items.append(
            f'<div class="item"><div class="tit"><a href="https://english.news.cn{path}">{esc(title)}</a>'
            f'</div><div class="time">{y}-{mo}-{da} {h}:{mi}</div></div>'
        )
    # the same article again with a fragment and a tracking query: a crawler must fetch it once
    if items:
        first = list_entries(EN, "china/index.htm")[0][0]
        items.append(f'<div class="item more"><a href="{first}#comments">Comments</a></div>')
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>China - Xinhua</title>
</head>
<body>
<div class="nav"><a href="https://english.news.cn/home.htm">Home</a> <a href="https://english.news.cn/china/index.htm">China</a> <a href="https://english.news.cn/rss/chinarss.xml">RSS</a></div>
<div class="list" id="list">
{chr(10).join(items)}
</div>
<div class="footer">Copyright &copy; 2000-2026 XINHUANET.com All rights reserved.</div>
</body>
</html>
"""


def tiny_pdf() -> bytes:
    """A small, valid one-page PDF (xref offsets computed), written without any PDF library."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        None,  # content stream, below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = b"BT /F1 12 Tf 20 100 Td (2026 Lakeside Digital Culture Forum - programme) Tj ET"
    objs[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------------------------- build


def site_file(host: str, path: str) -> Path:
    return SITES / host / path.lstrip("/")


def write(host: str, path: str, data: bytes | str, encoding: str = "utf-8") -> None:
    f = site_file(host, path)
    f.parent.mkdir(parents=True, exist_ok=True)
    f.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))


def expected_entry(a: Art) -> dict[str, Any]:
    paras = list(a.paragraphs)
    editor = a.editor
    if a.cut_in_paragraph is not None:
        cut = a.cut_in_paragraph
        paras = paras[:cut] + [cut_text(paras[cut])]
        editor = None
    return {
        "url": a.url,
        "source": a.source,
        "lang": a.lang,
        "encoding": a.encoding,
        "title": a.title,
        "published": a.published,
        "authors": list(a.authors),
        "photographers": list(a.photographers),
        "editor": editor,
        "agency": a.agency,
        "dateline": dict(a.dateline) if a.dateline else None,
        "paragraphs": paras,
        "people": [
            {"name_en": p.name_en, "name_zh": p.name_zh, "role": p.role, "kind": p.kind}
            for p in a.people
            if not (a.cut_in_paragraph is not None and p.kind == "editor")
        ],
        "dates": [{"text": d.text, "value": d.value, "kind": d.kind} for d in a.dates],
        "conferences": list(a.conferences),
        "expect_error": a.expect_error,
        "duplicate_of": a.duplicate_of,
        "layout": a.layout,
        "listed_on": f"https://{a.host}/{a.listed_on}",
        "notes": a.notes,
    }


def cut_text(p: str) -> str:
    """The part of a paragraph left in a file cut at the source (about half of it)."""
    return p[: len(p) // 2]


def build() -> None:
    for host in HOSTS:
        shutil.rmtree(SITES / host, ignore_errors=True)
    behaviours: dict[str, dict[str, Any]] = {}

    for a in ARTICLES:
        page = RENDER[a.layout](a)
        data = page.encode(a.encoding)  # strict: a character the encoding lacks is a bug here
        if a.cut_in_paragraph is not None:  # cut the FILE mid-paragraph (at a character boundary)
            p = a.paragraphs[a.cut_in_paragraph]
            start = page.index(esc(p))
            data = page[: start + len(esc(cut_text(p)))].encode(a.encoding)
        if a.expect_error == "truncated":  # cut the TRANSFER inside the second paragraph
            mid = page.index(esc(a.paragraphs[1])) + len(esc(a.paragraphs[1])) // 2
            frac = len(page[:mid].encode(a.encoding)) / len(data)
            behaviours[f"{a.host}{a.path}"] = {"truncate_at": round(frac, 3)}
        behaviours.setdefault(f"{a.host}{a.path}", {}).update(a.behaviour)
        if not behaviours[f"{a.host}{a.path}"]:
            del behaviours[f"{a.host}{a.path}"]
        write(a.host, a.path, data)

    # bad URLs without an article
    write(CN, CN_PDF, tiny_pdf())
    behaviours[f"{CN}{CN_PDF}"] = {"content_type": "application/pdf"}
    write(
        CN,
        CN_PRIVATE,
        render_chinanews(
            Art(
                "private",
                CN,
                CN_PRIVATE,
                "chinanews",
                "zh",
                "chinanews",
                title="内部测试稿件（请勿抓取）",
                published="2026-11-19T08:00:00+08:00",
                paragraphs=["本页位于robots.txt禁止抓取的目录。"],
                editor="王丽",
                agency="中国新闻网",
            )
        ),
    )

    # China News Service: robots, rolling list (2 pages), RSS
    write(
        CN,
        "/robots.txt",
        "User-agent: *\nDisallow: /private/\n",
    )
    for n in (1, 2):
        write(CN, f"/scroll-news/news{n}.html", render_cn_list(n, 2))
    cn_feed = [a for a in ARTICLES if a.host == CN and not a.expect_error and a.cut_in_paragraph is None]
    write(
        CN,
        "/rss/scroll-news.xml",
        render_rss("中新网滚动新闻", "https://www.chinanews.com.cn/scroll-news/news1.html", cn_feed),
    )

    # Xinhua: robots, politics list (2 pages), sitemap
    write(XH, "/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: https://www.news.cn/sitemap.xml\n")
    for n in (1, 2):
        write(XH, "/politics/index.html" if n == 1 else f"/politics/index_{n}.html", render_xh_list(n, 2))
    write(
        XH, "/sitemap.xml", render_sitemap([a for a in ARTICLES if a.host == XH and a.expect_error is None])
    )

    # Xinhua English: robots, China list, RSS
    write(EN, "/robots.txt", "User-agent: *\nAllow: /\n")
    write(EN, "/china/index.htm", render_en_list())
    write(
        EN,
        "/rss/chinarss.xml",
        render_rss(
            "Xinhua - China", "https://english.news.cn/china/index.htm", [a for a in ARTICLES if a.host == EN]
        ),
    )

    # behaviours.toml
    lines = [
        "# Generated by samples/build_samples.py: do not edit by hand.",
        '# key: "<host>/<path>"; truncate_at = fraction of the file sent after a full Content-Length;',
        "# content_type overrides the Content-Type header; status overrides the HTTP status.",
        "",
    ]
    for key in sorted(behaviours):
        lines.append(f'["{key}"]')
        for k, v in behaviours[key].items():
            lines.append(f"{k} = {json.dumps(v)}")
        lines.append("")
    (HERE / "behaviours.toml").write_text("\n".join(lines), encoding="utf-8")

    # expected.json
    entries = [expected_entry(a) for a in ARTICLES]
    for b in BAD:
        entries.append(
            {
                "url": f"https://{b['host']}{b['path']}",
                "source": b["source"],
                "lang": None,
                "encoding": None,
                "title": None,
                "published": None,
                "authors": [],
                "photographers": [],
                "editor": None,
                "agency": None,
                "dateline": None,
                "paragraphs": [],
                "people": [],
                "dates": [],
                "conferences": [],
                "expect_error": b["expect_error"],
                "duplicate_of": None,
                "layout": None,
                "listed_on": f"https://{b['host']}/{b['listed_on']}",
                "notes": b["notes"],
            }
        )
    (HERE / "expected.json").write_text(
        json.dumps(entries, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(ARTICLES)} article pages, {len(BAD)} bad URLs, {len(behaviours)} behaviours")


# --------------------------------------------------------------------------------------------- checks

# XPath forms of the per-era selectors in ../shared/notes/sources.md (checked, not used by the pipeline)
LAYOUT_XPATHS = {
    "chinanews": {
        "title": "//h1",
        "time": "//div[contains(@class,'left-t')]",
        "body": "//div[contains(@class,'left_zw')]",
        "editor": "//div[@class='adEditor']",
    },
    "xh2023": {
        "title": "//div[contains(@class,'head-line')]//h1//span[@class='title']",
        "time": "//div[contains(@class,'header-time')]",
        "source": "//div[@class='source']",
        "body": "//div[@id='detail']",
        "editor": "//span[@class='editor']",
    },
    "xh2019": {
        "title": "//div[@class='h-title']",
        "time": "//span[@class='h-time']",
        "body": "//div[@id='p-detail']",
        "editor": "//span[@class='p-jc']",
    },
    "xhold": {
        "title": "//span[@id='title']",
        "time": "//span[@id='pubtime']",
        "body": "//div[@id='Content']",
    },
    "en": {
        "title": "//div[@class='conTop']//h1",
        "time": "//*[@class='time']",
        "body": "//div[@id='detailContent']/p",
    },
}


def check() -> int:
    """Sanity checks over the files on disk; returns the number of problems."""
    import re
    import tomllib

    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(msg)
        print("PROBLEM:", msg)

    try:
        from lxml import html as lhtml
    except ImportError:  # run with the project venv to parse pages
        lhtml = None
        print("lxml not installed: HTML parse check skipped")

    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    behaviours = tomllib.loads((HERE / "behaviours.toml").read_text(encoding="utf-8"))
    patterns = {
        "chinanews": [r"/[a-z]+/\d{4}/\d{2}-\d{2}/\d+\.shtml$"],
        "xinhua": [r"/[a-z]+/\d{8}/[0-9a-f]{32}/c\.html$", r"/[a-z]+/\d{4}-\d{2}/\d{2}/c_\d+\.htm$"],
        "xinhua_en": [r"/\d{8}/[0-9a-f]{32}/c\.html$"],
    }
    sources = HERE.parent / "pipeline" / "data" / "sources.toml"
    if sources.exists():  # the crawler's own table wins over the copy above
        patterns = {k: v["article_patterns"] for k, v in tomllib.loads(sources.read_text()).items()}

    # every list page / feed link, to check that each expected URL is discoverable
    linked: set[str] = set()
    for host in HOSTS:
        for f in (SITES / host).rglob("*"):
            if f.suffix in (".html", ".htm", ".xml") and (
                "scroll-news" in str(f) or "index" in f.name or f.suffix == ".xml"
            ):
                text = f.read_text(encoding="utf-8")
                for m in re.finditer(r'(?:href="|<loc>|<link>)([^"<#]+)', text):
                    u = m.group(1)
                    linked.add(u if u.startswith("http") else f"https://{host}{u}")

    for e in expected:
        url = e["url"]
        host, path = url.split("/", 3)[2], "/" + url.split("/", 3)[3]
        if not any(re.search(p, url) for p in patterns[e["source"]]):
            bad(f"{url}: does not match the {e['source']} article patterns")
        if url not in linked:
            bad(f"{url}: not linked from any list page or feed")
        f = site_file(host, path)
        if e["expect_error"] == "404":
            if f.exists():
                bad(f"{url}: should be missing")
            continue
        data = f.read_bytes()
        if e["expect_error"] == "not_html":
            if (
                not data.startswith(b"%PDF-")
                or behaviours.get(f"{host}{path}", {}).get("content_type") != "application/pdf"
            ):
                bad(f"{url}: not a PDF with a content_type override")
            continue
        if e["encoding"] == "gbk":
            try:
                data.decode("utf-8")
                bad(f"{url}: GBK page decodes as utf-8")
            except UnicodeDecodeError:
                pass
            try:
                data.decode("gb2312")
                bad(f"{url}: GBK page decodes as gb2312 (needs a character outside GB2312)")
            except UnicodeDecodeError:
                pass
        text = data.decode(e["encoding"])
        for p in e["paragraphs"]:
            if html.escape(p, quote=False) not in text:
                bad(f"{url}: paragraph not on the page: {p[:30]}")
        if e["title"] and html.escape(e["title"], quote=False) not in text:
            bad(f"{url}: title not on the page")
        if lhtml is not None:
            doc = lhtml.document_fromstring(data.decode(e["encoding"]))
            if not doc.xpath("//title"):
                bad(f"{url}: no <title> after parsing")
            # the selectors of ../shared/notes/sources.md find title, time and body in every layout
            for name, xp in LAYOUT_XPATHS.get(e["layout"], {}).items():
                if e["notes"].startswith("The FILE ends") and name == "editor":
                    continue
                if not "".join(doc.xpath(f"string({xp})")).strip():
                    bad(f"{url}: {e['layout']} selector {name} ({xp}) finds nothing")
        b = behaviours.get(f"{host}{path}", {})
        if e["expect_error"] == "truncated":
            frac = b.get("truncate_at")
            if not frac:
                bad(f"{url}: truncated page without truncate_at")
            else:
                sent = data[: int(len(data) * frac)].decode(e["encoding"], errors="ignore")
                if e["paragraphs"][-1] in sent or e["paragraphs"][0] not in sent:
                    bad(f"{url}: the truncation point is not inside the body")
        if e["expect_error"] == "mis-encoded" and "utf-8" not in b.get("content_type", ""):
            bad(f"{url}: mis-encoded page needs a lying utf-8 content_type")
        if e["notes"].startswith("The FILE ends") and data.rstrip().endswith(b"</html>"):
            bad(f"{url}: cut-at-source page ends with </html>")

    for host in HOSTS:
        for f in (SITES / host).rglob("*.htm*"):
            if f.suffix in (".html", ".htm", ".shtml") and lhtml is not None:
                raw = f.read_bytes()
                enc = "gbk" if b"charset=gb2312" in raw or "c_1129000002" in f.name else "utf-8"
                lhtml.document_fromstring(raw.decode(enc))

    print(f"checked {len(expected)} expected entries: {len(problems)} problem(s)")
    return len(problems)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only run the sanity checks")
    args = ap.parse_args()
    if not args.check:
        build()
    sys.exit(1 if check() else 0)


if __name__ == "__main__":
    main()
