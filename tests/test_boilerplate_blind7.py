# ruff: noqa: E501
"""Focused tests of the rules generalised from the seventh blind batch (BLIND7), each on
sentences that are not in the batch, with guard cases that must not fire."""

from __future__ import annotations

import pytest

from viscrape import _boilerplate_rules as rules_
from viscrape import strip_boilerplate

from test_boilerplate import BODY, BODY_2, LEAD, TITLE, article, block_for


# --- page chrome above the headline -------------------------------------------------------

@pytest.mark.parametrize("head", [
    ("Huế 19°C  Mưa nhẹ",),  # a weather box
    ("Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Liên hệ",),  # a menu with " | "
    ("Thời sự  Chính trị  Văn hóa - Giải trí  Pháp luật  Bạn đọc",),  # "A - B" menu items
    ("THỜI BÁO KINH TẾ SÀI GÒN",),  # a masthead in capitals
    ("Cổng thông tin điện tử tỉnh Lâm Đồng",),
    ("twitter:title = " + TITLE,),  # a leaked meta tag
    ("Báo Mới > Xã hội > " + TITLE,),  # a breadcrumb ending in the headline
])
def test_head_chrome_is_not_the_title(head: tuple[str, ...]) -> None:
    cleaned = strip_boilerplate(article(head=head))
    assert block_for(cleaned, head[0]).label == "boilerplate"
    assert cleaned.metadata.title == TITLE


@pytest.mark.parametrize("title", [
    "NHỮNG NGƯỜI GIỮ RỪNG Ở TÂY NGUYÊN ĐANG GẶP KHÓ",  # a headline in capitals, alone
    "Giá vàng hôm nay | Vàng nhẫn tăng mạnh",  # one bar: not a menu
])
def test_headlines_that_look_like_chrome_stay_the_title(title: str) -> None:
    cleaned = strip_boilerplate("\n\n".join([title, LEAD, BODY, BODY_2]))
    assert cleaned.metadata.title == title


def test_weather_guard() -> None:
    assert rules_.is_weather_widget("Hà Nội 31°C")
    assert not rules_.is_weather_widget("Nhiệt độ cao nhất ở Hà Nội hôm nay lên tới 39°C, kỷ lục trong tháng.")


# --- icons, image file names, alt text --------------------------------------------------

@pytest.mark.parametrize("line", ["icon-zalo", "btn_share", "fa-print", "og:description: Giá xăng giảm", "og:image = https://x.vn/a.jpg"])
def test_icon_labels_and_meta_leaks_are_markup(line: str) -> None:
    assert rules_.is_markup(line)


@pytest.mark.parametrize("line", ["iPhone 17 ra mắt", "COVID-19", "Olympic 2028", "icon của làng nhạc"])
def test_markup_guards(line: str) -> None:
    assert not rules_.is_markup(line)


def test_image_file_name_and_its_alt_text_are_dropped() -> None:
    alt = "Cánh đồng lúa chín ở Mù Cang Chải"
    cleaned = strip_boilerplate(article("lua-chin-mu-cang-chai-2025.webp", alt, "Mùa lúa chín năm nay đến sớm hơn mọi năm. Ảnh: Thành Đạt"))
    assert block_for(cleaned, "lua-chin-mu-cang-chai-2025.webp").label == "boilerplate"
    assert block_for(cleaned, alt).label == "boilerplate"


def test_a_heading_after_an_ordinary_paragraph_is_not_alt_text() -> None:
    heading = "Cánh đồng lúa chín ở Mù Cang Chải"
    cleaned = strip_boilerplate(article(heading, "Nông dân bắt đầu thu hoạch từ giữa tháng 9, sớm hơn năm ngoái hai tuần."))
    assert block_for(cleaned, heading).label == "heading"


def test_url_lines() -> None:
    assert rules_.is_url_or_slug("Link: https://baomoi.vn/bai-viet-123.epi")
    assert rules_.is_image_file("anh-1.JPG")
    assert not rules_.is_url_or_slug("Link bài viết được chia sẻ rộng rãi trên mạng xã hội")


# --- a table of contents ----------------------------------------------------------------

def test_table_of_contents_entries_are_dropped_and_the_headings_kept() -> None:
    text = "\n".join([
        TITLE, LEAD, "Mục lục", "Mùa nước về muộn", "Nông dân xuống giống sớm",
        "Mùa nước về muộn", BODY, "Nông dân xuống giống sớm", BODY_2,
    ])
    cleaned = strip_boilerplate(text)
    labels = [block.label for block in cleaned.blocks]
    assert labels == ["title", "body", "boilerplate", "boilerplate", "boilerplate", "heading", "body", "heading", "body"]


def test_a_toc_header_without_repeated_entries_drops_only_itself() -> None:
    heading = "Nông dân xuống giống sớm"
    cleaned = strip_boilerplate("\n".join([TITLE, LEAD, "Nội dung chính", heading, BODY, BODY_2]))
    assert block_for(cleaned, heading).label == "heading"


def test_table_rows_are_not_a_related_list() -> None:
    rows = ["Tỉnh | Diện tích gieo trồng | Sản lượng dự kiến", "Đồng Tháp | 210.000 ha | 1,3 triệu tấn", "An Giang | 230.000 ha | 1,4 triệu tấn"]
    cleaned = strip_boilerplate(article(*rows))
    assert all(block_for(cleaned, row).label == "body" for row in rows)


# --- dates, source tags, bylines ----------------------------------------------------------

@pytest.mark.parametrize(("line", "iso"), [
    ("Tue, 02 Dec 2025 21:05:00 +0700", "2025-12-02"),
    ("Sat, 7 Jun 2014 08:00:00 GMT", "2014-06-07"),
])
def test_rss_dates(line: str, iso: str) -> None:
    assert rules_.is_timestamp(line)
    assert rules_.first_full_date(line) == iso


@pytest.mark.parametrize("line", ["VN-Index giảm 12 điểm", "COVID-19 quay trở lại", "ASEAN-Nhật Bản ký thỏa thuận"])
def test_hyphenated_words_are_not_source_tags(line: str) -> None:
    assert rules_.source_tag(line, bare_allowed=True) is None


def test_spaced_source_tag_still_found() -> None:
    assert rules_.source_tag("HNM - Sáng nay, Hà Nội", bare_allowed=True) == (6, "HNM")


@pytest.mark.parametrize(("line", "author"), [
    ("Tác giả: Hoàng Nam - Sở Văn hóa và Thể thao", "Hoàng Nam"),
    ("Thu Hiền, Trung tâm Văn hóa tỉnh", "Thu Hiền"),
    ("GS.TS. TRẦN VĂN AN", "TRẦN VĂN AN"),
    ("Minh Nhật & Hoàng Lê", "Minh Nhật & Hoàng Lê"),  # two writers with full names
])
def test_bylines_with_offices_and_titles(line: str, author: str) -> None:
    parts = rules_.byline(line)
    assert parts is not None and parts[0] == author


@pytest.mark.parametrize("line", ["Nhà & Đất", "Xe & Xe"])
def test_sections_with_ampersand_are_not_bylines(line: str) -> None:
    assert rules_.byline(line) is None


def test_affiliation_line_under_the_author() -> None:
    assert rules_.is_affiliation("Trường Đại học Kinh tế Quốc dân")
    assert not rules_.is_affiliation("Trường học vắng vẻ sau đợt nghỉ dịch")
    assert not rules_.is_affiliation("Sở Y tế cho biết đã cấp phép cho 12 bệnh viện.")


@pytest.mark.parametrize(("line", "iso"), [
    ("3 September 2024", "2024-09-03"),
    ("Đăng ngày 12 Dec. 2025", "2025-12-12"),
    ("1 tháng 12, năm 2025", "2025-12-01"),
])
def test_full_dates_with_month_names(line: str, iso: str) -> None:
    assert rules_.first_full_date(line) == iso


def test_relative_time_with_a_section_name_is_a_timestamp() -> None:
    assert rules_.is_timestamp("Sao Việt, 2 giờ trước")
    assert not rules_.is_timestamp("Ông về hưu cách đây 2 năm trước")


def test_reader_signature_shapes() -> None:
    assert rules_.is_signature("Trần Văn Nam (Thái Bình)")
    assert rules_.is_signature("Lê Thị Hoa  (Hà Nội, Việt Nam)")
    assert not rules_.is_signature("Nam (Thái Bình)")  # one word is no full name
    assert not rules_.is_signature("Nguyễn Văn Một Hai Ba Bốn Năm Sáu Bảy Tám (Hà Nội)")
