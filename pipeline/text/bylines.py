"""Names in bylines and credit lines: "记者 张建 周长庆", "吴俊宽、高鹏", "LISA MASCARO and ERIC TUCKER".

Shared by the extractor (authors, editors, photographers) and the lead-paragraph dateline reader in
pipeline.text.datelines. The splitters stop where a run of names ends, so that correspondents (通讯员),
interns and photographers after the reporters are never taken for them.
"""

from __future__ import annotations

import re

from pipeline.text.scripts import HAN, nfkc

NAME_ZH = rf"[{HAN}·]{{2,4}}"
NAMES_ZH = rf"{NAME_ZH}(?:[\s、，,]+{NAME_ZH}){{0,3}}"  # up to four names: "萧潇、张妍", "张建 周长庆"

REPORTER_WORDS = (
    r"(?:特约记者|特約記者|本报记者|本報記者|本台记者|本網記者|本网记者|新华社记者|新華社記者"
    r"|中新社记者|中新社記者|中新网记者|人民网记者|人民日报记者|记者|記者|评论员|評論員|特约撰稿人|撰稿人)"
)
NOT_REPORTER = (
    r"(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者|摄影|攝影|摄像|攝像|制图|製圖"
    r"|编译|編譯|翻译|翻譯|报道|報道|综合报道|發自|发自)"
)
# Words that look like a two-to-four character name in a credit but are not one.
NAME_STOP = {
    "完", "图", "圖", "组图", "組圖", "待续", "未完待续", "资料图", "資料圖", "视频", "視頻", "原标题",
    "有删节", "摘编", "摘編", "来源", "來源", "编辑", "編輯", "责编", "責編", "记者", "記者", "通讯员",
    "通訊員", "报道", "报道组", "综合", "综述", "新华社", "新華社", "中新社", "中新网", "人民网", "实习生",
    "网友", "本报", "本報",
    "供图", "供圖", "摄", "攝", "全文", "下同", "新华网", "新華網", "图片", "圖片", "视频截图", "据报道",
}  # fmt: skip

ENGLISH_ORGS = (
    r"(?:The\s+)?(?:Associated\s+Press|AP|Reuters|AFP|Agence\s+France-Presse|UPI|United\s+Press\s+International"
    r"|Xinhua|China\s+Daily|CGTN|Bloomberg|PA|Press\s+Association)"
)
# Credits that are a role, not a person ("By Reuters Staff").
NOT_A_NAME_EN = frozenset(("staff", "staff writer", "reuters staff", "xinhua", "editor", "editors"))

_NOT_REPORTER_RE = re.compile(NOT_REPORTER)
_REPORTER_WORDS_RE = re.compile(REPORTER_WORDS)
_NAME_SEP_ZH = re.compile(r"[\s、，,;；/　]+|和|及|与")
_NAME_ZH_RE = re.compile(NAME_ZH)
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}")
_ORG_TAIL = re.compile(r"\s+" + ENGLISH_ORGS + r"\b.*$")
_ORG_RE = re.compile(ENGLISH_ORGS)
_PLACE_CUT = re.compile(r"[;|]|\s+(?:in|at|for|from)\s+[A-Z]")
_NAME_SEP_EN = re.compile(r"\s*(?:,|\band\b|&)\s*")
_NAME_EN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


def split_names_zh(text: str) -> list[str]:
    """Names in a run like "张建 周长庆", "吴俊宽、高鹏", "刘育英"; stops at 通讯员/实习生/摄影."""
    text = nfkc(text)
    text = _NOT_REPORTER_RE.split(text)[0]
    text = _REPORTER_WORDS_RE.sub(" ", text)
    out = []
    for tok in _NAME_SEP_ZH.split(text):
        tok = tok.strip(" ：:·")
        if not tok:
            continue
        if _NAME_ZH_RE.fullmatch(tok) and tok not in NAME_STOP:
            out.append(tok)
        elif _LATIN_NAME.fullmatch(tok):
            out.append(tok)
        else:
            return out if out else []
    return out


def split_names_en(text: str) -> list[str]:
    """Names in "LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER", "Jessica Wohl"."""
    text = _ORG_TAIL.sub("", text.strip())
    text = _PLACE_CUT.split(text)[0]
    out = []
    for tok in _NAME_SEP_EN.split(text):
        tok = tok.strip(" .")
        if not tok:
            continue
        if _NAME_EN.fullmatch(tok) and not _ORG_RE.fullmatch(tok):
            if tok.lower() in NOT_A_NAME_EN:
                continue
            out.append(tok)
    return out
