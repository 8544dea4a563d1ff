package org.salwhub.web.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.salwhub.assistance.api.fellowship.CallId;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.NominationId;
import org.salwhub.assistance.api.fellowship.NominationStatus;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.registry.api.directory.Sex;

/**
 * Links an alumnus's later activity to the fellowship they took part in: a person is an alumnus of a call when
 * they accepted its offer, completed the programme under the call's completion rule (what earns the certificate)
 * and the programme has ended; a meeting that starts after that end is one they took part in later. A fellow who
 * did not complete is no alumnus, and no later meeting is linked to that programme. Pure: the profile page feeds it
 * what the modules' {@code api} returned.
 */
public final class AlumniLinks {

    private AlumniLinks() {
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

    /**
     * Whose wording the alumni mark takes: a woman's or a man's as the registry records the person's sex, the
     * neutral one ({@link Sex#UNDISCLOSED}) when it is not stated.
     */
    public static Sex wording(Sex recorded) {
        return recorded == null ? Sex.UNDISCLOSED : recorded;
    }

    /** The most recent programme that ended before {@code day}: the one a later activity follows. */
    public static Optional<Programme> followed(LocalDate day, List<Programme> programmes) {
        if (day == null) {
            return Optional.empty();
        }
        return programmes.stream().filter(p -> p.endsOn().isBefore(day)).max(Comparator.comparing(Programme::endsOn));
    }
}
