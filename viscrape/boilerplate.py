"""Strip page furniture from scraped Vietnamese news and read the article's metadata.

:func:`strip_boilerplate` labels every non-blank line of a scraped article as
``title``, ``heading``, ``body`` (kept), ``caption``, ``byline`` or ``boilerplate``
(dropped), with a short machine-readable reason, cuts glued prefixes such as
``(VTC News) -`` or `` date 2025-10-26 `` out of content lines, and collects the
title, date, source, author and photo captions. :func:`strip_boilerplate_html`
does the same for HTML pages (main text extracted by trafilatura first), and
:class:`BoilerplateModel` learns the lines a site repeats on every page.

>>> cleaned = strip_boilerplate("Trang chủ > Thời sự\\n\\nMưa lớn ở Hà Nội\\n\\n"
...     "TTO - Sáng 3/11, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu.\\n\\n"
...     "Tin liên quan")
>>> print(cleaned.text)
Mưa lớn ở Hà Nội
<BLANKLINE>
Sáng 3/11, mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu.
>>> cleaned.metadata.source
'TTO'
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from viscrape import _boilerplate_rules as rules_
from viscrape._checks import require_str
from viscrape.types import Block, Caption, Cleaned, Metadata

__all__ = [
    "RULE_GROUPS",
    "BoilerplateModel",
    "BoilerplateRules",
    "strip_boilerplate",
    "strip_boilerplate_html",
]

#: Rule groups that :class:`BoilerplateRules` can switch off, with what they do.
RULE_GROUPS: dict[str, str] = {
    "markup": "leaked tags, comment closers (-->), entities, inline scripts and styles",
    "breadcrumb": "'Trang chủ > ...' lines and section names above the title",
    "timestamp": "lines that are only a date/time ('13:03 | 25/12/2024 GMT+7')",
    "follow-us": "'Theo dõi ... trên', Google News and subscribe prompts",
    "source-tag": "outlet tags before the first paragraph ('(VTC News) -', 'TTO -')",
    "date-artefact": "a scraper's ' date 2025-10-26 ' token glued to a paragraph",
    "phrases": "chrome phrases (share buttons, placeholders, counters, 'Nguồn:')",
    "media": "'[Video] ...' items, 'Xem clip:' prompts, URLs and ASCII URL slugs",
    "related-links": "'Xem thêm: ...', '>> ...' and '... Đọc tiếp' links",
    "captions": "photo/video captions with a credit ('ẢNH: ...', '(Ảnh: ...)')",
    "uncredited-captions": "captions without a credit ('Toàn cảnh ...', next to a photo)",
    "bylines": "author and credit lines ('Khang Anh', 'Theo TTXVN', 'Hà Linh/VOV.VN')",
    "tail-section": "everything after 'Tin liên quan', 'Đọc nhiều', 'Bình luận', ...",
    "related-list": "runs of headline-like lines (teaser lists inside the article)",
    "duplicates": "repeated lines, 'X X' doubled titles, the title echoed as image text",
    "pull-quote": "a pull-quote repeating a sentence or quotation from the body",
    "title": "the first headline-like line before the first paragraph is the title",
    "headings": "short unpunctuated lines inside the body are headings",
}

_CONTENT = frozenset({"title", "heading", "body"})
_QUOTE_CHARACTERS = "\"“”'‘’«»"


def _as_tuple(value: object, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError(f"{name} must be a sequence of str, not a single str")
    if not isinstance(value, Iterable):
        raise TypeError(f"{name} must be a sequence of str, not {type(value).__name__}")
    items: tuple[object, ...] = tuple(value)
    return tuple(require_str(item, name) for item in items)


@dataclass(frozen=True)
class BoilerplateRules:
    """Your own phrases and patterns for your sites, and rule groups to switch off.

    ``*_phrases`` match a whole line, case-insensitively, ignoring trailing
    punctuation and counters; ``*_patterns`` are regular expressions searched in the
    line (case-insensitive). ``keep_*`` lines are always kept as body. ``tail_headers``
    are extra section headers after which the page is furniture. ``disable`` names
    rule groups from :data:`RULE_GROUPS` to switch off.

    >>> rules = BoilerplateRules(boilerplate_phrases=("Mời bạn đọc gửi ý kiến",),
    ...                          disable=("uncredited-captions",))
    >>> strip_boilerplate("Giá xăng giảm nhẹ từ chiều nay.\\n\\nMời bạn đọc gửi ý kiến",
    ...                   rules=rules).text
    'Giá xăng giảm nhẹ từ chiều nay.'
    >>> BoilerplateRules(disable=("captionz",))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown rule group 'captionz'; valid groups: markup, breadcrumb, ...
    """

    boilerplate_phrases: tuple[str, ...] = ()
    boilerplate_patterns: tuple[str, ...] = ()
    caption_phrases: tuple[str, ...] = ()
    caption_patterns: tuple[str, ...] = ()
    byline_phrases: tuple[str, ...] = ()
    byline_patterns: tuple[str, ...] = ()
    keep_phrases: tuple[str, ...] = ()
    keep_patterns: tuple[str, ...] = ()
    tail_headers: tuple[str, ...] = ()
    disable: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        for name in (
            "boilerplate_phrases", "boilerplate_patterns", "caption_phrases",
            "caption_patterns", "byline_phrases", "byline_patterns", "keep_phrases",
            "keep_patterns", "tail_headers",
        ):
            object.__setattr__(self, name, _as_tuple(getattr(self, name), name))
            if name.endswith("_patterns"):
                for pattern in getattr(self, name):
                    try:
                        re.compile(pattern)
                    except re.error as error:
                        raise ValueError(f"{name}: invalid pattern {pattern!r}: {error}") from None
        disabled = frozenset(_as_tuple(self.disable, "disable"))
        for group in sorted(disabled):
            if group not in RULE_GROUPS:
                valid = ", ".join(RULE_GROUPS)
                raise ValueError(f"unknown rule group {group!r}; valid groups: {valid}")
        object.__setattr__(self, "disable", disabled)

    def enabled(self, group: str) -> bool:
        return group not in self.disable


_DEFAULT_RULES = BoilerplateRules()


@dataclass(frozen=True)
class _CompiledRules:
    """User rules prepared for matching (built once per rules object)."""

    boilerplate_phrases: frozenset[str]
    caption_phrases: frozenset[str]
    byline_phrases: frozenset[str]
    keep_phrases: frozenset[str]
    boilerplate: re.Pattern[str] | None
    caption: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    keep: re.Pattern[str] | None
    tail_headers: frozenset[str]


def _alternation(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _compile(rules: BoilerplateRules) -> _CompiledRules:
    def keys(phrases: tuple[str, ...]) -> frozenset[str]:
        return frozenset(rules_.phrase_key(phrase) for phrase in phrases)

    return _CompiledRules(
        keys(rules.boilerplate_phrases), keys(rules.caption_phrases),
        keys(rules.byline_phrases), keys(rules.keep_phrases),
        _alternation(rules.boilerplate_patterns), _alternation(rules.caption_patterns),
        _alternation(rules.byline_patterns), _alternation(rules.keep_patterns),
        keys(rules.tail_headers),
    )


@dataclass(slots=True)
class _Line:
    """One non-blank line while it is being classified (offsets are absolute)."""

    index: int
    start: int
    end: int
    text: str
    blank_before: bool
    content_start: int
    content_end: int = 0
    label: str = ""
    reason: str = ""
    locked: bool = False
    credit: str | None = None
    caption_end: int = -1
    tail_kind: str | None = None
    key: str = ""

    @property
    def content(self) -> str:
        if self.content_start == self.start and self.content_end == self.end:
            return self.text
        return self.text[self.content_start - self.start : self.content_end - self.start]

    def set(self, label: str, reason: str) -> None:
        if not self.locked:
            self.label, self.reason = label, reason

    def mark(self, label: str, reason: str) -> None:
        """Label the line unless an earlier rule already did."""
        if not self.label:
            self.label, self.reason = label, reason


def _split_lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    position = 0
    blank_before = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = position + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            lines.append(_Line(len(lines), start, end, stripped, blank_before, start, end))
            blank_before = False
        elif lines:
            blank_before = True
        position += len(raw) + 1
    return lines


def _body_like(line: _Line, min_words: int = 8) -> bool:
    content = line.content
    return rules_.ends_sentence(content) and rules_.has_words(content, min_words)


def _title_like(content: str) -> bool:
    if rules_.headline_like(content, min_words=3, max_words=40) and len(content) <= 250:
        return True
    trimmed = content.rstrip(_QUOTE_CHARACTERS + ") ")
    return (
        trimmed[-1:] in ("?", "!")
        and 3 <= rules_.words_of(content) <= 40
        and len(content) <= 250
        and not rules_.starts_with_list_marker(content)
        and content[:1].isupper()
    )


@dataclass(slots=True)
class _Findings:
    date_stamp: str | None = None
    date_artefact: str | None = None
    source: str | None = None
    credit_source: str | None = None
    authors: list[str] = field(default_factory=list)


_STAMP_OPENINGS = frozenset("0123456789TtCc")


def _static_pass(
    lines: list[_Line], rules: BoilerplateRules, compiled: _CompiledRules,
    templates: frozenset[str], findings: _Findings,
) -> None:
    """Labels that depend on the line alone."""
    disabled = rules.disable
    enabled = {group: group not in disabled for group in RULE_GROUPS}
    for line in lines:
        text = line.text
        key = rules_.phrase_key(text) if len(text) <= 60 else ""
        if key in compiled.keep_phrases or (compiled.keep and compiled.keep.search(text)):
            line.label, line.reason, line.locked = "body", "user-keep", True
            continue
        if key in compiled.boilerplate_phrases or (
            compiled.boilerplate and compiled.boilerplate.search(text)
        ):
            line.mark("boilerplate", "user-rule")
        elif key in compiled.caption_phrases or (
            compiled.caption and compiled.caption.search(text)
        ):
            line.mark("caption", "user-rule")
        elif key in compiled.byline_phrases or (compiled.byline and compiled.byline.search(text)):
            line.mark("byline", "user-rule")
        if templates and _template_key(text) in templates:
            line.mark("boilerplate", "site-template")
        if enabled["date-artefact"]:
            artefact = rules_.date_artefact(text)
            if artefact is not None:
                length, iso = artefact
                line.content_start = line.start + length
                if findings.date_artefact is None and iso:
                    findings.date_artefact = iso
                if line.content_start >= line.content_end:
                    line.mark("boilerplate", "timestamp")
                    continue
        content = line.content
        if content[:1] in _STAMP_OPENINGS and enabled["timestamp"]:
            # a page timestamp glued to the headline ("Thứ Hai, 01-12-2025, 09:15Quốc hội ...")
            stamp = rules_.timestamp_prefix(content)
            if stamp is not None:
                length, iso = stamp
                line.content_start += length
                if findings.date_stamp is None and iso:
                    findings.date_stamp = iso
        content = line.content
        if line.content_start != line.start:
            key = rules_.phrase_key(content) if len(content) <= 60 else ""
        header = rules_.tail_header_kind(content, compiled.tail_headers, key)
        if header is not None and enabled["tail-section"]:
            line.tail_kind = header
        if line.label:
            continue
        if len(content) > 320:
            # long prose: only leaked markup and a trailing photo credit can apply
            if enabled["markup"] and rules_.is_markup(content):
                line.mark("boilerplate", "markup")
            elif enabled["captions"] and (credit := rules_.caption_credit(content)) is not None:
                caption_end, credit_text = credit
                if caption_end <= 400:
                    line.credit, line.caption_end = credit_text, caption_end
                    line.mark("caption", "caption-credit")
            continue
        short = len(content) <= 160
        if enabled["markup"] and rules_.is_markup(content):
            line.mark("boilerplate", "markup")
        elif short and enabled["timestamp"] and rules_.is_timestamp(content):
            line.mark("boilerplate", "timestamp")
            if findings.date_stamp is None:
                findings.date_stamp = rules_.first_full_date(content)
        elif rules_.is_text_free(content):
            line.mark("boilerplate", "no-text")
        elif short and enabled["follow-us"] and rules_.is_follow_prompt(content):
            line.mark("boilerplate", "follow-us")
        elif short and enabled["breadcrumb"] and rules_.is_breadcrumb(content, in_head=False):
            line.mark("boilerplate", "breadcrumb")
        elif header is not None:
            continue
        elif enabled["phrases"] and (phrase := rules_.phrase_label(content, key)) is not None:
            label, reason = phrase
            if label == "byline" and not enabled["bylines"]:
                continue
            if reason == "share" and content.endswith(":"):
                continue  # "Trả lời:" opens an answer; a reply button has no colon
            line.mark(label, reason)
        elif enabled["phrases"] and (widget := rules_.prompt_reason(content)) is not None:
            line.mark("boilerplate", widget)
        elif "@" in content and enabled["bylines"] and rules_.is_email_line(content):
            line.mark("byline", "author-email")
        elif enabled["phrases"] and rules_.is_share_bar(content):
            line.mark("boilerplate", "share")
        elif enabled["phrases"] and rules_.is_notice(content):
            line.mark("boilerplate", "notice")
        elif enabled["phrases"] and rules_.is_navigation(content):
            line.mark("boilerplate", "navigation")
        elif len(content) <= 45 and enabled["source-tag"] and (
            tag := rules_.source_tag(content, bare_allowed=True)
        ) and tag[0] >= len(content):
            line.mark("boilerplate", "source-tag")
            if findings.source is None:
                findings.source = tag[1]
        elif short and enabled["bylines"] and rules_.has_byline_prefix(content):
            line.mark("byline", "byline")
        elif enabled["media"] and (media := rules_.media_reason(content)) is not None:
            line.mark("caption" if media == "video-caption" else "boilerplate", media)
        elif enabled["related-links"] and rules_.is_related_link(content):
            line.mark("boilerplate", "related-link")
        elif enabled["media"] and rules_.is_url_or_slug(content):
            line.mark("boilerplate", "url")
        elif enabled["media"] and "." in content and rules_.is_image_file(content):
            line.mark("boilerplate", "image-file")
        elif enabled["captions"] and (credit := rules_.caption_credit(content)) is not None:
            caption_end, credit_text = credit
            if caption_end <= 400:
                line.credit, line.caption_end = credit_text, caption_end
                line.mark("caption", "caption-credit")


def _head_pass(
    lines: list[_Line], rules: BoilerplateRules, findings: _Findings, title_index: int | None,
) -> tuple[int | None, int | None]:
    """Source tags, section lines and the title above the first paragraph.

    Returns (index of the title line, index of the first body paragraph)."""
    first_body = next(
        (
            line.index for line in lines
            if not line.label and line.tail_kind is None and _body_like(line)
            and rules_.ends_with_period(line.content)
        ),
        None,
    )
    head_end = first_body if first_body is not None else len(lines) - 1
    for line in lines[: head_end + 1] if lines else []:
        if line.label or not rules.enabled("source-tag"):
            continue
        tag = rules_.source_tag(line.content, bare_allowed=True)
        if tag is not None:
            length, source = tag
            if findings.source is None:
                findings.source = source
            line.content_start += length
            while line.content_start < line.content_end and line.text[
                line.content_start - line.start
            ].isspace():
                line.content_start += 1
            if line.content_start >= line.content_end:
                line.mark("boilerplate", "source-tag")
    head = lines[:first_body] if first_body is not None else lines
    for line in head:
        if not line.label and not line.tail_kind and rules_.is_score_line(line.content):
            line.mark("boilerplate", "live-score")  # a score widget above the headline
    last_full_headline = _last_full_headline(head) if title_index is None else -1
    for position, line in enumerate(head):
        if line.label or line.tail_kind:
            continue
        content = line.content
        if title_index is None:
            if (
                rules.enabled("bylines") and position > 0 and position + 1 < len(lines)
                and lines[position - 1].label == "boilerplate"
                and lines[position + 1].reason == "timestamp"
                and rules_.line_key(content) not in rules_.categories()
                and (parts := rules_.byline(content)) is not None and parts[0]
            ):
                line.mark("byline", "byline")  # the writer's name above the date
                continue
            if rules.enabled("breadcrumb") and (
                rules_.is_breadcrumb(content, in_head=True)
                or (rules_.words_of(content) <= 2 and not rules_.ends_sentence(content))
                or rules_.is_outlet_name(content)
            ):
                line.mark("boilerplate", "breadcrumb")
                continue
            if rules.enabled("title") and _title_like(content):
                if (
                    rules.enabled("breadcrumb")
                    and last_full_headline > line.index
                    and (
                        rules_.name_words(content) <= _SECTION_MAX_WORDS
                        or content.isupper()
                        or _crumb_to(content, lines[_next_unlabelled(lines, line.index)].content)
                    )
                ):
                    # a menu item, section name or masthead ("Tin theo khu vực", "THỜI
                    # BÁO TÀI CHÍNH VIỆT NAM"), or a breadcrumb ending in the headline,
                    # above the real headline
                    line.mark("boilerplate", "breadcrumb")
                    continue
                line.label, line.reason, line.locked = "title", "title", True
                title_index = line.index
                continue
        if rules.enabled("bylines") and rules_.byline(content) is not None:
            line.mark("byline", "byline")
        elif (
            rules.enabled("bylines") and position > 0 and lines[position - 1].label == "byline"
            and rules_.is_affiliation(content)
        ):
            line.mark("byline", "affiliation")  # the author's institution under the name
    if title_index is not None:
        following = _next_unlabelled(lines, title_index)
        if following >= 0 and (first_body is None or following < first_body) and _lead_like(
            lines[following].content
        ):
            # a lead without its final period, right under the headline
            lines[following].label, lines[following].reason = "body", "lead"
            lines[following].locked = True
            first_body = following
    if first_body is not None:
        first_seen: dict[str, int] | None = None  # line key -> first line with it, if needed
        for position in range(first_body + 1, len(lines)):
            line = lines[position]
            if line.reason == "timestamp" and not line.locked and rules_.is_time_only(line.content):
                # a live-blog time opens the entry below it; a video duration does not, and
                # neither does a repeat of an earlier line (dropped later as a duplicate, it
                # would leave the time heading nothing, and a second pass would drop it)
                entry = lines[position + 1] if position + 1 < len(lines) else None
                if entry is not None and not entry.label and _body_like(entry):
                    if first_seen is None:
                        first_seen = {}
                        for other in lines:
                            first_seen.setdefault(rules_.line_key(other.content), other.index)
                    if first_seen[rules_.line_key(entry.content)] == entry.index:
                        line.label, line.reason = "heading", "live-time"
    if first_body is None:
        return title_index, None
    # the first paragraph is never dropped by a later context rule: losing it is the
    # worst error, and the head-region rules above depend on where it is
    lines[first_body].locked = True
    return title_index, first_body


_LEAD_MIN_WORDS = 15


def _crumb_to(content: str, headline: str) -> bool:
    """"Ngôi Sao > Hậu trường > <the headline>": a breadcrumb whose last item is the
    headline below it."""
    if not any(separator in content for separator in ">»›") or len(content) <= len(headline):
        return False
    return rules_.line_key(content).endswith(rules_.line_key(headline))


def _toc_pass(lines: list[_Line]) -> None:
    """A table of contents ("Nội dung chính", "Mục lục") and its entries: the lines
    after the header that the article repeats later as its sub-headings."""
    header = next((line.index for line in lines if line.reason == "toc"), None)
    if header is None:
        return
    counts = Counter(line.key for line in lines[header + 1 :])
    entries: set[str] = set()
    for line in lines[header + 1 :]:
        if line.label or not line.key or counts[line.key] < 2 or line.key in entries:
            break  # an entry never repeated, or the first sub-heading itself
        entries.add(line.key)
        line.label, line.reason, line.locked = "boilerplate", "toc", True


def _next_unlabelled(lines: list[_Line], index: int) -> int:
    """Index of the first line after ``index`` that no rule has labelled yet."""
    for line in lines[index + 1 :]:
        if not line.label and line.tail_kind is None:
            return line.index
    return -1


def _lead_like(content: str) -> bool:
    """A lead (sapo) that lost or never had its final period: a long line with a clause
    break, not a question or a list item."""
    return (
        rules_.has_words(content, _LEAD_MIN_WORDS) and "," in content
        and not rules_.starts_with_list_marker(content)
        and not content.rstrip(_QUOTE_CHARACTERS + " ").endswith("?")
    )


_FINAL_KINDS = ("final", "poll")  # above the article: drop that line only
_POLL_MAX_OPTIONS = 8
_SECTION_MAX_WORDS = 4  # a head line this short is a section name if a headline follows


def _last_full_headline(head: list[_Line]) -> int:
    """Index of the last longer headline (5+ words, not a menu or a name) above the
    first paragraph, or -1."""
    for line in reversed(head):
        if line.label or line.tail_kind:
            continue
        content = line.content
        if (
            rules_.words_of(content) > _SECTION_MAX_WORDS and _title_like(content)
            and not rules_.is_breadcrumb(content, in_head=True)
            and rules_.byline(content) is None
        ):
            return line.index
    return -1


def _tail_pass(lines: list[_Line], first_body: int | None) -> int:
    """Cut the page furniture below the article; return the index where it starts."""
    body_lines = 0
    body_chars = 0
    keys_seen: set[str] = set()
    position = 0
    cut_at = len(lines)
    while position < len(lines):
        line = lines[position]
        keys_seen.add(line.key)
        if line.tail_kind is None:
            if (
                line.reason == "lead" or (not line.label and _body_like(line))
            ) and len(line.content) >= 40:
                body_lines += 1
                body_chars += len(line.content)
            position += 1
            continue
        if line.locked:
            position += 1
            continue
        enough_body = body_lines >= 2 or body_chars >= 300
        if not enough_body and line.tail_kind in _FINAL_KINDS:
            # a cookie banner or a "Tags" line above the article: that line only
            line.set("boilerplate", "notice")
            position += 1
            continue
        if not enough_body:
            line.set("boilerplate", "related-list")
            position += 1
            while position < len(lines) and (
                (lines[position].label == "boilerplate" and not lines[position].locked)
                or (
                    not lines[position].label
                    and rules_.headline_like(lines[position].content, min_words=2)
                )
            ):
                lines[position].set("boilerplate", "related-list")
                position += 1
            continue
        if line.tail_kind == "poll":
            _mark_poll(lines, position)
        cut_at = min(cut_at, position)
        line.set("boilerplate", "tail-section")
        final = line.tail_kind == "final"
        position += 1
        while position < len(lines):
            current = lines[position]
            if not final and current.tail_kind == "final":
                final = True
            if not final and current.tail_kind is None and _resumes(lines, position, keys_seen):
                break
            keys_seen.add(current.key)
            current.set("boilerplate", "tail-section")
            position += 1
    return cut_at


def _mark_poll(lines: list[_Line], button: int) -> None:
    """A poll widget above its vote button ("Biểu quyết"): the answer options (short
    lines) and the question ending with "?" right above them."""
    options: list[_Line] = []
    for line in reversed(lines[max(0, button - _POLL_MAX_OPTIONS - 1) : button]):
        if line.label == "boilerplate" and line.tail_kind is None:
            continue  # a counter or an ad slot among the options
        if line.label or line.locked:
            return
        content = line.content
        if content.rstrip(_QUOTE_CHARACTERS + " ").endswith("?") and rules_.words_of(content) <= 40:
            if options:
                line.set("boilerplate", "poll")
                for option in options:
                    option.set("boilerplate", "poll")
            return
        if rules_.words_of(content) > 8 or rules_.ends_with_period(content):
            return
        options.append(line)


def _resumes(lines: list[_Line], position: int, keys_seen: set[str]) -> bool:
    """Article text resumes after an inline related box: two paragraphs in a row (of 8+
    words, ending with a period) that were not seen before. Teaser lists alternate a
    headline and at most one sapo, so they never have two."""
    if position + 1 >= len(lines):
        return False
    for line in (lines[position], lines[position + 1]):
        if line.label or line.tail_kind or line.key in keys_seen:
            return False
        if not (_body_like(line) and rules_.ends_with_period(line.content)):
            return False
    return True


def _duplicate_pass(lines: list[_Line], title_index: int | None, on_pull_quotes: bool) -> None:
    first_seen: dict[str, _Line] = {}
    title_key = lines[title_index].key if title_index is not None else None
    for line in lines:
        key = line.key
        if not key:
            continue
        earlier = first_seen.get(key)
        if earlier is None:
            first_seen[key] = line
            if rules_.doubled(key) and not line.label:
                line.set("boilerplate", "doubled-line")
            continue
        if line.label and line.label not in _CONTENT:
            continue
        if earlier.reason == "toc":
            continue  # the sub-heading that a table-of-contents entry points to
        significant = len(key) >= 25 or not rules_.ends_sentence(line.content)
        if not significant or line.locked:
            continue
        if key == title_key:
            following = lines[line.index + 1].key if line.index + 1 < len(lines) else ""
            if following and following in first_seen:
                line.set("boilerplate", "duplicate-line")  # the page scraped twice
            else:
                line.set("caption", "title-echo")
        elif earlier.label == "caption":
            line.set("caption", "duplicate-line")
        else:
            line.set("boilerplate", "duplicate-line")
    if on_pull_quotes:
        _pull_quote_pass(lines)


_MAX_PROBES = 8
_PULL_QUOTE_SHARE = 0.8  # a pull-quote is at most this share of its paragraph


def _probe(text: str) -> str:
    """The first words of a line, case-folded, without leading quotation marks: a cheap
    probe to find where a pull-quote may come from."""
    words = text[:40].lstrip(_EDGE).split(None, 3)
    return " ".join(words[:3]).casefold() if len(words) > 3 else ""


_EDGE = rules_._EDGE_PUNCTUATION


def _opens_sentence(text: str, position: int) -> bool:
    """True if ``position`` starts a sentence or a quotation in ``text``."""
    before = text[max(0, position - 4) : position].rstrip()
    return not before or before[-1] in ".!?…:\"“”'‘\n"


def _closes_sentence(text: str, position: int) -> bool:
    """True if a sentence or quotation ends at ``position`` in ``text``."""
    after = text[position : position + 3].lstrip(" ")
    return not after or after[0] in ".!?…\"”’'\n,"


def _pull_quote_pass(lines: list[_Line]) -> None:
    """A short line repeating a sentence or quotation of a longer body paragraph (a pull
    quote in a box). The paragraph must be clearly longer: a paragraph that merely
    contains another one is not its pull-quote."""
    bodies = [
        line for line in lines
        if not line.label and len(line.content) >= 60 and _body_like(line)
    ]
    candidates = [
        line for line in lines
        if not line.label and 30 <= len(line.content) <= 300
        and (line.content[:1] in _QUOTE_CHARACTERS or rules_.ends_sentence(line.content))
    ]
    if not bodies or not candidates:
        return
    folded = [body.content.casefold() for body in bodies]
    starts = []
    position = 0
    for text in folded:
        starts.append(position)
        position += len(text) + 1
    joined = "\n".join(folded)
    for line in candidates:
        content = line.content
        probe = _probe(content)
        if not probe:
            continue
        limit = len(content) / _PULL_QUOTE_SHARE
        core = ""
        found = joined.find(probe)
        tries = 0
        while found >= 0 and tries < _MAX_PROBES:
            tries += 1
            number = bisect.bisect_right(starts, found) - 1
            body = bodies[number]
            if body is not line and len(body.content) > limit and _opens_sentence(joined, found):
                core = core or " ".join(content.casefold().split()).strip(_EDGE)
                if joined.startswith(core, found) and _closes_sentence(joined, found + len(core)):
                    line.set("boilerplate", "pull-quote")
                    break
            found = joined.find(probe, found + 1)


def _caption_context_pass(
    lines: list[_Line], rules: BoilerplateRules, first_body: int | None, title_index: int | None,
) -> None:
    separated = sum(1 for line in lines[1:] if line.blank_before)
    blank_separated = len(lines) > 2 and separated >= 0.6 * (len(lines) - 1)
    agency_names = rules_.agencies()
    for position, line in enumerate(lines):
        if line.label == "caption" and line.reason == "caption-credit":
            starts_lowercase = line.content[:1].islower()
            if line.caption_end == 0 or starts_lowercase:
                back = position
                steps = 0
                while back > 0 and steps < 3 and not lines[back].blank_before:
                    previous = lines[back - 1]
                    if (
                        previous.label or len(previous.content) > 300
                        or previous.index == first_body
                    ):
                        break
                    # without blank lines between paragraphs, adjacency proves nothing:
                    # only an unfinished line belongs to the caption below it
                    if not blank_separated and rules_.ends_sentence(previous.content) and not (
                        steps == 0 and _between_captions(lines, back - 1)
                    ):
                        break
                    if steps > 0 and rules_.ends_sentence(previous.content) and not (
                        lines[back].content[:1].islower()
                    ):
                        break
                    previous.set("caption", "caption-credit")
                    back -= 1
                    steps += 1
        if line.label == "caption" and blank_separated and position + 1 < len(lines):
            following = lines[position + 1]
            if (
                not following.blank_before and not following.label
                and rules_.words_of(following.content) <= 40 and len(following.content) <= 300
                and rules.enabled("uncredited-captions")
            ):
                following.set("caption", "caption-context")
        after_caption = position > 0 and lines[position - 1].label == "caption"
        if not line.label and line.key in agency_names and after_caption:
            line.set("caption", "caption-credit")
            line.credit = line.content
    if not rules.enabled("uncredited-captions") or first_body is None:
        return
    for line in lines[first_body + 1 :]:
        if not line.label and rules_.uncredited_caption(line.content):
            line.set("caption", "caption-photo")


_GALLERY_CAPTION_WORDS = 30


def _between_captions(lines: list[_Line], index: int) -> bool:
    """In a photo gallery (a caption right above), a short sentence right above a bare
    credit line is that photo's caption, even without blank lines around it."""
    if index == 0 or lines[index - 1].label != "caption":
        return False
    content = lines[index].content
    return (
        rules_.words_of(content) <= _GALLERY_CAPTION_WORDS
        and not any(character in _QUOTE_CHARACTERS for character in content)
        and rules_.uncredited_caption_shape(content)
    )


_READ_MORE_HEADLINES = 3  # headlines a bare "Đọc tiếp" line may announce


def _related_run_pass(lines: list[_Line], first_body: int | None) -> None:
    if first_body is None:
        return
    run: list[_Line] = []

    def close() -> None:
        # headlines run to 8+ words on average; shorter adjacent lines are verse or lists
        if len(run) >= 2 and sum(rules_.words_of(member.content) for member in run) >= 8 * len(run):
            for member in run:
                member.set("boilerplate", "related-list")
        run.clear()

    # a bare "Đọc tiếp" / "Xem chi tiết" link line announces the headline(s) after it
    for position in range(first_body + 1, len(lines)):
        if lines[position].reason != "read-more":
            continue
        for following in lines[position + 1 : position + 1 + _READ_MORE_HEADLINES]:
            if following.label or not rules_.headline_like(following.content, min_words=4):
                break
            following.set("boilerplate", "related-link")
    in_list = False
    for line in lines[first_body + 1 :]:
        candidate = (
            not line.label and rules_.headline_like(line.content, min_words=4)
            and ("|" not in line.content or not _table_row(lines, line.index))
        )
        if in_list and not line.label and rules_.is_key_value_item(line.content):
            line.set("body", "list-item")  # "Vắng: 6" under "Kết quả như sau:"
            continue
        if in_list and candidate:
            line.set("body", "list-item")  # an item of a list introduced by "...:"
            continue
        in_list = False
        if candidate and run and not line.blank_before:
            run.append(line)
        else:
            close()
            if candidate:
                run.append(line)
        if line.content.rstrip().endswith(":") and not line.label:
            close()
            in_list = True
    close()


def _end_pass(lines: list[_Line], rules: BoilerplateRules, findings: _Findings) -> None:
    """Bylines and stray headlines after the last paragraph."""
    unlabelled_seen = 0
    for line in reversed(lines):
        if line.label:
            if line.label == "byline":
                _record_byline(line, findings)
            elif (
                line.reason == "caption-credit" and line.caption_end == 0 and line.credit
                and line.text.casefold().startswith("nguồn")
                and (line.index == 0 or lines[line.index - 1].label != "caption")
                and rules.enabled("bylines") and not line.locked
            ):
                # "Nguồn: VTV" after the last paragraph credits the article, not a photo
                line.label, line.reason = "byline", "source-credit"
                if findings.credit_source is None:
                    findings.credit_source = line.credit
            continue
        content = line.content
        parts = rules_.byline(content) if rules.enabled("bylines") else None
        if parts is not None:
            line.set("byline", "source-credit" if content.casefold().startswith("theo ")
                     else "byline")
            _record_byline(line, findings)
        elif rules.enabled("related-list") and rules_.headline_like(content, min_words=5):
            line.set("boilerplate", "related-list")
        else:
            break
        unlabelled_seen += 1
        if unlabelled_seen >= 6:
            break


def _record_byline(line: _Line, findings: _Findings) -> None:
    parts = rules_.byline(line.content)
    if parts is None:
        return
    author, source = parts
    if author:
        findings.authors.append(author)
    if source and findings.credit_source is None:
        findings.credit_source = source


def _numbered_heading(lines: list[_Line], index: int) -> bool:
    """"2. Đo huyết áp trước khi ăn sáng": a numbered sub-heading of a listicle, i.e. a
    numbered headline-shaped line whose neighbours are not numbered items and that no
    "...:" line introduces (those are list items)."""
    content = lines[index].content
    marker = rules_.numbered_marker(content)
    if not marker or not rules_.headline_like(content[marker:], min_words=2, max_words=25):
        return False
    if index > 0 and lines[index - 1].reason != "toc":
        previous = lines[index - 1].content
        if rules_.numbered_marker(previous) or previous.rstrip().endswith(":"):
            return False
    return index + 1 >= len(lines) or not rules_.numbered_marker(lines[index + 1].content)


def _table_row(lines: list[_Line], index: int) -> bool:
    """A table row flattened to "cell | cell | cell": three or more cells, with a
    neighbouring row of the same width."""
    cells = rules_.table_cells(lines[index].content)
    if cells < 3:
        return False
    return any(
        0 <= other < len(lines) and rules_.table_cells(lines[other].content) == cells
        for other in (index - 1, index + 1)
    )


def _final_pass(lines: list[_Line], rules: BoilerplateRules) -> None:
    last_body = max(
        (line.index for line in lines if not line.label or line.label == "body"), default=-1
    )
    for line in lines:
        if line.label:
            continue
        content = line.content
        if _table_row(lines, line.index):
            line.label, line.reason = "body", "table-row"
        elif rules_.is_signature(content):
            line.label, line.reason = "body", "signature"
        elif (
            rules.enabled("headings")
            and line.index < last_body
            and (
                rules_.headline_like(content, min_words=1, max_words=25)
                or _numbered_heading(lines, line.index)
            )
        ):
            line.label, line.reason = "heading", "heading"
        elif content[:1] in "-–—" and content.rstrip().endswith("?"):
            line.label, line.reason = "body", "question"
        else:
            line.label, line.reason = "body", "body"


_DATELINE = re.compile(
    r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Hôm nay)\s+(?:ngày\s+)?)?"
    r"(\d{1,2})\s?[/-]\s?(\d{1,2})\s?[/-]\s?(\d{4})\b"
)


def _build(
    given: str, lines: list[_Line], findings: _Findings, title_index: int | None,
    first_body: int | None,
) -> Cleaned:
    blocks: list[Block] = []
    kept_texts: list[str] = []
    captions: list[Caption] = []
    previous_caption_line = -2
    for line in lines:
        kept = line.label in _CONTENT
        if kept:
            blocks.append(Block(line.start, line.end, line.text, line.label, True, line.reason,  # type: ignore[arg-type]
                                line.content_start, line.content_end))
            kept_texts.append(given[line.content_start : line.content_end])
        else:
            blocks.append(Block(line.start, line.end, line.text, line.label, False,  # type: ignore[arg-type]
                                line.reason))
        if line.label == "caption":
            end = line.start + line.caption_end if line.caption_end > 0 else line.end
            continues = (
                captions and not line.blank_before and line.reason == "caption-credit"
                and captions[-1].credit is None and previous_caption_line == line.index - 1
            )
            previous_caption_line = line.index
            if continues:
                previous = captions[-1]
                if line.caption_end == 0:
                    captions[-1] = Caption(previous.start, previous.end, previous.text, line.credit)
                else:
                    captions[-1] = Caption(
                        previous.start, end, given[previous.start : end], line.credit
                    )
                continue
            if line.caption_end == 0:
                captions.append(Caption(line.start, line.end, line.text, line.credit))
            else:
                captions.append(Caption(line.start, end, given[line.start:end], line.credit))
    if not findings.authors:
        for line in lines:
            if line.label == "byline":
                _record_byline(line, findings)
                if findings.authors:
                    break
    title = lines[title_index].content if title_index is not None else None
    date = findings.date_stamp or findings.date_artefact
    if date is None and first_body is not None and lines[first_body].label == "body":
        match = _DATELINE.match(lines[first_body].content)
        if match is not None:
            day, month, year = (int(group) for group in match.groups())
            date = rules_.iso_date(year, month, day)
    metadata = Metadata(
        title=title,
        date=date,
        source=findings.source or findings.credit_source,
        author=findings.authors[-1] if findings.authors else None,
        captions=tuple(captions),
    )
    return Cleaned(text="\n\n".join(kept_texts), blocks=tuple(blocks), metadata=metadata)


def _template_key(text: str) -> str:
    """CCNet-style normalised line: case-folded words, digits replaced by 0."""
    return _DIGIT.sub("0", rules_.line_key(text))


_DIGIT = re.compile(r"\d")


def _strip_text(
    given: str,
    rules: BoilerplateRules,
    *,
    templates: frozenset[str] = frozenset(),
    forced_captions: frozenset[str] = frozenset(),
    forced_title: bool = False,
) -> Cleaned:
    lines = _split_lines(given)
    findings = _Findings()
    compiled = _compile(rules)
    for line in lines:
        line.key = rules_.repeat_key(line.text)
        if forced_captions and rules_.line_key(line.text) in forced_captions:
            line.label, line.reason, line.locked = "caption", "html-figcaption", True
            credit = rules_.caption_credit(line.text)
            if credit is not None:
                line.caption_end, line.credit = credit
    if forced_title and lines and not lines[0].label:
        lines[0].label, lines[0].reason, lines[0].locked = "title", "html-title", True
    _static_pass(lines, rules, compiled, templates, findings)
    _image_alt_pass(lines)
    _toc_pass(lines)
    for line in lines:
        if line.content_start != line.start:
            line.key = rules_.repeat_key(line.content)
    forced_title_index = 0 if forced_title and lines and lines[0].label == "title" else None
    title_index, first_body = _head_pass(lines, rules, findings, forced_title_index)
    for line in lines:
        if line.content_start != line.start:
            line.key = rules_.repeat_key(line.content)
    _tail_pass(lines, first_body)
    if rules.enabled("duplicates") or rules.enabled("pull-quote"):
        _duplicate_pass_enabled(lines, title_index, rules)
    _caption_context_pass(lines, rules, first_body, title_index)
    if rules.enabled("related-list"):
        _related_run_pass(lines, first_body)
    _end_pass(lines, rules, findings)
    _final_pass(lines, rules)
    return _build(given, lines, findings, title_index, first_body)


_ALT_MAX_WORDS = 15


def _image_alt_pass(lines: list[_Line]) -> None:
    """The alt text a scraper keeps right under an image's file name: a short line
    without a sentence end."""
    for line in lines[:-1]:
        if line.reason != "image-file":
            continue
        alt = lines[line.index + 1]
        if (
            not alt.label and not rules_.ends_sentence(alt.content)
            and not rules_.has_words(alt.content, _ALT_MAX_WORDS + 1)
        ):
            alt.label, alt.reason = "boilerplate", "image-alt"


def _duplicate_pass_enabled(
    lines: list[_Line], title_index: int | None, rules: BoilerplateRules
) -> None:
    if rules.enabled("duplicates"):
        _duplicate_pass(lines, title_index, rules.enabled("pull-quote"))
    else:
        _pull_quote_pass(lines)


_HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_BLOCK_CLOSE = re.compile(r"</(?:p|div|article|section|body|html)\s*>", re.IGNORECASE)


def _looks_like_html(text: str) -> bool:
    """Conservative: a document that starts like an HTML page, or starts with a tag and
    has several closed block elements."""
    if _HTML_START.match(text):
        return True
    head = text.lstrip()[:1]
    if head != "<":
        return False
    return len(_HTML_BLOCK_CLOSE.findall(text, 0, 200_000)) >= 3


def strip_boilerplate(text: str, *, rules: BoilerplateRules | None = None) -> Cleaned:
    """Label every line of a scraped article and keep title, headings and body.

    HTML input (a page starting with ``<!doctype html>``, ``<html>``, ``<body>``, or with
    several closed block tags) is routed to :func:`strip_boilerplate_html`.

    >>> cleaned = strip_boilerplate(
    ...     "(Dân trí) - Chiều 5/11, UBND TP Hà Nội tổ chức họp báo về dự án.\\n\\n"
    ...     "Ông Nguyễn Văn Bình phát biểu tại họp báo (Ảnh: Mạnh Quân).\\n\\n"
    ...     "Dự án dự kiến hoàn thành vào cuối năm 2026.\\n\\nHải Long")
    >>> [(block.label, block.reason) for block in cleaned.blocks]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('body', 'body'), ('caption', 'caption-credit'), ('body', 'body'),
     ('byline', 'byline')]
    >>> cleaned.metadata.source, cleaned.metadata.author, cleaned.metadata.captions[0].credit
    ('Dân trí', 'Hải Long', 'Mạnh Quân')
    """
    require_str(text, "text")
    if rules is not None and not isinstance(rules, BoilerplateRules):
        raise TypeError(f"rules must be BoilerplateRules or None, not {type(rules).__name__}")
    if _looks_like_html(text):
        return strip_boilerplate_html(text, rules=rules)
    return _strip_text(text, rules or _DEFAULT_RULES)


def strip_boilerplate_html(html: str, *, rules: BoilerplateRules | None = None) -> Cleaned:
    """Extract the main text of an HTML page with trafilatura, then apply the text rules.

    Needs the optional extra: ``pip install "viscrape[html]"``. The block offsets
    refer to the *extracted* text: the page title, then trafilatura's paragraphs,
    then any ``<figcaption>`` not already among them, separated by blank lines (that
    text is ``"\\n\\n".join(block.text for block in cleaned.blocks)``). Title, date,
    author and site name come from the markup when it has them.

    >>> page = ("<html><head><title>Giá vàng tăng mạnh</title></head><body><article>"
    ...         "<h1>Giá vàng tăng mạnh</h1><p>Sáng nay, giá vàng miếng tăng thêm "
    ...         "500.000 đồng mỗi lượng so với cuối tuần trước.</p></article></body></html>")
    >>> strip_boilerplate_html(page).metadata.title  # doctest: +SKIP
    'Giá vàng tăng mạnh'
    """
    require_str(html, "html")
    if rules is not None and not isinstance(rules, BoilerplateRules):
        raise TypeError(f"rules must be BoilerplateRules or None, not {type(rules).__name__}")
    try:
        import trafilatura
        from lxml import html as lxml_html
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            'strip_boilerplate_html needs trafilatura: pip install "viscrape[html]"'
        ) from error
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True
    )
    paragraphs: list[str] = []
    markup_title = getattr(document, "title", None) if document is not None else None
    if markup_title:
        markup_title = " ".join(markup_title.split())
        paragraphs.append(markup_title)
    body_text = getattr(document, "text", None) if document is not None else None
    for paragraph in (body_text or "").split("\n"):
        if paragraph.strip():
            paragraphs.append(" ".join(paragraph.split()))
    if markup_title and len(paragraphs) > 1 and (
        rules_.line_key(paragraphs[1]) == rules_.line_key(markup_title)
    ):
        del paragraphs[1]  # the <h1> repeats the <title>
    captions: list[str] = []
    try:
        tree = lxml_html.fromstring(html)
        for element in tree.iter("figcaption"):
            caption = " ".join(element.text_content().split())
            if caption:
                captions.append(caption)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        pass
    present = {rules_.line_key(paragraph) for paragraph in paragraphs}
    paragraphs.extend(caption for caption in captions if rules_.line_key(caption) not in present)
    extracted = "\n\n".join(paragraphs)
    cleaned = _strip_text(
        extracted, rules or _DEFAULT_RULES,
        forced_captions=frozenset(rules_.line_key(caption) for caption in captions),
        forced_title=bool(markup_title),
    )
    metadata = cleaned.metadata
    if document is not None:
        metadata = Metadata(
            title=markup_title or metadata.title,
            date=_iso_or_none(getattr(document, "date", None)) or metadata.date,
            source=metadata.source or getattr(document, "sitename", None) or None,
            author=getattr(document, "author", None) or metadata.author,
            captions=metadata.captions,
        )
    return Cleaned(cleaned.text, cleaned.blocks, metadata)


def _iso_or_none(value: object) -> str | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10] or ""):
        return value[:10]
    return None


def _head_and_tail_keys(cleaned: Cleaned) -> tuple[set[str], set[str]]:
    """Template keys of the lines above the first paragraph, and of the tail lines."""
    head: set[str] = set()
    tail: set[str] = set()
    in_head = True
    for block in cleaned.blocks:
        if block.label == "body":
            in_head = False
        key = _template_key(block.text)
        if in_head:
            head.add(key)
        if block.reason in ("tail-section", "related-list"):
            tail.add(key)
    return head, tail


@dataclass(frozen=True)
class BoilerplateModel:
    """Lines a site repeats across its articles (navigation, footers, promos), learned
    from a batch in the CCNet way: normalise each line (case-folded words, digits as 0),
    count in how many documents it occurs, and treat lines found in at least
    ``min_documents`` documents and ``min_fraction`` of the batch as template.
    Headlines of the site's own articles, which recur in other pages' related lists,
    are not template where they are a page's title.

    >>> bodies = ["Giá rau tăng mạnh.", "Mưa lớn ở Huế.", "Cầu mới thông xe.", "Lúa được mùa."]
    >>> pages = [f"Trang tin Sông Hồng\\n\\n{body}\\n\\nLiên hệ tòa soạn: 024 3 888 999"
    ...          for body in bodies]
    >>> model = BoilerplateModel.fit(pages)
    >>> [block.reason for block in model.strip(pages[0]).blocks]
    ['site-template', 'body', 'site-template']
    """

    templates: frozenset[str]
    documents: int
    rules: BoilerplateRules | None = None

    @classmethod
    def fit(
        cls,
        texts: Iterable[str],
        *,
        min_documents: int = 3,
        min_fraction: float = 0.3,
        rules: BoilerplateRules | None = None,
    ) -> BoilerplateModel:
        """Learn the template lines of one site from a batch of its articles."""
        if isinstance(texts, str):
            raise TypeError("texts must be an iterable of str, not a single str")
        if not isinstance(min_documents, int) or min_documents < 2:
            raise ValueError(f"min_documents must be an int >= 2, not {min_documents!r}")
        if not 0.0 < float(min_fraction) <= 1.0:
            raise ValueError(f"min_fraction must be in (0, 1], not {min_fraction!r}")
        document_frequency: Counter[str] = Counter()
        head_frequency: Counter[str] = Counter()
        tail_frequency: Counter[str] = Counter()
        count = 0
        for number, text in enumerate(texts):
            require_str(text, f"texts[{number}]")
            count += 1
            keys = {_template_key(line) for line in text.split("\n") if line.strip()}
            keys.discard("")
            document_frequency.update(keys)
            head, tail = _head_and_tail_keys(_strip_text(text, rules or _DEFAULT_RULES))
            head_frequency.update(head)
            tail_frequency.update(tail)
        threshold = max(min_documents, math.ceil(min_fraction * count))
        # A headline of the site's own articles sits above the first paragraph of its
        # page and in the related lists of others; navigation sits above it everywhere.
        templates = frozenset(
            key for key, frequency in document_frequency.items()
            if frequency >= threshold
            and not (tail_frequency[key] and 0 < head_frequency[key] < frequency / 2)
        )
        return cls(templates=templates, documents=count, rules=rules)

    def is_template(self, line: str) -> bool:
        """True if ``line`` is one of the learned template lines.

        >>> BoilerplateModel(frozenset({"liên hệ tòa soạn"}), 3).is_template("Liên hệ TÒA SOẠN")
        True
        """
        require_str(line, "line")
        return _template_key(line) in self.templates

    def strip(self, text: str) -> Cleaned:
        """:func:`strip_boilerplate` plus the learned template lines (reason
        ``site-template``)."""
        require_str(text, "text")
        if _looks_like_html(text):
            return strip_boilerplate_html(text, rules=self.rules)
        return _strip_text(text, self.rules or _DEFAULT_RULES, templates=self.templates)
