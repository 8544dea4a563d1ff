package org.salwhub.registry.api.directory;

/**
 * What the caller may do with one person's record, decided by the registry: download everything held about them
 * (staff and the focal points of the person's State) and anonymise them (staff, once).
 */
public record PersonPermissions(boolean export, boolean anonymise) {
}
