package org.salwhub.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.Entity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module boundaries of SALW Hub: modules talk to each other only through their {@code api}
 * packages, the registry depends on no other module, entities live where they belong, and there are
 * no package cycles. The {@link RulesCatchViolations} tests prove that every rule fails on a violation.
 */
class ArchitectureTest {

    private static final String REGISTRY = "org.salwhub.registry..";
    private static final String ASSISTANCE = "org.salwhub.assistance..";
    /** The fellowship programme: a context of its own inside the assistance module's jar. */
    private static final String FELLOWSHIP = "org.salwhub.fellowship..";
    private static final String MEETINGS = "org.salwhub.meetings..";
    private static final String WEB = "org.salwhub.web..";

    // ------------------------------------------------------------ which module may use which

    static final ArchRule REGISTRY_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAnyPackage(REGISTRY, "db.migration.registry..")
            .should().dependOnClassesThat().resideInAnyPackage(ASSISTANCE, FELLOWSHIP, MEETINGS, WEB)
            .because("every module depends on the registry, so the registry depends on none of them");

    static final ArchRule ASSISTANCE_DEPENDS_NEITHER_ON_MEETINGS_NOR_ON_WEB = noClasses()
            .that().resideInAnyPackage(ASSISTANCE, FELLOWSHIP, "db.migration.assistance..")
            .should().dependOnClassesThat().resideInAnyPackage(MEETINGS, WEB)
            .allowEmptyShould(true); // the assistance module has no classes yet

    static final ArchRule MEETINGS_DEPENDS_NEITHER_ON_ASSISTANCE_NOR_ON_WEB = noClasses()
            .that().resideInAnyPackage(MEETINGS, "db.migration.meetings..")
            .should().dependOnClassesThat().resideInAnyPackage(ASSISTANCE, FELLOWSHIP, WEB)
            .allowEmptyShould(true); // the meetings module has no classes yet

    // ------------------------------------------------------------ only through the api package

    static final ArchRule REGISTRY_IS_USED_ONLY_THROUGH_ITS_API = onlyThroughApi("registry");
    static final ArchRule ASSISTANCE_IS_USED_ONLY_THROUGH_ITS_API = onlyThroughApi("assistance");
    /** The assistance core and the rest use fellowships only through org.salwhub.fellowship.api, and vice versa. */
    static final ArchRule FELLOWSHIP_IS_USED_ONLY_THROUGH_ITS_API = onlyThroughApi("fellowship");
    static final ArchRule MEETINGS_IS_USED_ONLY_THROUGH_ITS_API = onlyThroughApi("meetings");

    private static ArchRule onlyThroughApi(String module) {
        String root = "org.salwhub." + module;
        return noClasses()
                .that().resideOutsideOfPackages(root + "..", "db.migration." + module + "..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".boundary..", root + ".control..", root + ".entity..")
                .because("other modules and the web layer use the " + module + " module only through "
                        + root + ".api");
    }

    static final ArchRule REGISTRY_API_HIDES_ITS_INTERNALS = apiHidesInternals("registry");
    static final ArchRule ASSISTANCE_API_HIDES_ITS_INTERNALS = apiHidesInternals("assistance");
    static final ArchRule FELLOWSHIP_API_HIDES_ITS_INTERNALS = apiHidesInternals("fellowship");
    static final ArchRule MEETINGS_API_HIDES_ITS_INTERNALS = apiHidesInternals("meetings");

    private static ArchRule apiHidesInternals(String module) {
        String root = "org.salwhub." + module;
        return noClasses()
                .that().resideInAPackage(root + ".api..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(root + ".entity..", root + ".boundary..", root + ".control..")
                .because("an api that exposed entities or services would let callers around the boundary")
                .allowEmptyShould(true); // assistance and meetings have no api classes yet
    }

    // ------------------------------------------------------------ no cycles

    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.salwhub.(*)..").namingSlices("module $1")
            .should().beFreeOfCycles();

    static final ArchRule WEB_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.salwhub.web.(*)..").namingSlices("web.$1")
            .should().beFreeOfCycles();

    // ------------------------------------------------------------ where entities live

    static final ArchRule REGISTRY_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE = entitiesOf("registry");
    static final ArchRule ASSISTANCE_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE = entitiesOf("assistance");
    static final ArchRule FELLOWSHIP_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE = entitiesOf("fellowship");
    static final ArchRule MEETINGS_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE = entitiesOf("meetings");

    private static ArchRule entitiesOf(String module) {
        String root = "org.salwhub." + module;
        return classes()
                .that().areAnnotatedWith(Entity.class).and().resideInAPackage(root + "..")
                .should().resideInAPackage(root + ".entity..")
                .allowEmptyShould(true); // assistance and meetings have no entities yet
    }

    /** The web layer's own tables: accounts and tokens (security), the audit trail (audit), inbox and outbox (notify). */
    static final ArchRule WEB_ENTITIES_LIVE_IN_SECURITY_AND_AUDIT = classes()
            .that().areAnnotatedWith(Entity.class).and().resideInAPackage(WEB)
            .should().resideInAnyPackage("org.salwhub.web.security", "org.salwhub.web.audit", "org.salwhub.web.notify");

    static final ArchRule ENTITIES_BELONG_TO_A_MODULE = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().resideInAnyPackage("org.salwhub.registry.entity..", "org.salwhub.assistance.entity..",
                    "org.salwhub.fellowship.entity..", "org.salwhub.meetings.entity..", "org.salwhub.web.security", "org.salwhub.web.audit", "org.salwhub.web.notify");

    static final List<ArchRule> ALL = List.of(
            REGISTRY_DEPENDS_ON_NO_OTHER_MODULE, ASSISTANCE_DEPENDS_NEITHER_ON_MEETINGS_NOR_ON_WEB,
            MEETINGS_DEPENDS_NEITHER_ON_ASSISTANCE_NOR_ON_WEB,
            REGISTRY_IS_USED_ONLY_THROUGH_ITS_API, ASSISTANCE_IS_USED_ONLY_THROUGH_ITS_API,
            FELLOWSHIP_IS_USED_ONLY_THROUGH_ITS_API, MEETINGS_IS_USED_ONLY_THROUGH_ITS_API,
            REGISTRY_API_HIDES_ITS_INTERNALS, ASSISTANCE_API_HIDES_ITS_INTERNALS, FELLOWSHIP_API_HIDES_ITS_INTERNALS,
            MEETINGS_API_HIDES_ITS_INTERNALS,
            MODULES_ARE_FREE_OF_CYCLES, WEB_PACKAGES_ARE_FREE_OF_CYCLES,
            REGISTRY_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, ASSISTANCE_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE,
            FELLOWSHIP_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, MEETINGS_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, WEB_ENTITIES_LIVE_IN_SECURITY_AND_AUDIT,
            ENTITIES_BELONG_TO_A_MODULE);

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salwhub", "db.migration");
    }

    @Test
    void theApplicationIsImported() {
        // guards the rules below against passing on an empty import
        assertTrue(application.contain("org.salwhub.registry.boundary.RegistryService"));
        assertTrue(application.contain("org.salwhub.registry.entity.State"));
        assertTrue(application.contain("db.migration.registry.V2__Load_states_from_iso_3166"));
        assertTrue(application.contain("org.salwhub.web.security.Accounts"));
        assertTrue(application.contain("org.salwhub.fellowship.boundary.FellowshipService"));
        assertFalse(application.contain(ArchitectureTest.class), "test classes must not be imported");
    }

    @Test
    void registryDependsOnNoOtherModule() {
        REGISTRY_DEPENDS_ON_NO_OTHER_MODULE.check(application);
    }

    @Test
    void assistanceDependsNeitherOnMeetingsNorOnWeb() {
        ASSISTANCE_DEPENDS_NEITHER_ON_MEETINGS_NOR_ON_WEB.check(application);
    }

    @Test
    void meetingsDependsNeitherOnAssistanceNorOnWeb() {
        MEETINGS_DEPENDS_NEITHER_ON_ASSISTANCE_NOR_ON_WEB.check(application);
    }

    @Test
    void registryIsUsedOnlyThroughItsApi() {
        REGISTRY_IS_USED_ONLY_THROUGH_ITS_API.check(application);
    }

    @Test
    void assistanceIsUsedOnlyThroughItsApi() {
        ASSISTANCE_IS_USED_ONLY_THROUGH_ITS_API.check(application);
    }

    @Test
    void fellowshipIsUsedOnlyThroughItsApi() {
        FELLOWSHIP_IS_USED_ONLY_THROUGH_ITS_API.check(application);
    }

    @Test
    void meetingsIsUsedOnlyThroughItsApi() {
        MEETINGS_IS_USED_ONLY_THROUGH_ITS_API.check(application);
    }

    @Test
    void apiPackagesHideTheirModulesInternals() {
        REGISTRY_API_HIDES_ITS_INTERNALS.check(application);
        ASSISTANCE_API_HIDES_ITS_INTERNALS.check(application);
        FELLOWSHIP_API_HIDES_ITS_INTERNALS.check(application);
        MEETINGS_API_HIDES_ITS_INTERNALS.check(application);
    }

    @Test
    void modulesAreFreeOfCycles() {
        MODULES_ARE_FREE_OF_CYCLES.check(application);
    }

    @Test
    void webPackagesAreFreeOfCycles() {
        WEB_PACKAGES_ARE_FREE_OF_CYCLES.check(application);
    }

    @Test
    void moduleEntitiesLiveInTheirEntityPackage() {
        REGISTRY_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE.check(application);
        ASSISTANCE_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE.check(application);
        FELLOWSHIP_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE.check(application);
        MEETINGS_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE.check(application);
    }

    @Test
    void webEntitiesLiveInSecurityAndAudit() {
        WEB_ENTITIES_LIVE_IN_SECURITY_AND_AUDIT.check(application);
        ENTITIES_BELONG_TO_A_MODULE.check(application);
    }

    /**
     * Compiles small classes that break the rules and checks that each rule reports its offenders.
     * Without this, a rule with a typo in a package pattern would pass forever.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RulesCatchViolations {

        private static final String ENTITY = "@jakarta.persistence.Entity";

        private final Map<String, String> sources = new LinkedHashMap<>();
        private JavaClasses violations;

        private void source(String className, String body) {
            source(className, body, "");
        }

        private void source(String className, String body, String annotation) {
            int dot = className.lastIndexOf('.');
            sources.put(className, "package " + className.substring(0, dot) + ";\n" + annotation
                    + " public class " + className.substring(dot + 1) + " { " + body + " }\n");
        }

        @BeforeAll
        void compileViolations(@TempDir Path classes) throws URISyntaxException {
            // what the violations point at
            source("org.salwhub.web.fx.FxWebThing", "");
            source("org.salwhub.assistance.api.FxAssistanceApi", "");
            source("org.salwhub.meetings.api.FxMeetingsApi", "");
            source("org.salwhub.registry.entity.FxRegistryRecord", "");
            source("org.salwhub.assistance.entity.FxAssistanceRecord", "");
            source("org.salwhub.assistance.control.FxAssistanceControl", "");
            source("org.salwhub.meetings.control.FxMeetingsControl", "");
            source("org.salwhub.fellowship.entity.FxFellowshipRecord", "");
            source("org.salwhub.fellowship.control.FxFellowshipControl", "");
            // the violations
            source("org.salwhub.registry.control.FxRegistryUsesWeb", "org.salwhub.web.fx.FxWebThing x;");
            source("db.migration.registry.FxMigrationUsesAssistance", "org.salwhub.assistance.api.FxAssistanceApi x;");
            source("org.salwhub.assistance.control.FxAssistanceUsesMeetings", "org.salwhub.meetings.api.FxMeetingsApi x;");
            source("org.salwhub.meetings.boundary.FxMeetingsUsesAssistance", "org.salwhub.assistance.api.FxAssistanceApi x;");
            source("org.salwhub.web.fx.FxWebUsesRegistryEntity", "org.salwhub.registry.entity.FxRegistryRecord x;");
            source("org.salwhub.meetings.control.FxMeetingsUsesAssistanceEntity",
                    "org.salwhub.assistance.entity.FxAssistanceRecord x;");
            source("org.salwhub.web.fx.FxWebUsesMeetingsControl", "org.salwhub.meetings.control.FxMeetingsControl x;");
            source("org.salwhub.registry.api.FxRegistryApiExposesEntity",
                    "public org.salwhub.registry.entity.FxRegistryRecord record() { return null; }");
            source("org.salwhub.assistance.api.FxAssistanceApiExposesControl",
                    "public void use(org.salwhub.assistance.control.FxAssistanceControl c) { }");
            source("org.salwhub.assistance.boundary.FxAssistanceUsesFellowshipEntity",
                    "org.salwhub.fellowship.entity.FxFellowshipRecord x;");
            source("org.salwhub.fellowship.boundary.FxFellowshipUsesAssistanceControl",
                    "org.salwhub.assistance.control.FxAssistanceControl x;");
            source("org.salwhub.fellowship.control.FxFellowshipUsesMeetings", "org.salwhub.meetings.api.FxMeetingsApi x;");
            source("org.salwhub.fellowship.api.FxFellowshipApiExposesControl",
                    "public org.salwhub.fellowship.control.FxFellowshipControl control() { return null; }");
            source("org.salwhub.fellowship.api.FxMisplacedFellowshipEntity", "", ENTITY);
            source("org.salwhub.meetings.api.FxMeetingsApiExposesControl",
                    "public org.salwhub.meetings.control.FxMeetingsControl control() { return null; }");
            source("org.salwhub.web.fxa.FxCycleA", "org.salwhub.web.fxb.FxCycleB b;");
            source("org.salwhub.web.fxb.FxCycleB", "org.salwhub.web.fxa.FxCycleA a;");
            source("org.salwhub.registry.api.FxMisplacedRegistryEntity", "", ENTITY);
            source("org.salwhub.assistance.boundary.FxMisplacedAssistanceEntity", "", ENTITY);
            source("org.salwhub.meetings.control.FxMisplacedMeetingsEntity", "", ENTITY);
            source("org.salwhub.web.ui.FxMisplacedWebEntity", "", ENTITY);

            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, code) -> units.add(new SimpleJavaFileObject(
                    URI.create("string:///" + name.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return code;
                }
            }));
            String persistenceApi = Path.of(Entity.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            boolean compiled = javac.getTask(null, null, null,
                    List.of("-d", classes.toString(), "-classpath", persistenceApi, "-proc:none"), null, units).call();
            assertTrue(compiled, "the violating classes did not compile");
            violations = new ClassFileImporter().importPath(classes);
            assertEquals(sources.size(), violations.size());
        }

        private void assertCaught(ArchRule rule, String... offenders) {
            EvaluationResult result = rule.evaluate(violations);
            assertTrue(result.hasViolation(), "not caught: " + rule.getDescription());
            String report = String.join("\n", result.getFailureReport().getDetails());
            for (String offender : offenders) {
                assertTrue(report.contains(offender), offender + " missing from:\n" + report);
            }
        }

        @Test
        void registryUsingAnotherModule() {
            assertCaught(REGISTRY_DEPENDS_ON_NO_OTHER_MODULE, "FxRegistryUsesWeb", "FxMigrationUsesAssistance");
        }

        @Test
        void assistanceUsingMeetings() {
            assertCaught(ASSISTANCE_DEPENDS_NEITHER_ON_MEETINGS_NOR_ON_WEB, "FxAssistanceUsesMeetings",
                    "FxFellowshipUsesMeetings");
        }

        @Test
        void meetingsUsingAssistance() {
            assertCaught(MEETINGS_DEPENDS_NEITHER_ON_ASSISTANCE_NOR_ON_WEB, "FxMeetingsUsesAssistance",
                    "FxMeetingsUsesAssistanceEntity");
        }

        @Test
        void bypassingAnApi() {
            assertCaught(REGISTRY_IS_USED_ONLY_THROUGH_ITS_API, "FxWebUsesRegistryEntity");
            assertCaught(ASSISTANCE_IS_USED_ONLY_THROUGH_ITS_API, "FxMeetingsUsesAssistanceEntity",
                    "FxFellowshipUsesAssistanceControl");
            assertCaught(FELLOWSHIP_IS_USED_ONLY_THROUGH_ITS_API, "FxAssistanceUsesFellowshipEntity");
            assertCaught(MEETINGS_IS_USED_ONLY_THROUGH_ITS_API, "FxWebUsesMeetingsControl");
        }

        @Test
        void apisExposingInternals() {
            assertCaught(REGISTRY_API_HIDES_ITS_INTERNALS, "FxRegistryApiExposesEntity");
            assertCaught(ASSISTANCE_API_HIDES_ITS_INTERNALS, "FxAssistanceApiExposesControl");
            assertCaught(FELLOWSHIP_API_HIDES_ITS_INTERNALS, "FxFellowshipApiExposesControl");
            assertCaught(MEETINGS_API_HIDES_ITS_INTERNALS, "FxMeetingsApiExposesControl");
        }

        @Test
        void cycles() {
            assertCaught(MODULES_ARE_FREE_OF_CYCLES, "FxAssistanceUsesMeetings", "FxMeetingsUsesAssistance");
            assertCaught(WEB_PACKAGES_ARE_FREE_OF_CYCLES, "FxCycleA", "FxCycleB");
        }

        @Test
        void misplacedEntities() {
            assertCaught(REGISTRY_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, "FxMisplacedRegistryEntity");
            assertCaught(ASSISTANCE_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, "FxMisplacedAssistanceEntity");
            assertCaught(FELLOWSHIP_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, "FxMisplacedFellowshipEntity");
            assertCaught(MEETINGS_ENTITIES_LIVE_IN_ITS_ENTITY_PACKAGE, "FxMisplacedMeetingsEntity");
            assertCaught(WEB_ENTITIES_LIVE_IN_SECURITY_AND_AUDIT, "FxMisplacedWebEntity");
            assertCaught(ENTITIES_BELONG_TO_A_MODULE, "FxMisplacedRegistryEntity", "FxMisplacedAssistanceEntity",
                    "FxMisplacedFellowshipEntity", "FxMisplacedMeetingsEntity", "FxMisplacedWebEntity");
        }

        @Test
        void everyRuleIsBrokenBySomeViolation() {
            for (ArchRule rule : ALL) {
                assertTrue(rule.evaluate(violations).hasViolation(), "nothing breaks: " + rule.getDescription());
            }
        }
    }
}
