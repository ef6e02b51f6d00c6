# Tuition exemption and school policies. Every article names "học phí" or
# "năm học 2026-2027".

[edu.sgd]
- Sở Giáo dục và Đào tạo {prov_full}
- Sở GD&ĐT {prov_full}

[edu.bg.s1]
- Theo Nghị quyết 217/2025/QH15 của Quốc hội, từ năm học 2025-2026, trẻ mầm non, học sinh phổ thông {công lập|học tại trường công lập} được miễn học phí; học sinh {trường|cơ sở} ngoài công lập được Nhà nước hỗ trợ học phí {theo mức|bằng mức} {do địa phương quy định|HĐND cấp tỉnh quy định}.
- Chính sách miễn học phí {áp dụng với|dành cho} {hơn 23 triệu|khoảng 23,2 triệu} trẻ em, học sinh trên cả nước, {với|cần} kinh phí {khoảng|ước tính} 30.600 tỷ đồng mỗi năm {từ ngân sách nhà nước|do ngân sách bảo đảm}.
- Năm học 2026-2027 là năm thứ hai thực hiện {chính sách|chủ trương} miễn học phí {toàn bộ|cho toàn bộ} học sinh {công lập|từ mầm non đến hết trung học phổ thông công lập}, {đồng thời|cũng là năm} {triển khai|thực hiện} Luật Nhà giáo {có hiệu lực từ 1/1/2026|năm 2025}.

[edu.bg.s2]
- Bộ Giáo dục và Đào tạo {yêu cầu|đề nghị} các {sở|địa phương} {chỉ đạo|quán triệt} {nhà trường|các trường} thực hiện {nghiêm|đúng} quy định về các khoản thu, {công khai|niêm yết công khai} {các khoản thu|mọi khoản thu} {ngay từ đầu|từ đầu} năm học.
- {Ngoài học phí|Bên cạnh việc miễn học phí}, {các|nhiều} địa phương {còn|cũng} {hỗ trợ|chi hỗ trợ} {tiền ăn trưa|bữa trưa} cho học sinh bán trú {vùng khó khăn|ở xã biên giới} và {cấp|tặng} sách giáo khoa cho học sinh {hoàn cảnh khó khăn|thuộc hộ nghèo}.
- Kế hoạch thời gian năm học 2026-2027 {của Bộ Giáo dục và Đào tạo|do Bộ ban hành} quy định tựu trường sớm nhất {từ|vào} ngày 25/8, khai giảng ngày 5/9, {kết thúc học kỳ I trước ngày 17/1/2027|kết thúc năm học trước ngày 31/5/2027}.

[edu.bg]
- {@edu.bg.s1} {@edu.bg.s2}
- {@edu.bg.s2} {@edu.bg.s1}
- {@edu.bg.s1}

[edu.off]
- {off_vu_ktcl},
- {sgd_off}
- đại diện {@edu.sgd}

[edu.quote_off]
- {^@edu.off} cho biết: "{@edu.say}."
- "{@edu.say}", {@edu.off} {nói|nhấn mạnh}.

[edu.say]
- Miễn học phí là chính sách nhân văn, giúp không học sinh nào phải bỏ học vì hoàn cảnh. Nhà trường phải tuyệt đối không đặt thêm khoản thu nào để bù lại
- Ngân sách cấp bù học phí đã được phân bổ từ đầu năm học, các trường yên tâm chi thường xuyên, không để ảnh hưởng đến chất lượng dạy học
- Chúng tôi đã yêu cầu hiệu trưởng chịu trách nhiệm trực tiếp nếu để xảy ra lạm thu, mọi khoản thu phải được phụ huynh đồng thuận và công khai
- Ngành giáo dục đang rà soát biên chế để tuyển đủ giáo viên cho những môn còn thiếu, ưu tiên tiếng Anh, tin học và nghệ thuật

[edu.close]
- Phụ huynh có thể phản ánh {các khoản thu sai quy định|lạm thu} qua đường dây nóng của {@edu.sgd}.
- {^@edu.sgd} cho biết sẽ {kiểm tra đột xuất|thanh tra} {việc thu, chi đầu năm|công tác thu, chi} tại các trường {trong tháng {thang}|trong học kỳ I}.

# ---------------------------------------------------------------- tuition exemption
[edu_tuition.title]
- <count> {Hơn|Gần} {#400.000-2.000.000:hs} học sinh {prov} {được|hưởng} miễn học phí năm học 2026-2027
- <count> {^prov} {chi|dành} {#300-2.400:kp} tỷ đồng {miễn, hỗ trợ|cấp bù} học phí
- Miễn học phí {năm thứ hai|tiếp tục}: phụ huynh {bớt lo|nhẹ gánh} {mỗi dịp|khi} tựu trường
- <private> Học sinh trường tư {prov} được hỗ trợ {#150.000-600.000:ht} đồng học phí mỗi tháng
- <count,fam> {Kinh phí|Tiền} miễn học phí {về|đã về} các trường ở {prov} {sớm|ngay từ đầu năm học}
- <lunch> {Miễn học phí, hỗ trợ bữa trưa|Không học phí, có bữa trưa}: {niềm vui|trọn niềm vui} {của|với} học sinh {vùng cao|vùng biên} {prov}

[edu_tuition.lead]
- <count> {^luc}, {@edu.sgd} cho biết {hơn|gần} {#400.000-2.000.000:hs} trẻ mầm non, học sinh phổ thông công lập trên địa bàn được miễn học phí trong năm học 2026-2027, {với|tổng} kinh phí {cấp bù|ngân sách bảo đảm} {khoảng|hơn} {#300-2.400:kp} tỷ đồng.
- <private> {^luc}, HĐND {prov_full} thông qua nghị quyết {quy định|về} mức hỗ trợ học phí {cho|đối với} học sinh {học tại|các} trường ngoài công lập, {từ|áp dụng từ} năm học 2026-2027, {mức|với mức} {#150.000-600.000:ht} đồng/học sinh/tháng.
- <lunch> {^luc}, {@edu.sgd} cho biết {#5.000-40.000:bt} học sinh bán trú {ở|tại} các xã {vùng cao, biên giới|khó khăn} {được|sẽ được} hỗ trợ tiền ăn trưa, {bên cạnh|cùng với} chính sách miễn học phí năm học 2026-2027.
- <fam> Bước vào năm học 2026-2027, {phụ huynh|các gia đình} {ở|tại} {prov_full} {tiếp tục|lại} {không phải|không cần} {đóng|nộp} học phí cho con {học|theo học} {trường công lập|tại trường công}, {một|là một} {khoản|gánh nặng} {được|đã được} {gỡ bỏ|cất bớt} {đáng kể|rõ rệt}.

[edu.tui.body]
- {Với|Đối với} {bậc|cấp} trung học cơ sở, mức học phí {trước khi miễn|trước đây} {ở|tại} {khu vực|vùng} thành thị {khoảng|vào khoảng} {#150.000-300.000} đồng/tháng; {một|mỗi} gia đình có hai con {đi học|đi học công lập} {tiết kiệm|bớt được} {#3-6} triệu đồng {mỗi năm|một năm}. {Khoản|Số} tiền {này|đó} {với|đối với} {nhiều|không ít} gia đình {công nhân|lao động phổ thông} {không hề nhỏ|là đáng kể}.
- Kinh phí cấp bù {được|đã được} {phân bổ|chuyển} {trực tiếp|thẳng} {về|cho} {các trường|nhà trường} {từ tháng 8|ngay từ đầu năm học}, {giúp|để} {các trường|nhà trường} chủ động chi {lương|hoạt động thường xuyên}, {không phải chờ kinh phí|tránh tình trạng nợ kinh phí} {như|giống} {giai đoạn đầu|năm đầu triển khai}.
- {Ngoài|Bên cạnh} miễn học phí, {prov_full} {còn|cũng} {hỗ trợ|chi} {#15.000-30.000} đồng/bữa ăn trưa cho học sinh bán trú {ở|tại} {#20-90} xã {khó khăn|vùng cao, biên giới}, {tặng|cấp} {#5.000-40.000} bộ sách giáo khoa {cho|tới} học sinh {hoàn cảnh khó khăn|hộ nghèo, cận nghèo}.

[edu.tui.more]
- {^dan_full}, {phụ huynh|phụ huynh có hai con đang đi học} {ở|tại} {phuong}, {chia sẻ|nói}: "{Năm nay không phải lo học phí, nhà tôi dành tiền mua thêm sách tham khảo và cho cháu học bơi|Vợ chồng tôi làm công nhân, ba đứa con đi học, bớt được khoản học phí là đỡ lắm|Trước mỗi lần đầu năm học là lo, giờ nhẹ nhõm hơn nhiều}."
- {Theo|Theo thống kê của} {@edu.sgd}, {tỷ lệ|số} học sinh {bỏ học|nghỉ học giữa chừng} {trên địa bàn|của tỉnh} {năm học trước|năm học 2025-2026} giảm {còn|xuống} {#0.1-0.5}%, {thấp nhất|mức thấp nhất} {trong|từ trước tới nay} {nhiều năm|10 năm}.

# ---------------------------------------------------------------- schedule / procedure
[edu_schedule.title]
- {^prov} {công bố|ban hành} khung kế hoạch năm học 2026-2027
- {Học sinh|Hơn {#300.000-1.800.000:hs} học sinh} {prov} {tựu trường|tựu trường năm học mới} {từ|vào} {25/8|ngày 25/8}
- {Lịch|Ngày} khai giảng năm học 2026-2027: {những điều phụ huynh cần biết|các trường thống nhất 5/9}
- {Thay đổi|Điều chỉnh} {đáng chú ý|quan trọng} trong kế hoạch năm học 2026-2027 {của|tại} {prov}
- <opening> {Rộn ràng|Tưng bừng} lễ khai giảng năm học 2026-2027 {ở|tại} {prov}
- <opening> {#300.000-1.800.000:hs} học sinh {prov} {bước vào|chào đón} năm học 2026-2027

[edu_schedule.lead]
- {^luc}, UBND {prov_full} ban hành {kế hoạch|khung kế hoạch} thời gian năm học 2026-2027 {với|cho} {giáo dục mầm non, phổ thông|các cấp học}: {học sinh|trẻ} tựu trường {sớm nhất|từ} ngày 25/8, khai giảng ngày 5/9 {như|theo} {khung chung|quy định chung} của Bộ Giáo dục và Đào tạo.
- <opening> {Gần|Hơn} {#300.000-1.800.000:hs} học sinh {prov_full} {luc} {dự|tham dự} lễ khai giảng năm học 2026-2027, {năm học|năm} thứ hai {liên tiếp|liên tục} {các em|học sinh công lập} {không phải|được miễn} {đóng|nộp} học phí.

[edu_plan.title]
- <ts> {^prov} {dự kiến|chốt} phương án tuyển sinh lớp 10 năm học 2027-2028
- <task> Bộ Giáo dục và Đào tạo {hướng dẫn|giao} nhiệm vụ năm học 2026-2027
- <exam> Kỳ thi tốt nghiệp trung học phổ thông 2027: {những điểm mới|học sinh cần biết gì}?
- <ts> {Tuyển sinh lớp 10|Thi vào lớp 10} {năm 2027|năm học 2027-2028} {tại|ở} {prov}: {giữ ổn định|ba môn thi}
- <exam> {Lịch|Kế hoạch} thi tốt nghiệp trung học phổ thông 2027 {được|đã được} công bố {sớm|từ đầu năm học}
- <task> {Nhiệm vụ|Trọng tâm} năm học 2026-2027: {siết|quản lý chặt} dạy thêm, {đẩy mạnh|tăng cường} chuyển đổi số

[edu_plan.lead]
- <task> {^luc}, Bộ Giáo dục và Đào tạo {ban hành|có} {văn bản|chỉ thị} hướng dẫn nhiệm vụ năm học 2026-2027, {nhấn mạnh|yêu cầu} {bảo đảm|nâng cao} chất lượng, {thực hiện nghiêm|quản lý chặt} {các khoản thu|dạy thêm, học thêm} và {chuyển đổi số|đổi mới} trong {quản lý|dạy học}.
- <ts> {^luc}, {@edu.sgd} {công bố|thông báo} dự thảo phương án tuyển sinh lớp 10 năm học 2027-2028 để lấy ý kiến, sớm hơn {#2-3} tháng so với {kỳ|đợt} tuyển sinh năm học 2026-2027 {để|nhằm} học sinh {chủ động|yên tâm} ôn tập.
- <exam> {^luc}, Bộ Giáo dục và Đào tạo {công bố|thông tin} {dự kiến|kế hoạch} tổ chức kỳ thi tốt nghiệp trung học phổ thông năm 2027, {kỳ thi|là kỳ thi} {thứ ba|lần thứ ba} theo Chương trình giáo dục phổ thông 2018, {ngay từ|ngay trong} học kỳ I năm học 2026-2027.

[edu.sch.body]
- {Theo|Trong} kế hoạch, học kỳ I kết thúc trước ngày 17/1/2027, học kỳ II kết thúc trước ngày 25/5/2027; {các trường|nhà trường} {xét|hoàn thành xét} {công nhận|công nhận tốt nghiệp} trung học cơ sở trước ngày 30/6/2027. Kỳ thi tốt nghiệp trung học phổ thông {dự kiến|được dự kiến} {tổ chức|diễn ra} {trong tháng 6/2027|cuối tháng 6/2027}.
- {Năm học này|Năm học 2026-2027}, {toàn tỉnh|{prov}} tăng thêm {#5.000-40.000} học sinh so với năm trước; {ngành giáo dục|địa phương} {đã|vừa} {đưa vào sử dụng|hoàn thành} {#5-40} {trường học|công trình trường học} {mới|mới xây}, {bổ sung|thêm} {#60-400} phòng học.

[edu.plan.body]
- <exam,task> Theo dự kiến, kỳ thi tốt nghiệp trung học phổ thông năm 2027 diễn ra trong hai ngày cuối tháng 6/2027; thí sinh thi bắt buộc Toán, Ngữ văn và hai môn tự chọn trong số các môn đã học ở lớp 12. {Bộ|Bộ Giáo dục và Đào tạo} {giữ ổn định cấu trúc đề thi như năm 2026|giữ cấu trúc đề thi ổn định so với năm 2026}.
- <ts,task> {^@edu.sgd} {dự kiến|đề xuất} {giữ ổn định|tiếp tục} phương án {thi|tuyển sinh} lớp 10 {với|gồm} ba môn Toán, Ngữ văn, Ngoại ngữ, {công bố|thông báo} {chỉ tiêu|kế hoạch tuyển sinh} {trước|vào} {tháng 3/2027|đầu học kỳ II} {để|giúp} học sinh {chủ động|yên tâm} ôn tập. {Tỷ lệ|Chỉ tiêu} vào lớp 10 công lập {dự kiến|ước} {đạt|khoảng} {#60-80}% {số|tổng số} học sinh tốt nghiệp trung học cơ sở.
- {Trọng tâm|Nhiệm vụ trọng tâm} {năm học|của năm học} {gồm|là} {đẩy mạnh|tăng cường} chuyển đổi số {trong quản lý|và học bạ số}, {từng bước|tiếp tục} {đưa|thực hiện đề án đưa} tiếng Anh {thành|trở thành} ngôn ngữ thứ hai {trong trường học|ở trường phổ thông}, {tăng cường|chú trọng} giáo dục {STEM|kỹ năng số} và {bảo đảm|giữ} an toàn trường học.
- {Theo|Trong} kế hoạch, học kỳ I kết thúc trước ngày 17/1/2027, học kỳ II kết thúc trước ngày 25/5/2027; {các trường|nhà trường} {hoàn thành|xét} công nhận tốt nghiệp trung học cơ sở trước ngày 30/6/2027, {trước khi|để kịp} tổ chức tuyển sinh {đầu cấp|lớp 10}.

[edu.sch.teach]
- {Bộ|Sở} {cũng|đồng thời} {lưu ý|yêu cầu} {các trường|nhà trường} {thực hiện|quán triệt} {nghiêm|đúng} Thông tư 29/2024/TT-BGDĐT {về|quy định về} dạy thêm, học thêm: {không|giáo viên không được} dạy thêm {có thu tiền|thu tiền} {với|đối với} học sinh {mình|mà mình} {đang dạy chính khóa|dạy trên lớp}.
- {Ngành giáo dục|Các sở giáo dục} {được yêu cầu|cần} {giảm|cắt giảm} {hồ sơ, sổ sách|giấy tờ} {không cần thiết|hình thức} {cho giáo viên|của giáo viên}, {triển khai|sử dụng} {sổ điểm|học bạ} điện tử {thống nhất|đồng bộ} {trên toàn quốc|ở tất cả các cấp}, {dành|để giáo viên dành} thời gian cho {chuyên môn|việc dạy học}.
- {Việc|Công tác} {kiểm tra, đánh giá|đánh giá học sinh} {tiếp tục|được} {đổi mới|thực hiện} theo {hướng|định hướng} {phát triển năng lực|giảm áp lực điểm số}; {các trường|nhà trường} {không|không được} {tổ chức|tổ chức thi} {khảo sát|kiểm tra} {đầu năm|chất lượng đầu năm} {để|nhằm} {xếp lớp|phân lớp chọn}.

[edu.sch.more]
- {Các trường|Nhà trường} {được yêu cầu|phải} {tổ chức|tổ chức lễ} khai giảng {gọn nhẹ|ngắn gọn}, {không|tránh} {phô trương|hình thức}, {không|tuyệt đối không} {để|bắt} học sinh {tập dượt|luyện tập} {nhiều ngày|quá sức}; {dành|ưu tiên} {thời gian|nội dung} {cho|để} {hoạt động|phần} {trải nghiệm|vui chơi} {đầu năm|của học sinh}.
- {Bộ|Sở} {cũng|đồng thời} {lưu ý|yêu cầu} {các trường|nhà trường} {thực hiện|quán triệt} {nghiêm|đúng} Thông tư 29/2024/TT-BGDĐT {về|quy định về} dạy thêm, học thêm: {không|giáo viên không được} dạy thêm {có thu tiền|thu tiền} {với|đối với} học sinh {mình|mà mình} {đang dạy chính khóa|dạy trên lớp}.

# ---------------------------------------------------------------- fee complaints
[edu_fees.title]
- {Miễn học phí nhưng|Dù miễn học phí,} phụ huynh {vẫn|lại} {đóng|nộp} {hàng chục|nhiều} khoản {đầu năm|thu đầu năm}
- {Phụ huynh|Cha mẹ học sinh} {prov} {bức xúc|than} vì {quỹ lớp|"quỹ phụ huynh"} {vài triệu đồng|lên tới {#2-5:tien} triệu đồng}
- {Lạm thu|Khoản thu "tự nguyện"} đầu năm học: {miễn học phí|học phí miễn} {rồi|nhưng} {vẫn|còn} {tiền điều hòa|tiền máy chiếu}, {tiền camera|tiền rèm cửa}
- {^prov}: {Trường|Một trường} {bị phản ánh|bị tố} {thu|đặt ra} {#10-18} khoản {đầu năm học|ngay tuần đầu}
- "{Miễn học phí trên giấy|Học phí miễn, khoản khác mọc ra}": {phụ huynh|nhiều phụ huynh} {lên tiếng|bức xúc}
- Phụ huynh đề nghị {Sở Giáo dục|cơ quan quản lý} vào cuộc vụ thu {tiền|khoản} {sai quy định|vượt quy định} đầu năm học 2026-2027

[edu_fees.lead]
- {Dù|Mặc dù} học sinh công lập {được|đã được} miễn học phí, {nhiều|không ít} phụ huynh {ở|tại} {prov_full} {phản ánh|cho biết} {vẫn|phải} {nộp|đóng} {#8-15} khoản thu {đầu năm học|ngay đầu năm học 2026-2027}, {tổng cộng khoảng|có nơi lên tới} {#2-5:tien} triệu đồng mỗi học sinh.
- {^luc}, {nhiều|một số} phụ huynh {của|tại} một trường {tiểu học|trung học cơ sở} {ở|tại} phường {phuong}, {prov_full} {gửi|có} {đơn|phản ánh} {đến|tới} {@edu.sgd} {về|vì} {các|những} khoản thu {"tự nguyện"|"thỏa thuận"} {đầu năm học 2026-2027|trong buổi họp phụ huynh đầu năm học 2026-2027}.
- {Câu chuyện|Chuyện} {lạm thu|các khoản thu ngoài học phí} {đầu năm học|mỗi mùa tựu trường} {lại|tiếp tục} {nóng|gây bức xúc} {tại|ở} {prov_full}, {dù|ngay cả khi} {chính sách|quy định} miễn học phí {đã|được} {áp dụng|thực hiện} {năm thứ hai|từ năm học trước}.

[edu.fees.body]
- {Theo|Trong} {bảng|danh sách} {thu|dự kiến thu} {mà|do} {ban đại diện cha mẹ học sinh|ban phụ huynh lớp} {gửi|đưa ra}, {ngoài|bên cạnh} {tiền|khoản} {bán trú|ăn trưa}, {bảo hiểm thân thể|đồng phục}, {phụ huynh|mỗi phụ huynh} {còn|còn phải} {đóng|nộp} {quỹ lớp|quỹ ban đại diện}, {tiền|khoản} {lắp điều hòa|mua máy chiếu}, {tiền|khoản} {camera|rèm cửa}, {tiền|khoản} {vệ sinh|trông xe}... {với|ở} {mức|mức thu} {do ban đại diện tự đặt|"đề xuất" sẵn}.
- {Một số|Nhiều} phụ huynh {cho biết|kể} {tại|trong} {buổi họp|cuộc họp} {đầu năm|phụ huynh đầu năm}, {giáo viên chủ nhiệm|ban đại diện} {đưa ra|thông báo} {mức|số tiền} {cụ thể|"gợi ý"} {và|rồi} {đề nghị|yêu cầu} {ký|ký vào} {biên bản|bản} {"đồng thuận"|"tự nguyện"}; {ai|phụ huynh nào} không muốn đóng góp {cũng ngại vì sợ ảnh hưởng đến con|thấy khó xử, sợ con bị để ý}.
- {^dan_full} {phản ánh|cho biết} {lớp|trường} của con {vừa|đã} {thu|quyên góp} {tiền|khoản} {sửa|nâng cấp} {phòng học|nhà vệ sinh} {dù|trong khi} {đây|đó} {là|thuộc} {việc|trách nhiệm} {của ngân sách|của nhà trường}; {một số|nhiều} {khoản|mục} {trùng|lặp lại} {với|như} {năm trước|năm ngoái}.

[edu.quote_ph]
- "{Miễn học phí tưởng nhẹ gánh, ai ngờ khoản khác còn nhiều hơn. Tôi không ngại đóng góp, nhưng phải minh bạch và đúng quy định|Họp phụ huynh mà như họp để thu tiền, không ai dám phản đối vì sợ con bị để ý|Con tôi học lớp 2, năm nay lại đóng tiền điều hòa, trong khi năm ngoái đã đóng rồi}", {dan_full} ({dan_tuoi} tuổi) {nói|bức xúc}.
- {^dan_full}, {phụ huynh|một phụ huynh}, {bày tỏ|nói}: "{Chúng tôi chỉ mong nhà trường công khai từng khoản, thu bao nhiêu, chi vào việc gì|Thu nhập hai vợ chồng chưa đến 15 triệu đồng, đầu năm đóng mấy triệu thì rất khó khăn|Nhiều khoản gọi là tự nguyện nhưng thực ra là bắt buộc}."

[edu.fees.more]
- {Trao đổi với phóng viên|Liên hệ với báo}, {hiệu trưởng|ban giám hiệu} {nhà trường|trường} cho biết {các|những} khoản thu {do|là do} ban đại diện cha mẹ học sinh {thống nhất|đề xuất}, {nhà trường|trường} {không|không hề} {chủ trương|ép buộc}; {tuy nhiên|dù vậy}, trường {sẽ|đã} {rà soát|dừng} {các khoản|những khoản} {chưa đúng|chưa phù hợp} {và|để} {hoàn trả|trả lại} {cho phụ huynh|nếu đã thu}.
- {^@edu.sgd} {đã|vừa} {yêu cầu|có văn bản yêu cầu} {phòng chức năng|các trường} {kiểm tra|rà soát} {ngay|khẩn trương} {việc thu, chi|các khoản thu} {đầu năm|đầu năm học}, {báo cáo|gửi báo cáo} trong {5|7|10} ngày; {trường hợp|nơi nào} {sai phạm|thu sai} {sẽ|phải} {xử lý|kiểm điểm} {trách nhiệm|người đứng đầu}.

[edu.law_fees]
- Theo Thông tư 55/2011/TT-BGDĐT về điều lệ ban đại diện cha mẹ học sinh, ban đại diện không được quyên góp của người học hoặc gia đình người học các khoản ngoài nguyên tắc tự nguyện; Thông tư 16/2018/TT-BGDĐT quy định việc tài trợ cho cơ sở giáo dục phải công khai, minh bạch, không ép buộc.
- {Quy định|Theo quy định} {hiện hành|của Bộ Giáo dục và Đào tạo}, {việc|các khoản} {tài trợ|đóng góp} {cho nhà trường|cho cơ sở giáo dục} {phải hoàn toàn tự nguyện|phải trên tinh thần tự nguyện}, {không|không được} {quy định|ấn định} {mức bình quân|mức tối thiểu}, {không|không được} {giao|ép} {chỉ tiêu|mức thu} {cho|tới} {giáo viên chủ nhiệm|phụ huynh}.

# ---------------------------------------------------------------- teachers
[edu_teacher.title]
- {^prov} {thiếu|còn thiếu} {#400-2.500:thieu} giáo viên đầu năm học 2026-2027
- {Thiếu giáo viên|Thiếu thầy cô} tiếng Anh, tin học: {trường|nhiều trường} {prov} {xoay xở|chật vật}
- {Giáo viên hợp đồng|Giáo viên} {nghỉ việc|bỏ nghề}, {trường|nhiều trường} {ghép lớp|chạy đôn chạy đáo} {đầu năm học|năm học mới}
- Năm học 2026-2027: {nỗi lo|bài toán} thiếu giáo viên {chưa có lời giải|vẫn nan giải}

[edu_teacher.lead]
- {Bước vào|Đầu} năm học 2026-2027, {prov_full} {vẫn|còn} thiếu {#400-2.500:thieu} giáo viên {các cấp|ở các cấp học}, {nhiều nhất|tập trung} {ở|tại} {bậc|cấp} tiểu học và {mầm non|trung học cơ sở}; {nhiều|một số} trường {phải|đành} {ghép lớp|tăng sĩ số}, {mời|hợp đồng} giáo viên {thỉnh giảng|ngắn hạn}.
- {Dù|Mặc dù} {được|đã được} {giao|bổ sung} biên chế, {nhiều|một số} địa phương {trong đó có|như} {prov_full} vẫn chưa {tuyển đủ|tuyển được} giáo viên {cho|trong} năm học 2026-2027, {nhất là|đặc biệt là} {môn|các môn} tiếng Anh, tin học, {âm nhạc, mỹ thuật|nghệ thuật}.

[edu.teach.body]
- {Nguyên nhân|Lý do} {chính|chủ yếu} {là|được cho là} {nguồn tuyển|số người dự tuyển} {khan hiếm|ít}, {thu nhập|lương} {giáo viên trẻ|khởi điểm} {chưa hấp dẫn|thấp} {so với|khi so với} {áp lực|yêu cầu} {công việc|chương trình mới}; {một số|nhiều} {giáo viên|thầy cô} {xin nghỉ|chuyển} {sang|về} {trường tư|khu vực tư nhân} {hoặc|hay} {đổi nghề|nghỉ việc}.
- {Tại|Ở} {một số|nhiều} {trường|điểm trường} {vùng khó khăn|xa trung tâm}, {một|mỗi} giáo viên {phải|đang} dạy {#2-3} {môn|lớp ghép}; {có|nhiều} trường {chưa có|không có} giáo viên tiếng Anh {chuyên trách|chính thức}, {học sinh|các em} {chỉ|mới} {được|có} {học|học môn này} {qua|nhờ} {giáo viên|thầy cô} {dạy liên trường|từ trường khác}.

[edu.teach.more]
- {^@edu.sgd} cho biết {đang|sẽ} {phối hợp|cùng} Sở Nội vụ {tổ chức|mở} {kỳ|đợt} tuyển dụng {bổ sung|đặc biệt} {trong|vào} {tháng 10-11|quý IV}, {đồng thời|và} {đề xuất|kiến nghị} {chính sách|cơ chế} {thu hút|hỗ trợ} giáo viên {về|đến} vùng khó khăn.
- {Luật Nhà giáo năm 2025|Luật Nhà giáo, có hiệu lực từ 1/1/2026,} {quy định|xác định} lương nhà giáo {được xếp cao nhất|xếp cao nhất} trong hệ thống thang bậc lương hành chính sự nghiệp; {nhiều|các} {thầy cô|giáo viên} {kỳ vọng|mong} {quy định|chính sách} {sớm|này sớm} {đi vào thực tế|được thực hiện đầy đủ} {để|nhằm} {giữ chân|thu hút} {người giỏi|giáo viên}.
