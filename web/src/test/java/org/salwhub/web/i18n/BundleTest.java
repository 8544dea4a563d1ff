package org.salwhub.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.BodyType;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.Role;
import org.salwhub.web.audit.AuditAction;
import org.salwhub.web.notify.OutboxMail;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The message bundles in English, French and Arabic against each other, against the views that use
 * them and against the error codes the boundaries raise; and no hard-coded text in the views.
 */
class BundleTest {

    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path BUNDLES = BASEDIR.resolve("src/main/resources/org/salwhub/web/i18n");
    private static final Path WEBAPP = BASEDIR.resolve("src/main/webapp");
    /** The reactor root: every module's sources raise error codes. */
    private static final Path PROJECT = BASEDIR.getParent();

    /** The value of msg['prefix'.concat(x)] for each dynamic prefix the views use. */
    private static final Map<String, List<String>> DYNAMIC_KEYS = Map.ofEntries(
            Map.entry("role.", Arrays.stream(Role.values()).map(Enum::name).toList()),
            Map.entry("audit.action.", Arrays.stream(AuditAction.values()).map(Enum::name).toList()),
            Map.entry("language.", Languages.SUPPORTED),
            Map.entry("roleType.", names(RoleType.values())),
            Map.entry("verification.", names(VerificationState.values())),
            Map.entry("agencyType.", names(AgencyType.values())),
            Map.entry("bodyType.", names(BodyType.values())),
            Map.entry("mail.status.", names(OutboxMail.Status.values())),
            Map.entry("instrumentStatus.", names(org.salwhub.registry.api.InstrumentStatus.values())),
            Map.entry("reporting.group.", java.util.stream.Stream.concat(names(
                    org.salwhub.registry.api.Subregion.values()).stream(), java.util.stream.Stream.of("OTHER")).toList()),
            Map.entry("unStatus.", names(org.salwhub.registry.api.UnStatus.values())),
            Map.entry("regionalGroup.", names(org.salwhub.registry.api.RegionalGroup.values())),
            Map.entry("organisationType.", names(org.salwhub.registry.api.OrganisationType.values())),
            Map.entry("state.contact.dialog.", names(org.salwhub.web.ui.registry.StateContactsEditor.Mode.values())),
            Map.entry("state.duplicates.", names(org.salwhub.registry.api.directory.DuplicateCandidate.Reason.values())),
            Map.entry("person.sex.", names(org.salwhub.registry.api.directory.Sex.values())),
            Map.entry("person.alumnus.", names(org.salwhub.registry.api.directory.Sex.values())),
            Map.entry("enum.RegistrationStatus.", names(org.salwhub.meetings.api.RegistrationStatus.values())),
            Map.entry("enum.DelegationRole.", names(org.salwhub.meetings.api.DelegationRole.values())),
            // the instruments migration V7 loads
            Map.entry("instrument.short.", List.of("POA", "ITI", "FIREARMS_PROTOCOL", "ATT", "NAIROBI_PROTOCOL",
                    "ECOWAS_CONVENTION", "KINSHASA_CONVENTION", "CIFTA", "SADC_PROTOCOL")));

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** Attributes whose values people read. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("value", "header", "headerText", "title", "label",
            "itemLabel", "placeholder", "emptyMessage", "requiredMessage", "message", "converterMessage",
            "validatorMessage", "footerText", "alt", "ariaLabel", "aria-label");

    /** Text the same in every language: the logo mark. */
    private static final Set<String> UNTRANSLATED = Set.of("SALW");

    private static final Pattern EL = Pattern.compile("[#$]\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{\\d");

    private static Map<String, Properties> messages;

    @BeforeAll
    static void load() throws IOException {
        messages = new LinkedHashMap<>();
        messages.put("en", properties("messages.properties"));
        messages.put("fr", properties("messages_fr.properties"));
        messages.put("ar", properties("messages_ar.properties"));
    }

    /** Reads a bundle as UTF-8, failing on bytes that are not UTF-8 (Java would silently read them as Latin-1). */
    private static Properties properties(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(BUNDLES.resolve(name));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(name + " is not UTF-8", e);
        }
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return properties;
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Locale locale(String language) {
        return Locale.forLanguageTag(language);
    }

    // ------------------------------------------------------------------ the bundles themselves

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() {
        Set<String> english = keys(messages.get("en"));
        assertTrue(english.size() > 100, "only " + english.size() + " keys");
        for (String language : List.of("fr", "ar")) {
            Set<String> translated = keys(messages.get(language));
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(translated);
            Set<String> extra = new TreeSet<>(translated);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, "missing in messages_" + language);
            assertEquals(Set.of(), extra, "only in messages_" + language);
        }
    }

    @Test
    void noValueIsBlank() {
        messages.forEach((language, bundle) -> {
            List<String> blank = keys(bundle).stream().filter(key -> bundle.getProperty(key).isBlank()).toList();
            assertEquals(List.of(), blank, "blank in " + language);
        });
    }

    @Test
    void theEnglishBundleOnlyShieldsTheBaseBundle() throws IOException {
        // messages_en exists so that English is not replaced by the JVM's default language
        Set<String> english = keys(messages.get("en"));
        Set<String> shield = keys(properties("messages_en.properties"));
        assertTrue(english.containsAll(shield), "messages_en.properties: " + shield);
    }

    @Test
    void englishStaysEnglishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("Sign in", Messages.text(Locale.ENGLISH, "login.title"));
            assertEquals(messages.get("fr").getProperty("login.title"), Messages.text(Locale.FRENCH, "login.title"));
            assertFalse(Messages.text(Locale.FRENCH, "login.title").equals("Sign in"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theRuntimeReadsTheBundlesAsUtf8() {
        assertEquals(messages.get("ar").getProperty("language.ar"), Messages.text(locale("ar"), "language.ar"));
        assertEquals("العربية", Messages.text(locale("ar"), "language.ar"));
        assertEquals("Français", Messages.text(locale("fr"), "language.fr"));
        assertEquals(messages.get("fr").getProperty("error.password.wrong"),
                Messages.text(locale("fr"), "error.password.wrong"));
    }

    @Test
    void argumentsAreFilledInEveryLanguage() {
        assertEquals("The username amina is already taken.",
                Messages.error(Locale.ENGLISH, FieldError.of("username", "username.taken", "amina")));
        assertEquals("Le nom d'utilisateur amina est déjà pris.",
                Messages.error(locale("fr"), FieldError.of("username", "username.taken", "amina")));
        String arabic = Messages.error(locale("ar"), FieldError.of("password", "password.tooShort", 10));
        assertTrue(arabic.contains("10") || arabic.contains("١٠"), arabic);
        assertFalse(arabic.contains("{0}"), arabic);
    }

    @Test
    void apostrophesAreWrittenForHowTheTextIsShown() {
        List<String> problems = new ArrayList<>();
        messages.forEach((language, bundle) -> {
            for (String key : keys(bundle)) {
                String value = bundle.getProperty(key);
                if (!ANY_PLACEHOLDER.matcher(value).find()) {
                    // shown as written: MessageFormat only runs when there are arguments
                    if (value.contains("''")) {
                        problems.add(language + " " + key + ": '' is shown doubled without arguments");
                    }
                } else {
                    String problem = formatProblem(value, locale(language));
                    if (problem != null) {
                        problems.add(language + " " + key + ": " + problem);
                    }
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    /** Formats with ⟨n⟩ arguments and compares with what the pattern means to say. */
    private static String formatProblem(String pattern, Locale locale) {
        Matcher placeholders = PLACEHOLDER.matcher(pattern);
        int count = 0;
        while (placeholders.find()) {
            count = Math.max(count, Integer.parseInt(placeholders.group(1)) + 1);
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = "⟨" + i + "⟩";
        }
        String formatted;
        try {
            formatted = new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException e) {
            return "not a MessageFormat pattern: " + e.getMessage();
        }
        String intended = PLACEHOLDER.matcher(pattern.replace("''", "'")).replaceAll(m -> "⟨" + m.group(1) + "⟩");
        return formatted.equals(intended) ? null
                : "formats as \"" + formatted + "\" (a single ' quotes what follows; write '')";
    }

    @Test
    void theApostropheCheckCatchesMistakes() {
        assertEquals(null, formatProblem("{0} l''a modifiée", Locale.FRENCH));
        assertTrue(formatProblem("{0} l'a modifiée le {1}", Locale.FRENCH) != null);
        assertTrue(formatProblem("Le nom d'utilisateur {0} est pris", Locale.FRENCH) != null);
    }

    @Test
    void facesBundlesHaveTheSameKeysAndValidPatterns() throws IOException {
        Properties english = properties("faces.properties");
        assertFalse(english.isEmpty());
        for (String language : List.of("fr", "ar")) {
            Properties translated = properties("faces_" + language + ".properties");
            assertEquals(keys(english), keys(translated), "faces_" + language);
            for (String key : keys(translated)) {
                String value = translated.getProperty(key);
                assertFalse(value.isBlank(), key);
                if (ANY_PLACEHOLDER.matcher(value).find()) {
                    assertEquals(null, formatProblem(value, locale(language)), "faces_" + language + " " + key);
                }
            }
        }
        assertTrue(keys(english).containsAll(keys(properties("faces_en.properties"))));
    }

    // ------------------------------------------------------------------ keys used by the views and the code

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> views = files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
            assertTrue(views.size() >= 9, "views not found under " + WEBAPP);
            return views;
        }
    }

    private static void assertKeyInEveryLanguage(String key, String usedIn, List<String> problems) {
        messages.forEach((language, bundle) -> {
            if (!bundle.containsKey(key)) {
                problems.add(key + " (used in " + usedIn + ") is missing in " + language);
            }
        });
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        Pattern anyUse = Pattern.compile("msg\\[");
        Pattern staticKey = Pattern.compile("msg\\['([^']+)']");
        Pattern dynamicKey = Pattern.compile("msg\\['([^']+)'\\.concat\\(");
        List<String> problems = new ArrayList<>();
        int staticKeys = 0;
        Set<String> prefixes = new TreeSet<>();
        for (Path view : views()) {
            String text = Files.readString(view);
            String name = WEBAPP.relativize(view).toString();
            int uses = count(anyUse.matcher(text));
            int understood = 0;
            Matcher key = staticKey.matcher(text);
            while (key.find()) {
                assertKeyInEveryLanguage(key.group(1), name, problems);
                understood++;
                staticKeys++;
            }
            Matcher dynamic = dynamicKey.matcher(text);
            while (dynamic.find()) {
                String prefix = dynamic.group(1);
                List<String> values = DYNAMIC_KEYS.get(prefix);
                if (values == null) {
                    problems.add(name + " builds keys from '" + prefix + "': tell BundleTest.DYNAMIC_KEYS its values");
                } else {
                    values.forEach(value -> assertKeyInEveryLanguage(prefix + value, name, problems));
                    prefixes.add(prefix);
                }
                understood++;
            }
            if (uses != understood) {
                problems.add(name + " uses msg[...] in a way this test does not understand");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(staticKeys > 100, "only " + staticKeys + " uses of msg['key'] found");
        assertEquals(DYNAMIC_KEYS.keySet(), prefixes);
    }

    @Test
    void everyRoleActionAndLanguageHasAName() {
        List<String> problems = new ArrayList<>();
        DYNAMIC_KEYS.forEach((prefix, values) -> values.forEach(v -> assertKeyInEveryLanguage(prefix + v, "code", problems)));
        assertEquals(List.of(), problems);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Map<Path, String> mainSources() throws IOException {
        Map<Path, String> sources = new LinkedHashMap<>();
        try (Stream<Path> modules = Files.list(PROJECT)) {
            for (Path root : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        sources.put(PROJECT.relativize(file), Files.readString(file));
                    }
                }
            }
        }
        assertTrue(sources.keySet().stream().anyMatch(p -> p.startsWith("registry-module")), "registry sources not found");
        assertTrue(sources.keySet().stream().anyMatch(p -> p.startsWith("web")), "web sources not found");
        return sources;
    }

    @Test
    void everyErrorCodeTheBoundariesRaiseHasAText() throws IOException {
        String field = "\\s*(?:\"[^\"]*\"|[A-Za-z_][\\w.]*)\\s*";
        Pattern call = Pattern.compile("(?:FieldError\\.of|new FieldError|new ValidationException)\\(");
        Pattern withCode = Pattern.compile("(?:FieldError\\.of|new FieldError|new ValidationException)\\(" + field
                + ",\\s*\"([^\"]+)\"");
        // calls with a list of errors, and the kernel's own delegation
        Pattern passOn = Pattern.compile("new ValidationException\\(\\s*(?:errors|java\\.util\\.List\\.of\\(|List\\.of\\()");
        Set<String> codes = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, String> source : mainSources().entrySet()) {
            if (source.getKey().toString().replace('\\', '/').contains("org/salwhub/registry/api/kernel/")) {
                continue;
            }
            String text = source.getValue();
            Matcher calls = call.matcher(text);
            while (calls.find()) {
                Matcher literal = withCode.matcher(text).region(calls.start(), text.length());
                if (literal.lookingAt()) {
                    codes.add(literal.group(1));
                } else if (!passOn.matcher(text).region(calls.start(), text.length()).lookingAt()) {
                    int line = text.substring(0, calls.start()).split("\n", -1).length;
                    problems.add(source.getKey() + ":" + line + " raises an error code that is not a literal");
                }
            }
        }
        codes.forEach(code -> assertKeyInEveryLanguage("error." + code, "Java sources", problems));
        assertEquals(List.of(), problems);
        assertTrue(codes.size() >= 10 && codes.contains("required"), "the scan found only " + codes);
    }

    @Test
    void everyKeyTheCodeShowsExists() throws IOException {
        Pattern call = Pattern.compile("Messages\\.(?:text|info|warn|error)\\(([^;]*)");
        Pattern key = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<Path, String> source : mainSources().entrySet()) {
            Matcher calls = call.matcher(source.getValue());
            while (calls.find()) {
                Matcher literal = key.matcher(calls.group(1));
                while (literal.find()) {
                    keys.add(literal.group(1));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        keys.forEach(k -> assertKeyInEveryLanguage(k, "Java sources", problems));
        assertEquals(List.of(), problems);
        assertTrue(keys.size() >= 10 && keys.contains("problem.internal"), "the scan found only " + keys);
    }

    // ------------------------------------------------------------------ no hard-coded text

    /** Letters outside EL: text someone forgot to put in the bundles. */
    static boolean hardCoded(String text) {
        String outsideEl = EL.matcher(text).replaceAll(" ");
        if (UNTRANSLATED.contains(outsideEl.strip())) {
            return false;
        }
        return outsideEl.codePoints().anyMatch(Character::isLetter);
    }

    @Test
    void theHardCodedCheckCatchesText() {
        for (String text : List.of("Save", "Enregistrer", "حفظ", "#{msg['a']} and more", "Total: #{x}",
                "#{msg['a']}s", "SALW Hub")) {
            assertTrue(hardCoded(text), text);
        }
        for (String text : List.of("#{msg['nav.users']}", "  \n  ", " · #{msg['app.name']}", "—", "…", "→", ":",
                "(#{formats.number(n)})", "#{t.prefix()}…", "#{empty a ? '—' : a}", "#{x eq '}' ? msg['a'] : 'b'}",
                "#{a} · #{b}", "SALW", "12", "${legacy}")) {
            assertFalse(hardCoded(text), text);
        }
    }

    private static DocumentBuilder xmlParser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance(); // the JDK's own
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder();
    }

    /** What people read in one view: text between tags and text attributes, and which of it is hard-coded. */
    private record Texts(int checked, List<String> hardCoded) {
    }

    private static Texts texts(DocumentBuilder parser, Path view) throws Exception {
        Document document = parser.parse(view.toFile());
        List<String> hardCoded = new ArrayList<>();
        int[] checked = new int[1];
        walk(document.getDocumentElement(), node -> {
            if (node instanceof Element element) {
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Attr attribute = (Attr) attributes.item(i);
                    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
                    if (TEXT_ATTRIBUTES.contains(name)) {
                        checked[0]++;
                        if (hardCoded(attribute.getValue())) {
                            hardCoded.add("<" + element.getTagName() + " " + attribute.getName() + "=\""
                                    + attribute.getValue() + "\">");
                        }
                    }
                }
            } else if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                String parent = node.getParentNode().getLocalName();
                if (!"script".equals(parent) && !"style".equals(parent) && !node.getNodeValue().isBlank()) {
                    checked[0]++;
                    if (hardCoded(node.getNodeValue())) {
                        hardCoded.add("text \"" + node.getNodeValue().strip() + "\" in <"
                                + ((Element) node.getParentNode()).getTagName() + ">");
                    }
                }
            }
        });
        return new Texts(checked[0], hardCoded);
    }

    @Test
    void viewsShowOnlyTextsFromTheBundles() throws Exception {
        DocumentBuilder parser = xmlParser();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path view : views()) {
            Texts texts = texts(parser, view);
            checked += texts.checked();
            texts.hardCoded().forEach(text -> problems.add(WEBAPP.relativize(view) + ": " + text));
        }
        assertEquals(List.of(), problems, "texts must come from the bundles: #{msg['…']}");
        assertTrue(checked > 150, "only " + checked + " texts and attributes checked");
    }

    @Test
    void theViewCheckFindsHardCodedTextInAView(@TempDir Path dir) throws Exception {
        Path view = dir.resolve("bad.xhtml");
        Files.writeString(view, """
                <!DOCTYPE html>
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:ui="jakarta.faces.facelets"
                                xmlns:h="jakarta.faces.html" xmlns:p="primefaces">
                    <!-- a comment is not shown -->
                    <p title="#{msg['ok']}">#{msg['ok']} · #{formats.number(n)}</p>
                    <p:commandButton value="Save" icon="pi pi-check"/>
                    <h2>Welcome <span>#{user.name}</span></h2>
                    <p:column headerText="#{msg['a']}" footerText="Total"/>
                    <script>var text = "scripts are not checked";</script>
                </ui:composition>
                """);
        Texts texts = texts(xmlParser(), view);
        assertEquals(List.of("<p:commandButton value=\"Save\">", "text \"Welcome\" in <h2>",
                "<p:column footerText=\"Total\">"), texts.hardCoded());
        assertEquals(7, texts.checked());
    }

    private static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            walk(children.item(i), visitor);
        }
    }

    @Test
    void everyViewIsWellFormedXml() throws Exception {
        DocumentBuilder parser = xmlParser();
        for (Path view : views()) {
            try {
                parser.parse(view.toFile());
            } catch (org.xml.sax.SAXException e) {
                fail(view + " is not well-formed XML: " + e.getMessage());
            }
        }
    }
}
