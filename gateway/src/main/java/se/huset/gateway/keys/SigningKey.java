package se.huset.gateway.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micronaut.security.token.jwt.endpoints.JwkProvider;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * The gateway's RS256 key. Named "generator", Micronaut signs tokens with it (kid from the JWK below), validates
 * the gateway's own tokens with it, and publishes the public half at {@code /.well-known/jwks.json}.
 */
@Singleton
@Named("generator")
public class SigningKey implements RSASignatureGeneratorConfiguration, JwkProvider {

    private final SigningKeyStore.StoredKey key;
    private final JWK publicJwk;

    public SigningKey(SigningKeyStore store) {
        this.key = store.loadOrCreate();
        this.publicJwk = new RSAKey.Builder(key.publicKey())
                .keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }

    @Override
    public RSAPrivateKey getPrivateKey() {
        return key.privateKey();
    }

    @Override
    public RSAPublicKey getPublicKey() {
        return key.publicKey();
    }

    @Override
    public JWSAlgorithm getJwsAlgorithm() {
        return JWSAlgorithm.RS256;
    }

    @Override
    public List<JWK> retrieveJsonWebKeys() {
        return List.of(publicJwk);
    }
}
