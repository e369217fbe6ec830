package se.huset.programs.enrollment;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.huset.contracts.events.DecisionMade;
import se.huset.contracts.events.EventTypes;
import se.huset.contracts.events.FeedEvent;
import se.huset.kit.events.EventPayloads;
import se.huset.kit.events.FeedSubscription;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Social services' decisions on interventions, read from casework's feed: a Kommun enrolment names the decision
 * it carries out ({@link DecisionReference}). Hand-written: the feed's upsert is {@code on conflict do nothing}.
 */
@Singleton
public class CaseworkDecisions extends FeedSubscription {

    /** What programs knows of a decision: enough to check the reference. */
    public record Known(UUID decisionId, UUID clientId, String intervention, boolean granted, LocalDate decidedOn,
                        LocalDate validFrom, LocalDate validTo) {
    }

    private final JdbcOperations jdbc;
    private final EventPayloads payloads;

    public CaseworkDecisions(JdbcOperations jdbc, EventPayloads payloads,
                             @Value("${huset.casework-url}") String baseUrl) {
        super("casework", "casework/decisions", baseUrl);
        this.jdbc = jdbc;
        this.payloads = payloads;
    }

    @Override
    @Transactional
    public void handle(FeedEvent event) {
        if (!EventTypes.DECISION_MADE.equals(event.type())) {
            return;
        }
        DecisionMade d = payloads.read(event, DecisionMade.class);
        jdbc.prepareStatement("""
                insert into casework_decision (decision_id, client_id, intervention, granted, legal_basis, decided_on,
                valid_from, valid_to) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (decision_id) do nothing""", ps -> {
            ps.setObject(1, d.decisionId());
            ps.setObject(2, d.clientId());
            ps.setString(3, d.intervention());
            ps.setBoolean(4, d.granted());
            ps.setString(5, d.legalBasis());
            ps.setDate(6, Date.valueOf(d.decidedOn()));
            ps.setDate(7, d.validFrom() == null ? null : Date.valueOf(d.validFrom()));
            ps.setDate(8, d.validTo() == null ? null : Date.valueOf(d.validTo()));
            return ps.executeUpdate();
        });
    }

    @Transactional(readOnly = true)
    public Optional<Known> find(UUID decisionId) {
        return jdbc.prepareStatement("""
                select decision_id, client_id, intervention, granted, decided_on, valid_from, valid_to
                from casework_decision where decision_id = ?""", ps -> {
            ps.setObject(1, decisionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Known(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getBoolean(4), rs.getDate(5).toLocalDate(), day(rs.getDate(6)),
                        day(rs.getDate(7)))) : Optional.empty();
            }
        });
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
