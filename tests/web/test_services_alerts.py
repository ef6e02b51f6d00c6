"""The policy of alerts, channels and incidents, asked of the services directly: the same
answers reach the CLI, the API and the pages (which map the errors once each)."""

from __future__ import annotations

import pytest

from toancanh.access import Actor
from toancanh.config import Settings
from toancanh.domain.watches import WatchSpec
from toancanh.errors import Conflict, Forbidden, Invalid, NotFound
from toancanh.services import alerts, channels, incidents
from toancanh.services.incidents import NewIncident
from toancanh.store import Store
from toancanh.watch.watchlists import backfill, check_spec
from web_helpers import USERS, Web, add_alert

VU = USERS["analyst"][1]
ANALYST = Actor("analyst@bo.gov.vn", "analyst", VU)
VIEWER = Actor("viewer@bo.gov.vn", "viewer", VU)
OTHER = Actor("analyst@tinh.gov.vn", "analyst", USERS["other"][1])
ADMIN = Actor("admin@bo.gov.vn", "admin", USERS["admin"][1])
HOOK = {"url": "https://1.1.1.1/hook", "secret": "một khóa ký đủ dài 2026"}


def _unit_shared_alert(store: Store) -> int:
    watch = store.watches.add(
        check_spec(WatchSpec("Chung của Vụ", query="hoc phi", unit=VU, shared=True)), "tests"
    )
    backfill(store, watch)
    return add_alert(store, "Chung của Vụ", "Tin lan rộng")


def test_another_unit_reads_a_shared_watchlists_alert_but_does_not_handle_it(web: Web) -> None:
    alert_id = _unit_shared_alert(web.store)
    assert alerts.get_alert(web.store, OTHER, alert_id).id == alert_id
    assert not alerts.show_alert(web.store, OTHER, alert_id).can_change
    for refused in (alerts.acknowledge, alerts.resolve):
        with pytest.raises(Forbidden):
            refused(web.store, OTHER, alert_id)
    with pytest.raises(Forbidden):  # opening an incident acknowledges the alert
        incidents.open_incident(web.store, OTHER, NewIncident(alert_id=alert_id))
    with pytest.raises(Forbidden):
        alerts.acknowledge(web.store, VIEWER, alert_id)
    assert alerts.show_alert(web.store, ANALYST, alert_id).can_change
    assert alerts.acknowledge(web.store, ANALYST, alert_id).status == "acknowledged"
    assert alerts.resolve(web.store, ANALYST, alert_id).status == "resolved"
    with pytest.raises(Conflict):
        alerts.acknowledge(web.store, ADMIN, alert_id)
    with pytest.raises(Invalid):
        alerts.set_status(web.store, ADMIN, alert_id, "closed")


def test_a_private_watchlists_alert_does_not_exist_for_another_unit(web: Web) -> None:
    alert_id = add_alert(web.store, "Riêng của Vụ", "Riêng")
    for call in (alerts.get_alert, alerts.acknowledge):
        with pytest.raises(NotFound):
            call(web.store, OTHER, alert_id)
    assert alert_id not in {a.id for a in alerts.list_alerts(web.store, OTHER)}
    assert alert_id in {a.id for a in alerts.list_alerts(web.store, ANALYST)}
    with pytest.raises(Invalid):
        alerts.list_alerts(web.store, ANALYST, status="closed")


def test_a_private_watchlists_incident_is_its_units_whoever_opens_it(web: Web) -> None:
    alert_id = add_alert(web.store, "Riêng của Vụ", "Riêng")
    opened = incidents.open_incident(web.store, ADMIN, NewIncident(alert_id=alert_id, unit=None))
    assert opened.unit == VU  # not everyone's: the watchlist's alerts would show through it
    with pytest.raises(NotFound):
        incidents.get_incident(web.store, OTHER, opened.id)
    with pytest.raises(Forbidden):  # an analyst opens incidents for their own unit only
        incidents.open_incident(web.store, OTHER, NewIncident(title="x", unit=VU))
    by_hand = incidents.open_incident(web.store, OTHER, NewIncident(title="x", unit=None))
    assert by_hand.unit is None and incidents.can_change(ANALYST, by_hand)


def test_a_closed_incident_takes_no_more_changes(web: Web) -> None:
    opened = incidents.open_incident(web.store, ANALYST, NewIncident(title="Học phí", unit=VU))
    article = web.store.articles.list(limit=1)[0].id
    incidents.close_incident(web.store, ANALYST, opened.id, "Đã xử lý")
    for step in (
        lambda: incidents.link_articles(web.store, ANALYST, opened.id, [article]),
        lambda: incidents.add_note(web.store, ANALYST, opened.id, "muộn"),
        lambda: incidents.assign(web.store, ANALYST, opened.id, lead="A"),
        lambda: incidents.change_status(web.store, ANALYST, opened.id, "responding"),
        lambda: incidents.close_incident(web.store, ANALYST, opened.id, "lần nữa"),
    ):
        with pytest.raises(Conflict):
            step()
    with pytest.raises(Forbidden):
        incidents.add_note(web.store, VIEWER, opened.id, "x")


def test_channels_are_the_admins_and_their_names_everyones(web: Web) -> None:
    added = channels.add_channel(web.store, ADMIN, " to-xu-ly ", "webhook", HOOK)
    assert added.channel.name == "to-xu-ly" and added.warning is None
    assert channels.channel_names(web.store, VIEWER) == ["to-xu-ly"]
    for refused in (
        lambda: channels.list_channels(web.store, ANALYST),
        lambda: channels.add_channel(web.store, ANALYST, "x", "webhook", HOOK),
        lambda: channels.remove_channel(web.store, ANALYST, "to-xu-ly"),
        lambda: channels.channel_names(web.store, Actor.anonymous()),
    ):
        with pytest.raises(Forbidden):
            refused()
    with pytest.raises(Conflict):
        channels.add_channel(web.store, ADMIN, "to-xu-ly", "webhook", HOOK)
    with pytest.raises(Invalid, match="--allow-private"):
        channels.add_channel(
            web.store, ADMIN, "noi-bo", "webhook", {**HOOK, "url": "http://10.0.0.5/h"}
        )
    with pytest.raises(Invalid):
        channels.add_channel(web.store, ADMIN, "", "email", {"to": "a@bo.gov.vn"})
    with pytest.raises(NotFound):
        channels.remove_channel(web.store, ADMIN, "khong-co")
    assert channels.remove_channel(web.store, ADMIN, "to-xu-ly").name == "to-xu-ly"


def test_the_operators_passes_are_refused_to_analysts(web: Web) -> None:
    settings = Settings(database_url="sqlite://")
    for call in (
        lambda: alerts.check_now(web.store, ANALYST, settings),
        lambda: alerts.deliver_now(web.store, ANALYST, settings),
        lambda: alerts.failed_deliveries(web.store, ANALYST),
    ):
        with pytest.raises(Forbidden):
            call()
    assert alerts.deliver_now(web.store, Actor.operator("ops"), settings).sent == 0
