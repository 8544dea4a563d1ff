package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.fellowship.CallDeadlines;
import org.salwhub.assistance.api.fellowship.CallDetails;
import org.salwhub.assistance.api.fellowship.CallId;
import org.salwhub.assistance.api.fellowship.CallPhase;
import org.salwhub.assistance.api.fellowship.CallPhaseKind;
import org.salwhub.assistance.api.fellowship.CallStatus;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.NominationId;
import org.salwhub.assistance.api.fellowship.NominationStatus;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.registry.api.directory.PersonId;

class AlumniLinksTest {

    static final LocalDate TODAY = LocalDate.of(2027, 6, 1);

    static CallView call(String title, LocalDate onlineEnd, LocalDate inPersonEnd) {
        CallDetails details = new CallDetails(title, null, null, 10, List.of("en"), null, 2, 50, 50,
                new CallDeadlines(null, null, null, null), 2,
                List.of(new CallPhase(CallPhaseKind.ONLINE, null, onlineEnd.minusDays(30), onlineEnd, null),
                        new CallPhase(CallPhaseKind.IN_PERSON, null, inPersonEnd.minusDays(10), inPersonEnd, "Nairobi")),
                List.of(), null);
        return new CallView(CallId.random(), details, CallStatus.COMPLETED, 4, 0);
    }

    static NominationView nomination(CallView call, NominationStatus status) {
        return new NominationView(NominationId.random(), call.id(), UUID.randomUUID(), new PersonId(UUID.randomUUID()),
                "Grace Namutebi", null, null, null, 0, true, List.of(), false, null, status, null, null, null, true,
                "fp", Instant.now(), 0);
    }

    @Test
    void theProgrammeEndsWithItsLastPhase() {
        CallView c = call("2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        assertEquals(LocalDate.of(2025, 4, 20), c.endsOn());
    }

    @Test
    void onlyAnAcceptedFellowOfAnEndedProgrammeIsAnAlumnus() {
        CallView ended = call("Fellowship 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        CallView running = call("Fellowship 2027", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 7, 10));
        CallView declined = call("Fellowship 2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 20));
        Map<CallId, CallView> calls = Map.of(ended.id(), ended, running.id(), running, declined.id(), declined);
        List<AlumniLinks.Programme> programmes = AlumniLinks.programmes(List.of(
                nomination(ended, NominationStatus.ACCEPTED), nomination(running, NominationStatus.ACCEPTED),
                nomination(declined, NominationStatus.DECLINED)), calls, TODAY);
        assertEquals(List.of(new AlumniLinks.Programme(ended.id(), "Fellowship 2025", LocalDate.of(2025, 4, 20))),
                programmes);
    }

    @Test
    void aMeetingAfterTheProgrammesEndFollowsTheLatestOneEndedBeforeIt() {
        CallView first = call("Fellowship 2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 20));
        CallView second = call("Fellowship 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        List<AlumniLinks.Programme> programmes = AlumniLinks.programmes(List.of(
                nomination(first, NominationStatus.ACCEPTED), nomination(second, NominationStatus.ACCEPTED)),
                Map.of(first.id(), first, second.id(), second), TODAY);
        assertEquals("Fellowship 2025", AlumniLinks.followed(LocalDate.of(2026, 6, 15), programmes).orElseThrow()
                .title());
        assertEquals("Fellowship 2023", AlumniLinks.followed(LocalDate.of(2024, 6, 15), programmes).orElseThrow()
                .title());
        assertTrue(AlumniLinks.followed(LocalDate.of(2025, 4, 20), programmes).map(p -> p.title())
                .filter("Fellowship 2023"::equals).isPresent(), "on the last day: not yet after the 2025 programme");
        assertTrue(AlumniLinks.followed(LocalDate.of(2022, 1, 1), programmes).isEmpty(), "before any programme");
        assertTrue(AlumniLinks.followed(null, programmes).isEmpty());
    }
}
