"""Line-level patterns of the boilerplate stripper (private helpers of
:mod:`viscrape.boilerplate`).

Every function here looks at one line (already stripped of surrounding whitespace)
and answers one question about it; the document-level decisions (title, tail cut,
duplicates, runs of headlines, bylines at the end) live in :mod:`viscrape.boilerplate`.
Phrase lists are plain data under ``viscrape/data/boilerplate/``. Every regex is
anchored or bounded so that matching cost is linear in the line length.
"""

from __future__ import annotations

import datetime
import functools
import re

from viscrape._data import load_lines, load_table

# Characters that close a sentence, and what may follow them at the end of a line.
_SENTENCE_END = frozenset(".!?…;:")
_CLOSERS = "\"'”’»)]}*"
_LIST_MARKER = re.compile(r"(?:[-+•*–—▪●◦]|\d{1,2}[.)]|[a-zđ][.)])\s")
_WORD = re.compile(r"\w+")
_NON_WORD = re.compile(r"[\W_]+")
_DIGITS_AND_BRACKETS = re.compile(r"[\d()\[\]]+")
_TRAILING_PUNCT = " \t.:;,!?…-–—|>»›"


def words_of(text: str) -> int:
    """Number of whitespace-separated words (a lower bound beyond 100 words: every
    threshold is far below that, and long lines need no exact count)."""
    if len(text) > 1000:
        return max(101, len(text[:1000].split()))
    return len(text.split())


def line_key(text: str) -> str:
    """Comparison key of a line: case-folded words without punctuation, joined by
    single spaces."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


_EDGE_PUNCTUATION = " .,:;!?…-–—\"'“”‘’«»()[]*•|"


def repeat_key(text: str) -> str:
    """A cheaper key to find repeated lines: case-folded, whitespace collapsed, outer
    punctuation removed (a repeat is a copy, so inner punctuation matches anyway)."""
    folded = text.casefold()
    if "  " in folded or "\t" in folded:
        folded = " ".join(folded.split())
    return folded.strip(_EDGE_PUNCTUATION)


def has_words(text: str, count: int) -> bool:
    """At least ``count`` words (spaces counted: cheap on long lines)."""
    if len(text) >= 200:
        return text.count(" ") + 1 >= count
    return len(text.split()) >= count


def phrase_key(text: str) -> str:
    """Lookup key for the phrase lists: case-folded, counters and trailing punctuation
    removed, inner whitespace collapsed ("Bình luận (12):" -> "bình luận")."""
    stripped = _DIGITS_AND_BRACKETS.sub(" ", text.casefold())
    return " ".join(stripped.split()).strip(_TRAILING_PUNCT)


def ends_sentence(text: str) -> bool:
    """True if the line ends with sentence punctuation (closing quotes allowed after it)."""
    trimmed = text.rstrip(_CLOSERS + " ")
    return bool(trimmed) and trimmed[-1] in _SENTENCE_END


def ends_with_period(text: str) -> bool:
    trimmed = text.rstrip(_CLOSERS + " ")
    return bool(trimmed) and trimmed[-1] in ".…;"


_NUMBERED_MARKER = re.compile(r"\d{1,2}[.)]\s+")


def numbered_marker(text: str) -> int:
    """Length of a leading "1. " / "2) " item number, or 0."""
    match = _NUMBERED_MARKER.match(text)
    return match.end() if match is not None else 0


def starts_with_list_marker(text: str) -> bool:
    return _LIST_MARKER.match(text) is not None


def has_letter(text: str) -> bool:
    return any(character.isalpha() for character in text)


def headline_like(text: str, *, min_words: int = 3, max_words: int = 35) -> bool:
    """A headline or sub-heading shape: a few words, no closing sentence punctuation,
    no list marker, starts with a capital letter or a digit."""
    if not text or len(text) > 12 * max_words or ends_sentence(text) or text[-1] in ",":
        return False
    if starts_with_list_marker(text):
        return False
    first = text.lstrip("\"“'‘([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    return min_words <= words_of(text) <= max_words


# --- scraper artefacts -----------------------------------------------------------

_DATE_ARTEFACT = re.compile(r"date\s+(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:\s+|$)")


def date_artefact(text: str) -> tuple[int, str | None] | None:
    """A leading ``date 2025-10-26`` token: (its length with the following spaces,
    the ISO date or None when only year and month are given)."""
    match = _DATE_ARTEFACT.match(text)
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    iso = iso_date(int(year), int(month), int(day)) if day else None
    return match.end(), iso


_TAG = re.compile(r"<!--|-->|</?[A-Za-z][^<>\n]{0,400}>|&#?\w{1,10};|/?>")
_CODE_START = re.compile(
    r"(?:function\s*\(|var\s+\w+\s*=|let\s+\w+\s*=|const\s+\w+\s*=|window\.|document\.|"
    r"googletag|\(function|\$\(|@media|@font-face|[.#][\w-]+\s*\{|\{|\})"
)


# "og:title: ...", "twitter:description = ...": a page's meta tags leaked as text
_META_LEAK = re.compile(r"(?:og|twitter|article|fb|al|itemprop):[a-z_:]+\s*[:=]", re.IGNORECASE)
# "icon-facebook", "btn_share", "fa-print": an icon's CSS class kept as its label
_ICON_LABEL = re.compile(r"(?:icon|ico|fa|btn|button|svg|glyphicon|sprite)[-_][a-z0-9_-]+")


def is_markup(text: str) -> bool:
    """Leaked markup, comment closers, entities, inline scripts or styles, leaked meta
    tags and icon class names."""
    if text[:1] in "abfgiostABFGIOST" and (
        _META_LEAK.match(text) is not None or _ICON_LABEL.fullmatch(text) is not None
    ):
        return True
    if "<" in text or ">" in text or "&" in text:
        remainder = _TAG.sub(" ", text)
        if not has_letter(remainder):
            return True
        if text.startswith("<") and text.endswith(">"):
            return True
    return _CODE_START.match(text) is not None and (";" in text or "{" in text or "}" in text)


# --- header chrome ----------------------------------------------------------------

# English month names of RSS/HTTP dates ("Mon, 01 Dec 2025 06:45:00 +0700")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = "(?:" + "|".join(_MONTHS) + r")[a-z]*\.?"
_STAMP_TIME = r"\d{1,2}\s?[:hH]\s?\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?"
# "2 giờ trước", "Cập nhật: 1 giờ trước", "3h trước": a relative time
_RELATIVE = r"\d{1,3}\s?(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm|h|p)\s+trước"
_STAMP_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|" + _STAMP_TIME
    + r"|\d{1,2}\s+tháng\s+\d{1,2}(?:,?\s+năm\s+\d{4})?"
    r"|(?:GMT|UTC)\s?[+-]?\s?\d{0,2}(?::?\d{2})?"
    r"|" + _RELATIVE
    + r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+" + _MONTH_NAME + r"\s+\d{4}"
    r"|[+-]\d{4}(?!\d)",
    re.IGNORECASE,
)
_SET_OFF = (",", "|", "·", "•", "-", "–")
_RELATIVE_TIME = re.compile(_RELATIVE, re.IGNORECASE)

_FULL_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)"
    r"|(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"
    r"|(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})(?!\d)"
    r"|(?<!\d)(\d{1,2})\s+(" + _MONTH_NAME + r"),?\s+(\d{4})(?!\d)",
    re.IGNORECASE,
)
_ANY_DIGIT = re.compile(r"\d")
_HAS_TIME = re.compile(r"\d{1,2}\s?[:hH]\s?\d{2}|GMT|UTC", re.IGNORECASE)


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def first_full_date(text: str) -> str | None:
    """The first complete date in ``text`` (d/m/yyyy, yyyy-mm-dd, "d tháng m năm yyyy")."""
    for match in _FULL_DATE.finditer(text):
        groups = match.groups()
        if groups[0]:
            day, month, year = groups[0], groups[1], groups[2]
        elif groups[3]:
            year, month, day = groups[3], groups[4], groups[5]
        elif groups[6]:
            day, month, year = groups[6], groups[7], groups[8]
        else:
            day, year = groups[9], groups[11]
            month = str(_MONTHS.index(groups[10][:3].casefold()) + 1)
        iso = iso_date(int(year), int(month), int(day))
        if iso:
            return iso
    return None


@functools.lru_cache(maxsize=1)
def _timestamp_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in load_lines("boilerplate/timestamp_words.txt"))


def is_timestamp(text: str) -> bool:
    """A line that is only a date and/or time, with weekday, GMT offset, a few filler
    words ("Cập nhật lúc") and at most a short section name or counter."""
    if len(text) > 120 or text[-1] == "." or _ANY_DIGIT.search(text) is None:
        return False
    tokens = _STAMP_TOKEN.findall(text)
    if not tokens:
        return False
    remainder = _STAMP_TOKEN.sub(" ", text)
    filler = _timestamp_words()
    other = [
        word for word in _WORD.findall(remainder.casefold())
        if word not in filler and not word.isdigit()
    ]
    # with a time and a date, or a relative time set off by a separator, a short section
    # name may come along ("Sao Việt, 2 giờ trước"; not "Ông về hưu 2 năm trước")
    relative = _RELATIVE_TIME.search(text)
    set_off = relative is not None and text[: relative.start()].rstrip()[-1:] in _SET_OFF
    allowance = 3 if (_HAS_TIME.search(text) and len(tokens) >= 2) or set_off else 1
    if ends_with_period(text) and other:
        return False
    return len(other) <= allowance


_FOLLOW_START = re.compile(
    r"(?:theo dõi|follow|đăng ký|đăng kí|subscribe|kết nối với|tải ứng dụng|tải app|"
    r"cài đặt ứng dụng|like|bấm theo dõi|nhấn theo dõi|mời (?:bạn|quý) độc giả theo dõi)\b",
    re.IGNORECASE,
)
_FOLLOW_PLACE = re.compile(
    r"(?:google news|facebook|fanpage|zalo|youtube|tiktok|telegram|twitter|instagram|"
    r"kênh|ứng dụng|\bapp\b|bản tin|newsletter|[\w-]+\.(?:vn|com|net|org)\b)",
    re.IGNORECASE,
)
_FOLLOW_END = re.compile(r"(?:trên|tại|ở|qua|với)\s*:?\s*$", re.IGNORECASE)


def is_follow_prompt(text: str) -> bool:
    """"Theo dõi <site> trên", "Follow us on Google News", subscribe prompts."""
    if len(text) > 160 or words_of(text) > 16 or ends_with_period(text):
        return False
    if _FOLLOW_START.match(text):
        return bool(_FOLLOW_END.search(text) or _FOLLOW_PLACE.search(text))
    return "google news" in text.casefold()


_BREADCRUMB_SEPARATORS = re.compile(r"\s*(?:>|»|›|/|\||•|·)\s*|\s{2,}|\s[-–—]\s")


@functools.lru_cache(maxsize=1)
def categories() -> frozenset[str]:
    return frozenset(line_key(entry) for entry in load_lines("boilerplate/categories.txt"))


_MENU_GAP = re.compile(r"\s{2,}|\t")
_MENU_BAR = re.compile(r"\s\|\s")


def _is_menu(text: str) -> bool:
    """A flattened menu bar: three or more short items separated by wide gaps ("Thời sự
    Kinh tế  Đời sống  Du lịch"), or four or more separated by " | "; a headline never
    has such gaps."""
    if len(text) > 300 or ends_sentence(text):
        return False
    if "  " in text or "\t" in text:
        parts = [part for part in _MENU_GAP.split(text.strip()) if part]
        least = 3
    elif " | " in text:
        parts = _MENU_BAR.split(text.strip())
        least = 4
    else:
        return False
    return len(parts) >= least and all(
        name_words(part) <= 4 and has_letter(part) for part in parts
    )


def is_breadcrumb(text: str, *, in_head: bool) -> bool:
    """"Trang chủ > Thời sự", "Thế giới » Châu Á"; in the page head also a line made only
    of section names."""
    if in_head and _is_menu(text):
        return True
    if len(text) > 160 or ends_with_period(text) or words_of(text) > 16:
        return False
    folded = text[:10].casefold()
    if folded.startswith(("trang chủ", "home")):
        return True
    if not in_head and not any(separator in text for separator in ">»›"):
        return False
    parts = [part for part in _BREADCRUMB_SEPARATORS.split(text) if part.strip()]
    if len(parts) >= 2 and ("›" in text or ">" in text or "»" in text):
        return all(words_of(part) <= 5 for part in parts)
    if in_head and parts:
        sections = categories()
        if all(line_key(part) in sections for part in parts):
            return True
        # "Thời sự  Giao thông": a known section followed by sub-sections
        return (
            len(parts) >= 2
            and line_key(parts[0]) in sections
            and all(words_of(part) <= 4 for part in parts)
        )
    return False


@functools.lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[str, str]]:
    return {
        phrase_key(row[0]): (row[1], row[2])
        for row in load_table("boilerplate/line_phrases.txt")
        if len(row) >= 3
    }


def phrase_label(text: str, key: str | None = None) -> tuple[str, str] | None:
    """(label, reason) when the whole line is a known chrome phrase (``key``: its
    :func:`phrase_key` if already computed)."""
    if len(text) > 60:
        return None
    return _phrases().get(phrase_key(text) if key is None else key)


@functools.lru_cache(maxsize=1)
def _share_words() -> tuple[frozenset[str], frozenset[str]]:
    rows = load_table("boilerplate/share_words.txt")
    words = frozenset(row[0] for row in rows)
    platforms = frozenset(row[0] for row in rows if len(row) > 1 and row[1] == "platform")
    return words, platforms


def is_share_bar(text: str) -> bool:
    """"Chia sẻ Facebook Zalo Email": share-bar words only, naming a platform."""
    if len(text) > 80:
        return False
    words, platforms = _share_words()
    tokens = [token for token in line_key(text).split() if token]
    return (
        bool(tokens) and all(token in words for token in tokens)
        and any(token in platforms for token in tokens)
    )


@functools.lru_cache(maxsize=1)
def _tail_headers() -> dict[str, str]:
    return {phrase_key(row[0]): row[1] for row in load_table("boilerplate/tail_headers.txt")}


@functools.lru_cache(maxsize=1)
def _final_prefixes() -> tuple[str, ...]:
    return tuple(entry.casefold() for entry in load_lines("boilerplate/final_prefixes.txt"))


def tail_header_kind(
    text: str, extra: frozenset[str] = frozenset(), key: str | None = None
) -> str | None:
    """"related", "final" or "poll" (a vote button) when the line opens a tail section,
    else None."""
    if len(text) > 80:
        return None
    if key is None:
        key = phrase_key(text)
    if key in extra:
        return "related"
    kind = _tail_headers().get(key)
    if kind is not None:
        return kind
    folded = text.casefold()
    if folded.startswith(_final_prefixes()):
        return "final"
    if (
        folded.startswith(_tail_prefixes()) and words_of(text) <= 6 and not ends_sentence(text)
        and key.split(" ", 1)[0] in _tail_prefix_words()
    ):
        return "related"
    return None


@functools.lru_cache(maxsize=1)
def _tail_prefixes() -> tuple[str, ...]:
    return tuple(entry.casefold() for entry in load_lines("boilerplate/tail_prefixes.txt"))


@functools.lru_cache(maxsize=1)
def _tail_prefix_words() -> frozenset[str]:
    """First words of the widget headers (so that "BXH" does not match "BXHA")."""
    return frozenset(entry.split()[0] for entry in _tail_prefixes())


# --- source tags ------------------------------------------------------------------

_PAREN_TAG = re.compile(r"\(\s*([^\s()][^()\n]{0,38}?)\s*\)\s*(?:[-–—:]+\s*|$)")
_BARE_TAG = re.compile(
    r"([A-ZĐ][A-ZĐ0-9&+]{1,9}(?:\.[A-Za-z]{2,3})?(?: Online| ONLINE)?)\s*[-–—]+\s*"
)
_NOT_SOURCES = frozenset({"TP.HCM", "TPHCM", "HCM", "TP", "UBND", "HĐND", "ẢNH", "VIDEO"})


@functools.lru_cache(maxsize=1)
def _known_tags() -> tuple[str, ...]:
    return tuple(sorted(load_lines("boilerplate/source_tags.txt"), key=len, reverse=True))


def source_tag(text: str, *, bare_allowed: bool) -> tuple[int, str] | None:
    """A leading outlet tag ("(VTC News) -", "TTO -", "VOV.VN -"): (length including the
    dash and following spaces, the outlet as written)."""
    match = _PAREN_TAG.match(text)
    if match is not None:
        inner = match.group(1).strip()
        first = inner[:1]
        looks_like_outlet = (
            (first.isupper() or "." in inner)
            and words_of(inner) <= 5
            and not inner.casefold().startswith(("ảnh", "video", "clip", "tiếp", "còn"))
            and has_letter(inner)
        )
        if looks_like_outlet:
            return match.end(), inner
        return None
    if not bare_allowed:
        return None
    for tag in _known_tags():
        if text.startswith(tag):
            rest = text[len(tag):]
            stripped = rest.lstrip(" ")
            if stripped[:1] in ("-", "–", "—"):
                end = len(text) - len(stripped)
                while end < len(text) and text[end] in "-–— ":
                    end += 1
                return end, tag
    match = _BARE_TAG.match(text)
    if match is not None and match.group(1) not in _NOT_SOURCES and not (
        text[len(match.group(1))] in "-–—" and text[len(match.group(1)) + 1 :][:1].isalnum()
    ):  # "VN-Index", "COVID-19": a hyphenated word, not "TTO - ..."
        return match.end(), match.group(1)
    return None


# --- captions ---------------------------------------------------------------------

_CREDIT_WORDS = (
    r"(?:Ảnh|ẢNH|ảnh|Photo|PHOTO|Hình|HÌNH|Nguồn ảnh|Nguồn|NGUỒN|nguồn|Video|VIDEO|Clip|"
    r"Đồ họa|Đồ hoạ|Thiết kế|Minh họa|Minh hoạ)"
)
_CREDIT_PARENTHESISED = re.compile(
    r"\(\s*" + _CREDIT_WORDS + r"(?:\s*:\s*|\s+)([^()]{1,80}?)\s*\)\s*\.?\s*$"
)
_CREDIT_TRAILING = re.compile(
    r"(?:^|(?<=[\s.,;!?\"”’)–—-]))" + _CREDIT_WORDS + r"\s*:\s*([^:()]{1,80}?)\s*\.?\s*$"
)
_RELATED_FIRST = frozenset("XxĐđMmTtBbCc>»►▶→=⇒+")
_CREDIT_HINTS = ("ảnh", "photo", "hình", "nguồn", "video", "clip", "đồ h", "thiết kế", "minh h")
_INITIALS_END = re.compile(r"(?:^|[\s/])(?:[A-ZĐ]\.)+[A-ZĐ]$")
_ALT_NUMBER = re.compile(r"\s[-–—]\s(?:Ảnh|Hình|ảnh)\s\d{1,2}\.?$")
_CREDIT_TAIL_WINDOW = 140


@functools.lru_cache(maxsize=1)
def _agency_suffix() -> re.Pattern[str]:
    names = "|".join(
        re.escape(name)
        for name in sorted(load_lines("boilerplate/agencies.txt"), key=len, reverse=True)
    )
    return re.compile(r"(?:^|[\s,–—-])\s*(?:ảnh|Ảnh|ẢNH|Photo)\s+(" + names + r")\s*\.?\s*$")


@functools.lru_cache(maxsize=1)
def agencies() -> frozenset[str]:
    return frozenset(line_key(name) for name in load_lines("boilerplate/agencies.txt"))


def caption_credit(text: str) -> tuple[int, str] | None:
    """A photo/video credit ending the line: (where the caption text ends, the credit).

    The caption text end is 0 for a line that is only a credit ("Ảnh: Minh Đức").
    """
    tail = text[-100:]
    if ":" not in tail and "(" not in tail and "nh " not in tail and "NH " not in tail:
        return None
    if not any(hint in tail.casefold() for hint in _CREDIT_HINTS):
        return None
    window = max(0, len(text) - _CREDIT_TAIL_WINDOW)
    for pattern in (_CREDIT_PARENTHESISED, _CREDIT_TRAILING):
        match = pattern.search(text, window)
        if match is not None:
            credit = match.group(1).strip()
            if not credit or words_of(credit) > 10:
                continue
            if text.endswith(".") and _INITIALS_END.search(credit):
                credit += "."  # "Ảnh: T.L." keeps the period of the initials
            keyword = text[match.start():match.start(1)].strip("( :").casefold()
            before = text[:match.start()].rstrip(" -–—,(")
            if keyword.startswith(("nguồn", "video", "clip", "đồ")) and words_of(before) > 45:
                continue
            if keyword.startswith("nguồn") and not credit[:1].isupper():
                continue
            return len(before), credit
    match = _agency_suffix().search(text, window)
    if match is not None:
        return len(text[:match.start()].rstrip(" -–—,")), match.group(1)
    match = _ALT_NUMBER.search(text, window)
    if match is not None:
        return match.start(), match.group(0).strip(" -–—.")
    return None


_NAVIGATION = re.compile(
    r"(?:trở lại|trở về|quay lại|quay về|về trang|xem tất cả|xem toàn bộ|lên đầu trang)\b",
    re.IGNORECASE,
)


def is_navigation(text: str) -> bool:
    """"Trở lại Thời sự", "Quay lại trang chủ", "Xem tất cả": short navigation links."""
    return len(text) <= 60 and _NAVIGATION.match(text) is not None and words_of(text) <= 6


@functools.lru_cache(maxsize=1)
def _notice_prefixes() -> tuple[str, ...]:
    return tuple(entry.casefold() for entry in load_lines("boilerplate/notice_prefixes.txt"))


def is_notice(text: str) -> bool:
    """Calls for tips, hotlines, reprint and sponsorship notices."""
    return len(text) <= 320 and text[:60].casefold().startswith(_notice_prefixes())


_TIME_ONLY = re.compile(r"\d{1,2}\s?[:hH]\s?\d{2}(?::\d{2})?")


def is_time_only(text: str) -> bool:
    """A bare clock time ("11:00", "10h30"): a live-blog marker inside the article."""
    return _TIME_ONLY.fullmatch(text.strip(" -–|:")) is not None


@functools.lru_cache(maxsize=1)
def _caption_starts() -> tuple[str, ...]:
    return tuple(entry.casefold() for entry in load_lines("boilerplate/caption_starts.txt"))


@functools.lru_cache(maxsize=1)
def _caption_verbs() -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(verb)
        for verb in sorted(load_lines("boilerplate/caption_verbs.txt"), key=len, reverse=True)
    )
    return re.compile(r"\s(?:" + verbs + r")(?:\s|$|\.)")


_REPORTING = re.compile(
    r"\b(?:cho biết|cho rằng|nói|khẳng định|nhấn mạnh|chia sẻ|yêu cầu|đề nghị|kêu gọi|"
    r"cho hay|tuyên bố|thông tin|bày tỏ|nêu rõ)\b",
    re.IGNORECASE,
)
# tense markers and time adverbials belong to narration, not to photo captions
_NARRATIVE = re.compile(
    r"\b(?:sẽ|đang|vừa|từng)\b|^(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Trước|Sau)\s",
)
_QUOTE_MARKS = frozenset("\"“”«»")


def uncredited_caption_shape(text: str) -> bool:
    """No reporting verb and no narrative tense or time adverbial: what a photo
    caption next to other captions may be."""
    return _REPORTING.search(text) is None and _NARRATIVE.search(text) is None


def uncredited_caption(text: str) -> bool:
    """A caption without a credit: a short "Toàn cảnh ..." line, or a short
    "<person> phát biểu tại ..." line with no comma, quotation or reporting verb."""
    if len(text) > 200:
        return False
    count = words_of(text)
    if count > 20:
        return False
    if text.casefold().startswith(_caption_starts()):
        return True
    if count > 18 or "," in text or ":" in text or ";" in text:
        return False
    if any(character in _QUOTE_MARKS for character in text) or "?" in text or "!" in text:
        return False
    if not text[:1].isupper() or not uncredited_caption_shape(text):
        return False
    return _caption_verbs().search(text) is not None


# --- media, links and debris ------------------------------------------------------

_MEDIA_MARKER = re.compile(
    r"\[\s*(?:video|ảnh|photo|clip|infographics?|inforgraphics?|emagazine|e-magazine|"
    r"longform|podcast|trực tiếp|live|audio|megastory|interactive|đồ họa|đồ hoạ)\s*\]",
    re.IGNORECASE,
)
_MEDIA_PROMPT = re.compile(
    r"(?:xem clip|xem video|xem thêm video|mời (?:quý )?(?:độc giả|bạn đọc|bạn) (?:xem|theo dõi)"
    r"(?: thêm)?(?: video| clip)?)\s*:",
    re.IGNORECASE,
)
_RELATED_LINK = re.compile(
    r"(?:xem thêm|đọc thêm|mời đọc thêm|mời (?:quý )?(?:bạn đọc|độc giả) (?:xem|đọc) thêm|"
    r"tin liên quan|bài liên quan|tin cùng chuyên mục|có thể bạn quan tâm|xem tiếp|đọc tiếp)"
    r"\s*(?::|>>|>|»|-|–)\s*\S"
    r"|(?:>>+|»|►|▶|→|=>|⇒|\+\+)\s*\S",
    re.IGNORECASE,
)
_READ_MORE_END = re.compile(
    r"(?:\.\.\.|…)\s*(?:đọc tiếp|xem tiếp|xem thêm|xem chi tiết)\s*\.*$|"
    r"(?:đọc tiếp|xem tiếp|xem chi tiết)\s*(?:\.\.\.|…|>>|»)+\s*$",
    re.IGNORECASE,
)
_URL = re.compile(
    r"(?:https?://|www\.)\S+$|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info)(?:/\S*)?$",
    re.IGNORECASE,
)
_SLUG = re.compile(r"[a-z0-9]+(?:[ -][a-z0-9]+){3,}")


_VIDEO_CAPTION = re.compile(r"(?:video|clip)\s*:\s*\S", re.IGNORECASE)


def media_reason(text: str) -> str | None:
    """"media-link" for "[Video] ..." items, "media" for "Xem clip:" prompts,
    "video-caption" for "Video: <what it shows>"."""
    if _MEDIA_MARKER.match(text):
        return "media-link"
    if len(text) > 320:
        return None
    if _MEDIA_PROMPT.match(text) and words_of(text) <= 25:
        return "media"
    if _VIDEO_CAPTION.match(text) and words_of(text) <= 40:
        return "video-caption"
    return None


def has_byline_prefix(text: str) -> bool:
    """"Bài và ảnh: Name", "Bài: Name", "Thực hiện: Name" (checked before photo credits)."""
    return _BYLINE_PREFIX.match(text) is not None and byline(text) is not None


def is_related_link(text: str) -> bool:
    """"Xem thêm: <headline>", ">> <headline>", "... Đọc tiếp"."""
    if len(text) > 320:
        return False
    if text[:1] in _RELATED_FIRST and _RELATED_LINK.match(text) and words_of(text) <= 40:
        return True
    tail = text[-40:].casefold()
    if "tiếp" in tail or "tiết" in tail or "thêm" in tail:
        return _READ_MORE_END.search(text, max(0, len(text) - 40)) is not None
    return False


_URL_LABEL = re.compile(r"(?:url|link|liên kết|đường dẫn|nguồn bài viết)\s*:\s*", re.IGNORECASE)
_IMAGE_FILE = re.compile(r"[\w.-]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:\?\S*)?", re.IGNORECASE)


def is_image_file(text: str) -> bool:
    """"me-pha-sua-cho-con.jpg": an image's file name kept by the scraper."""
    return " " not in text and len(text) <= 200 and _IMAGE_FILE.fullmatch(text) is not None


def is_url_or_slug(text: str) -> bool:
    """A bare URL/domain (also after "URL:" or "Link:", as on printer-friendly pages), or
    an ASCII URL slug without diacritics ("thi diem thuc hien")."""
    if text[:1] in "ULlĐđNnu" and (label := _URL_LABEL.match(text)) is not None:
        text = text[label.end():]
    if " " not in text and _URL.match(text):
        return True
    return text[:1].islower() and len(text) <= 300 and _SLUG.fullmatch(text) is not None


def is_text_free(text: str) -> bool:
    """No letter at all ("***", "1/5", "---"), or a CMS numeric id."""
    return not has_letter(text)


# --- bylines ------------------------------------------------------------------------

_BYLINE_PREFIX = re.compile(
    r"(?:bài và ảnh|bài, ảnh|bài/ảnh|bài viết|bài|nội dung|tác giả|phóng viên|nhóm pv|pv|"
    r"thực hiện|ghi)\s*:\s*",
    re.IGNORECASE,
)
# "Nội dung: MAI HƯƠNG - Thiết kế: QUANG HUY": the writer, then the other roles
_OTHER_ROLES = re.compile(
    r"\s*[-–—|,;]\s*(?:ảnh|thiết kế|đồ họa|đồ hoạ|video|clip|kỹ thuật|trình bày|dựng phim|"
    r"quay phim|biên tập|minh họa|minh hoạ)\s*:",
    re.IGNORECASE,
)
# "Luật sư Nguyễn Minh Long", "BS. Trần Hà": a professional title before the writer's name
_PERSON_TITLE = re.compile(
    r"(?:luật sư|ls\.|bác sĩ|bs\.|bscki?\.|thạc sĩ|ths\.|tiến sĩ|ts\.|pgs\.\s?ts\.|"
    r"gs\.\s?ts\.|p?gs\s?[.,]\s?ts(?:kh)?\.|pgs\.|gs\.|nhà báo|kỹ sư|ks\.|dược sĩ|ds\.|"
    r"chuyên gia)\s*",
    re.IGNORECASE,
)
# "Hương Giang (Vietnam+)", "Minh Anh (TTXVN)": the writer and the outlet in brackets
_OUTLET_NOTE = re.compile(r"\s*\(([^()]{2,30})\)\s*$")


def _outlet_like(name: str) -> bool:
    """"Vietnam+", "TTXVN", a known agency or source tag: an outlet, not a place."""
    letters = [character for character in name if character.isalpha()]
    return bool(letters) and (
        any(character in name for character in "+.&") or "".join(letters).isupper()
        or line_key(name) in agencies() or name in _known_tags()
    )


# "Minh Tâm - Trung tâm Công báo tỉnh": the writer, then the office they write for
_INSTITUTION = (
    r"(?:trung tâm|sở|ban|phòng|văn phòng|viện|học viện|trường|đại học|bộ|ubnd|tòa soạn|"
    r"toà soạn|cơ quan|khoa|cục|tổng cục|vụ|hội)"
)
_AFFILIATION = re.compile(r"(?:\s[-–—]|,)\s*" + _INSTITUTION + r"\s.*$", re.IGNORECASE)
_AFFILIATION_LINE = re.compile(_INSTITUTION + r"\s+\S", re.IGNORECASE)


def is_affiliation(text: str) -> bool:
    """"Học viện Chính trị quốc gia Hồ Chí Minh": the institution line under an author's
    name (a capitalised name, no sentence)."""
    return (
        len(text) <= 120 and text[:1].isupper() and _AFFILIATION_LINE.match(text) is not None
        and not ends_sentence(text) and words_of(text) <= 14
        and sum(1 for word in text.split() if word[:1].isupper()) >= 3
    )


_BYLINE_NOTE = re.compile(
    r"\s*\((?:tổng hợp|t/h|th|ghi|lược dịch|biên dịch|dịch|thực hiện|tổng hợp từ [^()]{1,40}|"
    r"theo [^()]{1,40}|báo [^()]{1,40})\)\s*$",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:[-–—,&]|\bvà\b)\s*")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,4}[A-ZĐ]?\.?")


def _name_tokens_ok(part: str) -> bool:
    tokens = part.split()
    if not 1 <= len(tokens) <= 5:
        return False
    for token in tokens:
        if _INITIALS.fullmatch(token):
            continue
        if not token[:1].isupper() or not token.replace(".", "").isalpha():
            return False
    return True


def byline(text: str) -> tuple[str | None, str | None] | None:
    """(author, source) when the line is an author/credit line ("Khang Anh",
    "Lan Anh - Minh Đức", "Hà Linh/VOV.VN", "Theo Đời sống Plus", "Bài: Thu Hà")."""
    if len(text) > 80 or text.rstrip().endswith(":"):
        return None  # a line ending in a colon introduces what follows ("..., lưu ý:")
    initials_first = _INITIALS.fullmatch(text.split("/")[0].strip()) is not None
    if ends_with_period(text) and not text.endswith(".)") and not initials_first:
        return None
    note = _BYLINE_NOTE.search(text)
    noted_source: str | None = None
    if note is not None:
        inner = note.group(0).strip(" ()")
        if inner.casefold().startswith("theo "):
            noted_source = inner[5:].strip() or None
    body = _BYLINE_NOTE.sub("", text).strip()
    body = body.rstrip(".").strip()
    if not body:
        return None
    folded = body.casefold()
    if folded.startswith("theo ") and "," not in body:
        rest = body[5:].strip(" :")
        if 1 <= words_of(rest) <= 8 and rest[:1].isupper():
            if "/" in rest:
                credited_author, _, credited_source = rest.partition("/")
                return credited_author.strip() or None, credited_source.strip() or None
            # "Theo Thu Trang | Phụ nữ Mới": the writer, then the outlet
            credited_author, bar, credited_source = rest.partition("|")
            if bar and _name_tokens_ok(credited_author.strip()) and has_letter(credited_source):
                return credited_author.strip(), credited_source.strip()
            return None, rest
        return None
    prefix = _BYLINE_PREFIX.match(body)
    if prefix is not None:
        body = body[prefix.end():].strip()
        roles = _OTHER_ROLES.search(body)
        if roles is not None:
            body = body[: roles.start()].strip()
    outlet = _OUTLET_NOTE.search(body) if noted_source is None else None
    if outlet is not None and _outlet_like(outlet.group(1)):
        noted_source = outlet.group(1).strip()
        body = body[: outlet.start()].strip()
    title = _PERSON_TITLE.match(body)
    if title is not None and title.end() < len(body) and body[title.end()].isupper():
        body = body[title.end():]
    author_part, _, source_part = body.partition("/")
    author_part = author_part.strip()
    source: str | None = source_part.strip() or None
    if source is not None and (words_of(source) > 5 or not has_letter(source)):
        return None
    if not author_part:
        return None
    affiliation = _AFFILIATION.search(author_part)
    if affiliation is not None:
        author_part = author_part[: affiliation.start()].strip()
    parts = [part for part in _NAME_SEPARATORS.split(author_part) if part]
    if not parts or len(parts) > 4 or not all(_name_tokens_ok(part) for part in parts):
        return None
    if "&" in author_part and any(len(part.split()) < 2 for part in parts):
        return None  # "Mẹ & Bé", "Nhà & Đất": a section name, not two writers
    token_count = sum(len(part.split()) for part in parts)
    if token_count < 2 and not (
        source or prefix or _INITIALS.fullmatch(author_part) or author_part.isupper()
    ):
        return None
    if token_count > 10:
        return None
    return author_part, source or noted_source


def doubled(key: str) -> bool:
    """The same word sequence twice ("X X"), the second copy possibly cut short."""
    if len(key) > 400 or len(key) < 12:
        return False
    opening = " ".join(key.split(" ", 2)[:2])
    if key.find(" " + opening, len(opening)) < 0:
        return False
    words = key.split()
    count = len(words)
    if count < 4 or count > 120:
        return False
    first_word = words[0]
    for split in range(count // 2, count):
        if words[split] != first_word:
            continue
        second = words[split:]
        size = len(second)
        if size > split or size < max(2, 0.6 * split):
            continue
        if words[: size - 1] == second[:-1] and words[size - 1].startswith(second[-1]):
            return True
    return False


# --- widgets and prompts (sixth blind batch) ------------------------------------------

_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_STAMP_DATE = r"\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}"
_STAMP_ZONE = r"(?:\s*\(?\s*(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?\s*\)?)?"
# "Thứ Hai, 01-12-2025, 09:15" / "09:15 01/12/2025" / "Thứ Hai, 01/12/2025" glued to the
# headline by a scraper that lost the line break
_STAMP_PREFIX = re.compile(
    r"(?:" + _WEEKDAY + r"\s*,?\s*(?:ngày\s+)?" + _STAMP_DATE
    + r"(?:\s*[,|-]?\s*(?:lúc\s+)?" + _STAMP_TIME + r")?"
    + r"|(?:ngày\s+)?" + _STAMP_DATE + r"\s*[,|-]?\s*(?:lúc\s+)?" + _STAMP_TIME
    + r"|" + _STAMP_TIME + r"\s*[,|-]?\s*(?:" + _WEEKDAY + r"\s*,?\s*)?(?:ngày\s+)?"
    + _STAMP_DATE + r")" + _STAMP_ZONE + r"\s*[|,·-]?\s*",
    re.IGNORECASE,
)


def timestamp_prefix(text: str) -> tuple[int, str | None] | None:
    """A page timestamp (weekday and date, or date and time) glued before a headline or a
    paragraph: (its length with the separator after it, the ISO date). The rest must start
    with a capital letter and have three words or more."""
    if len(text) > 400 or _ANY_DIGIT.search(text, 0, 16) is None:
        return None
    match = _STAMP_PREFIX.match(text)
    if match is None:
        return None
    rest = text[match.end():]
    if not rest[:1].isupper() or words_of(rest) < 3:
        return None
    return match.end(), first_full_date(text[: match.end()])


# "Man City 2 - 1 Liverpool", "Arsenal 0-0 Chelsea": a live-score widget line
_SCORE_LINE = re.compile(
    r"[A-ZĐ][\w.' ]{1,30}?\s\d{1,2}\s?[-–:]\s?\d{1,2}\s[A-ZĐ][\w.' ]{1,30}"
)


def is_score_line(text: str) -> bool:
    """Two team names around a score and nothing else."""
    return (
        len(text) <= 70 and ("-" in text or "–" in text or ":" in text)
        and _SCORE_LINE.fullmatch(text) is not None and words_of(text) <= 10
    )


_LOGIN_PROMPT = re.compile(
    r"[^.!]{0,80}[?.!]\s*(?:đăng nhập|đăng ký|đăng kí)(?:\s+(?:ngay|tại đây))?\s*$",
    re.IGNORECASE,
)
_PAYWALL = re.compile(
    r"(?:(?:đăng ký|đăng kí|mua|nâng cấp)\s+(?:gói|tài khoản|hội viên|thành viên)"
    r"|trở thành (?:hội viên|thành viên)"
    r"|[^.]{0,120}\bđể (?:đọc|xem) (?:tiếp|toàn bộ|trọn vẹn|đầy đủ) (?:bài|nội dung))",
    re.IGNORECASE,
)


def paywall_reason(text: str) -> str | None:
    """"login-prompt" for "Bạn đã là hội viên? Đăng nhập", "paywall" for "Đăng ký gói
    ... để đọc toàn bộ bài viết"."""
    if len(text) > 200:
        return None
    login = "đăng" in text[-25:] or "Đăng" in text[-25:]
    if not login and "viên" not in text and "để " not in text and "gói" not in text:
        return None
    if words_of(text) > 30:
        return None
    if login and _LOGIN_PROMPT.fullmatch(text):
        return "login-prompt"
    if _PAYWALL.match(text):
        return "paywall"
    return None


_EMAIL = re.compile(r"(?:e-?mail\s*:\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)


def is_email_line(text: str) -> bool:
    """A line that is only an e-mail address ("hoangyen@plo.vn", "Email: ...")."""
    return len(text) <= 80 and "@" in text and _EMAIL.fullmatch(text.rstrip(" .")) is not None


def is_hashtag_line(text: str) -> bool:
    """"#chuyển đổi số #nông nghiệp": a tag list (every group opens with "#")."""
    return (
        len(text) <= 300 and text.startswith("#") and not ends_with_period(text)
        and text.count("#") >= 2
    )


_TOPIC_TAG = re.compile(r"(?:sự kiện|chuyên đề|dòng sự kiện|chuyên mục)\s*:\s*\S", re.IGNORECASE)


def is_topic_tag(text: str) -> bool:
    """"Sự kiện: Giá vàng hôm nay": the story-line label an outlet puts under a headline."""
    return (
        len(text) <= 100 and _TOPIC_TAG.match(text) is not None
        and words_of(text) <= 12 and not ends_sentence(text)
    )


_CELL = re.compile(r"\s\|\s|\t")


def table_cells(text: str) -> int:
    """Number of cells of a table row flattened with " | " or tabs (1 for other lines)."""
    if len(text) > 400 or ("|" not in text and "\t" not in text):
        return 1
    return len(_CELL.findall(text)) + 1


def is_signature(text: str) -> bool:
    """"Trần Văn Nam (Thái Bình)": a reader's name and place under a letter or question,
    not a heading."""
    if not text.endswith(")"):
        return False
    match = _OUTLET_NOTE.search(text)
    if match is None or match.start() > 40:
        return False
    name, place = text[: match.start()], match.group(1)
    return (
        _name_tokens_ok(name) and len(name.split()) >= 2
        and all(word[:1].isupper() for word in place.replace(",", " ").split())
        and not _outlet_like(place)
    )


def name_words(text: str) -> int:
    """Words with a letter or digit ("Đời sống & Pháp luật" has four)."""
    return sum(1 for token in text.split()[:40] if any(ch.isalnum() for ch in token))


_PLACE_KINDS = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "bộ", "sở"})
_OUTLET_KINDS = (
    "báo ", "tạp chí ", "đài ", "cổng thông tin ", "thời báo ", "tuần báo ", "nhật báo ",
    "bản tin ", "cổng ttđt ",
)


def is_outlet_name(text: str) -> bool:
    """"Báo Sài Gòn Giải Phóng", "Tạp chí Tri thức": a masthead line above the headline."""
    if text[:1] not in "BTĐCNbtđcn":
        return False
    folded = text[:16].casefold()
    if not folded.startswith(_OUTLET_KINDS):
        return False
    words = text.split()
    if not 2 <= len(words) <= 9 or ends_sentence(text):
        return False
    # the name after the kind word is capitalised ("Báo Nghệ An", "Tạp chí Kinh tế Sài
    # Gòn", not "Báo cáo tài chính")
    skip = 2 if folded.startswith(("tạp chí ", "cổng thông tin ")) else 1
    if folded.startswith("cổng thông tin "):
        skip = 3
        if text[:22].casefold() == "cổng thông tin điện tử":
            skip = 5  # "Cổng thông tin điện tử tỉnh Khánh Hòa"
            rest = [word for word in words[skip:] if word.casefold() not in _PLACE_KINDS]
            return bool(rest) and rest[0][:1].isupper()
    rest = words[skip:]
    return bool(rest) and rest[0][:1].isupper()


_KEY_VALUE = re.compile(r"[^:]{1,40}:\s*\S[^:]{0,40}")


def is_key_value_item(text: str) -> bool:
    """"Tán thành: 440", "Vắng: 6": a short "label: figure" item of a list or table."""
    return (
        len(text) <= 80 and _KEY_VALUE.fullmatch(text) is not None
        and any(character.isdigit() for character in text.partition(":")[2])
    )


_WEATHER = re.compile(r"-?\d{1,2}\s?°\s?[CF]?")


def is_weather_widget(text: str) -> bool:
    """"Đà Nẵng 24°C  Mây rải rác": the weather box of a page header."""
    return (
        len(text) <= 80 and "°" in text and _WEATHER.search(text) is not None
        and not ends_sentence(text) and words_of(text) <= 10
    )


def prompt_reason(text: str) -> str | None:
    """One check for the short prompts and labels of :func:`paywall_reason`,
    :func:`is_topic_tag`, :func:`is_hashtag_line` and :func:`is_weather_widget`
    (reason, or None)."""
    if "°" in text and is_weather_widget(text):
        return "weather"
    if text[:1] == "#":
        return "hashtags" if is_hashtag_line(text) else None
    if ":" in text[:20] and is_topic_tag(text):
        return "topic-tag"
    return paywall_reason(text)
