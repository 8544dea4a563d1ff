package org.salwhub.meetings.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A registration with its decision and sponsorship. */
public record RegistrationView(RegistrationId id, MeetingId meeting, UUID person, String personName,
                               ParticipantCategory category, UUID state, UUID organisation, DelegationRole role,
                               RegistrationStatus status, String decisionReason, boolean consentToList,
                               SponsorshipDecision sponsorship, String sponsorshipReason,
                               BigDecimal sponsorshipAmount, String registeredBy, Instant registeredAt,
                               long version) {
}
