"""Is this text Vietnamese? A fast heuristic, no model.

Three kinds of evidence, cheapest first:

1. Letters only Vietnamese writes (ă đ ơ ư ạ ả ấ ... ỹ): a text where they are frequent
   is Vietnamese (Romanian shares ă alone, hence "several different ones").
2. For text typed without diacritics: very common Vietnamese syllables, and the shape of
   the words. Every Vietnamese word is one syllable (onset, one to three vowels, an
   optional final c/ch/m/n/ng/nh/p/t); about half the words of English or French text
   ("of", "and", "les", "with") cannot be one.
3. Stopwords of English and of a few other Latin-script languages.

Only the first ``SAMPLE_CHARS`` characters are read: enough to decide, and fast
(well under 0.2 ms per text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

LanguageCode = Literal["vi", "en", "other", "unknown"]
SAMPLE_CHARS = 1200
_MAX_WORDS = 150  # for the word-by-word checks, the slower part

_VI_ONLY_LETTERS = "ăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
_VI_ONLY = re.compile(f"[{_VI_ONLY_LETTERS}]")
_WORD = re.compile(r"[^\W\d_]+")
# An ASCII word that cannot be one Vietnamese syllable written without diacritics.
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])"
_NOT_SYLLABLE = re.compile(rf"\b(?!{_ONSET}?[aeiouy]{{1,3}}(?:ch|nh|ng|[cmnpt])?\b)[a-z]+\b")
_LATIN_LETTER = re.compile(r"[a-zß-ÿĀ-ɏḀ-ỿ]")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Very common Vietnamese words, with diacritics (NFC) and without (as typed on phones).
_VI_WORDS = _words(
    """của và các là được những có không trong này cho với người đã một để theo về khi
    từ đến năm tại ra cũng sẽ nhiều như nhà đó hơn phải làm đang việc nước chính phủ công
    tác nhân dân quốc gia thành phố tỉnh huyện xã đồng thời bộ trưởng thủ tướng hội nghị
    quyết định luật ban hành kinh tế phát triển quản lý chỉ đạo thực hiện"""
)
_VI_PLAIN = _words(
    """cua va cac la duoc nhung co khong trong nay cho voi nguoi da mot de theo ve khi tu
    den nam tai ra cung se nhieu nhu nha hon phai lam dang viec nuoc chinh phu cong tac
    nhan dan quoc gia thanh pho tinh huyen xa dong thoi bo truong thu tuong hoi nghi quyet
    dinh luat ban hanh kinh te phat trien quan ly chi dao thuc hien chuong trinh ke hoach
    du an dau ngan sach tien ty trieu doanh nghiep san xuat dich vu giao duc benh vien
    thong tin bao truyen van huong dan tiep tuc tang giam muc bien phap giai yeu cau kien
    dai bieu uy dia phuong trung uong tren duoi sau truoc ngay thang gio tuan hien hom qua
    toi sang chieu rat lai vao len xuong nhat cao thap lon nho moi cu tot biet thay noi
    viet doc hoc song duong nguyen tran pham hoang huynh phan vo bui ngo thi vi ma nen
    neu con minh chung ho ong ba anh chi em ai gi sao nao luc dieu tra xu sach nang kha
    dung mai"""
)
_EN_STOP = _words(
    """the of and to in is that for it on was with as be by are this from have has an or
    not which were will their its been more they said would but also can who at we he she
    his her you our there about after into than other new all when what had out up if so
    no these those over such only most some any should could may"""
)
# French, Spanish, Portuguese, German, Indonesian: enough to say "not English either".
_OTHER_STOP = _words(
    """le les des et est une du que qui dans pour pas sur au avec il elle sont mais ou
    plus par el los las del y es por para su como pero una os uma com ao dos das em nao
    der die das und ist nicht mit sich auch auf von zu den dem ein eine yang ini itu
    dengan untuk dari pada tidak akan juga ada"""
)


@dataclass(frozen=True)
class LanguageGuess:
    code: LanguageCode
    confidence: float  # 0..1, a rough score, not a probability


def is_vietnamese(text: str) -> bool:
    """True when ``text`` is (probably) Vietnamese, with or without diacritics."""
    return detect_language(text).code == "vi"


def detect_language(text: str) -> LanguageGuess:
    """Vietnamese, English, some other language, or unknown (too short, only symbols)."""
    sample = text[:SAMPLE_CHARS].lower()
    if not sample.isascii() and not unicodedata.is_normalized("NFC", sample):
        sample = unicodedata.normalize("NFC", sample)
    words = _WORD.findall(sample)
    if len(words) < 3:
        return LanguageGuess("unknown", 0.0)
    letters = sum(map(len, words))
    if letters < 10:
        return LanguageGuess("unknown", 0.0)
    if sample.isascii():
        return _by_words(words[:_MAX_WORDS], 0.0)
    # Most letters of another script (CJK, Cyrillic ...) are outside latin-1; counting
    # those first is nearly free and skips the slower exact count for most texts.
    outside_latin1 = len(sample) - len(sample.encode("latin-1", "ignore"))
    if outside_latin1 * 2 > letters:
        non_latin = letters - len(_LATIN_LETTER.findall(sample))
        if non_latin * 2 > letters:
            return LanguageGuess("other", _round(non_latin / letters))
    marked = _VI_ONLY.findall(sample)
    marked_ratio = len(marked) / len(words)
    if marked_ratio >= 0.2 and (len(set(marked)) >= 2 or marked_ratio >= 0.5):
        return LanguageGuess("vi", _round(0.5 + marked_ratio))
    return _by_words(words[:_MAX_WORDS], marked_ratio)


def _by_words(words: list[str], marked_ratio: float) -> LanguageGuess:
    """Decide from common words and word shapes (text with few or no diacritics)."""
    count = len(words)
    vi = (sum(map(_VI_WORDS.__contains__, words)) + sum(map(_VI_PLAIN.__contains__, words))) / count
    en = sum(map(_EN_STOP.__contains__, words)) / count
    other = sum(map(_OTHER_STOP.__contains__, words)) / count
    ascii_words = [word for word in words if word.isascii()]
    not_syllable = (
        len(_NOT_SYLLABLE.findall(" ".join(ascii_words))) / len(ascii_words) if ascii_words else 0.0
    )
    vi += marked_ratio
    if not_syllable <= 0.15 and vi >= 0.25 and vi > en and vi > other:
        return LanguageGuess("vi", _round(0.5 + vi - not_syllable))
    if en >= 0.12 and en > other:
        return LanguageGuess("en", _round(0.4 + en + not_syllable / 2))
    if other >= 0.1 or not_syllable >= 0.3:
        return LanguageGuess("other", _round(0.3 + other + not_syllable / 2))
    return LanguageGuess("unknown", _round(max(vi, en, other)))


def _round(value: float) -> float:
    return round(min(max(value, 0.0), 0.99), 2)


_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_FINAL = r"(?:ch|nh|ng|[cmnpt])"
# Vietnamese vowel groups by what may follow: nothing (they end in a glide: "ai", "ươi"),
# a final consonant that must be there ("ăn", "tiên", "muốn"), or either ("ca", "cát").
_GROUPS_OPEN = _words(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa iêu yêu oai oay oeo uây uôi uya "
    "uyu ươi ươu"
)
_GROUPS_CLOSED = _words("ă â iê yê uyê uô ươ oă uâ oo")
_GROUPS_EITHER = _words("a e ê i o ô ơ u ư y oa oe uê uơ uy")


def _plain(group: str) -> str:
    return unicodedata.normalize("NFD", group).encode("ascii", "ignore").decode()


def _syllable_pattern(ending: frozenset[str], closing: frozenset[str]) -> re.Pattern[str]:
    def alternatives(groups: frozenset[str]) -> str:
        return "|".join(sorted(groups, key=len, reverse=True))

    return re.compile(f"{_ONSET}(?:(?:{alternatives(ending)})|(?:{alternatives(closing)}){_FINAL})")


_SYLLABLE = _syllable_pattern(_GROUPS_OPEN | _GROUPS_EITHER, _GROUPS_CLOSED | _GROUPS_EITHER)
# Typed without marks, groups merge ("uo" is uô or uơ): allowed if any of them is.
_PLAIN_SYLLABLE = _syllable_pattern(
    frozenset(map(_plain, _GROUPS_OPEN | _GROUPS_EITHER)),
    frozenset(map(_plain, _GROUPS_CLOSED | _GROUPS_EITHER)),
)


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` has the shape of one Vietnamese syllable ("người", "nguoi").

    A shape check (onset, one of the vowel groups Vietnamese has, final consonant, at most
    one tone, lower, upper or title case), not a dictionary.
    """
    if word[1:] != word[1:].lower() and word != word.upper():
        return False  # "ViỆt": a letter that became a capital inside a word
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = decomposed.translate(_TONE_MARKS)
    if len(decomposed) - len(bare) > 1:
        return False
    pattern = _PLAIN_SYLLABLE if bare.isascii() else _SYLLABLE
    return pattern.fullmatch(unicodedata.normalize("NFC", bare)) is not None
