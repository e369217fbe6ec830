package se.huset.kit.consent;

import java.util.List;

/**
 * A list for a page region that refreshes itself by polling (huset.js {@code data-live}): what the reader may see,
 * how many records were withheld, and the {@code version} of what is shown. The page keeps the version in a
 * {@code data-shown} attribute and sends it back on the next poll in {@link #SHOWN_HEADER}.
 */
public record LiveList<T>(List<T> items, int withheld, String version) {

    public static final String SHOWN_HEADER = "X-Huset-Shown";
}
