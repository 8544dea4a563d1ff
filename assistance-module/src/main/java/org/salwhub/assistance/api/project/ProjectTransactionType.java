package org.salwhub.assistance.api.project;

import java.util.Arrays;
import java.util.Optional;

/**
 * A transaction's type with its IATI code: an (outgoing) pledge, an outgoing commitment, a disbursement or an
 * expenditure. Pledges never count in the committed or disbursed totals.
 */
public enum ProjectTransactionType {
    PLEDGE(12), COMMITMENT(2), DISBURSEMENT(3), EXPENDITURE(4);

    private final int iatiCode;

    ProjectTransactionType(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }

    public static Optional<ProjectTransactionType> ofIati(String code) {
        return Arrays.stream(values()).filter(t -> String.valueOf(t.iatiCode).equals(code)).findFirst();
    }
}
