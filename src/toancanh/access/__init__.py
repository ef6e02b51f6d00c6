"""Who may see and who may change each kind of record: one policy for every front-end.

The services ask these questions; the CLI, the API and the pages never decide on their
own. Roles grow: a viewer reads, an analyst also changes the records of the work (watch
lists, rules, alerts, incidents, labels), an admin also runs the system (sources,
channels, accounts, the audit log) and sees every unit's records.

Units own watchlists and incidents:

* a watchlist is seen by everyone when it is shared or has no unit, else by its unit and
  the admins; its rules and alerts go with it;
* it is changed by the admins and by the analysts of its unit (a watchlist of no unit: by
  any analyst), whether shared or not: sharing lets others read, not write;
* only its unit or an admin makes it private or shared, and a private one needs a unit
  (private to nobody would be visible to everybody);
* an alert goes with its watchlist: seen by those who see it, acknowledged and resolved
  by those who may change it (an alert of no watchlist: by any analyst);
* an incident is seen and changed by its unit and the admins (one of no unit: by all);
  opening one from an alert takes the right to change the alert (it acknowledges it),
  and a private watchlist's incident is its unit's;
* alert channels are the admins' (any signed-in user may read their names);
* a statement is written, published, corrected and withdrawn by its unit's analysts and
  the admins (one of no unit: by any analyst); a draft is seen only by those who may
  change it, a statement once published by every signed-in user;
* the network directory is read by every signed-in user (its spokespersons by anyone,
  without signing in: Decree 09/2017 makes the list public); its units are the admins'
  to add, change and remove; the people of a unit are changed by the admins and by the
  analysts whose account's unit is that unit (its name or one of its aliases);
* a press order (commissioning) is read by every signed-in user and changed (edited, its
  deliveries accepted or rejected) by the analysts of the ordering unit and the admins;
  an order of no unit by the admins only.

Accounts and the audit log are the admins' alone, to read as to change; an admin cannot
disable or demote their own account (a dashboard left without an admin could be repaired
from the console only).

A record the asker may not see answers ``NotFound``, as if it did not exist (another
unit's private watchlist must not leak its name); a visible record the asker may not
change answers ``Forbidden``. The CLI runs on the server as its operator, an admin.

The claim desk: a claim found in the press belongs to its article, which has no unit, so
every signed-in user reads the review queue and a claim's review and every analyst
reviews (starts a review, accepts or rejects a suggestion, gives a verdict); a claim given
a verdict is reopened by an admin only (the editor's say: a verdict is not undone by a
peer). The queue's watchlist filter and priority count only the watchlists the reader sees.
"""

from __future__ import annotations

from toancanh.access.areas import (
    ROLE_TO_CHANGE,
    can_change,
    can_change_commission,
    can_change_people,
    can_change_plan,
    can_change_schedule,
    can_reopen_claim,
    can_review_claims,
    can_see_schedule,
    can_see_statement,
    changeable_statement,
    commission_unit,
    is_own_unit,
    require_claim_reader,
    require_claim_reopener,
    require_claim_reviewer,
    require_commission_change,
    require_people_change,
    require_plan_change,
    require_right,
    schedule_unit,
    statement_unit,
    visible_statement,
)
from toancanh.access.core import (
    ROLE_NEEDED,
    Actor,
    can_change_alert,
    can_change_incident,
    can_change_unit,
    can_change_watch,
    can_see_alert,
    can_see_incident,
    can_see_unit,
    can_see_watch,
    changeable_alert,
    changeable_incident,
    changeable_watch,
    check_own_account,
    check_sharing,
    incident_unit,
    require_change,
    require_role,
    visible_alert,
    visible_incident,
    visible_watch,
)

__all__ = [
    "ROLE_NEEDED",
    "ROLE_TO_CHANGE",
    "Actor",
    "can_change",
    "can_change_alert",
    "can_change_commission",
    "can_change_incident",
    "can_change_people",
    "can_change_plan",
    "can_change_schedule",
    "can_change_unit",
    "can_change_watch",
    "can_reopen_claim",
    "can_review_claims",
    "can_see_alert",
    "can_see_incident",
    "can_see_schedule",
    "can_see_statement",
    "can_see_unit",
    "can_see_watch",
    "changeable_alert",
    "changeable_incident",
    "changeable_statement",
    "changeable_watch",
    "check_own_account",
    "check_sharing",
    "commission_unit",
    "incident_unit",
    "is_own_unit",
    "require_change",
    "require_claim_reader",
    "require_claim_reopener",
    "require_claim_reviewer",
    "require_commission_change",
    "require_people_change",
    "require_plan_change",
    "require_right",
    "require_role",
    "schedule_unit",
    "statement_unit",
    "visible_alert",
    "visible_incident",
    "visible_statement",
    "visible_watch",
]
