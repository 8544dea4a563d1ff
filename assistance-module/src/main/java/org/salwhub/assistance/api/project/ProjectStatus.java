package org.salwhub.assistance.api.project;

import java.util.Arrays;
import java.util.Optional;

/** The IATI activity status (codelist ActivityStatus), with its code. */
public enum ProjectStatus {
    PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

    private final int iatiCode;

    ProjectStatus(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public boolean isActive() {
        return this == PIPELINE || this == IMPLEMENTATION || this == FINALISATION || this == SUSPENDED;
    }

    public static Optional<ProjectStatus> ofIati(String code) {
        return Arrays.stream(values()).filter(s -> String.valueOf(s.iatiCode).equals(code)).findFirst();
    }
}
