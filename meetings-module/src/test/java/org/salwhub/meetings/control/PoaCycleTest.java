package org.salwhub.meetings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.registry.api.kernel.ValidationException;

class PoaCycleTest {

    @Test
    void theCycleOf2019To2024MatchesTheRealOne() {
        // the real cycle: BMS7 in 2020, BMS8 in 2022, PrepCom and RevCon4 in 2024 (held 18-28 June 2024)
        List<MeetingDetails> plan = PoaCycle.plan(new PoaCycleRequest(2019, 7, 4, "America/New_York", "New York",
                null, null));
        assertEquals(List.of(MeetingType.BMS, MeetingType.BMS, MeetingType.PREPCOM, MeetingType.REVIEW_CONFERENCE),
                plan.stream().map(MeetingDetails::type).toList());
        assertEquals(2020, plan.get(0).start().getYear());
        assertEquals(2022, plan.get(1).start().getYear());
        assertEquals(LocalDate.of(2024, 3, 18), plan.get(2).start().toLocalDate());
        assertEquals(LocalDate.of(2024, 3, 22), plan.get(2).end().toLocalDate());
        assertEquals(LocalDate.of(2024, 6, 17), plan.get(3).start().toLocalDate());
        assertEquals(LocalDate.of(2024, 6, 28), plan.get(3).end().toLocalDate());
        for (MeetingDetails d : plan) {
            assertEquals(DayOfWeek.MONDAY, d.start().getDayOfWeek());
            assertEquals(DayOfWeek.FRIDAY, d.end().getDayOfWeek());
            assertEquals(d.start().toLocalDate().minusYears(1), d.chairNominationDeadline());
            MeetingRules.check(d);
        }
        assertEquals("7th Biennial Meeting of States on the Programme of Action", plan.get(0).title().en());
        assertEquals("4th Review Conference on the Programme of Action", plan.get(3).title().en());
    }

    @Test
    void ordinalsReadAsEnglishDoes() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "112th"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 112).stream().map(PoaCycle::english).toList());
    }

    @Test
    void anAbsurdYearIsRefused() {
        assertThrows(ValidationException.class, () -> PoaCycle.plan(new PoaCycleRequest(1990, 1, 1, "UTC", "x",
                null, null)));
    }
}
