package se.huset.gateway.auth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/accounts", "/intake/triage?urgency=ACUTE", "/a/b#c"})
    void localPathsAreKept(String next) {
        assertThat(LocalPath.orHome(next)).isEqualTo(next);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "javascript:alert(1)", "evil.example/x", "/x\r\nSet-Cookie: a=b", "/%zz", " /admin"})
    void everythingElseGoesHome(String next) {
        assertThat(LocalPath.orHome(next)).isEqualTo("/");
    }
}
