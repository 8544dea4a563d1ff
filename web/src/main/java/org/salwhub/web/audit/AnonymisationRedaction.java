package org.salwhub.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.salwhub.registry.api.directory.DirectoryChanged;

/**
 * When a person is anonymised, the audit trail forgets the values it recorded
 * about them (it keeps who changed which field, and when), in the same
 * transaction as the anonymisation.
 */
@ApplicationScoped
public class AnonymisationRedaction {

    @Inject
    AuditTrail trail;

    void onDirectoryChange(@Observes DirectoryChanged change) {
        if (change.kind() == DirectoryChanged.Kind.PERSON && change.change() == DirectoryChanged.Change.ANONYMISED) {
            trail.redactValues("Person", change.id().toString());
        }
    }
}
