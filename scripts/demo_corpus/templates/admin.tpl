# Two-level local government after the 2025 reorganisation (34 provincial units, no
# district level). Every article names "hai cấp" or "sắp xếp đơn vị hành chính".

[adm.bg.s1]
- Từ ngày 1/7/2025, cả nước có 34 đơn vị hành chính cấp tỉnh, gồm 28 tỉnh và 6 thành phố trực thuộc Trung ương, {theo|căn cứ} Nghị quyết 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.
- Mô hình chính quyền địa phương hai cấp (cấp tỉnh và cấp xã) {chính thức|bắt đầu} vận hành từ 1/7/2025 theo Luật Tổ chức chính quyền địa phương 2025; cấp huyện {chấm dứt hoạt động|không còn}, cả nước có 3.321 đơn vị hành chính cấp xã.
- {Sau|Qua} {hơn một năm|15 tháng} {vận hành|thực hiện} chính quyền địa phương hai cấp, {phần lớn|hầu hết} {nhiệm vụ|thẩm quyền} {trước đây|vốn} {của cấp huyện|do cấp huyện đảm nhiệm} {đã được|được} {chuyển|phân cấp} {về|cho} cấp xã {hoặc|và} cấp tỉnh.

[adm.bg.s2]
- {Theo|Theo báo cáo của} Bộ Nội vụ, {các|cơ quan} {địa phương|tỉnh, thành} đã {bố trí|sắp xếp} {cơ bản|gần như} đủ cán bộ, công chức cho {chính quyền cấp xã|các xã, phường mới}; {số|lượng} cán bộ {dôi dư|nghỉ việc} {được|đã được} {giải quyết|hưởng} chính sách theo Nghị định 178/2024/NĐ-CP.
- {Mỗi|Tất cả} xã, phường, đặc khu {đều có|đã thành lập} Trung tâm Phục vụ hành chính công, {tiếp nhận|giải quyết} {phần lớn|hầu hết} thủ tục {liên quan|gắn} {trực tiếp|với} đời sống người dân {như|gồm} hộ tịch, chứng thực, đất đai.
- Người dân {không bắt buộc|không phải} {đổi|làm lại} {giấy tờ|các loại giấy tờ} {đã cấp|còn hạn} {chỉ vì|do} {thay đổi|sắp xếp} {địa giới|đơn vị hành chính}; {việc|thông tin} {điều chỉnh|cập nhật} {địa chỉ|nơi cư trú} {được|do} {cơ quan chức năng|cơ quan nhà nước} {tự|chủ động} {thực hiện|xử lý} {trên|vào} {cơ sở dữ liệu|hệ thống}.

[adm.bg]
- {@adm.bg.s1} {@adm.bg.s2}
- {@adm.bg.s2} {@adm.bg.s1}
- {@adm.bg.s1}

[adm.off]
- {off_vu_cq_bnv},
- {snv_off}
- Chủ tịch UBND xã {xa}
- Thứ trưởng Bộ Nội vụ

[adm.quote_off]
- {^@adm.off} cho biết: "{@adm.say}."
- "{@adm.say}", {@adm.off} {nói|nhấn mạnh}.

[adm.say]
- Chính quyền gần dân hơn không phải chỉ ở khoảng cách địa lý mà ở chỗ người dân đến một nơi là giải quyết được việc, không phải chờ chuyển lên cấp trên
- Giai đoạn đầu có lúng túng là điều khó tránh khỏi. Chúng tôi tập trung bồi dưỡng cán bộ cấp xã, nhất là về đất đai, xây dựng, tài chính
- Địa phương nào còn thiếu công chức chuyên môn thì tỉnh sẽ điều động, biệt phái, không để việc của dân bị ách tắc
- Mục tiêu là bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả và người dân, doanh nghiệp là trung tâm phục vụ

[adm.close]
- {Người dân|Mọi người} {có thể|được} {phản ánh|gửi phản ánh} {về|các vướng mắc về} {thủ tục|giải quyết hồ sơ} {qua|tới} đường dây nóng của UBND {prov_full}.
- {^prov_full} {cho biết|cam kết} sẽ {tiếp tục|định kỳ} {lấy ý kiến|khảo sát} {người dân|sự hài lòng của người dân} {về|đối với} {hoạt động|chất lượng phục vụ} của chính quyền cấp xã.

# ---------------------------------------------------------------- reviews
[adm_review.title]
- <prov> {^prov} {đánh giá|sơ kết} {hơn một năm|15 tháng} vận hành chính quyền địa phương hai cấp
- <bnv> Bộ Nội vụ: {Mô hình|Chính quyền địa phương} hai cấp {vận hành|hoạt động} {thông suốt|ổn định}
- <prov> Chính quyền hai cấp {tại|ở} {prov}: {những việc đã làm|kết quả và vướng mắc}
- <prov> {Rà soát|Đánh giá} {năng lực|đội ngũ} cán bộ cấp xã sau sắp xếp đơn vị hành chính {tại|ở} {prov}
- <bnv> {Hoàn thiện|Điều chỉnh} {phân cấp|phân quyền} cho chính quyền cấp xã {trong|theo} mô hình hai cấp

[adm_review.lead]
- <prov> {^luc}, UBND {prov_full} {tổ chức|có} {hội nghị|buổi} {đánh giá|sơ kết} {hơn một năm|15 tháng} {thực hiện|vận hành} chính quyền địa phương hai cấp; {#95-99:dh}% hồ sơ {thủ tục hành chính|của người dân} {tại|ở} cấp xã {được|đã được} giải quyết đúng hạn.
- <bnv> {^luc}, Bộ Nội vụ {có|gửi} báo cáo {Chính phủ|Thủ tướng Chính phủ} về {tình hình|kết quả} {vận hành|hoạt động} {chính quyền địa phương|của chính quyền} hai cấp {tại|ở} 34 tỉnh, thành phố {sau|sau hơn} {một năm|15 tháng}.
- <prov> {Sau|Qua} {hơn một năm|15 tháng} {thực hiện|triển khai} {sắp xếp đơn vị hành chính|mô hình chính quyền hai cấp}, {prov_full} {đã|cơ bản} {ổn định|kiện toàn} {tổ chức bộ máy|bộ máy} {của|tại} {#60-130} xã, phường {mới|sau sáp nhập}.

[adm.rev.body]
- {Theo báo cáo|Báo cáo cho thấy}, {chính quyền cấp xã|các xã, phường} {đã|cơ bản} {tiếp nhận|đảm nhận} {hơn|khoảng} {#900-1.100} nhiệm vụ {chuyển từ|trước đây của} cấp huyện; {thời gian|thời hạn} giải quyết {các|nhiều} thủ tục {đất đai|hộ tịch} {giảm|được rút ngắn} {#20-40}% {so với trước|so với mô hình ba cấp}. {Tuy nhiên|Bên cạnh đó}, {một số|nhiều} xã {vẫn|còn} {thiếu|chưa đủ} {công chức|cán bộ} {có chuyên môn|chuyên sâu} {về|trong lĩnh vực} {đất đai, xây dựng|tài chính, kế toán}.
- {Tổng|Toàn tỉnh} {có|đã} {#2.000-9.000} cán bộ, công chức {cấp xã|các xã, phường} {được|đã được} {bồi dưỡng|tập huấn} {nghiệp vụ|kỹ năng}; {#200-900} {người|trường hợp} {nghỉ việc|nghỉ hưu trước tuổi} {theo|hưởng} chính sách {tinh giản|theo Nghị định 178/2024/NĐ-CP}, {hầu hết|phần lớn} đã được chi trả chế độ đầy đủ.
- {Cơ sở vật chất|Trụ sở} {của|tại} {nhiều|một số} xã {mới|sau sắp xếp} {còn|vẫn} {chật hẹp|thiếu}, {phải|đang} {sử dụng|tận dụng} {trụ sở cũ|trụ sở của xã cũ} {làm|như} {điểm tiếp nhận|điểm phục vụ}; {tỉnh|địa phương} {dự kiến bố trí|đã bố trí} {#100-600} tỷ đồng {để|nhằm} {sửa chữa|cải tạo} {trụ sở|các trụ sở} {trong|đến hết} năm 2027.

[adm.rev.more]
- {Hội nghị|Báo cáo} {cũng|đồng thời} {chỉ ra|nêu} {một số|những} {tồn tại|hạn chế}: {phần mềm|hệ thống} quản lý {văn bản|hồ sơ} {chưa|còn chưa} {đồng bộ|liên thông}; {một số|nhiều} {quy định|văn bản hướng dẫn} {về|liên quan} {phân cấp|thẩm quyền cấp xã} {chậm|còn chậm} {ban hành|sửa đổi}; {người dân|doanh nghiệp} {ở|tại} {vùng xa|khu vực xa trung tâm} {phải|còn phải} {đi lại|di chuyển} {xa hơn|nhiều hơn}.
- {Bộ Nội vụ|Địa phương} {kiến nghị|đề xuất} {tiếp tục|sớm} {rà soát|sửa đổi} {các|những} {nghị định|văn bản} {về|quy định} {phân cấp|vị trí việc làm} {cho|đối với} cấp xã, {bổ sung|điều chỉnh} {biên chế|định mức biên chế} {phù hợp|tương ứng} {với|theo} {quy mô dân số|khối lượng công việc}.

# ---------------------------------------------------------------- procedures
[adm_procedure.title]
- <docs> {Sau|Khi} sắp xếp đơn vị hành chính, {có phải|có cần} {đổi|làm lại} {căn cước|sổ đỏ|giấy phép kinh doanh}?
- <docs> {Hướng dẫn|Cách} {ghi|cập nhật} địa chỉ {theo|sau} {địa giới|đơn vị hành chính} mới {trong|ở} chính quyền hai cấp
- <list> {^prov} {công bố|ban hành} {danh mục|bộ} thủ tục {giải quyết|thuộc thẩm quyền} {tại|của} cấp xã {sau sắp xếp đơn vị hành chính|trong mô hình hai cấp}
- <where> {Chính quyền hai cấp|Sắp xếp đơn vị hành chính}: {người dân|doanh nghiệp} {làm thủ tục|nộp hồ sơ} {ở đâu|tại đâu}?
- <where> {Thay đổi|Điều chỉnh} {con dấu|trụ sở} {các|nhiều} xã, phường {prov} {sau|theo} sắp xếp đơn vị hành chính

[adm_procedure.lead]
- <docs> {Nhiều|Không ít} {bạn đọc|người dân} {hỏi|thắc mắc}: {sau khi|khi} sắp xếp đơn vị hành chính {và|cùng với} {thực hiện|vận hành} chính quyền địa phương hai cấp, {có phải|có bắt buộc} {đổi|làm lại} {các|những} giấy tờ {đã cấp|như căn cước, giấy chứng nhận quyền sử dụng đất}? {Cơ quan chức năng|Bộ Nội vụ} {giải đáp|có hướng dẫn} {như sau|cụ thể}.
- <list> {^luc}, UBND {prov_full} {ban hành|công bố} {quyết định|danh mục} {gồm|với} {#300-700} thủ tục {hành chính|} {thuộc thẩm quyền|giao cho} {cấp xã|chính quyền cấp xã} {trong|theo} mô hình {chính quyền|chính quyền địa phương} hai cấp, {áp dụng|có hiệu lực} {từ|kể từ} {ngày {ngay}|đầu tháng {thang}}.
- <where> {Để|Nhằm} {thuận lợi|tạo thuận lợi} cho người dân {sau|khi} sắp xếp đơn vị hành chính, {prov_full} {công bố|niêm yết} {địa chỉ|danh sách} {#60-130} Trung tâm Phục vụ hành chính công {cấp xã|xã, phường} {cùng|kèm} {các|những} {điểm|điểm tiếp nhận} {phụ|vệ tinh} {tại|ở} {trụ sở cũ|các xã cũ}.

[adm.proc.body]
- {Theo|Theo hướng dẫn của} {Bộ Nội vụ|cơ quan chức năng}, {các|những} giấy tờ {đã cấp|đã được cấp} {trước|trước khi} sắp xếp {vẫn|tiếp tục} {có giá trị|có hiệu lực} {sử dụng|pháp lý} {đến khi hết hạn|cho đến khi hết hạn}; {người dân|công dân} {chỉ|chỉ cần} {cập nhật|điều chỉnh} {khi|lúc} {có nhu cầu|làm thủ tục khác} {và|mà} không phải nộp lệ phí.
- {Khi|Lúc} {ghi|khai} địa chỉ {trong|trên} {hồ sơ|giấy tờ} {mới|từ nay}, {người dân|mọi người} {ghi|viết} {theo|theo thứ tự} {số nhà, thôn hoặc tổ dân phố|tên đường, tổ dân phố}, {xã hoặc phường|tên xã, phường mới}, {tỉnh hoặc thành phố|tên tỉnh, thành phố}; {không|không còn} {ghi|phần} {cấp huyện|tên huyện, quận} {như trước|như trước đây}.
- {Các|Những} thủ tục {như|gồm} đăng ký {khai sinh|hộ tịch}, {chứng thực|sao y}, cấp giấy chứng nhận quyền sử dụng đất {lần đầu|cho hộ gia đình, cá nhân} {được|đều được} {giải quyết|thực hiện} {tại|ở} {Trung tâm Phục vụ hành chính công cấp xã|cấp xã}; {người dân|người nộp} {có thể|được} {nộp|gửi} hồ sơ {tại|ở} {bất kỳ|bất cứ} {điểm tiếp nhận|trung tâm} {nào|nào trong tỉnh} {không phụ thuộc|không kể} {nơi cư trú|địa giới}.

[adm.proc.more]
- {Với|Đối với} doanh nghiệp, {việc|thông tin} {thay đổi|điều chỉnh} địa chỉ {trụ sở|đăng ký} {do|vì} sắp xếp {địa giới|đơn vị hành chính} {không bắt buộc|không cần} {làm thủ tục|đăng ký thay đổi} {ngay|ngay lập tức}; {doanh nghiệp|đơn vị} {cập nhật|điều chỉnh} {khi|lúc} {có|thực hiện} {thay đổi|thủ tục} {khác|đăng ký khác}.
- {Người dân|Mọi người} {có thể|nên} {tra cứu|kiểm tra} {tên|danh sách} {xã, phường mới|đơn vị hành chính mới} {và|cùng} {địa chỉ|vị trí} {trụ sở|trung tâm phục vụ} {trên|tại} {cổng thông tin|trang thông tin} {của|UBND} {prov_full} {trước khi|trước lúc} {đi làm thủ tục|đến nộp hồ sơ}.

# ---------------------------------------------------------------- teething problems
[adm_teething.title]
- <far> {Xã mới|Xã sau sáp nhập} {rộng|quá rộng}, {người dân|bà con} {đi|phải đi} {#20-45:km} km {để|mới} làm thủ tục
- <staff> {Cán bộ cấp xã|Công chức xã} {quá tải|ôm việc} {sau|trong} {hơn một năm|15 tháng} {vận hành|thực hiện} chính quyền hai cấp
- <backlog> {Hồ sơ đất đai|Hồ sơ} {ùn ứ|tồn đọng} {ở|tại} {một số|nhiều} xã {sau|khi} sắp xếp đơn vị hành chính
- <staff,backlog> {Chính quyền hai cấp|Mô hình hai cấp} {tại|ở} {prov}: {thiếu|vắng} {cán bộ|công chức} {địa chính|chuyên môn}, {dân|người dân} {chờ|đợi} {dài cổ|mòn mỏi}
- <backlog> {Phần mềm|Hệ thống} {"đứng"|chập chờn}, {hồ sơ|thủ tục} {xã|cấp xã} {chậm|trễ hẹn} {sau|khi} sắp xếp đơn vị hành chính

[adm_teething.lead]
- <far> {^luc}, {nhiều|không ít} người dân {ở|tại} {các thôn|vùng} {xa|xa trung tâm} {của|thuộc} xã {xa} ({prov}) {phản ánh|than phiền} {phải|lại phải} đi {#20-45:km} km {đến|tới} trụ sở {xã mới|UBND xã} {để|mới} {làm|giải quyết} {thủ tục|giấy tờ}, {từ khi|kể từ khi} {xã|ba xã cũ} {được|bị} {sáp nhập|hợp nhất} {theo|trong đợt} sắp xếp đơn vị hành chính.
- <backlog> {Hơn một năm|15 tháng} {sau khi|kể từ khi} {vận hành|thực hiện} chính quyền địa phương hai cấp, {nhiều|một số} xã {ở|tại} {prov_full} {vẫn|còn} {tồn đọng|ùn ứ} {hàng trăm|hàng nghìn} hồ sơ {đất đai|cấp giấy chứng nhận quyền sử dụng đất}, {người dân|bà con} {chờ|đợi} {#3-8} tháng {chưa|vẫn chưa} {có|nhận được} {kết quả|sổ}.
- <staff> {Cán bộ|Công chức} {nhiều|một số} xã, phường {ở|tại} {prov_full} {cho biết|thừa nhận} {đang|phải} {làm|ôm} {khối lượng|lượng} công việc gấp {#2-3} lần so với trước khi {sắp xếp đơn vị hành chính|thực hiện chính quyền hai cấp}, {thường xuyên|nhiều hôm} {làm|phải làm} {đến tối|thêm giờ} {mà|nhưng} vẫn {không kịp|chưa kịp} {giải quyết|xử lý} {hết|đúng hạn} hồ sơ.

[adm.teeth.body]
- {Theo|Theo phản ánh của} {người dân|bà con}, {trước đây|trước kia} {trụ sở|UBND} {xã cũ|xã} chỉ cách {#2-5} km, {nay|bây giờ} {phải|lại phải} {đi|đi xe} {qua|vượt} {đèo|đường đồi|đường liên xã} {gần|mất} {#1-2} giờ; {người già|người cao tuổi}, {người khuyết tật|bà con không có xe} {gặp|càng gặp} {nhiều|rất nhiều} khó khăn.
- {Tại|Ở} {Trung tâm Phục vụ hành chính công|bộ phận một cửa} {của|tại} {một số|nhiều} xã, {chỉ có|chỉ có {#1-2}} công chức địa chính {phụ trách|đảm nhận} {hồ sơ|toàn bộ hồ sơ} đất đai {của|cho} {#20.000-60.000} dân; {phần mềm|hệ thống} {quản lý|cơ sở dữ liệu} đất đai {cũ|của huyện cũ} {chưa|vẫn chưa} {được|kịp} {chuyển giao|kết nối} {đầy đủ|trọn vẹn}.
- {Một số|Nhiều} {cán bộ|công chức} {có kinh nghiệm|lâu năm} {đã|đã xin} {nghỉ|nghỉ hưu trước tuổi} {theo|hưởng} chính sách {tinh giản|theo Nghị định 178/2024/NĐ-CP}, {người|cán bộ} {mới|được điều động} {chưa|còn chưa} {quen|nắm} {địa bàn|việc}; {hồ sơ|tài liệu} {lưu trữ|lưu} {của|tại} {huyện cũ|các xã cũ} {chưa|vẫn chưa} {được|kịp} {bàn giao|số hóa} {đầy đủ|hết}.

[adm.quote_dan]
- "{Ngày trước ra xã chỉ mười phút, giờ đi cả buổi, có hôm đến nơi cán bộ lại bảo thiếu giấy tờ, hẹn hôm khác|Hồ sơ xin cấp sổ đỏ nộp từ tháng 3, đến nay hỏi lần nào cũng bảo đang chờ bàn giao dữ liệu từ huyện cũ|Tôi không trách cán bộ, họ cũng vất vả, nhưng phải có cách để dân đỡ đi lại}", {dan_full} ({dan_tuoi} tuổi) {nói|chia sẻ|than}.
- {^dan_full} {kể|cho biết}: "{Tôi phải xin nghỉ làm hai buổi mới chứng thực xong mấy giấy tờ cho con|Đường từ thôn tôi ra trung tâm xã mới toàn dốc, mưa xuống là không đi được|Cán bộ xã mới nhiệt tình nhưng ít người quá, ngày nào cũng đông}."

[adm.teeth.more]
- {Trao đổi với phóng viên|Trả lời báo chí}, {lãnh đạo|Chủ tịch} UBND xã {xa} thừa nhận {những|các} {khó khăn|bất cập} nêu trên và cho biết xã {đã|đang} {bố trí|mở} {#2-4} điểm tiếp nhận hồ sơ {tại|ở} {trụ sở|các trụ sở} {xã cũ|cũ} {vào|trong} {các ngày|một số ngày} {trong tuần|cố định}, {đồng thời|và} {kiến nghị|đề nghị} {tỉnh|cấp trên} {bổ sung|điều động thêm} {công chức|cán bộ} {chuyên môn|địa chính}.
- {Sở Nội vụ|UBND} {prov_full} cho biết {đang|sẽ} {rà soát|khảo sát} {khối lượng|tình hình} công việc {của|tại} {từng|các} xã {để|nhằm} {điều chỉnh|bổ sung} biên chế, {điều động|biệt phái} {#50-300} {công chức|cán bộ} {từ|ở} {sở, ngành|cấp tỉnh} {về|xuống} {cơ sở|các xã còn thiếu} {trong quý IV|trước cuối năm}.

# ---------------------------------------------------------------- successes
[adm_success.title]
- <rate> {^prov}: {#95-99:dh}% hồ sơ {cấp xã|tại cấp xã} {giải quyết|được giải quyết} đúng hạn {sau|từ khi} {sắp xếp đơn vị hành chính|có chính quyền hai cấp}
- {Chính quyền hai cấp|Mô hình hai cấp}: {người dân|bà con} {prov} {làm thủ tục|giải quyết việc} {nhanh hơn|thuận tiện hơn}
- <xa> {Xã|Phường} {xa} {vận hành|hoạt động} {hiệu quả|nền nếp} {trong|với} mô hình chính quyền hai cấp
- <save> {Tinh gọn|Sắp xếp} bộ máy {theo|trong} mô hình hai cấp {giúp|giúp} {prov} tiết kiệm {#200-900:tk} tỷ đồng
- <xa> {Mô hình|Sáng kiến} "{cán bộ đến tận nhà|một lần đến, xong việc}" {ở|tại} {xã|phường} {xa} {sau|khi} sắp xếp đơn vị hành chính

[adm_success.lead]
- <rate> {^luc}, UBND {prov_full} cho biết {sau|sau hơn} {một năm|15 tháng} {vận hành|thực hiện} chính quyền địa phương hai cấp, {#95-99:dh}% hồ sơ {thủ tục hành chính|của người dân} {tại|ở} cấp xã {được|đã được} giải quyết {đúng hạn|trước hạn}, chỉ số hài lòng {đạt|lên} {#90-97}%.
- <xa> {Sau|Sau hơn} {một năm|15 tháng} {thực hiện|triển khai} {sắp xếp đơn vị hành chính|mô hình chính quyền hai cấp}, {xã|phường} {xa} ({prov}) {được|đã được} {đánh giá|ghi nhận} là một trong những {địa phương|đơn vị} {vận hành|hoạt động} {hiệu quả|nền nếp} nhất {của tỉnh|toàn tỉnh}.
- <save> Việc {tinh gọn|sắp xếp} bộ máy {theo|trong} mô hình chính quyền hai cấp {đã|bước đầu} {giúp|giúp} {prov_full} {giảm|tinh giản} {#800-3.000} {biên chế|đầu mối, vị trí}, {tiết kiệm|cắt giảm} {#200-900:tk} tỷ đồng {chi thường xuyên|ngân sách} {mỗi năm|trong năm}.

[adm.succ.body]
- {Tại|Ở} Trung tâm Phục vụ hành chính công {của|tại} {xã|phường} {xa}, {người dân|bà con} {được|có} {cán bộ|tình nguyện viên} {hướng dẫn|đón tiếp} {ngay|từ} {cửa|lúc vào}, {hồ sơ|thủ tục} {đơn giản|như chứng thực, hộ tịch} {được|sẽ được} {giải quyết|trả kết quả} {trong ngày|ngay trong ngày}; {xã|đơn vị} {còn|cũng} {tổ chức|lập} {tổ|nhóm} {lưu động|cán bộ} {đến|xuống} {thôn|từng thôn} {phục vụ|hỗ trợ} người cao tuổi.
- {Số|Lượng} {hồ sơ|thủ tục} {tiếp nhận|giải quyết} {tại|ở} cấp xã {tăng|gấp} {#2-4} lần so với trước khi sắp xếp, {nhưng|song} {tỷ lệ|số} {hồ sơ|thủ tục} {trễ hạn|quá hạn} {chỉ|chỉ còn} {#0.2-1.5}%; {nhiều|một số} {thủ tục|việc} {trước đây|trước kia} {phải|phải lên} {huyện|cấp huyện} {nay|giờ} {giải quyết|làm} {ngay|luôn} {tại xã|ở xã}.
- {Nguồn|Khoản} {kinh phí|ngân sách} {tiết kiệm|dôi ra} {từ|nhờ} {tinh gọn bộ máy|sắp xếp bộ máy} {được|đã được} {dành|ưu tiên} {đầu tư|cho} {trường học|trạm y tế}, {đường giao thông nông thôn|hạ tầng số} {và|cùng} {chi an sinh xã hội|hỗ trợ người có hoàn cảnh khó khăn}.

[adm.succ.more]
- {^dan_full} ({dan_tuoi} tuổi, {xa}) {cho biết|chia sẻ}: "{Trước muốn làm giấy tờ đất phải lên huyện mấy lần, giờ nộp ở xã, cán bộ hẹn đúng ngày là có|Cán bộ xã giờ làm việc chuyên nghiệp hơn, có người hướng dẫn tận tình|Tôi đi chứng thực chưa đến mười lăm phút là xong}."
- {Mô hình|Cách làm} {của|tại} {xã|phường} {xa} {được tỉnh đề xuất nhân rộng|sẽ được nhân rộng} ra {các|những} xã, phường {khác|còn lại} {trên địa bàn|trong tỉnh} {từ quý IV/2026|trong năm 2027}.
