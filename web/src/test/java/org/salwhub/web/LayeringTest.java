package org.salwhub.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.salwhub.web.ViolatingClasses.assertCaught;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Schedule;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.salwhub.registry.api.kernel.CallerContext;

/**
 * Rooms with one job, inside the modules and in web: boundary, control and entity are layered one way in every
 * module; pages never use REST resources; only boundaries, controls and web's own stores touch the EntityManager;
 * scheduled work lives in timer classes that enter a boundary as the system. {@link RulesCatchViolations} shows each
 * rule failing on a class that breaks it.
 */
class LayeringTest {

    /** The modules and contexts that follow Boundary-Control-Entity. */
    static final List<String> CONTEXTS = List.of("org.salwhub.registry", "org.salwhub.assistance",
            "org.salwhub.fellowship", "org.salwhub.meetings");

    static final ArchRule ENTITIES_DEPEND_ON_NEITHER_CONTROL_NOR_BOUNDARY = noClasses()
            .that().resideInAnyPackage(inEach(".entity.."))
            .should().dependOnClassesThat().resideInAnyPackage(inEach(".control..", ".boundary.."))
            .because("aggregates keep their own invariants and know nothing of the use cases that call them");

    static final ArchRule CONTROLS_DO_NOT_DEPEND_ON_BOUNDARIES = noClasses()
            .that().resideInAnyPackage(inEach(".control.."))
            .should().dependOnClassesThat().resideInAnyPackage(inEach(".boundary.."))
            .because("transactions and access checks begin at the boundary, which calls controls, not the reverse");

    static final ArchRule PAGES_NEVER_USE_REST_RESOURCES = noClasses()
            .that().resideInAPackage("org.salwhub.web.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.salwhub.web.rest..")
            .because("pages and the API are two adapters of the same modules; what both need lives in a module or"
                    + " in web's export package");

    static final ArchRule ENTITY_MANAGER_ONLY_IN_BOUNDARIES_AND_CONTROLS = noClasses()
            .that().resideOutsideOfPackages(concat(inEach(".boundary..", ".control.."),
                    "org.salwhub.web.security..", "org.salwhub.web.audit..", "org.salwhub.web.notify..",
                    "org.salwhub.web.persistence.."))
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .because("pages, resources, exports and entities reach the database only through a boundary");

    private static final DescribedPredicate<JavaClass> TIMER_CLASSES = DescribedPredicate.describe(
            "are timer classes (named ...Timer or ...Timers, in a boundary package or in web's notify package)",
            c -> (c.getSimpleName().endsWith("Timer") || c.getSimpleName().endsWith("Timers"))
                    && (c.getPackageName().contains(".boundary") || c.getPackageName().equals("org.salwhub.web.notify")));

    static final ArchRule SCHEDULES_LIVE_IN_TIMER_CLASSES = methods()
            .that().areAnnotatedWith(Schedule.class).or().areAnnotatedWith(Timeout.class)
            .should().beDeclaredInClassesThat(TIMER_CLASSES)
            .because("one way to schedule: a timer class holds the schedule and nothing else");

    static final ArchRule ONLY_TIMER_CLASSES_USE_THE_TIMER_SERVICE = noClasses()
            .that(DescribedPredicate.not(TIMER_CLASSES))
            .should().dependOnClassesThat().areAssignableTo(TimerService.class);

    static final ArchRule TIMERS_ENTER_THE_BOUNDARY_AS_THE_SYSTEM = classes()
            .that(TIMER_CLASSES)
            .should().dependOnClassesThat().areAssignableTo(CallerContext.class)
            .because("a timer runs its work through CallerContext.runAsSystem, never as ANONYMOUS");

    static final List<ArchRule> ALL = List.of(ENTITIES_DEPEND_ON_NEITHER_CONTROL_NOR_BOUNDARY,
            CONTROLS_DO_NOT_DEPEND_ON_BOUNDARIES, PAGES_NEVER_USE_REST_RESOURCES,
            ENTITY_MANAGER_ONLY_IN_BOUNDARIES_AND_CONTROLS, SCHEDULES_LIVE_IN_TIMER_CLASSES,
            ONLY_TIMER_CLASSES_USE_THE_TIMER_SERVICE, TIMERS_ENTER_THE_BOUNDARY_AS_THE_SYSTEM);

    /** {@code root + suffix} for every context and suffix. */
    private static String[] inEach(String... suffixes) {
        return CONTEXTS.stream().flatMap(root -> Arrays.stream(suffixes).map(suffix -> root + suffix))
                .toArray(String[]::new);
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.salwhub", "db.migration");
        assertTrue(application.contain("org.salwhub.registry.boundary.ReportReminderTimer"), "nothing imported");
    }

    @Test
    void everyModuleIsLayeredBoundaryControlEntity() {
        ENTITIES_DEPEND_ON_NEITHER_CONTROL_NOR_BOUNDARY.check(application);
        CONTROLS_DO_NOT_DEPEND_ON_BOUNDARIES.check(application);
    }

    @Test
    void pagesNeverUseRestResources() {
        PAGES_NEVER_USE_REST_RESOURCES.check(application);
    }

    @Test
    void onlyBoundariesControlsAndWebsStoresUseTheEntityManager() {
        ENTITY_MANAGER_ONLY_IN_BOUNDARIES_AND_CONTROLS.check(application);
    }

    @Test
    void scheduledWorkLivesInTimersThatRunAsTheSystem() {
        SCHEDULES_LIVE_IN_TIMER_CLASSES.check(application);
        ONLY_TIMER_CLASSES_USE_THE_TIMER_SERVICE.check(application);
        TIMERS_ENTER_THE_BOUNDARY_AS_THE_SYSTEM.check(application);
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RulesCatchViolations {

        private JavaClasses violations;

        @BeforeAll
        void compileViolations(@TempDir Path classes) throws URISyntaxException {
            violations = new ViolatingClasses()
                    .add("org.salwhub.meetings.control.FxMeetingsRule", "")
                    .add("org.salwhub.registry.boundary.FxRegistryFacade", "")
                    .add("org.salwhub.web.rest.FxResource", "")
                    .add("org.salwhub.meetings.entity.FxEntityUsesControl", "org.salwhub.meetings.control.FxMeetingsRule r;")
                    .add("org.salwhub.registry.control.FxControlUsesBoundary",
                            "org.salwhub.registry.boundary.FxRegistryFacade f;")
                    .add("org.salwhub.web.ui.FxPageUsesRest", "org.salwhub.web.rest.FxResource r;")
                    .add("org.salwhub.web.export.FxExportUsesEntityManager", "jakarta.persistence.EntityManager em;")
                    .add("org.salwhub.web.security.FxScheduledElsewhere",
                            "@jakarta.ejb.Schedule(hour = \"1\") void run() { }")
                    .add("org.salwhub.web.ui.FxPageUsesTimerService", "jakarta.ejb.TimerService timers;")
                    .add("org.salwhub.meetings.boundary.FxAnonymousTimer",
                            "@jakarta.ejb.Schedule(hour = \"2\") void run() { }")
                    .compile(classes, EntityManager.class, Schedule.class);
        }

        @Test
        void layersBrokenInsideAModule() {
            assertCaught(violations, ENTITIES_DEPEND_ON_NEITHER_CONTROL_NOR_BOUNDARY, "FxEntityUsesControl");
            assertCaught(violations, CONTROLS_DO_NOT_DEPEND_ON_BOUNDARIES, "FxControlUsesBoundary");
        }

        @Test
        void aPageUsingARestResource() {
            assertCaught(violations, PAGES_NEVER_USE_REST_RESOURCES, "FxPageUsesRest");
        }

        @Test
        void theEntityManagerOutsideABoundary() {
            assertCaught(violations, ENTITY_MANAGER_ONLY_IN_BOUNDARIES_AND_CONTROLS, "FxExportUsesEntityManager");
        }

        @Test
        void schedulesOutsideTimersAndTimersThatDoNotRunAsTheSystem() {
            assertCaught(violations, SCHEDULES_LIVE_IN_TIMER_CLASSES, "FxScheduledElsewhere");
            assertCaught(violations, ONLY_TIMER_CLASSES_USE_THE_TIMER_SERVICE, "FxPageUsesTimerService");
            assertCaught(violations, TIMERS_ENTER_THE_BOUNDARY_AS_THE_SYSTEM, "FxAnonymousTimer");
        }

        @Test
        void everyRuleIsBrokenBySomeViolation() {
            for (ArchRule rule : ALL) {
                assertTrue(rule.evaluate(violations).hasViolation(), "nothing breaks: " + rule.getDescription());
            }
        }
    }
}
