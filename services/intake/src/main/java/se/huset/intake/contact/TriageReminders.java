package se.huset.intake.contact;

import se.huset.contracts.intake.RiskFlag;

import java.util.List;

/**
 * What staff must be reminded of when a risk is noted. Children in the home carry the duty to report concern
 * to social services (anmälningsplikt, SoL 14 kap. 1 §).
 */
public final class TriageReminders {

    private TriageReminders() {
    }

    public static List<String> forFlags(List<RiskFlag> flags) {
        return flags.stream().map(flag -> switch (flag) {
            case CHILDREN_IN_HOME -> "DUTY_TO_REPORT_CONCERN";
            case SUICIDE_RISK -> "SUICIDE_RISK_ASSESSMENT_TODAY";
            case PREGNANCY -> "PREGNANCY_PRIORITISE_AND_INFORM_MATERNITY_CARE";
            case VIOLENCE -> "VIOLENCE_SAFETY_ASSESSMENT";
        }).toList();
    }
}
