package org.salwhub.assistance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportNote.Kind;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * A donor's own IATI 2.03 file ({@code iati/donor-gffo-activities.xml}: a foreign ministry's activities, written the
 * way donors write them) validates against the official schema, and the reader maps what maps, leaves out what does
 * not and says so per activity; files that are not IATI activities are refused with a clear reason.
 */
class IatiDonorFileTest {

    static final UUID KENYA = UUID.randomUUID();
    static final UUID UGANDA = UUID.randomUUID();
    static final UUID SUDAN = UUID.randomUUID();
    static final UUID TANZANIA = UUID.randomUUID();
    static final UUID GFFO = UUID.randomUUID();
    static final UUID EU = UUID.randomUUID();
    static final UUID GIZ = UUID.randomUUID();
    static final Map<String, UUID> STATES = Map.of("KE", KENYA, "UG", UGANDA, "SD", SUDAN, "TZ", TANZANIA);
    static final Map<String, UUID> ORGANISATIONS = Map.of("German Federal Foreign Office", GFFO, "GFFO", GFFO,
            "European Union", EU, "EU", EU, "Deutsche Gesellschaft für Internationale Zusammenarbeit", GIZ, "GIZ", GIZ);
    /** The registry's IATI organisation identifiers: the ministry's and GIZ's; none for the EU. */
    static final Map<String, UUID> IATI_IDENTIFIERS = Map.of("XM-DAC-5-7", GFFO, "XM-DAC-5-52", GIZ);

    static final MapIatiCodes CODES = new MapIatiCodes(STATES, Map.of(GFFO, "German Federal Foreign Office", EU,
            "European Union", GIZ, "Deutsche Gesellschaft für Internationale Zusammenarbeit"), ORGANISATIONS,
            IATI_IDENTIFIERS, Set.of("MARKING", "RECORD_KEEPING", "DESTRUCTION", "AMMUNITION_MANAGEMENT"));

    /** The same registry before it knew any IATI organisation identifier: names and acronyms only. */
    static final IatiCodes NAMES_ONLY = CODES.withoutIdentifiers();

    static String fixture;
    static Map<String, IatiActivity> activities;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = IatiDonorFileTest.class.getResourceAsStream("/iati/donor-gffo-activities.xml")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        activities = new IatiReader(CODES).read(fixture.getBytes(StandardCharsets.UTF_8)).stream()
                .collect(Collectors.toMap(a -> a.draft().iatiIdentifier(), a -> a, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    static IatiActivity activity(String identifier) {
        IatiActivity a = activities.get(identifier);
        if (a == null) {
            throw new AssertionError(identifier + " not read; read: " + activities.keySet());
        }
        return a;
    }

    static List<IatiImportNote> notes(IatiActivity a, Kind kind) {
        return a.notes().stream().filter(n -> n.kind() == kind).toList();
    }

    static List<String> transactions(IatiActivity a) {
        return a.transactions().stream().map(t -> t.type() + " " + t.date() + " " + t.amount().toPlainString() + " "
                + t.currency()).toList();
    }

    @Test
    void theDonorFileIsValidIati203() {
        assertEquals(List.of(), IatiSchema.errors(fixture), "the fixture must be valid against the official XSD");
        assertTrue(fixture.contains("version=\"2.03\""));
        assertEquals(4, activities.size());
    }

    @Test
    void theSchemaCheckWouldCatchAnInvalidFixture() {
        // the validation above can fail: an element out of the schema's order is an error
        String broken = fixture.replaceFirst("<activity-status code=\"2\"/>", "")
                .replaceFirst("<activity-date type=\"3\" iso-date=\"2027-12-31\"/>",
                        "<activity-date type=\"3\" iso-date=\"2027-12-31\"/><activity-status code=\"2\"/>");
        assertTrue(!IatiSchema.errors(broken).isEmpty());
    }

    @Test
    void kenyaAndUgandaMapsWithItsMoneyInItsOwnCurrencies() {
        IatiActivity a = activity("XM-DAC-5-7-2025-SALW-0142");
        assertEquals(List.of(), a.problems());
        assertEquals("Marking and record-keeping of small arms in Kenya and Uganda", a.draft().titleEn());
        assertEquals("Marquage et enregistrement des armes légères au Kenya et en Ouganda", a.draft().titleFr());
        assertNull(a.draft().titleAr());
        assertTrue(a.draft().descriptionEn().startsWith("Supplies dot-peen marking machines"));
        assertEquals(Set.of(KENYA, UGANDA), a.draft().recipientStates());
        assertEquals("KE, UG", a.recipientCountries());
        // the commission's codes (vocabulary 98) are themes; DAC and the ministry's own codes are not
        assertEquals(Set.of("MARKING", "RECORD_KEEPING"), a.draft().themes());
        assertEquals(List.of("15240 1", "15210 1", "AA-S-05 99"), notes(a, Kind.SECTOR).stream()
                .map(n -> n.args().get(0) + " " + n.args().get(1)).toList());
        assertEquals(ProjectGenderMarker.SIGNIFICANT, a.draft().genderMarker());
        assertEquals(LocalDate.of(2025, 4, 1), a.draft().plannedStart());
        assertEquals(LocalDate.of(2025, 5, 15), a.draft().actualStart());
        assertEquals(LocalDate.of(2027, 12, 31), a.draft().plannedEnd());
        assertNull(a.draft().actualEnd());
        assertEquals(ProjectStatus.IMPLEMENTATION, a.status());
        assertNull(a.draft().lessonsLearned(), "a donor's descriptions are never taken for lessons learned");

        List<ProjectParticipant> parties = a.draft().participants();
        assertEquals(List.of(ProjectOrgRole.FUNDING, ProjectOrgRole.FUNDING, ProjectOrgRole.ACCOUNTABLE,
                ProjectOrgRole.EXTENDING, ProjectOrgRole.IMPLEMENTING), parties.stream().map(ProjectParticipant::role)
                .toList());
        assertEquals(GFFO, parties.get(0).organisationId(), "the registry's organisation, by its English name");
        assertEquals("XM-DAC-5-7", parties.get(0).iatiRef());
        assertEquals(EU, parties.get(1).organisationId());
        assertEquals(GIZ, parties.get(3).organisationId());
        assertNull(parties.get(4).organisationId());
        assertEquals("Regional Centre on Small Arms (RECSA)", parties.get(4).name(), "kept by name");
        assertEquals(List.of(), notes(a, Kind.FUNDER_NOT_IN_REGISTRY));

        // incoming commitment (11) and incoming funds (1) are left out; the value's currency wins over the default
        assertEquals(List.of("COMMITMENT 2025-04-10 1500000 EUR", "DISBURSEMENT 2025-06-30 400000 EUR",
                "EXPENDITURE 2025-11-15 180000 EUR", "DISBURSEMENT 2026-01-31 520000 USD"), transactions(a));
        assertEquals(List.of("11", "1"), notes(a, Kind.INCOMING_TRANSACTION).stream()
                .map(n -> n.args().get(0)).toList());
        ProjectTransactionInput commitment = a.transactions().get(0);
        assertEquals(GFFO, commitment.providerId());
        assertEquals(GIZ, commitment.receiverId());
        assertEquals("Grant agreement with GIZ", commitment.description());
        ProjectTransactionInput expenditure = a.transactions().get(2);
        assertEquals(GIZ, expenditure.providerId());
        assertEquals("Regional Centre on Small Arms (RECSA)", expenditure.receiverName());

        assertEquals(List.of("ORIGINAL 2025 450000 EUR", "ORIGINAL 2026 600000 EUR", "REVISED 2026 650000 EUR",
                "ORIGINAL 2027 450000 EUR"), a.budgets().stream().map(b -> b.kind() + " " + b.year() + " "
                + b.amount().toPlainString() + " " + b.currency()).toList());
        assertEquals(List.of(), notes(a, Kind.BUDGET_YEAR), "calendar-year budgets need no note");

        assertEquals(2, a.indicators().size());
        assertEquals("Share of State-held firearms marked", a.indicators().get(0).title());
        assertTrue(a.indicators().get(0).percentage());
        assertEquals(new BigDecimal("35"), a.indicators().get(0).baseline());
        assertEquals(2024, a.indicators().get(0).baselineYear());
        assertEquals(new BigDecimal("48"), a.indicators().get(0).periods().get(0).actual());
        assertEquals(new BigDecimal("70"), a.indicators().get(0).periods().get(1).target());
        assertEquals(List.of("How the national commissions judge the registers' usefulness"),
                notes(a, Kind.INDICATOR).stream().map(n -> n.args().get(0)).toList(), "the qualitative indicator");

        assertEquals(List.of("de"), notes(a, Kind.LANGUAGES).stream().map(n -> n.args().get(0)).toList());
        assertEquals(List.of("2"), notes(a, Kind.DESCRIPTIONS).stream().map(n -> n.args().get(0)).toList());
        assertEquals(List.of("KE 60 %, UG 40 %"), notes(a, Kind.COUNTRY_SHARES).stream()
                .map(n -> n.args().get(0)).toList());
        assertEquals(List.of(1), notes(a, Kind.DOCUMENT_LINKS).stream().map(n -> n.args().get(0)).toList());
        assertEquals(List.of("other-identifier, contact-info, activity-scope, location, collaboration-type,"
                        + " default-flow-type, default-finance-type, default-aid-type, default-tied-status,"
                        + " planned-disbursement, conditions, crs-add"),
                notes(a, Kind.UNUSED_ELEMENTS).stream().map(n -> n.args().get(0)).toList());
    }

    @Test
    void sudanKeepsPledgeAndPoundsLeavesOutTheCorrectionAndStopsBeforeClosing() {
        IatiActivity a = activity("XM-DAC-5-7-2023-SALW-0087");
        assertEquals(List.of(), a.problems());
        assertEquals("Safe and secure ammunition management in Sudan", a.draft().titleEn());
        assertEquals("الإدارة الآمنة والمأمونة للذخيرة في السودان", a.draft().titleAr());
        assertTrue(a.draft().descriptionAr().startsWith("إعادة تأهيل"));
        assertEquals(Set.of(SUDAN), a.draft().recipientStates());
        assertEquals(ProjectGenderMarker.PRINCIPAL, a.draft().genderMarker());
        assertEquals(LocalDate.of(2025, 3, 31), a.draft().actualEnd());
        assertEquals(List.of("PLEDGE 2023-05-10 500000 EUR", "COMMITMENT 2023-08-01 480000 EUR",
                "DISBURSEMENT 2023-10-02 200000 GBP", "DISBURSEMENT 2024-06-03 240000 EUR",
                "EXPENDITURE 2025-02-28 35000 EUR"), transactions(a));
        IatiImportNote correction = notes(a, Kind.TRANSACTION_NOT_POSITIVE).get(0);
        assertEquals(List.of("3", LocalDate.of(2025, 3, 31), new BigDecimal("-20000"), "EUR"), correction.args());
        // closing needs a submitted final report, which a file does not carry
        assertEquals(ProjectStatus.FINALISATION, a.status());
        assertEquals(List.of(ProjectStatus.CLOSED, ProjectStatus.FINALISATION), notes(a, Kind.STATUS).get(0).args());
        // budgets over fiscal years are recorded for the year they start, and said so
        assertEquals(List.of("ORIGINAL 2023 300000 EUR", "ORIGINAL 2024 200000 EUR"), a.budgets().stream()
                .map(b -> b.kind() + " " + b.year() + " " + b.amount().toPlainString() + " " + b.currency()).toList());
        assertEquals(List.of("2023", "2024"), notes(a, Kind.BUDGET_YEAR).stream().map(n -> n.args().get(2)).toList());
        assertEquals(List.of(ProjectBudgetKind.ORIGINAL), a.budgets().stream().map(b -> b.kind()).distinct().toList());
        assertEquals(List.of(Kind.NO_THEME), notes(a, Kind.NO_THEME).stream().map(IatiImportNote::kind).toList());
        assertEquals(List.of("United Nations Mine Action Service"), a.draft().participants().stream()
                .filter(p -> p.role() == ProjectOrgRole.IMPLEMENTING).map(ProjectParticipant::name).toList());
    }

    @Test
    void aRegionalActivityWithoutRecipientCountryIsRefusedAndSaysWhy() {
        IatiActivity a = activity("XM-DAC-5-7-2026-SALW-0201");
        assertEquals("project.iati.onlyRegion", a.problems().get(0).code());
        assertEquals(List.of("1027"), a.problems().get(0).args());
    }

    @Test
    void germanNarrativesByDefaultAndTransactionsWithoutProviderOrReceiver() {
        IatiActivity a = activity("XM-DAC-5-7-2025-SALW-0119");
        assertEquals(List.of(), a.problems());
        // the activity's narratives without xml:lang are German: English and French are kept, German is named
        assertEquals("Support to the destruction of surplus small arms in Tanzania", a.draft().titleEn());
        assertEquals("Appui à la destruction des armes légères excédentaires en Tanzanie", a.draft().titleFr());
        assertTrue(a.draft().descriptionEn().startsWith("Destruction of 8,000 surplus small arms"));
        assertEquals(List.of("de"), notes(a, Kind.LANGUAGES).stream().map(n -> n.args().get(0)).toList());
        assertEquals(GFFO, a.draft().participants().get(0).organisationId(), "matched by its ref");
        assertEquals(List.of("Ministry of Foreign Affairs of the Netherlands"), notes(a, Kind.FUNDER_NOT_IN_REGISTRY)
                .stream().map(n -> n.args().get(0)).toList());
        assertEquals(List.of("COMMITMENT 2025-02-01 300000 EUR", "DISBURSEMENT 2025-03-03 150000 EUR",
                "EXPENDITURE 2025-09-30 90000 EUR"), transactions(a));
        // no provider: the reporting organisation; no receiver: the implementing organisation
        assertTrue(a.transactions().stream().allMatch(t -> GFFO.equals(t.providerId())), a.transactions().toString());
        assertEquals("Mines Advisory Group", a.transactions().get(2).receiverName());
        assertEquals("Hydraulic shears and cutting torches", a.transactions().get(2).description());
        assertEquals(List.of(3, "German Federal Foreign Office"), notes(a, Kind.PROVIDER_FROM_REPORTING_ORG).get(0)
                .args());
        assertEquals(List.of(1, "Mines Advisory Group"), notes(a, Kind.RECEIVER_FROM_IMPLEMENTER).get(0).args());
        assertEquals(Set.of(), a.draft().themes());
        assertEquals(1, notes(a, Kind.NO_THEME).size());
        assertEquals(ProjectGenderMarker.NOT_TARGETED, a.draft().genderMarker());
        assertEquals(List.of("tag"), notes(a, Kind.UNUSED_ELEMENTS).stream().map(n -> n.args().get(0)).toList());
    }

    @Test
    void anOrganisationNamedOnlyInGermanIsTheRegistrysByItsIatiIdentifier() {
        IatiActivity a = activity("XM-DAC-5-7-2025-SALW-0119");
        ProjectParticipant accountable = a.draft().participants().stream()
                .filter(p -> p.role() == ProjectOrgRole.ACCOUNTABLE).findFirst().orElseThrow();
        assertEquals(GFFO, accountable.organisationId(), "\"Auswärtiges Amt\" is no name of the registry's");
        assertNull(accountable.name(), "the registry's organisation, not a name");
        assertEquals("XM-DAC-5-7", accountable.iatiRef());
        // the preview says how each organisation was found: the ministry under both its names, by identifier
        LocalizedText ministry = new LocalizedText("German Federal Foreign Office", null, null);
        assertEquals(List.of(List.of("German Federal Foreign Office (XM-DAC-5-7)", ministry),
                        List.of("Auswärtiges Amt (XM-DAC-5-7)", ministry)),
                notes(a, Kind.ORGANISATION_BY_IATI_IDENTIFIER).stream().map(IatiImportNote::args).toList(),
                "the file's name and ref, and the registry's organisation, named in the reader's language");
        assertEquals(List.of(), notes(a, Kind.ORGANISATION_BY_NAME));
        assertEquals(List.of(List.of("Mines Advisory Group (GB-CHC-1083008)")),
                notes(a, Kind.ORGANISATION_NOT_FOUND).stream().map(IatiImportNote::args).toList());
        assertEquals(List.of(List.of("Ministry of Foreign Affairs of the Netherlands", "XM-DAC-7")),
                notes(a, Kind.FUNDER_NOT_IN_REGISTRY).stream().map(IatiImportNote::args).toList(),
                "a funder not found is said as before");

        // by names alone (as before the registry knew identifiers) the German name finds nothing
        IatiActivity byName = new IatiReader(NAMES_ONLY).read(fixture.getBytes(StandardCharsets.UTF_8)).stream()
                .filter(x -> "XM-DAC-5-7-2025-SALW-0119".equals(x.draft().iatiIdentifier())).findFirst().orElseThrow();
        ProjectParticipant unmatched = byName.draft().participants().stream()
                .filter(p -> p.role() == ProjectOrgRole.ACCOUNTABLE).findFirst().orElseThrow();
        assertNull(unmatched.organisationId());
        assertEquals("Auswärtiges Amt", unmatched.name());
        assertEquals(GFFO, byName.draft().participants().get(0).organisationId(), "the English name still matches");
        assertEquals(List.of("Auswärtiges Amt (XM-DAC-5-7)"), notes(byName, Kind.ORGANISATION_NOT_FOUND).stream()
                .map(n -> n.args().get(0)).filter(n -> n.toString().startsWith("Ausw")).toList());
        assertEquals(List.of("German Federal Foreign Office (XM-DAC-5-7)"), notes(byName, Kind.ORGANISATION_BY_NAME)
                .stream().map(n -> n.args().get(0)).toList());
    }

    @Test
    void theIdentifierWinsOverTheNameAndAnUnknownIdentifierFallsBackToTheName() {
        IatiActivity a = activity("XM-DAC-5-7-2025-SALW-0142");
        // the EU's ref is not the registry's: found by its name
        assertEquals(EU, a.draft().participants().get(1).organisationId());
        assertEquals(List.of("European Union (XM-DAC-918-3)"), notes(a, Kind.ORGANISATION_BY_NAME).stream()
                .map(n -> n.args().get(0)).toList());
        assertEquals(List.of("German Federal Foreign Office (XM-DAC-5-7)",
                        "Deutsche Gesellschaft für Internationale Zusammenarbeit (XM-DAC-5-52)"),
                notes(a, Kind.ORGANISATION_BY_IATI_IDENTIFIER).stream().map(n -> n.args().get(0)).toList(),
                "once per name, though the ministry is reporting, funding and accountable");
        assertEquals(List.of("Regional Centre on Small Arms (RECSA)"), notes(a, Kind.ORGANISATION_NOT_FOUND)
                .stream().map(n -> n.args().get(0)).toList());

        // a ref that is GIZ's under the ministry's name: the identifier decides
        String swapped = fixture.replaceFirst("<participating-org ref=\"XM-DAC-5-7\" type=\"10\" role=\"1\">",
                "<participating-org ref=\"XM-DAC-5-52\" type=\"10\" role=\"1\">");
        IatiActivity read = new IatiReader(CODES).read(swapped.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(GIZ, read.draft().participants().get(0).organisationId());
    }

    @Test
    void anIdentifierGivenTwiceInTheFileIsImportedNeither() {
        String twice = fixture.replace("XM-DAC-5-7-2025-SALW-0119", "XM-DAC-5-7-2025-SALW-0142");
        List<IatiActivity> read = new IatiReader(CODES).read(twice.getBytes(StandardCharsets.UTF_8));
        List<IatiActivity> same = read.stream().filter(a -> a.draft().iatiIdentifier()
                .equals("XM-DAC-5-7-2025-SALW-0142")).toList();
        assertEquals(2, same.size());
        same.forEach(a -> assertEquals("project.iati.repeated", a.problems().get(0).code()));
        assertEquals(List.of(), read.stream().filter(a -> a.draft().iatiIdentifier()
                .equals("XM-DAC-5-7-2023-SALW-0087")).findFirst().orElseThrow().problems());
    }

    @Test
    void filesThatAreNotIatiActivitiesAreRefusedWithTheReason() {
        assertEquals("project.iati.notXml", refused("this is not XML"));
        assertEquals("project.iati.notXml", refused("<iati-activities version=\"2.03\"><iati-activity>"));
        var broken = refusal("<iati-activities version=\"2.03\">\n<iati-activity>\n</iati-activities>");
        assertEquals("project.iati.notXml", broken.code());
        assertEquals("3", broken.args().get(0), "the line of the error");
        assertEquals("project.iati.notActivities", refused("<?xml version=\"1.0\"?><html><body/></html>"));
        assertEquals(List.of("html"), refusal("<html><body/></html>").args());
        assertEquals("project.iati.organisationFile", refused("<iati-organisations version=\"2.03\"/>"));
        assertEquals("project.iati.version", refused("<iati-activities version=\"1.05\"><iati-activity/>"
                + "</iati-activities>"));
        assertEquals("project.iati.noActivities", refused("<iati-activities version=\"2.03\"/>"));
        assertEquals("project.iati.doctype", refused("<!DOCTYPE iati-activities [<!ENTITY x \"y\">]>"
                + "<iati-activities version=\"2.03\"/>"));
    }

    static String refused(String xml) {
        return refusal(xml).code();
    }

    static org.salwhub.registry.api.kernel.FieldError refusal(String xml) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new IatiReader(CODES).read(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", e.errors().get(0).field());
        return e.errors().get(0);
    }
}
