package org.salwhub.web.ui;

/** Where to go after sign-in: only a path inside the application, never another site. */
public final class SafeRedirect {

    static final String HOME = "/app/dashboard.xhtml";

    private SafeRedirect() {
    }

    public static String local(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.contains("\r") || next.contains("\n")
                || next.startsWith("/login.xhtml") || next.startsWith("/api/")) {
            return HOME;
        }
        return next;
    }
}
