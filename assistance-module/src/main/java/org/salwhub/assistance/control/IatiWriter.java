package org.salwhub.assistance.control;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.salwhub.assistance.api.project.ProjectBudgetLine;
import org.salwhub.assistance.api.project.ProjectDeliverableView;
import org.salwhub.assistance.api.project.ProjectIndicatorPeriod;
import org.salwhub.assistance.api.project.ProjectIndicatorView;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectTransactionView;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.assistance.entity.Project;
import org.salwhub.assistance.entity.ProjectDeliverable;
import org.salwhub.assistance.entity.ProjectIndicator;
import org.salwhub.assistance.entity.ProjectTransaction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes projects as an IATI 2.03 {@code iati-activities} document: identifier, reporting and participating
 * organisations, titles and descriptions in each language, status, dates, recipient countries, sectors (DAC 15240
 * and the SALW Hub themes), the gender policy marker, budgets, transactions and results. What IATI has no element
 * for (links to needs, offers and matches; deliverables; confidentiality) goes in a {@code salw:project} element of
 * SALW Hub's namespace, which the schema allows and other readers ignore.
 */
public final class IatiWriter {

    public static final String SALW_NS = "urn:salwhub:iati:1";
    public static final String XML_NS = XMLConstants.XML_NS_URI;
    /** DAC 5 purpose code "Reintegration and SALW control". */
    static final String DAC_SALW = "15240";

    private final IatiCodes codes;
    private final String reportingRef;
    private final String reportingName;

    public IatiWriter(IatiCodes codes, String reportingRef, String reportingName) {
        this.codes = codes;
        this.reportingRef = reportingRef;
        this.reportingName = reportingName;
    }

    public String write(Collection<Project> projects, Instant now) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element root = doc.createElement("iati-activities");
            root.setAttribute("version", "2.03");
            root.setAttribute("generated-datetime", now.truncatedTo(ChronoUnit.SECONDS).toString());
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:salw", SALW_NS);
            doc.appendChild(root);
            for (Project p : projects) {
                root.appendChild(activity(doc, p));
            }
            Transformer out = TransformerFactory.newInstance().newTransformer();
            out.setOutputProperty(OutputKeys.INDENT, "yes");
            out.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            out.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            out.transform(new DOMSource(doc), new StreamResult(text));
            return text.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private Element activity(Document doc, Project p) {
        Element a = doc.createElement("iati-activity");
        a.setAttribute("last-updated-datetime", p.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        a.setAttributeNS(XML_NS, "xml:lang", "en");
        a.setAttribute("default-currency", "USD");
        text(a, "iati-identifier", p.iatiIdentifier());
        Element reporting = child(a, "reporting-org");
        reporting.setAttribute("ref", reportingRef);
        reporting.setAttribute("type", "40");
        narrative(reporting, reportingName, null);
        Element title = child(a, "title");
        narratives(title, p.titleEn(), p.titleFr(), p.titleAr());
        Element description = child(a, "description");
        description.setAttribute("type", "1");
        narratives(description, p.descriptionEn(), p.descriptionFr(), p.descriptionAr());
        if (p.lessons() != null) {
            Element lessons = child(a, "description");
            lessons.setAttribute("type", "4");
            narrative(lessons, p.lessons(), null);
        }
        for (ProjectParticipant party : p.participants()) {
            Element org = child(a, "participating-org");
            org.setAttribute("role", String.valueOf(party.role().iatiCode()));
            // the ref the project recorded (an import's), else the registry organisation's own identifier
            Optional<String> ref = party.iatiRef() != null ? Optional.of(party.iatiRef())
                    : party.organisationId() == null ? Optional.empty()
                    : codes.organisationIatiIdentifier(party.organisationId());
            ref.ifPresent(r -> org.setAttribute("ref", r));
            String name = party.name() != null ? party.name()
                    : party.organisationId() == null ? null : codes.organisationName(party.organisationId()).orElse(null);
            if (name != null) {
                narrative(org, name, null);
            }
        }
        child(a, "activity-status").setAttribute("code", String.valueOf(p.status().iatiCode()));
        date(a, "1", p.plannedStart());
        date(a, "2", p.actualStart());
        date(a, "3", p.plannedEnd());
        date(a, "4", p.actualEnd());
        for (UUID state : p.recipientStates()) {
            codes.iso2(state).ifPresent(iso -> child(a, "recipient-country").setAttribute("code", iso));
        }
        Element dac = child(a, "sector");
        dac.setAttribute("vocabulary", "1");
        dac.setAttribute("code", DAC_SALW);
        dac.setAttribute("percentage", "100");
        for (String theme : p.themes()) {
            Element sector = child(a, "sector");
            sector.setAttribute("vocabulary", "99");
            sector.setAttribute("code", theme);
        }
        Element marker = child(a, "policy-marker");
        marker.setAttribute("vocabulary", "1");
        marker.setAttribute("code", "1");
        marker.setAttribute("significance", String.valueOf(p.genderMarker().significance()));
        for (ProjectBudgetLine b : p.budgets()) {
            Element budget = child(a, "budget");
            budget.setAttribute("type", String.valueOf(b.kind().iatiCode()));
            budget.setAttribute("status", "1");
            child(budget, "period-start").setAttribute("iso-date", LocalDate.of(b.year(), 1, 1).toString());
            child(budget, "period-end").setAttribute("iso-date", LocalDate.of(b.year(), 12, 31).toString());
            value(budget, b.amount(), b.currency(), LocalDate.of(b.year(), 1, 1));
        }
        for (ProjectTransaction t : p.transactions()) {
            ProjectTransactionView v = t.view(null);
            Element tx = child(a, "transaction");
            child(tx, "transaction-type").setAttribute("code", String.valueOf(v.type().iatiCode()));
            child(tx, "transaction-date").setAttribute("iso-date", v.date().toString());
            value(tx, v.amount(), v.currency(), v.date());
            if (v.description() != null) {
                narrative(child(tx, "description"), v.description(), null);
            }
            party(tx, "provider-org", v.providerId(), v.providerName());
            party(tx, "receiver-org", v.receiverId(), v.receiverName());
        }
        for (ProjectIndicator indicator : p.indicators()) {
            ProjectIndicatorView v = indicator.view();
            Element result = child(a, "result");
            result.setAttribute("type", "1");
            narrative(child(result, "title"), v.title(), null);
            Element ind = child(result, "indicator");
            ind.setAttribute("measure", v.percentage() ? "2" : "1");
            narrative(child(ind, "title"), v.title(), null);
            if (v.baseline() != null) {
                Element baseline = child(ind, "baseline");
                int year = v.baselineYear() != null ? v.baselineYear()
                        : p.start() != null ? p.start().getYear() : LocalDate.now().getYear();
                baseline.setAttribute("year", String.valueOf(year));
                baseline.setAttribute("value", v.baseline().toPlainString());
            }
            for (ProjectIndicatorPeriod period : v.periods()) {
                Element pe = child(ind, "period");
                child(pe, "period-start").setAttribute("iso-date", period.start().toString());
                child(pe, "period-end").setAttribute("iso-date", period.end().toString());
                if (period.target() != null) {
                    child(pe, "target").setAttribute("value", period.target().toPlainString());
                }
                if (period.actual() != null) {
                    child(pe, "actual").setAttribute("value", period.actual().toPlainString());
                }
            }
        }
        Element salw = doc.createElementNS(SALW_NS, "salw:project");
        salw.setAttribute("confidential", String.valueOf(p.confidential()));
        salw.setAttribute("needs", CodeList.join(p.needIds()));
        salw.setAttribute("offers", CodeList.join(p.offerIds()));
        salw.setAttribute("matches", CodeList.join(p.matchIds()));
        if (p.indicators().stream().anyMatch(i -> i.view().unit() != null)) {
            for (ProjectIndicator indicator : p.indicators()) {
                ProjectIndicatorView v = indicator.view();
                Element unit = doc.createElementNS(SALW_NS, "salw:indicator");
                unit.setAttribute("title", v.title());
                unit.setAttribute("unit", v.unit() == null ? "" : v.unit());
                salw.appendChild(unit);
            }
        }
        for (ProjectDeliverable d : p.deliverables()) {
            ProjectDeliverableView v = d.view();
            Element line = doc.createElementNS(SALW_NS, "salw:deliverable");
            if (v.itemCode() != null) {
                line.setAttribute("item", v.itemCode());
            }
            line.setAttribute("description", v.description());
            line.setAttribute("planned", String.valueOf(v.planned()));
            line.setAttribute("delivered", String.valueOf(v.delivered()));
            line.setAttribute("installed", String.valueOf(v.installed()));
            line.setAttribute("operational", String.valueOf(v.operational()));
            line.setAttribute("trainees-female", String.valueOf(v.traineesFemale()));
            line.setAttribute("trainees-male", String.valueOf(v.traineesMale()));
            salw.appendChild(line);
        }
        for (ProjectParticipant party : p.participants()) {
            if (party.organisationId() != null) {
                Element org = doc.createElementNS(SALW_NS, "salw:organisation");
                org.setAttribute("role", String.valueOf(party.role().iatiCode()));
                org.setAttribute("id", party.organisationId().toString());
                salw.appendChild(org);
            }
        }
        a.appendChild(salw);
        return a;
    }

    private void party(Element tx, String name, UUID id, String text) {
        String label = text != null ? text : id == null ? null : codes.organisationName(id).orElse(null);
        if (label == null) {
            return;
        }
        Element org = child(tx, name);
        if (id != null) {
            codes.organisationIatiIdentifier(id).ifPresent(ref -> org.setAttribute("ref", ref));
        }
        narrative(org, label, null);
    }

    private static void value(Element parent, BigDecimal amount, String currency, LocalDate valueDate) {
        Element value = child(parent, "value");
        value.setAttribute("currency", currency);
        value.setAttribute("value-date", valueDate.toString());
        value.setTextContent(amount.toPlainString());
    }

    private static void date(Element a, String type, LocalDate date) {
        if (date != null) {
            Element d = child(a, "activity-date");
            d.setAttribute("type", type);
            d.setAttribute("iso-date", date.toString());
        }
    }

    private static void narratives(Element parent, String en, String fr, String ar) {
        if (en != null) {
            narrative(parent, en, null);
        }
        if (fr != null) {
            narrative(parent, fr, "fr");
        }
        if (ar != null) {
            narrative(parent, ar, "ar");
        }
        if (en == null && fr == null && ar == null) {
            narrative(parent, "-", null);
        }
    }

    private static void narrative(Element parent, String text, String lang) {
        Element n = child(parent, "narrative");
        if (lang != null) {
            n.setAttributeNS(XML_NS, "xml:lang", lang);
        }
        n.setTextContent(text);
    }

    private static Element child(Element parent, String name) {
        Element e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, String text) {
        child(parent, name).setTextContent(text);
    }

    static List<String> languages() {
        return List.of("en", "fr", "ar");
    }
}
