"""Speaker attribution: who said each quote, resolved to one identity per article.

:func:`attribute_speakers` takes the quotes found by :func:`viscrape.segment_quotes`
and fills in :class:`~viscrape.types.Speaker`: the mention as written for that quote
(``"Thủ tướng"``, ``"ông Minh"``, ``"Đại diện Cuba"``), its offsets, and the canonical
``name`` resolved across the article: the fullest personal name the article gives
(``"Phạm Minh Chính"``, ``"António Guterres"``), or for a source that is never named
the noun phrase that identifies it (``"đại diện Cuba"``).

The resolution is rule-based (Vietnamese has no production coreference tool): a table
of the people the article names with a title or honorific, then

* a full name in the mention is looked up in that table (the fullest form wins);
* ``ông/bà/anh/chị + X`` is the person whose given name (last syllable) is ``X``, or
  for a foreign name whose surname is ``X``; the nearest preceding one wins;
* a bare title (``Thủ tướng``, ``Tổng thư ký Liên Hiệp Quốc``) is its holder;
* a pronoun (``ông``, ``bà ấy``, ``vị này``) is the nearest preceding speaker of a
  compatible gender;
* quotes with no mention (follow-on paragraphs, interview answers) take the speaker
  of the quote they continue, or the interviewee named in the lead.

``tôi`` / ``chúng tôi`` are never speakers. The lexicons (titles, honorifics, pronouns,
speaker nouns, surnames, country words) are plain files under ``viscrape/data/quotes/``.

This module also holds the phrase-level helpers :mod:`viscrape.quotes` uses to decide
whether a stretch of text can be a speaker.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, replace

from viscrape._checks import require_str
from viscrape._data import load_lines, load_table
from viscrape.types import Quote, Span, Speaker

__all__ = ["attribute_speakers"]


def word_class(name: str) -> frozenset[str]:
    """A closed word class from ``viscrape/data/quotes/word_classes.tsv``."""
    for row in load_table("quotes/word_classes.tsv"):
        if row[0] == name:
            return frozenset(row[1].split())
    raise KeyError(name)


_WORD = re.compile(r"\w+")
# a word of a capitalised name may contain hyphens or apostrophes (Jean-Pierre, O'Brien)
_NAME_WORD = re.compile(r"\w+(?:['’-]\w+)*")

# Words that end a subject before the cue: aspect markers and adverbs
# ("đại diện Nam Phi cũng kêu gọi", "Thủ tướng đã nhấn mạnh").
_SUBJECT_END_MARKERS = word_class("subject_end_markers")
_QUANTIFIERS = word_class("quantifiers")
_VALID_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}"
    r"(?:ng|nh|ch|[cmnpt])?$"
)
# capitalised words that open a place name, not a person's ("TP Hồ Chí Minh")
_PLACE_PREFIXES = word_class("place_prefixes")
# words that open an adverbial, never a speaker phrase
_FUNCTION_WORDS = word_class("function_words")
# words that cannot sit between a title and the name it belongs to
_TITLE_TAIL_BREAKS = word_class("title_tail_breaks")
# lower-case words after which a capitalised run is a place, not a person
_PLACE_WORDS = word_class("place_words")
# lower-case nouns of organisational units: a capitalised word after one names the
# unit, not a person ("Phó trưởng khoa Nhiễm", "Vụ trưởng Vụ Tín dụng")
_UNIT_WORDS = word_class("unit_words")
_COMPANY_WORDS = word_class("company_words")
# first words of titles that may name a field before the name ("ThS. tâm lý", "TS kinh tế")
_FIELD_TITLES = word_class("field_titles")
# roles of the accused ("bị_can" in the table is "bị can"): nobody holds them as a title
_ACCUSED_TITLES = frozenset(word.replace("_", " ") for word in word_class("accused_titles"))
# an age after an unnamed person: "người đàn ông 40 tuổi"
_TRAILING_AGE = re.compile(r"\s+\d{1,3}\s+tuổi$")
# an acronym in parentheses inside a speaker phrase: "Ngân hàng Nhà nước (NHNN) Đào Minh Tú"
_ACRONYM = re.compile(r"\s*\([A-ZĐ0-9&.\-]{2,12}\)")
_ACRONYM_ASIDE = re.compile(_ACRONYM.pattern + r"(?=\s+\S)")


@dataclass(frozen=True, slots=True)
class Lexicons:
    """The speaker lexicons, loaded once (see ``viscrape/data/quotes/``)."""

    titles: tuple[str, ...]  # lower-cased, longest first
    title_set: frozenset[str]
    title_first_words: frozenset[str]
    honorifics: dict[str, str]  # word -> gender
    pronouns: dict[str, str]  # phrase -> gender
    first_person: frozenset[str]
    speaker_heads: frozenset[str]
    non_speakers: frozenset[str]
    surnames: frozenset[str]
    countries: tuple[str, ...]  # longest first, as written
    country_set: frozenset[str]
    epithets: dict[str, tuple[str, ...]]  # lower-cased phrase -> titles of its holder
    epithet_words: int  # words in the longest epithet


_LONGEST_TITLE_WORDS = 6


@functools.lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Load the speaker lexicons once per process."""
    titles = sorted({title.casefold() for title in load_lines("quotes/titles.txt")}, key=len)
    countries = sorted(set(load_lines("quotes/countries.txt")), key=len, reverse=True)
    epithets = {
        row[0].casefold(): tuple(title.casefold() for title in row[1].split("|"))
        for row in load_table("quotes/epithets.tsv")
    }
    return Lexicons(
        titles=tuple(reversed(titles)),
        title_set=frozenset(titles),
        title_first_words=frozenset(re.split(r"[ .]", title)[0] for title in titles),
        honorifics={row[0]: row[1] for row in load_table("quotes/honorifics.tsv")},
        pronouns={row[0]: row[1] for row in load_table("quotes/pronouns.tsv")},
        first_person=frozenset(load_lines("quotes/first_person.txt")),
        speaker_heads=frozenset(load_lines("quotes/speaker_heads.txt")),
        non_speakers=frozenset(load_lines("quotes/non_speakers.txt")),
        surnames=frozenset(load_lines("quotes/surnames.txt")),
        countries=tuple(countries),
        country_set=frozenset(countries),
        epithets=epithets,
        epithet_words=max((len(phrase.split()) for phrase in epithets), default=0),
    )


@functools.lru_cache(maxsize=1)
def _abbreviation_dot() -> re.Pattern[str]:
    """A full stop that ends no sentence: after an abbreviated title written with a dot
    ("TS. Tùng", "ThS. tâm lý Trang", "BS.CKII. Phúc") or inside a number ("PM2.5")."""
    # the titles of viscrape/data/abbreviations.txt (those segment_sentences never ends a
    # sentence after), and the variants and parts that list lacks ("Ths.", "BS.CKII.")
    listed = {
        row[0][:-1]
        for row in load_table("abbreviations.txt")
        if (len(row) < 2 or row[1] == "title") and row[0].endswith(".") and row[0][:-1].isalpha()
    }
    short = sorted(listed | word_class("dotted_titles"), key=len, reverse=True)
    titles = "|".join(re.escape(word) for word in short)
    return re.compile(
        r"(?<![\w.])(?:(?:" + titles + r")\.)*(?:" + titles + r")(\.)(?=[ \t]+\w)"
        r"|(?<=\d)(\.)(?=\d)"
    )


def mask_abbreviation_dots(text: str) -> str:
    """``text`` with the full stops of abbreviated titles and decimal numbers replaced by
    spaces (same length, same offsets), so that they end no sentence or clause."""
    if "." not in text:
        return text
    chars: list[str] | None = None
    for match in _abbreviation_dot().finditer(text):
        group = 1 if match.start(1) >= 0 else 2
        if chars is None:
            chars = list(text)
        chars[match.start(group)] = " "
    return text if chars is None else "".join(chars)


def merge_masked_sentences(original: str, masked: str, sentences: Sequence[Span]) -> list[Span]:
    """``sentences`` with no boundary after a full stop that :func:`mask_abbreviation_dots`
    blanked (a segmenter may split "PM2.5" or "TS. Tùng")."""
    merged: list[Span] = []
    for span in sentences:
        if merged:
            last = merged[-1]
            cut = last.end
            while cut > last.start and original[cut - 1].isspace():
                cut -= 1
            if cut > last.start and original[cut - 1] == "." and masked[cut - 1] == " ":
                merged[-1] = Span(last.start, span.end, original[last.start : span.end])
                continue
        merged.append(span)
    return merged


# ---------------------------------------------------------------------------
# Phrase analysis


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker phrase taken apart.

    ``name`` is the personal name part (``"Phạm Minh Chính"``, ``"Minh"``) or None;
    ``title`` the role before or after it; ``honorific`` the ``ông``/``bà``... word;
    ``pronoun`` the gender of a pronoun mention; ``group`` the noun phrase of an
    unnamed or collective source; ``roles`` the lower-cased titles a descriptive
    reference stands for (``nhà cầm quân`` -> ``hlv``; ``nữ bác sĩ`` -> ``bác sĩ``).
    """

    text: str
    name: str | None = None
    title: str | None = None
    honorific: str | None = None
    pronoun: str | None = None
    group: str | None = None
    roles: tuple[str, ...] = ()


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _lower_words(phrase: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(phrase)]


def _starts_with_phrase(words: Sequence[str], phrases: Container[str], longest: int = 4) -> int:
    """Number of leading words forming one of ``phrases`` (longest match), or 0."""
    for size in range(min(longest, len(words)), 0, -1):
        if " ".join(words[:size]) in phrases:
            return size
    return 0


_TITLE_WORD = re.compile(r"[\w.]+")


@functools.lru_cache(maxsize=8192)
def _title_prefix(phrase: str) -> int:
    """Length in characters of a title at the start of ``phrase`` (0 if none).

    >>> _title_prefix("Thứ trưởng Ngoại giao Nguyễn Minh Vũ")
    10
    """
    lex = lexicons()
    first = _TITLE_WORD.match(phrase)
    if first is None or first.group().casefold().split(".")[0] not in lex.title_first_words:
        return 0
    title_set = lex.title_set
    best = 0
    words = 0
    position = 0
    length = len(phrase)
    while position < length and words < _LONGEST_TITLE_WORDS:
        match = _TITLE_WORD.match(phrase, position)
        if match is None:
            break
        end = match.end()
        candidate = phrase[:end].casefold()
        if candidate in title_set:
            best = end
        elif candidate.rstrip(".") in title_set:
            best = end - (len(candidate) - len(candidate.rstrip(".")))
        words += 1
        if end >= length or phrase[end] != " ":
            break
        position = end + 1
    return best


def is_vietnamese_syllable(word: str) -> bool:
    """True if ``word`` is spelled like one Vietnamese syllable (``Minh``, not ``Putin``)."""
    return bool(_VALID_SYLLABLE.match(word.casefold()))


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _strip_country_prefix(words: list[str]) -> list[str]:
    """Drop leading country/organisation words (``Nga Vladimir Putin`` -> ``Vladimir Putin``)."""
    countries = lexicons().country_set
    changed = True
    while changed and words:
        changed = False
        for size in range(min(4, len(words)), 0, -1):
            if " ".join(words[:size]) in countries:
                words = words[size:]
                changed = True
                break
    return words


def personal_name(words: Sequence[str], *, after_title: bool) -> str | None:
    """The personal name at the end of a run of capitalised ``words``, or None.

    A Vietnamese name starts with a family name and has 2-4 syllables (a single
    syllable only after a title or honorific: ``ông Tùng``); a foreign name is the
    run left after country, organisation and acronym words (``Liên Hiệp Quốc
    António Guterres`` -> ``António Guterres``).

    >>> personal_name(["Nga", "Vladimir", "Putin"], after_title=True)
    'Vladimir Putin'
    """
    return _personal_name(tuple(words), after_title)


@functools.lru_cache(maxsize=8192)
def _personal_name(words: tuple[str, ...], after_title: bool) -> str | None:
    run = list(words)
    # leading acronyms and place words open organisation or place names: "UBND", "TP"
    in_place = False
    while run and ((len(run[0]) > 1 and run[0].isupper()) or run[0].casefold() in _PLACE_PREFIXES):
        in_place = in_place or run[0].casefold() in _PLACE_PREFIXES
        run = run[1:]
    if in_place:
        run = run[1:]  # the place name itself takes at least one word: "TP Hồ Chí Minh"
    # a capitalised title at the start of a sentence: "Tướng Oleksandr Syrskyi"
    title_length = (
        _title_prefix(" ".join(run))
        if len(run) > 1 and run[0].casefold() in lexicons().title_first_words
        else 0
    )
    if title_length:
        run = run[len(" ".join(run)[:title_length].split()) :]
    # an all-capitals word after the name (a photo credit "ẢNH: TUẤN MINH") ends it
    for position, word in enumerate(run):
        if position and len(word) > 1 and word.isupper():
            run = run[:position]
            break
    run = _strip_country_prefix(run)
    lex = lexicons()
    # a sentence-initial honorific is capitalised: "Ông Nguyễn Văn Tuấn"
    if len(run) >= 2 and run[0].casefold() in lex.honorifics:
        run = run[1:]
    if not run:
        return None
    if all(is_vietnamese_syllable(word) for word in run):
        if any("-" in word for word in words):
            return None
        for size in range(min(4, len(run)), 1, -1):
            if run[-size] in lex.surnames:
                return " ".join(run[-size:])
        if after_title and len(run) == 1 and " ".join(run) not in lex.countries:
            return run[0]
        return None
    if any(word.isupper() and len(word) > 1 for word in run):
        return None
    # foreign: the trailing words, at most four (Vietnamese-looking words may occur: "Xi Jinping")
    return " ".join(run[-4:])


_DESCRIPTIVE_ANAPHORA = {"vị": "-", "nữ": "f", "nam": "m"}


def _first_name_run(phrase: str) -> str | None:
    """The first run of capitalised words in ``phrase`` that is a personal name
    (``Bộ Công an Phạm Thế Tùng`` -> ``Phạm Thế Tùng``; not a place after ``huyện``)."""
    words = list(_NAME_WORD.finditer(phrase))
    index = 0
    while index < len(words):
        if not _is_capitalised(words[index].group()):
            index += 1
            continue
        end = index
        while (
            end + 1 < len(words)
            and _is_capitalised(words[end + 1].group())
            and phrase[words[end].end() : words[end + 1].start()] == " "
        ):
            end += 1
        previous = words[index - 1].group().casefold() if index else ""
        if previous in _PLACE_WORDS:
            inside = _name_after_place([m.group() for m in words[index : end + 1]])
            if inside is not None:
                return inside
        elif previous in _UNIT_WORDS and end == index:
            pass  # "khoa Nhiễm": the unit's name
        elif previous in _COMPANY_WORDS or words[index].group().casefold() in _COMPANY_WORDS:
            # "Công ty TNHH Hanwon Vina": a company's name, unless a full Vietnamese name
            # closes the run ("Công ty Hưng Phát Nguyễn Văn An")
            inside = _name_after_place([m.group() for m in words[index : end + 1]])
            if inside is not None:
                return inside
        else:
            name = personal_name([m.group() for m in words[index : end + 1]], after_title=True)
            if name is not None and (" " in name or end == len(words) - 1):
                # a one-word name only at the end: "Đại tá Phong", not "Bộ trưởng Kế hoạch ..."
                return name
        index = end + 1
    return None


def _name_after_place(words: Sequence[str]) -> str | None:
    """A Vietnamese full name (3-4 syllables, from a family name) closing a capitalised
    run that opens with a place name: ``Đồng Nai Võ Tấn Đức`` (after ``tỉnh``) ->
    ``Võ Tấn Đức``; None when the run is the place alone (``Trần Văn Thời``)."""
    surnames = lexicons().surnames
    for start in range(1, len(words) - 2):
        if len(words) - start <= 4 and words[start] in surnames:
            tail = words[start:]
            if all(is_vietnamese_syllable(word) for word in tail):
                return " ".join(tail)
    return None


def _capitalised_tail(phrase: str) -> list[str]:
    """The capitalised words at the end of ``phrase`` (the name part after a title)."""
    words = _NAME_WORD.findall(phrase)
    tail: list[str] = []
    for word in reversed(words):
        if _is_capitalised(word) or (
            tail and word.casefold() in {"de", "van", "von", "bin", "al", "la", "di", "da"}
        ):
            tail.append(word)
        else:
            break
    return list(reversed(tail))


@functools.lru_cache(maxsize=8192)
def analyse_mention(phrase: str) -> Mention | None:
    """Take a speaker phrase apart; None if it cannot be a speaker.

    >>> analyse_mention("Thủ tướng Phạm Minh Chính").name
    'Phạm Minh Chính'
    >>> analyse_mention("ông Minh").honorific
    'ông'
    >>> analyse_mention("tôi") is None
    True
    """
    phrase = _ACRONYM_ASIDE.sub("", phrase.strip(" ,:;-–—()\t"))
    phrase = _TRAILING_AGE.sub("", phrase)
    if not phrase:
        return None
    appositive = re.search(r",|\(|\s[-–—]\s", phrase)
    if appositive:
        head = analyse_mention(phrase[: appositive.start()])
        role = phrase[appositive.end() :].strip(" ,()-–—")
        if head is None:
            return None
        if head.name is None:
            # "Ngân hàng Nhà nước (NHNN)": an organisation with its abbreviation;
            # "Một lãnh đạo ngân hàng, đề nghị giấu tên,": a source with a description
            if head.group is not None and (
                appositive.group() == "(" or (role and analyse_mention(role) is None)
            ):
                return head
            return head if head.roles else None
        role_title = role if _title_prefix(role) else None
        return Mention(
            phrase, name=head.name, title=head.title or role_title, honorific=head.honorific
        )
    new_in_post = _NEW_IN_POST.match(phrase)
    if new_in_post and _title_prefix(phrase[new_in_post.end() :]):
        # "tân Bộ trưởng", "tân HLV Nguyễn Văn A": the title of someone new in the post
        inner = analyse_mention(phrase[new_in_post.end() :])
        return None if inner is None else replace(inner, text=phrase)
    lex = lexicons()
    lower = _lower_words(phrase)
    if not lower or len(lower) > 18:
        return None
    joined = " ".join(lower)
    if joined in lex.first_person or lower[0] in lex.first_person or lower[0] in _FUNCTION_WORDS:
        return None
    if joined in lex.pronouns:
        return Mention(phrase, pronoun=lex.pronouns[joined])
    # "người đứng đầu Chính phủ", "nhà cầm quân người Hàn Quốc": stands for a title holder
    epithet = _starts_with_phrase(lower, lex.epithets, lex.epithet_words)
    if epithet:
        epithet_end = list(_WORD.finditer(phrase))[epithet - 1].end()
        name: str | None = _first_name_run(phrase[epithet_end:])
        if name is None:
            return Mention(phrase, roles=lex.epithets[" ".join(lower[:epithet])])
        # "Chuyên gia Lê Hoàng", "Nhà cầm quân Park Hang-seo": a name follows, as after a title
        return Mention(phrase, name=name, title=phrase[: phrase.rfind(name)].strip(" ,"))
    # "vị tư lệnh", "nữ bác sĩ": a role standing for someone already named
    if lower[0] in _DESCRIPTIVE_ANAPHORA and len(lower) > 1:
        role_phrase = phrase[len(phrase.split()[0]) :].strip()
        title_length = _title_prefix(role_phrase)
        if title_length or _starts_with_phrase(lower[1:], lex.speaker_heads, 3):
            role = role_phrase[:title_length].casefold()
            return Mention(
                phrase,
                pronoun=_DESCRIPTIVE_ANAPHORA[lower[0]],
                roles=(role,) if role else (),
            )
    # "ông/bà + name"
    if lower[0] in lex.honorifics:
        first_word = _WORD.search(phrase)
        rest = phrase[first_word.end() :].strip() if first_word is not None else ""
        if not rest:
            return Mention(phrase, pronoun=lex.honorifics[lower[0]])
        title_length = _title_prefix(rest)
        title = rest[:title_length].strip() or None
        name_words = _capitalised_tail(rest[title_length:])
        if len(name_words) == 1 and is_vietnamese_syllable(name_words[0]):
            name = name_words[0]
        else:
            name = personal_name(name_words, after_title=True) if name_words else None
            if name is None and len(name_words) == 1:
                name = name_words[0]  # a foreign surname: "ông Guterres"
        if name is None:
            return None
        return Mention(phrase, name=name, title=title, honorific=lower[0])
    title_length = _title_prefix(phrase)
    if title_length:
        after = phrase[title_length:]
        name = _first_name_run(after)
        title_last = lower[len(phrase[:title_length].split()) - 1]
        if name is not None and " " not in name and title_last in _UNIT_WORDS:
            name = None  # "Phó trưởng khoa Nhiễm": the unit's name, not a person's
        if name is not None:
            title = phrase[: phrase.rfind(name)].strip(" ,") or None
            return Mention(phrase, name=name, title=title)
        return Mention(phrase, title=phrase.strip())
    if joined in lex.non_speakers or _starts_with_phrase(lower, lex.non_speakers, 3):
        return None
    head_start = 1 if lower[0] in _QUANTIFIERS and len(lower) > 1 else 0
    if lower[head_start] in _QUANTIFIERS and len(lower) > head_start + 1:
        head_start += 1
    if lower[head_start] in ("nam", "nữ") and len(lower) > head_start + 1:
        head_start += 1  # "một nam công nhân", "một nữ sinh viên"
    if _starts_with_phrase(lower[head_start:], lex.speaker_heads, 3):
        return Mention(phrase, group=phrase)
    if head_start and _title_prefix(" ".join(phrase.split()[head_start:])):
        # "một hiệu trưởng ở quận Cầu Giấy", "một quan chức": an unnamed holder of a role
        return Mention(phrase, group=phrase)
    words = _NAME_WORD.findall(phrase)
    if _is_capitalised(words[0]):
        capitalised = _capitalised_tail(phrase)
        if capitalised == words:
            name = personal_name(words, after_title=False)
            if name is not None and name == " ".join(words):
                return Mention(phrase, name=name)
        # an organisation or a proper-noun group: short, mostly capitalised
        capitals = sum(1 for word in words if _is_capitalised(word))
        if len(words) <= 8 and 2 * capitals >= len(words):
            return Mention(phrase, group=phrase)
    return None


_NEW_IN_POST = re.compile(r"tân\s+(?=\w)", re.IGNORECASE)
_AS_SAID = re.compile(r"\s*(?:(?:theo|đúng|giống)\s+)?như\s+(?=\w)", re.IGNORECASE)
_RELAY = re.compile(r"(?<!\w)(?:dẫn|trích)\s+lời\s+", re.IGNORECASE)


def subject_before(text: str, clause_start: int, cue_start: int) -> tuple[int, int] | None:
    """Offsets of the speaker phrase that ends right before a cue, or None.

    Looks at ``text[clause_start:cue_start]``: skips fronted adverbials (the part
    before the last comma), keeps an appositive title (``ông A, Chủ tịch xã B,``),
    stops at aspect markers (``đã``, ``cũng``) and rejects first-person forms.

    >>> s = "Chiều 5/3, bà Lê Thị Hoa cho biết"
    >>> start, end = subject_before(s, 0, s.index("cho biết"))
    >>> s[start:end]
    'bà Lê Thị Hoa'
    """
    end = cue_start
    while end > clause_start and text[end - 1] in " \t":
        end -= 1
    relay: re.Match[str] | None = None
    for match in _RELAY.finditer(text, clause_start, end):
        relay = match
    if relay is not None:
        # "Hãng tin AFP dẫn lời Trung tướng A, Tư lệnh ..., cho biết": the quoted person
        clause_start = relay.end()
    segment = text[clause_start:end]
    if not segment:
        return None
    # strip trailing aspect markers and adverbs
    words = list(_WORD.finditer(segment))
    while words and words[-1].group() in _SUBJECT_END_MARKERS:
        trailing = segment[words[-1].end() :]
        if trailing.strip():
            break
        words.pop()
    if not words:
        return None
    segment_end = words[-1].end()
    # a closing parenthesis: "ông A (Chủ tịch xã B)" -> keep the whole appositive
    if segment[segment_end:].strip().startswith(")"):
        segment_end = segment.index(")", segment_end) + 1
    parts = _split_clause_parts(segment, segment_end)
    if not parts:
        return None
    part_start, part_end = parts[-1]
    as_said = _AS_SAID.match(segment, part_start, part_end)
    if as_said:  # "như một hiệu trưởng chia sẻ, ...", "Theo như ông A nói, ..."
        part_start = as_said.end()
    candidate = segment[part_start:part_end]
    last = analyse_mention(candidate)
    weak = (
        last is None
        or last.name is None
        or (last.title is not None and last.honorific is None and " " not in last.name)
    )
    if weak:
        # appositives after a name: "ông A, Phó Chủ tịch UBND huyện B, nói",
        # "Bà C, 62 tuổi, ở xã D, cho biết", "Chị E, công nhân may, kể"
        for back in range(2, min(4, len(parts)) + 1):
            previous_start, previous_end = parts[-back]
            between = parts[-back + 1 :]
            if any(len(_words(segment[a:b])) > 14 for a, b in between):
                break
            analysed = analyse_mention(segment[previous_start:previous_end])
            if analysed is not None and (
                analysed.name is not None or (last is None and analysed.group is not None)
            ):
                part_start = previous_start
                candidate = segment[part_start:part_end]
                break
    candidate_words = list(_WORD.finditer(candidate))
    # the subject ends at the first aspect marker: "đại diện X đã tham gia ... và khẳng định"
    for index, match in enumerate(candidate_words):
        if index and match.group() in _SUBJECT_END_MARKERS:
            shorter = candidate[: match.start()].rstrip()
            if analyse_mention(shorter) is not None:
                candidate = shorter
                break
    stripped = candidate.strip(" ,:;-–—\t")
    if not stripped or analyse_mention(stripped) is None:
        return None
    offset = clause_start + part_start + candidate.index(stripped)
    return offset, offset + len(stripped)


def _split_clause_parts(segment: str, end: int) -> list[tuple[int, int]]:
    """Comma/dash-separated parts of ``segment[:end]`` outside parentheses."""
    parts: list[tuple[int, int]] = []
    depth = 0
    start = 0
    index = 0
    while index < end:
        char = segment[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (
            char in ",;…"
            or (char == "." and segment[index + 1 : index + 2] in (" ", "."))
            or (
                char in "-–—"
                and index > 0
                and segment[index - 1] == " "
                and segment[index + 1 : index + 2] == " "
            )
        ):
            if segment[start:index].strip():
                parts.append((start, index))
            start = index + 1
        index += 1
    if segment[start:end].strip():
        parts.append((start, end))
    return parts


_HEARSAY = re.compile(r"\s*lời(?:\s+(?:kể|khai|tường thuật|chia sẻ))?(?:\s+của)?\s+", re.IGNORECASE)


def source_after_theo(text: str, start: int, limit: int) -> tuple[int, int, int] | None:
    """For ``Theo <source>, <content>`` starting at ``start`` (just after ``Theo``):
    ``(source_start, source_end, content_start)``, or None if the source is not a
    speaker (``Theo thống kê``, ``theo đó``) or there is no comma.

    >>> s = "Theo ông Tùng, sự kiện rất quan trọng."
    >>> a, b, c = source_after_theo(s, 4, len(s))
    >>> s[a:b], s[c:]
    ('ông Tùng', 'sự kiện rất quan trọng.')
    """
    window = text[start:limit]
    comma = _top_level_comma(window, 0)
    if comma < 0:
        return None
    source = window[:comma]
    # "Theo lời ông A", "Theo lời kể của anh B"
    hearsay = _HEARSAY.match(source)
    if hearsay and hearsay.end() < len(source):
        source = source[hearsay.end() :]
    lower = _lower_words(source)
    if not lower or len(lower) > 16:
        return None
    if _starts_with_phrase(lower, frozenset(load_lines("quotes/theo_traps.txt")), 3):
        return None
    if analyse_mention(source) is None:
        return None
    content_start = comma + 1
    # an appositive title: "Theo Thiếu tướng A, Cục trưởng Cục B, <content>"
    rest = window[content_start:].lstrip()
    if _title_prefix(rest):
        next_comma = _top_level_comma(window, content_start)
        if 0 <= next_comma - content_start <= 160:
            content_start = next_comma + 1
    while content_start < len(window) and window[content_start] == " ":
        content_start += 1
    source_stripped = source.strip()
    source_offset = start + window.index(source_stripped)
    return source_offset, source_offset + len(source_stripped), start + content_start


def _top_level_comma(window: str, start: int) -> int:
    depth = 0
    for index in range(start, len(window)):
        char = window[index]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            return index
        elif char in ".!?\n":
            return -1
    return -1


# ---------------------------------------------------------------------------
# Article-level identity table


@dataclass(slots=True)
class _Person:
    name: str
    titles: list[str]
    positions: list[int]
    gender: str = "-"


_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x2000)) if c.isupper()}))
_UPPER_CLASS = "[" + re.escape(_UPPER) + "]"
# a run of capitalised words joined by single spaces (linear: each step needs " " + capital)
_CAPITALISED_RUN = re.compile(
    r"(?<![\w'’-])" + _UPPER_CLASS + r"[\w'’-]*(?: " + _UPPER_CLASS + r"[\w'’-]*)*"
)


def _person_table(text: str) -> dict[str, _Person]:
    """People the article names with a title, an honorific or an appositive title."""
    people: dict[str, _Person] = {}
    lex = lexicons()
    for run in _CAPITALISED_RUN.finditer(text):
        if " " not in run.group():
            continue  # the table keeps full names only
        run_words = _NAME_WORD.findall(run.group())
        if not run_words:
            continue
        run_start, run_end = run.start(), run.end()
        candidate = personal_name(run_words, after_title=True)
        if candidate is None or " " not in candidate:
            continue  # the table keeps full names only
        window_start = max(0, run_start - 90)
        before = text[window_start:run_start]
        previous = _WORD.findall(before[-20:])
        if previous and previous[-1] in _PLACE_WORDS and before.endswith(previous[-1] + " "):
            # "Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức": a name after the place name
            inside = _name_after_place(run_words)
            if inside is None:
                continue
            run_start = text.rfind(inside, run_start, run_end)
            run_words = inside.split()
            window_start = max(0, run_start - 90)
            before = text[window_start:run_start]
        title_start, honorific = _title_before(before)
        has_title = title_start is not None
        # the run may itself start with a capitalised title ("TS", "GS", "Tướng")
        if not has_title and honorific is None and _title_prefix(run.group()):
            has_title, title_start = True, run_start - window_start
        if run_words[0].casefold() in lex.honorifics and len(run_words) > 1:
            honorific = run_words[0].casefold()
        name = personal_name(run_words, after_title=has_title or honorific is not None)
        if name is None or len(name.split()) < 2:
            continue
        if (
            not has_title
            and honorific is None
            and (len(name.split()) < 3 or not all(is_vietnamese_syllable(w) for w in name.split()))
        ):
            continue
        name_start = text.rfind(name, run_start, run_end)
        if name_start < 0:
            continue
        title: str | None = None
        if title_start is not None:
            title = " ".join(text[window_start + title_start : name_start].strip(" ,").split())
            title = title or None
        if title is None:
            title = _appositive_title_after(text, run_end)
        person = people.get(name)
        if person is None:
            person = people[name] = _Person(name, [], [])
        person.positions.append(name_start)
        if title and title not in person.titles:
            person.titles.append(title)
        if honorific is not None and lex.honorifics.get(honorific, "-") != "-":
            person.gender = lex.honorifics[honorific]
    if people:
        _add_short_mentions(text, people)
    for person in people.values():
        if person.gender == "-":
            person.gender = _gender_of_name(person.name)
    return people


# "bà Hoa", "anh Tuấn", "cụ Lây": an honorific and the given name of someone named in full
_SHORT_MENTION = re.compile(
    r"(?<![\w'’-])(?i:(ông|bà|anh|chị|cô|chú|cụ|thầy|cháu|em|bác))\s+("
    + _UPPER_CLASS
    + r"[\w'’-]*(?: "
    + _UPPER_CLASS
    + r"[\w'’-]*)?)(?![\w'’-])"
)
# a Vietnamese middle name that tells the gender: Nguyễn Thị Hà, Hoàng Văn Cường
_GENDERED_MIDDLE_NAMES = {"thị": "f", "văn": "m"}


def _gender_of_name(name: str) -> str:
    words = name.casefold().split()
    if len(words) >= 3:
        return _GENDERED_MIDDLE_NAMES.get(words[1], "-")
    return "-"


def _add_short_mentions(text: str, people: dict[str, _Person]) -> None:
    """Record where a person named in full is mentioned again by honorific and given name
    ("Bà Lê Thị Hoa ... Dù vui, bà Hoa vẫn lo"), and the gender that honorific tells."""
    lex = lexicons()
    by_tail: dict[str, list[_Person]] = {}
    for person in people.values():
        words = person.name.split()
        for size in (1, 2):
            if len(words) > size:
                by_tail.setdefault(" ".join(words[-size:]), []).append(person)
    added: dict[str, list[int]] = {}
    for match in _SHORT_MENTION.finditer(text):
        holders = by_tail.get(match.group(2))
        if not holders:
            continue
        position = match.start(2)
        preceding = [p for p in holders if p.positions and p.positions[0] < position]
        if not preceding:
            continue
        person = _nearest(preceding, position)
        added.setdefault(person.name, []).append(position)
        gender = lex.honorifics.get(match.group(1).casefold(), "-")
        if gender != "-" and person.gender == "-":
            person.gender = gender
    for name, positions in added.items():
        person = people[name]
        person.positions = sorted(set(person.positions).union(positions))


def _title_before(before: str) -> tuple[int | None, str | None]:
    """(offset of a title, honorific) that ``before`` (text right before a name) ends with."""
    lex = lexicons()
    stripped = before.rstrip()
    if not before or len(stripped) == len(before):
        return None, None  # no space between: part of a longer word
    lower_words = _lower_words(stripped)
    if not lower_words:
        return None, None
    if lower_words[-1] in lex.honorifics and stripped[-1].isalnum():
        return None, lower_words[-1]
    # a title possibly followed by organisation words: "Thứ trưởng Ngoại giao",
    # "Thứ trưởng Bộ Công an", "Tổng thư ký Liên Hiệp Quốc"; the earliest valid start wins
    first_words = lex.title_first_words
    starts = [
        match.start()
        for match in list(_WORD.finditer(stripped))[-14:]
        if match.group().casefold() in first_words
    ]
    for position in starts:
        if position and stripped[position - 1].isalnum():
            continue
        title_length = _title_prefix(stripped[position:])
        if not title_length:
            continue
        tail = _ACRONYM.sub("", stripped[position + title_length :])
        if (
            (not tail or not tail[0].isalnum())
            and len(_words(tail)) <= 8
            and not re.search(r"[,.;:!?()\"“”\n]", tail)
            and (not tail.strip() or tail.strip()[0].isupper())
            and not _TITLE_TAIL_BREAKS.intersection(_lower_words(tail))
            and _first_name_run(tail) is None
        ):
            return position, None
        # a title with its field in lower case: "ThS. tâm lý Vũ Thu Trang", "chuyên gia
        # kinh tế Lê Hoàng", "luật sư hình sự Trần Đức"
        tail_words = tail.split()
        if (
            stripped[position:].split()[0].casefold().split(".")[0] in _FIELD_TITLES
            and 1 <= len(tail_words) <= 3
            and all(word.isalpha() and word.islower() for word in tail_words)
            and not _TITLE_TAIL_BREAKS.intersection(tail_words)
            and not _FUNCTION_WORDS.intersection(tail_words)
        ):
            return position, None
    return None, None


def _appositive_title_after(text: str, end: int) -> str | None:
    """A title right after a name: ``A, Cục trưởng Cục B,`` or ``A (Chủ tịch xã B)``."""
    window = text[end : end + 160]
    match = re.match(r"\s*(?:,|\(|\s[-–—])\s*", window)
    if not match:
        return None
    rest = window[match.end() :]
    if not _title_prefix(rest):
        return None
    stop = re.search(r"[,)\n.;]|\s[-–—]\s", rest)
    title = rest[: stop.start()] if stop else rest
    return title.strip() or None


# ---------------------------------------------------------------------------
# Attribution


@dataclass(frozen=True, slots=True)
class _Resolved:
    name: str
    title: str | None
    gender: str
    person: bool


def _clause_start(text: str, position: int, sentence_starts: Sequence[int]) -> int:
    """Start of the clause holding ``position``: the sentence start, but not before
    a closing quotation mark or the paragraph start."""
    index = bisect.bisect_right(sentence_starts, position) - 1
    start = sentence_starts[index] if index >= 0 else 0
    line_start = text.rfind("\n", 0, position) + 1
    start = max(start, line_start)
    for mark in '”»"':
        found = text.rfind(mark, start, position)
        if found >= 0:
            start = max(start, found + 1)
    return start


def _sentence_starts(text: str, sentences: Sequence[Span] | None) -> list[int]:
    if sentences is None:
        from viscrape.sentences import segment_sentences

        sentences = segment_sentences(text)
    return sorted({0, *(span.start for span in sentences)})


def _mention_for(text: str, quote: Quote, sentence_starts: Sequence[int]) -> tuple[int, int] | None:
    cue = quote.cue_span
    if cue is None:
        return None
    if cue.text.casefold() == "theo":
        if cue.start >= quote.end:  # "<content>, theo <source>."
            window = text[cue.end : cue.end + 200]
            stop = re.search(r"[.;:!?\n]|,\s", window)
            phrase = window[: stop.start()] if stop else window
            stripped = phrase.strip()
            if not stripped:
                return None
            offset = cue.end + phrase.index(stripped)
            return offset, offset + len(stripped)
        found = source_after_theo(text, cue.end, min(len(text), cue.end + 400))
        if found is not None:
            return found[0], found[1]
        return None
    clause_start = _clause_start(text, cue.start, sentence_starts)
    if cue.start > quote.end:
        # attribution after the quote: after its closing mark and a dash or comma
        clause_start = max(clause_start, quote.end)
        while clause_start < cue.start and text[clause_start] in "”»\"'’,.!?…:;-–— \t":
            clause_start += 1
    subject = subject_before(text, clause_start, cue.start)
    if subject is not None:
        return subject
    # inverted order: '"...", nói ông Hải.'; a noun cue: 'Đó là chia sẻ của ông Hải.'
    after = text[cue.end : cue.end + 80]
    stop = re.search(r"[.,;:!?\n\"“”]", after)
    phrase = after[: stop.start()] if stop else after
    possessive = re.match(r"\s*của\s+", phrase)
    if possessive:
        phrase = " " * possessive.end() + phrase[possessive.end() :]
    analysed = analyse_mention(phrase)
    if analysed is not None and (analysed.name or analysed.honorific):
        stripped = phrase.strip()
        offset = cue.end + phrase.index(stripped)
        return offset, offset + len(stripped)
    return None


def _interview_label(text: str, quote: Quote) -> tuple[int, int] | None:
    """An answer label such as ``Ông Quang:`` between the line start and the answer."""
    line_start = text.rfind("\n", 0, quote.start) + 1
    prefix = text[line_start : quote.start]
    match = re.match(r"\s*(?:[-–—]\s*)?(.+?)\s*:\s*$", prefix)
    if not match:
        return None
    if analyse_mention(match.group(1)) is None:
        return None
    return line_start + match.start(1), line_start + match.end(1)


def _interviewee(text: str, first_answer: int, people: dict[str, _Person]) -> _Resolved | None:
    """The person the interview's lead names (who 'trả lời phỏng vấn', or the last named)."""
    lead_end = first_answer
    candidates = [
        (position, person)
        for person in people.values()
        for position in person.positions
        if position < lead_end
    ]
    if not candidates:
        return None
    lead = text[:lead_end].casefold()
    for marker in ("trả lời phỏng vấn", "phỏng vấn", "trao đổi với", "chia sẻ với", "trò chuyện"):
        marker_at = lead.rfind(marker)
        if marker_at >= 0:
            before_marker = [item for item in candidates if item[0] < marker_at]
            if before_marker:
                person = max(before_marker, key=lambda item: item[0])[1]
                return _Resolved(person.name, _best_title(person), person.gender, True)
    person = max(candidates, key=lambda item: item[0])[1]
    return _Resolved(person.name, _best_title(person), person.gender, True)


def _best_title(person: _Person) -> str | None:
    return person.titles[0] if person.titles else None


def _resolve(
    mention: Mention,
    position: int,
    people: dict[str, _Person],
    previous: Sequence[tuple[int, _Resolved]],
) -> _Resolved | None:
    lex = lexicons()
    if mention.name is not None:
        name = mention.name
        candidates = [person for person in people.values() if _name_matches(person.name, name)]
        if not candidates and " " not in name:
            # East Asian order or a foreign surname first: "ông Kim" is Kim Sang-sik
            candidates = [p for p in people.values() if name in p.name.split()]
        if candidates:
            person = _nearest(candidates, position)
            title = mention.title or _best_title(person)
            gender = lex.honorifics.get(mention.honorific or "", "-")
            return _Resolved(person.name, title, gender if gender != "-" else person.gender, True)
        gender = lex.honorifics.get(mention.honorific or "", "-")
        return _Resolved(name, mention.title, gender, True)
    if mention.roles:
        # "nhà cầm quân", "nam diễn viên": the nearest preceding holder of the role
        preceding = [p for p in people.values() if p.positions[0] < position]
        for role in mention.roles:  # the most specific role first
            holders = [
                person
                for person in preceding
                if any(_title_matches(held.casefold(), role) for held in person.titles)
            ]
            if holders:
                person = _nearest(holders, position)
                return _Resolved(person.name, _best_title(person), person.gender, True)
        if mention.pronoun is None:
            text = mention.text
            return _Resolved(text[:1].lower() + text[1:], None, "-", True)
    if mention.pronoun is not None:
        if mention.pronoun != "-":
            # "Chị Nguyễn Thị Mai có con nhập viện. Chị kể ...": a person of that gender
            # named since the last attributed quote comes before earlier speakers
            since = previous[-1][0] if previous else -1
            introduced = [
                person
                for person in people.values()
                if person.gender == mention.pronoun
                and _mentioned_between(person, since, position)
            ]
            if introduced:
                person = _nearest(introduced, position)
                return _Resolved(person.name, _best_title(person), person.gender, True)
        for _, resolved in reversed(previous[-20:]):
            if resolved.person and (
                mention.pronoun == "-" or resolved.gender in ("-", mention.pronoun)
            ):
                return resolved
        persons = [
            p for p in people.values() if mention.pronoun in ("-", p.gender) or p.gender == "-"
        ]
        preceding = [p for p in persons if p.positions[0] < position]
        if preceding:
            person = _nearest(preceding, position)
            return _Resolved(person.name, _best_title(person), person.gender, True)
        return None
    if mention.title is not None:
        title = mention.title.casefold()
        holders = [
            person
            for person in people.values()
            if any(_title_matches(held.casefold(), title) for held in person.titles)
        ]
        if holders:
            person = _nearest(holders, position)
            return _Resolved(person.name, mention.title, person.gender, True)
        if title in _ACCUSED_TITLES:
            # "bị can khai ...": police and court reports name the accused once, bare
            # ("Lầu Bá Chò (SN 1985) ..."), then call them by the role alone
            bare = [p for p in people.values() if p.positions[0] < position and not p.titles]
            if bare:
                person = _nearest(bare, position)
                return _Resolved(person.name, mention.title, person.gender, True)
        return _Resolved(mention.title, mention.title, "-", False)
    if mention.group is not None:
        group = mention.group
        words = group.split()
        if len(words) <= 2 and all(_is_capitalised(word) for word in words):
            # a given name alone, as court and sports reports write it: "Hưng", "Văn Trường"
            named = [person for person in people.values() if _name_matches(person.name, group)]
            if named:
                person = _nearest(named, position)
                return _Resolved(person.name, _best_title(person), person.gender, True)
        if words and words[0].casefold() in _QUANTIFIERS | {"đại", "lãnh", "người", "phía", "giới"}:
            first = words[0]
            if first[:1].isupper() and first[1:].islower():
                group = first[:1].lower() + group[1:]
        # one unnamed person ("một công nhân", "đại diện công ty") can be "vị này" later
        single = bool(words) and words[0].casefold() in {"một", "đại", "lãnh"}
        return _Resolved(group, None, "-", single)
    return None


def _name_matches(full: str, short: str) -> bool:
    if full == short:
        return True
    return full.endswith(" " + short)


def _title_matches(held: str, wanted: str) -> bool:
    """``Tổng thư ký`` matches ``Tổng thư ký Liên Hiệp Quốc`` (either way round),
    but ``Thủ tướng`` does not match ``Phó Thủ tướng``."""
    held_parts = [part.strip() for part in held.split(",")]
    return any(part.startswith(wanted) or wanted.startswith(part) for part in held_parts if part)


def _mentioned_between(person: _Person, low: int, high: int) -> bool:
    """Is ``person`` mentioned strictly between ``low`` and ``high``? (sorted positions)"""
    index = bisect.bisect_right(person.positions, low)
    return index < len(person.positions) and person.positions[index] < high


def _nearest(people: Sequence[_Person], position: int) -> _Person:
    """The person mentioned last before ``position`` (else first after); fuller names win ties."""

    def key(person: _Person) -> tuple[int, int, int]:
        index = bisect.bisect_right(person.positions, position)  # positions are sorted
        if index:
            return (1, person.positions[index - 1], len(person.name))
        return (0, -person.positions[0], len(person.name))

    return max(people, key=key)


def attribute_speakers(
    text: str, quotes: Sequence[Quote], *, sentences: Sequence[Span] | None = None
) -> list[Quote]:
    """Fill in the speaker of each quote, resolved to one identity per article.

    ``quotes`` are usually the output of :func:`viscrape.segment_quotes` on the same
    ``text``. Quotes whose speaker cannot be found keep ``speaker=None`` and a lower
    confidence. ``sentences`` may pass the spans of :func:`viscrape.segment_sentences`
    for ``text`` when already computed.

    >>> from viscrape import segment_quotes
    >>> text = ("Thiếu tướng Lê Xuân Minh chủ trì họp báo. Thứ trưởng Nguyễn Minh Vũ "
    ...         "cũng tham dự.\\n\\n\\"Không quốc gia nào bị bỏ lại phía sau\\", ông Minh nói.")
    >>> quotes = attribute_speakers(text, segment_quotes(text))
    >>> [(q.speaker.mention, q.speaker.name) for q in quotes]
    [('ông Minh', 'Lê Xuân Minh')]
    """
    require_str(text, "text")
    given: object = quotes
    if isinstance(given, (str, bytes)) or not all(isinstance(q, Quote) for q in quotes):
        raise TypeError("quotes must be a sequence of Quote")
    ordered = sorted(quotes, key=lambda quote: (quote.start, quote.end))
    if not ordered:
        return []
    original = text
    text = mask_abbreviation_dots(text)  # "TS. Tùng nói": the dot ends no clause
    if sentences is not None and text is not original:
        sentences = merge_masked_sentences(original, text, sentences)
    people = _person_table(text)
    sentence_starts = _sentence_starts(text, sentences)
    interview_start = next((q.start for q in ordered if q.kind == "interview"), None)
    interviewee = (
        _interviewee(text, interview_start, people) if interview_start is not None else None
    )
    previous: list[tuple[int, _Resolved]] = []
    starts = [quote.start for quote in ordered]
    resolved_quotes: list[Quote] = []
    pending: list[int] = []  # quotes with no mention, resolved from neighbours afterwards
    results: list[tuple[Speaker | None, _Resolved | None]] = []
    for quote in ordered:
        span: tuple[int, int] | None
        if quote.kind == "interview":
            span = _interview_label(text, quote)
        else:
            span = _mention_for(text, quote, sentence_starts)
            if span is not None and _overlaps_other(ordered, starts, quote, span):
                span = None  # runs over another quote: a coordinated cue, same speaker as before
        resolved: _Resolved | None = None
        speaker: Speaker | None = None
        if span is not None:
            mention_text = text[span[0] : span[1]]
            mention = analyse_mention(mention_text)
            if mention is not None:
                resolved = _resolve(mention, span[0], people, previous)
            if resolved is not None:
                speaker = Speaker(
                    original[span[0] : span[1]], span[0], span[1], resolved.name, resolved.title
                )
        if resolved is None and quote.kind == "interview" and interviewee is not None:
            resolved = interviewee
            speaker = Speaker(None, None, None, resolved.name, resolved.title)
        if resolved is not None:
            previous.append((quote.start, resolved))
        else:
            pending.append(len(results))
        results.append((speaker, resolved))
    # quotes known only from context: take the speaker of the quote they continue
    # (the next one when it shares the cue, as in multi-paragraph quotations)
    by_cue = {
        quote.cue_span: resolved
        for quote, (_, resolved) in zip(ordered, results, strict=True)
        if resolved is not None and quote.cue_span is not None
    }
    last_resolved = -1
    pending_set = set(pending)
    mentions = sorted(
        ((position, person) for person in people.values() for position in person.positions),
        key=lambda item: item[0],
    )
    for index in range(len(ordered)):
        if index not in pending_set:
            last_resolved = index
            continue
        quote = ordered[index]
        neighbour = by_cue.get(quote.cue_span) if quote.cue_span is not None else None
        if neighbour is None and quote.kind == "direct":
            # a person introduced since the last attributed quote: '... Bà C, 45 tuổi,
            # đã làm nghề 20 năm.' then a paragraph of quotation
            since = ordered[last_resolved].end if last_resolved >= 0 else 0
            neighbour = _introduced_person(text, mentions, since, quote.start)
        if neighbour is None and last_resolved >= 0:
            neighbour = _context_speaker(
                text, ordered[last_resolved], results[last_resolved][1], quote
            )
        if neighbour is not None:
            results[index] = (
                Speaker(None, None, None, neighbour.name, neighbour.title),
                neighbour,
            )
    for quote, (speaker, _) in zip(ordered, results, strict=True):
        confidence = quote.confidence
        if speaker is None:
            confidence = min(confidence, 0.3)
        elif speaker.start is None:
            confidence = min(confidence, 0.6)
        resolved_quotes.append(replace(quote, speaker=speaker, confidence=round(confidence, 3)))
    return resolved_quotes


def _introduced_person(
    text: str, mentions: Sequence[tuple[int, _Person]], since: int, before: int
) -> _Resolved | None:
    """The last person named in ``text[since:before]``, at most two paragraphs back."""
    floor = before
    for _ in range(3):  # the quote's own paragraph and the two before it
        floor = text.rfind("\n\n", 0, max(0, floor - 1))
        if floor < 0:
            floor = 0
            break
    low = max(since, floor)
    index = bisect.bisect_left(mentions, before, key=lambda item: item[0]) - 1
    if index >= 0 and mentions[index][0] >= low:
        person = mentions[index][1]
        return _Resolved(person.name, _best_title(person), person.gender, True)
    return None


def _context_speaker(
    text: str, earlier: Quote, resolved: _Resolved | None, quote: Quote
) -> _Resolved | None:
    """The speaker of the nearest earlier resolved quote, if at most two paragraphs back."""
    if resolved is None:
        return None
    gap = text[earlier.end : quote.start] if quote.start - earlier.end < 5000 else "\n" * 9
    if gap.count("\n") <= 4:
        return resolved
    return None


def _overlaps_other(
    ordered: Sequence[Quote], starts: Sequence[int], quote: Quote, span: tuple[int, int]
) -> bool:
    """Does ``span`` overlap a quote other than ``quote``? (quotes sorted by start)"""
    index = bisect.bisect_left(starts, span[1]) - 1
    while index >= 0:
        other = ordered[index]
        if other is not quote and other.end > span[0] and other.start < span[1]:
            return True
        if other.start < span[0] - 2000:
            break
        index -= 1
    return False
