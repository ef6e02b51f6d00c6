# Background news with no policy storyline: weather, storms, sport, economy, culture.
# Must not use any storyline keyword (see meta.py).

# ---------------------------------------------------------------- storms
[bg_storm.title]
- {^bao_so} {đổ bộ|tiến vào} {bao_vung}, {#2-9} người {chết và mất tích|thương vong}
- {Mưa lũ|Lũ lớn} {sau|do} {bao_so}: {hàng nghìn|hơn {#2.000-9.000}} nhà dân {bị ngập|ngập sâu}
- {^bao_so} {gây|làm} {#60-300} {điểm sạt lở|vụ sạt lở} {ở|tại} {bao_vung}
- {Khẩn cấp|Khẩn trương} {sơ tán|di dời} {#10.000-60.000} {người dân|hộ dân} {trước|tránh} {bao_so}
- {^bao_vung} {tan hoang|ngổn ngang} {sau|sau khi} {bao_so} {đi qua|quét qua}
- {Thiệt hại|Thiệt hại ban đầu} {do|vì} {bao_so} {ước|ước tính} {#500-3.000} tỷ đồng
- {Nước lũ|Lũ} {dâng cao|lên nhanh}, {nhiều|hàng trăm} {thôn|khu dân cư} {ở|tại} {bao_vung} {bị cô lập|chìm trong nước}

[bg_storm.lead]
- {^luc}, {bao_so} {đổ bộ|đi vào} {bao_vung} với sức gió mạnh cấp {#9-12}, giật cấp {#12-15}, {kèm|gây} mưa rất to {trên diện rộng|kéo dài}; {#2-9} người {chết và mất tích|thiệt mạng hoặc mất tích}, {hàng nghìn|hơn {#1.000-8.000}} ngôi nhà {bị tốc mái|hư hỏng}.
- {Mưa lớn|Mưa như trút} {do|từ} {hoàn lưu|ảnh hưởng của} {bao_so} {khiến|làm} {nước|mực nước} {các|nhiều} sông {ở|tại} {bao_vung} {dâng cao|lên nhanh} {trên|vượt} báo động {2|3}; {hơn|gần} {#2.000-9.000} nhà dân {bị ngập|ngập sâu} {#0.5-2.5} m.
- {^luc}, {Ban Chỉ huy phòng thủ dân sự|chính quyền} {các tỉnh|địa phương} {ở|tại} {bao_vung} {đã|khẩn trương} {sơ tán|di dời} {hơn|gần} {#10.000-60.000} người {khỏi|ra khỏi} {vùng|khu vực} {nguy hiểm|nguy cơ sạt lở, ngập lụt} {trước khi|khi} {bao_so} {đổ bộ|vào bờ}.

[bg.storm.body]
- {Tại|Ở} {nhiều|các} {xã|khu dân cư} {ven sông|miền núi}, {nước|lũ} {lên|dâng} {nhanh|rất nhanh} {trong đêm|lúc rạng sáng}, {người dân|bà con} {không kịp|chưa kịp} {di chuyển|kê} {đồ đạc|tài sản}; {lực lượng|bộ đội, công an} {dùng|phải dùng} {xuồng|ca nô} {tiếp cận|đưa} {#50-400} {người|hộ} {bị mắc kẹt|bị cô lập} {đến|tới} {nơi an toàn|điểm tránh trú}.
- {^bao_so} {làm|khiến} {#20-150} {cột điện|trạm biến áp} {gãy đổ|hư hỏng}, {hàng trăm nghìn|hơn {#100.000-600.000}} {khách hàng|hộ} {bị|mất} {mất điện|điện}; {nhiều|một số} tuyến quốc lộ {bị|ngập hoặc} {sạt lở|chia cắt}, {giao thông|xe cộ} {ách tắc|ùn ứ} {nhiều giờ|hàng giờ}.
- {Diện tích|Hơn} {#5.000-40.000} ha lúa, hoa màu {bị|đã bị} {ngập úng|hư hại}, {#300-3.000} lồng bè {nuôi trồng thủy sản|nuôi cá} {bị|đã bị} {cuốn trôi|hư hỏng}; {ngành nông nghiệp|cơ quan chức năng} {đang|vẫn đang} {thống kê|kiểm đếm} {thiệt hại|thiệt hại cụ thể}.

[bg.storm.more]
- {Thủ tướng Chính phủ|Chính phủ} {đã|vừa} {ban hành|có} công điện {chỉ đạo|yêu cầu} {các|những} {bộ, ngành|địa phương} {tập trung|khẩn trương} {khắc phục hậu quả|ứng phó}, {tìm kiếm|cứu hộ} {người mất tích|nạn nhân} và {hỗ trợ|bảo đảm} {lương thực|nơi ở} {cho|đối với} {người dân|các hộ} {bị thiệt hại|mất nhà}.
- {Các|Nhiều} {tổ chức|đoàn thể}, {doanh nghiệp|nhà hảo tâm} {đã|đang} {quyên góp|kêu gọi} {ủng hộ|hỗ trợ} {đồng bào|người dân} {vùng lũ|vùng bão}; {Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam|Hội Chữ thập đỏ} {tiếp nhận|đã tiếp nhận} {#20-120} tỷ đồng {sau|chỉ sau} {#3-7} ngày.

[bg.storm.local]
- {Lãnh đạo|Chủ tịch} UBND {các|một số} {xã|địa phương} {ven biển|vùng ngập} cho biết {lực lượng|chính quyền} {đã|đang} {huy động|điều động} {#200-1.500} {người|cán bộ, chiến sĩ} {hỗ trợ|giúp} {người dân|bà con} {dọn dẹp|khắc phục} {nhà cửa|hậu quả}, {phát|cấp} {mì tôm, nước uống|lương thực, nước sạch} {cho|tới} {các hộ|những hộ} {bị cô lập|mất nhà}.
- {^dan_full}, {người dân|một hộ dân} {ven sông|ở vùng trũng}, kể: "{Nước lên nhanh quá, cả nhà chỉ kịp mang giấy tờ và ít gạo lên gác|Cả đêm không ai ngủ được, gió rít từng cơn, mái tôn bay mất một nửa|Lũ năm nay lên nhanh hơn mọi năm, nhiều nhà không kịp chạy đồ}."
- {Ngành giáo dục|Các địa phương} {cho|đã cho} {hàng trăm nghìn|hơn {#100.000-400.000}} học sinh {nghỉ học|tạm nghỉ học} {để|nhằm} {bảo đảm an toàn|tránh bão}; {nhiều|một số} trường học {được|đã được} {dùng làm|trưng dụng làm} {điểm|nơi} {tránh trú|sơ tán} {cho|của} người dân.

[bg.storm.warn]
- {Trung tâm Dự báo khí tượng thủy văn quốc gia|Cơ quan khí tượng} {cảnh báo|cho biết} {trong|từ nay đến} {#2-4} ngày tới {bao_vung} {tiếp tục|còn} {có|xảy ra} mưa {to đến rất to|lớn}, {lượng mưa|tổng lượng mưa} {phổ biến|có nơi} {#150-400} mm; {nguy cơ|rủi ro} {lũ quét|sạt lở đất} {ở|tại} {vùng núi|khu vực miền núi} {rất cao|ở mức cao}.

# ---------------------------------------------------------------- ordinary weather
[bg_weather.title]
- <rain> {Nam Bộ|TP.HCM} {mưa lớn|mưa to} {chiều tối|kéo dài}, {nhiều|hàng loạt} tuyến đường {ngập|ngập nặng}
- <rain> {Mưa như trút|Mưa lớn bất chợt}, {người dân|người đi đường} TP.HCM {bì bõm|chật vật} {lội nước|về nhà}
- <rain> {Triều cường|Triều cường đạt đỉnh} {kết hợp|cộng} mưa lớn, {nhiều khu dân cư|nhiều tuyến phố} {TP.HCM|ven sông Sài Gòn} {ngập sâu|chìm trong nước}
- <heat> {Nắng nóng|Nắng nóng cục bộ} {cuối mùa|bất thường} {ở|tại} {Trung Bộ|Bắc Trung Bộ}, {nhiệt độ|nhiệt} {lên|vượt} {#36-39:nhiet} độ C
- <heat> {Trung Bộ|Bắc Trung Bộ} {nắng gắt|nóng bức} {#36-39:nhiet} độ C, {nguy cơ|cảnh báo} cháy rừng {cấp|ở cấp} {IV|cao}

[bg_weather.lead]
- <rain> {Cơn mưa lớn|Mưa lớn} {kéo dài|gần} {#1-3} giờ {chiều|tối} {ngày {ngay}|qua} {khiến|làm} {nhiều|hàng chục} tuyến đường {ở|tại} TP.HCM {ngập|bị ngập} {#20-50} cm, {giao thông|xe cộ} {ùn tắc|kẹt cứng} {giờ tan tầm|kéo dài}.
- <heat> {^luc}, {Trung tâm Dự báo khí tượng thủy văn quốc gia|cơ quan khí tượng} {cho biết|cảnh báo} {đợt|một đợt} nắng nóng {cuối mùa|cục bộ} {đang|sẽ} {bao trùm|xuất hiện ở} {Trung Bộ|các tỉnh Bắc Trung Bộ}, nhiệt độ cao nhất {phổ biến|có nơi} {#36-39:nhiet} độ C, độ ẩm {thấp nhất|chỉ} {#45-55}%.

[bg.weather.body]
- <rain> {Mùa mưa|Mùa mưa năm nay} {ở|tại} {Nam Bộ|phía Nam} {dự báo|được dự báo} {kết thúc|chấm dứt} {muộn|muộn hơn} {so với|so với trung bình} {nhiều năm|mọi năm}; {triều cường|đỉnh triều} {cao nhất|lớn nhất} {dự kiến|có thể} {xuất hiện|rơi vào} {giữa tháng 11|cuối tháng 10}, {đe dọa|có thể gây ngập} {các|những} {khu vực|vùng} {trũng thấp|ven sông}.
- <rain> {Nhiều|Không ít} {xe máy|phương tiện} {chết máy|bị chết máy} {giữa|trên} {đường|dòng nước}, {người dân|người đi đường} {phải|đành} {dắt bộ|đẩy xe} {hàng trăm mét|một quãng dài}; {một số|vài} {cây xanh|cành cây} {gãy đổ|bị gió quật ngã} {nhưng|song} {không gây thiệt hại về người|chưa ghi nhận thương vong}.
- <heat> {Người dân|Bà con} {được khuyến cáo|nên} {hạn chế ra ngoài|tránh làm việc ngoài trời} {từ 11 đến 15 giờ|vào buổi trưa}, {uống đủ nước|bổ sung nước}; {ngành điện|Tổng công ty Điện lực} {dự báo|cho biết} {phụ tải|lượng điện tiêu thụ} {tăng cao|tăng {#8-15}%} {trong|vào} {những ngày này|các ngày nắng nóng}.
- <cold> {Người dân|Bà con} {được khuyến cáo|nên} {giữ ấm|mặc ấm} {cho|đối với} {trẻ nhỏ|người cao tuổi}, {theo dõi|cập nhật} {bản tin|thông tin} {dự báo|thời tiết} {thường xuyên|hằng ngày}; {người|nông dân} {trồng|canh tác} {rau màu|cây vụ đông} {cần|nên} {che chắn cây trồng|chống rét cho gia súc}.
- <cold,dry> {Thời tiết|Tiết trời} {hanh khô|khô hanh} {khiến|làm} {nguy cơ|tình trạng} {cháy nổ|cháy rừng} {tăng|gia tăng}; {các chuyên gia y tế|bác sĩ} {lưu ý|khuyến cáo} {người dân|mọi người} {giữ ẩm|dưỡng ẩm} {cho da|da}, {uống đủ nước|bổ sung nước} và {đề phòng|phòng} {bệnh|các bệnh} {hô hấp|đường hô hấp} {khi|lúc} {giao mùa|chuyển mùa}.

[bg.weather.more]
- <cold,dry> {Từ nay đến|Trong} {cuối năm|mùa đông năm nay}, {miền Bắc|Bắc Bộ} {dự kiến|có thể} {đón|chịu ảnh hưởng của} {#8-12} đợt không khí lạnh, {tương đương|xấp xỉ} {trung bình|mức trung bình} nhiều năm; {rét đậm, rét hại|rét đậm} {có thể|dự báo} {xuất hiện|bắt đầu} {từ|vào} {tháng 12|cuối tháng 12}.
- {Cơ quan khí tượng|Các chuyên gia} {lưu ý|cảnh báo} {hiện tượng|nguy cơ} {dông, lốc, sét|mưa đá} {có thể|vẫn có thể} {xảy ra|xuất hiện} {trong|vào} {thời kỳ|giai đoạn} {chuyển mùa|giao mùa}, {người dân|mọi người} {cần|nên} {chú ý|đề phòng} {khi|lúc} {đi lại|làm việc ngoài trời}.
- <rain,heat> {Theo|Theo dự báo của} {cơ quan khí tượng|Đài Khí tượng thủy văn khu vực}, {trong|từ nay đến} {#3-5} ngày tới {thời tiết|tình hình thời tiết} {chưa có|ít} {thay đổi|biến động} {đáng kể|lớn}; {người dân|mọi người} {nên|cần} {theo dõi|cập nhật} {bản tin|thông tin} {thường xuyên|hằng ngày}.

[bg.weather.extra]
- <rain> {Công ty Thoát nước|Đơn vị thoát nước} {thành phố|đô thị} {cho biết|thông tin} {đã|đang} {bố trí|huy động} {#100-300} {công nhân|nhân lực} {trực|túc trực} {tại|ở} {các|những} điểm {ngập|thường ngập} {để|nhằm} {khơi thông|nạo vét} {cống|miệng cống}, {hướng dẫn|phân luồng} giao thông.
- <heat> {Các|Nhiều} bệnh viện {ghi nhận|tiếp nhận} {số|lượng} {trẻ em|người cao tuổi} {đến khám|nhập viện} {do|vì} {say nắng|sốt, mất nước} {tăng|tăng khoảng} {#10-25}%; {bác sĩ|các bác sĩ} {khuyến cáo|lưu ý} {không|tránh} {tắm|uống nước lạnh} ngay khi {đi nắng về|vừa đi ngoài trời về}.
- <cold> {Theo quy định|Theo hướng dẫn} của {ngành giáo dục|Sở Giáo dục}, {khi|nếu} nhiệt độ {xuống dưới|thấp hơn} {10|7} độ C, {học sinh|trẻ mầm non, tiểu học} {được|sẽ được} {nghỉ học|nghỉ ở nhà}; {hiện|hiện tại} {nhiệt độ|mức nhiệt} {chưa|vẫn chưa} {đến ngưỡng|tới ngưỡng} {này|đó}.
- <dry> {Lực lượng kiểm lâm|Cơ quan kiểm lâm} {cảnh báo|nâng} {cấp|mức} {dự báo|nguy cơ} cháy rừng {ở|tại} {nhiều|một số} {tỉnh|khu vực} {miền núi phía Bắc|Tây Bắc} lên cấp {III|IV}; {người dân|mọi người} {không|tuyệt đối không} {đốt|đốt lửa} {nương rẫy|thực bì} {trong|vào} {những ngày|thời điểm} {hanh khô|khô hanh}.

[bg.weather.ctx]
- <rain> {Từ đầu tháng|Từ đầu mùa mưa}, TP.HCM {đã có|ghi nhận} {#12-25} trận mưa {lớn|to} {gây ngập|khiến nhiều tuyến đường ngập}; {thành phố|chính quyền} {đang|vẫn đang} {triển khai|thi công} {nhiều|các} {dự án|công trình} {chống ngập|cải tạo hệ thống thoát nước} {ở|tại} {khu vực|các quận} {trung tâm|trũng thấp}, {dự kiến|phấn đấu} {hoàn thành|đưa vào sử dụng} {trong năm 2027|vào cuối năm 2027}.
- <heat> {Đây là|Là} đợt nắng nóng thứ {#3-6} {trong|từ đầu} {tháng|mùa} {ở|tại} {khu vực|Trung Bộ}; {lượng mưa|tổng lượng mưa} {từ đầu tháng|tháng qua} {thấp hơn|ít hơn} {trung bình|mức trung bình} nhiều năm {khoảng|tới} {#20-45}%, {nhiều|một số} {hồ chứa|hồ thủy lợi} {nhỏ|vừa và nhỏ} {xuống|ở} {mực nước|dưới mực nước} {thấp|chết}.
- <cold,dry> {Theo|Theo nhận định của} {cơ quan khí tượng|các chuyên gia khí tượng}, {mùa đông|mùa lạnh} năm nay {có xu hướng|được dự báo} {đến|bắt đầu} {sớm hơn|đúng} {quy luật|so với trung bình}, {số đợt|tần suất} không khí lạnh {tương đương|xấp xỉ} {trung bình|mọi năm}; {hiện tượng La Nina|hiện tượng ENSO} {đang|có thể} {ảnh hưởng|tác động} {đến|tới} {thời tiết|diễn biến thời tiết} {những tháng cuối năm|cuối năm}.
- {Người dân|Mọi người} {có thể|nên} {theo dõi|cập nhật} {bản tin|thông tin} {dự báo|thời tiết} {trên|qua} {các|những} {kênh|phương tiện} {chính thức|thông tin đại chúng} {của|từ} {Trung tâm Dự báo khí tượng thủy văn quốc gia|cơ quan khí tượng}, {chủ động|để chủ động} {sắp xếp|bố trí} {công việc|việc đi lại} {và|cũng như} {sinh hoạt|sản xuất}.

[bg_cold.title]
- <cold> {Không khí lạnh|Đợt không khí lạnh} {tràn về|tăng cường}, {miền Bắc|Bắc Bộ} {giảm|hạ} {nhiệt độ|nhiệt} {#4-8} độ C
- <cold> {Hà Nội|Miền Bắc} {đón|chào} {đợt|đợt không khí} lạnh {đầu mùa|mạnh nhất từ đầu mùa}, {vùng núi|miền núi} {dưới|xuống} {#12-15:nui} độ C
- <dry> {Dự báo|Thời tiết} {tuần tới|cuối tuần}: {Hà Nội|miền Bắc} {nắng hanh|hanh khô}, {miền Trung|Trung Bộ} {có mưa|mưa rào}
- <dry> {Miền Bắc|Bắc Bộ} {hanh khô|khô hanh}, độ ẩm {xuống|chỉ} {#40-55:am}%

[bg_cold.lead]
- <cold> {^luc}, {Trung tâm Dự báo khí tượng thủy văn quốc gia|cơ quan khí tượng} {cho biết|dự báo} {một|đợt} không khí lạnh {đang|sẽ} {di chuyển|tràn} {xuống|về} {phía Nam|miền Bắc}, {nhiệt độ|nhiệt độ thấp nhất} {ở|tại} {Hà Nội|đồng bằng Bắc Bộ} {giảm|xuống} {còn|khoảng} {#17-22} độ C, {vùng núi|khu vực miền núi} {có nơi|dưới} {#12-15:nui} độ C.
- <dry> {Theo|Theo dự báo của} {cơ quan khí tượng|Đài Khí tượng thủy văn}, {từ|trong} {ngày {ngay}|tuần này}, {Bắc Bộ|miền Bắc} {chuyển|có} {hanh khô|nắng hanh}, {độ ẩm|độ ẩm thấp nhất} {chỉ|xuống} {#40-55:am}%; {Trung Bộ|miền Trung} {có|xuất hiện} mưa rào {và dông|rải rác}.

# ---------------------------------------------------------------- football and sport
[bg_football.title]
- <team> Đội tuyển Việt Nam {thắng|đánh bại} {doi_khach} {#2-3:ban}-{#0-1:thua} {trên sân nhà|trong trận giao hữu}
- <team> {Thắng|Hạ} {doi_khach} {#2-3:ban}-{#0-1:thua}, đội tuyển Việt Nam {tự tin|hứng khởi} {hướng tới|trước} {vòng loại|giải đấu chính thức}
- <u23> {U23 Việt Nam|U22 Việt Nam} {hòa|cầm hòa} {doi_khach} {#0-2:hoa}-{#0-2:hoa}, {rộng cửa|nuôi hy vọng} {đi tiếp|vào vòng sau}
- <u23> {Hòa|Chia điểm với} {doi_khach}, {U23 Việt Nam|U22 Việt Nam} {phải chờ|chờ} {lượt cuối|trận cuối} {để|mới} {định đoạt|biết} {vé đi tiếp|số phận}
- <run> {Hơn|Gần} {#8.000-15.000:vdv} vận động viên {chạy|tham gia} {giải marathon|giải chạy} {quốc tế|đường phố} {tại|ở} {city}
- <run> {Giải marathon|Giải chạy} {city} {năm 2026|mùa thứ {#3-9}} {quy tụ|thu hút} {#8.000-15.000:vdv} {người chạy|vận động viên}
- <futsal> {Tuyển futsal Việt Nam|Đội tuyển futsal} {thắng đậm|thắng} {doi_khach} {#3-6:fb}-{#0-2:fk} {ở|tại} {giải giao hữu quốc tế|trận ra quân}

[bg_football.lead]
- <team> {^luc}, đội tuyển Việt Nam {có|giành} chiến thắng {#2-3:ban}-{#0-1:thua} {thuyết phục|xứng đáng} trước {doi_khach} {trong|tại} {trận giao hữu|trận đấu} {trên sân|ở sân} {Mỹ Đình|Thiên Trường|Gò Đậu}, {trước|với} {sự cổ vũ|sự chứng kiến} của {hơn|gần} {#15.000-35.000} khán giả.
- <u23> {Tối|Chiều} {ngày {ngay}|qua}, {U23 Việt Nam|U22 Việt Nam} {có|giành} {trận hòa|kết quả hòa} {#0-2:hoa}-{#0-2:hoa} {đáng tiếc|quý giá} trước {doi_khach} {ở|tại} {lượt trận|vòng bảng} {thứ hai|thứ ba} {vòng loại|giải} {châu Á|khu vực}.
- <run> {^luc}, {giải|giải chạy} marathon {quốc tế|đường phố} {city} {thu hút|quy tụ} {hơn|gần} {#8.000-15.000:vdv} vận động viên {chuyên nghiệp và phong trào|từ {#20-45} quốc gia}, {với|trên} {các|bốn} cự ly {5 km, 10 km, 21 km và 42 km|từ 5 km đến 42 km}.
- <futsal> {^luc}, đội tuyển futsal Việt Nam {có|giành} {chiến thắng|trận thắng} {#3-6:fb}-{#0-2:fk} trước {doi_khach} {ở|tại} {trận ra quân|lượt trận đầu} {giải|giải giao hữu} {quốc tế|tứ hùng}, {tiếp thêm|tạo} {động lực|tâm lý tốt} {trước|cho} {vòng loại|giải} châu Á.

[bg.football.body]
- <team,u23,futsal> {Ngay từ những phút đầu|Ngay từ đầu trận}, {đội|các cầu thủ Việt Nam} {chủ động|nhập cuộc} {tấn công|dâng cao}, {liên tục|nhiều lần} {tạo|có} {cơ hội|tình huống} {nguy hiểm|sáng}; {bàn mở tỷ số|bàn thắng đầu tiên} {đến|đến vào} {ở|phút} {#20-44} {từ|sau} {một|pha} {tình huống|pha} {phối hợp|đá phạt góc} {đẹp mắt|bài bản}.
- <team,u23,futsal> {Huấn luyện viên trưởng|Ban huấn luyện} {cho biết|nhận xét} {các cầu thủ|toàn đội} {đã thi đấu đúng tinh thần|đã thực hiện tốt chiến thuật}, {tuy nhiên|nhưng} {khâu|hàng} {dứt điểm|phòng ngự} {vẫn|còn} {cần|phải} {cải thiện|được cải thiện} {trước|cho} {các|những} {trận đấu|giải đấu} {chính thức|quan trọng} {sắp tới|phía trước}.
- <run> {Đường chạy|Cung đường} {đi qua|đi qua nhiều} {các|những} {công trình|địa danh} {nổi tiếng|biểu tượng} {của thành phố|của {city}}; {ban tổ chức|giải} {bố trí|chuẩn bị} {#20-40} {trạm tiếp nước|điểm tiếp nước} và {#100-300} {nhân viên y tế|tình nguyện viên} {dọc|trên} {đường chạy|cung đường}.
- <run> {Ở|Tại} {cự ly|nội dung} 42 km, {chức vô địch|ngôi nhất} {nam|nữ} {thuộc về|về tay} {một|vận động viên} {vận động viên|chân chạy} {đến từ|của} {Kenya|Ethiopia|đội tuyển quốc gia} với thời gian {2 giờ {#15-35} phút|dưới 2 giờ 40 phút}; {nhiều|không ít} {gia đình|nhóm bạn} {cùng|rủ nhau} {chạy|tham gia} cự ly 5 km.

[bg.football.more]
- <team,u23,futsal> {Với|Sau} {kết quả|trận đấu} {này|trên}, {đội|tuyển} {Việt Nam|nhà} {tạm|đang} {đứng|xếp} {thứ|vị trí} {#1-3} {bảng|trên bảng xếp hạng} {với|có} {#4-9} điểm; {trận|lượt} {tiếp theo|cuối}, {đội|các cầu thủ} {sẽ|gặp} {đối thủ|đội} {mạnh|khó chịu} {hơn|nhất bảng} {vào|ngày} {cuối tuần|tuần sau}.
- {Người hâm mộ|Khán giả} {đổ về|có mặt} {từ|từ rất} sớm, {nhiều|không ít} {người|gia đình} {đưa|dẫn} {con nhỏ|cả nhà} {đến|đi} {cổ vũ|tham gia}, {không khí|bầu không khí} {sôi động|náo nhiệt} {suốt|trong suốt} {buổi|sự kiện}.
- <run> {Ban tổ chức|Giải} {trích|dành} {một phần|{#5-10}%} {lệ phí|doanh thu} {đăng ký|bán vé} {để|nhằm} {ủng hộ|hỗ trợ} {quỹ|chương trình} {học bổng|khuyến học} {cho|dành cho} {học sinh|trẻ em} {khó khăn|vùng cao}.

[bg.football.quote]
- <team,u23,futsal> {Sau trận|Trong buổi họp báo sau trận}, {huấn luyện viên trưởng|ban huấn luyện} {nói|chia sẻ}: "{Tôi hài lòng với tinh thần của các cầu thủ, nhưng chúng tôi còn nhiều việc phải làm|Các cầu thủ trẻ đã chơi tự tin, đó là tín hiệu tích cực|Kết quả này là động lực, nhưng trận tới sẽ khó khăn hơn nhiều}."
- <team,u23,futsal> {Đội trưởng|Thủ quân} {của đội|tuyển Việt Nam} {cho biết|nói} {toàn đội|cả đội} dành {chiến thắng|kết quả này} tặng {người hâm mộ|khán giả} đã {đồng hành|cổ vũ}, {đồng thời|và} {hứa|cam kết} {sẽ|tiếp tục} {nỗ lực|cố gắng} {ở|trong} {các trận|những trận} {tiếp theo|còn lại}.
- <run> {^dan_full} ({dan_tuoi} tuổi), {lần đầu|lần thứ {#2-6}} {chạy|tham gia} {cự ly|nội dung} {21 km|42 km}, {chia sẻ|nói}: "{Đường chạy đẹp, người dân hai bên cổ vũ rất nhiệt tình, mệt mà vui|Tôi tập luyện gần nửa năm cho giải này, về đích là đủ hạnh phúc rồi}."

[bg.asiad.more]
- {Các|Những} vận động viên {giành huy chương|đoạt huy chương} {đều|phần lớn} {là|thuộc} {lứa|thế hệ} {trẻ|vận động viên trẻ}, {nhiều người|không ít người} {lần đầu|mới lần đầu} {dự|tham dự} {đại hội|ASIAD}; {ban huấn luyện|các chuyên gia} {đánh giá|cho rằng} {đây là|đó là} {tín hiệu|kết quả} {đáng mừng|tích cực} {cho|hướng tới} {các|những} {kỳ|giải đấu} {tới|sắp tới}.
- {Ngày mai|Những ngày tới}, {Đoàn Thể thao Việt Nam|đoàn Việt Nam} {tiếp tục|sẽ} {tranh tài|thi đấu} {ở|tại} {các|những} môn {điền kinh, bơi|cầu lông, bóng chuyền}, {kỳ vọng|hy vọng} {có thêm|giành thêm} huy chương {ở|tại} {nội dung|các nội dung} {thế mạnh|sở trường}.

[bg.football.ctx]
- <team,u23,futsal> {Đây là|Trận đấu là} {một phần|bước} {trong|thuộc} {kế hoạch|chương trình} {chuẩn bị|tập huấn} {của|cho} {đội|đội tuyển} {trước|hướng tới} {các|những} {giải đấu|mục tiêu} {lớn|quan trọng} {năm 2027|sắp tới}; {ban huấn luyện|huấn luyện viên trưởng} {sử dụng|tung vào sân} {nhiều|không ít} {cầu thủ trẻ|gương mặt mới} {để|nhằm} {thử nghiệm|đánh giá} {đội hình|lực lượng}.
- <team,u23,futsal> {Trước trận|Trước khi bước vào trận}, {đội|các cầu thủ} {đã|có} {#5-10} ngày {tập trung|hội quân} {tại|ở} {Trung tâm Đào tạo bóng đá trẻ|Trung tâm huấn luyện thể thao quốc gia}; {một số|vài} {trụ cột|cầu thủ quan trọng} {vắng mặt|không thể ra sân} {vì|do} {chấn thương|lý do sức khỏe}.
- <run> {Giải|Giải chạy} {năm nay|mùa này} {có|ghi nhận} {số|lượng} {vận động viên|người đăng ký} {tăng|tăng khoảng} {#20-40}% {so với|so với mùa} {trước|năm trước}, {trong đó|với} {khoảng|gần} {#10-25}% {là|đến từ} {vận động viên nước ngoài|người nước ngoài}; {phong trào|trào lưu} chạy bộ {đang|ngày càng} {lan rộng|phát triển mạnh} {ở|tại} {các|nhiều} đô thị.
- <run> {Để|Nhằm} {bảo đảm|giữ} an toàn, ban tổ chức {phối hợp|làm việc} {với|cùng} {cơ quan chức năng|lực lượng cảnh sát giao thông} {phân luồng|cấm đường} {các|những} tuyến {đường chạy|đi qua} {từ|trong khung giờ} {4 giờ đến 11 giờ|sáng sớm}; {người dân|các phương tiện} {được|đã được} {thông báo|hướng dẫn} {đi|lưu thông} {đường|tuyến} {khác|thay thế}.

[bg_asiad.title]
- {Đoàn Thể thao Việt Nam|Thể thao Việt Nam} {giành|có} {thêm|tiếp} {#1-3:hc} {huy chương|huy chương vàng} {tại ASIAD 2026|ở Aichi-Nagoya}
- ASIAD 2026: {^võ thuật|bắn cung|chèo thuyền=mon} {mang về|đem về} {#1-3:hc} {huy chương|tấm huy chương} cho {Đoàn Thể thao Việt Nam|thể thao Việt Nam}
- {Ngày thi đấu|Ngày} thứ {#4-14:ngay_td} {tại|ở} ASIAD 2026: {niềm vui|tin vui} {đến từ|từ} môn {võ thuật|bắn cung|chèo thuyền=mon}

[bg_asiad.lead]
- {Ngày thi đấu|Ngày} thứ {#4-14:ngay_td} {của|tại} ASIAD 2026 {ở|diễn ra ở} Aichi-Nagoya (Nhật Bản) {tiếp tục|lại} {mang về|đem về} {niềm vui|tin vui} cho {Đoàn Thể thao Việt Nam|thể thao Việt Nam} khi {các|những} vận động viên môn {võ thuật|bắn cung|chèo thuyền=mon} {giành|đoạt} {#1-3:hc} huy chương.
- {^luc}, {tại|ở} ASIAD 2026 (Aichi-Nagoya, Nhật Bản), {các|những} vận động viên Việt Nam {giành|đoạt} {thêm|tiếp} {#1-3:hc} huy chương ở môn {võ thuật|bắn cung|chèo thuyền=mon}, {nâng|đưa} tổng số huy chương {của đoàn|của Đoàn Thể thao Việt Nam} lên {#10-30}.

[bg.asiad.ctx]
- ASIAD 2026 {diễn ra|được tổ chức} {từ ngày 19/9 đến 4/10|từ 19/9 đến 4/10} {tại|ở} {tỉnh Aichi và thành phố Nagoya|Aichi-Nagoya} (Nhật Bản), {với|quy tụ} {hơn|gần} {#10.000-13.000} vận động viên {của|từ} {45|các} quốc gia và vùng lãnh thổ {châu Á|thuộc Hội đồng Olympic châu Á}, {tranh tài|thi đấu} {ở|tại} {#40-42} môn.
- {Trên|Ở} bảng tổng sắp huy chương, {Đoàn Thể thao Việt Nam|đoàn Việt Nam} {tạm|đang} {xếp|đứng} {thứ|vị trí} {#15-22}; {các|những} {đoàn|nước} {dẫn đầu|đứng đầu} {vẫn là|tiếp tục là} Trung Quốc, {Nhật Bản|nước chủ nhà Nhật Bản} và Hàn Quốc.

[bg.asiad.fans]
- {Tại Việt Nam|Ở trong nước}, {nhiều|đông đảo} người hâm mộ {theo dõi|cổ vũ} {các|những} {trận đấu|phần thi} {qua|trên} {truyền hình|các nền tảng trực tuyến}; {mạng xã hội|các diễn đàn thể thao} {ngập tràn|rộn ràng} {lời chúc mừng|những lời khen} {dành cho|gửi tới} {các vận động viên|những người đoạt huy chương}.
- {Ban tổ chức|Nước chủ nhà} {đánh giá cao|ghi nhận} {công tác tổ chức|không khí thi đấu} {tại|ở} {các|những} {nhà thi đấu|địa điểm}; {đoàn Việt Nam|các vận động viên Việt Nam} {được bố trí|ở} {tại|trong} {làng vận động viên|khu lưu trú} {gần|cạnh} {trung tâm|các địa điểm thi đấu} {thành phố Nagoya|Nagoya}.

[bg.asiad.body]
- {Đoàn Thể thao Việt Nam|Đoàn Việt Nam} {tham dự|tranh tài tại} ASIAD 2026 {với|gồm} {hơn|gần} {#400-600} {thành viên|vận động viên}, {thi đấu|tranh tài} {ở|tại} {#25-35} môn; {mục tiêu|chỉ tiêu} {đặt ra|của đoàn} {là|gồm} {#5-10} huy chương vàng {và|cùng} {nhiều|một số} suất {dự|tham dự} Olympic.
- {Trưởng đoàn|Lãnh đạo đoàn} {cho biết|đánh giá} {các|những} vận động viên {trẻ|lần đầu dự ASIAD} thi đấu {tự tin|bản lĩnh}, {nhiều|một số} {thành tích|kết quả} {vượt|đạt} {kỳ vọng|mục tiêu}; {những ngày tới|các ngày thi đấu cuối}, {đoàn|các vận động viên} {tập trung|dồn sức} {ở|vào} {các môn|nội dung} {thế mạnh|có cơ hội}.

# ---------------------------------------------------------------- economy
[bg_economy.title]
- <gdp> {GDP|Tăng trưởng kinh tế} {quý III|9 tháng năm 2026} {tăng|đạt} {#6.8-8.2:gdp}%{, cao nhất nhiều năm|}
- <cpi> {Chỉ số giá tiêu dùng|CPI} tháng {thang} {tăng|nhích} {#0.1-0.6:cpi}%, {lạm phát|lạm phát cơ bản} {được kiểm soát|trong tầm kiểm soát}
- <export> {Xuất khẩu|Kim ngạch xuất khẩu} {10 tháng|9 tháng} {đạt|vượt} {#350-420:xk} tỷ USD
- <gold> {Giá vàng|Vàng miếng} {lập đỉnh|tăng mạnh} {lên|vượt} {#140-170:vang} triệu đồng/lượng
- <fdi> {Vốn FDI|Vốn đầu tư nước ngoài} {đăng ký|giải ngân} {tăng|đạt} {#8-25:fdi}% {sau|trong} {9|10} tháng
- <stock> {VN-Index|Chứng khoán} {vượt|lấy lại} {mốc|ngưỡng} {#1.500-1.900:vni} điểm{, thanh khoản tăng mạnh|}
- <fuel> Giá xăng {giảm|tăng=xh} {#200-900:xang} đồng/lít từ {chiều|15 giờ} {ngày {ngay}|nay}

[bg_economy.lead]
- <gdp> {^luc}, Cục Thống kê (Bộ Tài chính) công bố tổng sản phẩm trong nước (GDP) {quý III/2026|9 tháng năm 2026} {ước|ước tính} tăng {#6.8-8.2:gdp}% so với cùng kỳ năm trước; {khu vực|ngành} công nghiệp và xây dựng {tiếp tục|vẫn} {là|giữ vai trò} {động lực|động lực chính} {tăng trưởng|của tăng trưởng}.
- <cpi> {Chỉ số giá tiêu dùng|CPI} tháng {thang} {tăng|tăng nhẹ} {#0.1-0.6:cpi}% so với tháng trước, {chủ yếu|phần lớn} do {giá|nhóm} {thực phẩm|lương thực, thực phẩm} và {dịch vụ|giá dịch vụ} {ăn uống|du lịch} {tăng|nhích lên}, {theo|theo số liệu của} Cục Thống kê.
- <export> {Kim ngạch xuất khẩu|Xuất khẩu hàng hóa} {tính đến|trong} {tháng {thang}|10 tháng} {đạt|ước đạt} {#350-420:xk} tỷ USD, {tăng|cao hơn} {#10-18}% so với cùng kỳ; {xuất siêu|thặng dư thương mại} {đạt|khoảng} {#15-30} tỷ USD.
- <gold> {^luc}, {giá vàng miếng|vàng miếng} {trong nước|tại các doanh nghiệp lớn} {tăng|lên} {thêm|mạnh} {#0.5-2.5} triệu đồng/lượng, {lên|chạm} {mức|ngưỡng} {#140-170:vang} triệu đồng/lượng {bán ra|chiều bán}, {theo|bám} {đà tăng|diễn biến} {của|trên} thị trường thế giới.

- <fdi> {^luc}, {Cục Đầu tư nước ngoài|cơ quan quản lý đầu tư} (Bộ Tài chính) cho biết tổng vốn đầu tư trực tiếp nước ngoài đăng ký {vào Việt Nam|} {từ đầu năm|trong 9 tháng} {đạt|ước đạt} {#25-38} tỷ USD, tăng {#8-25:fdi}% so với cùng kỳ; vốn giải ngân {đạt|khoảng} {#16-22} tỷ USD, {cao nhất|mức cao nhất} {nhiều năm|trong 5 năm}.
- <stock> {Kết thúc|Đóng cửa} phiên giao dịch {luc}, VN-Index tăng {#10-35} điểm, lên {#1.500-1.900:vni} điểm; {giá trị giao dịch|thanh khoản} {trên sàn HOSE|toàn thị trường} {đạt|vượt} {#25.000-45.000} tỷ đồng, {khối ngoại|nhà đầu tư nước ngoài} {mua ròng|quay lại mua ròng} {#300-1.500} tỷ đồng.
- <fuel> {^luc}, liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu {trong kỳ điều hành|theo kỳ điều hành} {mới|định kỳ}: giá xăng {giảm|tăng=xh} {#200-900:xang} đồng/lít, {dầu diesel|giá dầu} {giảm|tăng=xh} {#100-600} đồng/lít, {theo|bám} {diễn biến|xu hướng} giá thế giới.

[bg.economy.body]
- {Các|Những} {mặt hàng|nhóm hàng} xuất khẩu {chủ lực|lớn} {như|gồm} {điện tử, máy tính|điện thoại và linh kiện}, {dệt may|giày dép}, {nông sản|gạo, cà phê, trái cây} {đều|tiếp tục} {tăng khá|tăng trưởng tốt}; {thị trường|các thị trường} {Mỹ|Hoa Kỳ}, {Trung Quốc|EU} {và|cùng} {ASEAN|Nhật Bản} {vẫn|tiếp tục} {là|giữ vị trí} {đối tác|thị trường} {lớn nhất|quan trọng}.
- {Giải ngân|Vốn} đầu tư công {#9-10} tháng {đạt|ước đạt} {#55-70}% kế hoạch, {cao hơn|tăng} {so với cùng kỳ|so với năm trước}; {nhiều|một số} {dự án|công trình} {hạ tầng|giao thông} {trọng điểm|quy mô lớn} {đang|được} {đẩy nhanh|tăng tốc} {tiến độ|thi công} {để|nhằm} {về đích|hoàn thành} {cuối năm|trong năm}.
- {Các|Nhiều} {chuyên gia|tổ chức quốc tế} {đánh giá|nhận định} {kinh tế Việt Nam|nền kinh tế} {duy trì|giữ} {đà|mức} {tăng trưởng|phục hồi} {tích cực|khả quan} {dù|trong bối cảnh} {kinh tế thế giới|thị trường toàn cầu} {còn|vẫn} {nhiều|không ít} {biến động|rủi ro}; {tiêu dùng|sức mua} {trong nước|nội địa} {cải thiện|tăng} {dần|rõ hơn}.

[bg.economy.expert]
- {TS. Trần Minh Quang|PGS.TS. Lê Thu Hằng|Chuyên gia kinh tế Nguyễn Đức Hải} {nhận định|cho rằng}: "{Kết quả này cho thấy sức chống chịu tốt của nền kinh tế, nhưng các tháng cuối năm vẫn cần theo dõi sát diễn biến thị trường thế giới|Động lực tăng trưởng đang dịch chuyển dần sang tiêu dùng trong nước và đầu tư công, đây là tín hiệu tích cực|Doanh nghiệp nhỏ và vừa vẫn cần được hỗ trợ về vốn và thủ tục để bắt nhịp với đà phục hồi}."
- {Theo|Theo đánh giá của} {các|một số} {công ty chứng khoán|tổ chức phân tích}, {xu hướng|diễn biến} {này|trên} {có thể|dự báo sẽ} {tiếp diễn trong quý IV|duy trì đến cuối năm}, {tuy nhiên|song} {nhà đầu tư|doanh nghiệp} {cần|nên} {thận trọng|lưu ý} {trước|với} {biến động|rủi ro} {tỷ giá|lãi suất} {và|cùng} {nhu cầu|sức cầu} {thế giới|của các thị trường lớn}.

[bg.economy.more]
- {Tổng mức bán lẻ|Doanh thu bán lẻ} hàng hóa và {doanh thu|dịch vụ} tiêu dùng {tháng {thang}|9 tháng} {tăng|đạt mức tăng} {#7-11}%; {lượng|số} khách quốc tế {đến Việt Nam|đến nước ta} {đạt|ước đạt} {#16-21} triệu lượt {từ đầu năm|sau 10 tháng}.
- {Ngân hàng Nhà nước|Cơ quan quản lý} {cho biết|cho hay} {tăng trưởng tín dụng|tín dụng} {toàn hệ thống|của nền kinh tế} {đến|tính đến} {cuối tháng {thang}|nay} {đạt|khoảng} {#11-15}%, {lãi suất|mặt bằng lãi suất} cho vay {ổn định|tiếp tục ổn định} {ở mức thấp|ở mức hợp lý}.

[bg.economy.note]
- {Chính phủ|Thủ tướng Chính phủ} {đặt mục tiêu|yêu cầu phấn đấu} {tăng trưởng|GDP} {cả năm 2026|năm nay} {đạt|ở mức} {#8-10}%{, tạo nền tảng cho giai đoạn tăng trưởng hai con số|}; {các|những} {tháng cuối năm|tháng còn lại} {được xác định|là} {thời gian|giai đoạn} {then chốt|nước rút}.

# ---------------------------------------------------------------- culture
[bg_culture.title]
- <fest> {Lễ hội|Festival} {văn hóa|ẩm thực} {city} {thu hút|hút} {#20.000-80.000:khach} {lượt khách|du khách}
- <fest> {Đêm nhạc|Chương trình nghệ thuật} {mở màn|khai mạc} lễ hội {văn hóa|ẩm thực} {city}
- <expo> {Triển lãm|Trưng bày} {ảnh|hiện vật} {về|kể chuyện} {lịch sử|{city}} {thu hút|hút} {đông đảo|nhiều} {người xem|công chúng}
- <expo> {Hơn|Gần} {#150-400:anh} {bức ảnh|hiện vật, tư liệu} {quý|hiếm} {được|lần đầu được} {giới thiệu|trưng bày} {tại|ở} {city}
- <tour> {^city} {đón|đạt} {#2-7:trieu} triệu lượt khách du lịch {sau|trong} {9|10} tháng
- <tour> Du lịch {city} {tăng trưởng|khởi sắc}, {doanh thu|tổng thu} {đạt|ước đạt} {#10.000-60.000:dt} tỷ đồng

[bg_culture.lead]
- <fest> {^luc}, {lễ hội|festival} {văn hóa|ẩm thực} {city} {năm 2026|lần thứ {#3-12}} {khai mạc|chính thức khai mạc} {với|cùng} {hơn|gần} {#100-300} {gian hàng|hoạt động} {giới thiệu|quảng bá} {đặc sản|văn hóa} {các vùng miền|địa phương}, {dự kiến|kỳ vọng} {đón|thu hút} {#20.000-80.000:khach} lượt khách.
- <expo> {^luc}, {tại|ở} {city}, {triển lãm|trưng bày} {chuyên đề|ảnh} {với|gồm} {hơn|gần} {#150-400:anh} {bức ảnh|hiện vật, tư liệu} {quý|giá trị} {được|đã được} {khai mạc|mở cửa}, {giới thiệu|tái hiện} {lịch sử|quá trình} {hình thành|phát triển} {của|tại} {thành phố|địa phương}.
- <tour> {Theo|Theo số liệu của} {Sở Văn hóa, Thể thao và Du lịch|Sở Du lịch} {city}, {từ đầu năm|sau {#9-10} tháng}, {thành phố|địa phương} {đón|ước đón} {#2-7:trieu} triệu lượt khách {du lịch|tham quan}, {tăng|cao hơn} {#8-25}% {so với cùng kỳ|so với năm trước}; {doanh thu|tổng thu} {từ|ngành} du lịch {đạt|ước đạt} {#10.000-60.000:dt} tỷ đồng.

[bg.culture.body]
- <fest,expo> {Chương trình|Sự kiện} {gồm|có} {nhiều|các} hoạt động {như|gồm} {biểu diễn|trình diễn} {nghệ thuật|ca múa nhạc} {truyền thống|dân tộc}, {trình diễn|hướng dẫn} {nghề thủ công|làm đồ thủ công}, {trò chơi dân gian|không gian ẩm thực}; {nhiều|không ít} {bạn trẻ|du khách nước ngoài} {hào hứng|thích thú} {trải nghiệm|tham gia}.
- <fest,expo> {Điểm nhấn|Nổi bật} {của|tại} {chương trình|sự kiện} {là|có} {không gian|khu} {tái hiện|giới thiệu} {nếp sống|ẩm thực} {xưa|truyền thống}, {cùng|với} {các|những} {tiết mục|màn trình diễn} {do|của} {nghệ sĩ|nghệ nhân} {địa phương|nổi tiếng} {thể hiện|biểu diễn}; {nhiều|các} {gia đình|nhóm bạn} {ở lại|nán lại} {đến|tới} {khuya|tận đêm}.
- <tour> {Khách quốc tế|Khách nước ngoài} {chiếm|chiếm khoảng} {#25-45}% {tổng lượt khách|lượng khách}, {đông nhất|nhiều nhất} {đến từ|là khách} {Hàn Quốc, Trung Quốc|Hàn Quốc, Nhật Bản} và {các nước ASEAN|Ấn Độ}; {công suất|công suất phòng} {khách sạn|lưu trú} {bình quân|trung bình} {đạt|khoảng} {#60-80}%.
- <tour> {Nhiều|Các} {sản phẩm|tour} {du lịch|trải nghiệm} {mới|đêm} {như|gồm} {tour|chương trình} {ẩm thực đường phố|du lịch đêm}, {tham quan|khám phá} {làng nghề|di tích} {được|đã được} {đưa vào khai thác|ra mắt}, {góp phần|giúp} {kéo dài thời gian lưu trú|tăng mức chi tiêu} của du khách.

[bg.midautumn.more]
- {Lực lượng quản lý thị trường|Cơ quan quản lý thị trường} {đã|vừa} {kiểm tra|ra quân kiểm tra} {các|nhiều} {cửa hàng|điểm bán} {bánh trung thu|đồ chơi}, {phát hiện|thu giữ} {hàng nghìn|hơn {#1.000-8.000}} {sản phẩm|chiếc bánh} {không rõ nguồn gốc|không nhãn mác}; {người tiêu dùng|phụ huynh} {được khuyến cáo|nên} {chọn mua|mua} {sản phẩm|hàng} {có nhãn mác|rõ nguồn gốc}.
- {Thị trường|Sức mua} bánh trung thu {năm nay|mùa này} {sôi động|nhộn nhịp} {hơn|hơn năm trước}, {giá|giá bánh} {phổ biến|dao động} {từ|khoảng} {#50.000-80.000} đến {#150.000-300.000} đồng/chiếc; {nhiều|không ít} {cơ sở|tiệm bánh} {truyền thống|lâu năm} {làm|sản xuất} {không kịp|không đủ} {hàng|bán}.

[bg.culture.ctx]
- <fest,expo> {Sự kiện|Chương trình} {nằm trong|thuộc} {chuỗi|chuỗi hoạt động} {văn hóa, du lịch|quảng bá du lịch} {năm 2026|cuối năm} do {thành phố|{city}} {tổ chức|triển khai}, {với|nhằm} {mục tiêu|kỳ vọng} {giới thiệu|tôn vinh} {giá trị|bản sắc} {văn hóa|di sản} {địa phương|truyền thống} {tới|với} {du khách|bạn bè} {trong và ngoài nước|quốc tế}.
- <tour> {^city} {đặt mục tiêu|phấn đấu} {đón|thu hút} {#3-9} triệu lượt khách {trong năm 2026|cả năm}, {trong đó|với} {khách quốc tế|lượng khách quốc tế} {chiếm|khoảng} {#25-40}%; {ngành du lịch|địa phương} {đang|tiếp tục} {đẩy mạnh|tăng cường} {quảng bá|xúc tiến} {tại|ở} {các thị trường|thị trường} {trọng điểm|châu Á}.
- {Sở Văn hóa, Thể thao và Du lịch|Cơ quan quản lý văn hóa} {cho biết|thông tin} {từ nay đến cuối năm|trong quý IV}, {địa phương|thành phố} {còn|sẽ} {tổ chức|có} {#5-15} {sự kiện|hoạt động} {văn hóa, nghệ thuật|văn hóa, thể thao} {lớn|quy mô lớn}, {phần lớn|đa số} {miễn phí|không thu phí} {cho|đối với} người dân.

[bg_midautumn.title]
- {Phố cổ|Phố Hàng Mã} {rực rỡ|lung linh} {sắc màu|đèn lồng} {mùa|dịp} Trung thu
- {Đèn ông sao|Đồ chơi Trung thu truyền thống} {hút khách|lên ngôi} {trở lại|dịp rằm tháng Tám}
- {Rộn ràng|Náo nhiệt} {phố|phố phường} {mùa|đêm} Trung thu {ở|tại} {city}

[bg_midautumn.lead]
- {Những ngày này|Trước Tết Trung thu}, {phố Hàng Mã|khu phố cổ Hà Nội} {lại|tiếp tục} {rộn ràng|nhộn nhịp} {với|bởi} {đèn lồng, đầu lân|sắc màu đồ chơi truyền thống}, {thu hút|kéo} {đông đảo|rất đông} {người dân|gia đình} {và du khách|cùng khách nước ngoài} {đến|tới} {tham quan|chụp ảnh}.
- {Càng gần|Chỉ còn ít ngày nữa là đến} rằm tháng Tám, {các|những} {con phố|tuyến phố} {bán đồ chơi|đồ chơi} Trung thu {ở|tại} {city} {càng|lại} {đông|nhộn nhịp}, {nhiều|không ít} {gia đình|phụ huynh} {đưa|dẫn} con {đi chơi|dạo phố} {mua|chọn} đèn lồng.

[bg.midautumn.body]
- {Bên cạnh|Ngoài} {sản phẩm|đồ chơi} {truyền thống|dân gian} {như|gồm} đèn ông sao, {mặt nạ giấy bồi|tò he}, {đầu lân|trống bỏi}, {nhiều|không ít} {cửa hàng|nghệ nhân} {còn|cũng} {bày bán|giới thiệu} {sản phẩm|phiên bản} {kết hợp|lấy cảm hứng} {với|từ} {hình ảnh|nhân vật} {hiện đại|quen thuộc}; {giá|mức giá} {phổ biến|dao động} {từ|khoảng} {#30.000-80.000} đến {#200.000-500.000} đồng.
- {Nhiều|Các} {trường học|khu dân cư} {tổ chức|chuẩn bị} {đêm hội|chương trình} {trăng rằm|vui Tết Trung thu} {cho|dành cho} {thiếu nhi|các em nhỏ}, {với|có} {mâm cỗ|phá cỗ}, {rước đèn|múa lân} và {quà tặng|phần quà} {cho|dành cho} {trẻ em|các em} {có hoàn cảnh khó khăn|khó khăn}.

[bg.culture.quote]
- {^dan_full} ({dan_tuoi} tuổi), {đưa|cùng} {gia đình|hai con} {đến|tới} {tham quan|chơi}, {nói|chia sẻ}: "{Không khí rất vui, các con được tận mắt thấy những thứ trước giờ chỉ xem trên mạng|Lâu rồi mới có dịp cả nhà cùng đi chơi, chương trình tổ chức chu đáo|Tôi thích nhất khu trình diễn nghề, vừa xem vừa được tự tay làm thử}."
- {Nhiều|Không ít} {du khách|khách tham quan} {nước ngoài|quốc tế} {tỏ ra|đều} {thích thú|ấn tượng} {với|trước} {không gian|nét} {văn hóa|truyền thống} {đặc sắc|riêng có}; {một|nhiều} {du khách|người} {đến từ|từ} {Hàn Quốc|Pháp|Úc} {cho biết|nói} {sẽ|muốn} {quay lại|trở lại} {vào|trong} {dịp|mùa} {lễ hội|tới}.

[bg.culture.more]
- <fest,expo> {Ban tổ chức|Đơn vị tổ chức} cho biết {sự kiện|chương trình} {kéo dài|diễn ra} {đến|tới} {hết|ngày} {#20-30}/{thang}, {vào cửa|mở cửa} {miễn phí|tự do}; {các|nhiều} {hoạt động|tiết mục} {chính|đặc sắc} {diễn ra|được tổ chức} {vào|trong} {các|những} {buổi tối|ngày cuối tuần}.
- {Ngành du lịch|Địa phương} {kỳ vọng|hy vọng} {các|những} {sự kiện|lễ hội} {văn hóa|cuối năm} {sẽ giúp|góp phần} {kéo dài thời gian lưu trú|tăng mức chi tiêu} của du khách, {qua đó|từ đó} {hoàn thành|vượt} {mục tiêu|kế hoạch} {đón khách|du lịch} {năm 2026|cả năm}.
