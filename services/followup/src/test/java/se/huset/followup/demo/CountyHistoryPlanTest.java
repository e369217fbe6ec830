package se.huset.followup.demo;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;
import se.huset.followup.frequent.FrequentAttenderRule;
import se.huset.followup.instrument.Assessment;
import se.huset.followup.instrument.Instrument;
import se.huset.followup.instrument.Sex;
import se.huset.followup.schedule.FollowUp;
import se.huset.followup.schedule.FollowUpSchedule;
import se.huset.followup.schedule.FollowUpStatus;
import se.huset.kit.client.ClientFact;
import se.huset.kit.demo.DemoScale;

import se.huset.kit.time.ClinicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's history planned without a database: 15,000 clients, 5,000 enrollments over five years scheduled by
 * followup's own rule (4 follow-ups each once ended, the baseline only while running) and 6,000 first-visit baselines.
 */
class CountyHistoryPlanTest {


    @Test
    void theCountyPlanReachesItsVolumesAndKeepsTheRules() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, ClinicTime.ZONE);
        Random random = new Random(14);
        Map<UUID, ClientFact> clients = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int c = 0; c < 15_000; c++) {
            UUID id = new UUID(14, c);
            ids.add(id);
            clients.put(id, new ClientFact(id, c % 3 == 0 ? Org.KOMMUN : Org.REGION, today.minusYears(20 + c % 50),
                    c % 3 == 1 ? "FEMALE" : "MALE"));
        }
        FollowUpSchedule schedule = new FollowUpSchedule(List.of(6, 12));
        List<FollowUp> followUps = new ArrayList<>();
        for (int e = 0; e < 5_000; e++) {
            UUID client = ids.get(random.nextInt(ids.size()));
            String org = clients.get(client).ownerOrg().name();
            LocalDate started = today.minusDays(30 + random.nextInt(5 * 365 - 30));
            LocalDate ended = started.plusWeeks(8 + random.nextInt(10));
            List<FollowUpSchedule.Planned> planned = new ArrayList<>(List.of(FollowUpSchedule.baseline(started)));
            if (ended.isBefore(today)) {
                planned.addAll(schedule.afterEnd(ended));
            }
            UUID enrollment = new UUID(15, e);
            planned.forEach(p -> followUps.add(new FollowUp(UUID.randomUUID(), enrollment, null, client, "CRA", org,
                    p.kind(), p.dueOn(), FollowUpStatus.DUE, null, null)));
        }
        for (int v = 0; v < 6_000; v++) {
            UUID client = ids.get(random.nextInt(ids.size()));
            followUps.add(new FollowUp(UUID.randomUUID(), null, new UUID(16, v), client, FollowUp.FIRST_VISIT,
                    clients.get(client).ownerOrg().name(), FollowUpSchedule.BASELINE,
                    today.minusDays(random.nextInt(5 * 365) - 10), FollowUpStatus.DUE, null, null));
        }
        assertThat(followUps).hasSizeGreaterThanOrEqualTo(20_000);

        long started = System.nanoTime();
        FollowupHistory.Plan plan = new FollowupHistory(new FrequentAttenderRule(7, 4, 12), 30,
                FollowupDemoData.auditRows(DemoScale.COUNTY), DemoScale.COUNTY.years(), now, ClinicTime.ZONE)
                .plan(new FollowupHistory.World(followUps, clients, Map.of(), List.of(), List.of()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(plan.audit()).hasSize(150_000);
        assertThat(plan.audit()).allMatch(a -> a.at().isBefore(now) && a.entry().basis().equals("OWNER"));
        assertThat(plan.forms().size()).isGreaterThan(10_000);
        assertThat(plan.assessments().size()).isGreaterThan(plan.forms().size());
        Map<UUID, FollowUp> recorded = new HashMap<>();
        plan.recorded().forEach(f -> recorded.put(f.id(), f));
        List<FollowUp> after = followUps.stream().map(f -> recorded.getOrDefault(f.id(), f)).toList();
        // the 30-day grace: nothing past it is left to do; the due list is workable, tens per body at county scale
        assertThat(after).noneMatch(f -> f.status() == FollowUpStatus.DUE && f.dueOn().isBefore(today.minusDays(30)));
        for (String org : List.of("REGION", "KOMMUN")) {
            long overdue = after.stream().filter(f -> f.ownerOrg().equals(org) && f.status() == FollowUpStatus.DUE
                    && f.dueOn().isBefore(today)).count();
            assertThat(overdue).as(org + " overdue").isBetween(1L, 99L);
        }
        assertThat(plan.recorded()).allMatch(f -> f.closedAt() == null || f.closedAt().isBefore(now));
        // answers add up to the score they were drawn for, and the course is downwards for most
        for (Assessment a : plan.assessments().subList(0, 500)) {
            assertThat(Instrument.valueOf(a.instrument()).score(a.answers(), Sex.UNKNOWN).score()).isEqualTo(a.score());
        }
        assertThat(millis).as("planning time, ms").isLessThan(30_000);
    }
}
