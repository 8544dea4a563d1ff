package org.salwhub.fellowship.api;

import java.util.List;

/**
 * A call's figures: applications by State, subregion and sex; how many were selected (offered a place) and how
 * many of the fellows completed; spending by donor.
 */
public record FellowshipCallReport(CallView call, int applications, List<FellowshipCount> byState,
                                   List<FellowshipCount> bySubregion, List<FellowshipCount> bySex, int selected,
                                   int fellows, int completed, List<FellowshipSpending> spending) {
    public FellowshipCallReport {
        byState = List.copyOf(byState);
        bySubregion = List.copyOf(bySubregion);
        bySex = List.copyOf(bySex);
        spending = List.copyOf(spending);
    }

    public double selectionRatePercent() {
        return applications == 0 ? 0 : Math.round(selected * 1000.0 / applications) / 10.0;
    }

    public double completionRatePercent() {
        return fellows == 0 ? 0 : Math.round(completed * 1000.0 / fellows) / 10.0;
    }
}
