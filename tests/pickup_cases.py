"""A small labelled set for pickup: official statements, and articles that carry one
(verbatim, lightly edited, paraphrased, with a figure changed) or carry none (same topic,
another story). ``PICKUP`` in ``toancanh.claims.pickup`` was set on it."""

from __future__ import annotations

STATEMENTS: dict[str, str] = {
    "fines": (
        "Bộ Công an thông báo: theo Nghị định 168/2024/NĐ-CP, từ ngày 1/1/2025 người điều "
        "khiển xe máy vượt đèn đỏ bị phạt từ 4 đến 6 triệu đồng và bị trừ 4 điểm giấy phép "
        "lái xe. Người điều khiển ô tô vượt đèn đỏ bị phạt từ 18 đến 20 triệu đồng."
    ),
    "fees": (
        "Bộ Giáo dục và Đào tạo cho biết học phí đại học công lập năm học 2025-2026 tăng "
        "không quá 10% so với năm trước. Các trường tự chủ được thu theo mức trần quy định "
        "tại Nghị định 97/2023/NĐ-CP. Học sinh mầm non và phổ thông công lập được miễn học "
        "phí từ tháng 9/2025."
    ),
    "power": (
        "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8%, lên "
        "2.204 đồng/kWh, áp dụng từ ngày 10/5/2025. Việc điều chỉnh theo Quyết định "
        "05/2024/QĐ-TTg về cơ chế điều chỉnh giá bán lẻ điện bình quân."
    ),
    "vaccine": (
        "Bộ Y tế thông báo chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại các tỉnh "
        "phía Nam bắt đầu từ ngày 15/9/2025. Phụ huynh đưa trẻ đến trạm y tế xã, phường để "
        "được tiêm miễn phí."
    ),
}

# (label, statement carried or None, title, text). Labels: verbatim, edited, paraphrase,
# wrong figure, embedded, same topic or same body (carries nothing), unrelated.
ARTICLES: list[tuple[str, str | None, str, str]] = [
    (
        "verbatim",
        "fines",
        "Vượt đèn đỏ bị phạt đến 6 triệu đồng",
        "Theo Nghị định 168/2024/NĐ-CP, từ ngày 1/1/2025 người điều khiển xe máy vượt đèn "
        "đỏ bị phạt từ 4 đến 6 triệu đồng và bị trừ 4 điểm giấy phép lái xe.\n"
        "Người điều khiển ô tô vượt đèn đỏ bị phạt từ 18 đến 20 triệu đồng.",
    ),
    (
        "paraphrase",
        "fines",
        "Mức phạt mới cho người vượt đèn đỏ",
        "Sáng nay, phóng viên ghi nhận nhiều người dân quan tâm tới quy định mới.\n"
        "Kể từ 1/1/2025, người đi xe máy mà vượt đèn đỏ sẽ bị xử phạt 4-6 triệu đồng, "
        "đồng thời bị trừ 4 điểm trên bằng lái, theo Nghị định 168/2024/NĐ-CP. Với ô tô, "
        "mức phạt là 18-20 triệu đồng.",
    ),
    (
        "wrong figure",
        "fines",
        "Xe máy vượt đèn đỏ bị phạt 10 triệu đồng",
        "Theo Nghị định 168/2024/NĐ-CP, từ ngày 1/7/2025, người đi xe máy vượt đèn đỏ bị "
        "phạt 10 triệu đồng và bị trừ 4 điểm giấy phép lái xe.",
    ),
    (
        "same topic",
        None,
        "Hà Nội lắp thêm camera giám sát giao thông",
        "Thành phố lắp thêm 200 camera tại các nút giao thông lớn để ghi hình vi phạm.\n"
        "Sở Giao thông vận tải cho biết hệ thống sẽ hoạt động từ quý IV. Người dân được "
        "khuyến cáo chấp hành tín hiệu đèn giao thông.",
    ),
    (
        "same topic",
        None,
        "Tai nạn giao thông giảm trong tháng 8",
        "Số vụ tai nạn giao thông trên cả nước giảm 12% so với cùng kỳ, theo Cục Cảnh sát "
        "giao thông. Nguyên nhân chủ yếu là đi sai làn và chạy quá tốc độ.",
    ),
    (
        "edited",
        "fees",
        "Học phí đại học công lập tăng không quá 10%",
        "Bộ Giáo dục và Đào tạo cho biết học phí đại học công lập năm học 2025-2026 tăng "
        "không quá 10% so với năm trước.\nCác trường tự chủ thu theo mức trần tại Nghị định "
        "97/2023/NĐ-CP.",
    ),
    (
        "paraphrase",
        "fees",
        "Từ tháng 9, học sinh công lập không phải đóng học phí",
        "Trẻ mầm non và học sinh phổ thông trường công sẽ không phải nộp học phí kể từ "
        "tháng 9/2025, theo thông tin từ Bộ Giáo dục và Đào tạo. Học phí đại học công lập "
        "năm học tới tăng tối đa 10%.",
    ),
    (
        "wrong figure",
        "fees",
        "Học phí đại học tăng 15%",
        "Bộ Giáo dục và Đào tạo cho biết học phí đại học công lập năm học 2025-2026 tăng "
        "15% so với năm trước; học sinh phổ thông công lập được miễn học phí từ tháng 1/2026.",
    ),
    (
        "same topic",
        None,
        "Sinh viên xoay xở với chi phí nhà trọ",
        "Giá phòng trọ quanh các trường đại học ở Hà Nội tăng mạnh đầu năm học. Nhiều sinh "
        "viên phải ở ghép bốn người một phòng để tiết kiệm chi phí sinh hoạt.",
    ),
    (
        "same topic",
        None,
        "Trường đại học mở thêm ngành mới",
        "Năm học 2025-2026, nhiều trường đại học công lập mở thêm ngành trí tuệ nhân tạo "
        "và bán dẫn. Điểm chuẩn dự kiến tăng ở các ngành công nghệ.",
    ),
    (
        "verbatim",
        "power",
        "Giá điện tăng 4,8% từ hôm nay",
        "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 4,8%, lên "
        "2.204 đồng/kWh, áp dụng từ ngày 10/5/2025.",
    ),
    (
        "paraphrase",
        "power",
        "EVN nâng giá điện",
        "Người dân sẽ trả tiền điện cao hơn: giá bán lẻ bình quân được EVN nâng thêm 4,8%, "
        "tức 2.204 đồng mỗi kWh, từ 10/5/2025, căn cứ Quyết định 05/2024/QĐ-TTg.",
    ),
    (
        "wrong figure",
        "power",
        "Giá điện tăng gần 10%",
        "Tập đoàn Điện lực Việt Nam điều chỉnh giá bán lẻ điện bình quân tăng 9,5%, áp "
        "dụng từ ngày 1/6/2025.",
    ),
    (
        "same topic",
        None,
        "Nắng nóng, tiêu thụ điện lập kỷ lục",
        "Sản lượng điện tiêu thụ toàn hệ thống đạt mức cao nhất từ trước đến nay trong đợt "
        "nắng nóng. Tập đoàn Điện lực Việt Nam khuyến cáo người dân tiết kiệm điện vào giờ "
        "cao điểm.",
    ),
    (
        "paraphrase",
        "vaccine",
        "Tiêm vắc xin sởi miễn phí cho trẻ",
        "Từ 15/9/2025, trẻ em 1-5 tuổi ở các tỉnh phía Nam được tiêm vắc xin sởi miễn phí "
        "tại trạm y tế xã, phường, theo thông báo của Bộ Y tế.",
    ),
    (
        "same topic",
        None,
        "Số ca mắc sởi tăng ở TP.HCM",
        "Các bệnh viện nhi tại TP.HCM tiếp nhận nhiều ca mắc sởi trong tháng qua. Bác sĩ "
        "khuyên phụ huynh theo dõi biểu hiện sốt, phát ban ở trẻ.",
    ),
    (
        "unrelated",
        None,
        "Đội tuyển Việt Nam thắng 2-0",
        "Đội tuyển bóng đá Việt Nam thắng Lào 2-0 trong trận giao hữu tối qua tại sân Mỹ Đình.",
    ),
    # An article that reports the statement in one paragraph among others; other stories of
    # the same body citing the same document; a paraphrase in other words.
    (
        "embedded",
        "fees",
        "Tuyển sinh 2025: những điều cần biết",
        "Mùa tuyển sinh năm nay có nhiều thay đổi về phương thức xét tuyển.\nNhiều trường "
        "dành chỉ tiêu lớn cho xét tuyển học bạ và chứng chỉ quốc tế.\nVề học phí, Bộ Giáo "
        "dục và Đào tạo cho biết học phí đại học công lập năm học 2025-2026 tăng không quá "
        "10% so với năm trước.\nThí sinh cần theo dõi lịch đăng ký nguyện vọng trên hệ thống.",
    ),
    (
        "same body",
        None,
        "Lấy ý kiến sửa Nghị định 168",
        "Bộ Công an đang lấy ý kiến góp ý sửa đổi Nghị định 168/2024/NĐ-CP về thủ tục đăng ký "
        "xe và cấp biển số định danh cho người dân.",
    ),
    (
        "paraphrase",
        "vaccine",
        "Trẻ nhỏ phía Nam được tiêm sởi miễn phí",
        "Theo Bộ Y tế, bắt đầu từ 15/9/2025, các cháu từ 1 tới 5 tuổi ở các tỉnh miền Nam sẽ "
        "được tiêm ngừa sởi không mất tiền tại trạm y tế xã, phường.",
    ),
    (
        "same body",
        None,
        "Điện mặt trời mái nhà",
        "Tập đoàn Điện lực Việt Nam hướng dẫn người dân đăng ký lắp điện mặt trời mái nhà tự "
        "sản tự tiêu, theo Quyết định 05/2024/QĐ-TTg và các văn bản liên quan.",
    ),
]
