-- Booking and housing have landed: their KPIs point at the fields their stats answers really carry.
update kpi set field = 'medianDaysContactToFirstVisit' where code = 'median-days-to-first-visit';
update kpi set field = 'shareFirstVisitWithinGuarantee' where code = 'share-first-visit-within-guarantee';
update kpi set field = 'staffedReceptionHoursPerWeekByOrg.value.REGION' where code = 'reception-hours-region';
update kpi set field = 'staffedReceptionHoursPerWeekByOrg.value.KOMMUN' where code = 'reception-hours-kommun';
update kpi set field = 'userOrgPresenceHoursPerWeekTotal' where code = 'user-org-presence-hours';
update kpi set field = 'endingsWithAftercarePlan' where code = 'share-move-outs-with-aftercare';
update kpi set field = 'externalCostPerMonth[last]' where code = 'external-placement-cost';
