"""segment_sentences: hard cases from Vietnamese news (invented, several outlets' styles),
contract properties, bad input and adversarial input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viscrape import segment_sentences

# (rule, input, expected sentences)
HARD_CASES: list[tuple[str, str, list[str]]] = [
    # line breaks
    ("headline", "Giá xăng tăng lần thứ ba liên tiếp\nTừ 15h chiều nay, giá xăng RON95 tăng 500 đồng.",
     ["Giá xăng tăng lần thứ ba liên tiếp", "Từ 15h chiều nay, giá xăng RON95 tăng 500 đồng."]),
    ("blank line", "Đoạn một kết thúc ở đây\n\nĐoạn hai bắt đầu.",
     ["Đoạn một kết thúc ở đây", "Đoạn hai bắt đầu."]),
    ("caption line", "Hiện trường vụ tai nạn trên quốc lộ 1A. Ảnh: TTXVN\nCơ quan chức năng đang điều tra.",
     ["Hiện trường vụ tai nạn trên quốc lộ 1A.", "Ảnh: TTXVN", "Cơ quan chức năng đang điều tra."]),
    ("time line", "13:03 / 25/12/2024 GMT+7\nBài viết có nội dung mới.",
     ["13:03 / 25/12/2024 GMT+7", "Bài viết có nội dung mới."]),
    ("crlf", "Dòng đầu tiên.\r\nDòng thứ hai", ["Dòng đầu tiên.", "Dòng thứ hai"]),
    ("line break inside comma clause", "Ông Hùng cho biết,\nnăm nay doanh thu tăng.",
     ["Ông Hùng cho biết,", "năm nay doanh thu tăng."]),
    # plain boundaries
    ("simple", "Trời mưa to. Đường ngập sâu.", ["Trời mưa to.", "Đường ngập sâu."]),
    ("question", "Vì sao giá vàng tăng? Các chuyên gia lý giải.", ["Vì sao giá vàng tăng?", "Các chuyên gia lý giải."]),
    ("exclamation run", "Thật không thể tin nổi?! Đội tuyển đã thắng.",
     ["Thật không thể tin nổi?!", "Đội tuyển đã thắng."]),
    ("no space after period", "Sự việc xảy ra tại Hà Nội.Sau đó, công an đã vào cuộc.",
     ["Sự việc xảy ra tại Hà Nội.", "Sau đó, công an đã vào cuộc."]),
    ("lowercase continuation", "Xem mục 3. tiếp theo trong báo cáo.", ["Xem mục 3. tiếp theo trong báo cáo."]),
    ("digit starts sentence", "Kết quả được công bố hôm qua. 15 người đã trúng tuyển.",
     ["Kết quả được công bố hôm qua.", "15 người đã trúng tuyển."]),
    ("no final punctuation", "Tin mới nhất về bão số 3", ["Tin mới nhất về bão số 3"]),
    ("surrounding whitespace", "   Câu có khoảng trắng.   Câu sau.  ", ["Câu có khoảng trắng.", "Câu sau."]),
    ("empty", "", []),
    ("only spaces", " \n\t \n", []),
    # abbreviations and titles
    ("TP. with name", "Mưa lớn gây ngập nhiều tuyến phố ở TP. Thủ Đức vào chiều qua.",
     ["Mưa lớn gây ngập nhiều tuyến phố ở TP. Thủ Đức vào chiều qua."]),
    ("TP.HCM mid", "Giá nhà tại TP.HCM tiếp tục tăng trong quý III.", ["Giá nhà tại TP.HCM tiếp tục tăng trong quý III."]),
    ("TP.HCM end", "Ông Tuấn hiện sống ở TP.HCM. Ông có hai con.", ["Ông Tuấn hiện sống ở TP.HCM.", "Ông có hai con."]),
    ("TS. name", "TS. Lê Văn Hòa, Viện Kinh tế, nhận định thị trường sẽ phục hồi.",
     ["TS. Lê Văn Hòa, Viện Kinh tế, nhận định thị trường sẽ phục hồi."]),
    ("ThS. name", "Theo ThS. Trần Thị Mai, trẻ cần ngủ đủ giấc.", ["Theo ThS. Trần Thị Mai, trẻ cần ngủ đủ giấc."]),
    ("PGS.TS. name", "PGS.TS. Nguyễn Quang Huy cho rằng cần thận trọng. Ông đề xuất ba giải pháp.",
     ["PGS.TS. Nguyễn Quang Huy cho rằng cần thận trọng.", "Ông đề xuất ba giải pháp."]),
    ("GS.TSKH name", "GS.TSKH Đặng Hùng Võ từng là Thứ trưởng.", ["GS.TSKH Đặng Hùng Võ từng là Thứ trưởng."]),
    ("GS.TSKH. name", "Phát biểu của GS.TSKH. Phạm Văn Hải được nhiều đại biểu đồng tình.",
     ["Phát biểu của GS.TSKH. Phạm Văn Hải được nhiều đại biểu đồng tình."]),
    ("BS. name", "BS. Phạm Thanh Tùng, Bệnh viện Bạch Mai, khuyến cáo người dân không tự ý dùng thuốc.",
     ["BS. Phạm Thanh Tùng, Bệnh viện Bạch Mai, khuyến cáo người dân không tự ý dùng thuốc."]),
    ("Th.S name", "Th.S Hoàng Minh Đức giảng dạy tại trường.", ["Th.S Hoàng Minh Đức giảng dạy tại trường."]),
    ("Q.1 P.5", "Cửa hàng nằm ở P.5, Q.3, TP.HCM và chi nhánh tại Q.1. Giá bán không đổi.",
     ["Cửa hàng nằm ở P.5, Q.3, TP.HCM và chi nhánh tại Q.1.", "Giá bán không đổi."]),
    ("Q. spaced", "Người dân Q. Bình Thạnh phản ánh tình trạng ngập.", ["Người dân Q. Bình Thạnh phản ánh tình trạng ngập."]),
    ("Mr.", "Mr. Đàm, tên gọi thân mật của ca sĩ, vừa ra mắt MV mới.", ["Mr. Đàm, tên gọi thân mật của ca sĩ, vừa ra mắt MV mới."]),
    ("U.S.", "Quân đội U.S. Army xác nhận thông tin này.", ["Quân đội U.S. Army xác nhận thông tin này."]),
    ("v.v. mid", "Các mặt hàng như gạo, đường, sữa v.v. đều tăng giá.", ["Các mặt hàng như gạo, đường, sữa v.v. đều tăng giá."]),
    ("v.v. end", "Cửa hàng bán rau, củ, quả v.v. Giá đều ổn định.", ["Cửa hàng bán rau, củ, quả v.v.", "Giá đều ổn định."]),
    ("v.v. before comma", "Xe máy, ô tô v.v., đều phải dừng lại.", ["Xe máy, ô tô v.v., đều phải dừng lại."]),
    ("v.v... ellipsis", "Họ mang theo bánh, kẹo, trái cây v.v... Ai cũng vui.",
     ["Họ mang theo bánh, kẹo, trái cây v.v...", "Ai cũng vui."]),
    ("user abbreviation", "Bài viết của Tk. Minh rất hay.", ["Bài viết của Tk.", "Minh rất hay."]),
    # initials
    ("Vietnamese initial", "Anh Nguyễn V. Nam, 32 tuổi, bị thương nhẹ.", ["Anh Nguyễn V. Nam, 32 tuổi, bị thương nhẹ."]),
    ("English initial", "Tổng thống Donald J. Trump đã đến Hà Nội.", ["Tổng thống Donald J. Trump đã đến Hà Nội."]),
    ("anonymised name ends", "Người bị hại là anh Nguyễn Văn A. Ông A đã trình báo công an.",
     ["Người bị hại là anh Nguyễn Văn A.", "Ông A đã trình báo công an."]),
    ("group letter ends", "Việt Nam nằm ở bảng A. Đội tuyển sẽ đá trận đầu vào tối nay.",
     ["Việt Nam nằm ở bảng A.", "Đội tuyển sẽ đá trận đầu vào tối nay."]),
    # numbers, dates, plates
    ("thousands", "Giá vàng lên 2.500 USD mỗi ounce.", ["Giá vàng lên 2.500 USD mỗi ounce."]),
    ("decimal point", "Tăng trưởng đạt 3.5 điểm phần trăm.", ["Tăng trưởng đạt 3.5 điểm phần trăm."]),
    ("big number", "Thiệt hại ước tính 1.200.000.000 đồng. Chủ xe đã trình báo.",
     ["Thiệt hại ước tính 1.200.000.000 đồng.", "Chủ xe đã trình báo."]),
    ("24/7", "Đường dây nóng hoạt động 24/7. Người dân có thể gọi bất cứ lúc nào.",
     ["Đường dây nóng hoạt động 24/7.", "Người dân có thể gọi bất cứ lúc nào."]),
    ("time", "Vụ việc xảy ra lúc 13:03. Lực lượng cứu hỏa có mặt sau 10 phút.",
     ["Vụ việc xảy ra lúc 13:03.", "Lực lượng cứu hỏa có mặt sau 10 phút."]),
    ("date dotted", "Quyết định có hiệu lực từ ngày 01.07.2025 trên toàn quốc.",
     ["Quyết định có hiệu lực từ ngày 01.07.2025 trên toàn quốc."]),
    ("year end", "Dự án khởi công năm 2024. Năm 2026 sẽ hoàn thành.", ["Dự án khởi công năm 2024.", "Năm 2026 sẽ hoàn thành."]),
    ("plate", "Xe ô tô mang biển số 29A-123.45 bỏ chạy khỏi hiện trường.",
     ["Xe ô tô mang biển số 29A-123.45 bỏ chạy khỏi hiện trường."]),
    ("plate end", "Tài xế điều khiển xe 51F-678.90. Anh ta đã bị tạm giữ.",
     ["Tài xế điều khiển xe 51F-678.90.", "Anh ta đã bị tạm giữ."]),
    ("percent", "Lạm phát ở mức 3,5%. Ngân hàng Nhà nước giữ nguyên lãi suất.",
     ["Lạm phát ở mức 3,5%.", "Ngân hàng Nhà nước giữ nguyên lãi suất."]),
    # URLs and e-mails
    ("url", "Thông tin chi tiết xem tại https://vnexpress.net/thoi-su.html. Bạn đọc có thể góp ý.",
     ["Thông tin chi tiết xem tại https://vnexpress.net/thoi-su.html.", "Bạn đọc có thể góp ý."]),
    ("domain end", "Bài viết đăng trên thanhnien.vn. Tòa soạn đã nhận phản hồi.",
     ["Bài viết đăng trên thanhnien.vn.", "Tòa soạn đã nhận phản hồi."]),
    ("domain mid", "Trang baochinhphu.vn đăng tải toàn văn nghị định.", ["Trang baochinhphu.vn đăng tải toàn văn nghị định."]),
    ("email", "Độc giả gửi bài về địa chỉ toasoan@tuoitre.com.vn. Mọi thư đều được hồi âm.",
     ["Độc giả gửi bài về địa chỉ toasoan@tuoitre.com.vn.", "Mọi thư đều được hồi âm."]),
    # quotations
    ("quote + attribution", '"Chúng tôi đã sẵn sàng. Không có gì phải lo", ông Hải nói.',
     ['"Chúng tôi đã sẵn sàng. Không có gì phải lo", ông Hải nói.']),
    ("quote closing then new sentence", 'Ông Bình nói: "Giá sẽ giảm. Người dân yên tâm." Mọi người vỗ tay.',
     ['Ông Bình nói: "Giá sẽ giảm. Người dân yên tâm."', "Mọi người vỗ tay."]),
    ("smart quotes", "Bà Lan chia sẻ: “Tôi rất vui. Cảm ơn mọi người.” Sau đó bà rời đi.",
     ["Bà Lan chia sẻ: “Tôi rất vui. Cảm ơn mọi người.”", "Sau đó bà rời đi."]),
    ("question quote dash", "“Sao lại thế?” – anh Tùng hỏi. Không ai trả lời.",
     ["“Sao lại thế?” – anh Tùng hỏi.", "Không ai trả lời."]),
    ("quote after sentence", 'Ông nói tiếp. "Chúng ta phải làm ngay."', ["Ông nói tiếp.", '"Chúng ta phải làm ngay."']),
    ("single quotes", "Ông gọi đó là ‘cú sốc. Rất lớn’ với thị trường.", ["Ông gọi đó là ‘cú sốc. Rất lớn’ với thị trường."]),
    ("guillemets", "Tờ báo viết: «Thỏa thuận đã ký. Hai bên hài lòng.» Đây là tin vui.",
     ["Tờ báo viết: «Thỏa thuận đã ký. Hai bên hài lòng.»", "Đây là tin vui."]),
    ("unclosed quote bounded", "Ông nói: “Tôi không biết. Anh ấy đi rồi.\nSáng nay trời mưa. Đường trơn.",
     ["Ông nói: “Tôi không biết.", "Anh ấy đi rồi.", "Sáng nay trời mưa.", "Đường trơn."]),
    ("unclosed quote mid-line", "Tiêu đề bài “Mùa lũ. Nhiều nơi ngập sâu. Người dân sơ tán.",
     ["Tiêu đề bài “Mùa lũ.", "Nhiều nơi ngập sâu.", "Người dân sơ tán."]),
    ("orphan closing mark", "Anh ấy đã đi.” Mọi người im lặng.", ["Anh ấy đã đi.”", "Mọi người im lặng."]),
    ("nested quotes", "Ông kể: “Họ bảo ‘Đi ngay. Đừng chờ.’ Tôi đi.” Rồi ông cười.",
     ["Ông kể: “Họ bảo ‘Đi ngay. Đừng chờ.’ Tôi đi.”", "Rồi ông cười."]),
    # brackets
    ("bracket caption", "Đoàn công tác thăm nhà máy (Ảnh: TTXVN). Nhà máy có 500 công nhân.",
     ["Đoàn công tác thăm nhà máy (Ảnh: TTXVN).", "Nhà máy có 500 công nhân."]),
    ("bracket with period", "Dự luật được thông qua (với 450 phiếu. Tỷ lệ 90%) vào chiều qua.",
     ["Dự luật được thông qua (với 450 phiếu. Tỷ lệ 90%) vào chiều qua."]),
    ("bracket sentence", "Kết quả rất khả quan. (Số liệu do Bộ Y tế cung cấp.) Dịch đã được kiểm soát.",
     ["Kết quả rất khả quan.", "(Số liệu do Bộ Y tế cung cấp.)", "Dịch đã được kiểm soát."]),
    # ellipses
    ("ellipsis lowercase", "Anh ấy im lặng... rồi bỏ đi.", ["Anh ấy im lặng... rồi bỏ đi."]),
    ("ellipsis uppercase", "Mọi thứ đã quá muộn... Không ai cứu được nữa.", ["Mọi thứ đã quá muộn...", "Không ai cứu được nữa."]),
    ("unicode ellipsis", "Cô ấy chờ mãi… Cuối cùng anh cũng đến.", ["Cô ấy chờ mãi…", "Cuối cùng anh cũng đến."]),
    ("ellipsis before number", "Số người tăng từ 10... 20 rồi 30 người.", ["Số người tăng từ 10... 20 rồi 30 người."]),
    # interviews and dialogue
    ("interview turns", "- Anh đánh giá thế nào? - Tôi nghĩ rất tốt.", ["- Anh đánh giá thế nào?", "- Tôi nghĩ rất tốt."]),
    ("dash attribution lowercase", "“Tôi sẽ trở lại!” - cô nói trong nước mắt.", ["“Tôi sẽ trở lại!” - cô nói trong nước mắt."]),
    # whitespace other than spaces, rarer marks
    ("tab and no-break spaces", "Anh Nguyễn\tV. Nam đi. Ông\u00a0nói. Bà\u2003Lan về.",
     ["Anh Nguyễn\tV. Nam đi.", "Ông\u00a0nói.", "Bà\u2003Lan về."]),
    ("bracket after no-break spaces", "Anh ấy về.\u00a0\u00a0Trời mưa. (Ảnh: TTXVN)\tĐường ngập.",
     ["Anh ấy về.", "Trời mưa.", "(Ảnh: TTXVN)\tĐường ngập."]),
    ("initial across a tab", "Ông\tA.\tÔng B. “Đi thôi.”\t– anh nói.",
     ["Ông\tA.", "Ông B.", "“Đi thôi.”\t– anh nói."]),
    ("single guillemets and low quote", "Ông nói ‹Đi. Về› rồi đi. Bà „Lan. Về” cũng thế.",
     ["Ông nói ‹Đi. Về› rồi đi.", "Bà „Lan. Về” cũng thế."]),
    ("abbreviation before closing mark", "Ông sống ở (TP.) Huế. Rồi đi (v.v.) Sau đó về.",
     ["Ông sống ở (TP.) Huế.", "Rồi đi (v.v.)", "Sau đó về."]),
    # NFD input
    ("NFD", "Ông Hoa\u0300ng no\u0301i. Ba\u0300 Lan đô\u0300ng y\u0301.", ["Ông Hoa\u0300ng no\u0301i.", "Ba\u0300 Lan đô\u0300ng y\u0301."]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), HARD_CASES, ids=[case[0] for case in HARD_CASES])
def test_hard_cases(rule: str, text: str, expected: list[str]) -> None:
    assert [span.text for span in segment_sentences(text)] == expected


def test_suite_is_large_enough() -> None:
    assert len(HARD_CASES) >= 60
    assert len({rule for rule, _, _ in HARD_CASES}) == len(HARD_CASES)


def test_user_abbreviations_extend_the_list() -> None:
    text = "Bài viết của Tk. Minh rất hay."
    assert [s.text for s in segment_sentences(text, abbreviations=["Tk."])] == [text]
    assert [s.text for s in segment_sentences(text, abbreviations={"Tk.": "title"})] == [text]
    assert len(segment_sentences("Mua sắm, v.v. Rồi về.", abbreviations={"v.v.": "title"})) == 1


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        segment_sentences(b"abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="title"):
        segment_sentences("a", abbreviations={"Tk.": "sometimes"})
    with pytest.raises(TypeError, match="abbreviations"):
        segment_sentences("a", abbreviations="Tk.")


def _check_cover(text: str) -> None:
    spans = segment_sentences(text)
    position = 0
    for span in spans:
        assert position <= span.start < span.end <= len(text)
        assert text[span.start:span.end] == span.text
        assert span.text == span.text.strip() and span.text
        assert not text[position:span.start].strip()  # nothing but whitespace left out
        position = span.end
    assert not text[position:].strip()


def _abbreviation_lines() -> list[str]:
    from viscrape._data import load_lines

    return list(load_lines("abbreviations.txt"))


CHUNKY = st.lists(
    st.sampled_from(list("aăbđêơưAĐTVQ1 \t\u00a0.?!…\"“”‘’«»‹›„()[]{},;:'@-\u0301")
                    + [row.split("\t")[0] for row in _abbreviation_lines()] + ["www", "vn"]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(CHUNKY)
def test_marked_chunks_are_tokenised_as_the_tokeniser_does(text: str) -> None:
    # segment_sentences tokenises only the chunks with marks, some without the tokeniser
    # (opening marks + letters + closing marks): the tokens must be the tokeniser's
    from viscrape.sentences import _Line, _tokens_between

    text = text.strip()
    first_mark = next((i for i, c in enumerate(text) if c in '.?!…"“”‘’«»‹›„()[]{}'), None)
    if first_mark is None:
        return
    line = _Line(text, 0, len(text), first_mark)
    expected = _tokens_between(text, 0, len(text))
    for chunk in line.chunks:
        assert chunk == [t for t in expected if chunk[0][0] <= t[0] < chunk[-1][1]]
        assert text[chunk[0][0] - 1 : chunk[0][0]].strip() == ""  # whole chunks
        assert text[chunk[-1][1] : chunk[-1][1] + 1].strip() == ""
    marked = [t for t in expected if any(c in '.?!…"“”‘’«»‹›„()[]{}' for c in t[2])]
    assert {t[0] for t in marked} <= {t[0] for chunk in line.chunks for t in chunk}


NEWSY = st.lists(
    st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĐHTQPVU .,;:?!…\"“”‘’'()[]«»-–/@%0123456789\n\t")
                             + ["TP.", "TS.", "v.v.", "...", "Ông ", " Bà ", "\u0300", "\u0301", "\u200b", "https://a.vn/x.", "a@b.vn", "13:03", "2.500"]),
    max_size=80,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_properties_on_newsy_text(text: str) -> None:
    _check_cover(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_properties_on_any_text(text: str) -> None:
    _check_cover(text)


@pytest.mark.parametrize(
    "text",
    [
        '"' * 100_000,
        "." * 100_000,
        "TP." * 50_000,
        "“" * 50_000 + "”" * 50_000,
        "(" * 50_000 + "]" * 50_000,
        "a." * 100_000,
        "Ông A. " * 30_000,
        ("Hà Nội đẹp lắm, " * 70_000)[:1_000_000],
        "x" * 1_000_000,
        "http://" + "." * 200_000,
        "a@" * 100_000,
        "1." * 100_000,
    ],
    ids=["quotes", "periods", "TP.", "smart quotes", "brackets", "a.", "initials", "1MB line",
         "1MB word", "url dots", "at signs", "numbers"],
)
def test_linear_on_adversarial_input(text: str) -> None:
    # generous guard: quadratic behaviour on these inputs would take minutes
    started = time.perf_counter()
    _check_cover(text)
    assert time.perf_counter() - started < 10
