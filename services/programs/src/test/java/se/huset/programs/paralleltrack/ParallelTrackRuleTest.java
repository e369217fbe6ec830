package se.huset.programs.paralleltrack;

import org.junit.jupiter.api.Test;
import se.huset.contracts.security.Org;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelTrackRuleTest {

    private final ParallelTrackRule rule = new ParallelTrackRule();

    @Test
    void sameMethodAtBothBodiesIsAParallelTrack() {
        UUID both = UUID.randomUUID();
        UUID twoMethods = UUID.randomUUID();
        UUID oneBody = UUID.randomUUID();
        List<ParallelTrackRule.Active> active = List.of(
                new ParallelTrackRule.Active(both, "AP", Org.REGION), new ParallelTrackRule.Active(both, "AP", Org.KOMMUN),
                new ParallelTrackRule.Active(both, "CRA", Org.KOMMUN),
                new ParallelTrackRule.Active(twoMethods, "AP", Org.REGION), new ParallelTrackRule.Active(twoMethods, "CRA", Org.KOMMUN),
                new ParallelTrackRule.Active(oneBody, "MI", Org.KOMMUN), new ParallelTrackRule.Active(oneBody, "AP", Org.KOMMUN));
        assertThat(rule.tracks(active)).containsExactly(new ParallelTrackRule.Track(both, "AP"));
        assertThat(rule.clients(active)).isEqualTo(1);
    }
}
