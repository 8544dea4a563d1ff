package org.salwhub.web.export;

import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.web.i18n.Messages;

/**
 * A meeting's lists of people as the reader sees them, for the screen and its CSV/XLSX downloads: the list of
 * participants in the order of a UN list of participants (State delegations, then organisations, experts and
 * observers; each delegation by its name in the reader's language, its head first), the registrations and a
 * session's attendance. The rows are what the facade let the reader see: a participant who did not consent is
 * listed only for staff, and marked so.
 */
public final class MeetingTables {

    private final RegistryFacade registry;
    private final Locale locale;
    private final ZoneId zone;
    private final Collator collator;
    private final Map<String, String> delegationNames = new HashMap<>();

    public MeetingTables(RegistryFacade registry, Locale locale, ZoneId zone) {
        this.registry = registry;
        this.locale = locale;
        this.zone = zone;
        this.collator = Collator.getInstance(locale);
        this.collator.setStrength(Collator.PRIMARY);
    }

    /** The participants in list order: category, delegation name, head before members, then name. */
    public List<RegistrationView> inListOrder(List<RegistrationView> participants) {
        return participants.stream().sorted(Comparator.comparing(RegistrationView::category)
                .thenComparing(this::delegation, collator)
                .thenComparing(RegistrationView::role)
                .thenComparing(r -> r.personName() == null ? "" : r.personName(), collator)).toList();
    }

    /**
     * The list of participants; {@code staff} adds whether each person agreed to be listed (staff see those who
     * did not, and must leave them out of what they publish). Printed, it is headed "List of participants:" and
     * {@code meetingTitle}.
     */
    public Table participants(String meetingName, String meetingTitle, List<RegistrationView> participants,
                              boolean staff) {
        List<String> keys = new ArrayList<>(List.of("meetings.delegation", "meetings.person",
                "meetings.participants.role", "meetings.participants.category"));
        if (staff) {
            keys.add("meetings.participants.listed");
        }
        List<List<Object>> rows = inListOrder(participants).stream().map(r -> {
            List<Object> row = row(delegation(r), r.personName(), label(r.role()), label(r.category()));
            if (staff) {
                row.add(yesNo(r.consentToList()));
            }
            return row;
        }).toList();
        return new Table(meetingName + "-participants", "meetings.participants",
                Messages.text(locale, "meetings.participants.listTitle", meetingTitle), headers(keys), rows);
    }

    /** Every registration with its decision and sponsorship, in the order they came (staff). */
    public Table registrations(String meetingName, List<RegistrationView> registrations) {
        return new Table(meetingName + "-registrations", "meetings.registrations", headers(List.of("meetings.person",
                "meetings.delegation", "meetings.participants.category", "meetings.participants.role",
                "meetings.field.status", "meetings.decision.reason", "meetings.sponsorship",
                "meetings.register.sponsorshipReason", "meetings.sponsorship.amount", "meetings.participants.listed",
                "meetings.registeredBy", "meetings.registeredOn")),
                registrations.stream().map(r -> row(r.personName(), delegation(r), label(r.category()),
                        label(r.role()), label(r.status()), r.decisionReason(), label(r.sponsorship()),
                        r.sponsorshipReason(), r.sponsorshipAmount(), yesNo(r.consentToList()), r.registeredBy(),
                        r.registeredAt() == null ? null : r.registeredAt().atZone(zone).toLocalDate())).toList());
    }

    /** Who was checked in to one session, and when (in the reader's time zone), in the order they came (staff). */
    public Table attendance(String meetingName, String sessionTitle, List<AttendanceView> attendance,
                            List<RegistrationView> registrations) {
        Map<RegistrationId, RegistrationView> byId = new HashMap<>();
        registrations.forEach(r -> byId.put(r.id(), r));
        return new Table(meetingName + "-attendance", "meetings.attendance", headers(List.of("meetings.session",
                "meetings.person", "meetings.delegation", "meetings.attendance.time", "meetings.attendance.by")),
                attendance.stream().map(a -> {
                    RegistrationView r = byId.get(a.registration());
                    return row(sessionTitle, r == null ? null : r.personName(), r == null ? null : delegation(r),
                            a.checkedInAt() == null ? null
                                    : a.checkedInAt().atZone(zone).toLocalDateTime().withNano(0).toString()
                                    .replace('T', ' '),
                            a.checkedInBy());
                }).toList());
    }

    /** The State or organisation a person came with, in the reader's language; empty for an individual. */
    public String delegation(RegistrationView r) {
        UUID state = r.state();
        UUID organisation = r.organisation();
        if (state != null) {
            return delegationNames.computeIfAbsent("s" + state,
                    k -> ProjectExports.stateName(registry, state, locale));
        }
        if (organisation != null) {
            return delegationNames.computeIfAbsent("o" + organisation,
                    k -> ProjectExports.organisationName(registry, organisation, locale));
        }
        return "";
    }

    private List<String> headers(List<String> keys) {
        return keys.stream().map(k -> Messages.text(locale, k)).toList();
    }

    private String label(Enum<?> value) {
        return value == null ? null
                : Messages.text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private String yesNo(boolean value) {
        return Messages.text(locale, value ? "export.yes" : "export.no");
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }
}
