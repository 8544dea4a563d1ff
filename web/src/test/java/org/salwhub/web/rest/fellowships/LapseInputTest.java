package org.salwhub.web.rest.fellowships;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.ValidationException;

class LapseInputTest {

    @AfterEach
    void clearClock() {
        System.clearProperty("salwhub.clock.future");
    }

    @Test
    void aTimerJobRunsForTodayOrAnEarlierDay() {
        LocalDate today = LocalDate.now();
        assertEquals(today, FellowshipResources.LapseInput.day(null, today));
        assertEquals(today, FellowshipResources.LapseInput.day(new FellowshipResources.LapseInput(null), today));
        assertEquals(today.minusDays(3),
                FellowshipResources.LapseInput.day(new FellowshipResources.LapseInput(today.minusDays(3)), today));
    }

    @Test
    void aLaterDayWouldLapseOffersBeforeTheirDeadlineAndIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> FellowshipResources.LapseInput.day(new FellowshipResources.LapseInput(LocalDate.now().plusDays(1)),
                        LocalDate.now()));
        assertEquals("today", refused.errors().get(0).field());
        assertEquals("date.future", refused.errors().get(0).code());
    }

    @Test
    void onlyAServerStartedWithTheTestClockAcceptsALaterDay() {
        System.setProperty("salwhub.clock.future", "true");
        LocalDate later = LocalDate.now().plusDays(30);
        assertEquals(later, FellowshipResources.LapseInput.day(new FellowshipResources.LapseInput(later),
                LocalDate.now()));
    }
}
