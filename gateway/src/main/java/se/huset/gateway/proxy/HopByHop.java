package se.huset.gateway.proxy;

import io.micronaut.http.MutableHttpHeaders;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Headers that belong to one connection and must not be forwarded (RFC 9110 §7.6.1). */
final class HopByHop {

    private static final Set<String> NAMES = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHop() {
    }

    /** Removes the standard hop-by-hop headers and any header the Connection header names. */
    static void strip(MutableHttpHeaders headers) {
        List<String> named = new ArrayList<>();
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                if (!token.isBlank()) {
                    named.add(token.trim());
                }
            }
        }
        named.forEach(headers::remove);
        List<String> present = new ArrayList<>(headers.names());
        present.stream().filter(n -> NAMES.contains(n.toLowerCase(Locale.ROOT))).forEach(headers::remove);
    }
}
