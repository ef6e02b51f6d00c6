"""Reports: the daily press digest, the policy briefing, the incident and plan reports
(``model``), composed from gathered figures and rendered as Word, PDF or an HTML e-mail."""
