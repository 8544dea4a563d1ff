package org.salwhub.registry.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.DirectoryPermissions;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.directory.PersonPermissions;
import org.salwhub.registry.api.directory.PersonView;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.Role;

/**
 * What the registry tells pages a reader may do in a State's directory and with a person, and that report reminders
 * run only as the system: decided in the module, by the same rules its boundary enforces.
 */
class DirectoryPermissionsTest {

    private static final UUID KENYA = UUID.randomUUID();
    private static final UUID SUDAN = UUID.randomUUID();
    private static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    private static final Caller FP_KENYA = new Caller("fp.kenya", Set.of(Role.FOCAL_POINT), KENYA, null);
    private static final Caller DONOR = new Caller("donor.eu", Set.of(Role.DONOR), null, UUID.randomUUID());

    private static DirectoryService directoryAs(Caller caller) {
        DirectoryService service = new DirectoryService();
        service.callers = CallerContext.of(() -> caller);
        return service;
    }

    private static PersonView person(UUID state, boolean anonymised) {
        return new PersonView(PersonId.random(), new PersonDetails(state, null, null, "Ms.", "Grace", "Wanjiru", null,
                Sex.FEMALE, List.of("en"), "g@example.org", null, null, null, null, null), "Grace Wanjiru",
                anonymised, null, 0);
    }

    @Test
    void staffMayDoEverythingInAnyStatesDirectory() {
        assertEquals(new DirectoryPermissions(true, true, true), directoryAs(STAFF).permissionsIn(new StateId(SUDAN)));
    }

    @Test
    void aFocalPointEditsOnlyTheirOwnStateAndNeitherMergesNorRecordsInstruments() {
        DirectoryService service = directoryAs(FP_KENYA);
        assertEquals(new DirectoryPermissions(true, false, false), service.permissionsIn(new StateId(KENYA)));
        assertEquals(new DirectoryPermissions(false, false, false), service.permissionsIn(new StateId(SUDAN)));
        assertEquals(new DirectoryPermissions(false, false, false),
                directoryAs(DONOR).permissionsIn(new StateId(KENYA)));
    }

    @Test
    void aPersonIsExportedByStaffAndTheirStatesFocalPointAndAnonymisedByStaffOnce() {
        PersonView kenyan = person(KENYA, false);
        assertEquals(new PersonPermissions(true, true), directoryAs(STAFF).permissionsOn(kenyan));
        assertEquals(new PersonPermissions(true, false), directoryAs(FP_KENYA).permissionsOn(kenyan));
        assertEquals(new PersonPermissions(false, false), directoryAs(FP_KENYA).permissionsOn(person(SUDAN, false)));
        assertEquals(new PersonPermissions(true, false), directoryAs(STAFF).permissionsOn(person(KENYA, true)),
                "an anonymised person cannot be anonymised again");
        assertEquals(new PersonPermissions(false, true), directoryAs(STAFF).permissionsOn(person(null, false)),
                "a person of no State has no State page to export from");
    }

    @Test
    void reportRemindersRunOnlyAsTheSystem() {
        ReportReminderService reminders = new ReportReminderService();
        for (Caller caller : List.of(Caller.ANONYMOUS, STAFF, FP_KENYA)) {
            reminders.callers = CallerContext.of(() -> caller);
            assertThrows(AccessDeniedException.class, () -> reminders.remind(LocalDate.of(2026, 3, 1)),
                    String.valueOf(caller.username()));
        }
    }
}
