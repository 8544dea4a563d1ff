package org.salwhub.web.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.fellowship.api.CallCompletionRule;
import org.salwhub.fellowship.api.CallCriterion;
import org.salwhub.fellowship.api.CallDeadlines;
import org.salwhub.fellowship.api.CallDetails;
import org.salwhub.fellowship.api.CallEligibility;
import org.salwhub.fellowship.api.CallEligibleStates;
import org.salwhub.fellowship.api.CallPhase;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.CallView;
import org.salwhub.fellowship.api.FellowshipFacade;
import org.salwhub.fellowship.api.FellowshipFollowUpEntry;
import org.salwhub.fellowship.api.FellowshipFollowUpView;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationApplication;
import org.salwhub.fellowship.api.NominationDecision;
import org.salwhub.fellowship.api.NominationFile;
import org.salwhub.fellowship.api.NominationRequest;
import org.salwhub.fellowship.api.NominationView;
import org.salwhub.fellowship.api.ReviewDeclaration;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.NewAccount;

/**
 * The fellowship demo: two more reviewers (so that each application gets two without conflicts of interest),
 * every reviewer's declaration of interests (a registry agency each), one open call with nominations from four
 * member States, one of them screened out for too little experience, an account of her own for the Ugandan
 * nominee ({@code fellow.uganda}), and the previous programme, completed, whose two fellows are alumni.
 */
@Stateless
public class DemoFellowships {

    @Inject
    FellowshipFacade fellowships;

    @Inject
    RegistryFacade registry;

    @Inject
    Accounts accounts;

    @Inject
    DirectoryFacade directory;

    public void create() {
        accounts.createAtStartup(new NewAccount("reviewer.kenya", "Peter Kamau", "p.kamau@salwhub.example",
                Set.of(Role.REVIEWER), null, null, "en", DemoData.PASSWORD), false);
        accounts.createAtStartup(new NewAccount("reviewer.uganda", "Sarah Nakato", "s.nakato@salwhub.example",
                Set.of(Role.REVIEWER), null, null, "en", DemoData.PASSWORD), false);
        AgencyView sudanPolice = agency("SD", "SPF").orElseThrow();
        AgencyView kenyaPolice = agency("KE", "NPS").orElseThrow();
        AgencyView ugandaPolice = agency("UG", "UPF").orElseGet(() -> directory.createAgency(state("UG"), null,
                AgencyType.LAW_ENFORCEMENT, "Uganda Police Force", "UPF"));
        fellowships.declare(new ReviewDeclaration("reviewer", state("SD"), null, sudanPolice.id(), null, 0));
        fellowships.declare(new ReviewDeclaration("reviewer.kenya", state("KE"), null, kenyaPolice.id(), null, 0));
        fellowships.declare(new ReviewDeclaration("reviewer.uganda", state("UG"), null, ugandaPolice.id(), null, 0));

        LocalDate today = LocalDate.now();
        CallView call = fellowships.createCall(new CallDetails(
                "SALW Fellowship 2027: marking, record-keeping and tracing",
                "Implementing the International Tracing Instrument",
                "A blended fellowship for officials of the commission's member States: eight weeks of self-paced"
                        + " online modules, then two weeks in Nairobi with practical sessions on marking machines,"
                        + " record-keeping software and tracing requests.",
                12, List.of("en", "fr"),
                new CallEligibility(CallEligibleStates.COMMISSION_MEMBERS, null,
                        Set.of(AgencyType.LAW_ENFORCEMENT, AgencyType.CUSTOMS, AgencyType.BORDER_CONTROL,
                                AgencyType.LICENSING, AgencyType.ARMED_FORCES, AgencyType.INTERPOL_NCB,
                                AgencyType.REGISTRY, AgencyType.COORDINATION_BODY), 3, null),
                2, 50, 80,
                new CallDeadlines(today.plusDays(21), today.plusDays(35), today.plusDays(45), today.plusDays(60)), 2,
                List.of(new CallPhase(CallPhaseKind.ONLINE, "Online modules", today.plusDays(70), today.plusDays(126),
                                null),
                        new CallPhase(CallPhaseKind.IN_PERSON, "Residential course", today.plusDays(140),
                                today.plusDays(151), "Kenya School of Government, Nairobi")),
                List.of(new CallCriterion(null, "Need of the national institution", 40),
                        new CallCriterion(null, "Relevant experience", 30),
                        new CallCriterion(null, "Motivation and plan to use the skills", 20),
                        new CallCriterion(null, "Working language", 10)),
                new CallCompletionRule(true, 80)));
        call = fellowships.moveCall(call.id(), CallStatus.OPEN, call.version());

        NominationView uganda = nominate(call, "UG", "Grace", "Namutebi", null, Sex.FEMALE,
                "Officer in charge, firearms registry", ugandaPolice, "Uganda Police Force",
                AgencyType.LAW_ENFORCEMENT, 8, NominationAgeBand.FROM_30_TO_39, "en");
        nominate(call, "TZ", "Joseph", "Mrisho", null, Sex.MALE, "Senior customs officer", null,
                "Tanzania Revenue Authority, Customs", AgencyType.CUSTOMS, 6, NominationAgeBand.FROM_40_TO_49, "en",
                "sw");
        nominate(call, "SD", "أمل", "عثمان", "Amal Osman", Sex.FEMALE, "Head of the weapons marking unit",
                sudanPolice, "Sudan Police Force", AgencyType.LAW_ENFORCEMENT, 10, NominationAgeBand.FROM_30_TO_39,
                "ar", "en");
        nominate(call, "RW", "Eric", "Habimana", null, Sex.MALE, "Records officer", null, "Rwanda National Police",
                AgencyType.LAW_ENFORCEMENT, 2, NominationAgeBand.UNDER_30, "en", "fr");

        // the Ugandan nominee completes her application and follows her nomination herself
        accounts.createAtStartup(new NewAccount("fellow.uganda", uganda.nomineeName(), "grace.namutebi@fellows.example",
                Set.of(Role.FELLOW), null, null, uganda.personId().value(), "en", DemoData.PASSWORD), false);

        pastProgramme(today, sudanPolice);
    }

    /**
     * The previous programme, which ended some fifteen months ago (the 2025 cohort when the demo loads in late 2026),
     * so that profiles show alumni: Kenya's ATT point of contact, who heads Kenya's delegation to the coming regional
     * meeting (marked as taking part after her fellowship), and an officer of the Sudan Police Force. It goes
     * through the same steps as a real call; as the boundary only opens calls and takes nominations and answers
     * before their deadlines, it runs them with deadlines of today and then gives the call the dates it had, before
     * completing it. Both fellows completed, and their follow-ups at 6 and 12 months, both due by now, are on record.
     */
    private void pastProgramme(LocalDate today, AgencyView sudanPolice) {
        LocalDate inPerson = today.minusMonths(15).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate online = inPerson.minusWeeks(10);
        LocalDate nominations = online.minusWeeks(12);
        List<CallPhase> phases = List.of(
                new CallPhase(CallPhaseKind.ONLINE, "Online modules", online, online.plusWeeks(8).minusDays(3), null),
                new CallPhase(CallPhaseKind.IN_PERSON, "Residential course", inPerson, inPerson.plusDays(11),
                        "Regional Centre training hall, Nairobi"));
        String title = "SALW Fellowship " + inPerson.getYear() + ": tracing illicit small arms";
        CallView call = fellowships.createCall(pastCallDetails(title, new CallDeadlines(today, today, today, today),
                phases, List.of(new CallCriterion(null, "Need of the national institution", 40),
                        new CallCriterion(null, "Relevant experience", 40),
                        new CallCriterion(null, "Motivation and plan to use the skills", 20))));
        call = fellowships.moveCall(call.id(), CallStatus.OPEN, call.version());

        ContactView achieng = contact("KE", RoleType.ATT_NPC, "Achieng");
        ContactView eltayeb = contact("SD", RoleType.ITI_TRACING, "Eltayeb");
        List<NominationView> fellows = List.of(
                nominateContact(call, achieng, "KE", "Principal customs officer, firearms import control",
                        agency("KE", "KRA").orElseThrow(), AgencyType.CUSTOMS, 9, NominationAgeBand.FROM_40_TO_49,
                        "To introduce the ITI's tracing requests at Kenya's border posts.", "en", "sw"),
                nominateContact(call, eltayeb, "SD", "Colonel, head of the tracing desk", sudanPolice,
                        AgencyType.LAW_ENFORCEMENT, 12, NominationAgeBand.FROM_40_TO_49,
                        "To answer tracing requests from neighbouring States within the ITI's deadlines.", "ar",
                        "en"));
        for (CallStatus next : List.of(CallStatus.CLOSED, CallStatus.IN_REVIEW, CallStatus.SELECTION)) {
            call = fellowships.moveCall(call.id(), next, call.version());
        }
        List<NominationView> accepted = new java.util.ArrayList<>();
        for (NominationView nomination : fellows) {
            NominationView selected = fellowships.decide(nomination.id(), NominationDecision.SELECT,
                    "Selected by the selection board", today, nomination.version());
            accepted.add(fellowships.answerOffer(selected.id(), true, selected.version()));
        }
        call = fellowships.moveCall(call.id(), CallStatus.COHORT_RUNNING, call.version());
        String[][] sessions = {{"Tracing requests under the International Tracing Instrument", "0"},
                {"Marking machines: hands-on", "2"}, {"Record-keeping software", "7"},
                {"Case study: tracing a seized rifle", "10"}};
        for (String[] session : sessions) {
            UUID id = fellowships.addSession(call.id(), session[0], inPerson.plusDays(Long.parseLong(session[1]))).id();
            accepted.forEach(fellow -> fellowships.recordAttendance(id, fellow.id(), true));
        }
        for (NominationView fellow : accepted) {
            fellowships.recordOnlineCompletion(fellow.id(), true, fellow.version());
        }
        // the dates the programme had: its deadlines before the online phase (the criteria keep their IDs)
        call = fellowships.updateCall(call.id(), pastCallDetails(title, new CallDeadlines(nominations,
                nominations.plusWeeks(3), nominations.plusWeeks(5), nominations.plusWeeks(6)), phases,
                call.details().criteria()), call.version());
        call = fellowships.moveCall(call.id(), CallStatus.COMPLETED, call.version());

        for (FellowshipFollowUpView followUp : fellowships.followUps(call.id())) {
            boolean kenyan = followUp.nominationId().equals(accepted.get(0).id());
            FellowshipFollowUpEntry entry = followUp.months() == 6
                    ? new FellowshipFollowUpEntry(kenyan ? "Principal customs officer, firearms import control"
                    : "Colonel, head of the tracing desk", false, kenyan
                    ? "Trained 40 customs officers at the Namanga and Busia border posts in tracing requests."
                    : "Answered four tracing requests from neighbouring States within the ITI's deadlines.")
                    : new FellowshipFollowUpEntry(kenyan ? "Deputy commissioner, border control, and Kenya's ATT"
                    + " point of contact" : "Colonel, head of the tracing desk", kenyan, kenyan
                    ? "Leads Kenya's delegation to the regional meetings on tracing and record-keeping."
                    : "Set up a register of seized weapons with the national commission.");
            fellowships.recordFollowUp(followUp.id(), entry, followUp.version());
        }
    }

    private static CallDetails pastCallDetails(String title, CallDeadlines deadlines, List<CallPhase> phases,
                                               List<CallCriterion> criteria) {
        return new CallDetails(title, "Tracing under the International Tracing Instrument",
                "Eight weeks of online modules, then two weeks in Nairobi on tracing requests, marking and"
                        + " record-keeping, for officials of the commission's member States.",
                10, List.of("en", "fr", "ar"),
                new CallEligibility(CallEligibleStates.COMMISSION_MEMBERS, null,
                        Set.of(AgencyType.LAW_ENFORCEMENT, AgencyType.CUSTOMS, AgencyType.BORDER_CONTROL,
                                AgencyType.INTERPOL_NCB, AgencyType.COORDINATION_BODY), 3, null),
                2, 50, 80, deadlines, 2, phases, criteria, new CallCompletionRule(true, 80));
    }

    /** The current contact of the State in that role whose name contains {@code name}. */
    private ContactView contact(String iso, RoleType role, String name) {
        return directory.currentContacts(new StateId(state(iso)), role).stream()
                .filter(c -> c.personName().contains(name) || (c.latinName() != null && c.latinName().contains(name)))
                .findFirst().orElseThrow(() -> new IllegalStateException("no demo contact " + name));
    }

    /** Nominates a person of the directory (a State's contact), with their application and note verbale. */
    private NominationView nominateContact(CallView call, ContactView contact, String iso, String post,
                                           AgencyView agency, AgencyType type, int years, NominationAgeBand age,
                                           String motivation, String... languages) {
        UUID state = state(iso);
        PersonView person = directory.person(contact.personId()).orElseThrow();
        return fellowships.nominate(call.id(), new NominationRequest(state, person.id(), null,
                new NominationApplication(post, agency.name(), type, agency.id().value(), years, motivation,
                        List.of(languages), person.details().sex(), age),
                new NominationFile("note-verbale-" + iso.toLowerCase() + ".pdf", "application/pdf",
                        noteVerbale(iso, contact.latinName() != null ? contact.latinName() : person.displayName(),
                                call.details().title()))));
    }

    private Optional<AgencyView> agency(String iso, String acronym) {
        return directory.agencies(new StateId(state(iso))).stream().filter(a -> acronym.equals(a.acronym()))
                .findFirst();
    }

    private NominationView nominate(CallView call, String iso, String given, String family, String latin, Sex sex,
                                    String post, AgencyView registryAgency, String agency, AgencyType type, int years,
                                    NominationAgeBand age, String... languages) {
        UUID state = state(iso);
        return fellowships.nominate(call.id(), new NominationRequest(state, null,
                new PersonDetails(state, null, registryAgency == null ? null : registryAgency.id().value(), null,
                        given, family, latin, sex, List.of(languages),
                        (latin == null ? given + "." + family : latin.replace(' ', '.')).toLowerCase()
                                + "@fellows.example", null, null, null, null, post),
                new NominationApplication(post, agency, type,
                        registryAgency == null ? null : registryAgency.id().value(), years,
                        "To bring the tracing and record-keeping practice of my unit up to the ITI standard and"
                                + " to train my colleagues afterwards.", List.of(languages), sex, age),
                new NominationFile("note-verbale-" + iso.toLowerCase() + ".pdf", "application/pdf",
                        noteVerbale(iso, latin == null ? given + " " + family : latin))));
    }

    private UUID state(String iso2) {
        return registry.stateByIsoCode(iso2).map(StateView::id).orElseThrow().value();
    }

    /** A one-page note verbale, as a permanent mission would send it. */
    static byte[] noteVerbale(String iso, String nominee) {
        return noteVerbale(iso, nominee, "SALW Fellowship 2027");
    }

    /** A one-page note verbale nominating {@code nominee} for the call of that title. */
    static byte[] noteVerbale(String iso, String nominee, String callTitle) {
        String programme = callTitle.contains(":") ? callTitle.substring(0, callTitle.indexOf(':')) : callTitle;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Note verbale No. " + iso + "/FEL/" + programme.replaceAll("\\D", "")
                    + "/01"));
            document.add(new Paragraph("The Permanent Mission presents its compliments to the Regional Centre"
                    + " and has the honour to nominate " + nominee + " for the " + programme + "."));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
