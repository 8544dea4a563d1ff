package org.salwhub.assistance.control;

import org.salwhub.assistance.api.project.ProjectPermissions;
import org.salwhub.assistance.entity.Project;
import java.util.Map;
import java.util.UUID;
import org.salwhub.assistance.entity.CodeList;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.Caller;
import org.salwhub.registry.api.kernel.Role;

/**
 * Who may do what on a project, the rules the projects boundary enforces and carries on {@link ProjectPermissions}:
 * staff manage everything; a donor representative of a funding organisation records transactions and reports; the
 * recipient State's focal point updates deliverables, indicators and assets; network members read projects that
 * are not confidential, and the parties read their confidential ones.
 */
public final class ProjectPolicy {

    private ProjectPolicy() {
    }

    /** What the caller may change on the project, as its view carries it to pages and REST clients. */
    public static ProjectPermissions permissions(Project p, Caller caller) {
        return new ProjectPermissions(caller.isStaff(), mayMoney(p, caller), mayDeliver(p, caller));
    }

    public static boolean maySee(Project p, Caller caller) {
        return caller.isStaff() || !p.confidential() || mayMoney(p, caller) || mayDeliver(p, caller);
    }

    public static boolean mayMoney(Project p, Caller caller) {
        return caller.isStaff() || (caller.has(Role.DONOR) && caller.organisationId() != null
                && p.funders().contains(caller.organisationId()));
    }

    public static boolean mayDeliver(Project p, Caller caller) {
        return caller.isStaff() || (caller.has(Role.FOCAL_POINT) && caller.stateId() != null
                && p.recipientStates().contains(caller.stateId()));
    }

    /** Non-staff see what is not confidential, and the confidential projects they are a party to. */
    /** Narrows a project query ({@code p}) to what the caller may see: all for staff, else the open ones and their own. */
    public static void visibility(Caller caller, StringBuilder where, Map<String, Object> params) {
        if (caller.isStaff()) {
            return;
        }
        where.append(" AND (p.confidential = FALSE");
        if (caller.has(Role.DONOR) && caller.organisationId() != null) {
            where.append(" OR p.funders LIKE :ownOrg");
            params.put("ownOrg", CodeList.pattern(caller.organisationId().toString()));
        }
        if (caller.has(Role.FOCAL_POINT) && caller.stateId() != null) {
            where.append(" OR p.recipientStates LIKE :ownState");
            params.put("ownState", CodeList.pattern(caller.stateId().toString()));
        }
        where.append(')');
    }

    /** Staff report on any asset; a focal point only on their own State's. */
    public static void requireAssetState(Caller caller, UUID state) {
        if (!caller.isStaff() && !state.equals(caller.stateId())) {
            throw new AccessDeniedException("a focal point reports on their own State's assets");
        }
    }

    /** The duplicate-funding report is for staff, who coordinate funding across donors. */
    public static boolean mayReviewDuplicateFunding(Caller caller) {
        return caller.isStaff();
    }
}
