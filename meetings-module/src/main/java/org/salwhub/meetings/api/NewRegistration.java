package org.salwhub.meetings.api;

import java.util.UUID;

/**
 * A registration of one person. A State delegate names the State ({@code state}); an IGO or NGO participant the
 * organisation. {@code consentToList} lets the participant list show the person.
 */
public record NewRegistration(MeetingId meeting, UUID person, ParticipantCategory category, UUID state,
                              UUID organisation, DelegationRole role, boolean consentToList,
                              boolean sponsorshipRequested, String sponsorshipReason) {
}
