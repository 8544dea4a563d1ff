package org.salwhub.assistance.api;

import org.salwhub.registry.api.kernel.LocalizedText;

/** One entry of a vocabulary: a stable code and its labels. Inactive terms stay on old records only. */
public record TermView(String code, TermKind kind, LocalizedText label, int sortOrder, boolean active, long version) {
}
