package org.salwhub.web.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.fellowship.CallCompletionRule;
import org.salwhub.assistance.api.fellowship.CallCriterion;
import org.salwhub.assistance.api.fellowship.CallDeadlines;
import org.salwhub.assistance.api.fellowship.CallDetails;
import org.salwhub.assistance.api.fellowship.CallEligibility;
import org.salwhub.assistance.api.fellowship.CallEligibleStates;
import org.salwhub.assistance.api.fellowship.CallPhase;
import org.salwhub.assistance.api.fellowship.CallPhaseKind;
import org.salwhub.assistance.api.fellowship.CallStatus;
import org.salwhub.assistance.api.fellowship.CallView;
import org.salwhub.assistance.api.fellowship.FellowshipFacade;
import org.salwhub.assistance.api.fellowship.NominationAgeBand;
import org.salwhub.assistance.api.fellowship.NominationApplication;
import org.salwhub.assistance.api.fellowship.NominationFile;
import org.salwhub.assistance.api.fellowship.NominationRequest;
import org.salwhub.assistance.api.fellowship.NominationView;
import org.salwhub.assistance.api.fellowship.ReviewDeclaration;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.security.Accounts;
import org.salwhub.web.security.NewAccount;

/**
 * The fellowship demo: two more reviewers (so that each application gets two without conflicts of interest),
 * every reviewer's declaration of interests (a registry agency each), one open call with nominations from four
 * member States, one of them screened out for too little experience, and an account of her own for the Ugandan
 * nominee ({@code fellow.uganda}).
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Note verbale No. " + iso + "/FEL/2027/01"));
            document.add(new Paragraph("The Permanent Mission presents its compliments to the Regional Centre"
                    + " and has the honour to nominate " + nominee + " for the SALW Fellowship 2027."));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
