# ruff: noqa: E501  (long Vietnamese example lines read better unbroken)
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


# Written as a blind check (before the rules saw them), then kept as regressions.

BLIND_TIENPHONG = """
N|Kinh tế
N|Thứ Ba, 18/11/2025 - 15:42
T|Xuất khẩu cà phê lập kỷ lục 8 tỷ USD
N|Theo dõi Báo Tiền Phong trên
B[Xuất khẩu]|TPO - Xuất khẩu cà phê 10 tháng năm 2025 đạt gần 8 tỷ USD, tăng 55% so với cùng kỳ, mức cao nhất từ trước tới nay.
B|Theo Cục Xuất nhập khẩu, giá cà phê bình quân đạt 5.700 USD/tấn, gấp đôi năm 2023.
C|Nông dân Đắk Lắk phơi cà phê. Ảnh: Hoàng Long
B|Đức, Italy và Tây Ban Nha là ba thị trường nhập khẩu lớn nhất của cà phê Việt Nam.
H|Rủi ro từ quy định chống phá rừng
B|Từ cuối năm 2025, EU áp dụng quy định chống phá rừng (EUDR), yêu cầu doanh nghiệp chứng minh cà phê không được trồng trên đất rừng.
B|"Doanh nghiệp nào chưa chuẩn bị bản đồ vùng trồng sẽ mất thị trường châu Âu", ông Nguyễn Nam Hải, Chủ tịch Hiệp hội Cà phê - Ca cao Việt Nam, cảnh báo.
Y|Hoàng Long
N|Tin cùng chuyên mục
N|Giá tiêu hôm nay tăng mạnh
N|Giá tiêu hôm nay tăng mạnh
N|Giá tiêu trong nước tăng 2.000 đồng/kg tại các tỉnh Tây Nguyên.
N|Giá sầu riêng lao dốc
N|Giá sầu riêng lao dốc
N|Sầu riêng Ri6 chỉ còn 30.000 đồng/kg, giảm một nửa so với tháng trước.
"""

BLIND_BAOQUOCTE = """
T|Nga và Ukraine trao đổi 200 tù binh
N|Theo dõi Baoquocte.vn trên
B|Ngày 15/11, Bộ Quốc phòng Nga thông báo hai nước vừa trao đổi tù binh theo thỏa thuận có sự trung gian của Các tiểu vương quốc Arab thống nhất (UAE).
C|Các tù binh Ukraine sau khi được trả tự do. (Nguồn: Reuters)
B|Theo thông báo, mỗi bên trao trả 100 người. Những binh sĩ Nga được đưa sang Belarus để điều trị y tế trước khi về nước.
B|Tổng thống Ukraine Volodymyr Zelensky cảm ơn UAE vì đã giúp đỡ.
Y|Minh Vân
N|Tin liên quan
N|Nga tuyên bố kiểm soát thêm một ngôi làng ở Donetsk
N|Ukraine tấn công nhà máy lọc dầu ở Saratov
"""

BLIND_KIENTHUC = """
N|Trang chủ » Đời sống » Sức khỏe
T|Ăn nhiều đường ảnh hưởng thế nào đến gan?
N|Thứ năm, 20/11/2025 09:12
B[Ăn nhiều]|(Kiến Thức) - Ăn nhiều đường, đặc biệt là đường fructose trong nước ngọt, làm tăng nguy cơ gan nhiễm mỡ không do rượu.
B|Theo các chuyên gia, gan chuyển hóa fructose thành mỡ nhanh hơn so với glucose.
C|Ảnh minh họa.
B|Người trưởng thành chỉ nên ăn dưới 25 g đường tự do mỗi ngày, tương đương 6 thìa cà phê.
B|Ngoài ra, cần tăng cường vận động, ăn nhiều rau xanh và hạn chế đồ chiên rán.
N|Mời quý độc giả xem video: Những thói quen gây hại cho gan
Y|Theo VTV News
"""

BLIND_THETHAOVANHOA = """
T|HLV Kim Sang-sik: "Đội tuyển cần thêm thời gian"
N|19/11/2025 22:10
B[Sau trận]|(TT&VH) – Sau trận hòa 1-1 với Malaysia, HLV Kim Sang-sik thừa nhận các cầu thủ chưa có sự gắn kết.
C|HLV Kim Sang-sik trong buổi họp báo sau trận - Ảnh: Hoàng Linh
B|"Chúng tôi mới tập trung ba ngày, nhiều cầu thủ trẻ lần đầu lên tuyển", ông nói.
B|Đội tuyển Việt Nam sẽ gặp Lào vào ngày 24/11 trên sân Mỹ Đình.
B|Trận đấu dự kiến thu hút khoảng 30.000 khán giả.
Y|Minh Đức
N|>> Lịch thi đấu AFF Cup 2026 mới nhất
"""

BLIND_VNEXPRESS_INTERVIEW = """
N|Thời sự
N|Thứ sáu, 21/11/2025, 07:00 (GMT+7)
T|TP HCM đề xuất thu phí ôtô vào trung tâm từ năm 2027
B|Sở Xây dựng TP HCM đề xuất thí điểm thu phí ôtô vào khu vực trung tâm quận 1 và quận 3 từ năm 2027 để giảm ùn tắc.
B|Theo đề án, mức phí dự kiến 20.000-50.000 đồng mỗi lượt tùy loại xe và khung giờ.
C|Xe cộ đông đúc trên đường Nguyễn Thị Minh Khai, quận 1. Ảnh: Quỳnh Trần
B|Nguồn thu sẽ dùng để đầu tư phát triển giao thông công cộng.
H|Người dân lo tăng chi phí
B|Nhiều người làm việc ở trung tâm cho rằng chính sách sẽ làm tăng chi phí đi lại nếu xe buýt chưa thuận tiện.
B|- Ông đánh giá thế nào về đề xuất này?
B|- Tôi ủng hộ, nhưng phải đi kèm cải thiện xe buýt và metro.
Y|Gia Minh
N|Trở lại Thời sự
N|Trở lại Trang chủ
N|Chia sẻ
"""

BLIND_HOTLINE_NOTICE = """
T|Hà Nội: Cháy nhà 4 tầng ở quận Cầu Giấy
B|Khoảng 2h sáng 22/11, ngôi nhà 4 tầng trên phố Trần Thái Tông bốc cháy dữ dội. Người dân phát hiện và hô hoán, gọi lực lượng cứu hỏa.
C|Hiện trường vụ cháy. Ảnh: CTV
B|Cảnh sát phòng cháy chữa cháy đã điều 5 xe chữa cháy đến hiện trường, cứu được 3 người mắc kẹt.
B|Vụ cháy không gây thương vong.
B|Nguyên nhân đang được điều tra.
Y|Nhóm PV
N|Bạn đọc có thông tin, hình ảnh về các vụ việc xin gửi về đường dây nóng của báo.
"""

BLIND_LIVE_BLOG = """
N|Trang chủ / Tin tức / Xã hội
T|Trực tiếp: Bão số 15 đổ bộ Khánh Hòa
N|Cập nhật 24/11/2025 11:05
B|Bão số 15 đang di chuyển theo hướng Tây, tốc độ 15 km/h, dự kiến đổ bộ vào Khánh Hòa chiều nay.
H|11:00
B|Mưa lớn kéo dài khiến nhiều tuyến đường ở TP Nha Trang ngập sâu 0,5 m.
H|10:30
B|Tỉnh Phú Yên đã sơ tán hơn 12.000 người khỏi vùng nguy hiểm.
C|Người dân Phú Yên chằng chống nhà cửa trước bão
C|Ảnh: Minh Tuấn
B|Các lực lượng chức năng túc trực 24/24 giờ tại các điểm xung yếu.
Y|Nhóm phóng viên
"""

BLIND_PRICE_LIST = """
T|Giá vàng hôm nay 25/11: Tăng mạnh trở lại
B|Giá vàng trong nước sáng 25/11 tăng 800.000 đồng mỗi lượng ở cả hai chiều.
B|Cụ thể:
B|- Vàng miếng SJC: 152,5 - 154,5 triệu đồng/lượng
B|- Vàng nhẫn 9999: 148 - 151 triệu đồng/lượng
B|- Vàng trang sức: 146 - 150 triệu đồng/lượng
B|Trên thị trường thế giới, giá vàng giao ngay tăng 1,2% lên 4.180 USD/ounce.
N|Bảng giá vàng được cập nhật liên tục trong ngày
N|Đọc thêm
N|Giá vàng có thể lên 200 triệu đồng?
N|Chuyên gia dự báo giá vàng năm 2026
"""

BLIND_ENTERTAINMENT = """
T|Ca sĩ Mỹ Tâm tổ chức đêm nhạc gây quỹ cho đồng bào miền Trung
B|Tối 23/11, ca sĩ Mỹ Tâm tổ chức đêm nhạc tại TP HCM, toàn bộ số tiền bán vé được dùng để hỗ trợ người dân vùng lũ.
C|Mỹ Tâm biểu diễn trong đêm nhạc
B|Đêm nhạc thu hút hơn 5.000 khán giả. Ban tổ chức cho biết đã quyên góp được 3,2 tỷ đồng.
B|"Tôi mong được góp một phần nhỏ giúp bà con sớm ổn định cuộc sống", Mỹ Tâm chia sẻ.
C|Khán giả cổ vũ nhiệt tình (Ảnh: BTC)
B|Số tiền sẽ được chuyển tới Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi.
Y|Thanh Thủy
N|Từ khóa: Mỹ Tâm, đêm nhạc, gây quỹ, miền Trung
"""

BLIND_ANTD = """
N|24h qua
N|Xã hội
T|Bắt giam nguyên giám đốc sở vì sai phạm đất đai
B[Ngày 25/11]|ANTĐ - Ngày 25/11, Cơ quan CSĐT Bộ Công an khởi tố bị can, bắt tạm giam ông Trần Văn Phú, nguyên Giám đốc Sở Tài nguyên và Môi trường tỉnh Bình Phước.
B|Ông Phú bị cáo buộc vi phạm quy định về quản lý đất đai, gây thiệt hại hơn 120 tỷ đồng.
C|Ông Trần Văn Phú. Ảnh: Bộ Công an
B|Cùng vụ án, hai cán bộ khác của sở cũng bị khởi tố.
Y|Thu Hằng
N|Chia sẻ Facebook Zalo
N|Bình luận
N|Đăng nhập để bình luận
"""

BLIND_CHINHPHU_RECEPTION = """
T|Thủ tướng tiếp Đại sứ Nhật Bản
B|Chiều 24/11, tại trụ sở Chính phủ, Thủ tướng tiếp Đại sứ Nhật Bản Ito Naoki nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.
C|Thủ tướng tiếp Đại sứ Nhật Bản Ito Naoki - Ảnh: VGP/Nhật Bắc
B|Thủ tướng đánh giá cao những đóng góp của Đại sứ đối với quan hệ hai nước trong thời gian qua.
B|Đại sứ Ito Naoki cảm ơn sự hỗ trợ của Chính phủ Việt Nam và khẳng định sẽ tiếp tục là cầu nối giữa hai nước.
C|Quang cảnh buổi tiếp - Ảnh: VGP/Nhật Bắc
B|Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực kinh tế, lao động và giao lưu nhân dân.
Y|Thu Giang
"""


# A second blind batch, kept as regressions after the fixes it prompted.

BLIND2_SERIES_INLINE_RELATED = """
T|Bài 2: Những ngôi làng bên dòng sông cạn
Y|Bài và ảnh: Phạm Hòa
B|Mùa khô năm nay, sông Srêpốk cạn trơ đáy, hàng trăm hộ dân ở xã Ea Wer không đủ nước tưới cà phê.
B|Ông Y Bhiăo, trưởng buôn, kể: "Sống ở đây 60 năm, tôi chưa thấy sông cạn như thế".
H|Lòng sông Srêpốk trơ đá vào mùa khô
B|Chính quyền huyện đã khoan 12 giếng để cấp nước sinh hoạt cho người dân.
N|Tin liên quan
N|Bài 1: Cơn khát giữa đại ngàn
B|Tuy nhiên, nhiều giếng khoan cũng đã khô sau vài tuần sử dụng.
B|Người dân mong có công trình thủy lợi lâu dài.
B|(Còn nữa)
"""

BLIND2_SCORE_LIST = """
N|Giáo dục
T|Điểm chuẩn lớp 10 Hà Nội năm 2025
B|Sở Giáo dục và Đào tạo Hà Nội vừa công bố điểm chuẩn vào lớp 10 công lập năm học 2025-2026.
B|Điểm chuẩn một số trường:
B|Trường THPT Chu Văn An: 42,5 điểm
B|Trường THPT Kim Liên: 41,75 điểm
B|Trường THPT Yên Hòa: 41,5 điểm
B|Thí sinh trúng tuyển phải xác nhận nhập học trực tuyến trước ngày 15/7.
Y|Thanh Hằng
N|Tin mới nhất
N|Công bố điểm chuẩn lớp 10 TP HCM
N|Thí sinh tra cứu điểm thi ở đâu?
"""

BLIND2_GALLERY = """
T|Khai trương tuyến bay thẳng Hà Nội - Melbourne
B|Ngày 26/11, Vietnam Airlines khai trương đường bay thẳng Hà Nội - Melbourne với tần suất 3 chuyến mỗi tuần.
C|Hành khách làm thủ tục cho chuyến bay đầu tiên
C|Đại diện hãng cắt băng khai trương đường bay
C|Chiếc Boeing 787 được chào đón bằng vòi rồng tại sân bay Melbourne
C|Ảnh: VNA
B|Thời gian bay khoảng 9 tiếng, giá vé khứ hồi từ 15 triệu đồng.
B|Đây là đường bay thẳng thứ hai của hãng tới Australia, sau tuyến TP HCM - Sydney.
Y|Hà An
"""

BLIND2_TUOITRE_FEATURE = """
N|26/11/2025 06:00 GMT+7
T|Người trẻ bỏ phố về quê trồng rau sạch
B[Rời công việc]|TTO - Rời công việc văn phòng lương 20 triệu đồng, anh Lê Văn Tùng (32 tuổi) về quê ở Long An thuê đất trồng rau thủy canh.
C|Anh Tùng chăm sóc vườn rau thủy canh - Ảnh: NGỌC PHƯỢNG
B|Ban đầu gia đình phản đối, nhiều người trong xóm cũng bàn ra tán vào.
B|Sau hai năm, trang trại của anh cung cấp 500 kg rau mỗi tháng cho các bếp ăn trường học.
B|"Làm nông không dễ, nhưng tôi thấy vui", anh Tùng nói.
Y|NGỌC PHƯỢNG
N|NGỌC PHƯỢNG
N|Đọc tiếp
N|Về trang chủ
"""

BLIND2_TTXVN_CREDIT = """
T|Phát hiện loài ếch mới ở Vườn quốc gia Pù Mát
B|Các nhà khoa học Việt Nam và Nga vừa công bố loài ếch mới được phát hiện tại Vườn quốc gia Pù Mát (Nghệ An).
B|Loài ếch có tên khoa học Gracixalus pumatensis, thân dài khoảng 3 cm, da màu nâu với các đốm đen.
C|Loài ếch mới phát hiện tại Pù Mát. (Ảnh: Viện Sinh thái và Tài nguyên sinh vật)
B|Đây là loài thứ 5 thuộc chi Gracixalus được ghi nhận ở Việt Nam.
B|Kết quả nghiên cứu được đăng trên tạp chí Zootaxa số tháng 11.
Y|Theo TTXVN
N|Tags: ếch, Pù Mát, loài mới
"""

BLIND2_ACCIDENT_VIDEO = """
T|Xe khách lật trên đèo Bảo Lộc, 15 người bị thương
B|Khoảng 4h sáng 27/11, xe khách 45 chỗ chạy tuyến TP HCM - Đà Lạt bị lật khi đổ đèo Bảo Lộc.
B|Vụ tai nạn khiến 15 hành khách bị thương, trong đó 3 người bị thương nặng được chuyển lên Bệnh viện Chợ Rẫy.
C|Hiện trường vụ lật xe khách trên đèo Bảo Lộc
B|Theo tài xế, xe bị mất phanh khi đang xuống dốc.
B|Công an tỉnh Lâm Đồng đang điều tra nguyên nhân vụ tai nạn.
N|Xem thêm video:
N|[Video] Hiện trường vụ lật xe khách trên đèo Bảo Lộc
Y|Khánh Hòa
"""


# A third blind batch, kept as regressions after the fixes it prompted.

BLIND3_DANVIET = """
N|Thứ hai, 01/12/2025 - 08:00
T|Sóc Trăng: Nông dân thắng lớn vụ tôm - lúa
B[Vụ tôm]|(Dân Việt) - Vụ tôm - lúa năm nay, nhiều hộ ở huyện Mỹ Xuyên thu lãi trên 100 triệu đồng mỗi ha.
C|Nông dân thu hoạch tôm trên ruộng lúa. Ảnh: Trần Đáng
B|Mô hình tôm - lúa giúp giảm chi phí phân bón, thuốc trừ sâu, lúa đạt chuẩn hữu cơ.
B|Ông Lâm Văn Út, xã Gia Hòa 1, cho biết gia đình ông nuôi 2 ha, thu được 3 tấn tôm.
N|Xem thêm: Giá lúa gạo hôm nay 1/12
B|Sở Nông nghiệp tỉnh khuyến khích mở rộng diện tích lên 50.000 ha vào năm 2030.
Y|Trần Đáng
Y|Dân Việt
N|Tin cùng chuyên mục
N|Giá heo hơi hôm nay tăng nhẹ
N|Giá heo hơi tại miền Bắc dao động 52.000 - 56.000 đồng/kg.
"""

BLIND3_CHARITY_PULL_QUOTE = """
T|"Chúng tôi không bỏ cuộc"
B|Đó là lời khẳng định của chị Nguyễn Thị Lan, mẹ của bé Minh An, người đã 3 năm chiến đấu với bệnh ung thư máu.
B|Mỗi tháng, gia đình chị phải chi hơn 20 triệu đồng tiền thuốc, trong khi thu nhập chỉ dựa vào quán nước nhỏ.
N|"Chúng tôi không bỏ cuộc, còn nước còn tát"
B|Chị kể: "Chúng tôi không bỏ cuộc, còn nước còn tát. Chỉ cần con còn cười là tôi còn cố".
B|Mọi đóng góp xin gửi về: Quỹ Nhân ái, số tài khoản 123456789, ghi rõ MS 2025.123.
Y|Hoài Thu
"""

BLIND3_WORLD_KYODO = """
N|Trang chủ
N|Thế giới
T|Nhật Bản ghi nhận kỷ lục du khách nước ngoài
N|Chia sẻ
B|Số du khách quốc tế tới Nhật Bản trong 10 tháng năm 2025 đạt 35 triệu lượt, vượt kỷ lục cả năm 2019.
B|Du khách Hàn Quốc đông nhất, tiếp theo là Trung Quốc, Đài Loan (Trung Quốc) và Mỹ.
C|Du khách tham quan đền Senso-ji ở Tokyo. Ảnh: AFP
B|Chính phủ Nhật đặt mục tiêu đón 60 triệu lượt khách vào năm 2030.
B|Tuy nhiên, tình trạng quá tải ở Kyoto và núi Phú Sĩ đang gây bức xúc cho người dân địa phương.
Y|Thanh Tâm (Theo Kyodo)
N|Tin liên quan
N|Nhật Bản tăng thuế lưu trú với khách du lịch
N|Núi Phú Sĩ thu phí leo núi từ năm nay
"""

BLIND3_CONGRESS_CAPTIONS = """
T|Đại hội Đảng bộ tỉnh Quảng Trị lần thứ XVIII
B|Sáng 2/12, Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ XVIII, nhiệm kỳ 2025-2030 khai mạc trọng thể.
C|Các đại biểu dự phiên khai mạc Đại hội.
B|Dự đại hội có 350 đại biểu, đại diện cho hơn 70.000 đảng viên trong toàn Đảng bộ.
C|Bí thư Tỉnh ủy phát biểu khai mạc Đại hội.
B|Đại hội thảo luận, thông qua báo cáo chính trị và bầu Ban Chấp hành Đảng bộ tỉnh khóa mới.
Y|Hưng Thơ
"""


# A fifth blind batch: twelve whole pages (menus, login bars, comments, polls, footers,
# leaked scripts, lists and verse inside the body), labelled before the stripper saw them.

BLIND5_VNEXPRESS_CAMERAS = """
N|Mới nhất
N|Tin theo khu vực
N|International
N|Thời sự
N|Góc nhìn
N|Thế giới
N|Kinh doanh
N|Đăng nhập
N|Thời sự  Giao thông
N|Thứ hai, 1/12/2025, 08:15 (GMT+7)

T|Hà Nội lắp thêm 120 camera phạt nguội trên các tuyến vành đai

B|Từ tháng 12, Công an Hà Nội đưa vào vận hành 120 camera giám sát mới trên vành đai 2, 3 và các cửa ngõ, phạt nguội cả lỗi không đội mũ bảo hiểm.

B|Theo Phòng Cảnh sát giao thông, hệ thống có khả năng nhận diện biển số, tốc độ, lỗi vượt đèn đỏ, đi sai làn và dừng đỗ sai quy định.

C|Camera giám sát giao thông trên đường vành đai 3 trên cao, đoạn qua quận Thanh Xuân. Ảnh: Giang Huy

B|Dữ liệu vi phạm được chuyển về trung tâm chỉ huy, sau đó gửi thông báo đến chủ phương tiện qua ứng dụng VNeTraffic trong vòng 10 ngày.

B|Trung tá Nguyễn Văn Thắng, Phó trưởng phòng, cho biết từ đầu năm đến nay, camera đã ghi nhận hơn 280.000 trường hợp vi phạm.

H|Tra cứu lỗi qua ứng dụng

B|Để tra cứu, người dân làm theo ba bước:

B|1. Tải ứng dụng VNeTraffic và đăng nhập bằng tài khoản định danh điện tử.
B|2. Chọn mục "Tra cứu vi phạm", nhập biển số xe.
B|3. Nộp phạt trực tuyến nếu có vi phạm.

B|Người vi phạm có thể nộp phạt tại nhà mà không phải đến trụ sở công an.

Y|Võ Hải
N|Trở lại Thời sự
N|Chia sẻ
N|Copy link thành công
N|Ý kiến (8)
N|Mới nhất
N|Quan tâm nhất
N|Hoàng Minh
N|Nên công khai vị trí camera để người dân biết mà chấp hành.
N|Thích Trả lời 24
N|3h trước
N|Tags: camera phạt nguội  giao thông Hà Nội  vành đai 3
N|Xem nhiều
N|Giá xăng giảm lần thứ ba liên tiếp
N|Giá xăng giảm lần thứ ba liên tiếp
"""

BLIND5_TUOITRE_FLOOD = """
N|Đăng nhập
N|Đăng ký nhận bản tin
N|Tuổi Trẻ Sao
N|Thời sự  Xã hội
N|01/12/2025 08:15 GMT+7
T|Mưa lớn kéo dài, nhiều xã ở Quảng Ngãi bị cô lập
Y|TRẦN MAI
B[Mưa lớn]|TTO - Mưa lớn kéo dài từ đêm 29-11 khiến nước sông Trà Khúc dâng cao, hàng chục thôn ở hai huyện Sơn Hà, Minh Long bị chia cắt.
N|Theo dõi Tuổi Trẻ trên Google News
B|Sáng 1-12, ông Võ Phiên, phó chủ tịch UBND tỉnh Quảng Ngãi, cho biết tỉnh đã huy động bộ đội, công an đưa lương thực vào các vùng bị cô lập.
C|Lực lượng quân đội vận chuyển mì tôm, nước uống vào xã Sơn Kỳ - Ảnh: TRẦN MAI
B|Theo thống kê sơ bộ, mưa lũ làm 2 người chết, hơn 3.000 ngôi nhà bị ngập, nhiều tuyến đường sạt lở nghiêm trọng.
B|"Chúng tôi ưu tiên sơ tán người già, trẻ nhỏ ra khỏi vùng sạt lở trước khi trời tối", ông Phiên nói.
N|Đọc tiếp
N|Quảng Ngãi khẩn cấp di dời dân khỏi vùng sạt lở
B|Dự báo trong 24 giờ tới, khu vực này tiếp tục có mưa to đến rất to, lượng mưa phổ biến 150 - 250mm.
C|Đường vào huyện Minh Long bị sạt lở nghiêm trọng - Ảnh: T.M.
N|TRẦN MAI
N|Tặng sao
N|Chia sẻ
N|Tin liên quan
N|Miền Trung mưa lớn, nhiều hồ thủy điện xả lũ
N|Quảng Nam sơ tán gần 2.000 hộ dân
N|BÌNH LUẬN HAY
N|Xem thêm bình luận
N|TUYỂN SINH 2026
"""

BLIND5_DANTRI_HEALTH_STEPS = """
N|Sức khỏe
N|Kiến thức giới tính
N|Thứ hai, 01/12/2025 - 06:30
N|Chia sẻ

T|5 thói quen buổi sáng giúp kiểm soát huyết áp

B[Huyết áp cao]|(Dân trí) - Huyết áp cao thường không có triệu chứng rõ ràng nhưng có thể dẫn tới đột quỵ, nhồi máu cơ tim. Một vài thay đổi nhỏ vào buổi sáng giúp kiểm soát chỉ số này tốt hơn.

C|Đo huyết áp đều đặn mỗi sáng giúp phát hiện sớm bất thường (Ảnh minh họa: Getty).

B|Theo Hội Tim mạch Việt Nam, cứ 4 người trưởng thành thì có 1 người bị tăng huyết áp, nhưng chưa đến một nửa trong số đó được điều trị.

H|1. Uống một cốc nước ấm sau khi thức dậy

B|Sau một đêm dài, cơ thể thiếu nước khiến máu đặc hơn. Một cốc nước ấm giúp tuần hoàn máu ổn định.

H|2. Đo huyết áp trước khi ăn sáng

B|Nên đo vào cùng một thời điểm mỗi ngày, ngồi nghỉ 5 phút trước khi đo và ghi lại kết quả.

H|3. Tập thể dục nhẹ 30 phút

B|Đi bộ nhanh, đạp xe hoặc tập yoga đều có lợi.

H|4. Ăn sáng ít muối

B|Hạn chế bánh mì kẹp thịt nguội, xúc xích, mì gói. Nên ưu tiên:
B|- Yến mạch, ngũ cốc nguyên hạt
B|- Chuối, bơ, rau lá xanh
B|- Sữa chua không đường

H|5. Uống thuốc đúng giờ

B|Người đã được chẩn đoán tăng huyết áp không tự ý bỏ thuốc khi thấy chỉ số ổn định.

B|Bác sĩ Nguyễn Văn Hùng, Viện Tim mạch Quốc gia, lưu ý: "Huyết áp ổn định là nhờ thuốc, bỏ thuốc đột ngột rất nguy hiểm".

Y|Minh Hải (t/h)
N|Từ khóa: huyết áp cao  tăng huyết áp  thói quen buổi sáng
N|Tin liên quan
N|Dấu hiệu cảnh báo đột quỵ ở người trẻ
N|Ăn nhiều muối có hại thế nào?
"""

BLIND5_VIETNAMNET_INTERVIEW = """
N|VietNamNet
N|Chính trị  Thời sự  Kinh doanh  Dân tộc - Tôn giáo  Giáo dục
N|Cập nhật: 1 giờ trước
T|'Xe điện sẽ chiếm một nửa thị trường ôtô trong 10 năm tới'
B|Ông Phạm Văn Tuấn, Phó viện trưởng Viện Chiến lược phát triển giao thông, cho rằng chính sách ưu đãi thuế và hạ tầng sạc sẽ quyết định tốc độ chuyển đổi.
C|Ông Phạm Văn Tuấn. Ảnh: Hoàng Hà
B|Thưa ông, doanh số xe điện năm 2025 tăng gấp ba lần năm trước. Điều gì tạo nên sự bứt phá này?
B|Có ba yếu tố. Thứ nhất, lệ phí trước bạ bằng 0%. Thứ hai, giá xe điện đã giảm mạnh, tiệm cận xe xăng cùng phân khúc. Thứ ba, mạng lưới trạm sạc phủ rộng hơn ở các đô thị lớn.
B|Nhưng người dân vẫn lo ngại về hạ tầng sạc ở nông thôn và trên cao tốc?
B|Đúng vậy. Hiện cả nước có khoảng 150.000 cổng sạc nhưng tập trung chủ yếu ở Hà Nội và TP.HCM. Trên cao tốc Bắc - Nam, nhiều trạm dừng nghỉ chưa có trụ sạc nhanh.
B|Theo tôi, Nhà nước cần có quy hoạch hạ tầng sạc quốc gia, giao trách nhiệm cụ thể cho từng địa phương.
H|Cần lộ trình rõ ràng cho xe xăng
B|Có ý kiến đề xuất dừng đăng ký xe máy xăng ở nội đô từ năm 2030. Ông nghĩ sao?
B|Mục tiêu là đúng, nhưng cần lộ trình phù hợp với thu nhập của người dân, đặc biệt là người lao động phổ thông.
B|Xin cảm ơn ông!
Y|Hoàng Hà
N|Tin nổi bật
N|Giá xăng dầu hôm nay: Đồng loạt giảm
N|Người dân đổ xô đi mua xe điện trước khi hết ưu đãi
N|Ý kiến của bạn
N|Hãy là người đầu tiên bình luận
N|Gửi
"""

BLIND5_NLD_COMMENTS = """
N|Thời sự
N|01-12-2025 - 07:45 AM
T|TP HCM: Phạt nặng xe ba gác chở vật liệu cồng kềnh
B[Từ ngày]|(NLĐO)- Từ ngày 1-12, lực lượng CSGT TP HCM ra quân xử lý xe ba gác, xe tự chế chở vật liệu xây dựng cồng kềnh, gây mất an toàn giao thông.
N|Quảng cáo
B|Theo Phòng CSGT Công an TP HCM, đợt cao điểm kéo dài đến hết tháng 2-2026, tập trung vào các tuyến đường cửa ngõ như quốc lộ 1, quốc lộ 13, xa lộ Hà Nội.
C|CSGT kiểm tra xe ba gác chở sắt thép trên quốc lộ 1, đoạn qua quận Bình Tân
C|Ảnh: NGỌC QUÝ
N|&nbsp;
B|Người điều khiển xe ba gác không đủ điều kiện lưu thông có thể bị phạt đến 8 triệu đồng và tịch thu phương tiện.
B|Đây là lần thứ ba trong năm lực lượng chức năng ra quân với loại phương tiện này.
Y|Ngọc Quý
N|Bình luận (3)
N|Nguyễn Văn Tâm
N|07:58 01-12-2025
N|Cần hỗ trợ người lao động nghèo chuyển đổi phương tiện, không chỉ xử phạt.
N|Trả lời Thích (5)
N|Lê Thị Hoa
N|08:10 01-12-2025
N|Quá đúng, xe ba gác chở sắt chạy ẩu rất nguy hiểm.
N|Trả lời Thích (2)
N|Gửi bình luận
N|Báo Người Lao Động Online
N|Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh
N|Giấy phép số 115/GP-BTTTT cấp ngày 9-3-2022
N|Địa chỉ: 123 Võ Văn Tần, Phường Xuân Hòa, TP HCM
N|Hotline: 0908 988 666
"""

BLIND5_TIENPHONG_FOOTER = """
N|Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách của chúng tôi.
N|Đồng ý
N|Xã hội
N|Chủ Nhật, 30/11/2025 14:20
T|Hơn 10.000 đoàn viên ra quân dọn rác bờ biển Đà Nẵng
Y|Thanh Hiền
N|Theo dõi Báo Tiền Phong trên Google News
B[Sáng 30/11]|TPO - Sáng 30/11, Thành đoàn Đà Nẵng tổ chức chương trình "Chủ nhật xanh", huy động hơn 10.000 đoàn viên, thanh niên làm sạch 20 km bờ biển.
C|Đoàn viên thanh niên thu gom rác trên bãi biển Mỹ Khê. Ảnh: Thanh Hiền
B|Chỉ trong buổi sáng, các đội hình thu gom hơn 15 tấn rác, chủ yếu là túi ni lông, chai nhựa và lưới đánh cá cũ.
B|Bí thư Thành đoàn Đà Nẵng cho biết chương trình sẽ được duy trì vào chủ nhật cuối cùng mỗi tháng.

B|Biển là của mọi người.
B|Giữ biển sạch là giữ tương lai.

B|Đó là thông điệp được các bạn trẻ viết trên tấm băng rôn dài 50 m dọc bãi biển.
C|Video: Đoàn viên thanh niên dọn rác trên bãi biển Mỹ Khê.
N|Tin liên quan
N|Đà Nẵng cấm túi ni lông tại các bãi tắm
N|Quảng cáo
N|Cơ quan chủ quản: Trung ương Đoàn TNCS Hồ Chí Minh
N|Tổng Biên tập: Phùng Công Sưởng
N|Giấy phép số 76/GP-BTTTT cấp ngày 26/2/2020
N|Địa chỉ: 15 Hồ Xuân Hương, Hà Nội
N|Điện thoại: 024.39431250
N|Email: online@tienphong.vn
N|© Bản quyền thuộc về Báo Tiền Phong
"""

BLIND5_VTV_LIVE = """
N|VTV.vn
N|Trực tiếp
N|Thể thao
T|TRỰC TIẾP: Lễ khai mạc SEA Games 33 tại Bangkok
N|Cập nhật lúc 19:05, 09/12/2025
N|Lượt xem: 12.530
B[Lễ khai mạc]|VTV.vn - Lễ khai mạc SEA Games 33 diễn ra tối nay tại sân vận động Rajamangala, Bangkok, Thái Lan với sự tham gia của 11 đoàn thể thao.
H|20h15
B|Đoàn thể thao Việt Nam diễu hành với cờ đỏ sao vàng, dẫn đầu là xạ thủ Trịnh Thu Vinh.
C|Đoàn thể thao Việt Nam tại lễ khai mạc. (Ảnh: TTXVN)
H|19h45
B|Màn trình diễn nghệ thuật mở màn tái hiện lịch sử hình thành vương quốc Thái Lan.
H|19h30
B|Khán giả đã lấp đầy các khán đài, bầu không khí vô cùng sôi động.
Y|Theo VTV
N|Tin mới nhất
N|Lịch thi đấu SEA Games 33 của đoàn Việt Nam ngày 10/12
N|Bảng tổng sắp huy chương SEA Games 33
"""

BLIND5_CHINHPHU_TASKS = """
N|Trang chủ
N|Chính sách mới
N|Thứ Hai, 01/12/2025 16:20 (GMT+7)
T|Thủ tướng giao 5 nhiệm vụ trọng tâm phát triển kinh tế tư nhân
B[Thủ tướng]|(Chinhphu.vn) - Thủ tướng Chính phủ vừa ký ban hành Chỉ thị số 35/CT-TTg về thúc đẩy phát triển kinh tế tư nhân, giao các bộ, ngành và địa phương 5 nhiệm vụ trọng tâm.
C|Thủ tướng chủ trì hội nghị với doanh nghiệp tư nhân - Ảnh: VGP/Nhật Bắc
B|Theo Chỉ thị, các bộ, ngành, địa phương tập trung thực hiện các nhiệm vụ sau:
B|1. Rà soát, cắt giảm ít nhất 30% thủ tục hành chính và điều kiện kinh doanh không cần thiết.
B|2. Bảo đảm quyền tiếp cận đất đai, tín dụng bình đẳng cho doanh nghiệp tư nhân.
B|3. Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số, đổi mới sáng tạo.
B|4. Xử lý dứt điểm các dự án tồn đọng, vướng mắc kéo dài.
B|5. Xây dựng cơ chế đối thoại định kỳ giữa chính quyền và doanh nghiệp.
B|Thủ tướng yêu cầu các bộ trưởng, chủ tịch UBND tỉnh, thành phố chịu trách nhiệm trước Chính phủ về kết quả thực hiện.
Y|Nguyễn Hoàng
N|Từ khóa
N|Kinh tế tư nhân
N|Chỉ thị
N|Thủ tướng Phạm Minh Chính
N|In bài
N|Gửi bài
N|Cổng Thông tin điện tử Chính phủ
N|Tổng Biên tập: Nguyễn Hồng Sâm
N|Bản quyền thuộc Cổng Thông tin điện tử Chính phủ
"""

BLIND5_KENH14_STAR = """
N|Kenh14.vn
N|Star
N|TV Show
N|Cine
N|Musik
N|Beauty & Fashion
N|Đời sống
N|Sao Việt, 2 giờ trước
T|Hoà Minzy khoe ảnh hậu trường MV mới, fan rần rần vì một chi tiết
N|Chia sẻ 256
B|Mới đây, Hoà Minzy đăng tải loạt ảnh hậu trường quay MV mới tại Bắc Ninh, khiến người hâm mộ thích thú.
C|Hoà Minzy trong trang phục áo tứ thân tại phim trường (Ảnh: FBNV)
B|Điều khiến dân mạng chú ý là chiếc nón quai thao được nữ ca sĩ tự tay sưu tầm từ một nghệ nhân lâu năm.
B|Cô chia sẻ:
B|"Quê mình là cái nôi quan họ. Mình muốn mang một chút hồn quê vào từng khung hình."
C|Bài đăng của Hoà Minzy nhận về hàng chục nghìn lượt thích
C|Nguồn: Facebook nhân vật
B|Dưới bài đăng, nhiều bình luận để lại:
B|- "Nhìn là thấy thương quê rồi."
B|- "Hóng MV quá chị ơi!"
B|- "Chiếc nón đẹp quá, xin info với."
B|MV dự kiến ra mắt vào dịp Tết Nguyên đán 2026.
Y|Theo Thu Trang | Phụ nữ Mới
N|Advertisement
N|Đọc thêm
N|Hoà Minzy lập kỷ lục với MV Bắc Bling
N|Hoà Minzy lập kỷ lục với MV Bắc Bling
N|Cùng chuyên mục
N|Xem theo ngày
"""

BLIND5_CAFEF_EARNINGS = """
N|CafeF
N|Thị trường chứng khoán
N|Bất động sản
N|Doanh nghiệp
N|Tài chính - Ngân hàng
N|01-12-2025 - 09:02 AM |  Doanh nghiệp
T|Hòa Phát báo lãi quý 3 cao nhất trong 3 năm
N|Chia sẻ
B|Tập đoàn Hòa Phát (HPG) vừa công bố báo cáo tài chính quý 3/2025 với lợi nhuận sau thuế đạt 4.050 tỷ đồng, tăng 35% so với cùng kỳ.
B|Một số điểm nổi bật trong kết quả kinh doanh:
B|- Doanh thu thuần đạt 37.500 tỷ đồng, tăng 11%.
B|- Sản lượng thép thô đạt 2,5 triệu tấn, cao nhất từ trước đến nay.
B|- Biên lợi nhuận gộp cải thiện lên 14,2%.
N|Advertisement
B|Theo ban lãnh đạo, lợi nhuận tăng nhờ giá quặng sắt và than cốc giảm, trong khi giá bán thép xây dựng tăng nhẹ.
C|Khu liên hợp gang thép Hòa Phát Dung Quất. Nguồn: HPG
N|Xem thêm: Giá thép xây dựng tăng lần thứ ba trong tháng
B|Lũy kế 9 tháng, Hòa Phát đạt 11.200 tỷ đồng lợi nhuận sau thuế, hoàn thành 85% kế hoạch năm.
B|Trên thị trường chứng khoán, cổ phiếu HPG tăng 1,8% lên 27.950 đồng/cp trong phiên sáng nay.
Y|Minh Anh
Y|Theo Nhịp sống thị trường
N|Từ khóa: Hòa Phát  HPG  thép  kết quả kinh doanh
N|Tin mới
N|VN-Index vượt mốc 1.700 điểm
N|Khối ngoại bán ròng phiên thứ 10 liên tiếp
N|Tin cùng chuyên mục
N|Xem theo ngày
"""

BLIND5_QDND_VERSE = """
N|Trang chủ  Văn hóa  Văn học - Nghệ thuật
N|Thứ Hai, 01/12/2025 - 05:45

T|Những người lính viết nên bài ca giữ đảo

B[Giữa trùng khơi]|QĐND Online - Giữa trùng khơi Trường Sa, những người lính trẻ không chỉ cầm súng giữ đảo mà còn cầm bút, gửi nỗi nhớ quê nhà vào những vần thơ mộc mạc.

B|Thượng úy Nguyễn Văn Hải, đảo Sinh Tồn, đã viết hơn 50 bài thơ trong ba năm làm nhiệm vụ.

C|Thượng úy Nguyễn Văn Hải đọc thơ cho đồng đội nghe trong giờ nghỉ. Ảnh: VIỆT TRUNG

H|Thơ viết trong những ngày giông bão

B|Anh kể, bài thơ đầu tiên được viết trong đêm bão năm 2023, khi cả đảo mất liên lạc với đất liền suốt hai ngày:

B|Đêm nay sóng vỗ mạn tàu
B|Nhớ mẹ tóc bạc, nhớ màu lúa quê
B|Đảo xa vẫn vẹn lời thề
B|Giữ từng tấc đất, con về mẹ vui

B|Những câu thơ ấy sau đó được đồng đội chép tay, truyền nhau đọc trong những ngày biển động.

H|"Mỗi bài thơ là một lá thư"

B|Với Hải, làm thơ là cách để trò chuyện với gia đình.

B|"Mỗi bài thơ là một lá thư. Mẹ tôi không biết dùng điện thoại thông minh, nhưng bà thuộc hết thơ tôi viết", anh nói.

B|Năm 2025, tập thơ "Sóng và đảo" của anh được Nhà xuất bản Quân đội nhân dân ấn hành.

Y|Bài và ảnh: VIỆT TRUNG
N|In bài
N|Gửi góp ý
N|Chia sẻ
N|Tin cùng chuyên mục
N|Triển lãm ảnh về bộ đội Cụ Hồ tại Hà Nội
N|Trao giải cuộc thi viết về người lính biển đảo
"""

BLIND5_NGHEAN_SCRIPT_POLL = """
N|window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());
N|Báo Nghệ An
N|Thời sự  Kinh tế  Xã hội  Pháp luật  Thể thao  Văn hóa  Video
N|2 giờ trước
T|Nghệ An đề xuất làm đường ven biển nối Cửa Lò với Hoàng Mai
B|Sở Xây dựng Nghệ An vừa trình UBND tỉnh đề án đầu tư tuyến đường ven biển dài 52 km, nối thị xã Cửa Lò với thị xã Hoàng Mai, tổng vốn khoảng 6.800 tỷ đồng.
B|Theo đề án, tuyến đường có quy mô 4 làn xe, đi qua các huyện Nghi Lộc, Diễn Châu, Quỳnh Lưu.
C|Video: Toàn cảnh khu vực dự kiến làm đường ven biển Nghệ An.
B|Ông Hoàng Phú Hiền, Giám đốc Sở Xây dựng, cho biết tuyến đường sẽ tạo động lực phát triển du lịch và kinh tế biển.
C|Một đoạn đường ven biển đã hoàn thành tại huyện Nghi Lộc. (Ảnh: TTXVN)
B|Dự kiến khởi công trong quý 2/2026 và hoàn thành năm 2029.
Y|Thành Duy
N|googletag.cmd.push(function() { googletag.display('div-gpt-ad-1234567'); });
N|Bạn có ủng hộ đề án làm đường ven biển?
N|Có
N|Không
N|Ý kiến khác
N|Biểu quyết
N|Xem kết quả
N|Cơ quan chủ quản: Tỉnh ủy Nghệ An
N|Giấy phép số 498/GP-BTTTT
N|Đường dây nóng: 0913 056 886
N|Hotline quảng cáo: 0238 3844 155
"""

BLIND5 = {
    "blind5_vnexpress_cameras": BLIND5_VNEXPRESS_CAMERAS,
    "blind5_tuoitre_flood": BLIND5_TUOITRE_FLOOD,
    "blind5_dantri_health_steps": BLIND5_DANTRI_HEALTH_STEPS,
    "blind5_vietnamnet_interview": BLIND5_VIETNAMNET_INTERVIEW,
    "blind5_nld_comments": BLIND5_NLD_COMMENTS,
    "blind5_tienphong_footer": BLIND5_TIENPHONG_FOOTER,
    "blind5_vtv_live": BLIND5_VTV_LIVE,
    "blind5_chinhphu_tasks": BLIND5_CHINHPHU_TASKS,
    "blind5_kenh14_star": BLIND5_KENH14_STAR,
    "blind5_cafef_earnings": BLIND5_CAFEF_EARNINGS,
    "blind5_qdnd_verse": BLIND5_QDND_VERSE,
    "blind5_nghean_script_poll": BLIND5_NGHEAN_SCRIPT_POLL,
}

BLIND5_METADATA = {
    "blind5_vnexpress_cameras": {"title": "Hà Nội lắp thêm 120 camera phạt nguội trên các tuyến vành đai", "date": "2025-12-01", "source": None, "author": "Võ Hải"},
    "blind5_tuoitre_flood": {"title": "Mưa lớn kéo dài, nhiều xã ở Quảng Ngãi bị cô lập", "date": "2025-12-01", "source": "TTO", "author": "TRẦN MAI"},
    "blind5_dantri_health_steps": {"title": "5 thói quen buổi sáng giúp kiểm soát huyết áp", "date": "2025-12-01", "source": "Dân trí", "author": "Minh Hải"},
    "blind5_vietnamnet_interview": {"title": "'Xe điện sẽ chiếm một nửa thị trường ôtô trong 10 năm tới'", "date": None, "author": "Hoàng Hà"},
    "blind5_nld_comments": {"title": "TP HCM: Phạt nặng xe ba gác chở vật liệu cồng kềnh", "date": "2025-12-01", "source": "NLĐO", "author": "Ngọc Quý"},
    "blind5_tienphong_footer": {"title": "Hơn 10.000 đoàn viên ra quân dọn rác bờ biển Đà Nẵng", "date": "2025-11-30", "source": "TPO", "author": "Thanh Hiền"},
    "blind5_vtv_live": {"title": "TRỰC TIẾP: Lễ khai mạc SEA Games 33 tại Bangkok", "date": "2025-12-09", "source": "VTV.vn", "author": None},
    "blind5_chinhphu_tasks": {"title": "Thủ tướng giao 5 nhiệm vụ trọng tâm phát triển kinh tế tư nhân", "date": "2025-12-01", "source": "Chinhphu.vn", "author": "Nguyễn Hoàng"},
    "blind5_kenh14_star": {"title": "Hoà Minzy khoe ảnh hậu trường MV mới, fan rần rần vì một chi tiết", "date": None, "source": "Phụ nữ Mới", "author": "Thu Trang"},
    "blind5_cafef_earnings": {"title": "Hòa Phát báo lãi quý 3 cao nhất trong 3 năm", "date": "2025-12-01", "source": "Nhịp sống thị trường", "author": "Minh Anh"},
    "blind5_qdnd_verse": {"title": "Những người lính viết nên bài ca giữ đảo", "date": "2025-12-01", "source": "QĐND Online", "author": "VIỆT TRUNG"},
    "blind5_nghean_script_poll": {"title": "Nghệ An đề xuất làm đường ven biển nối Cửa Lò với Hoàng Mai", "date": None, "source": None, "author": "Thành Duy"},
}


# A sixth blind batch, written before looking at the rules it tests; kept as regressions.

BLIND6_THANHNIEN_EMAGAZINE = """
N|Thanh Niên
N|Thời sự  Chính trị  Thế giới  Kinh tế  Đời sống  Sức khỏe  Giới trẻ  Giáo dục
N|Emagazine
N|30/11/2025 19:00 GMT+7
T|Người gác hải đăng cuối cùng của vịnh Bắc Bộ
B|Ba mươi năm giữ ngọn đèn trên đảo Long Châu, ông Phạm Văn Lực đã đón hàng nghìn con tàu đi qua trong đêm, nhưng chưa một lần đón Tết trọn vẹn cùng vợ con
Y|Nội dung: MAI HƯƠNG - Thiết kế: QUANG HUY
H|I. NGỌN ĐÈN KHÔNG ĐƯỢC PHÉP TẮT
B|Mỗi chiều, khi mặt trời chạm đường chân trời, ông Lực lại leo 112 bậc thang xoắn ốc để kiểm tra bóng đèn, ống kính và máy phát điện dự phòng.
B|Công việc ấy lặp lại đều đặn hơn mười nghìn lần, không trừ ngày nào, kể cả những đêm bão cấp 12 quét qua đảo.
B|"Đèn mà tắt một phút thôi là tàu ngoài khơi mất phương hướng. Mình không được phép mệt", ông nói, tay vẫn lau mặt kính.
N|"Đèn mà tắt một phút thôi là tàu ngoài khơi mất phương hướng. Mình không được phép mệt"
C|Ông Phạm Văn Lực trên đỉnh ngọn hải đăng Long Châu lúc hoàng hôn. ẢNH: MAI HƯƠNG
H|II. NHỮNG CÁI TẾT XA NHÀ
B|Năm 1995, chàng trai 24 tuổi quê Thái Bình nhận quyết định ra đảo, mang theo một ba lô quần áo và cây đàn ghi ta cũ.
B|Vợ ông, bà Nguyễn Thị Hoa, vẫn giữ lá thư đầu tiên chồng gửi về, trong đó có mấy câu thơ viết vội:
B|Em ơi đảo nhỏ gió nhiều
B|Đèn anh thắp sáng mỗi chiều nhớ em
B|Sóng xô ghềnh đá ướt mềm
B|Thương con ngủ muộn bên thềm đợi cha
B|Ba mươi cái Tết, ông có mặt ở nhà đúng hai lần.
H|III. "BIỂN DẠY TÔI KIÊN NHẪN"
B|Tháng 3 tới, ông Lực sẽ nghỉ hưu. Người thay ông là một kỹ sư 27 tuổi, được đào tạo bài bản về hệ thống đèn tự động.
B|“Biển dạy tôi kiên nhẫn.”
B|Ông nói vậy khi chúng tôi chào tạm biệt, rồi quay lưng leo tiếp những bậc thang quen thuộc.
N|Bình luận (0)
N|Gửi bình luận
N|Quan tâm nhất
N|Mới nhất
N|Đọc thêm
N|Hải đăng Kê Gà: 126 năm soi đường cho tàu thuyền
N|Những người giữ lửa trên đảo tiền tiêu
"""

BLIND6_ZNEWS_PHOTO_STORY = """
N|Znews
N|Tin mới  Xuất bản  Kinh doanh  Công nghệ  Sức khỏe  Thể thao  Giải trí  Đời sống  Du lịch
N|Du lịch  Điểm đến
Y|Tùng Lâm
N|Thứ bảy, 29/11/2025 07:00 (GMT+7)
T|Mùa hoa tam giác mạch nở sớm ở Hà Giang
B|Những thung lũng ở Đồng Văn, Mèo Vạc đã phủ sắc hồng tím từ cuối tháng 11, thu hút hàng nghìn du khách mỗi cuối tuần.
C|Cánh đồng tam giác mạch ở xã Sủng Là, huyện Đồng Văn, nằm cạnh con đường dẫn vào nhà Vương. Ảnh: Tùng Lâm.
C|Người dân trồng hoa xen ruộng ngô để phục vụ khách chụp ảnh, thu phí 20.000-30.000 đồng mỗi lượt. Ảnh: Tùng Lâm.
C|Du khách mặc trang phục dân tộc Mông chụp ảnh giữa cánh đồng hoa.
C|Ảnh: Tùng Lâm.
C|Hoa đẹp nhất vào sáng sớm và chiều muộn, khi nắng chiếu xiên qua thung lũng. Ảnh: Tùng Lâm.
C|Ảnh: Tùng Lâm.
B|Theo Sở Văn hóa, Thể thao và Du lịch Hà Giang, lễ hội hoa tam giác mạch năm nay diễn ra từ ngày 5 đến 8/12.
N|Theo dõi Znews trên Google News
N|Đọc tiếp
N|Thẻ: tam giác mạch  Hà Giang  du lịch
N|Bạn có thể quan tâm
N|10 điểm săn mây đẹp nhất miền Bắc
N|10 điểm săn mây đẹp nhất miền Bắc
N|Hà Giang vào top điểm đến hấp dẫn nhất châu Á
N|Hà Giang vào top điểm đến hấp dẫn nhất châu Á
"""

BLIND6_LAODONG_SCRAPED_TWICE = """
N|Lao Động
N|Thứ hai, 01/12/2025 10:12 (GMT+7)
T|Công nhân khu công nghiệp Bắc Ninh được thưởng Tết bình quân 8,5 triệu đồng
B|Liên đoàn Lao động tỉnh Bắc Ninh cho biết mức thưởng Tết Nguyên đán 2026 bình quân tại các doanh nghiệp FDI tăng 6% so với năm trước.
B|Mức thưởng cao nhất ghi nhận tại một doanh nghiệp điện tử là 120 triệu đồng, thấp nhất là 1,5 triệu đồng.
B|Ông Nguyễn Văn Thắng, Chủ tịch Liên đoàn Lao động tỉnh, đề nghị doanh nghiệp công bố mức thưởng sớm để người lao động chủ động kế hoạch.
Y|Quế Chi
N|Lao Động
N|Thứ hai, 01/12/2025 10:12 (GMT+7)
N|Công nhân khu công nghiệp Bắc Ninh được thưởng Tết bình quân 8,5 triệu đồng
N|Liên đoàn Lao động tỉnh Bắc Ninh cho biết mức thưởng Tết Nguyên đán 2026 bình quân tại các doanh nghiệp FDI tăng 6% so với năm trước.
N|Mức thưởng cao nhất ghi nhận tại một doanh nghiệp điện tử là 120 triệu đồng, thấp nhất là 1,5 triệu đồng.
N|Ông Nguyễn Văn Thắng, Chủ tịch Liên đoàn Lao động tỉnh, đề nghị doanh nghiệp công bố mức thưởng sớm để người lao động chủ động kế hoạch.
N|Quế Chi
N|TIN MỚI
N|Giá vàng hôm nay tiếp tục lập đỉnh
"""

BLIND6_VOV_VIDEO = """
N|VOV.VN
N|Video
N|Xã hội
N|Thứ Hai, 08:30, 01/12/2025
T|Cận cảnh cây cầu dây văng lớn nhất Đồng bằng sông Cửu Long sắp hợp long
B[Sau gần]|VOV.VN - Sau gần ba năm thi công, cầu Rạch Miễu 2 nối Tiền Giang và Bến Tre chuẩn bị hợp long nhịp chính
C|Video: Toàn cảnh công trường cầu Rạch Miễu 2.
B|Cầu dài hơn 17 km, trong đó phần cầu chính dài 3,2 km, có tổng vốn đầu tư hơn 6.800 tỷ đồng.
Y|Thực hiện: Hải Âu/VOV-ĐBSCL
N|00:00
N|02:45
N|Video khác
N|Xem thêm
N|Lũ quét cuốn trôi nhiều nhà dân ở Lào Cai
N|03:12
N|Toàn cảnh cao tốc Cần Thơ - Cà Mau trước ngày thông xe
N|05:40
N|Tải ứng dụng VOV Giao thông
"""

BLIND6_NHANDAN_GLUED_DATE = """
N|Nhân Dân
N|Chính trị > Quốc hội
T[Quốc hội]|Thứ Hai, 01-12-2025, 09:15Quốc hội thông qua Luật Dữ liệu cá nhân sửa đổi
B|Sáng 1/12, với đa số đại biểu tán thành, Quốc hội đã biểu quyết thông qua Luật Bảo vệ dữ liệu cá nhân (sửa đổi)
B|Kết quả biểu quyết như sau:
B|Số đại biểu tham gia biểu quyết: 452
B|Tán thành: 440 (chiếm 91,86%)
B|Không tán thành: 4
B|Không biểu quyết: 8
B|Luật gồm 8 chương, 68 điều, có hiệu lực từ ngày 1/7/2026.
C|Các đại biểu Quốc hội biểu quyết thông qua Luật. (Ảnh: DUY LINH)
B|Luật quy định rõ hành vi mua bán dữ liệu cá nhân trái phép có thể bị phạt tiền tới 5% doanh thu năm trước liền kề của tổ chức vi phạm.
Y|XUÂN QUỲNH
N|Xem thêm
N|Tin cùng chuyên mục
N|Quốc hội thảo luận về dự án Luật Thuế thu nhập cá nhân
N|Bế mạc Kỳ họp thứ 10, Quốc hội khóa XV
N|Tổng Biên tập: Lê Quốc Minh
N|Giấy phép số 481/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 20/10/2023
N|Địa chỉ: 71 Hàng Trống, Hoàn Kiếm, Hà Nội
N|© Bản quyền thuộc về Báo Nhân Dân
"""

BLIND6_SOHA_AMP = """
N|Mở trong ứng dụng
N|Soha
N|Trang chủ / Thời sự / Xã hội
N|01/12/2025 11:05
T|Tài xế ô tô dừng giữa cầu Nhật Tân để giải cứu chú chó bị bỏ rơi
B|Hành động của nam tài xế nhận được nhiều lời khen, nhưng cũng có người cho rằng việc dừng xe trên cầu tiềm ẩn nguy cơ tai nạn
B|Chiều 30/11, mạng xã hội lan truyền đoạn clip ghi lại cảnh một chiếc ô tô con dừng sát lan can cầu Nhật Tân, tài xế bước xuống bế một chú chó nhỏ đang chạy giữa làn xe.
B|Theo luật sư Trần Xuân Tiền, dừng xe trên cầu khi không có tình huống khẩn cấp có thể bị phạt từ 800.000 đến 1 triệu đồng.
C|Ảnh cắt từ clip
B|Không ai bị thương.
B|Chú chó sau đó được tài xế đưa về nhà chăm sóc và đăng tin tìm chủ.
Y|Minh Châu
Y|Theo Người Lao Động
N|Tải app Soha để đọc báo nhanh hơn
N|Tin cùng chuyên mục
N|Xem theo ngày
N|1. Hà Nội: Xe buýt cháy ngùn ngụt trên phố Kim Mã
N|2. Phát hiện thi thể người đàn ông dưới chân cầu Long Biên
N|3. Cháy nhà trọ ở Cầu Giấy, 5 người được giải cứu
"""

BLIND6_24H_GOLD_TABLE = """
N|24h
N|Tài chính - Bất động sản
N|Thứ Hai, ngày 01/12/2025 06:30 AM (GMT+7)
T|Giá vàng hôm nay 1/12: Vàng nhẫn quay đầu giảm mạnh
B|Giá vàng trong nước mở cửa tuần mới giảm từ 500.000 đến 800.000 đồng mỗi lượng sau chuỗi tăng kéo dài.
N|Sự kiện: Giá vàng hôm nay
N|13 lượt chia sẻ
H|Bảng giá vàng sáng 1/12 (đơn vị: triệu đồng/lượng)
B|Loại vàng | Mua vào | Bán ra
B|SJC | 152,0 | 154,0
B|Nhẫn DOJI | 148,5 | 151,5
B|PNJ | 148,3 | 151,3
B|Trên thị trường quốc tế, giá vàng giao ngay đứng ở mức 4.180 USD/ounce, giảm 12 USD so với phiên trước.
B|Giới phân tích cho rằng nhà đầu tư đang chốt lời trước cuộc họp của Cục Dự trữ Liên bang Mỹ.
Y|Minh Anh (Tổng hợp)
N|Tải ứng dụng 24h trên App Store | Google Play
N|Nguồn: [Link nguồn]
N|Giá vàng hôm nay 30/11: Vàng miếng đứng yên, nhẫn tăng nhẹ
N|Tin bài cùng sự kiện
N|Đọc nhiều nhất
"""

BLIND6_VIETNAMPLUS_INTERVIEW = """
N|VietnamPlus
N|Kinh tế > Doanh nghiệp
N|01/12/2025 07:45 GMT+7
T|Chuyển đổi số nông nghiệp: Cần bắt đầu từ dữ liệu đất đai
B|Thứ trưởng Bộ Nông nghiệp và Môi trường Phùng Đức Tiến trao đổi với phóng viên VietnamPlus về lộ trình số hóa ngành nông nghiệp.
N|Thích 12
N|Chia sẻ 5
B|Phóng viên: Thưa Thứ trưởng, đâu là điểm nghẽn lớn nhất của chuyển đổi số trong nông nghiệp hiện nay?
B|Thứ trưởng Phùng Đức Tiến: Điểm nghẽn lớn nhất là dữ liệu. Chúng ta có hơn 9 triệu hộ nông dân nhưng dữ liệu về đất đai, cây trồng, vật nuôi còn phân tán ở nhiều nơi.
B|Phóng viên: Bộ sẽ làm gì để khắc phục?
B|Thứ trưởng Phùng Đức Tiến: Năm 2026, Bộ sẽ hoàn thành cơ sở dữ liệu quốc gia về đất trồng lúa, kết nối với hệ thống định danh điện tử.
C|Thứ trưởng Phùng Đức Tiến. (Ảnh: Vietnam+)
B|Phóng viên: Xin cảm ơn Thứ trưởng!
Y|Hương Giang (Vietnam+)
N|#chuyển đổi số #nông nghiệp #dữ liệu
N|Xem thêm
N|Mới nhất
N|Đọc nhiều
N|Xuất khẩu nông sản 11 tháng đạt 58 tỷ USD
"""

BLIND6_PLO_PAYWALL = """
N|Pháp luật
N|Hồ sơ vụ án
N|Thứ Hai, 01/12/2025 14:30 (GMT+7)
T|Xét xử cựu giám đốc công ty bất động sản lừa đảo 2.000 khách hàng
B[TAND TP.HCM]|(PLO)- TAND TP.HCM mở phiên xét xử bị cáo Nguyễn Hữu Tài, cựu giám đốc Công ty Địa ốc Phú Gia, về tội lừa đảo chiếm đoạt tài sản.
B|Theo cáo trạng, từ năm 2018 đến 2021, Tài rao bán hơn 2.000 nền đất “ma” tại Bình Dương và Đồng Nai, chiếm đoạt hơn 600 tỷ đồng.
N|Nội dung dành cho hội viên
N|Đăng ký gói PLO+ chỉ từ 2.000 đồng/ngày để đọc toàn bộ bài viết
N|Đăng ký ngay
N|Bạn đã là hội viên? Đăng nhập
Y|HOÀNG YẾN
Y|hoangyen@plo.vn
N|Tin cùng chuyên mục
N|Bắt tạm giam giám đốc công ty tiền ảo lừa đảo
N|Tuyên án vụ thao túng giá cổ phiếu
"""

BLIND6_SGGP_LISTS_FOOTER = """
N|Báo Sài Gòn Giải Phóng
N|Xã hội / Giáo dục
N|Thứ Hai, 1/12/2025 10:30
T|TP.HCM công bố 5 điểm mới trong tuyển sinh lớp 10 năm 2026
B[Sở Giáo dục]|SGGPO - Sở Giáo dục và Đào tạo TP.HCM vừa công bố phương án tuyển sinh lớp 10 năm học 2026-2027 với nhiều điểm mới.
B|Cụ thể, các điểm mới gồm:
B|1. Thí sinh đăng ký tối đa 3 nguyện vọng, không giới hạn khu vực tuyển sinh.
B|2. Môn thi thứ ba là ngoại ngữ, không thay đổi theo từng năm.
B|3. Điểm ưu tiên được tính theo quy chế mới của Bộ.
B|4. Lịch thi dự kiến ngày 2 và 3/6/2026.
B|5. Kết quả được công bố trước ngày 20/6.
B|Năm nay TP.HCM có khoảng 125.000 học sinh tốt nghiệp THCS.
Y|THU HƯƠNG
N|Tin mới nhất
N|1. Trường ĐH Y Dược TP.HCM tuyển thêm ngành mới
N|2. Học sinh TP.HCM nghỉ Tết Nguyên đán 2026 bao nhiêu ngày?
N|3. Giáo viên hợp đồng được tăng lương từ tháng 1
N|Tổng biên tập: Nguyễn Khắc Văn
N|Giấy phép số 547/GP-BTTTT ngày 17/10/2023
N|Địa chỉ: 432-434 Nguyễn Thị Minh Khai, Phường Bàn Cờ, TP.HCM
N|Email: toasoan@sggp.org.vn
"""

BLIND6_DSPL_LEGAL_QA = """
N|Đời sống & Pháp luật
N|Đăng ký nhận tin
N|Nhập email của bạn
N|Đăng ký
N|Bạn đọc  Tư vấn pháp luật
N|01/12/2025 15:20
T|Nhà đất mua bằng giấy tay có được cấp sổ đỏ?
B|Hỏi: Năm 2012, gia đình tôi mua một mảnh đất 80 m2 bằng giấy viết tay, chưa công chứng. Nay tôi muốn làm sổ đỏ thì có được không?
B|Trần Văn Nam (Thái Bình)
B|Trả lời:
B|Theo khoản 1 Điều 138 Luật Đất đai 2024, hộ gia đình, cá nhân đang sử dụng đất ổn định, không có tranh chấp thì được xem xét cấp giấy chứng nhận.
B|Như vậy, trường hợp của ông có thể được cấp sổ đỏ nếu đáp ứng các điều kiện sau:
B|- Đất đã sử dụng ổn định trước ngày 1/7/2014;
B|- Không có tranh chấp;
B|- Phù hợp với quy hoạch sử dụng đất.
Y|Luật sư Nguyễn Minh Long
N|Tải ứng dụng Đời sống & Pháp luật trên điện thoại
N|Bài viết trên chỉ mang tính tham khảo
N|Đọc nhiều
N|Những trường hợp bị thu hồi sổ đỏ từ năm 2026
"""

BLIND6_BONGDA_LIVESCORE = """
N|Bóng Đá
N|Ngoại hạng Anh
N|Lịch thi đấu  Kết quả  Bảng xếp hạng
N|Man City 2 - 1 Liverpool
N|FT
N|Arsenal 0 - 0 Chelsea
N|Phút 67
N|01/12/2025 05:10
T|Haaland lập cú đúp, Man City hạ Liverpool ở Etihad
B|Erling Haaland ghi hai bàn trong hiệp một, giúp Man City đánh bại Liverpool 2-1 ở vòng 13 Ngoại hạng Anh.
B|Salah rút ngắn tỷ số ở phút 78, nhưng đội khách không thể tìm được bàn gỡ.
H|Đội hình ra sân
B|Man City: Ederson, Walker, Dias, Gvardiol, Rodri, Foden, Bernardo, Doku, De Bruyne, Savinho, Haaland.
B|Liverpool: Alisson, Alexander-Arnold, Van Dijk, Konate, Robertson, Mac Allister, Gravenberch, Szoboszlai, Salah, Gakpo, Nunez.
C|Haaland ăn mừng bàn thắng thứ hai. Ảnh: Reuters
Y|Hải Đăng
N|BXH Ngoại hạng Anh
N|1. Arsenal 30
N|2. Man City 28
N|3. Liverpool 25
N|Bình chọn cầu thủ xuất sắc nhất trận
N|Xem tiếp
"""

BLIND6 = {
    "blind6_thanhnien_emagazine": BLIND6_THANHNIEN_EMAGAZINE,
    "blind6_znews_photo_story": BLIND6_ZNEWS_PHOTO_STORY,
    "blind6_laodong_scraped_twice": BLIND6_LAODONG_SCRAPED_TWICE,
    "blind6_vov_video": BLIND6_VOV_VIDEO,
    "blind6_nhandan_glued_date": BLIND6_NHANDAN_GLUED_DATE,
    "blind6_soha_amp": BLIND6_SOHA_AMP,
    "blind6_24h_gold_table": BLIND6_24H_GOLD_TABLE,
    "blind6_vietnamplus_interview": BLIND6_VIETNAMPLUS_INTERVIEW,
    "blind6_plo_paywall": BLIND6_PLO_PAYWALL,
    "blind6_sggp_lists_footer": BLIND6_SGGP_LISTS_FOOTER,
    "blind6_dspl_legal_qa": BLIND6_DSPL_LEGAL_QA,
    "blind6_bongda_livescore": BLIND6_BONGDA_LIVESCORE,
}

BLIND6_METADATA = {
    "blind6_thanhnien_emagazine": {"title": "Người gác hải đăng cuối cùng của vịnh Bắc Bộ", "date": "2025-11-30", "source": None, "author": "MAI HƯƠNG"},
    "blind6_znews_photo_story": {"title": "Mùa hoa tam giác mạch nở sớm ở Hà Giang", "date": "2025-11-29", "source": None, "author": "Tùng Lâm"},
    "blind6_laodong_scraped_twice": {"title": "Công nhân khu công nghiệp Bắc Ninh được thưởng Tết bình quân 8,5 triệu đồng", "date": "2025-12-01", "source": None, "author": "Quế Chi"},
    "blind6_vov_video": {"title": "Cận cảnh cây cầu dây văng lớn nhất Đồng bằng sông Cửu Long sắp hợp long", "date": "2025-12-01", "source": "VOV.VN", "author": "Hải Âu"},
    "blind6_nhandan_glued_date": {"title": "Quốc hội thông qua Luật Dữ liệu cá nhân sửa đổi", "date": "2025-12-01", "source": None, "author": "XUÂN QUỲNH"},
    "blind6_soha_amp": {"title": "Tài xế ô tô dừng giữa cầu Nhật Tân để giải cứu chú chó bị bỏ rơi", "date": "2025-12-01", "source": "Người Lao Động", "author": "Minh Châu"},
    "blind6_24h_gold_table": {"title": "Giá vàng hôm nay 1/12: Vàng nhẫn quay đầu giảm mạnh", "date": "2025-12-01", "source": None, "author": "Minh Anh"},
    "blind6_vietnamplus_interview": {"title": "Chuyển đổi số nông nghiệp: Cần bắt đầu từ dữ liệu đất đai", "date": "2025-12-01", "source": "Vietnam+", "author": "Hương Giang"},
    "blind6_plo_paywall": {"title": "Xét xử cựu giám đốc công ty bất động sản lừa đảo 2.000 khách hàng", "date": "2025-12-01", "source": "PLO", "author": "HOÀNG YẾN"},
    "blind6_sggp_lists_footer": {"title": "TP.HCM công bố 5 điểm mới trong tuyển sinh lớp 10 năm 2026", "date": "2025-12-01", "source": "SGGPO", "author": "THU HƯƠNG"},
    "blind6_dspl_legal_qa": {"title": "Nhà đất mua bằng giấy tay có được cấp sổ đỏ?", "date": "2025-12-01", "source": None, "author": "Nguyễn Minh Long"},
    "blind6_bongda_livescore": {"title": "Haaland lập cú đúp, Man City hạ Liverpool ở Etihad", "date": "2025-12-01", "source": None, "author": "Hải Đăng"},
}


BLIND7_BAODAUTU_TOC = """
N|Báo Đầu tư
N|Thời sự  Đầu tư  Quốc tế  Doanh nghiệp  Ngân hàng  Chứng khoán  Bất động sản  Địa phương
N|Bất động sản
N|Thứ Hai, 01/12/2025 - 07:30
T|Thị trường căn hộ Hà Nội cuối năm: nguồn cung tăng, giá chưa hạ nhiệt
B|Nguồn cung căn hộ mới tại Hà Nội quý IV/2025 ước đạt 9.800 căn, cao nhất trong ba năm, nhưng giá bán sơ cấp vẫn tiếp tục tăng ở hầu hết phân khúc
Y|Thanh Xuân
N|Nội dung chính
N|1. Nguồn cung tập trung ở phía Tây và phía Đông
N|2. Giá bán sơ cấp lập mặt bằng mới
N|3. Dự báo năm 2026
H|1. Nguồn cung tập trung ở phía Tây và phía Đông
B|Theo báo cáo của một đơn vị nghiên cứu thị trường, hơn 70% nguồn cung mới trong quý đến từ các dự án tại Nam Từ Liêm, Gia Lâm và Đông Anh.
B|Các chủ đầu tư lớn đồng loạt mở bán sau khi Luật Đất đai 2024 có hiệu lực và thủ tục pháp lý được tháo gỡ.
H|2. Giá bán sơ cấp lập mặt bằng mới
B|Giá bán trung bình căn hộ sơ cấp đạt khoảng 78 triệu đồng/m2, tăng 28% so với cùng kỳ.
B|Phân khúc | Giá trung bình (triệu đồng/m2) | Tăng so với cùng kỳ
B|Bình dân | 48 | 15%
B|Trung cấp | 72 | 26%
B|Cao cấp | 115 | 31%
H|3. Dự báo năm 2026
B|Các chuyên gia cho rằng giá khó giảm trong ngắn hạn do chi phí đất và vật liệu xây dựng đều tăng.
B|“Người mua ở thực nên cân nhắc khả năng tài chính, tránh vay quá 50% giá trị căn hộ”, một chuyên gia khuyến nghị.
N|Từ khóa: căn hộ Hà Nội  giá nhà  nguồn cung
N|Tin liên quan
N|Giá chung cư cũ tăng chóng mặt, người mua cần lưu ý gì?
N|Hà Nội sẽ có thêm 10.000 căn nhà ở xã hội trong năm 2026
"""

BLIND7_VNECONOMY_XEM_THEM = """
N|VnEconomy
N|Tài chính  Chứng khoán  Doanh nghiệp  Bất động sản  Thế giới  Số hóa  Thị trường
N|Chứng khoán
T|VN-Index vượt mốc 1.300 điểm, khối ngoại bán ròng phiên thứ năm liên tiếp
N|08:45, 01/12/2025
B|Dòng tiền tập trung vào nhóm ngân hàng và thép giúp VN-Index tăng hơn 14 điểm trong phiên đầu tuần, dù khối ngoại tiếp tục bán ròng gần 600 tỷ đồng
Y|Hà Anh
B|Kết thúc phiên giao dịch ngày 1/12, VN-Index tăng 14,2 điểm (1,1%) lên 1.302,6 điểm.
B|Thanh khoản trên sàn HoSE đạt hơn 21.000 tỷ đồng, tăng 18% so với phiên trước.
N|Xem thêm: Chứng khoán tháng 12: Cơ hội từ nhóm cổ phiếu đầu ngành
B|Nhóm ngân hàng dẫn dắt thị trường với VCB, CTG và BID cùng tăng trên 2%.
B|Ở chiều ngược lại, một số mã bất động sản như NVL, PDR điều chỉnh nhẹ.
N|>> Xem thêm: Khối ngoại bán ròng kỷ lục trong tháng 11
B|Theo các công ty chứng khoán, thị trường có thể rung lắc quanh vùng 1.300 điểm trong ngắn hạn.
N|VnEconomy
N|Tin cùng chuyên mục
N|Cổ phiếu thép bứt phá, dòng tiền quay lại
N|10:12 - 30/11/2025
N|Nhà đầu tư cá nhân mở mới 180.000 tài khoản
N|09:40 - 30/11/2025
"""

BLIND7_TCCS_FOOTNOTES = """
N|TẠP CHÍ CỘNG SẢN
N|Trang chủ > Nghiên cứu > Kinh tế
T|Phát triển kinh tế tư nhân trong giai đoạn mới: Một số vấn đề lý luận và thực tiễn
Y|PGS, TS. NGUYỄN VĂN HÙNG
Y|Học viện Chính trị quốc gia Hồ Chí Minh
N|10:20, ngày 01-12-2025
B[Kinh tế]|TCCS - Kinh tế tư nhân ngày càng khẳng định vai trò là một động lực quan trọng của nền kinh tế. Bài viết phân tích thực trạng và đề xuất một số giải pháp trong giai đoạn mới.
H|Vai trò của kinh tế tư nhân
B|Hiện cả nước có hơn 940.000 doanh nghiệp đang hoạt động, trong đó khu vực tư nhân đóng góp khoảng 50% GDP và hơn 30% tổng thu ngân sách nhà nước(1).
B|Văn kiện Đại hội XIII của Đảng xác định: "Phát triển kinh tế tư nhân thực sự trở thành một động lực quan trọng của nền kinh tế"(2).
H|Một số hạn chế
B|Thứ nhất, quy mô doanh nghiệp còn nhỏ, khoảng 97% là doanh nghiệp nhỏ và vừa.
B|Thứ hai, khả năng tiếp cận vốn, đất đai và tài nguyên còn hạn chế.
B|Thứ ba, năng lực đổi mới sáng tạo chưa cao.
H|Giải pháp
B|Một là, hoàn thiện thể chế, bảo đảm quyền tài sản và quyền tự do kinh doanh.
B|Hai là, tạo thuận lợi cho doanh nghiệp tư nhân tiếp cận các nguồn lực.
N|----------------
N|(1) Tổng cục Thống kê: Niên giám thống kê 2024, Nxb. Thống kê, Hà Nội, 2025, tr. 215
N|(2) Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2021, t. I, tr. 130
N|Bài viết được đăng trên Tạp chí Cộng sản số 1050 (tháng 11-2025)
N|Các bài viết khác
N|Đổi mới mô hình tăng trưởng gắn với chuyển đổi số
"""

BLIND7_AFAMILY_ALT_ICONS = """
N|Afamily
N|icon-home
N|Mẹ & Bé  Đẹp  Ăn  Nhà  Đi  Giải trí  Xem Mua Luôn
N|Mẹ & Bé
N|01/12/2025 09:00
T|5 sai lầm khi cho trẻ uống sữa mà nhiều mẹ vẫn mắc
B|Cho trẻ uống sữa tưởng đơn giản nhưng nếu làm sai cách, con không những không tăng cân mà còn dễ bị rối loạn tiêu hóa
Y|Thu Trang
N|icon-facebook
N|icon-messenger
N|Chia sẻ
H|1. Pha sữa quá đặc
B|Nhiều mẹ nghĩ pha sữa đặc sẽ giúp con nhanh lớn, nhưng thực tế điều này khiến thận của trẻ phải làm việc nhiều hơn.
N|me-pha-sua-cho-con.jpg
N|Mẹ pha sữa cho bé sơ sinh
C|Pha sữa đúng tỷ lệ ghi trên hộp là cách an toàn nhất. (Ảnh minh họa)
N|Xem ảnh
H|2. Cho trẻ uống sữa thay nước
B|Sữa không thể thay thế hoàn toàn nước lọc, nhất là với trẻ trên 1 tuổi.
H|3. Hâm lại sữa thừa
B|Sữa đã pha chỉ nên dùng trong vòng 1 giờ.
B|Bác sĩ Nguyễn Thị Lan, khoa Nhi một bệnh viện ở Hà Nội, lưu ý:
B|“Sữa để lâu ở nhiệt độ phòng là môi trường lý tưởng cho vi khuẩn phát triển.”
H|4. Cho trẻ vừa bú vừa ngủ
B|Thói quen này dễ gây sâu răng sữa và sặc.
H|5. Dùng nước quá nóng
B|Nước trên 70 độ C có thể làm mất một số vi chất trong sữa.
Y|Theo Sức khỏe & Đời sống
N|icon-like
N|Thích
N|Bình luận
N|Xem thêm
N|Bé 2 tuổi biếng ăn, mẹ áp dụng mẹo này con ăn hết bát
"""

BLIND7_KHANHHOA_PORTAL = """
N|CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA
N|Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
N|Tin tức - Sự kiện
N|Cỡ chữ: A- A A+
N|Ngày đăng: 01/12/2025 | Lượt xem: 1.245
T|Khánh Hòa khởi công dự án đường ven biển Cam Lâm - Cam Ranh
B|Sáng 1/12, UBND tỉnh Khánh Hòa tổ chức lễ khởi công dự án đường ven biển đoạn Cam Lâm - Cam Ranh, tổng mức đầu tư gần 1.500 tỷ đồng.
B|Tuyến đường dài 22 km, quy mô 4 làn xe, dự kiến hoàn thành vào năm 2028.
B|Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh yêu cầu các đơn vị:
B|- Đẩy nhanh công tác giải phóng mặt bằng, bàn giao đúng tiến độ;
B|- Bảo đảm chất lượng công trình và an toàn lao động;
B|- Công khai, minh bạch trong quản lý vốn đầu tư.
C|Các đại biểu thực hiện nghi thức khởi công dự án.
Y|Tác giả: Minh Tâm - Trung tâm Công báo và Tin học tỉnh
N|Tin liên quan
N|Khánh Hòa đón 4 triệu lượt khách quốc tế (28/11/2025)
N|Hội nghị xúc tiến đầu tư tỉnh Khánh Hòa năm 2025 (25/11/2025)
N|In trang  Gửi email  Về đầu trang
N|Cơ quan chủ quản: Ủy ban nhân dân tỉnh Khánh Hòa
N|Số lượt truy cập: 12.345.678
"""

BLIND7_HANOIMOI_2014 = """
N|Hànộimới
N|Trang chủ » Xã hội » Giáo dục
N|Cập nhật lúc 08:32, Thứ Hai, 12/05/2014 (GMT+7)
T|Hà Nội công bố chỉ tiêu tuyển sinh lớp 10 năm học 2014-2015
B[Năm học]|(HNM) - Năm học 2014-2015, toàn thành phố tuyển 60.000 học sinh vào lớp 10 công lập, chiếm khoảng 62% tổng số học sinh tốt nghiệp THCS.
B|Theo Sở GD-ĐT Hà Nội, kỳ thi tuyển sinh sẽ diễn ra vào ngày 23 và 24/6 với hai môn Ngữ văn và Toán.
B|Học sinh được đăng ký tối đa hai nguyện vọng vào hai trường THPT công lập thuộc cùng một khu vực tuyển sinh.
B|Các trường THPT chuyên tổ chức thi riêng từ ngày 25/6.
Y|Lan Anh
N|[Trở về]  [Đầu trang]  [In bài]  [Gửi cho bạn bè]
N|Các tin khác
N|Sẽ công bố đáp án thi tốt nghiệp ngay sau khi thi (11/05/2014)
N|Học sinh lớp 12 bước vào đợt ôn thi nước rút (10/05/2014)
N|Thăm dò ý kiến
N|Bạn có ủng hộ việc bỏ thi tốt nghiệp THPT?
N|Có
N|Không
N|Ý kiến khác
N|Biểu quyết  Xem kết quả
"""

BLIND7_TBTC_PRINT = """
N|In trang
N|Đóng cửa sổ
N|THỜI BÁO TÀI CHÍNH VIỆT NAM
T|Thu ngân sách 11 tháng vượt dự toán cả năm
N|01/12/2025 16:05
B|Lũy kế thu ngân sách nhà nước 11 tháng năm 2025 ước đạt 1.985 nghìn tỷ đồng, bằng 108,5% dự toán năm
B|Theo Bộ Tài chính, thu nội địa đạt 1.680 nghìn tỷ đồng, tăng 14,8% so với cùng kỳ năm trước.
B|Thu từ dầu thô đạt 52 nghìn tỷ đồng, bằng 94,5% dự toán.
B|Thu cân đối từ hoạt động xuất nhập khẩu đạt 253 nghìn tỷ đồng.
B|Chi ngân sách 11 tháng ước đạt 1.720 nghìn tỷ đồng, bằng 72,6% dự toán, trong đó chi đầu tư phát triển đạt 61,2%.
Y|Đức Minh
N|URL: https://thoibaotaichinhvietnam.vn/thu-ngan-sach-11-thang-vuot-du-toan-ca-nam-123456.html
N|© 2025 Thời báo Tài chính Việt Nam. Bản quyền thuộc Bộ Tài chính.
"""

BLIND7_INFONET_RSS = """
N|Infonet
N|Tin tức RSS
N|Xã hội
T|Hà Nội: Cháy nhà 4 tầng ở Thanh Xuân, 6 người được giải cứu
N|Mon, 01 Dec 2025 06:45:00 +0700
B|Rạng sáng 1/12, ngôi nhà 4 tầng trên phố Khương Trung bốc cháy, lực lượng chữa cháy đã giải cứu an toàn 6 người mắc kẹt
B|Đám cháy được khống chế sau 40 phút, nguyên nhân đang được điều tra.
N|Đọc toàn bài tại đây »
N|https://infonet.vietnamnet.vn/ha-noi-chay-nha-4-tang-o-thanh-xuan-2345678.html
Y|Nguồn: Infonet
N|Tin khác
N|Giá xăng giảm lần thứ ba liên tiếp
N|Mon, 01 Dec 2025 06:10:00 +0700
N|Hà Nội rét đậm, nhiệt độ vùng núi dưới 10 độ C
N|Sun, 30 Nov 2025 21:30:00 +0700
"""

BLIND7_NGOISAO_TITLE_REPEATS = """
N|og:title: Hoa hậu Thu Hà: 'Tôi không vội kết hôn' - Ngôi Sao
N|Ngôi Sao
N|Ngôi Sao > Hậu trường > Hoa hậu Thu Hà: 'Tôi không vội kết hôn'
T|Hoa hậu Thu Hà: 'Tôi không vội kết hôn'
N|Thứ hai, 1/12/2025, 10:00
B|Sau hai năm đăng quang, Thu Hà cho biết cô muốn tập trung cho sự nghiệp và việc học thạc sĩ ở Anh
Y|Mai Nhật
B|- Cuộc sống của chị thay đổi thế nào sau hai năm đăng quang?
B|- Tôi bận rộn hơn nhiều. Có những tháng tôi chỉ ngủ ở nhà được vài đêm vì lịch sự kiện và từ thiện.
B|- Chị có áp lực khi được nhắc đến chuyện kết hôn?
B|- Không nhiều. Gia đình tôn trọng lựa chọn của tôi.
B|"Tôi không vội. Hạnh phúc không phải cuộc đua."
B|- Dự định sắp tới của chị là gì?
B|- Tôi sẽ sang Anh học thạc sĩ quản trị truyền thông từ tháng 1. Sau đó, tôi muốn:
B|Mở một quỹ học bổng cho nữ sinh vùng cao;
B|Ra mắt sách ảnh về áo dài;
B|Thử sức ở vai trò MC.
C|Thu Hà trong bộ ảnh mới. Ảnh: Nhân vật cung cấp
N|Ý kiến bạn đọc
N|Chia sẻ bài viết
N|Tin cùng chuyên mục
N|Hậu trường cảnh nóng của phim Việt ăn khách nhất năm
"""

BLIND7_DANANG_WIDGETS = """
N|Báo Đà Nẵng
N|Đà Nẵng 24°C  Mây rải rác
N|Thứ Hai, 01/12/2025
N|Chính trị  Kinh tế  Xã hội  Văn hóa - Văn nghệ  Thể thao  Quốc tế  Đà Nẵng Cuối tuần
N|Xã hội
T|Đà Nẵng lắp thêm 300 camera giám sát giao thông
N|Thứ Hai, 01/12/2025, 07:15 [GMT+7]
B|Từ tháng 12, thành phố đưa vào vận hành thêm 300 camera giám sát tại các nút giao trọng điểm, nâng tổng số camera lên hơn 1.500
B|Theo Sở Khoa học và Công nghệ, các camera có khả năng nhận diện biển số, phát hiện xe vượt đèn đỏ, đi sai làn và dừng đỗ sai quy định.
B|Dữ liệu được truyền về Trung tâm Giám sát, điều hành đô thị thông minh (IOC) theo thời gian thực.
H|Phạt nguội qua ứng dụng
B|Người dân có thể tra cứu vi phạm qua ứng dụng Danang Smart City.
B|Câu hỏi: Tra cứu phạt nguội ở đâu?
B|Trả lời: Trên ứng dụng hoặc cổng dịch vụ công của thành phố.
Y|HOÀNG HIỆP
N|Chia sẻ  Facebook  Zalo  In bài
N|Bạn nghĩ gì về việc phạt nguội qua camera?
N|Ủng hộ
N|Không ủng hộ
N|Bình chọn
N|Mời bạn đọc gửi bình luận về bài viết này
N|Tin mới nhất
N|07:00Khánh thành cầu Nguyễn Tri Phương mở rộng
N|06:45Đà Nẵng đón chuyến bay quốc tế thứ 50
"""

BLIND7 = {
    "blind7_baodautu_toc": BLIND7_BAODAUTU_TOC,
    "blind7_vneconomy_xem_them": BLIND7_VNECONOMY_XEM_THEM,
    "blind7_tccs_footnotes": BLIND7_TCCS_FOOTNOTES,
    "blind7_afamily_alt_icons": BLIND7_AFAMILY_ALT_ICONS,
    "blind7_khanhhoa_portal": BLIND7_KHANHHOA_PORTAL,
    "blind7_hanoimoi_2014": BLIND7_HANOIMOI_2014,
    "blind7_tbtc_print": BLIND7_TBTC_PRINT,
    "blind7_infonet_rss": BLIND7_INFONET_RSS,
    "blind7_ngoisao_title_repeats": BLIND7_NGOISAO_TITLE_REPEATS,
    "blind7_danang_widgets": BLIND7_DANANG_WIDGETS,
}

BLIND7_METADATA = {
    "blind7_baodautu_toc": {"title": "Thị trường căn hộ Hà Nội cuối năm: nguồn cung tăng, giá chưa hạ nhiệt", "date": "2025-12-01", "source": None, "author": "Thanh Xuân"},
    "blind7_vneconomy_xem_them": {"title": "VN-Index vượt mốc 1.300 điểm, khối ngoại bán ròng phiên thứ năm liên tiếp", "date": "2025-12-01", "source": None, "author": "Hà Anh"},
    "blind7_tccs_footnotes": {"title": "Phát triển kinh tế tư nhân trong giai đoạn mới: Một số vấn đề lý luận và thực tiễn", "date": "2025-12-01", "source": "TCCS", "author": "NGUYỄN VĂN HÙNG"},
    "blind7_afamily_alt_icons": {"title": "5 sai lầm khi cho trẻ uống sữa mà nhiều mẹ vẫn mắc", "date": "2025-12-01", "source": "Sức khỏe & Đời sống", "author": "Thu Trang"},
    "blind7_khanhhoa_portal": {"title": "Khánh Hòa khởi công dự án đường ven biển Cam Lâm - Cam Ranh", "date": "2025-12-01", "source": None, "author": "Minh Tâm"},
    "blind7_hanoimoi_2014": {"title": "Hà Nội công bố chỉ tiêu tuyển sinh lớp 10 năm học 2014-2015", "date": "2014-05-12", "source": "HNM", "author": "Lan Anh"},
    "blind7_tbtc_print": {"title": "Thu ngân sách 11 tháng vượt dự toán cả năm", "date": "2025-12-01", "source": None, "author": "Đức Minh"},
    "blind7_infonet_rss": {"title": "Hà Nội: Cháy nhà 4 tầng ở Thanh Xuân, 6 người được giải cứu", "date": "2025-12-01", "source": "Infonet", "author": None},
    "blind7_ngoisao_title_repeats": {"title": "Hoa hậu Thu Hà: 'Tôi không vội kết hôn'", "date": "2025-12-01", "source": None, "author": "Mai Nhật"},
    "blind7_danang_widgets": {"title": "Đà Nẵng lắp thêm 300 camera giám sát giao thông", "date": "2025-12-01", "source": None, "author": "HOÀNG HIỆP"},
}


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
    "blind_tienphong": BLIND_TIENPHONG,
    "blind_baoquocte": BLIND_BAOQUOCTE,
    "blind_kienthuc": BLIND_KIENTHUC,
    "blind_thethaovanhoa": BLIND_THETHAOVANHOA,
    "blind_vnexpress_interview": BLIND_VNEXPRESS_INTERVIEW,
    "blind_hotline_notice": BLIND_HOTLINE_NOTICE,
    "blind_live_blog": BLIND_LIVE_BLOG,
    "blind_price_list": BLIND_PRICE_LIST,
    "blind_entertainment": BLIND_ENTERTAINMENT,
    "blind_antd": BLIND_ANTD,
    "blind_chinhphu_reception": BLIND_CHINHPHU_RECEPTION,
    "blind2_series_inline_related": BLIND2_SERIES_INLINE_RELATED,
    "blind2_score_list": BLIND2_SCORE_LIST,
    "blind2_gallery": BLIND2_GALLERY,
    "blind2_tuoitre_feature": BLIND2_TUOITRE_FEATURE,
    "blind2_ttxvn_credit": BLIND2_TTXVN_CREDIT,
    "blind2_accident_video": BLIND2_ACCIDENT_VIDEO,
    "blind3_danviet": BLIND3_DANVIET,
    "blind3_charity_pull_quote": BLIND3_CHARITY_PULL_QUOTE,
    "blind3_world_kyodo": BLIND3_WORLD_KYODO,
    "blind3_congress_captions": BLIND3_CONGRESS_CAPTIONS,
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
    "blind3_world_kyodo": {"author": "Thanh Tâm", "source": "Kyodo"},
    "blind2_series_inline_related": {"author": "Phạm Hòa"},
}

CASES.update(BLIND5)
EXPECTED_METADATA.update(BLIND5_METADATA)
CASES.update(BLIND6)
EXPECTED_METADATA.update(BLIND6_METADATA)
CASES.update(BLIND7)
EXPECTED_METADATA.update(BLIND7_METADATA)


@pytest.mark.parametrize("name", sorted(CASES))
def test_invented_article_lines(name: str) -> None:
    text, labels, contents = parse_case(CASES[name])
    cleaned = strip_boilerplate(text)
    assert len(cleaned.blocks) == len(labels)
    wrong = [
        (number, want, block.label, block.reason, block.text[:60])
        for number, (want, block) in enumerate(zip(labels, cleaned.blocks, strict=True))
        if want != block.label
    ]
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


@pytest.mark.xfail(strict=True, reason="known limit: an uncredited caption without a caption "
                   "word or person-verb shape looks like a sub-heading")
def test_known_limit_uncredited_scene_caption() -> None:
    text, _, _ = parse_case(BLIND2_SERIES_INLINE_RELATED)
    cleaned = strip_boilerplate(text)
    block = next(block for block in cleaned.blocks if block.text.startswith("Lòng sông"))
    assert block.label == "caption"
