# Online public services, VNeID and Đề án 06. Every article names "Đề án 06" or
# "dịch vụ công trực tuyến"; none mentions health insurance or the two-level government.

[dx.bg.s1]
- Đề án 06 (Quyết định 06/QĐ-TTg của Thủ tướng Chính phủ) về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử {được triển khai từ năm 2022|triển khai từ đầu năm 2022}, {lấy|với} Cơ sở dữ liệu quốc gia về dân cư làm {nền tảng|"xương sống"} cho chuyển đổi số quốc gia.
- Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {đặt mục tiêu|yêu cầu} đến năm 2030 tỷ lệ dịch vụ công trực tuyến toàn trình {đạt|ở mức} {trên 80%|tối thiểu 80%}.
- {Theo|Căn cứ} Luật Căn cước 2023 và Nghị định 69/2024/NĐ-CP, tài khoản định danh điện tử mức 2 trên VNeID có giá trị {tương đương|như} thẻ căn cước khi thực hiện thủ tục hành chính {và giao dịch điện tử|trên môi trường số}.
- Cả nước hiện có hơn 65 triệu tài khoản định danh điện tử được kích hoạt; Cổng Dịch vụ công quốc gia cung cấp {hơn|khoảng} {#4.300-4.600} dịch vụ công trực tuyến, {trong đó|phần lớn} là dịch vụ toàn trình.

[dx.bg.s2]
- Tổ công tác triển khai Đề án 06 của Chính phủ {yêu cầu|đề nghị} các bộ, ngành, địa phương {tiếp tục|đẩy mạnh việc} cắt giảm giấy tờ, {tái sử dụng|khai thác} dữ liệu đã có {để|nhằm} người dân không phải khai báo nhiều lần.
- {Việc|Quá trình} kết nối Cơ sở dữ liệu quốc gia về dân cư với các cơ sở dữ liệu chuyên ngành {giúp|cho phép} {nhiều|hàng trăm} thủ tục không còn yêu cầu người dân nộp bản sao giấy tờ {tùy thân|công chứng}.
- {Các|Những} nhóm tiện ích {thiết yếu|cơ bản} của Đề án 06 gồm: giải quyết thủ tục hành chính, {phát triển kinh tế - xã hội|phục vụ phát triển kinh tế}, {phát triển công dân số|xây dựng công dân số}, {hoàn thiện hệ sinh thái dữ liệu|làm giàu dữ liệu} và phục vụ chỉ đạo, điều hành.

[dx.bg]
- {@dx.bg.s1} {@dx.bg.s2}
- {@dx.bg.s2} {@dx.bg.s1}
- {@dx.bg.s1}

[dx.off]
- {off_c06},
- Phó Chủ tịch UBND {prov_full}
- Giám đốc Sở Khoa học và Công nghệ {prov_full}
- Chánh Văn phòng UBND {prov_full}
- đại diện Văn phòng Chính phủ

[dx.quote_off]
- {^@dx.off} cho biết: "{@dx.say}."
- "{@dx.say}", {@dx.off} {nói|nhấn mạnh|khẳng định}.

[dx.say]
- Mỗi thủ tục được đưa lên môi trường số là một lần người dân bớt đi lại, bớt giấy tờ. Chúng tôi đo hiệu quả bằng sự hài lòng của người dân chứ không chỉ bằng số hồ sơ
- Dữ liệu phải đúng, đủ, sạch, sống. Khi dữ liệu đã có trong hệ thống thì cơ quan nhà nước phải tự khai thác, không bắt người dân nộp lại
- Thời gian tới, chúng tôi tập trung vào những thủ tục có số lượng hồ sơ lớn, liên quan trực tiếp đến đời sống như hộ tịch, cư trú, đất đai
- Địa phương sẽ tiếp tục bố trí tổ công nghệ số cộng đồng tại từng khu dân cư để hướng dẫn người cao tuổi, người ở vùng sâu sử dụng tiện ích số
- Kết quả đạt được là nhờ sự vào cuộc đồng bộ của cả hệ thống và sự ủng hộ của người dân, doanh nghiệp

[dx.close]
- Người dân có thể {cập nhật|tải} phiên bản mới của ứng dụng VNeID {để sử dụng|và sử dụng} các tiện ích {trên|ngay trên} điện thoại.
- {^prov_full} {đặt mục tiêu|phấn đấu} đến cuối năm 2026 {#85-95}% hồ sơ thủ tục hành chính được {tiếp nhận, giải quyết|xử lý} trực tuyến.
- Mọi {vướng mắc|thắc mắc}, người dân có thể liên hệ tổng đài hỗ trợ của Bộ Công an hoặc {bộ phận một cửa|điểm tiếp nhận hồ sơ} {gần nhất|nơi cư trú}.

# ---------------------------------------------------------------- achievements
[dx_achieve.title]
- <rate> {^prov} {dẫn đầu|vào nhóm dẫn đầu} cả nước về dịch vụ công trực tuyến
- <digitize> Đề án 06: {^prov} {số hóa|làm sạch} {#2-8:sohoa} triệu {hồ sơ|bản ghi}, người dân {bớt|không phải nộp} {#15-40:giayto} loại giấy tờ
- <rate> {#70-92:tl}% hồ sơ tại {prov} được {giải quyết|xử lý} trực tuyến toàn trình
- Đề án 06 {giúp|đã giúp} {prov} tiết kiệm {#30-160} tỷ đồng {mỗi năm|chi phí xã hội}
- {Người dân|Bà con} {prov} {quen|quen dần} với {làm thủ tục|giải quyết thủ tục} {trên điện thoại|qua VNeID}
- <rate> {^prov}: Dịch vụ công trực tuyến {rút ngắn|giảm} thời gian {giải quyết|xử lý} {hồ sơ|thủ tục} {#30-60}%
- <rate> {Hơn|Gần} {#1-3} triệu hồ sơ {nộp|được nộp} trực tuyến {tại|ở} {prov} {từ đầu năm|sau 9 tháng}
- <review> Triển khai Đề án 06: {prov} {hoàn thành|đạt} {#90-100}% {chỉ tiêu|nhiệm vụ} năm 2026

[dx_achieve.lead]
- <rate> {^luc}, UBND {prov_full} cho biết tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình trên địa bàn {đạt|lên tới} {#70-92:tl}%, {tăng|cao hơn} {#10-25} điểm phần trăm so với cùng kỳ năm 2025, {đứng|thuộc} {nhóm|tốp} {đầu|dẫn đầu} cả nước.
- <digitize> {Sau|Qua} {#4-5} năm triển khai Đề án 06, {prov_full} đã {số hóa|làm sạch} {hơn|gần} {#2-8:sohoa} triệu {hồ sơ|bản ghi} {hộ tịch, cư trú|dữ liệu chuyên ngành}, {giúp|cho phép} người dân {không phải|khỏi phải} nộp {#15-40:giayto} loại giấy tờ khi làm thủ tục.
- <review> {^luc}, {tại|ở} hội nghị sơ kết Đề án 06 {quý III|9 tháng năm 2026}, {prov_full} {báo cáo|công bố} {#85-100}% thủ tục {đủ điều kiện|có thể} đã được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.

[dx.ach.body]
- {Từ đầu năm đến nay|9 tháng năm 2026}, {địa phương|{prov}} tiếp nhận {hơn|gần} {#600.000-2.400.000} hồ sơ trực tuyến; thời gian giải quyết trung bình giảm {#30-60}% {so với nộp trực tiếp|so với trước}. {Ước tính|Theo tính toán}, người dân và doanh nghiệp tiết kiệm {#30-160} tỷ đồng chi phí đi lại, in ấn {mỗi năm|trong năm}.
- {Các|Những} thủ tục có {lượng|số lượng} hồ sơ {lớn|nhiều nhất} gồm đăng ký khai sinh, đăng ký thường trú, cấp phiếu lý lịch tư pháp và {đổi giấy phép lái xe|cấp đổi giấy phép lái xe}, {đều|tất cả} {đã|được} {thực hiện|giải quyết} {hoàn toàn|toàn trình} trên môi trường điện tử.
- Chỉ số hài lòng của người dân {với|đối với} dịch vụ công trực tuyến {của tỉnh|tại địa phương} {đạt|là} {#88-97}%, {tăng|cao hơn} so với năm trước; {tỷ lệ|số} hồ sơ {trễ hạn|quá hạn} {giảm|còn} {dưới 1%|chưa đến 1%}.

[dx.ach.more]
- {^dan_full} ({phuong}, {prov}) {kể|chia sẻ}: "{Trước kia xin phiếu lý lịch tư pháp phải đi hai, ba lần. Giờ làm trên VNeID, mấy hôm sau đã nhận bản điện tử|Tôi đăng ký khai sinh cho con ngay trên điện thoại, không phải mang giấy tờ đi đâu cả|Cả nhà giờ làm thủ tục trên điện thoại, chỉ ông bà là còn nhờ tổ công nghệ số hướng dẫn}."
- {Tổ công nghệ số cộng đồng|Lực lượng đoàn viên thanh niên} {tại|ở} {các khu dân cư|từng thôn, tổ dân phố} {đã hướng dẫn|hỗ trợ} {hơn|gần} {#20.000-150.000} lượt người dân {kích hoạt|sử dụng} tài khoản {định danh|VNeID} và {nộp hồ sơ trực tuyến|dùng dịch vụ công}.

# ---------------------------------------------------------------- new services
[dx_service.title]
- {Từ tháng {thang}|Từ nay}, {làm|thực hiện} thủ tục {dich_vu} {ngay|hoàn toàn} trên VNeID
- {Thêm|Bổ sung} dịch vụ công trực tuyến {toàn trình|mới}: {dich_vu}
- {Người dân|Công dân} {có thể|đã có thể} làm thủ tục {dich_vu} {qua|trên} ứng dụng VNeID
- {^prov} {thí điểm|triển khai} thủ tục {dich_vu} {trực tuyến|không giấy tờ}
- {Không cần|Không phải} {đến cơ quan|mang giấy tờ}, làm thủ tục {dich_vu} {chỉ với|bằng} {vài thao tác|điện thoại}

[dx_service.lead]
- {^luc}, Bộ Công an {phối hợp|cùng} {Bộ Tư pháp|các bộ, ngành} {chính thức|đã} đưa {vào vận hành|thêm} thủ tục {dich_vu} trên ứng dụng VNeID, {nâng|đưa} số dịch vụ công trực tuyến {tích hợp|trên ứng dụng} lên {#45-60}.
- Người dân {prov_full} {từ nay|kể từ tháng {thang}} có thể làm thủ tục {dich_vu} {hoàn toàn|toàn trình} {qua|bằng} dịch vụ công trực tuyến, không phải nộp {bản giấy|giấy tờ} hay {đến|tới} {trụ sở|bộ phận một cửa}.
- {Thêm|Một} dịch vụ công trực tuyến {thiết yếu|có số lượng hồ sơ lớn} {vừa|đã} được {triển khai|kích hoạt} {trên toàn quốc|tại {prov}}: {dich_vu}, {với|cùng} {quy trình|thời gian} {rút gọn|rút ngắn còn} {#1-5} ngày làm việc.

[dx.svc.body]
- {Để thực hiện|Khi thực hiện}, người dân đăng nhập VNeID bằng tài khoản định danh mức 2, chọn mục "Thủ tục hành chính", điền tờ khai {được điền sẵn|tự động điền} thông tin từ Cơ sở dữ liệu quốc gia về dân cư và nộp lệ phí {trực tuyến|qua ngân hàng}. Kết quả {được trả|trả} {bản điện tử|dưới dạng điện tử} {vào|trong} {kho dữ liệu|ví giấy tờ} {cá nhân|của công dân}.
- {Nhờ|Do} {dữ liệu|thông tin} {được liên thông|kết nối} {giữa|với} {các|những} cơ sở dữ liệu {hộ tịch, cư trú|chuyên ngành}, {cán bộ|cơ quan giải quyết} {không cần|không phải} {yêu cầu|đòi} {bản sao|giấy tờ} {chứng thực|công chứng}; {thời gian|thời hạn} {giải quyết|trả kết quả} {giảm|rút ngắn} {từ|từ khoảng} {#7-15} {xuống còn|còn} {#1-5} ngày.
- {Theo|Theo thống kê của} {Cục|Bộ Công an}, {trong|chỉ trong} {tuần đầu|thời gian thí điểm}, {hơn|gần} {#5.000-60.000} hồ sơ {đã được|được} {nộp|gửi} {qua|trên} ứng dụng, {tỷ lệ|số} hồ sơ {hợp lệ|đủ điều kiện} {ngay lần đầu|từ lần đầu} {đạt|khoảng} {#85-97}%.

[dx.svc.steps]
- {Bước 1|Đầu tiên}: {cập nhật|tải} VNeID {bản mới nhất|phiên bản mới}, đăng nhập tài khoản mức 2. {Bước 2|Tiếp theo}: chọn {thủ tục|dịch vụ} {cần làm|tương ứng}, kiểm tra thông tin {tự điền|được điền sẵn}, bổ sung {các trường còn thiếu|nội dung còn trống}. {Bước 3|Cuối cùng}: {xác nhận|ký xác nhận} bằng mã {OTP|passcode} và {thanh toán|nộp} lệ phí {nếu có|(nếu có)}.
- {Người dân|Người dùng} {lưu ý|cần lưu ý} {kiểm tra|rà soát} {kỹ|lại} thông tin {trước khi|khi} {nộp|gửi}; {trường hợp|nếu} {thông tin|dữ liệu} {cư trú|dân cư} chưa {chính xác|đúng}, {cần|phải} {đề nghị|yêu cầu} công an cấp xã {điều chỉnh|cập nhật} {trước|trước tiên}.

# ---------------------------------------------------------------- guides
[dx_guide.title]
- <howto> {Cách|Hướng dẫn} {nộp hồ sơ|làm thủ tục} {trên|qua} Cổng Dịch vụ công quốc gia {cho người mới|từng bước}
- <errors> {Quên|Mất} mật khẩu VNeID, {lấy lại|khôi phục} {thế nào|ra sao}?
- <howto> {Những|Các} dịch vụ công trực tuyến {người dân|mọi người} {nên biết|có thể dùng} {năm 2026|ngay}
- <account> {Tích hợp|Đưa} giấy tờ {vào|lên} VNeID: {cần lưu ý gì|những điều cần biết}
- <howto> {Tra cứu|Theo dõi} {tiến độ|kết quả} hồ sơ dịch vụ công trực tuyến {ở đâu|bằng cách nào}?

[dx_guide.lead]
- <howto> {Nhiều|Không ít} {bạn đọc|người dân} {hỏi|thắc mắc} về {cách|việc} {sử dụng|dùng} dịch vụ công trực tuyến {trên|qua} VNeID {và|cũng như} Cổng Dịch vụ công quốc gia. {Dưới đây là|Sau đây là} {hướng dẫn|những lưu ý} {cơ bản|chi tiết}.
- <errors> {Khi|Trong quá trình} {làm thủ tục|thực hiện} dịch vụ công trực tuyến, {người dân|người dùng} {thường|hay} {gặp|vướng} {một số|những} {lỗi|vấn đề} {như|gồm} {quên mật khẩu|không nhận được mã OTP}, {tải tệp sai định dạng|thông tin không khớp}. {Báo|Chúng tôi} {hướng dẫn|tổng hợp} cách xử lý.
- <account> {Theo|Căn cứ} {hướng dẫn|khuyến cáo} của {Bộ Công an|Văn phòng Chính phủ}, {người dân|công dân} {nên|cần} {chủ động|sớm} {kích hoạt|nâng cấp} tài khoản định danh mức 2 {để|nhằm} {sử dụng đầy đủ|khai thác hết} {các|những} tiện ích của Đề án 06.

[dx.guide.body]
- <errors,account> {Với|Đối với} tài khoản VNeID, {người dùng|người dân} {chọn|bấm} "Quên mật khẩu" {trên màn hình đăng nhập|ngay trên ứng dụng}, nhập số định danh cá nhân và số điện thoại {đã đăng ký|đăng ký}, {sau đó|rồi} {xác thực|xác minh} {khuôn mặt|bằng khuôn mặt} {để|nhằm} {đặt lại|tạo} mật khẩu mới. {Trường hợp|Nếu} đổi số điện thoại, {cần|phải} đến công an cấp xã {để|để được} cập nhật.
- <howto> {Trên|Tại} Cổng Dịch vụ công quốc gia, người dân đăng nhập bằng tài khoản VNeID, {tìm|tra} {thủ tục|dịch vụ} {theo tên|theo từ khóa}, {chọn|xác định} {cơ quan|nơi} giải quyết và {điền|khai} tờ khai; {các|những} thông tin {nhân thân|cá nhân} {được|sẽ được} {điền tự động|tự động điền}.
- <howto,errors> {Mỗi|Với mỗi} hồ sơ, {hệ thống|Cổng} {cấp|gửi} {một|một} mã số {để|giúp} {tra cứu|theo dõi} {tiến độ|trạng thái}; {kết quả|kết quả giải quyết} {được|sẽ được} {gửi|trả} {qua|về} {tài khoản|email} {và|hoặc} {bưu chính|đường bưu điện} {nếu|khi} {người dân|người nộp} {chọn|đăng ký}.

[dx.guide.steps]
- {Một số|Những} lưu ý: {ảnh chụp|tệp đính kèm} {giấy tờ|tài liệu} {nên|cần} {rõ nét|đủ sáng}, {định dạng|ở định dạng} PDF hoặc JPG, {dung lượng|kích thước} {dưới|không quá} {5|10} MB; {không|tuyệt đối không} {cung cấp|chia sẻ} mã OTP {cho|với} {bất kỳ ai|người lạ}.
- {Nếu|Trường hợp} {gặp lỗi|bị lỗi} {khi|trong lúc} {nộp|thanh toán}, {người dân|người dùng} {chụp lại màn hình|lưu lại thông báo lỗi} và {gọi|liên hệ} tổng đài {hỗ trợ|hỗ trợ của ứng dụng} {để|nhằm} {được|có người} {hướng dẫn|xử lý}.

[dx.guide.note]
- {Theo|Theo khuyến cáo của} Bộ Công an, {ứng dụng|VNeID} {chỉ|duy nhất} {được|có thể} tải {từ|trên} {kho ứng dụng chính thức|App Store và Google Play}; {người dân|mọi người} {cảnh giác|đề phòng} {các|những} {đường link|trang web} giả mạo {gửi qua|qua} tin nhắn.
- {Người cao tuổi|Người không thạo công nghệ} {có thể|nên} {nhờ|liên hệ} tổ công nghệ số cộng đồng {tại|ở} {khu dân cư|nơi ở} {để được|được} {hướng dẫn|hỗ trợ} {miễn phí|không mất phí}.

# ---------------------------------------------------------------- issues
[dx_issue.title]
- <outage> {Nộp hồ sơ trực tuyến|Dịch vụ công trực tuyến} {bị lỗi|chập chờn}, người dân {phải|lại} {đến|chạy đến} {bộ phận một cửa|cơ quan}
- <scam> {Giả mạo|Giả danh} {cán bộ|công an} {hướng dẫn|"hỗ trợ"} {cài|cập nhật} VNeID để lừa đảo
- <paper> Dịch vụ công trực tuyến: {nộp online|nộp mạng} {rồi|xong} {vẫn|lại} {phải|bị đòi} {bản giấy|nộp giấy tờ}
- <outage> {Người cao tuổi|Người già} {loay hoay|vất vả} với dịch vụ công trực tuyến
- <outage,paper> {Dữ liệu|Thông tin} {dân cư|cư trú} {sai lệch|chưa khớp}, {hồ sơ|thủ tục} {bị trả|bị trả lại} {nhiều lần|liên tục}

[dx_issue.lead]
- <outage> {^luc}, {nhiều|không ít} người dân {tại|ở} {prov_full} phản ánh {hệ thống|cổng} dịch vụ công trực tuyến {chậm|bị lỗi} {trong giờ cao điểm|vào đầu tuần}, {hồ sơ|tờ khai} {gửi đi|nộp} {nhiều lần|mấy lần} {không thành công|vẫn báo lỗi}.
- <paper> {Dù|Mặc dù} {đã|được} {nộp|gửi} {hồ sơ|hồ sơ trực tuyến} {trên|qua} {Cổng Dịch vụ công quốc gia|VNeID}, {một số|nhiều} người {vẫn|lại} {bị|được} {yêu cầu|đề nghị} {mang bản giấy|nộp bản sao} {đến|tới} {bộ phận một cửa|cơ quan giải quyết}, {đi ngược|trái với} {tinh thần|mục tiêu} của Đề án 06.
- <scam> Công an {prov_full} {vừa|đã} {cảnh báo|phát cảnh báo} {thủ đoạn|chiêu} {giả danh|mạo danh} {cán bộ|công an} {gọi điện|nhắn tin} "hỗ trợ cập nhật VNeID", {dụ|lừa} {người dân|nạn nhân} {cài|tải} ứng dụng giả {để|rồi} {chiếm đoạt|rút} tiền trong tài khoản; {đây là|là} {mặt trái|rủi ro} {đi kèm|khi} {phổ cập|mở rộng} dịch vụ công trực tuyến.

[dx.issue.body]
- <outage,paper> {Theo|Qua} {phản ánh|ghi nhận}, {thông tin|dữ liệu} {trên|trong} {Cơ sở dữ liệu quốc gia về dân cư|hệ thống} {của|ở} {một số|nhiều} người {chưa khớp với|không trùng với} {giấy tờ|dữ liệu} {hộ tịch|đất đai}, {như|chẳng hạn} {sai|lệch} {năm sinh|tên đệm|quê quán}; {muốn|để} {sửa|điều chỉnh}, {họ|người dân} {phải|lại phải} {đến|lên} công an {cấp xã|nơi cư trú} {nhiều lần|mấy lần}.
- <scam> {Chỉ trong|Trong} {#1-3} tháng, {Công an {prov_full}|cơ quan công an} {tiếp nhận|nhận} {#20-90} {đơn trình báo|tin báo} {về|liên quan} {lừa đảo|các vụ lừa đảo} {mạo danh|giả danh} {hỗ trợ|cập nhật} {VNeID|định danh điện tử}, {thiệt hại|tổng thiệt hại} {hơn|gần} {#3-20} tỷ đồng; {nạn nhân|người bị hại} {phần lớn|chủ yếu} {là|là} người {cao tuổi|lớn tuổi}.
- <outage,paper> {Nhiều|Không ít} người {cao tuổi|lớn tuổi} {cho biết|thừa nhận} {không|chưa} {quen thao tác trên điện thoại|thạo sử dụng ứng dụng}, {mã OTP|tin nhắn xác thực} {đến chậm|hết hạn}, {ảnh chụp|tệp tải lên} {bị báo|báo} {lỗi|không hợp lệ}; {cuối cùng|rốt cuộc} {vẫn|lại} phải nhờ {con cháu|người quen} {hoặc|hay} {ra|đến} {bộ phận một cửa|trụ sở}.

[dx.quote_dan]
- <paper> "Tôi nộp trực tuyến từ tuần trước, hôm qua cán bộ gọi bảo mang bản giấy lên đối chiếu. Vậy nộp trực tuyến để làm gì", {dan_full} ({dan_tuoi} tuổi) {bức xúc|nói}.
- <outage> "Ngồi cả buổi sáng mà tờ khai cứ báo lỗi, cuối cùng phải xin nghỉ làm để đến nộp trực tiếp", {dan_full} ({dan_tuoi} tuổi) {than|nói}.
- <outage,paper> {^dan_full} ({dan_tuoi} tuổi) {than|chia sẻ}: "Cái gì cũng bảo làm trên điện thoại, nhưng bố mẹ tôi mắt kém, tay run, bấm mãi không được, lần nào tôi cũng phải xin nghỉ về làm hộ."
- <scam> {^dan_full} {kể|cho biết}: "Có người gọi xưng là công an phường, bảo phải cập nhật VNeID kẻo bị khóa tài khoản. Tôi làm theo, chỉ mười phút sau tài khoản ngân hàng mất sạch tiền."
- <scam> "Nó nói giọng rất tự tin, biết cả số căn cước của tôi nên tôi tin ngay", {dan_full}, {một nạn nhân|người bị lừa} {#50-300} triệu đồng, {kể lại|nói}.
- <outage,paper> {^dan_full} {cho biết|kể}: "Thông tin năm sinh của tôi trên hệ thống bị sai, sửa ba lần vẫn chưa xong nên không làm được thủ tục gì."

[dx.issue.more]
- <outage,paper> {Trao đổi với phóng viên|Trả lời báo chí}, {đại diện|lãnh đạo} {Văn phòng UBND {prov_full}|Sở Khoa học và Công nghệ {prov_full}} {thừa nhận|cho biết} {hệ thống|cổng} {có lúc|đôi khi} {quá tải|gián đoạn} {do|vì} {lượng truy cập|số người truy cập} {tăng đột biến|tăng cao}, {đồng thời cam kết|và cho biết đang} {nâng cấp|mở rộng} {hạ tầng|đường truyền} {trong tháng {thang}|trong thời gian tới}.
- <scam> {Cơ quan công an|Công an} {khuyến cáo|lưu ý} {người dân|mọi người}: {cán bộ|lực lượng công an} {không|không bao giờ} {gọi điện|liên hệ qua điện thoại} {yêu cầu|đề nghị} {cài|cập nhật} {ứng dụng|phần mềm} {hay|hoặc} {cung cấp|đọc} mã OTP; {các|mọi} {thủ tục|việc hỗ trợ} {đều|chỉ} {thực hiện|được làm} {trực tiếp|tại trụ sở}.
