package org.salwhub.meetings.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Plans a six-year Programme of Action cycle as in 2018–2024: a Biennial Meeting of States of one week (Monday to
 * Friday, from the third Monday of June) in years 2 and 4; in year 6 a Preparatory Committee of five days from the
 * third Monday of March and the Review Conference of two weeks from the third Monday of June. Sittings run 10:00 to
 * 18:00 in the venue's zone. The chair is nominated a year ahead, registration closes four weeks and documents are
 * due six weeks before.
 */
public final class PoaCycle {

    public static final String BMS_SERIES = "PoA-BMS";
    public static final String PREPCOM_SERIES = "PoA-PrepCom";
    public static final String REVCON_SERIES = "PoA-RevCon";
    static final LocalTime OPENS = LocalTime.of(10, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);
    static final List<String> TOPICS = List.of("International cooperation and assistance",
            "Implementation of the Programme of Action", "International Tracing Instrument");

    private PoaCycle() {
    }

    public static List<MeetingDetails> plan(PoaCycleRequest r) {
        if (r.firstYear() < 2001 || r.firstYear() > 2100) {
            throw new ValidationException("firstYear", "meetings.cycle.year");
        }
        if (r.firstBmsOrdinal() < 1 || r.reviewConferenceOrdinal() < 1) {
            throw new ValidationException(List.of(FieldError.of("firstBmsOrdinal", "meetings.ordinal")));
        }
        int year2 = r.firstYear() + 1;
        int year4 = r.firstYear() + 3;
        int year6 = r.firstYear() + 5;
        return List.of(
                bms(r, r.firstBmsOrdinal(), year2),
                bms(r, r.firstBmsOrdinal() + 1, year4),
                meeting(r, MeetingType.PREPCOM, PREPCOM_SERIES, r.reviewConferenceOrdinal(),
                        thirdMonday(year6, 3), 5, prepComTitle(r.reviewConferenceOrdinal())),
                meeting(r, MeetingType.REVIEW_CONFERENCE, REVCON_SERIES, r.reviewConferenceOrdinal(),
                        thirdMonday(year6, 6), 12, revConTitle(r.reviewConferenceOrdinal())));
    }

    private static MeetingDetails bms(PoaCycleRequest r, int ordinal, int year) {
        return meeting(r, MeetingType.BMS, BMS_SERIES, ordinal, thirdMonday(year, 6), 5, new LocalizedText(
                english(ordinal) + " Biennial Meeting of States on the Programme of Action",
                ordinal + "e Réunion biennale des États sur le Programme d'action",
                "الاجتماع " + ordinal + " الذي تعقده الدول كل سنتين بشأن برنامج العمل"));
    }

    private static LocalizedText prepComTitle(int ordinal) {
        return new LocalizedText("Preparatory Committee for the " + english(ordinal) + " Review Conference",
                "Comité préparatoire de la " + ordinal + "e Conférence d'examen",
                "اللجنة التحضيرية لمؤتمر الاستعراض " + ordinal);
    }

    private static LocalizedText revConTitle(int ordinal) {
        return new LocalizedText(english(ordinal) + " Review Conference on the Programme of Action",
                ordinal + "e Conférence d'examen du Programme d'action",
                "مؤتمر الاستعراض " + ordinal + " لبرنامج العمل");
    }

    /** A meeting from Monday {@code first} lasting {@code days} calendar days (5 = one week, 12 = two weeks). */
    private static MeetingDetails meeting(PoaCycleRequest r, MeetingType type, String series, int ordinal,
                                          LocalDate first, int days, LocalizedText title) {
        LocalDate last = first.plusDays(days - 1L);
        return new MeetingDetails(type, title, ordinal, series, first.atTime(OPENS), last.atTime(CLOSES), r.zone(),
                r.room(), r.city(), r.venueCountry(), null, List.of("en", "fr", "ar", "es", "ru", "zh"), true, null,
                null, first.minusYears(1), first.minusWeeks(4), first.minusWeeks(6), null, TOPICS, null);
    }

    static LocalDate thirdMonday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
    public static String english(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
