package se.huset.casework.investigation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When an open LVM investigation is flagged as slow. LVM 7 § has social services start the investigation without
 * delay (Socialstyrelsen's kunskapsguiden, "Om handläggning av ärenden enligt LVM") and the law sets no number of
 * days for it, so the number is the clinic's routine ({@code huset.casework.lvm-flag-after-days}, README
 * "Casework"), not a legal limit.
 */
@Singleton
public class InvestigationPace {

    private final int lvmFlagAfterDays;
    private final Clock clock;

    public InvestigationPace(@Value("${huset.casework.lvm-flag-after-days:30}") int lvmFlagAfterDays, Clock clock) {
        this.lvmFlagAfterDays = lvmFlagAfterDays;
        this.clock = clock;
    }

    public InvestigationView view(Investigation investigation) {
        long days = investigation.days(LocalDate.now(clock));
        return new InvestigationView(investigation, days,
                investigation.open() && investigation.law() == Law.LVM && days > lvmFlagAfterDays);
    }

    public int lvmFlagAfterDays() {
        return lvmFlagAfterDays;
    }
}
