# ruff: noqa: E501  (long Vietnamese example lines read better unbroken)
"""strip_boilerplate: the seeds as annotated, the contract, and every pattern class with
invented lines from several outlets (none copied from the seeds)."""

from __future__ import annotations

from typing import Any

import pytest

from viscrape import BoilerplateRules, strip_boilerplate
from viscrape.boilerplate import RULE_GROUPS
from viscrape.types import Cleaned

TITLE = "Đồng bằng sông Cửu Long bước vào mùa nước nổi muộn"
LEAD = (
    "Mực nước đầu nguồn sông Tiền tại Tân Châu đang ở mức 3,2 m, thấp hơn trung bình "
    "nhiều năm gần nửa mét, khiến mùa nước nổi năm nay đến muộn."
)
BODY = (
    "Theo Đài khí tượng thủy văn khu vực Nam Bộ, lũ trên sông Cửu Long sẽ lên chậm trong "
    "tuần tới, đỉnh lũ năm nay dự báo ở mức báo động một."
)
BODY_2 = (
    "Nông dân ở Đồng Tháp và An Giang đã chủ động xuống giống vụ thu đông sớm, tranh thủ "
    "lượng phù sa từ thượng nguồn đổ về các cánh đồng."
)
BODY_3 = (
    "Ngành nông nghiệp khuyến cáo người dân theo dõi sát thông tin dự báo, gia cố bờ bao "
    "trước khi nước lên và không chủ quan khi đánh bắt thủy sản."
)


def article(*middle: str, head: tuple[str, ...] = (), tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*head, TITLE, LEAD, BODY, *middle, BODY_2, BODY_3, *tail])


def block_for(cleaned: Cleaned, line: str) -> Any:
    matches = [block for block in cleaned.blocks if block.text == line.strip()]
    assert matches, f"no block for {line!r}"
    return matches[0]


def label_in_article(line: str, *, where: str = "middle") -> tuple[str, str]:
    if where == "middle":
        text = article(line)
    elif where == "head":
        text = article(head=(line,))
    else:
        text = article(tail=(line,))
    block = block_for(strip_boilerplate(text), line)
    return block.label, block.reason


# --- the seed articles ----------------------------------------------------------------


def test_seed_lines_and_metadata_as_annotated(seed_texts: dict[str, str], gold: dict[str, Any]) -> None:
    for name, annotation in gold.items():
        raw = seed_texts[name]
        cleaned = strip_boilerplate(raw)
        by_start = {block.start: block for block in cleaned.blocks}
        offsets = []
        position = 0
        for line in raw.split("\n"):
            offsets.append(position + len(line) - len(line.lstrip()))
            position += len(line) + 1
        for line in annotation["lines"]:
            block = by_start[offsets[line["line"] - 1]]
            assert block.label == line["label"], (name, line["line"], block.reason)
            if "strip_prefix" in line:
                expected = raw.split("\n")[line["line"] - 1][len(line["strip_prefix"]) :].strip()
                assert raw[block.content_start : block.content_end] == expected
        assert len(cleaned.blocks) == len(annotation["lines"])
        metadata = cleaned.metadata
        got = {key: getattr(metadata, key) for key in ("title", "date", "source", "author")}
        assert got == annotation["metadata"], name


def test_seed_captions_keep_their_credits(seed_texts: dict[str, str]) -> None:
    captions = strip_boilerplate(seed_texts["000_317caabbab0ab525.txt"]).metadata.captions
    assert captions and all(caption.credit == "TUẤN MINH" for caption in captions)
    text = seed_texts["000_317caabbab0ab525.txt"]
    for caption in captions:
        assert text[caption.start : caption.end] == caption.text
        assert "ẢNH" not in caption.text


# --- contract -------------------------------------------------------------------------


def test_text_is_kept_content_joined_and_blocks_cover_lines() -> None:
    text = article("Ảnh: Nguyễn Hưng", tail=("Tin liên quan", "Mưa lớn ở miền Tây"))
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "\n\n".join(
        text[block.content_start : block.content_end] for block in cleaned.blocks if block.kept
    )
    assert [block.text for block in cleaned.blocks] == [
        line.strip() for line in text.split("\n") if line.strip()
    ]
    for block in cleaned.blocks:
        assert text[block.start : block.end] == block.text
        assert block.kept == (block.label in {"title", "heading", "body"})
        assert block.reason


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text"):
        strip_boilerplate(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rules"):
        strip_boilerplate("Văn bản.", rules={"disable": ["captions"]})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="valid groups: markup, breadcrumb"):
        BoilerplateRules(disable=("caption",))
    with pytest.raises(ValueError, match="boilerplate_patterns"):
        BoilerplateRules(boilerplate_patterns=("([unclosed",))
    with pytest.raises(TypeError, match="boilerplate_phrases"):
        BoilerplateRules(boilerplate_phrases="Quảng cáo")  # type: ignore[arg-type]


def test_empty_and_blank_input() -> None:
    for text in ("", "\n\n  \n", "\t"):
        cleaned = strip_boilerplate(text)
        assert cleaned.text == "" and cleaned.blocks == ()


# --- header chrome ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("13:03 | 25/12/2024 GMT+7", "2024-12-25"),
        ("Thứ sáu, 22/11/2024, 08:15 (GMT+7)", "2024-11-22"),
        ("20/11/2024 14:35 GMT+7", "2024-11-20"),
        ("09:40, 03/01/2025", "2025-01-03"),
        ("08:30 Ngày 15/02/2025", "2025-02-15"),
        ("Chủ nhật, 24/11/2024 07:00", "2024-11-24"),
        ("Thứ Bảy, ngày 23/11/2024 - 09:15", "2024-11-23"),
        ("Cập nhật lúc 16:20 ngày 05/03/2025", "2025-03-05"),
        ("2025-04-18 10:12", "2025-04-18"),
        ("Thời sự - Thứ hai, 10/3/2025, 21:05 (GMT+7)", "2025-03-10"),
        ("Ngày 7 tháng 6 năm 2025", "2025-06-07"),
        ("14/06/2025 | 11:45", "2025-06-14"),
    ],
)
def test_timestamps_are_dropped_and_give_the_date(line: str, date: str) -> None:
    cleaned = strip_boilerplate(article(head=(line,)))
    block = block_for(cleaned, line)
    assert (block.label, block.reason) == ("boilerplate", "timestamp")
    assert cleaned.metadata.date == date


def test_date_artefact_is_cut_from_the_first_paragraph() -> None:
    text = " date 2025-03-14 Sáng 13/3, tỉnh Lâm Đồng khởi công tuyến cao tốc nối Đà Lạt.\n\nKết thúc."
    cleaned = strip_boilerplate(text)
    first = cleaned.blocks[0]
    assert first.kept and text[first.content_start : first.content_end].startswith("Sáng 13/3")
    assert cleaned.metadata.date == "2025-03-14"
    assert cleaned.text.startswith("Sáng 13/3")


def test_dateline_with_year_gives_the_date_when_no_timestamp() -> None:
    text = "Ngày 12/3/2025, Bộ Y tế ban hành hướng dẫn mới về tiêm chủng cho trẻ em dưới 5 tuổi."
    assert strip_boilerplate(text).metadata.date == "2025-03-12"
    assert strip_boilerplate("Chiều 12/3, Bộ Y tế họp báo thường kỳ về công tác tiêm chủng.").metadata.date is None


@pytest.mark.parametrize(
    "line",
    [
        "Trang chủ > Thế giới > Châu Á",
        "Trang chủ Kinh tế Tài chính",
        "Thế giới » Châu Âu",
        "Kinh doanh › Bất động sản",
        "Pháp luật",
        "Xã hội  Giáo dục",
    ],
)
def test_breadcrumbs_above_the_title(line: str) -> None:
    assert label_in_article(line, where="head") == ("boilerplate", "breadcrumb")


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi Baoquocte.vn trên",
        "Theo dõi báo trên:",
        "Theo dõi VGT trên",
        "Theo dõi chúng tôi trên Google News",
        "Follow Báo Sài Gòn trên Google News",
        "Đăng ký kênh YouTube của báo",
        "Theo dõi Báo Pháp luật trên Zalo",
    ],
)
def test_follow_prompts(line: str) -> None:
    assert label_in_article(line, where="head") == ("boilerplate", "follow-us")
    assert label_in_article(line, where="end")[0] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    ["--> -->", "<!-- banner giữa bài -->", "<div class=\"box-related\">", "&nbsp;",
     "</p></div>", ".box-ads{display:none;}", "googletag.cmd.push(function() { display('ad'); });"],
)
def test_markup_debris(line: str) -> None:
    label, reason = label_in_article(line)
    assert (label, reason) == ("boilerplate", "markup")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(VTC News) - ", "VTC News"),
        ("TTO - ", "TTO"),
        ("VOV.VN - ", "VOV.VN"),
        ("(Dân trí) - ", "Dân trí"),
        ("(PLO)- ", "PLO"),
        ("(ĐSPL) - ", "ĐSPL"),
        ("TPO - ", "TPO"),
        ("GD&TĐ - ", "GD&TĐ"),
        ("VTV.vn - ", "VTV.vn"),
        ("(TT&VH) – ", "TT&VH"),
        ("(Chinhphu.vn) - ", "Chinhphu.vn"),
        ("(Kiến Thức) - ", "Kiến Thức"),
        ("Dân Việt - ", "Dân Việt"),
        ("(NLĐO) - ", "NLĐO"),
    ],
)
def test_source_tags_glued_or_alone(line: str, source: str) -> None:
    sapo = "Sáng 14/3, tỉnh Bình Định tổ chức lễ đón bằng công nhận di tích quốc gia đặc biệt."
    glued = strip_boilerplate(f"{TITLE}\n\n{line}{sapo}\n\n{BODY}")
    assert glued.metadata.source == source
    assert glued.text == f"{TITLE}\n\n{sapo}\n\n{BODY}"
    alone = strip_boilerplate(f"{line.strip()}\n\n{sapo}\n\n{BODY}")
    assert alone.blocks[0].label == "boilerplate" and alone.blocks[0].reason == "source-tag"
    assert alone.metadata.source == source


def test_bare_codes_are_not_cut_mid_article() -> None:
    line = "WHO - Tổ chức Y tế Thế giới - khuyến cáo các nước tăng cường giám sát dịch bệnh."
    cleaned = strip_boilerplate(article(line))
    block = block_for(cleaned, line)
    assert block.kept and block.content_start == block.start


# --- captions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Bộ trưởng Nguyễn Văn Hải thăm gian hàng tại hội chợ ẢNH: NGỌC THẮNG", "NGỌC THẮNG"),
        ("Lễ thượng cờ tại Quảng trường Ba Đình. Ảnh: TTXVN", "TTXVN"),
        ("Lực lượng cứu hộ tiếp cận hiện trường vụ sạt lở (Ảnh: Minh Đức)", "Minh Đức"),
        ("Lực lượng cứu hộ làm việc trong đêm (Ảnh: Tuấn Anh/TTXVN).", "Tuấn Anh/TTXVN"),
        ("Người dân mua sắm tại chợ Bến Thành (Ảnh minh họa)", "minh họa"),
        ("Tàu cá neo đậu tránh bão tại cảng Sa Kỳ - Ảnh: T.L.", "T.L."),
        ("Cầu thủ Nguyễn Quang Hải trong trận gặp Thái Lan - Ảnh Getty", "Getty"),
        ("Thủ tướng Anh phát biểu trước Quốc hội, ảnh Reuters", "Reuters"),
        ("Hiện trường vụ tấn công ở thủ đô Kiev (Nguồn: AFP)", "AFP"),
        ("Biểu đồ tăng trưởng tín dụng 9 tháng. Đồ họa: Hải Yến", "Hải Yến"),
        ("Em Lò Thị Mai trong ngày nhập học. Ảnh: NVCC", "NVCC"),
        ("Ảnh: Việt Linh", "Việt Linh"),
        ("ẢNH: ĐỘC LẬP", "ĐỘC LẬP"),
    ],
)
def test_captions_with_every_credit_style(line: str, credit: str) -> None:
    cleaned = strip_boilerplate(article(line))
    block = block_for(cleaned, line)
    assert block.label == "caption"
    assert any(caption.credit == credit for caption in cleaned.metadata.captions)


def test_multi_line_caption_with_credit_below() -> None:
    text = article("Lãnh đạo tỉnh trao quà cho các hộ dân bị ảnh hưởng\nbởi lũ tại xã Mỹ An.\nẢnh: Hoàng Vũ")
    cleaned = strip_boilerplate(text)
    for line in ("Lãnh đạo tỉnh trao quà cho các hộ dân bị ảnh hưởng", "bởi lũ tại xã Mỹ An.", "Ảnh: Hoàng Vũ"):
        assert block_for(cleaned, line).label == "caption"
    caption = cleaned.metadata.captions[0]
    assert caption.credit == "Hoàng Vũ" and text[caption.start : caption.end] == caption.text


@pytest.mark.parametrize(
    "line",
    [
        "Toàn cảnh phiên họp.",
        "Quang cảnh buổi lễ",
        "Ảnh minh họa",
        "Cận cảnh cây cầu mới sau khi hợp long",
        "Bộ trưởng Lê Minh Hoan phát biểu tại hội nghị",
        "Chủ tịch UBND tỉnh trao quyết định cho cán bộ mới",
        "Các đại biểu chụp ảnh lưu niệm.",
    ],
)
def test_captions_without_credit(line: str) -> None:
    assert label_in_article(line)[0] == "caption"


def test_video_lines() -> None:
    assert label_in_article("Video: Khoảnh khắc nước lũ cuốn trôi cây cầu tạm")[0] == "caption"
    assert label_in_article("Nguồn: Youtube")[0] == "caption"
    assert label_in_article("Xem clip: Cảnh sát giao thông truy đuổi xe vi phạm") == ("boilerplate", "media")
    assert label_in_article("[Video] Hành trình giải cứu hai ngư dân mắc kẹt", where="end") == (
        "boilerplate", "media-link")


# --- bylines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("Khánh Linh", "Khánh Linh", None),
        ("NGỌC ÁNH", "NGỌC ÁNH", None),
        ("Theo Đời sống Plus", None, "Đời sống Plus"),
        ("Theo TTXVN", None, "TTXVN"),
        ("Thu Trang/VOV.VN", "Thu Trang", "VOV.VN"),
        ("M.K./VOV.VN (biên dịch)", "M.K.", "VOV.VN"),
        ("Lan Anh - Minh Đức", "Lan Anh - Minh Đức", None),
        ("Bài và ảnh: Hoàng Sơn", "Hoàng Sơn", None),
        ("Hữu Phúc (tổng hợp)", "Hữu Phúc", None),
    ],
)
def test_bylines_at_the_end(line: str, author: str | None, source: str | None) -> None:
    cleaned = strip_boilerplate(article(tail=(line,)))
    assert block_for(cleaned, line).label == "byline"
    assert cleaned.metadata.author == author
    assert cleaned.metadata.source == source


@pytest.mark.parametrize("line", ["(T/h)", "Tổng hợp", "Nhóm PV", "T/h", "Nhóm phóng viên"])
def test_credit_lines(line: str) -> None:
    assert label_in_article(line, where="end") == ("byline", "credit")


def test_empty_source_line() -> None:
    assert label_in_article("Nguồn:", where="end") == ("boilerplate", "empty-source")


def test_byline_followed_by_source_and_repeated_lead() -> None:
    text = article(tail=("Phương Nam", "Nguồn:", LEAD))
    cleaned = strip_boilerplate(text)
    labels = [block.label for block in cleaned.blocks[-3:]]
    assert labels == ["byline", "boilerplate", "boilerplate"]
    assert cleaned.blocks[-1].reason == "duplicate-line"
    assert cleaned.text.count(LEAD) == 1


# --- tails and related lists -----------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["Tin bài liên quan", "Tin liên quan", "TIN LIÊN QUAN", "Đọc nhiều", "Xem nhiều", "Xem thêm",
     "Tin cùng chuyên mục", "Multimedia", "Bình luận", "Bình luận (24)", "Có thể bạn quan tâm",
     "Tin mới nhất", "Video cùng chuyên mục", "Đọc thêm:"],
)
def test_tail_sections_and_everything_after(header: str) -> None:
    teasers = (
        "Cà Mau khởi công tuyến đê biển mới dài 12 km",
        "Cà Mau khởi công tuyến đê biển mới dài 12 km",
        "Tuyến đê được thiết kế chống chịu triều cường và nước biển dâng trong 50 năm tới, tổng vốn hơn 600 tỷ đồng.",
        "[Video] Người dân miền Tây đón mùa nước nổi",
        "Xin chờ trong giây lát...",
        "Tết Việt 2025",
        "Tết Việt 2025",
    )
    text = article(tail=(header, *teasers))
    cleaned = strip_boilerplate(text)
    tail_start = [block.text for block in cleaned.blocks].index(header)
    assert all(not block.kept for block in cleaned.blocks[tail_start:])
    assert cleaned.blocks[tail_start].reason == "tail-section"
    assert cleaned.text.endswith(BODY_3)


def test_tail_after_short_article_still_cut() -> None:
    text = f"{TITLE}\n\n{LEAD} {BODY} {BODY_2}\n\nTin liên quan\n\nMiền Tây chuẩn bị ứng phó triều cường cuối năm"
    cleaned = strip_boilerplate(text)
    assert cleaned.text == f"{TITLE}\n\n{LEAD} {BODY} {BODY_2}"


def test_header_near_the_top_does_not_wipe_the_article() -> None:
    text = "\n\n".join([TITLE, "Tin liên quan", "Giá lúa tăng mạnh sau vụ hè thu năm nay", LEAD, BODY, BODY_2])
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "\n\n".join([TITLE, LEAD, BODY, BODY_2])


def test_article_resumes_after_an_inline_related_box() -> None:
    long_a = BODY_2 + " Nhiều hợp tác xã đã ký hợp đồng bao tiêu với doanh nghiệp xuất khẩu gạo."
    long_b = BODY_3 + " Các địa phương cũng chuẩn bị phương án sơ tán dân ở vùng trũng thấp."
    text = "\n\n".join([TITLE, LEAD, BODY, "Tin liên quan", "An Giang đầu tư 200 tỷ đồng nạo vét kênh nội đồng",
                        "Đồng Tháp thí điểm nuôi cá linh trên ruộng lúa", long_a, long_b])
    cleaned = strip_boilerplate(text)
    assert cleaned.text == "\n\n".join([TITLE, LEAD, BODY, long_a, long_b])


def test_footer_lines_end_the_article() -> None:
    text = article(tail=("© Bản quyền thuộc Báo Đồng Nai", "Giấy phép số 123/GP-BTTTT",
                         "Tòa soạn: 81 Đồng Khởi, TP Biên Hòa"))
    cleaned = strip_boilerplate(text)
    assert cleaned.text.endswith(BODY_3)


def test_adjacent_headline_run_is_a_related_list() -> None:
    run = "Cần Thơ mở rộng cảng Cái Cui đón tàu 20.000 tấn\nSóc Trăng hoàn thành cầu Đại Ngãi vào năm 2026"
    cleaned = strip_boilerplate(article(run))
    for line in run.split("\n"):
        assert (block_for(cleaned, line).label, block_for(cleaned, line).reason) == ("boilerplate", "related-list")


@pytest.mark.parametrize(
    "line",
    ["Xem thêm: Cà Mau xây dựng thêm 3 cống ngăn mặn",
     ">> Bảng giá xe máy tháng 11 mới nhất",
     "Đọc thêm: Vì sao giá lúa tăng cao?",
     "Mùa nước nổi về, người dân miền Tây lại tất bật mưu sinh... Đọc tiếp"],
)
def test_inline_related_links(line: str) -> None:
    assert label_in_article(line) == ("boilerplate", "related-link")


def test_doubled_title_and_url_slug() -> None:
    doubled = "Giá xăng giảm lần thứ ba liên tiếp Giá xăng giảm lần thứ ba liên tiếp"
    truncated = "Hà Nội thêm hai tuyến buýt điện nối sân bay Nội Bài Hà Nội thêm hai tuyến buýt điện nối sân"
    assert label_in_article(doubled) == ("boilerplate", "doubled-line")
    assert label_in_article(truncated) == ("boilerplate", "doubled-line")
    assert label_in_article("gia xang giam lan thu ba lien tiep", where="end") == ("boilerplate", "url")
    assert label_in_article("https://baomientay.vn/kinh-te/gia-xang-giam.html", where="end") == ("boilerplate", "url")


def test_pull_quote_repeating_a_body_quote() -> None:
    quote = "Chúng tôi sẽ không để người dân nào thiếu nước ngọt trong mùa khô"
    body = f'Phát biểu tại buổi làm việc, ông Trần Minh Quang nói: "{quote}". Tỉnh đã chuẩn bị 40 trạm cấp nước.'
    text = "\n\n".join([TITLE, LEAD, f'"{quote}"', body, BODY])
    cleaned = strip_boilerplate(text)
    assert block_for(cleaned, f'"{quote}"').reason == "pull-quote"
    assert block_for(cleaned, body).kept


def test_title_echoed_as_image_text_is_a_caption() -> None:
    text = "\n\n".join([TITLE, LEAD, BODY, f"{TITLE}\nNước lên trên cánh đồng ở huyện Hồng Ngự.", BODY_2])
    cleaned = strip_boilerplate(text)
    assert [block.label for block in cleaned.blocks] == ["title", "body", "body", "caption", "caption", "body"]
    assert cleaned.blocks[3].reason == "title-echo"


# --- what must be kept -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Vụ việc đang được điều tra.",
        "Hiện chưa rõ nguyên nhân vụ cháy.",
        "Tuyến có bốn làn xe.",
        "Ông Nam phát biểu: \"Chúng tôi sẽ làm đến cùng\".",
        "Theo dõi diễn biến trên sông Hồng, lực lượng chức năng đã cắm biển cảnh báo.",
        "Ngày 24/12/2024 tại Hà Nội, hội nghị đã thông qua nghị quyết về phát triển vùng.",
        "Trước đó, ngày 3/11, UBND huyện đã tổ chức đối thoại với người dân.",
        "Trả lời: Tôi nghĩ cần thêm thời gian.",
        "Ảnh hưởng của bão khiến hàng nghìn hộ dân mất điện trong đêm.",
        "Nguồn vốn cho dự án được bố trí từ ngân sách trung ương.",
        "Theo ông Hải, dự án sẽ hoàn thành trước Tết.",
    ],
)
def test_short_body_paragraphs_are_kept(line: str) -> None:
    assert label_in_article(line) == ("body", "body")


@pytest.mark.parametrize(
    "line",
    ["- Xin ông cho biết kế hoạch của tỉnh trong năm tới?", "- Bà đánh giá thế nào về chính sách mới?",
     "PV: Vì sao ông chọn trở về quê khởi nghiệp?"],
)
def test_interview_questions_are_kept(line: str) -> None:
    assert label_in_article(line)[0] == "body"


@pytest.mark.parametrize(
    "line", ["Nguy cơ sạt lở bờ sông", "Cần giải pháp căn cơ", "Lo ngại về chất lượng", "Bài học từ Nhật Bản"]
)
def test_sub_headings_are_kept(line: str) -> None:
    assert label_in_article(line) == ("heading", "heading")


def test_title_and_no_title() -> None:
    assert strip_boilerplate(article()).metadata.title == TITLE
    assert strip_boilerplate("\n\n".join([LEAD, BODY])).metadata.title is None
    question = "Vì sao giá lúa tăng mạnh dù xuất khẩu chậm lại?"
    assert strip_boilerplate("\n\n".join([question, LEAD, BODY])).metadata.title == question


# --- user rules --------------------------------------------------------------------------


def test_user_phrases_patterns_keep_and_disable() -> None:
    promo = "Mời bạn đọc tham gia cuộc thi ảnh Mùa nước nổi"
    text = article(promo, "Ảnh: Quốc Huy", "Toàn cảnh cánh đồng lúa")
    assert label_in_article(promo)[0] != "boilerplate"
    custom = BoilerplateRules(boilerplate_patterns=(r"^Mời bạn đọc tham gia",))
    assert block_for(strip_boilerplate(text, rules=custom), promo).reason == "user-rule"
    phrase = BoilerplateRules(boilerplate_phrases=(promo.upper(),))
    assert block_for(strip_boilerplate(text, rules=phrase), promo).reason == "user-rule"
    keep = BoilerplateRules(keep_patterns=(r"^Toàn cảnh",))
    assert block_for(strip_boilerplate(text, rules=keep), "Toàn cảnh cánh đồng lúa").kept
    off = BoilerplateRules(disable=("uncredited-captions",))
    assert block_for(strip_boilerplate(text, rules=off), "Toàn cảnh cánh đồng lúa").kept
    captions_off = BoilerplateRules(disable=("captions",))
    assert block_for(strip_boilerplate(text, rules=captions_off), "Ảnh: Quốc Huy").label != "caption"
    byline = BoilerplateRules(byline_phrases=("Ban Biên tập",), caption_patterns=(r"^Tranh:",))
    cleaned = strip_boilerplate(article("Tranh: Họa sĩ Minh Hà", tail=("Ban biên tập",)), rules=byline)
    assert block_for(cleaned, "Ban biên tập").label == "byline"
    assert block_for(cleaned, "Tranh: Họa sĩ Minh Hà").label == "caption"


def test_user_tail_header() -> None:
    rules = BoilerplateRules(tail_headers=("Bài đọc thêm của Báo Miền Tây",))
    text = article(tail=("Bài đọc thêm của Báo Miền Tây", "Giá lúa tăng mạnh dù xuất khẩu chậm lại."))
    assert strip_boilerplate(text, rules=rules).text.endswith(BODY_3)


def test_every_group_can_be_disabled() -> None:
    text = article("Ảnh: Quốc Huy", head=("Trang chủ > Thời sự", "13:03 | 25/12/2024 GMT+7"),
                   tail=("Khánh Linh", "Tin liên quan", "Miền Tây vào mùa nước nổi"))
    for group in RULE_GROUPS:
        cleaned = strip_boilerplate(text, rules=BoilerplateRules(disable=(group,)))
        assert BODY in cleaned.text
    nothing = strip_boilerplate(text, rules=BoilerplateRules(disable=tuple(RULE_GROUPS)))
    assert BODY in nothing.text and "Tin liên quan" in nothing.text


@pytest.mark.parametrize("line", ["Chia sẻ Facebook Zalo", "Facebook Twitter Zalo Email", "Chia sẻ bài viết lên Facebook"])
def test_share_bars(line: str) -> None:
    assert label_in_article(line, where="head")[0] == "boilerplate"
    assert label_in_article(line, where="end")[0] == "boilerplate"


def test_source_credit_after_the_last_paragraph() -> None:
    cleaned = strip_boilerplate(article(tail=("Nguồn: VTV",)))
    assert block_for(cleaned, "Nguồn: VTV").label == "byline"
    assert cleaned.metadata.source == "VTV"


@pytest.mark.parametrize(
    "line",
    ["Ngày đăng: 12/11/2025 | Lượt xem: 1.234", "Thanh Hà | 12/11/2025 08:30",
     "Cập nhật: 10:20 25.10.2024", "Published: 2025-01-03 08:00"],
)
def test_more_header_stamps(line: str) -> None:
    assert label_in_article(line, where="head") == ("boilerplate", "timestamp")


def test_author_printed_twice_in_capitals() -> None:
    cleaned = strip_boilerplate(article(tail=("ĐOÀN NHẠN", "ĐOÀN NHẠN")))
    assert [block.label for block in cleaned.blocks[-2:]] == ["byline", "boilerplate"]
    assert cleaned.metadata.author == "ĐOÀN NHẠN"


def test_verse_inside_an_article_is_kept() -> None:
    verse = "Quê hương là chùm khế ngọt\nCho con trèo hái mỗi ngày\nQuê hương là đường đi học\nCon về rợp bướm vàng bay"
    cleaned = strip_boilerplate(article(verse))
    for line in verse.split("\n"):
        assert block_for(cleaned, line).kept


# --- generalised after the fifth blind batch ------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        ("Mới nhất", "Podcast", "Tin nhanh miền Tây", "Số hóa"),
        ("Báo Quảng Ninh", "Kinh tế"),
        ("Chuyên trang Gia đình", "Sức khỏe"),
    ],
)
def test_menu_items_above_the_headline_are_not_the_title(head: tuple[str, ...]) -> None:
    cleaned = strip_boilerplate(article(head=head))
    assert cleaned.metadata.title == TITLE
    for line in head:
        assert not block_for(cleaned, line).kept


def test_a_short_title_with_no_longer_headline_below_is_kept() -> None:
    text = "\n\n".join(["Thời sự", "Mùa nước nổi", LEAD, BODY, BODY_2])
    cleaned = strip_boilerplate(text)
    assert cleaned.metadata.title == "Mùa nước nổi"


def test_short_title_then_byline_keeps_the_title() -> None:
    text = "\n".join(["Mùa nước nổi muộn", "Nguyễn Văn Bình", LEAD, BODY, BODY_2])
    cleaned = strip_boilerplate(text)
    assert cleaned.metadata.title == "Mùa nước nổi muộn"
    assert cleaned.metadata.author == "Nguyễn Văn Bình"


def test_cookie_banner_above_the_article_is_not_the_first_paragraph() -> None:
    banner = ("Trang web này sử dụng cookie để phân tích lưu lượng truy cập. Khi tiếp tục, "
              "bạn đồng ý với điều khoản sử dụng của chúng tôi.")
    cleaned = strip_boilerplate(article(head=(banner, "Đồng ý", "Xã hội"), tail=()))
    assert block_for(cleaned, banner).reason == "notice"
    assert cleaned.metadata.title == TITLE
    assert block_for(cleaned, LEAD).label == "body"


@pytest.mark.parametrize(
    "line", ["5 phút trước", "Cập nhật: 3 giờ trước", "Thể thao, 1 ngày trước", "12h trước"]
)
def test_relative_times_are_timestamps(line: str) -> None:
    assert label_in_article(line, where="head") == ("boilerplate", "timestamp")


@pytest.mark.parametrize("line", ["Mất tích 3 ngày trước", "Ông về hưu 2 năm trước"])
def test_a_relative_time_inside_a_short_line_is_not_a_timestamp(line: str) -> None:
    assert label_in_article(line)[0] != "boilerplate"


def test_bare_code_tag_with_online() -> None:
    text = "\n\n".join([TITLE, "ANTĐ Online - " + LEAD, BODY, BODY_2])
    cleaned = strip_boilerplate(text)
    assert cleaned.metadata.source == "ANTĐ Online"
    assert cleaned.text.split("\n\n")[1] == LEAD


def test_theo_writer_bar_outlet_credit() -> None:
    cleaned = strip_boilerplate(article(tail=("Theo Hải Yến | Người Đưa Tin",)))
    assert block_for(cleaned, "Theo Hải Yến | Người Đưa Tin").label == "byline"
    assert cleaned.metadata.author == "Hải Yến"
    assert cleaned.metadata.source == "Người Đưa Tin"


def test_bare_read_more_line_takes_the_headline_after_it() -> None:
    related = "Cần Thơ xây thêm ba cống ngăn triều trên sông Hậu"
    cleaned = strip_boilerplate(article("Xem chi tiết", related))
    assert block_for(cleaned, related).reason == "related-link"
    assert block_for(cleaned, BODY_2).kept


def test_poll_widget_after_the_article() -> None:
    poll = ("Theo bạn, có nên cấm xe máy ở nội đô?", "Nên cấm", "Chưa nên", "Ý kiến khác",
            "Bình chọn", "Xem kết quả")
    cleaned = strip_boilerplate(article(tail=("Lê Thu", *poll)))
    assert [block.kept for block in cleaned.blocks[-6:]] == [False] * 6
    assert cleaned.metadata.author == "Lê Thu"


def test_a_question_without_vote_button_is_kept() -> None:
    question = "Vậy người dân vùng lũ sẽ sống ra sao?"
    cleaned = strip_boilerplate(article(question, "Chưa ai trả lời được"))
    assert block_for(cleaned, question).kept


def test_numbered_sub_headings_of_a_listicle() -> None:
    cleaned = strip_boilerplate(article("1. Chọn giống chịu mặn", BODY + " Thêm.", "2. Bón phân đúng lúc"))
    assert block_for(cleaned, "1. Chọn giống chịu mặn").label == "heading"
    assert block_for(cleaned, "2. Bón phân đúng lúc").label == "heading"


def test_numbered_list_items_stay_body() -> None:
    items = "1. Trường THPT Nguyễn Du\n2. Trường THPT Lê Lợi\n3. Trường THPT Trần Phú"
    cleaned = strip_boilerplate(article(items))
    for line in items.split("\n"):
        assert block_for(cleaned, line).label == "body"
