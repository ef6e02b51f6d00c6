"""Settings: every one documented, environment and TOML honoured, bad values refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from toancanh.config import Settings, load_settings

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("doc", ["configuration.md", "vi/cau-hinh.md"])
def test_every_setting_is_documented(doc: str) -> None:
    text = (DOCS / doc).read_text(encoding="utf-8")
    missing = [
        name
        for name in Settings.model_fields
        if f"`{name}`" not in text or f"`TOANCANH_{name.upper()}`" not in text
    ]
    assert missing == [], f"document these settings in docs/{doc}"


def test_environment_beats_toml_and_arguments_beat_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "toancanh.toml"
    config.write_text("host_delay = 3.5\npoll_interval = 60\n", encoding="utf-8")
    monkeypatch.setenv("TOANCANH_CONFIG", str(config))
    monkeypatch.setenv("TOANCANH_POLL_INTERVAL", "120")
    settings = load_settings(database_url="sqlite:///x.db")
    assert (settings.host_delay, settings.poll_interval) == (3.5, 120)
    assert settings.database_url == "sqlite:///x.db"


def test_out_of_range_threshold_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOANCANH_NEAR_DUPLICATE_THRESHOLD", "1.5")
    with pytest.raises(ValidationError, match=r"between 0\.1 and 0\.95"):
        load_settings()
