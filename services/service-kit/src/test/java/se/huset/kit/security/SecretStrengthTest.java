package se.huset.kit.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretStrengthTest {

    @Test
    void missingShortAndPublishedSecretsAreRefusedWithoutShowingThem() {
        assertThatThrownBy(() -> SecretStrength.require("S", null)).hasMessageContaining("S is not set");
        assertThatThrownBy(() -> SecretStrength.require("S", "  ")).hasMessageContaining("S is not set");
        assertThatThrownBy(() -> SecretStrength.require("S", "a".repeat(31))).hasMessageContaining("shorter than 32")
                .hasMessageNotContaining("aaaa");
        assertThatThrownBy(() -> SecretStrength.require("S", "dev-service-secret-change-me-0123456789abcdef"))
                .hasMessageContaining("published default").hasMessageNotContaining("0123456789abcdef");
        assertThatThrownBy(() -> SecretStrength.require("S", "please-CHANGEME-before-production-0123"))
                .hasMessageContaining("published default");
    }

    @Test
    void aLongRandomSecretPasses() {
        String generated = "3f9c0a7be41d28c6f05e9a3b7d1c4e8f2a6b0c9d7e5f1a3b";

        assertThat(SecretStrength.require("S", generated)).isEqualTo(generated);
    }
}
