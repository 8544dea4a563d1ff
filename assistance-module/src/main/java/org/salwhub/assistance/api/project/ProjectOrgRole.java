package org.salwhub.assistance.api.project;

import java.util.Arrays;
import java.util.Optional;

/** The role of a participating organisation (IATI codelist OrganisationRole). */
public enum ProjectOrgRole {
    FUNDING(1), ACCOUNTABLE(2), EXTENDING(3), IMPLEMENTING(4);

    private final int iatiCode;

    ProjectOrgRole(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public static Optional<ProjectOrgRole> ofIati(String code) {
        return Arrays.stream(values()).filter(r -> String.valueOf(r.iatiCode).equals(code)).findFirst();
    }
}
