package se.huset.gateway.keys;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Keeps the token-signing key in the gateway's database. The first replica to start creates it under an
 * advisory lock; every other replica (and every restart) reads the same key, so tokens stay valid across them.
 */
@Singleton
public class SigningKeyStore {

    private static final long CREATE_LOCK = 0x4855_5345_4B45L;

    private final JdbcOperations jdbc;

    public SigningKeyStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public StoredKey loadOrCreate() {
        return jdbc.execute(conn -> {
            try (PreparedStatement lock = conn.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CREATE_LOCK);
                lock.execute();
            }
            try (PreparedStatement select = conn.prepareStatement(
                    "select kid, private_key, public_key from signing_key order by created_at desc limit 1");
                 ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    return decode(rs.getString(1), rs.getBytes(2), rs.getBytes(3));
                }
            }
            StoredKey created = generate();
            try (PreparedStatement insert = conn.prepareStatement(
                    "insert into signing_key (kid, private_key, public_key) values (?, ?, ?)")) {
                insert.setString(1, created.kid());
                insert.setBytes(2, created.privateKey().getEncoded());
                insert.setBytes(3, created.publicKey().getEncoded());
                insert.executeUpdate();
            }
            return created;
        });
    }

    private static StoredKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new StoredKey(UUID.randomUUID().toString(),
                    (RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    private static StoredKey decode(String kid, byte[] privateKey, byte[] publicKey) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new StoredKey(kid,
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored signing key " + kid + " cannot be read", e);
        }
    }

    public record StoredKey(String kid, RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    }
}
