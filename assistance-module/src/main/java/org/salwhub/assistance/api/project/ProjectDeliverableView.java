package org.salwhub.assistance.api.project;

import java.util.UUID;

/** A deliverable line with its delivery rate (delivered of planned, 0–100). */
public record ProjectDeliverableView(UUID id, String itemCode, String description, int planned, int delivered,
                                     int installed, int operational, int traineesFemale, int traineesMale,
                                     long version) {

    public int deliveredPercent() {
        return planned <= 0 ? 0 : Math.min(100, Math.round(delivered * 100f / planned));
    }

    public int trainees() {
        return traineesFemale + traineesMale;
    }
}
