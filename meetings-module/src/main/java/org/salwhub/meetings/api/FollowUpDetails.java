package org.salwhub.meetings.api;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up action: what, by whom (a State or an organisation) and by when. */
public record FollowUpDetails(String description, UUID ownerState, UUID ownerOrganisation, LocalDate due) {
}
