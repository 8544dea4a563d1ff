package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.salwhub.assistance.api.AssistanceFacade;
import org.salwhub.assistance.api.Confidentiality;
import org.salwhub.assistance.api.LineInput;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.MatchLine;
import org.salwhub.assistance.api.MatchProposal;
import org.salwhub.assistance.api.MatchView;
import org.salwhub.assistance.api.NeedContext;
import org.salwhub.assistance.api.NeedDraft;
import org.salwhub.assistance.api.NeedView;
import org.salwhub.assistance.api.OfferDraft;
import org.salwhub.assistance.api.OfferView;
import org.salwhub.assistance.api.Priority;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.Subregion;

/**
 * Assistance for the demo: needs of Kenya (marking machines, matched with the German Federal Foreign Office's
 * offer; record-keeping training, open), Tanzania (laser engravers, partly matched), Sudan (record-keeping software),
 * Burundi (stockpile security, restricted, with a proposed match), Uganda (submitted) and a Kenyan draft; offers of
 * the European Union (published, and a draft) and of the GFFO.
 */
@Stateless
public class DemoAssistance {

    @Inject
    AssistanceFacade assistance;

    @Inject
    RegistryFacade registry;

    public void create() {
        LocalDate today = LocalDate.now();
        NeedView kenyaMarking = published(need("KE", "Marking machines for the county armouries of the National Police"
                        + " Service", "Six portable dot-peen marking machines, with operator training, for the county"
                        + " armouries that still mark by hand.", Set.of("MARKING"), Set.of("EQUIPMENT", "TRAINING"),
                List.of(line("MARKING_MACHINE", 6, LineUnit.PIECE), line("COURSE_MARKING", 2, LineUnit.COURSE)),
                "180000", "USD", today.minusDays(20), today.plusMonths(14), Priority.HIGH, NeedContext.NON_CONFLICT,
                Confidentiality.NETWORK, "National Police Service - Firearms Licensing Board", "Nairobi and 8 counties"));
        NeedView kenyaTraining = published(need("KE", "Training on record-keeping and tracing",
                "Forty officers of the National Police Service and the Kenya Revenue Authority, in Nairobi and Mombasa.",
                Set.of("RECORD_KEEPING", "TRACING"), Set.of("TRAINING"),
                List.of(line("COURSE_RECORD_KEEPING", 3, LineUnit.COURSE), line("COURSE_TRACING", 2, LineUnit.COURSE)),
                "60000", "USD", today.plusMonths(2), today.plusMonths(12), Priority.MEDIUM, NeedContext.NON_CONFLICT,
                Confidentiality.NETWORK, "National Police Service", "Nairobi, Mombasa"));
        NeedView tanzania = published(need("TZ", "Laser engravers for the Tanzania Police Force",
                "Engraving of serial numbers on imported and seized weapons at two regional hubs.", Set.of("MARKING"),
                Set.of("EQUIPMENT"), List.of(line("LASER_ENGRAVER", 4, LineUnit.PIECE)), "240000", "USD",
                today.plusMonths(1), today.plusMonths(18), Priority.MEDIUM, NeedContext.NON_CONFLICT,
                Confidentiality.NETWORK, "Tanzania Police Force", "Dodoma and Arusha"));
        published(need("SD", "أنظمة حفظ السجلات وأجهزة الحاسوب لقوات الشرطة السودانية",
                "Record-keeping software and twenty computers for the Sudan Police Force's central arms registry.",
                Set.of("RECORD_KEEPING"), Set.of("EQUIPMENT", "TECHNICAL_ADVICE"),
                List.of(line("RECORD_KEEPING_SOFTWARE", 1, LineUnit.LICENCE), line("COMPUTERS", 20, LineUnit.PIECE)),
                "95000", "USD", today.plusMonths(1), today.plusMonths(20), Priority.HIGH, NeedContext.POST_CONFLICT,
                Confidentiality.NETWORK, "قوات الشرطة السودانية", "الخرطوم / بورتسودان"));
        NeedView burundi = published(need("BI", "Sécurisation des dépôts d'armes de la Police nationale",
                "Râteliers, armoires fortes et portes blindées pour douze dépôts, avec formation des magasiniers.",
                Set.of("STOCKPILE_MANAGEMENT"), Set.of("EQUIPMENT", "TRAINING"),
                List.of(line("STORAGE_SECURITY", 12, LineUnit.SET), line("COURSE_STOCKPILE", 2, LineUnit.COURSE)),
                "210000", "EUR", today.plusMonths(1), today.plusMonths(15), Priority.HIGH, NeedContext.POST_CONFLICT,
                Confidentiality.RESTRICTED, "Police nationale du Burundi", "Bujumbura, Gitega"));
        NeedView uganda = need("UG", "Destruction of surplus and obsolete small arms",
                "A mobile hydraulic shear and a smelting partnership for 8,000 surplus weapons.", Set.of("DESTRUCTION"),
                Set.of("EQUIPMENT", "FINANCIAL"), List.of(line("DESTRUCTION_EQUIPMENT", 1, LineUnit.SET)), "120000",
                "USD", today.plusMonths(3), today.plusMonths(12), Priority.MEDIUM, NeedContext.NON_CONFLICT,
                Confidentiality.NETWORK, "Uganda National Focal Point on SALW", "Kampala");
        assistance.submitNeed(uganda.id(), uganda.version());
        need("KE", "Community awareness on voluntary surrender", "Radio campaigns in the North Rift before the"
                        + " amnesty.", Set.of("AWARENESS", "WEAPONS_COLLECTION"), Set.of("FINANCIAL"), List.of(), "45000",
                "USD", today.plusMonths(4), today.plusMonths(10), Priority.LOW, NeedContext.CONFLICT,
                Confidentiality.NETWORK, null, "Baringo, Turkana");

        UUID eu = organisation("EU");
        UUID gffo = organisation("GFFO");
        OfferView euOffer = offer(eu, "Marking and record-keeping equipment for East Africa",
                "Dot-peen marking machines with operator courses and record-keeping software licences, delivered with"
                        + " the Regional Centre on Small Arms.", Set.of("MARKING", "RECORD_KEEPING", "TRACING"),
                Set.of("EQUIPMENT", "TRAINING"), List.of(line("MARKING_MACHINE", 10, LineUnit.PIECE),
                        line("COURSE_MARKING", 4, LineUnit.COURSE), line("RECORD_KEEPING_SOFTWARE", 2, LineUnit.LICENCE)),
                "750000", "EUR", today.minusDays(30), today.plusMonths(18), Set.of("en", "fr"),
                "Regional Centre on Small Arms (RECSA)", Set.of(Subregion.EASTERN_AFRICA), null, true);
        offer(eu, "Border control training (in preparation)", "Joint customs and police courses at border posts.",
                Set.of("BORDER_CONTROL"), Set.of("TRAINING"), List.of(line("COURSE_IDENTIFICATION", 3, LineUnit.COURSE)),
                "90000", "EUR", today.plusMonths(2), today.plusMonths(14), Set.of("en", "fr"), null, Set.of(), null,
                false);
        OfferView gffoOffer = offer(gffo, "Weapons marking and stockpile security support",
                "Marking equipment, laser engravers and storage security hardware, with courses, through the"
                        + " German Federal Foreign Office's SALW programme.",
                Set.of("MARKING", "STOCKPILE_MANAGEMENT", "AMMUNITION_MANAGEMENT"),
                Set.of("EQUIPMENT", "TRAINING", "TECHNICAL_ADVICE"), List.of(line("MARKING_MACHINE", 6, LineUnit.PIECE),
                        line("LASER_ENGRAVER", 2, LineUnit.PIECE), line("COURSE_MARKING", 2, LineUnit.COURSE),
                        line("STORAGE_SECURITY", 10, LineUnit.SET), line("COURSE_STOCKPILE", 2, LineUnit.COURSE)),
                "400000", "EUR", today.minusDays(60), today.plusMonths(24), Set.of("en", "fr", "de"),
                "GIZ", Set.of(), "Annual reporting on the use of the equipment.", true);

        confirmed(kenyaMarking, gffoOffer, List.of(new MatchLine("MARKING_MACHINE", 6), new MatchLine("COURSE_MARKING", 2)));
        confirmed(tanzania, gffoOffer, List.of(new MatchLine("LASER_ENGRAVER", 2)));
        assistance.proposeMatch(new MatchProposal(burundi.id(), gffoOffer.id(), List.of(
                new MatchLine("STORAGE_SECURITY", 10), new MatchLine("COURSE_STOCKPILE", 2)), null,
                "Ten of the twelve depots this year."));
        assistance.proposeMatch(new MatchProposal(kenyaTraining.id(), euOffer.id(), List.of(), new BigDecimal("40000"),
                "Funding for the record-keeping courses."));
    }

    private NeedView need(String iso2, String title, String description, Set<String> themes, Set<String> types,
                          List<LineInput> lines, String cost, String currency, LocalDate from, LocalDate to,
                          Priority priority, NeedContext context, org.salwhub.assistance.api.Confidentiality confidentiality,
                          String agency, String site) {
        UUID state = registry.stateByIsoCode(iso2).orElseThrow().id().value();
        boolean equipment = lines.stream().anyMatch(l -> !l.itemCode().startsWith("COURSE_"));
        return assistance.createNeed(new NeedDraft(state, title, description, themes, types, lines,
                new BigDecimal(cost), currency, "Staff time of the beneficiary agency, premises and in-country transport"
                + " (about 15% of the cost).", priority, from, to, context,
                "Women officers make up at least a third of the trainees; participants counted by sex and age.", agency,
                site, "https://smallarms.un-arm.org/country-profiles/" + iso2, confidentiality, Set.of(),
                equipment ? "Operators trained at delivery, with a refresher course after a year." : null,
                equipment ? "Two years of maintenance and spare parts from the supplier." : null,
                equipment ? "Delivery to each site by the beneficiary agency's transport unit." : null));
    }

    private NeedView published(NeedView draft) {
        NeedView submitted = assistance.submitNeed(draft.id(), draft.version());
        NeedView validated = assistance.validateNeed(submitted.id(), submitted.version());
        return assistance.publishNeed(validated.id(), validated.version());
    }

    private OfferView offer(UUID organisation, String title, String description, Set<String> themes, Set<String> types,
                            List<LineInput> lines, String budget, String currency, LocalDate from, LocalDate to,
                            Set<String> languages, String partner, Set<Subregion> subregions, String conditions,
                            boolean publish) {
        OfferView offer = assistance.createOffer(new OfferDraft(organisation, title, description, themes, types, lines,
                new BigDecimal(budget), currency, from, to, languages, partner, Set.of(), subregions, conditions));
        return publish ? assistance.publishOffer(offer.id(), offer.version()) : offer;
    }

    private void confirmed(NeedView need, OfferView offer, List<MatchLine> lines) {
        MatchView match = assistance.proposeMatch(new MatchProposal(need.id(), offer.id(), lines, null, null));
        match = assistance.acceptAsRecipient(match.id(), match.version());
        match = assistance.acceptAsDonor(match.id(), match.version());
        assistance.confirmMatch(match.id(), match.version());
    }

    private static LineInput line(String code, int quantity, LineUnit unit) {
        return new LineInput(code, quantity, unit, null);
    }

    private UUID organisation(String acronym) {
        return registry.organisationByAcronym(acronym).orElseThrow().id().value();
    }
}
