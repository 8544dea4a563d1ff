package org.salwhub.meetings.api;

/** A registration waits for staff, who approve or reject it; beyond the capacity it joins the waiting list. */
public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED, WAITLISTED, WITHDRAWN;

    /** Takes a seat (or asks for one): counted against the capacity and in conflict checks. */
    public boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
