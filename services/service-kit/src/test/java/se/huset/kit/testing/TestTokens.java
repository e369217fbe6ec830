package se.huset.kit.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import se.huset.contracts.security.Org;

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
 * every endpoint must refuse: expired, signed by a stranger, and {@code alg: none}.
 */
public final class TestTokens {

    static final KeyPair TRUSTED = generate();
    private static final KeyPair STRANGER = generate();

    private TestTokens() {
    }

    public static String token(String username, Org org, String... roles) {
        return sign(TRUSTED, claims(username, org, List.of(roles), Instant.now().plus(Duration.ofMinutes(15))));
    }

    public static String service() {
        return token("service:test", null, "SERVICE");
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
                .claim("roles", roles);
        if (org != null) {
            b.claim("org", org.name()).claim("unit", org == Org.REGION ? "Beroendeenheten" : "Team Vuxen");
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
