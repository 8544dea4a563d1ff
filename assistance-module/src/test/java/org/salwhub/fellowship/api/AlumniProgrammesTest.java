package org.salwhub.fellowship.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.directory.PersonId;

class AlumniProgrammesTest {

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

    /** The nominations all completed, as far as the cohort records say (declined ones never appear there). */
    static Set<NominationId> completed(NominationView... nominations) {
        return Arrays.stream(nominations).map(NominationView::id).collect(Collectors.toSet());
    }

    @Test
    void onlyAnAcceptedFellowWhoCompletedAnEndedProgrammeIsAnAlumnus() {
        CallView ended = call("Fellowship 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        CallView running = call("Fellowship 2027", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 7, 10));
        CallView declined = call("Fellowship 2024", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 20));
        Map<CallId, CallView> calls = Map.of(ended.id(), ended, running.id(), running, declined.id(), declined);
        NominationView alumna = nomination(ended, NominationStatus.ACCEPTED);
        NominationView stillRunning = nomination(running, NominationStatus.ACCEPTED);
        NominationView declinedOffer = nomination(declined, NominationStatus.DECLINED);
        List<AlumniProgrammes.Programme> programmes = AlumniProgrammes.programmes(List.of(alumna, stillRunning, declinedOffer),
                completed(alumna, stillRunning), calls, TODAY);
        assertEquals(List.of(new AlumniProgrammes.Programme(ended.id(), "Fellowship 2025", LocalDate.of(2025, 4, 20))),
                programmes);
    }

    @Test
    void aFellowWhoDidNotCompleteAnEndedProgrammeIsNoAlumnusAndNoMeetingFollowsIt() {
        CallView ended = call("Fellowship 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        NominationView droppedOut = nomination(ended, NominationStatus.ACCEPTED);
        List<AlumniProgrammes.Programme> programmes = AlumniProgrammes.programmes(List.of(droppedOut), Set.of(),
                Map.of(ended.id(), ended), TODAY);
        assertEquals(List.of(), programmes, "accepted, but no certificate: no alumni mark");
        assertTrue(AlumniProgrammes.followed(LocalDate.of(2026, 6, 15), programmes).isEmpty(),
                "and no meeting is 'after the fellowship'");
        // an earlier programme they did complete still counts, for the mark and for the meetings after it
        CallView earlier = call("Fellowship 2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 20));
        NominationView completedEarlier = nomination(earlier, NominationStatus.ACCEPTED);
        List<AlumniProgrammes.Programme> both = AlumniProgrammes.programmes(List.of(droppedOut, completedEarlier),
                completed(completedEarlier), Map.of(ended.id(), ended, earlier.id(), earlier), TODAY);
        assertEquals(List.of("Fellowship 2023"), both.stream().map(AlumniProgrammes.Programme::title).toList());
        assertEquals("Fellowship 2023", AlumniProgrammes.followed(LocalDate.of(2026, 6, 15), both).orElseThrow().title(),
                "a meeting after 2025 follows the 2023 programme, the one completed");
    }

    @Test
    void aMeetingAfterTheProgrammesEndFollowsTheLatestOneEndedBeforeIt() {
        CallView first = call("Fellowship 2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 20));
        CallView second = call("Fellowship 2025", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 20));
        NominationView firstFellow = nomination(first, NominationStatus.ACCEPTED);
        NominationView secondFellow = nomination(second, NominationStatus.ACCEPTED);
        List<AlumniProgrammes.Programme> programmes = AlumniProgrammes.programmes(List.of(firstFellow, secondFellow),
                completed(firstFellow, secondFellow), Map.of(first.id(), first, second.id(), second), TODAY);
        assertEquals("Fellowship 2025", AlumniProgrammes.followed(LocalDate.of(2026, 6, 15), programmes).orElseThrow()
                .title());
        assertEquals("Fellowship 2023", AlumniProgrammes.followed(LocalDate.of(2024, 6, 15), programmes).orElseThrow()
                .title());
        assertTrue(AlumniProgrammes.followed(LocalDate.of(2025, 4, 20), programmes).map(p -> p.title())
                .filter("Fellowship 2023"::equals).isPresent(), "on the last day: not yet after the 2025 programme");
        assertTrue(AlumniProgrammes.followed(LocalDate.of(2022, 1, 1), programmes).isEmpty(), "before any programme");
        assertTrue(AlumniProgrammes.followed(null, programmes).isEmpty());
    }
}
