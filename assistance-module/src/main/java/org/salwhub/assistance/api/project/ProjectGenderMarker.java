package org.salwhub.assistance.api.project;

/** The OECD DAC gender equality policy marker (IATI policy-marker 1, significance 0/1/2). */
public enum ProjectGenderMarker {
    NOT_TARGETED(0), SIGNIFICANT(1), PRINCIPAL(2);

    private final int significance;

    ProjectGenderMarker(int significance) {
        this.significance = significance;
    }

    public int significance() {
        return significance;
    }

    public static ProjectGenderMarker ofSignificance(String code) {
        for (ProjectGenderMarker m : values()) {
            if (String.valueOf(m.significance).equals(code)) {
                return m;
            }
        }
        return NOT_TARGETED;
    }
}
