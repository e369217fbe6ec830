package se.huset.compose.chaos;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chaos under load (issue 8): while contacts are registered, triaged and given consent and appointments are booked
 * through the gateway, every process is killed with SIGKILL in turn and started again, and PostgreSQL is restarted
 * once. No acknowledged write may be lost, every intake event must take effect exactly once in every consumer,
 * every error must be a 503 problem+json (or a refused connection while the gateway itself is down), and nothing
 * may hang. The CI version is short; {@code ./huset chaos} runs the same with longer outages and more rounds
 * (system properties, see {@link ChaosRun.Plan#fromSystemProperties()}).
 */
class ChaosSuiteTest {

    @Test
    void killingEachProcessUnderLoadLosesNothingAndAnswersOnly503() throws Exception {
        ChaosRun.Result r = ChaosRun.run(ChaosRun.Plan.fromSystemProperties());
        ChaosReport.publish(r);

        assertThat(r.durability()).as("every kind of write was acknowledged at least once")
                .allSatisfy(d -> assertThat(d.acknowledged()).as(d.kind().name()).isPositive());
        assertThat(r.lostWrites()).as("acknowledged writes missing afterwards").isZero();
        assertThat(r.deliveries()).as("every consumer got events to apply")
                .allSatisfy(d -> assertThat(d.expected()).as(d.service() + " " + d.events()).isPositive());
        assertThat(r.missingEvents()).as("events that did not take effect in a consumer").isZero();
        assertThat(r.doubledEvents()).as("events that took effect twice in a consumer").isZero();
        assertThat(r.deliveries()).as("every cursor reached intake's newest event")
                .allSatisfy(d -> assertThat(d.cursor()).as(d.service() + " " + d.consumer()).isEqualTo(d.newest()));
        assertThat(r.hangs()).as("calls with no answer within the client timeout").isZero();
        assertThat(r.unexpected()).as("errors other than 503 problem+json: %s", r.unexpectedSamples()).isZero();
        assertThat(r.unavailable()).as("503 problem+json answers while services were down").isPositive();
        assertThat(r.recoveries()).extracting(ChaosRun.Recovery::process).as("processes killed and recovered")
                .containsAll(ChaosRun.SERVICES).contains("gateway");
    }
}
