# ruff: noqa: E501  (long Vietnamese example lines read better unbroken)
"""BoilerplateModel (site template learning) on a synthetic corpus of an invented site,
and strip_boilerplate_html."""

from __future__ import annotations

import random
import sys

import pytest

from viscrape import BoilerplateModel, BoilerplateRules, strip_boilerplate, strip_boilerplate_html

NAV = ["Báo Phương Nam Online", "Thời sự  Kinh tế  Văn hóa  Thể thao  Du lịch", "Đăng nhập | Đăng ký"]
PROMO = "Mời bạn đọc gửi tin, ảnh về đường dây nóng 0909 123 456 của tòa soạn"
FOOTER = [
    "Cơ quan của Đảng bộ tỉnh Phương Nam - Tiếng nói của Đảng bộ, chính quyền và nhân dân",
    "Tổng biên tập: Lê Văn Bình",
    "Địa chỉ: 12 đường Trần Hưng Đạo, TP Phương Nam",
]
PLACES = ["xã Tân Phú", "huyện Long Hồ", "phường 4", "xã Mỹ Hòa", "huyện Cái Bè", "thị trấn Vĩnh Bình"]
SUBJECTS = ["nông dân", "hợp tác xã", "ngư dân", "người dân", "doanh nghiệp", "giáo viên"]
ACTIONS = [
    "thu hoạch vụ lúa thu đông với năng suất cao hơn năm trước",
    "hoàn thành tuyến đường bê tông nối các ấp",
    "đưa vào vận hành trạm bơm chống ngập",
    "ký hợp đồng bao tiêu trái cây xuất khẩu",
    "tổ chức ngày hội trồng cây xanh",
    "khánh thành trường mầm non mới",
]


def make_article(rng: random.Random, number: int, related: list[str]) -> tuple[str, str, list[str]]:
    """(text, title, body paragraphs) of one page of the invented site."""
    # distinct (subject, place) per page, so no two titles normalise alike
    subject, place = SUBJECTS[number % 6], PLACES[(number // 6) % 6]
    action = rng.choice(ACTIONS)
    title = f"{subject.capitalize()} {place} {action}"
    bodies = [
        f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}, {subject} {place} đã {action}, "
        f"với tổng kinh phí khoảng {rng.randint(2, 90)} tỷ đồng từ ngân sách và nguồn xã hội hóa.",
        f"Theo ông {rng.choice(['Nguyễn Văn Tư', 'Trần Thị Hoa', 'Lê Minh Tâm'])}, kết quả ở {place} "
        f"có được nhờ {rng.randint(3, 40)} tháng chuẩn bị và sự đồng lòng của {subject}.",
        rng.choice([
            "Địa phương đặt mục tiêu nhân rộng mô hình ra các xã lân cận trong năm tới.",
            "Nhiều hộ dân phấn khởi vì thu nhập ổn định hơn so với trước đây.",
            "Tỉnh sẽ hỗ trợ thêm vốn vay ưu đãi để bà con mở rộng sản xuất.",
            "Công trình góp phần thay đổi diện mạo nông thôn của địa phương.",
            "Chính quyền cam kết đồng hành cùng người dân trong giai đoạn tiếp theo.",
        ]) + f" Dự kiến {place} có thêm {rng.randint(2, 15)} mô hình tương tự cho {subject}.",
    ]
    stamp = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} | {rng.randint(1, 28):02d}/11/2025"
    lines = [*NAV, stamp, title, *bodies, PROMO, "Tin cùng chuyên mục", *related, *FOOTER]
    return "\n\n".join(lines), title, bodies


def corpus(size: int = 12, seed: int = 7) -> tuple[list[str], list[str], list[list[str]]]:
    rng = random.Random(seed)
    texts, titles, bodies = [], [], []
    for number in range(size):
        related = titles[-3:]  # earlier pages' titles recur in the related list
        text, title, body = make_article(rng, number, related)
        texts.append(text)
        titles.append(title)
        bodies.append(body)
    return texts, titles, bodies


def test_learns_navigation_promo_and_footer_lines() -> None:
    texts, titles, bodies = corpus()
    model = BoilerplateModel.fit(texts)
    for line in [*NAV, PROMO, *FOOTER]:
        assert model.is_template(line), line
    assert model.is_template("07:45 | 03/11/2025")  # digits normalised
    for number, text in enumerate(texts):
        cleaned = model.strip(text)
        assert cleaned.metadata.title == titles[number]
        assert cleaned.text == "\n\n".join([titles[number], *bodies[number]])
        reasons = {block.text: block.reason for block in cleaned.blocks}
        assert reasons[PROMO] == "site-template"


def test_a_title_recurring_in_related_lists_stays_a_title() -> None:
    texts, titles, _ = corpus(size=12)
    model = BoilerplateModel.fit(texts, min_documents=3, min_fraction=0.2)
    assert not model.is_template(titles[3])
    assert model.strip(texts[3]).metadata.title == titles[3]


def test_a_paragraph_repeated_once_is_not_stripped() -> None:
    texts, _, bodies = corpus(size=10)
    shared = "Ông Phạm Văn Lực, Chủ tịch UBND tỉnh, đề nghị các sở ngành khẩn trương tháo gỡ vướng mắc về mặt bằng."
    texts[2] = texts[2].replace(bodies[2][1], bodies[2][1] + "\n\n" + shared)
    texts[5] = texts[5].replace(bodies[5][1], bodies[5][1] + "\n\n" + shared)
    model = BoilerplateModel.fit(texts)
    assert not model.is_template(shared)
    assert shared in model.strip(texts[2]).text
    assert shared in model.strip(texts[5]).text


def test_few_documents_learn_nothing_and_arguments_are_checked() -> None:
    texts, _, _ = corpus(size=2)
    assert BoilerplateModel.fit(texts).templates == frozenset()
    with pytest.raises(TypeError, match="texts"):
        BoilerplateModel.fit("một bài")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        BoilerplateModel.fit(["bài một", b"bytes"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="min_documents"):
        BoilerplateModel.fit(texts, min_documents=1)
    with pytest.raises(ValueError, match="min_fraction"):
        BoilerplateModel.fit(texts, min_fraction=0)
    model = BoilerplateModel.fit(corpus()[0])
    with pytest.raises(TypeError, match="text"):
        model.strip(None)  # type: ignore[arg-type]


def test_model_keeps_user_rules() -> None:
    texts, _, bodies = corpus()
    rules = BoilerplateRules(boilerplate_patterns=(r"Dự kiến .* có thêm \d+ mô hình",))
    model = BoilerplateModel.fit(texts, rules=rules)
    assert bodies[0][2] not in model.strip(texts[0]).text


# --- HTML -------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Phương Nam khánh thành cầu Mỹ Hòa</title>
<meta property="og:site_name" content="Báo Phương Nam">
<meta name="author" content="Minh Khang">
<meta property="article:published_time" content="2025-11-03T08:15:00+07:00">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article>
<h1>Phương Nam khánh thành cầu Mỹ Hòa</h1>
<p>(PN) - Sáng 3/11, UBND tỉnh Phương Nam khánh thành cầu Mỹ Hòa bắc qua sông Cổ Chiên, nối hai huyện Long Hồ và Mang Thít.</p>
<figure><img src="cau.jpg"><figcaption>Cầu Mỹ Hòa nhìn từ trên cao. Ảnh: Minh Khang</figcaption></figure>
<p>Cây cầu dài 1,2 km, tổng vốn đầu tư 850 tỷ đồng, rút ngắn thời gian đi lại giữa hai huyện từ một giờ xuống còn 15 phút.</p>
<p>Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh cho biết công trình hoàn thành sớm hơn kế hoạch hai tháng.</p>
<p>Theo dõi Báo Phương Nam trên Google News</p>
</article>
<footer>© Báo Phương Nam. Giấy phép số 12/GP-BTTTT</footer>
</body></html>"""


def test_html_page_is_extracted_and_cleaned() -> None:
    pytest.importorskip("trafilatura")
    cleaned = strip_boilerplate_html(PAGE)
    assert cleaned.metadata.title == "Phương Nam khánh thành cầu Mỹ Hòa"
    assert cleaned.metadata.date == "2025-11-03"
    assert cleaned.metadata.author == "Minh Khang"
    assert "Cây cầu dài 1,2 km" in cleaned.text
    assert "Theo dõi" not in cleaned.text and "Ảnh: Minh Khang" not in cleaned.text
    assert "(PN)" not in cleaned.text
    assert any(caption.credit == "Minh Khang" for caption in cleaned.metadata.captions)
    extracted = "\n\n".join(block.text for block in cleaned.blocks)
    for block in cleaned.blocks:
        assert extracted[block.start : block.end] == block.text
    assert strip_boilerplate(PAGE).text == cleaned.text  # detected as HTML


def test_text_with_a_stray_tag_is_not_taken_for_html() -> None:
    text = "<b>Tin nhanh</b>\n\nGiá xăng giảm 300 đồng mỗi lít từ 15 giờ chiều nay."
    cleaned = strip_boilerplate(text)
    assert cleaned.text.endswith("Giá xăng giảm 300 đồng mỗi lít từ 15 giờ chiều nay.")
    assert len(cleaned.blocks) == 2


def test_html_without_trafilatura_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    with pytest.raises(ImportError, match=r'pip install "viscrape\[html\]"'):
        strip_boilerplate_html(PAGE)
    with pytest.raises(TypeError, match="html"):
        strip_boilerplate_html(42)  # type: ignore[arg-type]


def test_import_viscrape_does_not_import_trafilatura() -> None:
    import subprocess

    code = "import sys, viscrape; viscrape.strip_boilerplate('Tin.'); print('trafilatura' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
