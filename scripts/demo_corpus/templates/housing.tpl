# Social housing policy in general (never mentions the Lam Hà project).

[nox.proj]
- dự án nhà ở xã hội tại phường {phuong}
- khu nhà ở xã hội {phuong}
- dự án nhà ở xã hội dành cho công nhân khu công nghiệp {phuong}
- khu nhà ở xã hội thuộc khu đô thị mới {phuong}

[nox.bg.s1]
- Theo Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội cho đối tượng thu nhập thấp, công nhân khu công nghiệp giai đoạn 2021-2030 (Quyết định 338/QĐ-TTg), {prov_full} được giao {hoàn thành|phát triển} khoảng {#8-40}.000 căn {đến năm 2030|trong giai đoạn này}.
- Cả nước {hiện có|đang triển khai} khoảng {#680-720} dự án nhà ở xã hội với hơn {#600-650}.000 căn, {theo số liệu của Bộ Xây dựng|theo báo cáo của Bộ Xây dựng}; mục tiêu đến năm 2030 là ít nhất 1 triệu căn.
- Nghị quyết 201/2025/QH15 của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển nhà ở xã hội cho phép giao chủ đầu tư không qua đấu thầu, rút gọn nhiều thủ tục {đầu tư, xây dựng|về quy hoạch và xây dựng}.
- Luật Nhà ở 2023 và Nghị định 100/2024/NĐ-CP đã {mở rộng|bổ sung} đối tượng được mua nhà ở xã hội, {đồng thời|và} {nới|điều chỉnh} điều kiện thu nhập {phù hợp hơn với thực tế|cho sát thực tế}.

[nox.bg.s2]
- Người mua phải chưa có nhà ở thuộc sở hữu tại tỉnh, thành phố nơi có dự án, hoặc có nhà nhưng diện tích bình quân dưới 15 m²/người; thu nhập {không vượt|nằm trong} mức trần theo quy định.
- Quỹ đất dành cho nhà ở xã hội, {gồm|bao gồm} quỹ đất 20% trong các dự án nhà ở thương mại, vẫn là điểm nghẽn lớn ở {nhiều địa phương|các đô thị lớn}.
- {Bên cạnh|Cùng với} nguồn vốn của doanh nghiệp, người mua nhà ở xã hội được vay ưu đãi tại Ngân hàng Chính sách xã hội với thời hạn {tối đa|lên tới} 25 năm.
- Giá bán nhà ở xã hội hiện {phổ biến|dao động} từ {#12-16} đến {#17-24} triệu đồng/m², {tùy địa phương|tùy dự án}, thấp hơn nhiều so với nhà ở thương mại {cùng khu vực|lân cận}.

[nox.bg]
- {@nox.bg.s1} {@nox.bg.s2}
- {@nox.bg.s2} {@nox.bg.s1}
- {@nox.bg.s1}

[nox.quote_off]
- {^@nox.off_intro}: "{@nox.off_say}."
- "{@nox.off_say}", {@nox.off_intro} {nói|nhấn mạnh}.

[nox.off_intro]
- Giám đốc Sở Xây dựng {prov_full}
- đại diện Sở Xây dựng {prov_full}
- lãnh đạo Cục Quản lý nhà và thị trường bất động sản (Bộ Xây dựng)
- Phó Chủ tịch UBND {prov_full}
- Thứ trưởng Bộ Xây dựng

[nox.off_say]
- Chúng tôi xác định nhà ở xã hội là nhiệm vụ chính trị, phải làm nhanh nhưng đúng đối tượng, đúng giá, công khai, minh bạch từ khâu đăng ký đến khâu bàn giao
- Địa phương sẽ tiếp tục rà soát quỹ đất, cắt giảm thủ tục để nhà đầu tư yên tâm triển khai và người lao động sớm có chỗ ở ổn định
- Mục tiêu không chỉ là số lượng căn hộ mà còn là chất lượng sống: trường học, trạm y tế, cây xanh phải đi cùng các khu nhà ở xã hội
- Chúng tôi đề nghị các chủ đầu tư công khai đầy đủ thông tin dự án, tiêu chí xét duyệt và giá bán để người dân giám sát
- Thời gian tới, các thủ tục sẽ được giải quyết theo cơ chế rút gọn, hồ sơ nào đủ điều kiện sẽ được xử lý ngay

[nox.quote_exp]
- {TS. Nguyễn Hoàng Long|TS. Đặng Thu Hà|Kiến trúc sư Lê Quốc Việt}, chuyên gia {kinh tế đô thị|chính sách nhà ở}, {nhận định|cho rằng}: "{Khó khăn lớn nhất vẫn là quỹ đất sạch và thủ tục. Nếu mỗi dự án mất ba, bốn năm chỉ để chuẩn bị đầu tư thì rất khó đạt mục tiêu|Cần tách bạch vai trò của Nhà nước và doanh nghiệp; Nhà nước nên chủ động tạo quỹ đất, đầu tư hạ tầng để giảm giá thành|Chính sách đã có, vấn đề là khâu thực thi ở địa phương còn chậm và thiếu đồng bộ}."
- Theo {các chuyên gia|một chuyên gia bất động sản}, {lợi nhuận định mức 10% chưa đủ hấp dẫn|thủ tục xác nhận điều kiện còn rườm rà}, khiến {nhiều doanh nghiệp|người dân} {e ngại|gặp khó}; cần {cơ chế|chính sách} linh hoạt hơn {để|nhằm} {thu hút nguồn lực|đẩy nhanh tiến độ}.

[nox.close]
- Người dân có nhu cầu có thể theo dõi danh sách dự án và thông tin đăng ký trên cổng thông tin điện tử của Sở Xây dựng {prov_full}.
- {Sở Xây dựng|Địa phương} {cho biết|cam kết} sẽ công bố {định kỳ|hằng quý} tiến độ các dự án nhà ở xã hội để người dân giám sát.
- Trong quý IV/2026, {prov_full} {dự kiến|phấn đấu} khởi công thêm {#1-4} dự án nhà ở xã hội.

# ---------------------------------------------------------------- progress
[nox_progress.title]
- <start> {^prov} khởi công {dự án|khu} nhà ở xã hội quy mô {#600-2.000:can} căn
- <handover> {^prov} bàn giao {#200-900:bg} căn hộ nhà ở xã hội cho công nhân
- <handover> {#200-900:bg} gia đình ở {prov} nhận nhà ở xã hội {trước thời hạn|đúng hẹn}
- <handover> Nhà ở xã hội tại {prov} {về đích|cán đích} sớm {#2-5:som} tháng
- <target> {^prov} vượt chỉ tiêu nhà ở xã hội năm 2026
- <start> {Thêm|Khởi công thêm} dự án nhà ở xã hội {lớn nhất|quy mô lớn} tại {prov}
- <handover> Công nhân {prov} {vui mừng|phấn khởi} nhận {chìa khóa|nhà} ở xã hội
- <start> {^prov}: Nhà ở xã hội {rút ngắn|giảm} thủ tục {còn|xuống} {#4-7:thang_cb} tháng
- <topout> {^prov}: Dự án nhà ở xã hội {cất nóc|hoàn thành phần thô} {vượt tiến độ|sớm} {#1-3} tháng
- <topout> {^@nox.proj}, {prov}, {sắp|chuẩn bị} bàn giao {đợt đầu|những căn đầu tiên}

[nox_progress.lead]
- <start> {^luc}, UBND {prov_full} tổ chức lễ khởi công {@nox.proj} với {#600-2.000:can} căn hộ, tổng vốn đầu tư {#800-2.500} tỷ đồng, dự kiến hoàn thành trong {#24-30} tháng.
- <handover> {^luc}, {#200-900:bg} căn hộ tại {@nox.proj} ({prov_full}) được bàn giao cho người mua, {sớm hơn|vượt} {#2-5:som} tháng so với kế hoạch.
- <target> {^prov_full} {vừa|đã} {hoàn thành|đưa vào sử dụng} {#2-4} dự án nhà ở xã hội với {#900-2.800} căn hộ, {đạt|vượt} chỉ tiêu năm 2026 được Chính phủ giao.
- <topout> Sau {#9-14} tháng thi công, {@nox.proj} tại {prov_full} đã {cất nóc|hoàn thành phần thô} và {dự kiến|sẽ} bàn giao {đợt đầu|những căn đầu tiên} {trong tháng 12|vào cuối năm nay}.

[nox.progress.body]
- Dự án {gồm|có} {#2-6} khối nhà cao {#9-21} tầng, căn hộ diện tích {#35-45} đến {#60-70} m², giá bán {dự kiến|tạm tính} {#12-18} triệu đồng/m². {Khu dự án|Dự án} có {nhà trẻ, sân chơi và khu thương mại|trường mầm non, nhà văn hóa và bãi đỗ xe} phục vụ cư dân.
- {Nhờ|Với} cơ chế rút gọn thủ tục theo Nghị quyết 201/2025/QH15, thời gian chuẩn bị đầu tư {chỉ còn|rút xuống còn} khoảng {#4-7:thang_cb} tháng, thay vì {#15-24} tháng như trước. Đây là {điểm sáng|một trong những dự án đầu tiên} {của địa phương|của {prov}} áp dụng cơ chế đặc thù.
- Đối tượng được mua chủ yếu là công nhân các khu công nghiệp, cán bộ, công chức, viên chức và người thu nhập thấp {tại đô thị|trên địa bàn}. {Hơn|Gần} {#1.500-4.000} hồ sơ đã được {tiếp nhận|nộp} {ngay tuần đầu|sau một tháng} mở đăng ký.
- <handover> {Theo chủ đầu tư|Theo ban quản lý dự án}, {100%|toàn bộ} căn hộ đã được nghiệm thu phòng cháy chữa cháy, {kết nối|đấu nối} đầy đủ điện, nước, {internet|hạ tầng viễn thông}; cư dân có thể chuyển đến {ngay|từ tuần sau}.

[nox.progress.more]
- <handover> {^dan_full}, công nhân {một doanh nghiệp may|một nhà máy điện tử} trên địa bàn, {xúc động|vui mừng} nói: "Sau {#8-12} năm ở trọ, lần đầu vợ chồng tôi có căn nhà của riêng mình. Khoản trả góp mỗi tháng {#3-5} triệu đồng, chúng tôi lo được."
- Lũy kế từ năm 2021 đến nay, {prov_full} đã hoàn thành {#4-12} dự án nhà ở xã hội với {#3.000-9.000} căn; {#3-9} dự án khác đang triển khai.
- {Cũng trong năm nay|Năm 2026}, {prov_full} được giao chỉ tiêu hoàn thành {#1.500-6.000} căn nhà ở xã hội; {đến nay|tính đến tháng {thang}} đã đạt {#70-115}% kế hoạch.

# ---------------------------------------------------------------- policy
[nox_policy.title]
- {Điều kiện|Những điều kiện} mua nhà ở xã hội {người dân cần biết|mới nhất} năm 2026
- <list> {^prov} công bố {#3-8:so_da} dự án nhà ở xã hội {nhận hồ sơ|mở đăng ký} trong quý IV
- Hồ sơ mua nhà ở xã hội {gồm những gì|cần chuẩn bị gì}?
- <guide> Bộ Xây dựng hướng dẫn xác nhận điều kiện thu nhập mua nhà ở xã hội
- <guide> Xác nhận thu nhập {mua|để mua} nhà ở xã hội: Bộ Xây dựng {có hướng dẫn mới|thống nhất cách làm}
- <guide> {Người lao động tự do|Lao động tự do} mua nhà ở xã hội {được xác nhận thu nhập ở đâu|xác nhận thu nhập thế nào}?
- <list> {^prov}: {Công khai|Đăng tải} danh sách dự án nhà ở xã hội đủ điều kiện bán
- {Thủ tục|Quy trình} đăng ký mua nhà ở xã hội {theo quy định mới|từ A đến Z}
- Người độc thân thu nhập bao nhiêu được mua nhà ở xã hội?

- <cond> {Mua nhà ở xã hội|Muốn mua nhà ở xã hội}: {cần đáp ứng|phải đáp ứng} {những|các} điều kiện gì?
- <cond> {Thu nhập|Mức thu nhập} {tối đa|bao nhiêu} {thì|để} được mua nhà ở xã hội {năm 2026|hiện nay}?
- <cond> {Đã có nhà|Có nhà nhỏ} {có được|liệu có được} mua nhà ở xã hội?
- <cond> {5|Năm} {lưu ý|điều cần biết} {khi|trước khi} {nộp hồ sơ|đăng ký} mua nhà ở xã hội

[nox_policy.lead]
- <list> {^luc}, Sở Xây dựng {prov_full} công bố danh sách {#3-8:so_da} dự án nhà ở xã hội {đủ điều kiện|được phép} {tiếp nhận hồ sơ|bán} {trong quý IV/2026|từ tháng {thang}}, với tổng cộng {#1.200-5.000} căn hộ.
- <guide> Bộ Xây dựng {vừa|đã} có văn bản hướng dẫn các địa phương thống nhất {cách|việc} xác nhận điều kiện thu nhập, nhà ở đối với người {đăng ký|có nhu cầu} mua nhà ở xã hội.
- <cond> Theo quy định hiện hành, người có nhu cầu mua nhà ở xã hội cần đáp ứng đồng thời điều kiện về nhà ở và thu nhập, {đồng thời|và} nộp hồ sơ trực tiếp cho chủ đầu tư dự án.
- <cond> {Nhiều|Không ít} {bạn đọc|người dân} hỏi về điều kiện và thủ tục mua nhà ở xã hội {trong năm 2026|theo quy định mới}. {Báo|Chúng tôi} tổng hợp những điểm cần lưu ý.

[nox.policy.s1]
- Theo Nghị định 100/2024/NĐ-CP {đã được sửa đổi|và các văn bản sửa đổi}, người độc thân có thu nhập bình quân không quá 20 triệu đồng/tháng, vợ chồng không quá 40 triệu đồng/tháng được mua nhà ở xã hội.
- {Về thu nhập|Điều kiện thu nhập}: {mức trần|ngưỡng} {là|được tính là} 20 triệu đồng/tháng {với|đối với} người độc thân và 40 triệu đồng/tháng {với|đối với} vợ chồng, {tính|xác định} {theo|trên} bảng lương {hoặc|hay} xác nhận của {cơ quan|đơn vị} {sử dụng lao động|nơi làm việc}.
- {Đối tượng|Nhóm đối tượng} {được mua|được hưởng chính sách} gồm người thu nhập thấp {tại đô thị|ở đô thị}, công nhân, người lao động {trong|tại} doanh nghiệp, cán bộ, công chức, viên chức, {lực lượng vũ trang|quân nhân}{ và hộ nghèo, cận nghèo ở khu vực đô thị|}.
- {Người có nhà|Trường hợp đã có nhà} {nhưng|mà} diện tích bình quân dưới 15 m²/người {vẫn|cũng} {thuộc diện|được xem xét} mua nhà ở xã hội; {người đã|ai đã} {được|từng được} {Nhà nước|hưởng chính sách} {hỗ trợ|hỗ trợ nhà ở} thì không được mua {thêm|lần nữa}.

[nox.policy.s2]
- Thời gian xác định thu nhập là 12 tháng liền kề {trước khi nộp hồ sơ|tính từ thời điểm đăng ký}.
- Hồ sơ gồm đơn đăng ký theo mẫu, giấy tờ chứng minh đối tượng, {xác nhận|giấy xác nhận} về thực trạng nhà ở và thu nhập.
- Người lao động {có hợp đồng|có quan hệ lao động} do cơ quan, doanh nghiệp xác nhận {thu nhập|điều kiện thu nhập}; người {lao động tự do|không có hợp đồng lao động} do {UBND cấp xã|công an cấp xã} {nơi cư trú|} xác nhận trong {7|10} ngày.
- Chủ đầu tư {phải|có trách nhiệm} công khai số căn, giá bán, thời gian nhận hồ sơ trên cổng thông tin của Sở Xây dựng ít nhất {#10-30} ngày trước khi nhận hồ sơ.
- Trường hợp số hồ sơ lớn hơn số căn, việc lựa chọn {thực hiện bằng|được thực hiện thông qua} bốc thăm {có sự giám sát|với sự chứng kiến} của đại diện {Sở Xây dựng|cơ quan nhà nước}.
- {Người đăng ký|Mỗi hộ} chỉ được {nộp|đứng tên} {một|01} hồ sơ {tại|cho} {một|01} dự án; {nộp|đăng ký} {trùng|nhiều nơi} {sẽ|có thể} bị {loại|hủy} {tất cả|toàn bộ} {hồ sơ|các hồ sơ}.

[nox.policy.body]
- {@nox.policy.s1} {@nox.policy.s2} {@nox.policy.s2}
- {@nox.policy.s2} {@nox.policy.s1}
- {@nox.policy.s1} {@nox.policy.s2}

[nox.policy.extra]
- <list> {Trong số|Trong} {các|những} dự án {được công bố|mở bán}, {#1-3} dự án {nằm|ở} {gần|cạnh} khu công nghiệp, {dành|ưu tiên} {phần lớn|tỷ lệ lớn} căn hộ cho công nhân; {giá bán|giá} {dự kiến|tạm tính} từ {#12-15} đến {#17-21} triệu đồng/m².
- <guide> {Theo|Căn cứ} hướng dẫn {mới|của Bộ Xây dựng}, {việc|thủ tục} xác nhận {được|sẽ được} {thực hiện|giải quyết} {trực tuyến|qua môi trường điện tử} {ở|tại} {nhiều|một số} địa phương, {người dân|người đăng ký} {không phải|khỏi phải} {đi lại|đến trực tiếp} {nhiều lần|nhiều nơi}.
- <cond> {Người dân|Người có nhu cầu} {nên|cần} {chuẩn bị|kiểm tra} {đầy đủ|kỹ} {giấy tờ|hồ sơ} {trước|trước khi} {thời điểm|đợt} {nhận hồ sơ|mở bán}, {vì|do} {nhiều|không ít} hồ sơ {bị trả lại|bị loại} {chỉ vì|do} {thiếu|sai} {một|vài} {giấy xác nhận|chi tiết nhỏ}.
- {Theo|Theo thống kê của} {Sở Xây dựng {prov_full}|cơ quan quản lý}, {tỷ lệ|số} hồ sơ {bị loại|không hợp lệ} {ở|trong} {các đợt|những đợt} {mở bán|nhận hồ sơ} {trước|năm ngoái} {lên tới|khoảng} {#15-30}%, chủ yếu do {thiếu|sai} {xác nhận thu nhập|giấy tờ chứng minh đối tượng}.

[nox.policy.more]
- Mỗi đối tượng chỉ được hưởng chính sách hỗ trợ nhà ở xã hội một lần. Sau {5|năm} năm {kể từ khi|từ khi} thanh toán hết tiền mua, người mua mới được bán lại căn hộ theo cơ chế thị trường {và phải nộp|kèm nghĩa vụ nộp} tiền sử dụng đất theo quy định.
- Sở Xây dựng {prov_full} {khuyến cáo|lưu ý} người dân chỉ nộp hồ sơ trực tiếp cho chủ đầu tư hoặc qua kênh {chính thức|được công bố}, {không|tránh} giao dịch qua trung gian, "cò" hứa hẹn "suất" mua nhà ở xã hội.
- Danh sách các dự án, số căn, giá bán dự kiến và thời gian nhận hồ sơ được đăng tải công khai trên cổng thông tin điện tử của Sở Xây dựng {prov_full}; {người dân|bạn đọc} có thể tra cứu {trực tuyến|bất cứ lúc nào}.

# ---------------------------------------------------------------- credit
[nox_credit.title]
- <disb> Dư nợ cho vay nhà ở xã hội {đạt|vượt} {#12.000-19.000:du_no} tỷ đồng
- <disb> Cho vay nhà ở xã hội tăng {#20-45:tang}% {từ đầu năm|so với cuối năm 2025}
- <rate> {Lãi suất|Vay} mua nhà ở xã hội {chỉ|còn} {#5.4-6.6:ls}%/năm: người thu nhập thấp {dễ thở hơn|hưởng lợi}
- <prov> {^prov}: {#500-2.400:kh} người được vay ưu đãi mua nhà ở xã hội
- <prov> {^prov} giải ngân {#180-950:gn} tỷ đồng cho vay mua nhà ở xã hội
- <rate> Vay mua nhà ở xã hội tại {prov}: {tối đa|được vay} 80% giá trị căn hộ, thời hạn 25 năm
- <prov> Vốn ưu đãi {khơi thông|tiếp sức} thị trường nhà ở xã hội tại {prov}
- <rate> {Người trẻ|Người dưới 35 tuổi} vay mua nhà ở xã hội {được|hưởng} lãi suất ưu đãi

[nox_credit.lead]
- <prov> {^luc}, Chi nhánh Ngân hàng Chính sách xã hội {tại {prov}|{prov_full}} cho biết từ đầu năm đã giải ngân {#180-950:gn} tỷ đồng cho {#500-2.400:kh} khách hàng vay mua, thuê mua nhà ở xã hội.
- <disb> {Tính đến|Đến} {tháng {thang}|hết tháng {thang}}, dư nợ cho vay nhà ở xã hội tại Ngân hàng Chính sách xã hội đạt {#12.000-19.000:du_no} tỷ đồng, {tăng|tăng khoảng} {#20-45:tang}% so với cuối năm 2025.
- <rate> Người mua nhà ở xã hội tại {prov_full} được vay {tối đa|đến} 80% giá trị căn hộ với lãi suất ưu đãi, thời hạn {đến|tối đa} 25 năm, {giúp|tạo điều kiện để} {nhiều gia đình|hàng nghìn gia đình} {sớm có|an cư với} nhà ở.

[nox.credit.body]
- Mức lãi suất cho vay mua nhà ở xã hội tại Ngân hàng Chính sách xã hội hiện là {#5.4-6.6:ls}%/năm, thấp hơn đáng kể so với lãi suất cho vay mua nhà thương mại của các ngân hàng thương mại ({phổ biến|thường} {#8-11}%/năm {sau ưu đãi|sau thời gian ưu đãi}).
- Ngoài nguồn vốn của Ngân hàng Chính sách xã hội, {nhiều ngân hàng thương mại|các ngân hàng thương mại} tham gia chương trình cho vay nhà ở xã hội với lãi suất {thấp hơn|ưu đãi hơn} {#1.5-2.5} điểm phần trăm so với {thông thường|mặt bằng chung} trong {#3-5} năm đầu.
- Khách hàng {là người trẻ|dưới 35 tuổi} được {ưu tiên|áp dụng} lãi suất thấp hơn; {thời gian|quy trình} thẩm định hồ sơ vay {được rút ngắn|rút ngắn} còn khoảng {#5-10} ngày làm việc.

[nox.credit.more]
- {^dan_full}, {nhân viên y tế|giáo viên|công nhân}, cho biết {khoản vay|nhờ khoản vay} {#400-650} triệu đồng {giúp|đã giúp} gia đình {đủ tiền|có thể} mua căn hộ 52 m²: "Mỗi tháng trả cả gốc lẫn lãi {#4-6} triệu đồng, {áp lực|gánh nặng} {vừa sức|không quá lớn} với thu nhập của hai vợ chồng."
- {Để được vay|Điều kiện vay}, khách hàng phải có hợp đồng mua, thuê mua nhà ở xã hội với chủ đầu tư, có vốn tự có tối thiểu 20% giá trị căn hộ và có khả năng trả nợ theo cam kết.

# ---------------------------------------------------------------- slow progress
[nox_slow.title]
- Nhà ở xã hội tại {nhiều|các} địa phương {vẫn|còn} {ì ạch|chậm chạp}
- <nostart> {Nhiều|Hàng loạt} tỉnh chưa khởi công được dự án nhà ở xã hội nào trong năm 2026
- {Vướng|Tắc} quỹ đất, {nhiều dự án|dự án} nhà ở xã hội {đứng im|nằm trên giấy}
- <report> {#8-15:so_tinh} địa phương {chỉ|mới} đạt dưới {#30-40:pt}% kế hoạch, nhà ở xã hội {khó về đích|đối mặt nguy cơ lỡ hẹn}
- <demand> Người thu nhập thấp {vẫn|còn} {khó|xa} {mua|tiếp cận} nhà ở xã hội
- Nhà ở xã hội {thiếu|vắng} chủ đầu tư: {vì sao|nguyên nhân} {doanh nghiệp|nhà đầu tư} {e ngại|chưa mặn mà}?

[nox_slow.lead]
- <nostart> Dù {có|đã có} nhiều cơ chế {tháo gỡ|đặc thù}, tiến độ phát triển nhà ở xã hội tại {nhiều|một số} địa phương {vẫn chậm|còn chậm}, {có tỉnh|nhiều tỉnh} đến {tháng {thang}|nay} chưa khởi công {thêm|được} dự án nào {trong năm|từ đầu năm}.
- <report> Theo báo cáo {gửi Bộ Xây dựng|của Bộ Xây dựng}, {đến|tính đến} {tháng {thang}|nay}, {#8-15:so_tinh} {tỉnh, thành|địa phương} mới đạt dưới {#30-40:pt}% chỉ tiêu hoàn thành nhà ở xã hội năm 2026.
- <demand> Nhu cầu nhà ở xã hội {rất lớn|rất cao} nhưng nguồn cung {vẫn nhỏ giọt|còn hạn chế}, {khiến|làm} {nhiều|không ít} người lao động {tại {prov}|ở các đô thị} {tiếp tục|vẫn phải} ở trọ {nhiều năm|dài hạn}.

[nox.slow.body]
- {Nguyên nhân|Lý do} chủ yếu được các địa phương nêu là thiếu quỹ đất sạch, công tác giải phóng mặt bằng kéo dài và {thủ tục xác định giá|khâu phê duyệt quy hoạch} mất nhiều thời gian. Một số dự án {đã được giao|được chấp thuận} chủ trương từ {2022|2023} nhưng đến nay vẫn chưa {có giấy phép xây dựng|thể khởi công}.
- Tại {prov_full}, {#3-6} dự án {được|đã được} lựa chọn nhà đầu tư {từ năm ngoái|từ đầu năm} nhưng {vẫn|còn} vướng {mặt bằng|điều chỉnh quy hoạch}; {nhiều|một số} doanh nghiệp {xin rút|đề nghị dừng} vì {lợi nhuận thấp|chi phí đội lên}.
- {Nhiều người mua|Người lao động} phản ánh thủ tục xác nhận điều kiện {rườm rà|phức tạp}, {phải|mất} {đi lại nhiều lần|nhiều tuần} mới có đủ giấy tờ; trong khi {giá bán|giá} một số dự án {đã tăng|lên tới} {#20-25} triệu đồng/m², vượt khả năng chi trả của {công nhân|người thu nhập thấp}.

[nox.slow.more]
- {^luc}, {tại hội nghị trực tuyến|tại cuộc họp} về nhà ở xã hội, Bộ Xây dựng đề nghị các địa phương chậm tiến độ {báo cáo rõ|làm rõ} nguyên nhân, {trách nhiệm|xác định trách nhiệm của người đứng đầu} và {cam kết|đưa ra} lộ trình cụ thể {trong quý IV|đến cuối năm}.
- Bộ Xây dựng {đánh giá|nhận định} nếu {không có giải pháp quyết liệt|không đẩy nhanh}, mục tiêu {hoàn thành|đạt} 1 triệu căn vào năm 2030 {sẽ rất khó khăn|có nguy cơ không đạt}; {đến nay|hiện} cả nước mới hoàn thành khoảng {#20-25}% mục tiêu.
