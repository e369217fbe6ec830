package se.huset.kit.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much synthetic history {@code java -jar x.jar demo-data [--scale county]} loads. Both scales follow the same
 * rules; only the volume and the number of years differ.
 */
public enum DemoScale {

    /** Östersund-sized, three years ending today: what {@code ./huset up} loads, quick to read through. */
    DEMO(3),
    /**
     * A county of about 130,000 inhabitants over five years (issue 14: at least 15,000 clients, 100,000 contacts,
     * 60,000 appointments, 5,000 enrolments, 2,000 placements, 20,000 follow-ups and 1,000,000 audit rows), for the
     * benchmark; loaded into databases of its own.
     */
    COUNTY(5);

    /** The property {@code --scale} sets; services read the scale as a bean of this type. */
    public static final String PROPERTY = "huset.demo.scale";

    private final int years;

    DemoScale(int years) {
        this.years = years;
    }

    /** Years of history ending today. */
    public int years() {
        return years;
    }

    public static DemoScale parse(String value) {
        for (DemoScale scale : values()) {
            if (scale.name().equalsIgnoreCase(value.strip())) {
                return scale;
            }
        }
        throw new IllegalArgumentException("unknown demo-data scale '" + value + "': use one of "
                + Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
