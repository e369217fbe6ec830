package se.huset.gateway.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceSecretTest {

    @Test
    void onlyTheConfiguredSecretMatches() {
        ServiceSecret secret = new ServiceSecret("s3cret-value");

        assertThat(secret.matches("s3cret-value")).isTrue();
        assertThat(secret.matches("s3cret-valuE")).isFalse();
        assertThat(secret.matches("s3cret")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void anUnsetSecretMatchesNothing() {
        ServiceSecret unset = new ServiceSecret("");

        assertThat(unset.matches("")).isFalse();
        assertThat(unset.matches("anything")).isFalse();
    }
}
