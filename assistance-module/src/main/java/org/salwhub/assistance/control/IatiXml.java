package org.salwhub.assistance.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.registry.api.kernel.ValidationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reading an IATI file's XML safely (no DOCTYPE, no external entities) and the small conversions the reader applies
 * to its elements: narratives by language, dates, amounts, codes and child elements.
 */
final class IatiXml {

    private IatiXml() {
    }

    static Document parse(byte[] xml) {
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
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw new ValidationException("file", "project.iati.doctype");
            }
            throw new ValidationException("file", "project.iati.notXml", Math.max(1, e.getLineNumber()),
                    Math.max(1, e.getColumnNumber()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ValidationException("file", "project.iati.unreadable");
        }
    }

    /** The English, French and Arabic texts; the languages of the others go to {@code others}. */
    static Map<String, String> ours(Map<String, String> texts, Set<String> others) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((lang, text) -> {
            if (IatiReader.OUR_LANGUAGES.contains(lang)) {
                kept.put(lang, text);
            } else {
                others.add(lang);
            }
        });
        return kept;
    }

    /** English, else French, else Arabic, else the first text. */
    static String preferred(Map<String, String> texts) {
        for (String lang : IatiReader.OUR_LANGUAGES) {
            if (texts.containsKey(lang)) {
                return texts.get(lang);
            }
        }
        return texts.values().stream().findFirst().orElse(null);
    }

    static Set<UUID> uuids(String column) {
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

    static int integer(Element e, String attribute) {
        return number(e.getAttribute(attribute)).map(BigDecimal::intValue).orElse(0);
    }

    /** An element's own {@code xml:lang}, else the given default. */
    static String language(Element e, String fallback) {
        String lang = e.getAttributeNS(IatiWriter.XML_NS, "lang");
        return lang == null || lang.isBlank() ? fallback : lang.trim().toLowerCase(Locale.ROOT);
    }

    /** Narratives by language; those without {@code xml:lang} are in {@code defaultLanguage}. */
    static Map<String, String> narratives(Element parent, String defaultLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (parent == null) {
            return texts;
        }
        for (Element n : children(parent, "narrative")) {
            String text = n.getTextContent() == null ? "" : n.getTextContent().trim();
            if (!text.isEmpty()) {
                String lang = language(n, defaultLanguage);
                texts.putIfAbsent(lang.length() > 2 && lang.charAt(2) == '-' ? lang.substring(0, 2) : lang, text);
            }
        }
        return texts;
    }

    static Optional<LocalDate> date(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty()
                    : Optional.of(LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10)
                    : text.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Money to the cent, as SALW Hub stores it. */
    static BigDecimal cents(BigDecimal amount) {
        return amount.scale() > 2 ? amount.setScale(2, RoundingMode.HALF_UP) : amount;
    }

    static String upper(String code) {
        return code == null || code.isBlank() ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Optional<Element> first(Element parent, String name) {
        return children(parent, name).stream().findFirst();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
