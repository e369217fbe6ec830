package se.huset.kit.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.rsa.RSASignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import se.huset.kit.security.ServiceTokens;

import java.security.interfaces.RSAPublicKey;

/** In tests the services trust {@link TestTokens}' key in place of the gateway's JWKS. */
@Factory
@Requires(env = "test")
public class TestSignatures {

    @Singleton
    @Named("test")
    RSASignatureConfiguration testKey() {
        return new RSASignatureConfiguration() {
            @Override
            public RSAPublicKey getPublicKey() {
                return TestTokens.publicKey();
            }
        };
    }

    @Singleton
    @Replaces(ServiceTokens.class)
    @Requires(missingProperty = "huset.test.real-service-tokens")
    ServiceTokens serviceTokens() {
        return new ServiceTokens(null, "test", ServiceTestSupport.TEST_SECRET) {
            @Override
            public String token() {
                return TestTokens.service();
            }
        };
    }
}
