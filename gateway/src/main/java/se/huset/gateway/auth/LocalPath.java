package se.huset.gateway.auth;

import java.net.URI;
import java.net.URISyntaxException;

/** Where a login may send the browser next: only a path on this site, never another host (open redirect). */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
