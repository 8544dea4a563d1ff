package org.salwhub.meetings.api;

/** The kinds of meeting the commission runs. The first four belong to the global Programme of Action cycle. */
public enum MeetingType {
    BMS, REVIEW_CONFERENCE, PREPCOM, EXPERTS_MEETING,
    REGIONAL_PREPARATORY, REGIONAL_FOLLOW_UP,
    WORKSHOP, TRAINING, STEERING_COMMITTEE, DONOR_COORDINATION, NATIONAL_COMMISSION;

    /** A meeting of the PoA process: its chair is nominated a year ahead and its agenda must cover cooperation and assistance. */
    public boolean isPoa() {
        return this == BMS || this == REVIEW_CONFERENCE || this == PREPCOM || this == EXPERTS_MEETING;
    }

    /** A regional meeting, which prepares for or follows up a global one. */
    public boolean isRegional() {
        return this == REGIONAL_PREPARATORY || this == REGIONAL_FOLLOW_UP;
    }
}
