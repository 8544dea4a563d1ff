package org.salwhub.assistance.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the caller files new needs and offers for, decided by the assistance module: {@code state}, the State a new
 * need is filed for unless the caller chooses (a focal point's own; none for staff, who file for any State);
 * {@code organisation}, the organisation a new offer is filed for (a donor's own); {@code chooseOrganisation},
 * whether the caller chooses the offering organisation (staff file offers for any donor).
 */
public record FilingPermissions(UUID state, UUID organisation, boolean chooseOrganisation) implements Serializable {
}
