package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.meetings.api.AccessLevel;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.DocumentDetails;
import org.salwhub.meetings.api.DocumentType;
import org.salwhub.meetings.api.DocumentView;
import org.salwhub.meetings.api.FileUpload;
import org.salwhub.meetings.api.FollowUpDetails;
import org.salwhub.meetings.api.InviteeKind;
import org.salwhub.meetings.api.MeetingDetails;
import org.salwhub.meetings.api.MeetingStatus;
import org.salwhub.meetings.api.MeetingType;
import org.salwhub.meetings.api.MeetingView;
import org.salwhub.meetings.api.MeetingsFacade;
import org.salwhub.meetings.api.NewRegistration;
import org.salwhub.meetings.api.OutcomeKind;
import org.salwhub.meetings.api.OutcomeView;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.PoaCycleRequest;
import org.salwhub.meetings.api.Registered;
import org.salwhub.meetings.api.SessionDetails;
import org.salwhub.meetings.api.SessionView;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.kernel.LocalizedText;

/**
 * Meetings for the demo, relative to today: the PoA cycle that began last year (its first Biennial Meeting of States
 * concluded with recommendations that Kenya and Sudan follow up; the next one has its agenda; the Preparatory
 * Committee has none, so it shows the missing cooperation-and-assistance warning); a regional preparatory meeting in
 * Nairobi in three weeks with sessions, speakers, documents, invitations and Kenya's approved delegation (open for
 * registration, Sudan not registered yet); a steering committee booked into the same room (a venue conflict); and a
 * workshop on marking and record-keeping in Kigali.
 */
@Stateless
public class DemoMeetings {

    static final String NAIROBI = "Africa/Nairobi";

    @Inject
    MeetingsFacade meetings;

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    public void create() {
        LocalDate today = LocalDate.now();
        UUID usa = registry.stateByIsoCode("US").map(s -> s.id().value()).orElse(null);
        List<MeetingView> cycle = meetings.generatePoaCycle(new PoaCycleRequest(today.getYear() - 1, 9, 5,
                "America/New_York", "New York", usa, "Conference Room 4, UN Headquarters"));
        MeetingView bms1 = cycle.get(0);
        MeetingView bms2 = cycle.get(1);
        conclude(bms1);
        pastOrPlannedAgenda(bms2);
        MeetingView nairobi = nairobiMeeting(today, bms2);
        steeringCommittee(nairobi);
        workshop(today);
    }

    /** The first BMS of the cycle: held (or, early in the year, still ahead) with two recommendations to follow up. */
    private void conclude(MeetingView bms) {
        MeetingView m = bms;
        for (MeetingStatus next : List.of(MeetingStatus.ANNOUNCED, MeetingStatus.REGISTRATION_OPEN,
                MeetingStatus.REGISTRATION_CLOSED, MeetingStatus.IN_SESSION, MeetingStatus.CONCLUDED,
                MeetingStatus.OUTCOME_PUBLISHED)) {
            if (next == MeetingStatus.IN_SESSION && bms.startsAt().isAfter(java.time.Instant.now())) {
                break;
            }
            m = meetings.changeStatus(m.id(), next, null, m.version());
        }
        SessionView opening = meetings.addSession(m.id(), new SessionDetails("Opening plenary",
                m.details().start(), m.details().start().withHour(13), "Conference Room 4"));
        meetings.addAgendaItem(opening.id(), new AgendaItemDetails("1", "Opening of the meeting", false, List.of()));
        meetings.addAgendaItem(opening.id(), new AgendaItemDetails("5", "International cooperation and assistance",
                true, List.of()));
        OutcomeView marking = meetings.addOutcome(m.id(), OutcomeKind.RECOMMENDATION, "A/CONF.192/BMS/"
                        + m.details().start().getYear() + "/1, para. 12",
                "States are encouraged to mark all small arms and light weapons held by their security forces and to"
                        + " keep records of them for at least 30 years.");
        StateView kenya = state("KE");
        StateView sudan = state("SD");
        meetings.addFollowUp(marking.id(), new FollowUpDetails(
                "Report on the marking of police armouries to the next Biennial Meeting of States",
                kenya.id().value(), null, LocalDate.now().plusMonths(4)));
        meetings.addFollowUp(marking.id(), new FollowUpDetails("تقديم خطة وطنية لوسم الأسلحة وحفظ السجلات",
                sudan.id().value(), null, LocalDate.now().minusDays(10)));
        OutcomeView cooperation = meetings.addOutcome(m.id(), OutcomeKind.DECISION, "A/CONF.192/BMS/"
                        + m.details().start().getYear() + "/1, para. 20",
                "The meeting decided to hold regional preparatory meetings ahead of the next Biennial Meeting.");
        meetings.addFollowUp(cooperation.id(), new FollowUpDetails(
                "Host the regional preparatory meeting for the Great Lakes region and the Horn of Africa",
                kenya.id().value(), null, LocalDate.now().plusWeeks(3)));
    }

    /** The next BMS: announced, with an agenda that covers cooperation and assistance. */
    private void pastOrPlannedAgenda(MeetingView bms) {
        MeetingView m = meetings.changeStatus(bms.id(), MeetingStatus.ANNOUNCED, null, bms.version());
        LocalDateTime first = m.details().start();
        SessionView opening = meetings.addSession(m.id(), new SessionDetails("Opening plenary", first,
                first.withHour(13), "General Assembly Hall"));
        meetings.addAgendaItem(opening.id(), new AgendaItemDetails("1", "Opening of the meeting", false, List.of()));
        meetings.addAgendaItem(opening.id(), new AgendaItemDetails("2", "Election of the Chair and other officers",
                false, List.of()));
        SessionView second = meetings.addSession(m.id(), new SessionDetails("Thematic discussion",
                first.plusDays(1), first.plusDays(1).withHour(18), "Conference Room 4"));
        meetings.addAgendaItem(second.id(), new AgendaItemDetails("5", "International cooperation and assistance",
                true, List.of()));
        meetings.addAgendaItem(second.id(), new AgendaItemDetails("6", "Marking, record-keeping and tracing",
                false, List.of()));
    }

    private MeetingView nairobiMeeting(LocalDate today, MeetingView bms) {
        LocalDate monday = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        UUID kenya = state("KE").id().value();
        UUID recsa = registry.organisationByAcronym("RECSA").map(o -> o.id().value()).orElse(null);
        LocalizedText global = bms.details().title();
        MeetingView m = meetings.create(new MeetingDetails(MeetingType.REGIONAL_PREPARATORY, new LocalizedText(
                "Regional preparatory meeting for the " + global.en(),
                "Réunion régionale préparatoire à la " + global.fr(),
                "الاجتماع الإقليمي التحضيري " + arabicFor(global.ar())),
                null, "Regional-PrepBMS", monday.atTime(9, 0), monday.plusDays(2).atTime(17, 0), NAIROBI,
                "Conference Room 2, United Nations Office at Nairobi", "Nairobi", kenya,
                "https://meet.example.org/regional-prep", List.of("en", "fr", "ar"), true, recsa, null, null,
                monday.minusDays(7), monday.minusDays(14), 60,
                List.of("International cooperation and assistance", "Marking and record-keeping",
                        "Women's participation in SALW control"), bms.id()));
        // sessions: two a day
        List<SessionView> sessions = new ArrayList<>();
        String[][] plan = {{"Opening and regional overview", "9", "12"}, {"National reports and needs", "14", "17"},
                {"Cooperation and assistance: matching needs with offers", "9", "12"},
                {"Marking, record-keeping and tracing", "14", "17"},
                {"Gender and SALW control", "9", "12"}, {"Conclusions for the Biennial Meeting", "14", "17"}};
        for (int i = 0; i < plan.length; i++) {
            LocalDate day = monday.plusDays(i / 2);
            sessions.add(meetings.addSession(m.id(), new SessionDetails(plan[i][0],
                    day.atTime(LocalTime.of(Integer.parseInt(plan[i][1]), 0)),
                    day.atTime(LocalTime.of(Integer.parseInt(plan[i][2]), 0)), null)));
        }
        List<ContactView> kenyans = contacts("KE");
        List<ContactView> sudanese = contacts("SD");
        UUID speakerKe = kenyans.isEmpty() ? null : kenyans.get(0).personId().value();
        UUID speakerSd = sudanese.isEmpty() ? null : sudanese.get(0).personId().value();
        meetings.addAgendaItem(sessions.get(0).id(), new AgendaItemDetails("1", "Opening statements", false,
                speakerKe == null ? List.of() : List.of(speakerKe)));
        meetings.addAgendaItem(sessions.get(1).id(), new AgendaItemDetails("2",
                "Presentation of national reports", false, speakerSd == null ? List.of() : List.of(speakerSd)));
        meetings.addAgendaItem(sessions.get(2).id(), new AgendaItemDetails("3",
                "International cooperation and assistance", true, List.of()));
        meetings.addAgendaItem(sessions.get(3).id(), new AgendaItemDetails("4",
                "Marking machines: lessons from the field", false, List.of()));
        meetings.addAgendaItem(sessions.get(5).id(), new AgendaItemDetails("5",
                "Adoption of the regional position", false, List.of()));
        DocumentView agenda = meetings.addDocument(m.id(), new DocumentDetails("RECSA/RPM/" + monday.getYear() + "/1",
                DocumentType.AGENDA, "Provisional agenda", AccessLevel.NETWORK));
        meetings.uploadVersion(agenda.id(), "en", new FileUpload("provisional-agenda.pdf", "application/pdf",
                pdf("Provisional agenda")));
        meetings.uploadVersion(agenda.id(), "fr", new FileUpload("ordre-du-jour-provisoire.pdf", "application/pdf",
                pdf("Ordre du jour provisoire")));
        meetings.addDocument(m.id(), new DocumentDetails("RECSA/RPM/" + monday.getYear() + "/CRP.1",
                DocumentType.CONFERENCE_ROOM_PAPER, "Draft regional position (participants only)",
                AccessLevel.PARTICIPANTS));
        for (StateView member : registry.memberStates()) {
            meetings.invite(m.id(), InviteeKind.STATE, member.id().value(), null);
        }
        m = meetings.changeStatus(m.id(), MeetingStatus.ANNOUNCED, null, m.version());
        m = meetings.changeStatus(m.id(), MeetingStatus.REGISTRATION_OPEN, null, m.version());
        // Kenya's delegation: a head and members, approved; the members ask for sponsorship, and the last one did
        // not agree to appear on the list of participants (staff see them marked, the network does not see them)
        List<ContactView> delegates = kenyans.subList(0, Math.min(3, kenyans.size()));
        boolean head = true;
        for (ContactView c : delegates) {
            boolean listed = head || c != delegates.get(delegates.size() - 1);
            Registered r = meetings.register(new NewRegistration(m.id(), c.personId().value(),
                    ParticipantCategory.STATE_DELEGATE, kenya, null, head ? DelegationRole.HEAD : DelegationRole.MEMBER,
                    listed, !head, head ? null : "Travel from Mombasa"));
            meetings.decide(r.registration().id(), true, null, r.registration().version());
            head = false;
        }
        List<ContactView> ugandans = contacts("UG");
        if (!ugandans.isEmpty()) {
            meetings.register(new NewRegistration(m.id(), ugandans.get(0).personId().value(),
                    ParticipantCategory.STATE_DELEGATE, state("UG").id().value(), null, DelegationRole.HEAD, true,
                    true, "No national budget for travel this year"));
        }
        return m;
    }

    /** A steering committee booked into the Nairobi meeting's room on its last day: the conflict report shows it. */
    private void steeringCommittee(MeetingView nairobi) {
        LocalDate last = nairobi.details().end().toLocalDate();
        MeetingView m = meetings.create(new MeetingDetails(MeetingType.STEERING_COMMITTEE, new LocalizedText(
                "Steering committee of the regional centre", "Comité de pilotage du centre régional",
                "اللجنة التوجيهية للمركز الإقليمي"), null, "Steering", last.atTime(15, 0), last.atTime(18, 0),
                NAIROBI, "Conference Room 2, United Nations Office at Nairobi", "Nairobi",
                nairobi.details().venueCountry(), null, List.of("en", "fr"), false, null, null, null, null, null, 20,
                List.of(), null));
        meetings.changeStatus(m.id(), MeetingStatus.ANNOUNCED, null, m.version());
    }

    private void workshop(LocalDate today) {
        LocalDate tuesday = today.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        MeetingView m = meetings.create(new MeetingDetails(MeetingType.WORKSHOP, new LocalizedText(
                "Regional workshop on marking and record-keeping",
                "Atelier régional sur le marquage et l'enregistrement",
                "حلقة عمل إقليمية بشأن الوسم وحفظ السجلات"), null, "Workshops", tuesday.atTime(9, 0),
                tuesday.plusDays(1).atTime(16, 0), "Africa/Kigali", "Kigali Convention Centre, Room MH2", "Kigali",
                state("RW").id().value(), null, List.of("en", "fr"), true, null, null, null,
                tuesday.minusDays(10), null, 30, List.of("Marking", "Record-keeping"), null));
        m = meetings.changeStatus(m.id(), MeetingStatus.ANNOUNCED, null, m.version());
        meetings.addSession(m.id(), new SessionDetails("Marking machines: hands-on", tuesday.atTime(9, 0),
                tuesday.atTime(16, 0), null));
        meetings.changeStatus(m.id(), MeetingStatus.REGISTRATION_OPEN, null, m.version());
    }

    /** "for" in Arabic: the preposition لـ joins the noun, and لـ + الـ is written لل. */
    static String arabicFor(String title) {
        return title.startsWith("ال") ? "لل" + title.substring(2) : "لـ" + title;
    }

    private List<ContactView> contacts(String iso) {
        Map<UUID, ContactView> distinct = new LinkedHashMap<>();
        directory.currentContacts(state(iso).id(), null).forEach(c -> distinct.putIfAbsent(c.personId().value(), c));
        return new ArrayList<>(distinct.values());
    }

    private StateView state(String iso) {
        return registry.stateByIsoCode(iso).orElseThrow();
    }

    /** A one-page PDF with a title, enough for a demo download. */
    static byte[] pdf(String title) {
        String text = title.replaceAll("[()\\\\]", "");
        String content = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
