package org.salwhub.assistance.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
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
import org.salwhub.assistance.entity.CodeList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the activities of an IATI 2.x file (a donor's, or SALW Hub's own export) into what SALW Hub records. The
 * parser refuses DOCTYPEs and external entities. Elements SALW Hub has no place for are ignored; SALW Hub's own
 * {@code salw:project} element, when present, restores links, deliverables and registry organisations.
 */
public final class IatiReader {

    private final IatiCodes codes;

    public IatiReader(IatiCodes codes) {
        this.codes = codes;
    }

    /** @throws IllegalArgumentException when the file is not XML or not an iati-activities document */
    public List<IatiActivity> read(byte[] xml) {
        Document doc = parse(xml);
        Element root = doc.getDocumentElement();
        if (!"iati-activities".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not an iati-activities document");
        }
        List<IatiActivity> activities = new ArrayList<>();
        for (Element a : children(root, "iati-activity")) {
            activities.add(activity(a));
        }
        return activities;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            // errors become the exception below, not lines on the server's console
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a readable XML file: " + e.getMessage(), e);
        }
    }

    private IatiActivity activity(Element a) {
        List<String> problems = new ArrayList<>();
        String identifier = first(a, "iati-identifier").map(Element::getTextContent).map(String::trim).orElse(null);
        if (identifier == null || identifier.isEmpty()) {
            problems.add("project.iati.noIdentifier");
        }
        String defaultCurrency = a.getAttribute("default-currency").isBlank() ? null : a.getAttribute("default-currency");
        Map<String, String> title = narratives(first(a, "title").orElse(null));
        Map<String, String> description = new HashMap<>();
        String lessons = null;
        for (Element d : children(a, "description")) {
            String type = d.getAttribute("type");
            if ("4".equals(type)) {
                lessons = narratives(d).values().stream().findFirst().orElse(null);
            } else if (description.isEmpty() && (type.isEmpty() || "1".equals(type))) {
                description.putAll(narratives(d));
            }
        }
        Element salw = children(a, "project").stream().filter(e -> IatiWriter.SALW_NS.equals(e.getNamespaceURI()))
                .findFirst().orElse(null);
        Map<String, UUID> knownOrgs = new HashMap<>();
        if (salw != null) {
            for (Element org : children(salw, "organisation")) {
                knownOrgs.putIfAbsent(org.getAttribute("role"), UUID.fromString(org.getAttribute("id")));
            }
        }
        List<ProjectParticipant> participants = new ArrayList<>();
        for (Element org : children(a, "participating-org")) {
            Optional<ProjectOrgRole> role = ProjectOrgRole.ofIati(org.getAttribute("role"));
            if (role.isEmpty()) {
                continue;
            }
            String ref = blankToNull(org.getAttribute("ref"));
            String name = narratives(org).values().stream().findFirst().orElse(null);
            UUID id = knownOrgs.remove(org.getAttribute("role"));
            if (id == null && name != null && salw == null) {
                // a donor's file: a name the registry knows is that organisation; SALW Hub's own export says which
                // participants were registry organisations
                id = codes.organisationNamed(name).orElse(null);
            }
            participants.add(new ProjectParticipant(id, id == null ? name : null, ref, role.get()));
        }
        ProjectStatus status = first(a, "activity-status").flatMap(s -> ProjectStatus.ofIati(s.getAttribute("code")))
                .orElse(ProjectStatus.PIPELINE);
        Map<String, LocalDate> dates = new HashMap<>();
        for (Element d : children(a, "activity-date")) {
            date(d.getAttribute("iso-date")).ifPresent(v -> dates.put(d.getAttribute("type"), v));
        }
        Set<UUID> states = new LinkedHashSet<>();
        List<String> countries = new ArrayList<>();
        for (Element c : children(a, "recipient-country")) {
            String iso = c.getAttribute("code").trim().toUpperCase(java.util.Locale.ROOT);
            countries.add(iso);
            codes.stateOfIso2(iso).ifPresentOrElse(states::add, () -> problems.add("project.iati.unknownCountry"));
        }
        if (countries.isEmpty()) {
            problems.add("project.iati.noCountry");
        }
        Set<String> themes = new LinkedHashSet<>();
        for (Element s : children(a, "sector")) {
            if ("99".equals(s.getAttribute("vocabulary")) || "98".equals(s.getAttribute("vocabulary"))) {
                themes.add(s.getAttribute("code"));
            }
        }
        ProjectGenderMarker gender = children(a, "policy-marker").stream()
                .filter(m -> "1".equals(m.getAttribute("code")) && !"2".equals(m.getAttribute("vocabulary"))
                        && !"3".equals(m.getAttribute("vocabulary")))
                .findFirst().map(m -> ProjectGenderMarker.ofSignificance(m.getAttribute("significance")))
                .orElse(ProjectGenderMarker.NOT_TARGETED);
        List<ProjectBudgetLine> budgets = new ArrayList<>();
        for (Element b : children(a, "budget")) {
            LocalDate start = first(b, "period-start").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
            Optional<Element> value = first(b, "value");
            BigDecimal amount = value.flatMap(v -> number(v.getTextContent())).orElse(null);
            if (start == null || amount == null) {
                continue;
            }
            String currency = value.map(v -> blankToNull(v.getAttribute("currency"))).orElse(defaultCurrency);
            budgets.add(new ProjectBudgetLine(ProjectBudgetKind.ofIati(b.getAttribute("type")), start.getYear(),
                    amount, currency));
        }
        List<ProjectTransactionInput> transactions = new ArrayList<>();
        for (Element t : children(a, "transaction")) {
            Optional<ProjectTransactionType> type = first(t, "transaction-type")
                    .flatMap(e -> ProjectTransactionType.ofIati(e.getAttribute("code")));
            if (type.isEmpty()) {
                // incoming funds, loans, interest and the like are not SALW Hub transactions
                continue;
            }
            LocalDate on = first(t, "transaction-date").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
            Optional<Element> value = first(t, "value");
            BigDecimal amount = value.flatMap(v -> number(v.getTextContent())).orElse(null);
            String currency = value.map(v -> blankToNull(v.getAttribute("currency"))).orElse(defaultCurrency);
            String text = first(t, "description").map(d -> narratives(d).values().stream().findFirst().orElse(null))
                    .orElse(null);
            String provider = first(t, "provider-org").map(IatiReader::orgName).orElse(null);
            String receiver = first(t, "receiver-org").map(IatiReader::orgName).orElse(null);
            UUID providerId = provider == null ? null : codes.organisationNamed(provider).orElse(null);
            UUID receiverId = receiver == null ? null : codes.organisationNamed(receiver).orElse(null);
            transactions.add(new ProjectTransactionInput(type.get(), on, amount, currency, providerId,
                    providerId == null ? provider : null, receiverId, receiverId == null ? receiver : null, text));
        }
        Map<String, String> units = new HashMap<>();
        if (salw != null) {
            children(salw, "indicator").forEach(i -> units.put(i.getAttribute("title"), blankToNull(i.getAttribute("unit"))));
        }
        List<ProjectIndicatorInput> indicators = new ArrayList<>();
        for (Element r : children(a, "result")) {
            for (Element i : children(r, "indicator")) {
                String name = first(i, "title").map(t -> narratives(t).values().stream().findFirst().orElse(null))
                        .orElse(null);
                boolean percentage = "2".equals(i.getAttribute("measure"));
                Optional<Element> baseline = first(i, "baseline");
                List<ProjectIndicatorPeriod> periods = new ArrayList<>();
                for (Element p : children(i, "period")) {
                    LocalDate start = first(p, "period-start").flatMap(e -> date(e.getAttribute("iso-date")))
                            .orElse(null);
                    LocalDate end = first(p, "period-end").flatMap(e -> date(e.getAttribute("iso-date"))).orElse(null);
                    periods.add(new ProjectIndicatorPeriod(start, end,
                            first(p, "target").flatMap(e -> number(e.getAttribute("value"))).orElse(null),
                            first(p, "actual").flatMap(e -> number(e.getAttribute("value"))).orElse(null)));
                }
                indicators.add(new ProjectIndicatorInput(null, name, percentage, percentage ? null : units.get(name),
                        baseline.flatMap(b -> number(b.getAttribute("year")).map(BigDecimal::intValue)).orElse(null),
                        baseline.flatMap(b -> number(b.getAttribute("value"))).orElse(null), periods, 0));
            }
        }
        List<ProjectDeliverableInput> deliverables = new ArrayList<>();
        Set<UUID> needs = Set.of();
        Set<UUID> offers = Set.of();
        Set<UUID> matches = Set.of();
        boolean confidential = false;
        if (salw != null) {
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
                offers, matches, themes, gender, confidential, dates.get("1"), dates.get("3"), dates.get("2"),
                dates.get("4"), lessons);
        return new IatiActivity(draft, status, budgets, transactions, indicators, deliverables,
                String.join(", ", countries), problems);
    }

    private static Set<UUID> uuids(String column) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String s : CodeList.split(column)) {
            try {
                ids.add(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                // not one of ours
            }
        }
        return ids;
    }

    private static int integer(Element e, String attribute) {
        return number(e.getAttribute(attribute)).map(BigDecimal::intValue).orElse(0);
    }

    private static String orgName(Element org) {
        String name = narratives(org).values().stream().findFirst().orElse(null);
        return name != null ? name : blankToNull(org.getAttribute("ref"));
    }

    /** Narratives by language ("en" for those without xml:lang). */
    private static Map<String, String> narratives(Element parent) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        if (parent == null) {
            return texts;
        }
        for (Element n : children(parent, "narrative")) {
            String lang = n.getAttributeNS(IatiWriter.XML_NS, "lang");
            String text = n.getTextContent() == null ? "" : n.getTextContent().trim();
            if (!text.isEmpty()) {
                texts.putIfAbsent(lang == null || lang.isBlank() ? "en" : lang.toLowerCase(java.util.Locale.ROOT),
                        text);
            }
        }
        return texts;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> number(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Optional<Element> first(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
