# Health insurance and drug shortages. Every article names "bảo hiểm y tế" or "BHYT".
# Hospitals are described, not named.

[hi.hosp]
- một bệnh viện tuyến tỉnh ở {prov}
- bệnh viện đa khoa tuyến tỉnh tại {prov}
- một bệnh viện lớn ở {city}
- trung tâm y tế khu vực ở {prov}

[hi.bg.s1]
- Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế năm 2024, có hiệu lực từ 1/7/2025, {mở rộng|bổ sung} quyền lợi {cho người tham gia|của người bệnh}, {trong đó có|như} {việc|quy định} thanh toán {chi phí|tiền} thuốc người bệnh phải tự mua khi cơ sở khám chữa bệnh {không có|thiếu}.
- Tỷ lệ bao phủ bảo hiểm y tế {cả nước|toàn quốc} {hiện|hiện nay} {đạt|ở mức} khoảng 95% dân số, {với|tương đương} {hơn|gần} 95 triệu người tham gia; {mục tiêu|chỉ tiêu} {đến năm 2030|giai đoạn tới} {là|đặt ra là} bao phủ {toàn dân|trên 95%}.
- {Từ|Kể từ} {giữa năm 2025|1/7/2025}, người bệnh {có thẻ|tham gia} BHYT {được|có thể} {đăng ký|chọn} khám chữa bệnh ban đầu {không phụ thuộc|không còn bị giới hạn bởi} địa giới hành chính, {một số|nhiều} bệnh hiếm, bệnh hiểm nghèo {được chuyển thẳng|được khám} {lên|tại} tuyến chuyên sâu.
- Luật Dược sửa đổi năm 2024 {cùng|và} Luật Đấu thầu 2023 {đã|được kỳ vọng} {tháo gỡ|gỡ} {nhiều|phần lớn} vướng mắc {trong|về} mua sắm thuốc, {cho phép|như cho phép} {các bệnh viện|cơ sở y tế} {mua sắm tập trung|điều chuyển thuốc cho nhau} {linh hoạt hơn|khi cần thiết}.

[hi.bg.s2]
- {Quỹ|Quỹ bảo hiểm y tế} {do|được} Bảo hiểm xã hội Việt Nam {quản lý|tổ chức thực hiện}, {năm 2025|năm ngoái} chi {hơn|khoảng} {#150.000-170.000} tỷ đồng {cho|thanh toán} {hơn|gần} {#180-200} triệu lượt khám, chữa bệnh.
- Người tham gia {có thể|được} {dùng|sử dụng} thẻ căn cước {hoặc|hay} ứng dụng VNeID {thay|thay cho} thẻ BHYT giấy {khi|lúc} {đi khám|khám chữa bệnh}.
- {Theo|Theo thống kê của} Bộ Y tế, {cả nước|hiện cả nước} có {hơn|khoảng} {#13.000-14.000} cơ sở khám chữa bệnh {ký hợp đồng|có hợp đồng} {khám chữa bệnh|khám, chữa bệnh} BHYT.

[hi.bg]
- {@hi.bg.s1} {@hi.bg.s2}
- {@hi.bg.s2} {@hi.bg.s1}
- {@hi.bg.s1}

[hi.off]
- {off_cuc_qlkcb},
- {off_bhxh},
- {off_cuc_qld},
- Giám đốc Sở Y tế {prov_full}
- Thứ trưởng Bộ Y tế

[hi.quote_off]
- {^@hi.off} cho biết: "{@hi.say}."
- "{@hi.say}", {@hi.off} {nói|nhấn mạnh|khẳng định}.

[hi.say]
- Người có thẻ bảo hiểm y tế phải được hưởng đầy đủ quyền lợi; không để người bệnh phải tự mua thuốc thuộc danh mục được thanh toán
- Chúng tôi đã yêu cầu các cơ sở khám chữa bệnh chủ động dự trù, không để gián đoạn thuốc, vật tư phục vụ người bệnh
- Bảo hiểm y tế là chính sách an sinh, càng nhiều người tham gia thì quỹ càng bền vững và người bệnh càng được bảo vệ tốt hơn
- Việc thanh toán trực tiếp cho người bệnh khi bệnh viện thiếu thuốc đã có hướng dẫn; cơ quan bảo hiểm sẽ giải quyết nhanh, không để người dân chờ đợi

[hi.close]
- Người dân có thể tra cứu quá trình tham gia và quyền lợi BHYT trên ứng dụng VssID hoặc VNeID.
- {Mọi|Các} phản ánh về quyền lợi bảo hiểm y tế, người dân {liên hệ|gọi} đường dây nóng của Bộ Y tế hoặc {cơ quan|Bảo hiểm xã hội} {nơi cư trú|tỉnh, thành phố}.

# ---------------------------------------------------------------- coverage
[hi_coverage.title]
- <cover> Tỷ lệ bao phủ bảo hiểm y tế {tại|ở} {prov} {đạt|vượt} {#93-97:bp}%
- <cover> {Hơn|Gần} {#20.000-120.000:tang} người {ở|tại} {prov} được {tặng|hỗ trợ} thẻ BHYT
- <patient> Bảo hiểm y tế {gánh|chi trả} {#300-950:tien} triệu đồng {cho|giúp} {bệnh nhân|người bệnh} {ung thư|hiểm nghèo} {ở|tại} {prov}
- <patient> {Nhờ|Có} thẻ BHYT, {bệnh nhân|người bệnh} {ung thư|hiểm nghèo} {ở|tại} {prov} {được|nhận} {chi trả|thanh toán} {#300-950:tien} triệu đồng
- <id> {Khám bệnh|Khám chữa bệnh} BHYT bằng căn cước: {nhanh hơn|bớt thủ tục}, {người bệnh|bệnh nhân} {hài lòng|phấn khởi}
- <id> {^prov}: {Tiếp đón|Thủ tục tiếp đón} {người bệnh|bệnh nhân} BHYT {chỉ còn|rút xuống} {#3-7:phut} phút {nhờ|với} căn cước, VNeID
- <cover> {^prov} {hỗ trợ|chi} {#30-70}% mức đóng BHYT hộ gia đình {cho|với} {hộ cận nghèo|người thu nhập thấp}

[hi_coverage.lead]
- <cover> {^luc}, Bảo hiểm xã hội {prov_full} cho biết tỷ lệ bao phủ bảo hiểm y tế trên địa bàn {đạt|đã đạt} {#93-97:bp}%, {vượt|cao hơn} chỉ tiêu {được giao|năm 2026}; {hơn|gần} {#20.000-120.000:tang} người {được|đã được} {tặng|hỗ trợ} thẻ BHYT {từ đầu năm|trong 9 tháng}.
- <patient> {Nhờ|Với} thẻ bảo hiểm y tế, {một|nhiều} {bệnh nhân|người bệnh} {ung thư|mắc bệnh hiểm nghèo} {tại|ở} {prov_full} {được|đã được} quỹ BHYT {chi trả|thanh toán} {#300-950:tien} triệu đồng {chi phí|tiền} điều trị {trong năm|chỉ trong một năm}, {một|là} {con số|khoản tiền} {vượt xa|lớn hơn nhiều} {khả năng|sức} {của|chi trả của} gia đình.
- <id> Từ {tháng {thang}|đầu năm}, {người bệnh|bệnh nhân} {đến khám|khám chữa bệnh} BHYT {tại|ở} {prov_full} {chỉ cần|chỉ phải} {xuất trình|mang theo} thẻ căn cước {hoặc|hay} {mở|dùng} ứng dụng VNeID; {thời gian|thủ tục} tiếp đón {giảm|rút ngắn} {còn|xuống} {#3-7:phut} phút.

[hi.cov.body]
- {Theo|Theo số liệu của} {cơ quan bảo hiểm|Bảo hiểm xã hội tỉnh}, {trong|tính đến} {tháng {thang}|9 tháng}, {quỹ|quỹ BHYT} {chi|đã chi} {#800-5.000} tỷ đồng {cho|thanh toán} {#1-4} triệu lượt khám, chữa bệnh {trên địa bàn|tại {prov}}; {#30-200} người {có|được thanh toán} chi phí {trên 1 tỷ đồng|từ 500 triệu đồng trở lên}.
- {Các|Những} {nhóm|đối tượng} {mới|vừa} được {bổ sung|mở rộng} {theo|trong} Luật Bảo hiểm y tế sửa đổi {như|gồm} người {từ đủ 75 tuổi|cao tuổi} {hưởng trợ cấp hưu trí xã hội|không có lương hưu}, {lao động tự do|người làm việc không trọn thời gian} {cũng đã|đã dần} được {cấp thẻ|hỗ trợ tham gia}; {ngân sách|địa phương} {hỗ trợ|đóng} {toàn bộ|một phần} {mức đóng|chi phí}.
- {Việc|Quy trình} {khám|khám chữa bệnh} {bằng|dùng} căn cước {giúp|cho phép} {bệnh viện|cơ sở y tế} {tra cứu|kiểm tra} {ngay|tức thì} {thông tin|thời hạn} thẻ BHYT {và|cùng} {lịch sử|tiền sử} khám bệnh {của người bệnh|người bệnh}, {giảm giấy tờ|hạn chế tình trạng quên thẻ, thất lạc thẻ}.

[hi.cov.more]
- {^dan_full} ({dan_tuoi} tuổi, {prov}) {kể|chia sẻ}: "{Tôi chạy thận ba năm nay, nếu không có bảo hiểm y tế thì gia đình không kham nổi|Mổ tim hết gần 400 triệu đồng, bảo hiểm y tế chi trả gần hết, nhà tôi chỉ đóng phần nhỏ|Trước phải mang thẻ giấy, hay quên. Giờ đưa căn cước là xong}."
- {^prov_full} {đặt mục tiêu|phấn đấu} {đến cuối năm|cuối năm 2026} {tỷ lệ|bao phủ} bảo hiểm y tế {đạt|lên} {#95-98}%, {tập trung|ưu tiên} {vận động|hỗ trợ} {nhóm|người} {lao động tự do|hộ gia đình} {và|cùng} {học sinh, sinh viên|người thu nhập thấp}.

# ---------------------------------------------------------------- policy
[hi_policy.title]
- <faq> {Mức đóng|Mức đóng và quyền lợi} BHYT hộ gia đình {năm 2026|hiện nay} {thế nào|ra sao}?
- <law> {Luật Bảo hiểm y tế sửa đổi|Quy định mới}: {người bệnh|người tham gia} BHYT {được hưởng|hưởng} {bao nhiêu|mức nào} {chi phí|quyền lợi}?
- <faq,law> {Khám|Đi khám} {trái tuyến|không đúng nơi đăng ký}: BHYT {thanh toán|chi trả} {bao nhiêu|thế nào}?
- <guide> {Bộ Y tế|Bảo hiểm xã hội} {hướng dẫn|giải đáp} {thanh toán|chi trả} thuốc {người bệnh|bệnh nhân} BHYT tự mua
- <guide> {Thiếu thuốc|Bệnh viện thiếu thuốc}, người bệnh BHYT {tự mua|mua ngoài} được {thanh toán|hoàn tiền} {thế nào|ra sao}?
- <faq> {Hỏi đáp|Giải đáp}: Thẻ bảo hiểm y tế {hết hạn|gián đoạn} {có|còn} {được|hưởng} {quyền lợi|thanh toán}?
- {Những|Các} {điểm|quy định} {đáng chú ý|mới} về bảo hiểm y tế {người tham gia|người dân} cần biết

[hi_policy.lead]
- <faq> {Nhiều|Không ít} {bạn đọc|người dân} {hỏi|thắc mắc} về {mức đóng|quyền lợi} {và|cũng như} {cách|thủ tục} {hưởng|được hưởng} {quyền lợi|chế độ} bảo hiểm y tế {khi|trong trường hợp} {đi khám|khám chữa bệnh} {trái tuyến|ở tỉnh khác}. {Cơ quan bảo hiểm|Bảo hiểm xã hội} {giải đáp|có giải đáp} {như sau|cụ thể}.
- <guide> {^luc}, Bộ Y tế {ban hành|có} {văn bản|thông tư} {hướng dẫn|quy định chi tiết} {việc|về} thanh toán {trực tiếp|chi phí} thuốc, thiết bị y tế {cho|đối với} người bệnh BHYT {phải tự mua|tự mua bên ngoài} {khi|trong trường hợp} {cơ sở khám chữa bệnh|bệnh viện} {không có|thiếu}.
- <law> Theo {quy định|Luật Bảo hiểm y tế sửa đổi}, {có hiệu lực từ 1/7/2025|đang áp dụng}, người tham gia bảo hiểm y tế {được|sẽ được} {hưởng|thanh toán} {mức|tỷ lệ} {80|95|100}% chi phí {trong phạm vi|theo phạm vi} {quyền lợi|được hưởng}, {tùy|tùy theo} {đối tượng|nhóm đối tượng}.

[hi.pol.body]
- Mức đóng bảo hiểm y tế hộ gia đình {được tính|tính} {giảm dần|theo thứ tự}: người thứ nhất đóng 4,5% mức lương cơ sở, người thứ hai, thứ ba, thứ tư {lần lượt|đóng lần lượt} 70%, 60%, 50% mức đóng của người thứ nhất; từ người thứ năm trở đi đóng 40%.
- {Người bệnh|Người có thẻ} {đi khám|khám chữa bệnh} {không đúng|trái} tuyến {tại|ở} {bệnh viện|cơ sở} tuyến tỉnh {được|vẫn được} thanh toán {100%|toàn bộ} chi phí điều trị nội trú {theo|trong} phạm vi quyền lợi; {riêng|đối với} khám ngoại trú {trái tuyến|không đúng nơi đăng ký}, {tỷ lệ|mức} thanh toán {phụ thuộc|tùy} {loại|hạng} {cơ sở|bệnh viện}.
- {Trường hợp|Khi} {bệnh viện|cơ sở khám chữa bệnh} {không có|thiếu} thuốc {thuộc|trong} danh mục {được|BHYT} thanh toán, {người bệnh|bệnh nhân} {có đơn thuốc|được kê đơn} {mua|tự mua} {tại|ở} {nhà thuốc|cơ sở bán lẻ} {đạt chuẩn|đủ điều kiện}; {quỹ|quỹ BHYT} {thanh toán trực tiếp|hoàn trả} {cho người bệnh|chi phí} {theo|căn cứ} {hóa đơn|chứng từ} {hợp lệ|đầy đủ}.

[hi.pol.more]
- {Thẻ|Thẻ BHYT} {gián đoạn|hết hạn} {quá|trên} {3|ba} tháng {sẽ|thì} {không|không còn} {được|được tính} {thời gian|thời gian tham gia} {liên tục|5 năm liên tục}; {người tham gia|người dân} {nên|cần} {gia hạn|đóng tiếp} {trước khi thẻ hết hạn|trước hạn} {để|nhằm} {bảo đảm|giữ} quyền lợi.
- {Hồ sơ|Thủ tục} {đề nghị|yêu cầu} thanh toán {trực tiếp|chi phí tự mua} {gồm|bao gồm} {đơn thuốc|đơn kê} {của bệnh viện|có xác nhận của bệnh viện}, hóa đơn {mua thuốc|mua hàng} và {giấy tờ tùy thân|căn cước}; {cơ quan bảo hiểm|Bảo hiểm xã hội} {giải quyết|chi trả} {trong|trong vòng} {15|30|40} ngày.

# ---------------------------------------------------------------- shortages
[hi_shortage.title]
- {Thiếu|Hết} {thuoc}, bệnh nhân BHYT {phải|lại phải} {tự mua|ra ngoài mua} {thuốc|với giá cao}
- {Bệnh viện|Nhiều bệnh viện} {thiếu thuốc|thiếu {thuoc}}, {người bệnh|bệnh nhân} {khổ sở|khốn đốn}
- {Người bệnh|Bệnh nhân} {mang|cầm} đơn thuốc {đi khắp|chạy khắp} {nhà thuốc|các nhà thuốc} vì bệnh viện {hết|thiếu} {thuoc}
- {Đấu thầu|Mua sắm} {chậm|ách tắc}, {bệnh viện|các bệnh viện} {prov} {cạn|thiếu} {thuoc} và {thuoc2}
- Bệnh nhân BHYT {kêu|than} {thiếu thuốc|"khát" thuốc}: {"Có thẻ mà như không"|"Đóng bảo hiểm để làm gì?"}
- {Thiếu thuốc|Thiếu {thuoc2}} {tại|ở} {bệnh viện|nhiều bệnh viện}: {bệnh nhân|người bệnh} BHYT {gánh|chịu} {thêm|khoản} {chi phí|tiền triệu}

[hi_shortage.lead]
- {Nhiều ngày nay|Suốt tuần qua}, {nhiều|không ít} {bệnh nhân|người bệnh} điều trị {tại|ở} {@hi.hosp} {phản ánh|cho biết} {phải|đành} {tự|ra ngoài} mua {thuoc} {và|cùng} {thuoc2} {dù|mặc dù} {có thẻ|đã có thẻ} BHYT, {vì|do} bệnh viện {hết|thiếu} {thuốc|hàng}.
- {^luc}, {phóng viên|chúng tôi} {ghi nhận|có mặt} {tại|ở} {khoa Dược|quầy cấp phát thuốc} {của|tại} {@hi.hosp}: {hàng chục|nhiều} {người bệnh|bệnh nhân} có thẻ BHYT {cầm|mang} đơn {thuoc} {được|bị} {trả lại|từ chối} {vì|do} {"hết thuốc"|kho hết hàng}, {phải|đành} mua ở {nhà thuốc|bên ngoài} với giá cao gấp {#2-3} lần.
- Tình trạng thiếu {thuoc}, {thuoc2} {tại|ở} {nhiều|một số} bệnh viện {tuyến tỉnh|công lập} {trong đó có|như} {@hi.hosp} {đang|lại} {khiến|làm} {bệnh nhân|người bệnh} BHYT {phải|lại phải} {bỏ tiền túi|tự chi trả} {hàng triệu đồng|nhiều triệu đồng}.

[hi.short.body]
- {Theo|Theo phản ánh của} {người bệnh|bệnh nhân}, {tình trạng|việc} thiếu {thuoc} {kéo dài|đã kéo dài} {từ|từ cuối} {tháng 9|đầu tháng {thang}}, {mỗi|một} {đợt|lần} {tái khám|điều trị} {họ|người bệnh} {phải chi|mất|phải bỏ ra} {#1-6} triệu đồng {mua|để mua} thuốc {bên ngoài|ở nhà thuốc tư}; {có|nhiều} {người|bệnh nhân} {không|không thể} {có|xin được} hóa đơn {để|nên không thể} {đề nghị|làm thủ tục} BHYT thanh toán.
- {Đại diện|Lãnh đạo} {khoa Dược|bệnh viện} cho biết {gói thầu|kết quả đấu thầu} {thuốc|cung ứng thuốc} {năm 2026|năm nay} {bị|đã bị} {chậm|kéo dài} {#2-4} tháng {do|vì} {một số|nhiều} {mặt hàng|thuốc} {không có nhà thầu tham dự|không có đơn vị dự thầu}, {giá kế hoạch|giá trúng thầu} {thấp hơn|không sát} {giá thị trường|với thị trường}; {bệnh viện|đơn vị} {đang|phải} {vay|mượn} thuốc {của|từ} {bệnh viện khác|các đơn vị khác} {để|nhằm} {cấp cứu|duy trì điều trị}.
- {Không chỉ|Ngoài} {thuoc}, {các|nhiều} {loại|mặt hàng} {như|gồm} {thuoc2}, {vật tư tiêu hao|dây truyền dịch} {cũng|đều} {trong tình trạng|rơi vào tình trạng} {cấp phát|cung ứng} {cầm chừng|nhỏ giọt}; {người bệnh|bệnh nhân} {được|chỉ được} {cấp|phát} thuốc đủ dùng {#3-7} ngày {thay vì|chứ không phải} {một tháng|30 ngày} như trước.

[hi.quote_bn]
- "{Mỗi tháng tôi phải tự mua thuốc hết hơn 2 triệu đồng, trong khi lương hưu chỉ 4 triệu. Đóng bảo hiểm y tế cả đời mà đến lúc cần lại không có thuốc|Bác sĩ kê đơn xong bảo khoa Dược hết thuốc, ra ngoài mua. Tôi chạy mấy nhà thuốc mới có|Con tôi điều trị ung thư, mỗi đợt thiếu thuốc là cả nhà lo sốt vó}", {dan_full} ({dan_tuoi} tuổi) {nói|kể|chia sẻ}.
- {^dan_full}, {bệnh nhân|người bệnh} {điều trị|chạy thận} {#2-8} năm {nay|tại bệnh viện}, {bức xúc|than}: "{Có thẻ BHYT mà vẫn phải mua thuốc ngoài, không có hóa đơn thì không được thanh toán|Mua ngoài giá cao gấp đôi, người bệnh nghèo chúng tôi làm sao chịu nổi|Lần nào đến khám cũng lo không biết có thuốc không}."

[hi.short.more]
- {Một số|Nhiều} {bệnh nhân|người bệnh} {cho biết|phản ánh} {không|chưa} {được|hề được} {hướng dẫn|thông tin} về {thủ tục đề nghị|quyền được} {thanh toán trực tiếp|hoàn tiền} {chi phí|tiền} thuốc tự mua {theo|như} {quy định|Luật Bảo hiểm y tế sửa đổi}; {có người|nhiều người} {nộp|đã nộp} {hồ sơ|đề nghị} {hơn|gần} {#1-2} tháng {vẫn chưa|nhưng chưa} {nhận|được} {tiền|hoàn trả}.
- {Đại biểu|Nhiều đại biểu} {HĐND|Quốc hội} {đã|cũng đã} {chất vấn|lên tiếng} về {tình trạng|chuyện} thiếu thuốc {kéo dài|lặp lại}, {đề nghị|yêu cầu} {ngành y tế|Bộ Y tế} {sớm|khẩn trương} {có|đưa ra} {giải pháp|cơ chế} {căn cơ|lâu dài}, {không để|tránh để} {người bệnh|bệnh nhân} BHYT {chịu thiệt|gánh hậu quả}.

[hi.short.hosp]
- {Giám đốc|Đại diện} {bệnh viện|cơ sở} {thừa nhận|cho biết} {tình trạng|việc} thiếu thuốc {ảnh hưởng|tác động} {đến|tới} {người bệnh|quyền lợi người bệnh}, {cam kết|khẳng định} {sẽ|đang} {hoàn tất|đẩy nhanh} {gói thầu|thủ tục mua sắm} {trong tháng {thang}|trước cuối tháng}, {đồng thời|trong thời gian chờ} {hướng dẫn|hỗ trợ} {người bệnh|bệnh nhân} {làm|hoàn thiện} hồ sơ thanh toán trực tiếp {với|qua} {cơ quan bảo hiểm|Bảo hiểm xã hội}.

# ---------------------------------------------------------------- responses
[hi_response.title]
- <ministry> Bộ Y tế {yêu cầu|chỉ đạo} {bệnh viện|các cơ sở} không để bệnh nhân BHYT {thiếu thuốc|phải tự mua thuốc}
- <ministry> {Khắc phục|Xử lý} thiếu thuốc: Bộ Y tế {cho phép|hướng dẫn} {điều chuyển|mua sắm} thuốc {linh hoạt|giữa các bệnh viện}
- <list> {Cục Quản lý Dược|Bộ Y tế} {công bố|cập nhật} danh mục {#40-90:ds} thuốc {có nguy cơ thiếu|nguy cơ thiếu hụt}
- <refund> {Bảo hiểm xã hội|Cơ quan bảo hiểm} {đã|vừa} {thanh toán|hoàn trả} {#1.200-9.000:hs} hồ sơ {thuốc tự mua|chi phí thuốc tự mua} {cho|của} người bệnh BHYT
- <prov> {^prov} {họp khẩn|họp} {về|bàn} {cung ứng thuốc|thiếu thuốc} {tại|ở} {các bệnh viện|bệnh viện công}

[hi_response.lead]
- <ministry> {^luc}, Bộ Y tế {có|ban hành} {văn bản|công văn} {hỏa tốc|khẩn} {gửi|yêu cầu} {các|những} bệnh viện {trực thuộc|trên cả nước} và {sở y tế|Sở Y tế các tỉnh, thành phố} {rà soát|kiểm tra} {ngay|khẩn trương} {tình hình|việc} cung ứng thuốc, {không để|tuyệt đối không để} {người bệnh|bệnh nhân} BHYT {phải|tự} mua thuốc {thuộc|trong} danh mục {được|được quỹ} thanh toán.
- <prov> {^luc}, {Sở Y tế|UBND} {prov_full} {tổ chức|có} {cuộc họp|buổi làm việc} {khẩn|đột xuất} {với|cùng} {các|những} bệnh viện {trên địa bàn|công lập} {về|bàn về} tình trạng thiếu {thuoc} {và|cùng} {một số|nhiều} {thuốc|mặt hàng} {thiết yếu|khác} {ảnh hưởng|tác động} {đến|tới} {người bệnh|bệnh nhân} BHYT.
- <refund> {^luc}, Bảo hiểm xã hội {prov_full} cho biết đã {thanh toán|hoàn trả} {#1.200-9.000:hs} hồ sơ {chi phí|tiền} thuốc {người bệnh|bệnh nhân} BHYT phải tự mua {do|khi} bệnh viện thiếu thuốc, {tổng|với tổng} số tiền {#3-25} tỷ đồng.
- <list> {Trước|Sau} {phản ánh|thông tin} {về|của báo chí về} {tình trạng|việc} {người bệnh|bệnh nhân} BHYT {phải|tự} mua thuốc {ngoài|bên ngoài}, {Cục Quản lý Dược|Bộ Y tế} {luc} {cho biết|thông tin} {đã|vừa} {cập nhật|công bố} danh mục {#40-90:ds} thuốc có nguy cơ thiếu {để|và} {chỉ đạo|yêu cầu} {điều phối|bảo đảm nguồn cung}.

[hi.resp.body]
- {Theo|Trong} {văn bản|công văn}, {các|những} {bệnh viện|cơ sở khám chữa bệnh} {được|có thể} {mua sắm|mua} thuốc {theo hình thức|bằng hình thức} {chỉ định thầu|mua sắm rút gọn} {trong trường hợp cấp bách|khi cần thiết}, {điều chuyển|chuyển} thuốc {cho nhau|giữa các cơ sở} {và|đồng thời} {kịp thời|phải} {thông báo cho|hướng dẫn} {người bệnh|bệnh nhân} về quyền được thanh toán trực tiếp {chi phí|tiền} thuốc {tự mua|mua ngoài}.
- {^@hi.off} cho biết {nguyên nhân|lý do} {chủ yếu|chính} {là|nằm ở} {khâu|quá trình} {lựa chọn nhà thầu|đấu thầu} {kéo dài|chậm}, {một số|nhiều} {thuốc|mặt hàng} {nhập khẩu|biệt dược} {gián đoạn|thiếu} {nguồn cung|nguyên liệu} {toàn cầu|từ nhà sản xuất}; {Bộ|Bộ Y tế} {đã|đang} {làm việc|phối hợp} {với|cùng} {doanh nghiệp|các nhà cung ứng} {để|nhằm} {bổ sung|nhập khẩu} {#5-30} {mặt hàng|loại thuốc} {trong|ngay trong} {tháng {thang}|tháng này}.
- {Bảo hiểm xã hội {prov_full}|Cơ quan bảo hiểm} cho biết {từ đầu tháng|trong tháng qua} đã {thanh toán trực tiếp|hoàn trả} {#1.200-9.000} {hồ sơ|lượt} {chi phí|tiền} thuốc {người bệnh|bệnh nhân} BHYT {tự mua|phải mua ngoài}, {tổng|với tổng} {số tiền|kinh phí} {#3-25} tỷ đồng; {thời gian|thời hạn} giải quyết {trung bình|bình quân} {#7-15} ngày.

[hi.resp.more]
- {Đến|Tính đến} {ngày {ngay}|nay}, {#60-90}% {gói thầu|kế hoạch mua sắm} thuốc {tại|của} {các|những} bệnh viện {được|đã được} {phê duyệt|hoàn tất}, {tình trạng|việc} thiếu thuốc {cục bộ|ở một số nơi} {đã dần được khắc phục|đã được cải thiện}; {một số|vài} {mặt hàng|thuốc} {đặc thù|nhập khẩu} {vẫn|còn} {khan hiếm|thiếu} {trong|ít nhất} {#2-4} tuần {tới|nữa}.
- {Bộ Y tế|Cục Quản lý Dược} {đề nghị|yêu cầu} {giám đốc|người đứng đầu} {bệnh viện|các cơ sở} {chịu trách nhiệm|chịu trách nhiệm trực tiếp} {nếu|khi} {để|để xảy ra} {thiếu thuốc|tình trạng thiếu thuốc} {kéo dài|do chậm trễ} {trong|ở} {khâu|việc} {lập kế hoạch|dự trù}, {mua sắm|tổ chức đấu thầu}.
