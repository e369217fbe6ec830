package se.huset.kit;

import org.junit.jupiter.api.Test;
import se.huset.kit.demo.DemoScale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HusetApplicationTest {

    @Test
    void demoDataTakesItsScaleEitherWayAndDefaultsToTheDemo() {
        assertThat(HusetApplication.demoScale("demo-data")).isEqualTo(DemoScale.DEMO);
        assertThat(HusetApplication.demoScale("demo-data", "--scale", "county")).isEqualTo(DemoScale.COUNTY);
        assertThat(HusetApplication.demoScale("demo-data", "--scale=COUNTY")).isEqualTo(DemoScale.COUNTY);
        assertThat(DemoScale.COUNTY.years()).isEqualTo(5);
    }

    @Test
    void anUnknownScaleOrArgumentIsRefusedNamingWhatIsAllowed() {
        assertThatThrownBy(() -> HusetApplication.demoScale("demo-data", "--scale", "region"))
                .hasMessageContaining("'region'").hasMessageContaining("demo, county");
        assertThatThrownBy(() -> HusetApplication.demoScale("demo-data", "--fast"))
                .hasMessageContaining("'--fast'").hasMessageContaining("--scale demo|county");
        assertThatThrownBy(() -> HusetApplication.demoScale("demo-data", "--scale"))
                .hasMessageContaining("'--scale'");
    }
}
