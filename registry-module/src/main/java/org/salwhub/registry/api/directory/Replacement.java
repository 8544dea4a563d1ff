package org.salwhub.registry.api.directory;

import java.time.LocalDate;

/** Someone else takes over a role from a date; the old holder's role ends the day before and stays in history. */
public record Replacement(ContactRoleId roleId, PersonId successor, LocalDate from, String reason, long version) {
}
