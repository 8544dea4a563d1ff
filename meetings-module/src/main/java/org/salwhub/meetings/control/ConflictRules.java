package org.salwhub.meetings.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.salwhub.meetings.api.MeetingType;

/** When two meetings conflict. */
public final class ConflictRules {

    private ConflictRules() {
    }

    public static boolean overlap(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    /**
     * The fewest days between the end of one meeting of a series and the start of the next: a year for the
     * meetings of the PoA process (they are biennial or six-yearly), sixty days for regional meetings, a week for
     * the rest.
     */
    public static long minimumGapDays(MeetingType type) {
        if (type.isPoa()) {
            return 365;
        }
        return type.isRegional() ? 60 : 7;
    }

    /** Days between the end of the earlier and the start of the later meeting (0 when they overlap). */
    public static long gapDays(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        if (overlap(aStart, aEnd, bStart, bEnd)) {
            return 0;
        }
        Instant end = aEnd.isBefore(bStart) ? aEnd : bEnd;
        Instant start = aEnd.isBefore(bStart) ? bStart : aStart;
        return Duration.between(end, start).toDays();
    }

    /** The same room in the same city, compared without case and spacing. */
    public static String venueKey(String room, String city) {
        if (room == null || room.isBlank() || city == null || city.isBlank()) {
            return null;
        }
        return (room.strip().replaceAll("\\s+", " ") + "|" + city.strip().replaceAll("\\s+", " "))
                .toLowerCase(Locale.ROOT);
    }
}
