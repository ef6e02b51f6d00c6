"""Check-worthy sentences on a small labelled set written for the project."""

from __future__ import annotations

import pytest

from toancanh.claims.detect import check_worthy, sentence_reasons

# (sentence, worth checking). Kept: assertions about rules, figures, dates, prices,
# penalties, deadlines. Dropped: questions, opinions, plans, sentences with no policy.
LABELLED = [
    ("Từ ngày 1/1/2025, người điều khiển ô tô vượt đèn đỏ bị phạt từ 18 đến 20 triệu đồng.", True),
    ("Học phí đại học công lập năm học 2025-2026 tăng khoảng 10% so với năm trước.", True),
    ("Giá điện bán lẻ bình quân được điều chỉnh tăng 4,8% từ ngày 11/10.", True),
    ("Mức lương cơ sở là 2,34 triệu đồng/tháng, áp dụng từ ngày 1/7/2024.", True),
    (
        "Nghị định 168/2024/NĐ-CP phạt nồng độ cồn cao nhất với xe máy 10 triệu đồng.",
        True,
    ),
    ("Người lao động đóng BHXH đủ 15 năm được hưởng lương hưu.", True),
    (
        "Học sinh công lập từ mầm non đến hết lớp 12 được miễn học phí từ tháng 9.",
        True,
    ),
    ("Thuế giá trị gia tăng được giảm 2% đến hết ngày 31/12/2025.", True),
    ("Người nộp thuế phải quyết toán thuế thu nhập cá nhân trước ngày 2/5.", True),
    ("Nghiêm cấm bán rượu, bia cho người dưới 18 tuổi.", True),
    (
        "Tài xế bị tước giấy phép lái xe 22 đến 24 tháng nếu vi phạm nồng độ cồn mức cao nhất.",
        True,
    ),
    ("Mức giảm trừ gia cảnh cho bản thân người nộp thuế là 11 triệu đồng mỗi tháng.", True),
    ("Luật Đất đai 2024 có hiệu lực từ ngày 1/8/2024.", True),
    ("Trẻ em dưới 6 tuổi được cấp thẻ BHYT miễn phí.", True),
    ("Giá xăng RON 95 giảm 500 đồng mỗi lít từ 15 giờ chiều nay.", True),
    ("Người dân không được sử dụng căn cước công dân gắn chip hết hạn để làm thủ tục.", True),
    ("Hạn chót nộp hồ sơ đăng ký xét tuyển là ngày 30/7.", True),
    ("Mức đóng BHYT hộ gia đình bằng 4,5% mức lương cơ sở.", True),
    ("Trợ cấp thất nghiệp hằng tháng bằng 60% mức bình quân tiền lương đóng bảo hiểm.", True),
    ("Từ năm 2026, hộ kinh doanh không còn nộp thuế khoán mà phải kê khai theo doanh thu.", True),
    ("Ô tô chạy quá tốc độ từ 10 đến 20 km/h bị phạt 4 đến 6 triệu đồng.", True),
    ("Lãi suất cho vay mua nhà ở xã hội là 6,6% một năm.", True),
    ("Người đi xe máy không đội mũ bảo hiểm bị phạt 400.000 đến 600.000 đồng.", True),
    ("Bộ Giáo dục và Đào tạo ban hành quy chế tuyển sinh mới áp dụng từ năm 2025.", True),
    ("Lương hưu của hơn 3 triệu người được điều chỉnh tăng 15% từ tháng 7.", True),
    ("Có đúng là từ năm sau phạt không đội mũ bảo hiểm lên 2 triệu đồng không?", False),
    ("Học phí năm nay tăng bao nhiêu?", False),
    ("Khi nào thì giá điện được điều chỉnh?", False),
    ("Liệu mức phạt mới có đủ răn đe người vi phạm?", False),
    ("Tôi cho rằng mức phạt 20 triệu đồng là quá cao với người dân.", False),
    ("Có lẽ học phí sẽ còn tăng trong những năm tới.", False),
    ("Nhà nước nên giảm thuế thu nhập cá nhân cho người lương thấp.", False),
    ("Theo tôi, giá điện bậc thang đang bất hợp lý.", False),
    ("Bộ Tài chính đề xuất tăng mức giảm trừ gia cảnh lên 15,5 triệu đồng.", False),
    ("Dự kiến từ năm 2026, lương cơ sở sẽ tăng thêm 8%.", False),
    ("Dự thảo nghị định nêu mức phạt mới với hành vi xả rác.", False),
    ("Bộ Công Thương đang nghiên cứu cơ chế giá điện hai thành phần.", False),
    ("Cử tri kiến nghị giảm học phí cho sinh viên vùng khó khăn.", False),
    ("Chiều qua trời mưa to ở Hà Nội.", False),
    (
        "Mỗi tháng tôi phải tự mua thuốc hết hơn 2 triệu đồng, trong khi lương hưu chỉ 4 triệu.",
        False,
    ),
    ("Chúng tôi đã nộp 30% giá trị căn hộ từ năm 2023 mà chưa được nhận nhà.", False),
    (
        'Đóng bảo hiểm y tế cả đời mà đến lúc cần lại không có thuốc", anh Đặng Văn T. kể.',
        False,
    ),
    (
        'Giá bán nhà ở xã hội phải được thẩm định, chủ đầu tư không được thu thêm tiền", '
        "ông Lê Quang Thịnh, Giám đốc Sở Xây dựng, khẳng định.",
        True,
    ),
    ("Chính sách áp dụng với hơn 23 triệu trẻ em, học sinh trên cả nước.", True),
    ("Đội tuyển Việt Nam thắng 2-0 trong trận đấu tối qua.", False),
    ("Buổi lễ diễn ra trang trọng với sự tham dự của nhiều đại biểu.", False),
    ("Người dân hy vọng giá xăng sẽ giảm vào cuối năm.", False),
    ("Xin cảm ơn.", False),
    ("Nhiều phụ huynh lo lắng và mong học phí được giữ nguyên.", False),
    ("Ông Nguyễn Văn A sinh năm 1970 tại Nam Định.", False),
]


@pytest.mark.parametrize(("sentence", "worth"), LABELLED)
def test_labelled_sentence(sentence: str, worth: bool) -> None:
    assert bool(sentence_reasons(sentence)) is worth


def test_the_labelled_set_is_large_enough_and_balanced() -> None:
    kept = sum(worth for _, worth in LABELLED)
    assert len(LABELLED) >= 40 and 15 <= kept <= len(LABELLED) - 15


def test_sentences_come_back_with_offsets_into_the_text() -> None:
    text = (
        "Học phí năm nay tăng bao nhiêu? Theo Bộ GD&ĐT, học phí đại học công lập tăng 10% "
        "từ tháng 9.\n\nTôi cho rằng mức tăng là hợp lý. Nghiêm cấm bán rượu, bia cho "
        "người dưới 18 tuổi."
    )
    found = check_worthy(text)
    assert [text[c.start : c.end] for c in found] == [c.text for c in found]
    assert [c.text for c in found] == [
        "Theo Bộ GD&ĐT, học phí đại học công lập tăng 10% từ tháng 9.",
        "Nghiêm cấm bán rượu, bia cho người dưới 18 tuổi.",
    ]
    assert found[0].reasons[:2] == ("figure", "date")


def test_empty_and_odd_text() -> None:
    assert check_worthy("") == []
    assert check_worthy("???  \n\n ...") == []
