package org.salwhub.assistance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.salwhub.assistance.api.MatchingWeights;

/** The matching weights staff set; one row, {@code default}. */
@Entity
@Table(name = "asst_matching_weights")
public class WeightSetting {

    public static final String ID = "default";

    @Id
    @Column(length = 20)
    private String id = ID;

    @Column(name = "w_theme", nullable = false)
    private double theme;
    @Column(name = "w_type", nullable = false)
    private double assistanceType;
    @Column(name = "w_lines", nullable = false)
    private double lines;
    @Column(name = "w_budget", nullable = false)
    private double budget;
    @Column(name = "w_period", nullable = false)
    private double period;
    @Column(name = "w_language", nullable = false)
    private double language;
    @Column(name = "w_developing", nullable = false)
    private double developing;
    @Column(name = "w_waiting", nullable = false)
    private double waiting;

    @Version
    private long version;

    public WeightSetting() {
    }

    public void set(MatchingWeights w) {
        theme = w.theme();
        assistanceType = w.assistanceType();
        lines = w.lines();
        budget = w.budget();
        period = w.period();
        language = w.language();
        developing = w.developing();
        waiting = w.waiting();
    }

    public long version() {
        return version;
    }

    public MatchingWeights view() {
        return new MatchingWeights(theme, assistanceType, lines, budget, period, language, developing, waiting, true,
                version);
    }
}
