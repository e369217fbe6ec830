package se.huset.booking.calendar;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret in a calendar-feed URL is its only credential (calendar apps cannot log in). Only its SHA-256 is
 * stored, so the URL is shown once, when made; renewing makes a new one and the old one stops working.
 */
@Singleton
public class FeedTokens {

    private final SecureRandom random = new SecureRandom();
    private final StaffCalendarRepository calendars;
    private final Clock clock;

    public FeedTokens(StaffCalendarRepository calendars, Clock clock) {
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A new secret for the user's feed; empty when the user has no calendar. */
    @Transactional
    public Optional<String> renew(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return calendars.renewFeedToken(username, hash(token), clock.instant()) ? Optional.of(token) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<String> ownerOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return calendars.ownerOfFeed(hash(token));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
