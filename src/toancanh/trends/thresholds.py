"""The spike thresholds, chosen with ``toancanh eval spikes`` (``trends/spikes.py`` says
how). A module of their own so that the alert rules can name them as defaults without
loading numpy, which every command that lists watches or rules would otherwise import."""

from __future__ import annotations

VOLUME_THRESHOLD = 4.5
SHARE_THRESHOLD = 3.0
