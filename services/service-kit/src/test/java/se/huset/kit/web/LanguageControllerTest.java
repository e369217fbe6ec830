package se.huset.kit.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageControllerTest {

    @Test
    void returnsToAPathOnThisSite() {
        assertEquals("/intake/triage?status=NEW", LanguageController.pathOnThisSite("/intake/triage?status=NEW"));
    }

    @Test
    void neverSendsTheReaderToAnotherSite() {
        for (String elsewhere : new String[] {"https://evil.example", "//evil.example", "/\\evil.example",
                "\\\\evil.example", "/x\r\nSet-Cookie: a=b", "evil.example", "/a b"}) {
            assertEquals("/", LanguageController.pathOnThisSite(elsewhere), elsewhere);
        }
    }
}
