package org.salwhub.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.AttendanceView;
import org.salwhub.meetings.api.DelegationRole;
import org.salwhub.meetings.api.MeetingId;
import org.salwhub.meetings.api.ParticipantCategory;
import org.salwhub.meetings.api.RegistrationId;
import org.salwhub.meetings.api.RegistrationStatus;
import org.salwhub.meetings.api.RegistrationView;
import org.salwhub.meetings.api.SessionId;
import org.salwhub.meetings.api.SponsorshipDecision;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.LocalizedText;

/** The list of participants in UN order, in the reader's language, with consent shown to staff only. */
class MeetingTablesTest {

    static final StateView KENYA = state("KE", "Kenya", "Kenya", "كينيا");
    static final StateView BURUNDI = state("BI", "Burundi", "Burundi", "بوروندي");
    static final StateView EGYPT = state("EG", "Egypt", "Égypte", "مصر");
    static final MeetingId MEETING = MeetingId.of(UUID.randomUUID().toString());
    static final UUID ORGANISATION = UUID.randomUUID();

    private final RegistryFacade registry = (RegistryFacade) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {RegistryFacade.class}, (proxy, method, args) -> switch (method.getName()) {
                case "state" -> Optional.ofNullable(Map.of(KENYA.id(), KENYA, BURUNDI.id(), BURUNDI, EGYPT.id(), EGYPT)
                        .get((StateId) args[0]));
                case "organisation" -> Optional.empty();
                default -> throw new UnsupportedOperationException(method.getName());
            });

    private final RegistrationView kenyaMember = registration("Wanjiru Otieno", ParticipantCategory.STATE_DELEGATE,
            KENYA, DelegationRole.MEMBER, true);
    private final RegistrationView kenyaHead = registration("Zawadi Kamau", ParticipantCategory.STATE_DELEGATE,
            KENYA, DelegationRole.HEAD, true);
    private final RegistrationView burundiHead = registration("Jean Ndayishimiye", ParticipantCategory.STATE_DELEGATE,
            BURUNDI, DelegationRole.HEAD, false);
    private final RegistrationView egyptHead = registration("Ahmed Hassan", ParticipantCategory.STATE_DELEGATE,
            EGYPT, DelegationRole.HEAD, true);
    private final RegistrationView igo = new RegistrationView(RegistrationId.of(UUID.randomUUID().toString()), MEETING,
            UUID.randomUUID(), "Amina Yusuf", ParticipantCategory.IGO, null, ORGANISATION, DelegationRole.HEAD,
            RegistrationStatus.APPROVED, null, true, SponsorshipDecision.NONE, null, null, "staff",
            Instant.parse("2026-03-01T08:00:00Z"), 0);
    private final List<RegistrationView> registered = List.of(igo, kenyaMember, egyptHead, kenyaHead, burundiHead);

    @Test
    void statesComeFirstByTheirNameInTheReadersLanguageHeadBeforeMembersThenOrganisations() {
        MeetingTables english = new MeetingTables(registry, Locale.ENGLISH, ZoneId.of("UTC"));
        assertEquals(List.of(burundiHead, egyptHead, kenyaHead, kenyaMember, igo), english.inListOrder(registered));

        // in Arabic the States sort by their Arabic names: بوروندي, كينيا, مصر
        MeetingTables arabic = new MeetingTables(registry, Locale.forLanguageTag("ar"), ZoneId.of("UTC"));
        assertEquals(List.of(burundiHead, kenyaHead, kenyaMember, egyptHead, igo), arabic.inListOrder(registered));
    }

    @Test
    void theListShowsConsentToStaffOnly() {
        MeetingTables french = new MeetingTables(registry, Locale.FRENCH, ZoneId.of("UTC"));
        Table network = french.participants("8th BMS", "8e Réunion biennale", registered, false);
        assertEquals(List.of("Délégation", "Personne", "Fonction dans la délégation", "Catégorie"), network.headers());
        assertEquals(List.of("Burundi", "Jean Ndayishimiye", "Chef de délégation", "Délégué d’État"),
                network.rows().get(0));

        Table staff = french.participants("8th BMS", "8e Réunion biennale", registered, true);
        assertEquals("Accepte de figurer sur la liste", staff.headers().get(4));
        assertEquals(List.of("Non", "Oui", "Oui", "Oui", "Oui"), staff.rows().stream().map(r -> r.get(4)).toList());
        assertEquals("8th BMS-participants", staff.name());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        network.csv(csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertEquals(6, text.strip().split("\r\n").length, text);
    }

    @Test
    void thePrintedListIsHeadedByTheMeetingAndRepeatsTheColumnsOnEveryPage() throws Exception {
        MeetingTables english = new MeetingTables(registry, Locale.ENGLISH, ZoneId.of("UTC"));
        List<RegistrationView> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(registration(String.format("Delegate %02d", i), ParticipantCategory.STATE_DELEGATE, KENYA,
                    DelegationRole.MEMBER, true));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        english.participants("8th BMS", "Eighth Biennial Meeting of States", many, false).pdf(Locale.ENGLISH, pdf);

        PdfReader reader = new PdfReader(pdf.toByteArray());
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        int pages = reader.getNumberOfPages();
        assertTrue(pages > 1, "80 delegates do not fit on one page");
        String first = extractor.getTextFromPage(1);
        assertTrue(
                first.contains("List of participants: Eighth Biennial Meeting of States"), first);
        String last = extractor.getTextFromPage(pages);
        assertTrue(last.contains("Role in the delegation"), "headers repeat: " + last);
        assertTrue(last.contains("Delegate 79"), last);
        reader.close();
    }

    @Test
    void attendanceNamesEachPersonAndTheTimeInTheReadersZone() {
        MeetingTables english = new MeetingTables(registry, Locale.ENGLISH, ZoneId.of("Africa/Nairobi"));
        SessionId session = SessionId.of(UUID.randomUUID().toString());
        Table table = english.attendance("8th BMS", "Opening", List.of(new AttendanceView(session, kenyaHead.id(),
                Instant.parse("2026-06-15T06:05:09Z"), "staff")), registered);
        assertEquals(List.of(List.of("Opening", "Zawadi Kamau", "Kenya", "2026-06-15 09:05:09", "staff")),
                table.rows());
    }

    private static RegistrationView registration(String name, ParticipantCategory category, StateView state,
                                                 DelegationRole role, boolean consent) {
        return new RegistrationView(RegistrationId.of(UUID.randomUUID().toString()), MEETING, UUID.randomUUID(), name,
                category, state.id().value(), null, role, RegistrationStatus.APPROVED, null, consent,
                SponsorshipDecision.NONE, null, null, "fp", Instant.parse("2026-03-01T08:00:00Z"), 0);
    }

    private static StateView state(String iso2, String en, String fr, String ar) {
        return new StateView(new StateId(UUID.randomUUID()), iso2, iso2 + "X", new LocalizedText(en, fr, ar), true,
                LocalDate.of(2005, 6, 21), 0, null, null, null, null);
    }
}
