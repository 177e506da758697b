# ruff: noqa: E501
"""Focused tests of the rules generalised from the sixth blind batch (BLIND6), each on
sentences that are not in the batch, with guard cases that must not fire."""

from __future__ import annotations

import pytest

from viscrape import _boilerplate_rules as rules_
from viscrape import strip_boilerplate

from test_boilerplate import BODY, BODY_2, BODY_3, LEAD, TITLE, article, block_for


# --- a timestamp glued to the headline -------------------------------------------------

@pytest.mark.parametrize(("line", "rest", "iso"), [
    ("Chủ nhật, 07/12/2025, 20:40Đà Lạt đón đợt rét đậm đầu mùa", "Đà Lạt", "2025-12-07"),
    ("15:02 03/01/2026 Hải Phòng mở thêm tuyến buýt ra Cát Bà", "Hải Phòng", "2026-01-03"),
    ("Thứ tư, 4/2/2026 Giá cà phê lập kỷ lục mới", "Giá cà phê", "2026-02-04"),
])
def test_timestamp_glued_to_headline_is_cut(line: str, rest: str, iso: str) -> None:
    cleaned = strip_boilerplate("\n\n".join([line, LEAD, BODY, BODY_2]))
    title = cleaned.blocks[0]
    assert title.label == "title"
    assert line[title.content_start - title.start:].startswith(rest)
    assert cleaned.metadata.title is not None and cleaned.metadata.title.startswith(rest)
    assert cleaned.metadata.date == iso


@pytest.mark.parametrize("line", [
    "Ngày 1/12/2025, Quốc hội biểu quyết thông qua luật sửa đổi.",  # a dateline: no time, no weekday
    "12/2025 là tháng cao điểm của mùa du lịch biển",  # not a full date
    "Thứ Hai, 01/12/2025, 09:15",  # a stamp alone: the timestamp rule, nothing glued
])
def test_timestamp_prefix_guards(line: str) -> None:
    assert rules_.timestamp_prefix(line) is None


# --- a lead without its final period ----------------------------------------------------

def test_lead_without_period_under_the_title_is_body() -> None:
    lead = "Sau ba năm thi công, tuyến metro số 2 đã hoàn thành 60% khối lượng và dự kiến chạy thử vào cuối năm sau"
    cleaned = strip_boilerplate("\n\n".join([TITLE, lead, BODY, BODY_2]))
    assert block_for(cleaned, lead).label == "body"


def test_a_short_sub_heading_under_the_title_is_not_a_lead() -> None:
    heading = "Nước về chậm hơn mọi năm"
    cleaned = strip_boilerplate("\n\n".join([TITLE, LEAD, heading, BODY, BODY_2]))
    assert block_for(cleaned, heading).label == "heading"


# --- menus, mastheads, the writer above the date -----------------------------------------

def test_flattened_menu_bar_is_not_the_title() -> None:
    menu = "Trang nhất  Thời sự  Quốc tế  Kinh doanh  Xe  Nhà đất  Ẩm thực  Làm đẹp  Sống khỏe  Cộng đồng"
    cleaned = strip_boilerplate(article(head=(menu,)))
    assert block_for(cleaned, menu).label == "boilerplate"
    assert cleaned.metadata.title == TITLE


@pytest.mark.parametrize("masthead", ["Báo Thanh Hóa", "Tạp chí Kinh tế Sài Gòn", "Cổng thông tin Điện tử Quảng Ninh"])
def test_masthead_above_the_headline(masthead: str) -> None:
    cleaned = strip_boilerplate(article(head=(masthead,)))
    assert block_for(cleaned, masthead).label == "boilerplate"
    assert cleaned.metadata.title == TITLE


def test_masthead_guard() -> None:
    assert not rules_.is_outlet_name("Báo cáo tài chính quý 3 của Vinamilk")
    assert not rules_.is_outlet_name("Báo động đỏ về ô nhiễm")


def test_writer_name_above_the_date() -> None:
    cleaned = strip_boilerplate(article(head=("Sức khỏe", "Ngọc Ánh", "Thứ năm, 4/12/2025 16:00 (GMT+7)")))
    assert block_for(cleaned, "Ngọc Ánh").label == "byline"
    assert cleaned.metadata.author == "Ngọc Ánh"


def test_outlet_name_first_on_the_page_is_not_a_writer() -> None:
    cleaned = strip_boilerplate(article(head=("Người Đô Thị", "Thứ năm, 4/12/2025 16:00 (GMT+7)")))
    assert block_for(cleaned, "Người Đô Thị").label == "boilerplate"


# --- widgets ------------------------------------------------------------------------------

def test_live_score_widget_above_the_headline() -> None:
    head = ("Thể thao", "Real Madrid 3 - 2 Barcelona", "HT", "Inter 1-1 Juventus", "Phút 55")
    cleaned = strip_boilerplate(article(head=head))
    assert [block.label for block in cleaned.blocks[:5]] == ["boilerplate"] * 5
    assert cleaned.metadata.title == TITLE


def test_a_score_in_a_sentence_is_not_a_widget() -> None:
    assert not rules_.is_score_line("Việt Nam thắng Thái Lan 2-1 ở chung kết.")
    line = "Tuyển Việt Nam thắng 2-1 nhờ bàn thắng ở phút bù giờ."
    assert block_for(strip_boilerplate(article(line)), line).kept


def test_standings_widget_after_the_article() -> None:
    tail = ("Hà Minh", "BXH V-League 2025/26", "1. Nam Định 24", "2. Hà Nội FC 21", "3. Thể Công 20")
    cleaned = strip_boilerplate(article(tail=tail))
    assert [block.kept for block in cleaned.blocks[-4:]] == [False] * 4
    assert cleaned.metadata.author == "Hà Minh"


def test_widget_prefix_needs_a_short_line() -> None:
    assert rules_.tail_header_kind("Bảng xếp hạng các trường đại học châu Á năm nay vừa công bố.") is None
    assert rules_.tail_header_kind("BXHA") is None


def test_video_durations_are_not_live_times_but_live_times_stay() -> None:
    text = "\n\n".join([TITLE, LEAD, BODY, "03:15", "Hà Minh", "Video khác", "Mưa lớn ở Huế", "01:20"])
    cleaned = strip_boilerplate(text)
    assert block_for(cleaned, "03:15").label == "boilerplate"
    assert block_for(cleaned, "01:20").label == "boilerplate"
    live = strip_boilerplate("\n\n".join([TITLE, LEAD, "21h05", BODY, BODY_2]))
    assert block_for(live, "21h05").label == "heading"


# --- prompts and counters -------------------------------------------------------------------

@pytest.mark.parametrize(("line", "reason"), [
    ("Đã có tài khoản? Đăng nhập", "login-prompt"),
    ("Chưa là thành viên? Đăng ký ngay", "login-prompt"),
    ("Trở thành hội viên Tuổi Trẻ Sao để đọc không giới hạn", "paywall"),
    ("Mời bạn đăng ký gói Premium để đọc tiếp bài viết", "paywall"),
    ("Nội dung dành cho thành viên", "paywall"),
    ("345 lượt chia sẻ", "share"),
    ("Nhập địa chỉ email", "newsletter"),
])
def test_prompts_and_counters_are_dropped(line: str, reason: str) -> None:
    block = block_for(strip_boilerplate(article(line)), line)
    assert (block.label, block.reason) == ("boilerplate", reason)


@pytest.mark.parametrize("line", [
    "Người dùng phải đăng nhập để nhận ưu đãi, theo thông báo của ngân hàng.",
    "Học sinh đăng ký thi tốt nghiệp từ ngày 20/4 đến 30/4.",
    "Bạn đọc hỏi: Có được đăng ký thường trú ở nhà thuê không?",
])
def test_prompt_guards(line: str) -> None:
    assert block_for(strip_boilerplate(article(line)), line).kept


def test_hashtags_and_topic_tags() -> None:
    tags, topic = "#giá vàng #SJC #thị trường", "Chuyên đề: Mùa nước nổi"
    cleaned = strip_boilerplate(article(topic, tail=(tags,)))
    assert block_for(cleaned, tags).label == "boilerplate"
    assert block_for(cleaned, topic).label == "boilerplate"
    sentence = "Sự kiện: lễ khai mạc diễn ra lúc 20h tối nay tại sân Mỹ Đình, với sự tham dự của 40.000 khán giả."
    assert not rules_.is_topic_tag(sentence)


# --- author boxes and credits -------------------------------------------------------------------

@pytest.mark.parametrize(("line", "author", "source"), [
    ("Bác sĩ Lê Thị Thu", "Lê Thị Thu", None),
    ("ThS. Phạm Quang Vinh", "Phạm Quang Vinh", None),
    ("Bài viết: NGỌC ANH - Ảnh: THÀNH LONG - Đồ họa: HẢI YẾN", "NGỌC ANH", None),
    ("Thu Phương (TTXVN)", "Thu Phương", "TTXVN"),
    ("Quang Minh (VTC News)", "Quang Minh", "VTC News"),
])
def test_byline_shapes(line: str, author: str, source: str | None) -> None:
    parsed = rules_.byline(line)
    assert parsed is not None and parsed[0] == author
    if source is not None:
        assert parsed[1] == source


def test_byline_guards() -> None:
    assert rules_.byline("Bác sĩ khuyên") is None
    assert rules_.byline("Luật sư cho biết thêm") is None


def test_author_box_with_email() -> None:
    cleaned = strip_boilerplate(article(tail=("QUANG THẮNG", "quangthang@baomoi.vn", "Tin cùng chuyên mục", "Cháy kho hàng ở Bình Dương")))
    assert block_for(cleaned, "quangthang@baomoi.vn").label == "byline"
    assert cleaned.metadata.author == "QUANG THẮNG"


def test_an_email_inside_a_sentence_is_body() -> None:
    line = "Người dân có thể gửi phản ánh về địa chỉ tiepdan@hanoi.gov.vn trước ngày 15/12."
    assert block_for(strip_boilerplate(article(line)), line).kept


# --- content that must be kept -------------------------------------------------------------------

def test_table_rows_are_body_not_headings() -> None:
    rows = ("Tỉnh | Diện tích (ha) | Sản lượng (tấn)", "An Giang | 620.000 | 4.100.000", "Kiên Giang | 710.000 | 4.400.000")
    cleaned = strip_boilerplate(article("Sản lượng lúa một số tỉnh:", *rows))
    assert [block_for(cleaned, row).label for row in rows] == ["body"] * 3


def test_a_single_piped_line_is_not_a_table() -> None:
    assert rules_.table_cells("Hà Nội | TP.HCM") == 2


def test_reader_signature_under_a_question_is_body() -> None:
    question = "Tôi làm việc 12 năm, nay nghỉ việc thì được hưởng trợ cấp thất nghiệp bao lâu?"
    cleaned = strip_boilerplate(article(question, "Nguyễn Thị Hằng (Nam Định)", "Trả lời:"))
    assert block_for(cleaned, "Nguyễn Thị Hằng (Nam Định)").label == "body"
    assert block_for(cleaned, "Trả lời:").kept


def test_reply_button_without_colon_is_still_dropped() -> None:
    assert block_for(strip_boilerplate(article(tail=("Trả lời",))), "Trả lời").label == "boilerplate"


def test_signature_guard() -> None:
    assert not rules_.is_signature("Kết quả khảo sát (năm 2025)")
    assert not rules_.is_signature("Hương Giang (Vietnam+)")


def test_short_key_value_items_after_a_colon_line() -> None:
    items = ("Có mặt: 312", "Vắng: 6", "Tỷ lệ: 98,1%")
    cleaned = strip_boilerplate(article("Kết quả điểm danh như sau:", *items))
    assert [block_for(cleaned, item).label for item in items] == ["body"] * 3


# --- galleries and duplicated pages -----------------------------------------------------------------

def test_gallery_sentence_above_a_bare_credit() -> None:
    caption_1 = "Nhà thờ đá Phát Diệm nhìn từ trên cao. Ảnh: Hữu Nghị."
    caption_2 = "Du khách chụp ảnh trước cổng chính."
    text = "\n".join([TITLE, LEAD, caption_1, caption_2, "Ảnh: Hữu Nghị.", BODY, BODY_2])
    cleaned = strip_boilerplate(text)
    assert block_for(cleaned, caption_2).label == "caption"
    assert block_for(cleaned, BODY).kept


def test_narration_between_captions_is_kept() -> None:
    narration = "Chiều 5/12, đoàn khách đầu tiên đã đến tham quan."
    text = "\n".join([TITLE, LEAD, "Cổng chính của khu di tích. Ảnh: Hữu Nghị.", narration, "Ảnh: Hữu Nghị.", BODY, BODY_2])
    assert block_for(strip_boilerplate(text), narration).kept


def test_page_scraped_twice_drops_the_second_copy() -> None:
    copy = [TITLE, LEAD, BODY]
    cleaned = strip_boilerplate("\n\n".join([*copy, BODY_2, BODY_3, "Hà Minh", *copy]))
    assert [block.kept for block in cleaned.blocks[-3:]] == [False] * 3
    assert cleaned.blocks[-3].reason == "duplicate-line"


def test_title_echo_alone_stays_a_caption() -> None:
    cleaned = strip_boilerplate("\n\n".join([TITLE, LEAD, BODY, TITLE, BODY_2, BODY_3]))
    assert cleaned.blocks[3].reason == "title-echo"
