package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    private static final String HOME = "/app/dashboard.xhtml";

    @ParameterizedTest
    @ValueSource(strings = {"/app/x?y=1", "/app/profile.xhtml", "/app/admin/users.xhtml?page=2&q=a%20b", "/index.xhtml",
            "/app/staff/audit.xhtml#entries"})
    void pathsInsideTheApplicationAreKept(String next) {
        assertEquals(next, SafeRedirect.local(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "//evil.com", "//evil.com/app/x", "///evil.com",
            "http://x", "https://evil.com/app/x", "javascript:alert(1)", "evil.com", "app/x",
            "/\\evil.com", "/app\\..\\x",
            "/api/me", "/api/", "/login.xhtml", "/login.xhtml?next=/app/x",
            "/app/x\r\nSet-Cookie: a=b", "/app/x\nLocation: http://evil.com", "/app/x\r", "   "})
    void everythingElseGoesToTheDashboard(String next) {
        assertEquals(HOME, SafeRedirect.local(next));
    }

    @Test
    void homeIsTheDashboard() {
        assertEquals(HOME, SafeRedirect.HOME);
    }
}
