package org.salwhub.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.salwhub.registry.api.kernel.VersionConflictException;
import org.salwhub.web.i18n.Formats;
import org.salwhub.web.i18n.Messages;

/** Turns a version conflict into "who changed what, when", read from the audit trail. */
@ApplicationScoped
public class ConflictExplainer {

    @Inject
    AuditTrail trail;

    public List<AuditRecord> changes(VersionConflictException conflict) {
        return trail.changesAfter(conflict.entityType(), conflict.entityId(), conflict.expectedVersion());
    }

    /** One sentence per intervening change, in the reader's language. */
    public String explain(VersionConflictException conflict, Locale locale) {
        List<AuditRecord> changes = changes(conflict);
        if (changes.isEmpty()) {
            return Messages.text(locale, "conflict.unknown");
        }
        return changes.stream().map(change -> Messages.text(locale, "conflict.change", change.actor(),
                        Formats.dateTime(change.occurredAt(), locale, ZoneId.systemDefault()),
                        change.changes().stream()
                                .map(field -> Messages.text(locale, "conflict.field", field.field(),
                                        field.from() == null ? "—" : field.from(), field.to() == null ? "—" : field.to()))
                                .collect(Collectors.joining("; "))))
                .collect(Collectors.joining(" "));
    }
}
