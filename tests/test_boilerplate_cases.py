"""Invented scraped articles in the styles of several Vietnamese outlets, each line
prefixed with its expected label: T title, H heading, B body, C caption, Y byline,
N boilerplate. ``B[start]|`` marks a body line with a glued prefix: its kept content
must start with ``start``.

None of these sentences comes from the seed articles.
"""

from __future__ import annotations

import pytest

from viscrape import strip_boilerplate

LABELS = {"T": "title", "H": "heading", "B": "body", "C": "caption", "Y": "byline", "N": "boilerplate"}


def parse_case(case: str) -> tuple[str, list[str], dict[int, str]]:
    """(text, expected label per non-blank line, expected content for cut lines)."""
    lines: list[str] = []
    labels: list[str] = []
    contents: dict[int, str] = {}
    for raw in case.strip("\n").split("\n"):
        if not raw.strip():
            lines.append("")
            continue
        code, _, text = raw.partition("|")
        label = LABELS[code[0]]
        if "[" in code:
            contents[len(labels)] = code[code.index("[") + 1 : code.index("]")]
        lines.append(text)
        labels.append(label)
    return "\n".join(lines), labels, contents


VNEXPRESS = """
N|Thời sự  Giao thông
N|Thứ sáu, 14/11/2025, 06:40 (GMT+7)
T|Cao tốc Bắc - Nam đoạn qua Khánh Hòa thông xe trước Tết

B|Gần 90 km cao tốc qua Khánh Hòa và Ninh Thuận sẽ đưa vào khai thác trước ngày 25/1/2026, sớm hơn kế hoạch ba tháng.

B|Theo Ban quản lý dự án 7, nhà thầu đã hoàn thành 96% khối lượng mặt đường, các hạng mục còn lại gồm biển báo, hộ lan và trạm dừng nghỉ.

C|Công nhân thảm bê tông nhựa trên đoạn cao tốc qua huyện Cam Lâm, chiều 12/11. Ảnh: Bùi Toàn

B|Ông Trần Văn Hậu, Giám đốc ban, cho biết khó khăn lớn nhất là nguồn đất đắp nền ở đoạn qua Ninh Hòa do mưa kéo dài.

H|Giảm một nửa thời gian di chuyển

B|Khi thông xe, thời gian từ Nha Trang đi Phan Rang rút xuống còn khoảng một giờ, thay vì hai giờ trên quốc lộ 1.

B|Tuyến có bốn làn xe, vận tốc thiết kế 90 km/h.

Y|Bùi Toàn
N|Chia sẻ
N|Tin liên quan
N|Khởi công nút giao cao tốc với quốc lộ 27 ở Ninh Thuận
N|Đề xuất mở rộng cao tốc Cam Lâm - Vĩnh Hảo lên sáu làn
"""

TUOI_TRE = """
N|28/10/2025 14:35 GMT+7
T|Hơn 1.200 học sinh Đà Nẵng nghỉ học vì mưa lũ
B[Sáng 28-10]|TTO - Sáng 28-10, Sở Giáo dục và Đào tạo TP Đà Nẵng yêu cầu các trường ở vùng trũng cho học sinh nghỉ học để bảo đảm an toàn.
C|Nước ngập sâu trước cổng một trường tiểu học ở quận Liên Chiểu sáng 28-10 - Ảnh: ĐOÀN NHẠN
B|Theo sở, có 14 trường với hơn 1.200 học sinh phải nghỉ học trong ngày, các trường còn lại vẫn học bình thường.
B|"Chúng tôi đã chuẩn bị sẵn phương án học trực tuyến nếu mưa kéo dài sang tuần sau", bà Lê Thị Mai, phó giám đốc sở, nói.
Y|ĐOÀN NHẠN
N|Trở lại chủ đề
N|Tin cùng chuyên mục
N|Đà Nẵng sơ tán gần 3.000 hộ dân trước bão
N|Đà Nẵng sơ tán gần 3.000 hộ dân trước bão - Ảnh 1.
"""

THANH_NIEN = """
T|Giá vàng nhẫn lần đầu vượt 150 triệu đồng mỗi lượng

B|Sáng 20.10, nhiều doanh nghiệp điều chỉnh giá vàng nhẫn tăng thêm 1,2 triệu đồng mỗi lượng so với cuối tuần trước.

C|Người dân xếp hàng mua vàng tại một cửa hàng trên đường Trần Nhân Tôn, Q.10, TP.HCM ẢNH: NHẬT THỊNH

B|Tại TP.HCM, Công ty SJC niêm yết vàng nhẫn ở mức 148 - 150,5 triệu đồng, mức cao nhất từ trước đến nay.

B|Chuyên gia cho rằng người mua nên thận trọng.

H|Vàng thế giới tiếp tục lập đỉnh

B|Trên thị trường quốc tế, giá vàng giao ngay tăng lên 4.350 USD mỗi ounce trong phiên giao dịch châu Á.

C|Giá vàng thế giới tăng mạnh trong tháng 10
C|ẢNH: REUTERS

B|Các ngân hàng trung ương tiếp tục mua ròng vàng, trong khi đồng USD suy yếu sau tín hiệu giảm lãi suất.
"""

DAN_TRI = """
B[Ngày 3/11]|(Dân trí) - Ngày 3/11, Bệnh viện Bạch Mai cho biết vừa cứu sống một bệnh nhân 68 tuổi bị ngừng tim ngoài viện.

B|Theo các bác sĩ, bệnh nhân được người nhà đưa vào viện trong tình trạng hôn mê, không bắt được mạch.

C|Các bác sĩ thăm khám cho bệnh nhân sau ca cấp cứu (Ảnh: Bệnh viện cung cấp).

B|Sau 40 phút ép tim và sốc điện, tim bệnh nhân đập trở lại. Hiện người bệnh đã tỉnh, ăn uống được.

B|Bác sĩ khuyến cáo người dân học cách sơ cứu ngừng tim để kịp thời hỗ trợ người xung quanh.

Y|Minh Nhật - Hoàng Lê
N|Video cùng chuyên mục
N|[Video] Bác sĩ hướng dẫn cách sơ cứu khi bị đột quỵ
N|[Video] Những dấu hiệu cảnh báo bệnh tim
"""

VTC = """
N|(VTC News) -
B|Chiều 2/11, Công an tỉnh Đồng Nai cho biết đã bắt giữ nhóm đối tượng lừa đảo qua mạng, chiếm đoạt hơn 20 tỷ đồng.
C|Các đối tượng tại cơ quan công an. (Ảnh: Công an cung cấp)
B|Theo cơ quan điều tra, nhóm này giả danh nhân viên ngân hàng, gọi điện đề nghị nạn nhân cập nhật thông tin tài khoản.
B|Vụ án đang được mở rộng điều tra.
N|Xem clip: Cảnh báo thủ đoạn giả danh ngân hàng
N|VTC1
Y|Thanh Hà
N|Bình luận
"""

VOV = """
B[Ngày 5/11]|VOV.VN - Ngày 5/11, Quốc hội thảo luận tại tổ về dự án Luật Dữ liệu sửa đổi.

B|Nhiều đại biểu đề nghị làm rõ trách nhiệm của doanh nghiệp khi để lộ dữ liệu cá nhân của khách hàng.

C|Đại biểu Quốc hội thảo luận tại tổ. Ảnh: Quang Khánh

B|Đại biểu Trần Văn Lâm cho rằng mức phạt hiện nay chưa đủ sức răn đe.

Y|Hà Linh/VOV.VN
N|Tin liên quan
N|Quốc hội bàn về chuyển đổi số quốc gia
"""

ZNEWS = """
B[Chiều 30/10]| date 2025-10-30 Chiều 30/10, Sở Xây dựng Hà Nội công bố phương án tổ chức giao thông mới quanh hồ Hoàn Kiếm.
C|Ảnh: Việt Hùng.
B|Theo phương án, các tuyến phố Đinh Tiên Hoàng, Lê Thái Tổ sẽ cấm ôtô vào cuối tuần từ 19h đến 24h.
B|Người dân được khuyến khích sử dụng xe buýt và xe đạp công cộng.
"""

PLO = """
B[Chiều 1-11]|(PLO)- Chiều 1-11, TAND TP.HCM mở phiên xét xử sơ thẩm vụ án lừa đảo chiếm đoạt tài sản tại một công ty bất động sản.
C|Các bị cáo tại phiên tòa. Ảnh: HOÀNG GIANG
B|Theo cáo trạng, từ năm 2019 đến 2022, các bị cáo đã nhận tiền đặt cọc của hơn 300 khách hàng nhưng không giao đất.
B|- Xin ông cho biết quan điểm của luật sư về tội danh mà viện kiểm sát truy tố?
B|- Chúng tôi cho rằng cần làm rõ vai trò của từng bị cáo trước khi quyết định hình phạt.
Y|HOÀNG GIANG
"""

NLD = """
N|Trang chủ > Thời sự > Xã hội
T|TP HCM đề xuất miễn học phí cho học sinh THPT từ năm học tới
B[UBND TP HCM]|(NLĐO) - UBND TP HCM vừa trình HĐND TP dự thảo nghị quyết miễn học phí cho học sinh THPT công lập.
B|Theo dự thảo, kinh phí thực hiện khoảng 1.500 tỉ đồng mỗi năm, do ngân sách thành phố bảo đảm.
C|Học sinh một trường THPT ở quận 3 trong giờ học
C|Ảnh: TẤN THẠNH
B|Nếu được thông qua, chính sách áp dụng từ học kỳ II năm học 2025-2026.
Y|Tấn Thạnh
N|Theo dõi NLĐO trên Google News
"""

VIETNAMNET = """
N|Đọc nhiều
T|Giá cước taxi công nghệ tăng mạnh dịp cuối năm
B|Nhiều hành khách phản ánh giá cước gọi xe công nghệ giờ cao điểm tăng gấp đôi so với ngày thường.
N|Xem thêm: Doanh nghiệp taxi công nghệ lỗ nghìn tỷ
B|Đại diện một hãng xe cho biết hệ số giá tăng tự động khi nhu cầu vượt số tài xế trực tuyến.
B|Bộ Công Thương đề nghị các hãng công khai cách tính giá để người dùng theo dõi.
B|Hiệp hội Bảo vệ người tiêu dùng cũng kiến nghị cơ quan quản lý đặt mức trần cho hệ số giá trong các dịp lễ, Tết.
Y|Hồng Phúc
N|Bình luận (12)
N|Gửi bình luận
N|Nguyễn Minh: Giá tăng vô lý quá, tôi đi 5 km mà mất 150 nghìn.
"""

LAO_DONG = """
T|Nông dân Đồng Tháp trúng mùa lúa thu đông
B|Vụ lúa thu đông năm nay, nông dân huyện Tháp Mười thu hoạch đạt năng suất bình quân 6,5 tấn/ha, cao hơn năm trước gần nửa tấn.
C|Nông dân thu hoạch lúa tại huyện Tháp Mười.Ảnh: Lục Tùng
C|Nông dân thu hoạch lúa tại huyện Tháp Mười.Ảnh: Lục Tùng
B|Giá lúa tươi tại ruộng dao động từ 6.800 đến 7.200 đồng/kg, nhiều hộ lãi trên 25 triệu đồng mỗi ha.
N|Lên top
Y|Lục Tùng (báo lao động)
N|https://laodong.vn/kinh-te/nong-dan-dong-thap-trung-mua.html
"""

CAND = """
N|--> 
N|<div class="detail-content">
T|Bắt đối tượng vận chuyển 10 bánh heroin qua biên giới
B|Ngày 6/11, Công an tỉnh Sơn La cho biết đã bắt giữ Lò Văn Hùng (35 tuổi) khi đang vận chuyển 10 bánh heroin.
B|"Đối tượng rất manh động, mang theo vũ khí nóng", đại diện ban chuyên án nói.
B|Vụ việc đang được điều tra làm rõ.
N|"Đối tượng rất manh động, mang theo vũ khí nóng"
Y|Thanh Sơn
"""

CHINH_PHU = """
N|13:15 | 04/11/2025
T|Thủ tướng chỉ đạo khẩn trương khắc phục hậu quả mưa lũ miền Trung
B[Thủ tướng]|(Chinhphu.vn) - Thủ tướng vừa ký công điện yêu cầu các bộ, ngành và địa phương miền Trung tập trung khắc phục hậu quả mưa lũ, sớm ổn định đời sống người dân.
C|Lực lượng chức năng giúp người dân di chuyển đồ đạc ra khỏi vùng ngập - Ảnh: VGP/Nhật Bắc
B|Công điện nêu rõ, các địa phương phải bảo đảm không để người dân nào bị đói, rét, thiếu nước sạch.
B|Bộ Tài chính được giao xuất cấp gạo dự trữ quốc gia hỗ trợ các tỉnh bị thiệt hại nặng.
Y|Hải Minh
"""

INTERVIEW = """
T|Đạo diễn Lê Hoàng Nam: "Phim Việt cần kịch bản tốt hơn là kỹ xảo"
B|Bộ phim mới của đạo diễn Lê Hoàng Nam vừa vượt mốc 100 tỷ đồng doanh thu sau hai tuần công chiếu.
B|- Anh nghĩ vì sao phim được khán giả đón nhận?
B|- Tôi nghĩ khán giả thấy mình trong câu chuyện. Chúng tôi mất ba năm chỉ để viết kịch bản.
C|Đạo diễn Lê Hoàng Nam tại buổi ra mắt phim ở TP.HCM. Ảnh: NVCC
B|- Kế hoạch sắp tới của anh là gì?
B|- Tôi đang chuẩn bị một phim về đề tài gia đình, dự kiến bấm máy đầu năm sau.
B|- Xin cảm ơn anh!
Y|Bài: Thu Hà
"""

PULL_QUOTE = """
T|Nhà khoa học trẻ giành giải thưởng quốc tế về vật liệu mới
B|Tiến sĩ Phạm Thu Trang, 32 tuổi, vừa được trao giải thưởng của Hiệp hội Vật liệu châu Á cho nghiên cứu về pin thể rắn.
N|"Tôi muốn chứng minh người Việt làm được khoa học ở tầm thế giới"
B|Chia sẻ sau lễ trao giải, chị Trang nói: "Tôi muốn chứng minh người Việt làm được khoa học ở tầm thế giới". Nhóm của chị gồm năm thành viên, đều dưới 35 tuổi.
B|Nghiên cứu của nhóm giúp tăng tuổi thọ pin thêm 40% và giảm nguy cơ cháy nổ.
"""

LEAD_REPEAT = """
T|Hà Nội cấm xe máy trong vành đai 1 từ năm 2026
B|HĐND TP Hà Nội vừa thông qua nghị quyết hạn chế xe máy chạy xăng trong khu vực vành đai 1 từ ngày 1/7/2026.
B|Theo nghị quyết, thành phố sẽ hỗ trợ người dân chuyển đổi sang xe điện với mức 3-5 triệu đồng mỗi xe.
B|Các tuyến xe buýt điện sẽ được bổ sung để phục vụ nhu cầu đi lại trong khu vực nội đô.
Y|Minh Quân
N|HĐND TP Hà Nội vừa thông qua nghị quyết hạn chế xe máy chạy xăng trong khu vực vành đai 1 từ ngày 1/7/2026.
"""

INLINE_RELATED = """
T|Mưa lớn gây sạt lở nghiêm trọng ở Quảng Nam
B|Mưa lớn kéo dài từ đêm 27/10 đã gây sạt lở nhiều đoạn đường lên các huyện miền núi của Quảng Nam, chia cắt hàng nghìn hộ dân.

N|Quảng Nam sơ tán hơn 5.000 người khỏi vùng nguy hiểm sạt lở
N|Thủy điện xả lũ, hạ du sông Vu Gia ngập sâu

B|Tại huyện Nam Trà My, một điểm sạt lở vùi lấp ba căn nhà, lực lượng cứu hộ đang tìm kiếm hai người mất tích trong đêm.

B|Ông Nguyễn Văn Lâm, Chủ tịch UBND huyện, cho biết xe cứu hộ chưa thể tiếp cận hiện trường vì đường bị chia cắt ở nhiều đoạn.

H|Nguy cơ lũ quét

B|Đài khí tượng cảnh báo mưa còn kéo dài đến hết ngày 30/10, nguy cơ cao xảy ra lũ quét ở các huyện miền núi.
"""

CAPTION_NO_CREDIT = """
T|Khai mạc Hội chợ nông sản vùng Tây Nguyên

B|Sáng 7/11, tại TP Buôn Ma Thuột, UBND tỉnh Đắk Lắk khai mạc Hội chợ nông sản vùng Tây Nguyên với hơn 300 gian hàng.

C|Quang cảnh lễ khai mạc hội chợ.

B|Phó Chủ tịch UBND tỉnh Nguyễn Thị Hạnh phát biểu khai mạc, nhấn mạnh hội chợ là cơ hội để nông dân kết nối với doanh nghiệp.

C|Phó Chủ tịch UBND tỉnh Nguyễn Thị Hạnh phát biểu khai mạc hội chợ

B|Hội chợ kéo dài đến hết ngày 11/11.

B|Ban tổ chức dự kiến đón khoảng 50.000 lượt khách.
"""

CASES = {
    "vnexpress": VNEXPRESS,
    "tuoitre": TUOI_TRE,
    "thanhnien": THANH_NIEN,
    "dantri": DAN_TRI,
    "vtc": VTC,
    "vov": VOV,
    "znews": ZNEWS,
    "plo": PLO,
    "nld": NLD,
    "vietnamnet": VIETNAMNET,
    "laodong": LAO_DONG,
    "cand": CAND,
    "chinhphu": CHINH_PHU,
    "interview": INTERVIEW,
    "pull_quote": PULL_QUOTE,
    "lead_repeat": LEAD_REPEAT,
    "inline_related": INLINE_RELATED,
    "caption_no_credit": CAPTION_NO_CREDIT,
}

EXPECTED_METADATA = {
    "vnexpress": {"date": "2025-11-14", "author": "Bùi Toàn"},
    "tuoitre": {"date": "2025-10-28", "source": "TTO", "author": "ĐOÀN NHẠN"},
    "dantri": {"source": "Dân trí", "author": "Minh Nhật - Hoàng Lê"},
    "vtc": {"source": "VTC News", "author": "Thanh Hà"},
    "vov": {"source": "VOV.VN", "author": "Hà Linh"},
    "znews": {"date": "2025-10-30"},
    "plo": {"source": "PLO"},
    "nld": {"source": "NLĐO", "title": "TP HCM đề xuất miễn học phí cho học sinh THPT từ năm học tới"},
    "chinhphu": {"date": "2025-11-04", "source": "Chinhphu.vn", "author": "Hải Minh"},
    "interview": {"author": "Thu Hà"},
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_invented_article_lines(name: str) -> None:
    text, labels, contents = parse_case(CASES[name])
    cleaned = strip_boilerplate(text)
    got = [block.label for block in cleaned.blocks]
    wrong = [
        (number, want, block.label, block.reason, block.text[:60])
        for number, (want, block) in enumerate(zip(labels, cleaned.blocks))
        if want != block.label
    ]
    assert len(got) == len(labels)
    assert not wrong, wrong
    for number, start in contents.items():
        block = cleaned.blocks[number]
        assert text[block.content_start : block.content_end].startswith(start)


@pytest.mark.parametrize("name", sorted(EXPECTED_METADATA))
def test_invented_article_metadata(name: str) -> None:
    text, _, _ = parse_case(CASES[name])
    metadata = strip_boilerplate(text).metadata
    for field_name, value in EXPECTED_METADATA[name].items():
        assert getattr(metadata, field_name) == value, field_name
