package org.salwhub.assistance.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema (unchanged, in {@code iati/} of this module's resources) and validation
 * against it. The schema is compiled once; validators are made per call (they are not thread-safe).
 */
public final class IatiSchema {

    private static final Schema SCHEMA = load();

    private IatiSchema() {
    }

    private static Schema load() {
        URL root = IatiSchema.class.getClassLoader().getResource("iati/iati-activities-schema.xsd");
        if (root == null) {
            throw new IllegalStateException("iati/iati-activities-schema.xsd is missing from the classpath");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema's own includes and imports are local files next to it; nothing else may be fetched
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,jar:file,vfs");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(root);
        } catch (SAXException e) {
            throw new IllegalStateException("the IATI schema does not load: " + e.getMessage(), e);
        }
    }

    /** The schema errors of a document (line: message), empty when it is valid. */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a document invalid
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
        } catch (IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    /** @throws IllegalStateException naming the first errors when the document is not valid IATI 2.03 */
    public static String requireValid(String xml) {
        List<String> errors = errors(xml);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("IATI export does not validate: "
                    + String.join("; ", errors.subList(0, Math.min(5, errors.size()))));
        }
        return xml;
    }
}
