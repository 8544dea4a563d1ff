package org.salwhub.registry.api.directory;

/**
 * What the caller may do in one State's directory, decided by the registry from the rules its boundary enforces:
 * edit the State's contacts, agencies and coordination body (staff, and the State's own focal points), review and
 * merge probable duplicates (staff), and record the State's status under the instruments (staff).
 */
public record DirectoryPermissions(boolean edit, boolean reviewDuplicates, boolean recordInstruments) {
}
