package org.salwhub.web.persistence;

import java.util.List;

/** Ends the process with a readable explanation instead of a stack trace. */
final class StartupFailure {

    private StartupFailure() {
    }

    static void stop(String headline, List<String> details) {
        StringBuilder text = new StringBuilder("\n\n================================================================\n")
                .append(headline).append('\n');
        for (String detail : details) {
            text.append("  - ").append(detail).append('\n');
        }
        text.append("================================================================\n");
        System.err.println(text);
        System.err.flush();
        if (Boolean.getBoolean("salwhub.startup.noexit")) {
            throw new IllegalStateException(headline);
        }
        Runtime.getRuntime().halt(3);
    }
}
