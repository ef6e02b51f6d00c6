"""Policy areas from topics, agencies, legal references and key terms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from toancanh.analyze.document import Document, make_document
from toancanh.analyze.policy_areas import (
    area_info,
    area_scores,
    policy_areas,
    policy_lexicon,
)
from toancanh.analyze.topics import load_topic_model
from toancanh.analyze.types import AgencyMention, LegalRef, PolicyArea, TopicScore

MINISTRIES = {
    "education": "Bộ Giáo dục và Đào tạo",
    "health": "Bộ Y tế",
    "home_affairs_labour": "Bộ Nội vụ",
    "finance": "Bộ Tài chính",
    "construction_transport": "Bộ Xây dựng",
    "agriculture_environment": "Bộ Nông nghiệp và Môi trường",
    "science_technology_digital": "Bộ Khoa học và Công nghệ",
    "culture_sports_tourism_press": "Bộ Văn hóa, Thể thao và Du lịch",
    "justice": "Bộ Tư pháp",
    "security": "Bộ Công an",
    "defence": "Bộ Quốc phòng",
    "foreign_affairs": "Bộ Ngoại giao",
    "industry_trade": "Bộ Công Thương",
    "ethnic_religious_affairs": "Bộ Dân tộc và Tôn giáo",
    "banking": "Ngân hàng Nhà nước Việt Nam",
}


def agency(mention: str, name: str, current: str | None = None) -> AgencyMention:
    return AgencyMention(mention, name, current or name)


def labels(areas: tuple[PolicyArea, ...]) -> list[str]:
    return [a.label for a in areas]


def areas_of(
    title: str, body: str, agencies: tuple[AgencyMention, ...] = (), refs: tuple[LegalRef, ...] = ()
) -> tuple[PolicyArea, ...]:
    """The whole evidence path: the shipped topic model, then the given mentions."""
    doc = make_document(body, title)
    return policy_areas(doc, load_topic_model().predict(doc), agencies, refs)


def test_the_15_areas_and_their_current_ministries() -> None:
    lexicon = policy_lexicon()
    assert {label: info.ministry for label, info in lexicon.areas.items()} == MINISTRIES
    assert area_info("banking").name_vi == "Tiền tệ, ngân hàng"
    assert abs(sum(lexicon.weights.values()) - 1.0) < 1e-9


def test_every_mapped_topic_is_a_label_of_the_shipped_model() -> None:
    assert set(policy_lexicon().topics) == set(load_topic_model().labels)


def test_tuition_fees_are_education() -> None:
    areas = areas_of(
        "Miễn học phí cho học sinh công lập từ năm học 2025-2026",
        "Quốc hội thông qua nghị quyết miễn học phí cho trẻ mầm non và học sinh phổ thông "
        "công lập. Bộ Giáo dục và Đào tạo cho biết hơn 23 triệu học sinh được hưởng chính "
        "sách; các trường không thu học phí từ tháng 9.",
        agencies=(agency("Bộ GD&ĐT", "Bộ Giáo dục và Đào tạo"),),
        refs=(
            LegalRef("Thông tư 29/2024/TT-BGDĐT", "Thông tư", "29/2024/TT-BGDĐT", "BGDĐT", 2024),
        ),
    )
    assert areas[0] == PolicyArea("education", "Bộ Giáo dục và Đào tạo", areas[0].score)
    assert areas[0].score > 0.6


def test_traffic_fine_cameras_are_security_and_transport() -> None:
    areas = areas_of(
        "Phạt nguội qua camera: hơn 3.000 xe vi phạm giao thông trong một tuần",
        "Phòng Cảnh sát giao thông Công an TP Hà Nội cho biết hệ thống camera giám sát ghi "
        "nhận hơn 3.000 trường hợp vi phạm giao thông như vượt đèn đỏ, đi sai làn. Theo Nghị "
        "định 168/2024/NĐ-CP, chủ phương tiện sẽ nhận thông báo phạt nguội.",
        agencies=(agency("Công an TP Hà Nội", "Công an Thành phố Hà Nội"),),
        refs=(LegalRef("Nghị định 168/2024/NĐ-CP", "Nghị định", "168/2024/NĐ-CP", "CP", 2024),),
    )
    assert labels(areas)[0] == "security"
    assert areas[0].ministry == "Bộ Công an"
    assert "construction_transport" in labels(areas)


def test_social_insurance_is_home_affairs_and_labour() -> None:
    areas = areas_of(
        "Người lao động rút bảo hiểm xã hội một lần tăng mạnh",
        "Theo Bảo hiểm xã hội Việt Nam, sáu tháng đầu năm có hơn 400.000 người lao động hưởng "
        "BHXH một lần. Luật Bảo hiểm xã hội 2024 có hiệu lực từ 1/7/2025 nhằm giúp người lao "
        "động có lương hưu khi về già.",
        agencies=(agency("BHXH Việt Nam", "Bảo hiểm xã hội Việt Nam"),),
        refs=(LegalRef("Luật Bảo hiểm xã hội", "Luật", "41/2024/QH15", "QH15", 2024),),
    )
    assert areas[0] == PolicyArea("home_affairs_labour", "Bộ Nội vụ", areas[0].score)


def test_vneid_is_security_and_digital_transformation() -> None:
    areas = areas_of(
        "Hơn 60 triệu tài khoản định danh điện tử VNeID được kích hoạt",
        "Bộ Công an cho biết đã cấp hơn 60 triệu tài khoản định danh điện tử. Ứng dụng VNeID "
        "tích hợp căn cước, giấy phép lái xe, phục vụ chuyển đổi số quốc gia và dịch vụ công "
        "trực tuyến theo Đề án 06.",
        agencies=(agency("Bộ Công an", "Bộ Công an"),),
    )
    assert labels(areas)[:2] == ["security", "science_technology_digital"]


def test_an_old_ministry_counts_through_its_successor() -> None:
    doc = make_document("Thông tin mới về thủ tục hành chính.")
    tttt = agency("Bộ TT&TT", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ")
    assert labels(policy_areas(doc, (), (tttt,), ())) == ["science_technology_digital"]


def test_each_kind_of_evidence_alone_points_to_its_area() -> None:
    doc = make_document("Thông báo của cơ quan chức năng.")
    health = (TopicScore("suc khoe", 0.95),)
    assert labels(policy_areas(doc, health, (), ())) == ["health"]
    local = agency("Sở Y tế Hà Nội", "Sở Y tế Thành phố Hà Nội")
    assert labels(policy_areas(doc, (), (local,), ())) == ["health"]
    joint = LegalRef("", "Thông tư liên tịch", "14/2015/TTLT-BTNMT-BNV", "BTNMT-BNV", 2015)
    found = labels(policy_areas(doc, (), (), (joint,)))
    assert sorted(found) == ["agriculture_environment", "home_affairs_labour"]
    bank = LegalRef("", "Thông tư", "02/2023/TT-NHNN", "NHNN", 2023)
    assert labels(policy_areas(doc, (), (), (bank,))) == ["banking"]
    government = LegalRef("", "Nghị định", "15/2020/NĐ-CP", "CP", 2020)
    assert policy_areas(doc, (), (), (government,)) == ()  # the Government covers every area


def test_a_police_term_does_not_also_count_as_its_inner_transport_word() -> None:
    doc = make_document("Cảnh sát giao thông kiểm tra nồng độ cồn.")
    scores = area_scores(doc, (), (), ())
    assert "construction_transport" not in scores
    assert scores["security"]["terms"] > 0


def test_more_evidence_scores_higher() -> None:
    body = "Bệnh viện tiếp nhận bệnh nhân sốt xuất huyết."
    doc = make_document(body)
    terms_only = policy_areas(doc, (), (), ())
    with_agency = policy_areas(doc, (), (agency("Bộ Y tế", "Bộ Y tế"),), ())
    assert terms_only[0].label == with_agency[0].label == "health"
    assert with_agency[0].score > terms_only[0].score


def test_no_policy_subject_gives_no_area() -> None:
    for text in ("", "🙂🎉", "The quick brown fox jumps over the lazy dog.", "Hôm nay trời đẹp."):
        assert policy_areas(make_document(text), (), (), ()) == ()


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=400), st.lists(st.sampled_from(sorted(MINISTRIES.values())), max_size=4))
def test_any_input_gives_at_most_three_sorted_areas(text: str, bodies: list[str]) -> None:
    doc = Document(text, tuple(text.split()), ())
    agencies = tuple(agency(b, b) for b in bodies)
    areas = policy_areas(doc, (TopicScore("tai chinh", 0.5),), agencies, ())
    assert len(areas) <= 3
    assert [a.score for a in areas] == sorted((a.score for a in areas), reverse=True)
    assert all(0.0 <= a.score <= 1.0 and a.ministry == MINISTRIES[a.label] for a in areas)
