package org.salwhub.fellowship.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The alumni rule: a person is an alumnus of a call when they accepted its offer, completed the programme under the
 * call's completion rule (what earns the certificate) and the programme has ended; an activity that starts after
 * that end is one they took part in later. A fellow who did not complete is no alumnus, and no later activity is
 * linked to that programme. Pure: {@link FellowshipFacade#alumniProgrammes} applies it to what the caller may see,
 * and a page applies {@link #followed} to the dates of the person's meetings.
 */
public final class AlumniProgrammes {

    private AlumniProgrammes() {
    }

    /** A fellowship programme the person completed the course of: the call's title and its last day. */
    public record Programme(CallId callId, String title, LocalDate endsOn) {
    }

    /**
     * The programmes the person is an alumnus of on {@code today}, the most recent first: nominations they
     * accepted and {@code completed}, to calls whose programme ended before today.
     */
    public static List<Programme> programmes(List<NominationView> nominations, Set<NominationId> completed,
                                             Map<CallId, CallView> calls, LocalDate today) {
        return nominations.stream().filter(n -> n.status() == NominationStatus.ACCEPTED)
                .filter(n -> completed.contains(n.id()))
                .map(n -> calls.get(n.callId())).filter(Objects::nonNull)
                .filter(c -> c.endsOn() != null && c.endsOn().isBefore(today))
                .map(c -> new Programme(c.id(), c.title(), c.endsOn())).distinct()
                .sorted(Comparator.comparing(Programme::endsOn).reversed()).toList();
    }

    /** The most recent programme that ended before {@code day}: the one a later activity follows. */
    public static Optional<Programme> followed(LocalDate day, List<Programme> programmes) {
        if (day == null) {
            return Optional.empty();
        }
        return programmes.stream().filter(p -> p.endsOn().isBefore(day)).max(Comparator.comparing(Programme::endsOn));
    }
}
