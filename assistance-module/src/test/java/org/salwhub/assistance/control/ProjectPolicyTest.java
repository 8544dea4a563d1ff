package org.salwhub.assistance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.project.ProjectDraft;
import org.salwhub.assistance.api.project.ProjectGenderMarker;
import org.salwhub.assistance.api.project.ProjectOrgRole;
import org.salwhub.assistance.api.project.ProjectParticipant;
import org.salwhub.assistance.api.project.ProjectPermissions;
import org.salwhub.assistance.entity.Project;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/** Who may read and change a project: the rules the projects boundary enforces and its views carry. */
class ProjectPolicyTest {

    static final UUID KENYA = UUID.randomUUID();
    static final UUID UGANDA = UUID.randomUUID();
    static final UUID EU = UUID.randomUUID();
    static final UUID JAPAN = UUID.randomUUID();

    static final Caller STAFF = new Caller("staff", Set.of(Role.CENTRE_STAFF), null, null);
    static final Caller KENYA_FP = new Caller("fp-ke", Set.of(Role.FOCAL_POINT), KENYA, null);
    static final Caller UGANDA_FP = new Caller("fp-ug", Set.of(Role.FOCAL_POINT), UGANDA, null);
    static final Caller EU_DONOR = new Caller("donor-eu", Set.of(Role.DONOR), null, EU);
    static final Caller JAPAN_DONOR = new Caller("donor-jp", Set.of(Role.DONOR), null, JAPAN);

    static Project project(boolean confidential) {
        LocalDate start = LocalDate.of(2026, 3, 1);
        return new Project(UUID.randomUUID(), new ProjectDraft("XI-TEST-" + UUID.randomUUID(), "Marking", null,
                null, "Marking machines for armouries", null, null, Set.of(KENYA),
                List.of(new ProjectParticipant(EU, null, null, ProjectOrgRole.FUNDING)), Set.of(), Set.of(),
                Set.of(), Set.of("MARKING"), ProjectGenderMarker.NOT_TARGETED, confidential, start,
                start.plusYears(1), null, null, null), "MANUAL", "staff", Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void staffManageEverythingTheFunderHandlesMoneyTheRecipientDelivery() {
        Project p = project(false);
        assertEquals(new ProjectPermissions(true, true, true), ProjectPolicy.permissions(p, STAFF));
        assertEquals(new ProjectPermissions(false, true, false), ProjectPolicy.permissions(p, EU_DONOR));
        assertEquals(new ProjectPermissions(false, false, true), ProjectPolicy.permissions(p, KENYA_FP));
        assertEquals(new ProjectPermissions(false, false, false), ProjectPolicy.permissions(p, JAPAN_DONOR));
        assertEquals(new ProjectPermissions(false, false, false), ProjectPolicy.permissions(p, UGANDA_FP));
    }

    @Test
    void aConfidentialProjectIsSeenOnlyByStaffAndItsParties() {
        Project secret = project(true);
        assertTrue(ProjectPolicy.maySee(secret, STAFF));
        assertTrue(ProjectPolicy.maySee(secret, EU_DONOR));
        assertTrue(ProjectPolicy.maySee(secret, KENYA_FP));
        assertFalse(ProjectPolicy.maySee(secret, JAPAN_DONOR));
        assertFalse(ProjectPolicy.maySee(secret, UGANDA_FP));
        assertTrue(ProjectPolicy.maySee(project(false), UGANDA_FP));
    }

    @Test
    void queriesAreNarrowedTheSameWay() {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        ProjectPolicy.visibility(STAFF, where, params);
        assertEquals(" WHERE 1 = 1", where.toString());
        ProjectPolicy.visibility(EU_DONOR, where, params);
        assertEquals(" WHERE 1 = 1 AND (p.confidential = FALSE OR p.funders LIKE :ownOrg)", where.toString());
        assertTrue(params.get("ownOrg").toString().contains(EU.toString()));
    }

    @Test
    void aFocalPointReportsOnlyOnTheirOwnStatesAssets() {
        ProjectPolicy.requireAssetState(KENYA_FP, KENYA);
        ProjectPolicy.requireAssetState(STAFF, UGANDA);
        assertThrows(AccessDeniedException.class, () -> ProjectPolicy.requireAssetState(KENYA_FP, UGANDA));
    }
}
