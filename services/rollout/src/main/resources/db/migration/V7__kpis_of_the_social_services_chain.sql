-- The social services' chain in figures (casework's stats): what the ISU follow-up asks, whether people are followed
-- "från aktualisering till utredning och insats" (Söderhamn 2024), how long an investigation takes against the four
-- months SoL 11 kap. 2 § allows, and how many granted decisions wait past the three months after which each is a
-- report to IVO (SoL 16 kap. 6 f §).
insert into kpi (code, position, title, unit, source, field, target, better, reference, reference_note, milestone) values
('share-actualisations-to-investigation', 23, 'Andel aktualiseringar som leder till utredning', 'SHARE', 'casework', 'shareLeadingToInvestigation', null, 'HIGHER', null, null, 'Y2-INTEGRATION-KLAR'),
('median-days-sol-investigation', 24, 'Mediantid för en utredning enligt SoL (dagar)', 'DAYS', 'casework', 'medianInvestigationDaysByLaw.value.SOL', 120, 'LOWER', null, null, 'Y2-INTEGRATION-KLAR'),
('unenforced-decisions-past-three-months', 25, 'Beviljade beslut som inte verkställts inom tre månader', 'COUNT', 'casework', 'unenforcedPastDeadline', 0, 'LOWER', null, null, 'Y2-INTEGRATION-KLAR');

-- Issue 17: a named coordinator per body (vård- och stödsamordnare / case manager) holds a person's contacts together.
insert into kpi (code, position, title, unit, source, field, target, better, reference, reference_note, milestone) values
('share-clients-with-coordinator', 26, 'Andel aktiva klienter med namngiven samordnare', 'SHARE', 'intake', 'activeClientsWithCoordinator', null, 'HIGHER', null, null, 'Y2-INTEGRATION-KLAR');
