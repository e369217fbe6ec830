package se.huset.casework.chain;

import io.micronaut.serde.annotation.Serdeable;
import se.huset.casework.actualisation.Actualisation;
import se.huset.casework.decision.DecisionView;
import se.huset.casework.investigation.InvestigationView;

import java.util.List;

/**
 * One client's chain in social services, newest first: what was actualised, investigated and decided. {@code withheld}
 * counts the records the reader may not see (consent or care relationship missing): named, never silently absent.
 */
@Serdeable
public record ClientChain(List<Actualisation> actualisations, List<InvestigationView> investigations,
                          List<DecisionView> decisions, int withheld) {
}
