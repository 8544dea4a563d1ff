package org.salwhub.registry.api.reporting;

/**
 * How many of the member States in one group reported in a cycle. {@code group} is the key the States are
 * grouped by: today the name of their M49 subregion ("EASTERN_AFRICA", "OTHER" when unknown).
 * {@code rate} is {@code reported / states}, from 0 to 1.
 */
public record ReportingRate(String group, int states, int reported, double rate) {

    public ReportingRate {
        if (states < 0 || reported < 0 || reported > states) {
            throw new IllegalArgumentException(reported + " of " + states);
        }
    }

    public static ReportingRate of(String group, int states, int reported) {
        return new ReportingRate(group, states, reported, states == 0 ? 0 : (double) reported / states);
    }

    /** The rate in whole percent, rounded. */
    public int percent() {
        return (int) Math.round(rate * 100);
    }
}
