package se.huset.kit.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import se.huset.contracts.security.Claims;
import se.huset.contracts.security.Org;
import se.huset.contracts.security.Roles;
import se.huset.contracts.security.Scopes;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Tokens for tests, signed with a key the service under test trusts ({@link TestSignatures}), plus the bad ones
 * every endpoint must refuse: expired, signed by a stranger, and {@code alg: none}. They are meant for every process
 * of the suite ({@code aud}), as the gateway's staff tokens are; a SERVICE token carries every scope unless a test
 * names fewer ({@link #service(String, String...)}).
 */
public final class TestTokens {

    public static final List<String> SUITE = List.of("gateway", "intake", "booking", "programs", "housing",
            "followup", "rollout", "casework");
    /** The unit each body's test tokens belong to (the demo reception units). */
    public static final String REGION_UNIT = "Beroendeenheten";
    public static final String KOMMUN_UNIT = "Team Vuxen";
    static final KeyPair TRUSTED = generate();
    private static final KeyPair STRANGER = generate();

    private TestTokens() {
    }

    public static String token(String username, Org org, String... roles) {
        return sign(TRUSTED, claims(username, org, List.of(roles), Instant.now().plus(Duration.ofMinutes(15))));
    }

    /** A staff token with an id of its own ({@code jti}), as the gateway issues them: one it can revoke. */
    public static String withId(String jti, String username, Org org, String... roles) {
        return sign(TRUSTED, new JWTClaimsSet.Builder(claims(username, org, List.of(roles),
                Instant.now().plus(Duration.ofMinutes(15)))).jwtID(jti).build());
    }

    /** A member of staff of a named unit (the other tokens are of each body's {@link #REGION_UNIT}, {@link #KOMMUN_UNIT}). */
    public static String ofUnit(String username, Org org, String unit, String... roles) {
        return sign(TRUSTED, new JWTClaimsSet.Builder(claims(username, org, List.of(roles),
                Instant.now().plus(Duration.ofMinutes(15)))).claim("unit", unit).build());
    }

    public static String service() {
        return token("service:test", null, "SERVICE");
    }

    /** A SERVICE token meant only for {@code audience}, with only the given scopes. */
    public static String service(String audience, String... scopes) {
        return sign(TRUSTED, new JWTClaimsSet.Builder(claims("service:test", null, List.of("SERVICE"),
                Instant.now().plus(Duration.ofMinutes(15))))
                .audience(audience).claim(Claims.SCOPE, String.join(" ", scopes)).build());
    }

    public static String expired(String username, Org org, String... roles) {
        return sign(TRUSTED, claims(username, org, List.of(roles), Instant.now().minus(Duration.ofMinutes(5))));
    }

    public static String forged(String username, Org org, String... roles) {
        return sign(STRANGER, claims(username, org, List.of(roles), Instant.now().plus(Duration.ofMinutes(15))));
    }

    public static String algNone(String username, Org org, String... roles) {
        return new PlainJWT(claims(username, org, List.of(roles), Instant.now().plus(Duration.ofMinutes(15)))).serialize();
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) TRUSTED.getPublic();
    }

    private static JWTClaimsSet claims(String username, Org org, List<String> roles, Instant expires) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .subject(username)
                .issuer("huset-test")
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires))
                .audience(SUITE)
                .claim("roles", roles);
        if (roles.contains(Roles.SERVICE)) {
            b.claim(Claims.SCOPE, String.join(" ", Scopes.ALL));
        }
        if (org != null) {
            b.claim("org", org.name()).claim("unit", org == Org.REGION ? REGION_UNIT : KOMMUN_UNIT);
        }
        return b.build();
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
