package org.salwhub.assistance.control;

import static org.salwhub.assistance.control.IatiXml.blankToNull;
import static org.salwhub.assistance.control.IatiXml.children;
import static org.salwhub.assistance.control.IatiXml.date;
import static org.salwhub.assistance.control.IatiXml.first;
import static org.salwhub.assistance.control.IatiXml.integer;
import static org.salwhub.assistance.control.IatiXml.language;
import static org.salwhub.assistance.control.IatiXml.narratives;
import static org.salwhub.assistance.control.IatiXml.number;
import static org.salwhub.assistance.control.IatiXml.ours;
import static org.salwhub.assistance.control.IatiXml.parse;
import static org.salwhub.assistance.control.IatiXml.preferred;
import static org.salwhub.assistance.control.IatiXml.upper;
import static org.salwhub.assistance.control.IatiXml.uuids;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.salwhub.assistance.api.project.IatiImportNote;
import org.salwhub.assistance.api.project.IatiImportNote.Kind;
import org.salwhub.assistance.api.project.ProjectBudgetKind;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableInput;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectIndicatorInput;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectStatus;
import org.salwhub.assistance.api.project.ProjectTransactionInput;
import org.salwhub.assistance.api.project.ProjectTransactionType;
import org.salwhub.assistance.control.IatiActivity.Problem;
import org.salwhub.assistance.entity.ProjectRules;
import org.salwhub.assistance.entity.ProjectIndicator;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.ValidationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the activities of an IATI 2.x file (a donor's, or SALW Hub's own export) into what SALW Hub records, and
 * says per activity what it leaves out and why. The parser refuses DOCTYPEs and external entities.
 * <ul>
 *   <li>Texts: narratives without {@code xml:lang} are in the activity's (or the file's) default language; English,
 *   French and Arabic are kept, other languages are named in a note.</li>
 *   <li>Organisations: a reporting or participating organisation is the registry's whose IATI organisation
 *   identifier is its ref; else the registry's one of whose names or acronym one of its names (in any language)
 *   matches; otherwise it is kept by name with its IATI ref. A note says how each was matched, or that it was
 *   not found.</li>
 *   <li>Themes: sector codes of the reporting organisation's vocabularies (98, 99) that are SALW Hub thematic
 *   areas; other sectors (e.g. DAC 5-digit codes) are named in a note.</li>
 *   <li>Money: outgoing pledges (12), commitments (2), disbursements (3) and expenditures (4) in their own currency
 *   (the value's, else the activity's default); incoming funds, commitments and pledges (1, 11, 13) are left out,
 *   as the activity passes that money on through its own outgoing transactions and it would count twice;
 *   loans, interest and equity are left out, and so are zero or negative values (corrections). A transaction
 *   without provider is the reporting organisation's; one without receiver goes to the implementing
 *   organisation. Budgets by the year their period starts.</li>
 *   <li>Status: the file's status as far as SALW Hub's rules let an import go (closing needs a final report).</li>
 * </ul>
 * SALW Hub's own {@code salw:project} element, when present, restores links, deliverables, confidentiality and
 * registry organisations.
 */
public final class IatiReader {

    /** The activity elements the reader takes something from. */
    private static final Set<String> USED = Set.of("iati-identifier", "reporting-org", "title", "description",
            "participating-org", "activity-status", "activity-date", "recipient-country", "recipient-region",
            "sector", "policy-marker", "budget", "transaction", "document-link", "result");
    static final List<String> OUR_LANGUAGES = List.of("en", "fr", "ar");
    /** Incoming funds, incoming commitment, incoming pledge. */
    private static final Set<String> INCOMING = Set.of("1", "11", "13");

    private final IatiCodes codes;

    public IatiReader(IatiCodes codes) {
        this.codes = codes;
    }

    /**
     * @throws ValidationException (field {@code file}) when the file is not XML, not an IATI activities file, of
     *                             IATI version 1, or holds no activity
     */
    public List<IatiActivity> read(byte[] xml) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
        if (root.getNamespaceURI() == null && "iati-organisations".equals(name)) {
            throw new ValidationException("file", "project.iati.organisationFile");
        }
        if (root.getNamespaceURI() != null || !"iati-activities".equals(name)) {
            throw new ValidationException("file", "project.iati.notActivities", name);
        }
        String version = root.getAttribute("version").trim();
        if (!version.isEmpty() && !version.startsWith("2.")) {
            throw new ValidationException("file", "project.iati.version", version);
        }
        List<Element> elements = children(root, "iati-activity");
        if (elements.isEmpty()) {
            throw new ValidationException("file", "project.iati.noActivities");
        }
        String fileLanguage = language(root, "en");
        List<IatiActivity> activities = new ArrayList<>();
        for (Element a : elements) {
            activities.add(activity(a, fileLanguage));
        }
        // an identifier given twice: which activity is right cannot be told, so neither is imported
        Map<String, Long> occurrences = new HashMap<>();
        activities.forEach(a -> {
            if (a.draft().iatiIdentifier() != null) {
                occurrences.merge(a.draft().iatiIdentifier(), 1L, Long::sum);
            }
        });
        return activities.stream().map(a -> occurrences.getOrDefault(a.draft().iatiIdentifier(), 0L) > 1
                ? a.refused(Problem.of("project.iati.repeated", occurrences.get(a.draft().iatiIdentifier()))) : a)
                .toList();
    }

    private IatiActivity activity(Element a, String fileLanguage) {
        List<Problem> problems = new ArrayList<>();
        List<IatiImportNote> notes = new ArrayList<>();
        Set<String> otherLanguages = new TreeSet<>();
        String lang = language(a, fileLanguage);
        Element salw = children(a, "project").stream().filter(e -> IatiWriter.SALW_NS.equals(e.getNamespaceURI()))
                .findFirst().orElse(null);
        boolean ours = salw != null;

        String identifier = first(a, "iati-identifier").map(Element::getTextContent).map(String::trim)
                .filter(s -> !s.isEmpty()).orElse(null);
        if (identifier == null) {
            problems.add(Problem.of("project.iati.noIdentifier"));
        }
        String defaultCurrency = upper(a.getAttribute("default-currency"));

        // ------------------------------------------------------------ texts
        Map<String, String> titles = narratives(first(a, "title").orElse(null), lang);
        Map<String, String> title = ours(titles, otherLanguages);
        if (title.isEmpty()) {
            problems.add(Problem.of("project.iati.noTitle", titles.isEmpty() ? "—" : String.join(", ", titles.keySet())));
        }
        Map<String, String> general = new LinkedHashMap<>();
        Map<String, String> others = new LinkedHashMap<>();
        Set<String> otherTypes = new TreeSet<>();
        String lessons = null;
        for (Element d : children(a, "description")) {
            String type = d.getAttribute("type").isBlank() ? "1" : d.getAttribute("type").trim();
            Map<String, String> texts = narratives(d, lang);
            if ("1".equals(type)) {
                texts.forEach(general::putIfAbsent);
            } else if ("4".equals(type) && ours) {
                // SALW Hub writes its lessons learned as an "other" description
                lessons = texts.values().stream().findFirst().orElse(null);
            } else {
                otherTypes.add(type);
                texts.forEach(others::putIfAbsent);
            }
        }
        Map<String, String> description = ours(general, otherLanguages);
        if (description.isEmpty()) {
            description = ours(others, otherLanguages);
        } else if (!otherTypes.isEmpty()) {
            notes.add(IatiImportNote.of(Kind.DESCRIPTIONS, String.join(", ", otherTypes)));
        }
        if (description.isEmpty()) {
            problems.add(Problem.of("project.iati.noDescription"));
        }

        // ------------------------------------------------------------ organisations
        Map<String, UUID> knownOrgs = new HashMap<>();
        if (ours) {
            for (Element org : children(salw, "organisation")) {
                knownOrgs.putIfAbsent(org.getAttribute("role"), UUID.fromString(org.getAttribute("id")));
            }
        }
        // the reporting organisation and each participating one: the registry's by IATI identifier, else by name
        // or acronym; each name said once per activity (a funder not found always, as it will not count as a donor)
        Set<String> noted = new HashSet<>();
        Element reporting = first(a, "reporting-org").orElse(null);
        Map<String, String> reportingNames = narratives(reporting, lang);
        String reportingRef = reporting == null ? null : blankToNull(reporting.getAttribute("ref"));
        String reportingName = preferred(reportingNames) != null ? preferred(reportingNames) : reportingRef;
        UUID reportingId = null;
        if (reporting != null && !ours && reportingName != null) {
            Match match = registryOrganisation(reportingNames.values(), reportingRef);
            reportingId = match.id();
            noteMatch(notes, noted, reportingName, reportingRef, match, false);
        }
        List<ProjectParticipant> participants = new ArrayList<>();
        for (Element org : children(a, "participating-org")) {
            String roleCode = org.getAttribute("role").trim();
            Map<String, String> names = narratives(org, lang);
            String ref = blankToNull(org.getAttribute("ref"));
            String name = preferred(names) != null ? preferred(names) : ref;
            Optional<ProjectOrgRole> role = ProjectOrgRole.ofIati(roleCode);
            if (role.isEmpty() || name == null) {
                notes.add(IatiImportNote.of(Kind.PARTICIPANT, name == null ? "—" : name, roleCode));
                continue;
            }
            UUID id;
            if (ours) {
                id = knownOrgs.remove(roleCode);
            } else {
                Match match = registryOrganisation(names.values(), ref);
                id = match.id();
                noteMatch(notes, noted, name, ref, match, role.get() == ProjectOrgRole.FUNDING);
            }
            // SALW Hub's own export wrote the registry organisation's identifier, which the project does not
            // record (the registry keeps it); another publisher's file keeps the ref it gave
            String kept = ours && id != null && ref != null
                    && ref.equals(codes.organisationIatiIdentifier(id).orElse(null)) ? null : ref;
            participants.add(new ProjectParticipant(id, id == null ? name : null, kept, role.get()));
        }
        if (participants.isEmpty()) {
            problems.add(Problem.of("project.iati.noParticipant"));
        }

        // ------------------------------------------------------------ status and dates
        ProjectStatus fileStatus = first(a, "activity-status")
                .flatMap(s -> ProjectStatus.ofIati(s.getAttribute("code").trim())).orElse(ProjectStatus.PIPELINE);
        Map<String, LocalDate> dates = new HashMap<>();
        for (Element d : children(a, "activity-date")) {
            date(d.getAttribute("iso-date")).ifPresent(v -> dates.putIfAbsent(d.getAttribute("type").trim(), v));
        }
        LocalDate plannedStart = dates.get("1");
        LocalDate actualStart = dates.get("2");
        LocalDate plannedEnd = dates.get("3");
        LocalDate actualEnd = dates.get("4");
        if (plannedStart == null && actualStart != null) {
            plannedStart = actualStart;
            notes.add(IatiImportNote.of(Kind.PLANNED_START_FROM_ACTUAL, actualStart));
        }
        if (plannedStart == null) {
            problems.add(Problem.of("project.iati.noStart"));
        }
        ProjectStatus status = reachable(fileStatus, actualStart != null);
        if (status != fileStatus) {
            notes.add(IatiImportNote.of(Kind.STATUS, fileStatus, status));
        }

        // ------------------------------------------------------------ where
        Set<UUID> states = new LinkedHashSet<>();
        List<String> countries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> shares = new ArrayList<>();
        for (Element c : children(a, "recipient-country")) {
            String iso = c.getAttribute("code").trim().toUpperCase(Locale.ROOT);
            countries.add(iso);
            Optional<UUID> state = codes.stateOfIso2(iso);
            if (state.isPresent()) {
                states.add(state.get());
            } else {
                unknown.add(iso);
            }
            number(c.getAttribute("percentage")).filter(p -> p.compareTo(BigDecimal.valueOf(100)) != 0)
                    .ifPresent(p -> shares.add(iso + " " + p.stripTrailingZeros().toPlainString() + " %"));
        }
        List<String> regions = children(a, "recipient-region").stream().map(r -> r.getAttribute("code").trim())
                .toList();
        if (states.isEmpty()) {
            if (!unknown.isEmpty()) {
                problems.add(Problem.of("project.iati.unknownCountry", String.join(", ", unknown)));
            } else if (!regions.isEmpty()) {
                problems.add(Problem.of("project.iati.onlyRegion", String.join(", ", regions)));
            } else {
                problems.add(Problem.of("project.iati.noCountry"));
            }
        } else {
            unknown.forEach(iso -> notes.add(IatiImportNote.of(Kind.UNKNOWN_COUNTRY, iso)));
            if (!regions.isEmpty()) {
                notes.add(IatiImportNote.of(Kind.RECIPIENT_REGION, String.join(", ", regions)));
            }
            if (!shares.isEmpty()) {
                notes.add(IatiImportNote.of(Kind.COUNTRY_SHARES, String.join(", ", shares)));
            }
        }

        // ------------------------------------------------------------ classification
        Set<String> themes = new LinkedHashSet<>();
        for (Element s : children(a, "sector")) {
            String vocabulary = s.getAttribute("vocabulary").isBlank() ? "1" : s.getAttribute("vocabulary").trim();
            String code = s.getAttribute("code").trim();
            String theme = code.toUpperCase(Locale.ROOT);
            if (("99".equals(vocabulary) || "98".equals(vocabulary)) && codes.isTheme(theme)) {
                themes.add(theme);
            } else if (!(ours && "1".equals(vocabulary) && IatiWriter.DAC_SALW.equals(code))) {
                notes.add(IatiImportNote.of(Kind.SECTOR, code, vocabulary));
            }
        }
        if (themes.isEmpty() && !ours) {
            notes.add(IatiImportNote.of(Kind.NO_THEME));
        }
        ProjectGenderMarker gender = children(a, "policy-marker").stream()
                .filter(m -> "1".equals(m.getAttribute("code").trim())
                        && (m.getAttribute("vocabulary").isBlank() || "1".equals(m.getAttribute("vocabulary").trim())))
                .findFirst().map(m -> gender(m.getAttribute("significance").trim()))
                .orElse(ProjectGenderMarker.NOT_TARGETED);

        // ------------------------------------------------------------ budgets
        List<ProjectBudgetLine> budgets = new ArrayList<>();
        for (Element b : children(a, "budget")) {
            LocalDate start = first(b, "period-start").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
            LocalDate end = first(b, "period-end").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
            Optional<Element> value = first(b, "value");
            BigDecimal amount = value.flatMap(v -> number(v.getTextContent())).map(IatiXml::cents).orElse(null);
            String currency = value.map(v -> upper(v.getAttribute("currency"))).orElse(null);
            currency = currency != null ? currency : defaultCurrency;
            ProjectBudgetLine line = start == null ? null
                    : new ProjectBudgetLine(ProjectBudgetKind.ofIati(b.getAttribute("type").trim()), start.getYear(),
                    amount, currency);
            if (line == null || !ProjectRules.checkBudget(line).isEmpty()) {
                notes.add(IatiImportNote.of(Kind.BUDGET_INCOMPLETE, start, end));
                continue;
            }
            if (end != null && end.getYear() != start.getYear()) {
                notes.add(IatiImportNote.of(Kind.BUDGET_YEAR, start, end, String.valueOf(start.getYear())));
            }
            budgets.add(line);
        }

        // ------------------------------------------------------------ transactions
        ProjectParticipant implementer = participants.stream().filter(p -> p.role() == ProjectOrgRole.IMPLEMENTING)
                .findFirst().orElse(null);
        int providerDefaulted = 0;
        int receiverDefaulted = 0;
        List<ProjectTransactionInput> transactions = new ArrayList<>();
        for (Element t : children(a, "transaction")) {
            String typeCode = first(t, "transaction-type").map(e -> e.getAttribute("code").trim()).orElse("");
            LocalDate on = first(t, "transaction-date").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
            Optional<Element> value = first(t, "value");
            BigDecimal amount = value.flatMap(v -> number(v.getTextContent())).map(IatiXml::cents).orElse(null);
            String currency = value.map(v -> upper(v.getAttribute("currency"))).orElse(null);
            currency = currency != null ? currency : defaultCurrency;
            Optional<ProjectTransactionType> type = ProjectTransactionType.ofIati(typeCode);
            if (type.isEmpty()) {
                notes.add(IatiImportNote.of(INCOMING.contains(typeCode) ? Kind.INCOMING_TRANSACTION
                        : Kind.OTHER_TRANSACTION, typeCode, on, amount, currency));
                continue;
            }
            if (on == null || amount == null || currency == null) {
                notes.add(IatiImportNote.of(Kind.TRANSACTION_INCOMPLETE, typeCode, on));
                continue;
            }
            if (amount.signum() <= 0) {
                notes.add(IatiImportNote.of(Kind.TRANSACTION_NOT_POSITIVE, typeCode, on, amount, currency));
                continue;
            }
            String text = first(t, "description").map(d -> preferred(narratives(d, lang))).orElse(null);
            Party provider = party(first(t, "provider-org").orElse(null), lang, ours);
            if (provider == null && reportingName != null) {
                provider = new Party(reportingId, reportingName);
                providerDefaulted++;
            }
            Party receiver = party(first(t, "receiver-org").orElse(null), lang, ours);
            if (receiver == null && implementer != null) {
                receiver = new Party(implementer.organisationId(), implementer.name());
                receiverDefaulted++;
            }
            if (provider == null || receiver == null) {
                notes.add(IatiImportNote.of(Kind.TRANSACTION_INCOMPLETE, typeCode, on));
                continue;
            }
            ProjectTransactionInput input = new ProjectTransactionInput(type.get(), on, amount, currency,
                    provider.id(), provider.id() == null ? provider.name() : null, receiver.id(),
                    receiver.id() == null ? receiver.name() : null, text);
            if (!ProjectRules.checkTransaction(input).isEmpty()) {
                notes.add(IatiImportNote.of(Kind.TRANSACTION_INCOMPLETE, typeCode, on));
                continue;
            }
            transactions.add(input);
        }
        if (providerDefaulted > 0) {
            notes.add(IatiImportNote.of(Kind.PROVIDER_FROM_REPORTING_ORG, providerDefaulted, reportingName));
        }
        if (receiverDefaulted > 0) {
            notes.add(IatiImportNote.of(Kind.RECEIVER_FROM_IMPLEMENTER, receiverDefaulted,
                    implementer.organisationId() != null ? codes.organisationName(implementer.organisationId())
                            .orElse("") : implementer.name()));
        }

        // ------------------------------------------------------------ results
        Map<String, String> units = new HashMap<>();
        if (ours) {
            children(salw, "indicator").forEach(i -> units.put(i.getAttribute("title"),
                    blankToNull(i.getAttribute("unit"))));
        }
        List<ProjectIndicatorInput> indicators = new ArrayList<>();
        for (Element r : children(a, "result")) {
            String resultTitle = first(r, "title").map(e -> preferred(narratives(e, lang))).orElse(null);
            for (Element i : children(r, "indicator")) {
                String name = first(i, "title").map(e -> preferred(narratives(e, lang))).orElse(resultTitle);
                String measure = i.getAttribute("measure").trim();
                if ("5".equals(measure)) {
                    notes.add(IatiImportNote.of(Kind.INDICATOR, name == null ? "—" : name));
                    continue;
                }
                boolean percentage = "2".equals(measure);
                Optional<Element> baseline = first(i, "baseline");
                List<ProjectIndicatorPeriod> periods = new ArrayList<>();
                for (Element p : children(i, "period")) {
                    periods.add(new ProjectIndicatorPeriod(
                            first(p, "period-start").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null),
                            first(p, "period-end").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null),
                            first(p, "target").flatMap(e -> number(e.getAttribute("value"))).orElse(null),
                            first(p, "actual").flatMap(e -> number(e.getAttribute("value"))).orElse(null)));
                }
                ProjectIndicatorInput input = new ProjectIndicatorInput(null, name, percentage,
                        percentage ? null : units.get(name),
                        baseline.flatMap(b -> number(b.getAttribute("year")).map(BigDecimal::intValue)).orElse(null),
                        baseline.flatMap(b -> number(b.getAttribute("value"))).orElse(null), periods, 0);
                if (name == null || !ProjectIndicator.check(input).isEmpty()) {
                    notes.add(IatiImportNote.of(Kind.INDICATOR, name == null ? "—" : name));
                    continue;
                }
                indicators.add(input);
            }
        }

        // ------------------------------------------------------------ what SALW Hub has no place for
        int documents = children(a, "document-link").size();
        if (documents > 0) {
            notes.add(IatiImportNote.of(Kind.DOCUMENT_LINKS, documents));
        }
        Set<String> unused = new LinkedHashSet<>();
        for (Node n = a.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getNamespaceURI() == null && !USED.contains(e.getLocalName())) {
                unused.add(e.getLocalName());
            }
        }
        if (!unused.isEmpty()) {
            notes.add(IatiImportNote.of(Kind.UNUSED_ELEMENTS, String.join(", ", unused)));
        }
        if (!otherLanguages.isEmpty()) {
            notes.add(0, IatiImportNote.of(Kind.LANGUAGES, String.join(", ", otherLanguages)));
        }

        // ------------------------------------------------------------ SALW Hub's own element
        List<ProjectDeliverableInput> deliverables = new ArrayList<>();
        Set<UUID> needs = Set.of();
        Set<UUID> offers = Set.of();
        Set<UUID> matches = Set.of();
        boolean confidential = false;
        if (ours) {
            confidential = Boolean.parseBoolean(salw.getAttribute("confidential"));
            needs = uuids(salw.getAttribute("needs"));
            offers = uuids(salw.getAttribute("offers"));
            matches = uuids(salw.getAttribute("matches"));
            for (Element d : children(salw, "deliverable")) {
                deliverables.add(new ProjectDeliverableInput(null, blankToNull(d.getAttribute("item")),
                        d.getAttribute("description"), integer(d, "planned"), integer(d, "delivered"),
                        integer(d, "installed"), integer(d, "operational"), integer(d, "trainees-female"),
                        integer(d, "trainees-male"), 0));
            }
        }
        ProjectDraft draft = new ProjectDraft(identifier, title.get("en"), title.get("fr"), title.get("ar"),
                description.get("en"), description.get("fr"), description.get("ar"), states, participants, needs,
                offers, matches, themes, gender, confidential, plannedStart, plannedEnd, actualStart, actualEnd,
                lessons);
        if (problems.isEmpty()) {
            for (FieldError e : ProjectRules.check(draft)) {
                problems.add(new Problem(e.code(), new ArrayList<>(e.args())));
            }
        }
        return new IatiActivity(draft, status, budgets, transactions, indicators, deliverables,
                String.join(", ", countries), problems, notes);
    }

    /**
     * The status an imported project can reach on the way to the file's: implementation, suspension and
     * finalisation need an actual start; closing also a submitted final report, which an IATI file does not carry.
     */
    static ProjectStatus reachable(ProjectStatus target, boolean started) {
        return switch (target) {
            case PIPELINE, CANCELLED -> target;
            case IMPLEMENTATION, SUSPENDED, FINALISATION -> started ? target : ProjectStatus.PIPELINE;
            case CLOSED -> started ? ProjectStatus.FINALISATION : ProjectStatus.PIPELINE;
        };
    }

    private static ProjectGenderMarker gender(String significance) {
        return switch (significance) {
            case "1" -> ProjectGenderMarker.SIGNIFICANT;
            case "2", "3", "4" -> ProjectGenderMarker.PRINCIPAL;
            default -> ProjectGenderMarker.NOT_TARGETED;
        };
    }

    /** A transaction's provider or receiver: a registry organisation or a name. */
    private record Party(UUID id, String name) {
    }

    private Party party(Element org, String lang, boolean ours) {
        if (org == null) {
            return null;
        }
        Map<String, String> names = narratives(org, lang);
        String ref = blankToNull(org.getAttribute("ref"));
        String name = preferred(names) != null ? preferred(names) : ref;
        if (name == null) {
            return null;
        }
        // SALW Hub's own export names a registry organisation by its identifier when it has one, else by name
        UUID id = ours ? Optional.ofNullable(ref).flatMap(codes::organisationWithIatiIdentifier)
                .or(() -> codes.organisationNamed(name)).orElse(null)
                : registryOrganisation(names.values(), ref).id();
        return new Party(id, name);
    }

    /** How an organisation of the file was found in the registry. */
    enum MatchedBy { IATI_IDENTIFIER, NAME, NOT_FOUND }

    /** The registry organisation an organisation of the file is (null when none), and how it was found. */
    record Match(UUID id, MatchedBy by) {
    }

    /**
     * The registry organisation the file's organisation denotes: the one with its ref as IATI organisation
     * identifier, else the one one of its names (in any language) or its ref is the name or acronym of.
     */
    private Match registryOrganisation(Collection<String> names, String ref) {
        if (ref != null) {
            Optional<UUID> id = codes.organisationWithIatiIdentifier(ref);
            if (id.isPresent()) {
                return new Match(id.get(), MatchedBy.IATI_IDENTIFIER);
            }
        }
        for (String name : names) {
            Optional<UUID> id = codes.organisationNamed(name);
            if (id.isPresent()) {
                return new Match(id.get(), MatchedBy.NAME);
            }
        }
        Optional<UUID> byRef = ref == null ? Optional.empty() : codes.organisationNamed(ref);
        return byRef.map(id -> new Match(id, MatchedBy.NAME)).orElse(new Match(null, MatchedBy.NOT_FOUND));
    }

    /**
     * Says how an organisation of the file was matched: by IATI identifier, by name or acronym, or not found (for a
     * funder, that it will not count as a donor). Once per name and ref in an activity (the same ministry under its
     * English and its German name is said for each), except that a funder not found is always said.
     */
    private void noteMatch(List<IatiImportNote> notes, Set<String> noted, String name, String ref, Match match,
                           boolean funder) {
        String label = ref == null || ref.equals(name) ? name : name + " (" + ref + ")";
        boolean first = noted.add(label.toLowerCase(Locale.ROOT));
        if (match.id() == null && funder) {
            notes.add(IatiImportNote.of(Kind.FUNDER_NOT_IN_REGISTRY, name, ref == null ? "" : ref));
        } else if (first) {
            notes.add(switch (match.by()) {
                case IATI_IDENTIFIER -> IatiImportNote.of(Kind.ORGANISATION_BY_IATI_IDENTIFIER, label,
                        codes.organisationNames(match.id()).orElse(null));
                case NAME -> IatiImportNote.of(Kind.ORGANISATION_BY_NAME, label,
                        codes.organisationNames(match.id()).orElse(null));
                case NOT_FOUND -> IatiImportNote.of(Kind.ORGANISATION_NOT_FOUND, label);
            });
        }
    }
}
