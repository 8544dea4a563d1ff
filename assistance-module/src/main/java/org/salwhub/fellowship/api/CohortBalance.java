package org.salwhub.fellowship.api;

/**
 * The balance of the cohort as selected so far (selected and accepted fellows) against the call's targets:
 * the share of women, the States and subregions represented, the share from developing countries.
 */
public record CohortBalance(int seats, int selected, int women, int womenTargetPercent, int states,
                            int subregions, int developing, int developingTargetPercent) {

    public double womenPercent() {
        return percent(women);
    }

    public double developingPercent() {
        return percent(developing);
    }

    public boolean womenTargetMet() {
        return selected > 0 && womenPercent() >= womenTargetPercent;
    }

    public boolean developingTargetMet() {
        return selected > 0 && developingPercent() >= developingTargetPercent;
    }

    public int seatsLeft() {
        return Math.max(0, seats - selected);
    }

    private double percent(int count) {
        return selected == 0 ? 0 : Math.round(count * 1000.0 / selected) / 10.0;
    }
}
