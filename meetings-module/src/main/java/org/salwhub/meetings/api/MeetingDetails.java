package org.salwhub.meetings.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * What staff enter for a meeting. {@code start} and {@code end} are wall-clock times in {@code zone} (an IANA
 * zone such as {@code Africa/Nairobi}). {@code venueCountry} is a registry State, {@code organiser} a registry
 * organisation and {@code chair} a registry person. {@code relatedMeeting} is the global meeting a regional one
 * prepares for or follows up. A null {@code chairNominationDeadline} of a PoA meeting becomes one year before it.
 */
public record MeetingDetails(MeetingType type, LocalizedText title, Integer ordinal, String series,
                             LocalDateTime start, LocalDateTime end, String zone,
                             String room, String city, UUID venueCountry, String onlineLink,
                             List<String> languages, boolean interpretation, UUID organiser, UUID chair,
                             LocalDate chairNominationDeadline, LocalDate registrationDeadline,
                             LocalDate documentsDeadline, Integer capacity, List<String> topics,
                             MeetingId relatedMeeting) {
    public MeetingDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public MeetingDetails withDates(LocalDateTime newStart, LocalDateTime newEnd) {
        return new MeetingDetails(type, title, ordinal, series, newStart, newEnd, zone, room, city, venueCountry,
                onlineLink, languages, interpretation, organiser, chair, chairNominationDeadline,
                registrationDeadline, documentsDeadline, capacity, topics, relatedMeeting);
    }
}
