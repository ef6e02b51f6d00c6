"""Article kinds: what each storyline publishes, its sentiment and paragraph recipe.

A recipe lists the body pools after the lead. ``pool`` is always used, ``?pool`` in
about six articles out of ten, ``a|b`` picks one of the pools. The title pool of a kind
is ``<kind>.title`` and its lead pool ``<kind>.lead`` (see templates/*.tpl).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Sentiment = Literal["positive", "neutral", "negative"]


@dataclass(frozen=True)
class Kind:
    name: str
    story: str
    sentiment: Sentiment
    body: tuple[str, ...]
    official_ok: bool = False  # may an official portal publish it

    @property
    def title_pool(self) -> str:
        return f"{self.name}.title"

    @property
    def lead_pool(self) -> str:
        return f"{self.name}.lead"


def _k(name: str, story: str, sentiment: Sentiment, body: str, official: bool = False) -> Kind:
    return Kind(name, story, sentiment, tuple(body.split()), official)


KINDS: tuple[Kind, ...] = (
    # Lam Hà Riverside: the slowly rising negative story inside social housing.
    _k(
        "lamha_delay",
        "lamha",
        "negative",
        "lamha.delay.body lamha.quote_dan ?lamha.delay.more lamha.bg ?lamha.cdt_says",
    ),
    _k(
        "lamha_selection",
        "lamha",
        "negative",
        "lamha.sel.body lamha.quote_sel lamha.sel.more ?lamha.bg lamha.law_sel ?lamha.close",
    ),
    _k(
        "lamha_price",
        "lamha",
        "negative",
        "lamha.price.body lamha.quote_price lamha.price.more lamha.cdt_says ?lamha.law_price",
    ),
    _k(
        "lamha_protest",
        "lamha",
        "negative",
        "lamha.protest.body lamha.quote_protest lamha.protest.more ?lamha.bg ?lamha.close",
    ),
    _k(
        "lamha_response",
        "lamha",
        "neutral",
        "lamha.resp.body lamha.so_says ?lamha.resp.more lamha.bg ?lamha.close",
        True,
    ),
    _k(
        "lamha_inspect",
        "lamha",
        "neutral",
        "lamha.insp.body lamha.insp.more ?lamha.so_says lamha.bg ?lamha.close",
        True,
    ),
    _k(
        "lamha_ministry",
        "lamha",
        "neutral",
        "lamha.min.body lamha.min.more ?lamha.law_sel lamha.bg ?lamha.close",
        True,
    ),
    _k(
        "lamha_comment",
        "lamha",
        "negative",
        "lamha.com.body lamha.com.expert lamha.com.more ?lamha.bg ?lamha.law_price",
    ),
    # Social housing policy in general.
    _k(
        "nox_progress",
        "housing",
        "positive",
        "nox.progress.body nox.quote_off ?nox.progress.more nox.bg ?nox.close",
        True,
    ),
    _k(
        "nox_policy",
        "housing",
        "neutral",
        "nox.policy.body nox.policy.more ?nox.policy.extra ?nox.quote_off nox.bg",
        True,
    ),
    _k(
        "nox_credit",
        "housing",
        "positive",
        "nox.credit.body nox.credit.more ?nox.quote_off ?nox.bg",
        True,
    ),
    _k(
        "nox_slow",
        "housing",
        "negative",
        "nox.slow.body nox.slow.more nox.quote_exp ?nox.bg ?nox.close",
    ),
    # Road traffic fines decree and camera enforcement: the sudden spike.
    _k(
        "tg_background",
        "traffic",
        "neutral",
        "tg.decree ?tg.bg.more tg.fines tg.law ?tg.close",
        True,
    ),
    _k(
        "tg_prepare",
        "traffic",
        "neutral",
        "tg.prep.body tg.prep.more tg.quote_csgt ?tg.decree ?tg.close",
        True,
    ),
    _k(
        "tg_explainer",
        "traffic",
        "neutral",
        "tg.expl.points tg.expl.points2 tg.fines ?tg.expl.pay tg.law",
        True,
    ),
    _k(
        "tg_firstday",
        "traffic",
        "neutral",
        "tg.first.body tg.quote_csgt ?tg.first.more tg.decree ?tg.close",
        True,
    ),
    _k(
        "tg_praise",
        "traffic",
        "positive",
        "tg.praise.body tg.quote_dan_pos tg.praise.more ?tg.quote_csgt ?tg.decree",
        True,
    ),
    _k(
        "tg_complaint",
        "traffic",
        "negative",
        "tg.compl.body tg.quote_dan_neg tg.compl.more ?tg.decree ?tg.fines",
    ),
    _k(
        "tg_error",
        "traffic",
        "negative",
        "tg.err.body tg.quote_dan_err tg.err.more tg.quote_csgt ?tg.close",
    ),
    _k(
        "tg_review",
        "traffic",
        "positive",
        "tg.review.body tg.review.more tg.quote_csgt ?tg.decree ?tg.close",
        True,
    ),
    # Online public services, VNeID and Đề án 06.
    _k(
        "dx_achieve",
        "digital",
        "positive",
        "dx.ach.body dx.quote_off ?dx.ach.more dx.bg ?dx.close",
        True,
    ),
    _k("dx_service", "digital", "positive", "dx.svc.body dx.svc.steps ?dx.quote_off dx.bg", True),
    _k("dx_guide", "digital", "neutral", "dx.guide.body dx.guide.steps ?dx.guide.note dx.bg", True),
    _k("dx_issue", "digital", "negative", "dx.issue.body dx.quote_dan dx.issue.more ?dx.bg"),
    # Tuition exemption and school policy.
    _k(
        "edu_tuition",
        "education",
        "positive",
        "edu.tui.body edu.quote_off ?edu.tui.more edu.bg ?edu.close",
        True,
    ),
    _k(
        "edu_schedule",
        "education",
        "neutral",
        "edu.sch.body edu.sch.more ?edu.quote_off ?edu.bg",
        True,
    ),
    _k(
        "edu_plan",
        "education",
        "neutral",
        "edu.plan.body edu.sch.teach ?edu.quote_off ?edu.bg",
        True,
    ),
    _k(
        "edu_fees",
        "education",
        "negative",
        "edu.fees.body edu.quote_ph edu.fees.more ?edu.law_fees ?edu.close",
    ),
    _k(
        "edu_teacher",
        "education",
        "negative",
        "edu.teach.body edu.teach.more ?edu.quote_off edu.bg",
    ),
    # Health insurance and drug shortages.
    _k(
        "hi_coverage",
        "health",
        "positive",
        "hi.cov.body hi.quote_off ?hi.cov.more hi.bg ?hi.close",
        True,
    ),
    _k("hi_policy", "health", "neutral", "hi.pol.body hi.pol.more ?hi.quote_off hi.bg", True),
    _k(
        "hi_shortage",
        "health",
        "negative",
        "hi.short.body hi.quote_bn hi.short.more ?hi.short.hosp ?hi.bg",
    ),
    _k(
        "hi_response",
        "health",
        "neutral",
        "hi.resp.body hi.resp.more ?hi.quote_off ?hi.bg ?hi.close",
        True,
    ),
    # Two-level local government after the 2025 reorganisation.
    _k(
        "adm_review",
        "admin",
        "neutral",
        "adm.rev.body adm.rev.more ?adm.quote_off adm.bg ?adm.close",
        True,
    ),
    _k(
        "adm_procedure",
        "admin",
        "neutral",
        "adm.proc.body adm.proc.more ?adm.bg ?adm.quote_off",
        True,
    ),
    _k(
        "adm_teething",
        "admin",
        "negative",
        "adm.teeth.body adm.quote_dan adm.teeth.more ?adm.quote_off ?adm.bg",
    ),
    _k(
        "adm_success",
        "admin",
        "positive",
        "adm.succ.body adm.quote_off ?adm.succ.more adm.bg",
        True,
    ),
    # Unrelated background news that policy filters must leave out.
    _k(
        "bg_storm",
        "background",
        "negative",
        "bg.storm.body bg.storm.more bg.storm.local ?bg.storm.warn",
    ),
    _k(
        "bg_weather",
        "background",
        "neutral",
        "bg.weather.body bg.weather.extra bg.weather.ctx bg.weather.more",
    ),
    _k(
        "bg_cold",
        "background",
        "neutral",
        "bg.weather.body bg.weather.extra bg.weather.ctx bg.weather.more",
    ),
    _k(
        "bg_football",
        "background",
        "positive",
        "bg.football.body bg.football.quote bg.football.ctx bg.football.more",
    ),
    _k(
        "bg_asiad",
        "background",
        "positive",
        "bg.asiad.body bg.asiad.ctx bg.asiad.more bg.asiad.fans",
    ),
    _k(
        "bg_economy",
        "background",
        "neutral",
        "bg.economy.body bg.economy.expert bg.economy.more ?bg.economy.note",
    ),
    _k(
        "bg_culture",
        "background",
        "positive",
        "bg.culture.body bg.culture.quote bg.culture.ctx bg.culture.more",
    ),
    _k(
        "bg_midautumn",
        "background",
        "positive",
        "bg.midautumn.body bg.midautumn.more bg.culture.quote bg.culture.more",
    ),
)

BY_NAME = {kind.name: kind for kind in KINDS}
