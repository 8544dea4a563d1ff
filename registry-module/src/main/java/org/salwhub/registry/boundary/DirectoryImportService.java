package org.salwhub.registry.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.DirectoryImportFacade;
import org.salwhub.registry.api.directory.ImportPreview;
import org.salwhub.registry.api.directory.ImportResult;
import org.salwhub.registry.api.directory.NewRole;
import org.salwhub.registry.api.directory.PersonDetails;
import org.salwhub.registry.api.directory.PersonId;
import org.salwhub.registry.api.kernel.CallerContext;
import org.salwhub.registry.api.kernel.ValidationException;
import org.salwhub.registry.control.ContactImportPlan;

/**
 * Imports persons and roles from CSV files, for staff. The changes go through the directory's own
 * boundary, with its rules, events and audit trail, in this method's one transaction: when anything
 * fails, nothing of the file is kept.
 */
@Stateless
public class DirectoryImportService implements DirectoryImportFacade {

    /** Rows after which the persistence context is flushed and cleared: large files stay linear. */
    private static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CallerContext callers;

    @Inject
    DirectoryFacade directory;

    @Override
    public ImportPreview preview(byte[] csv) {
        callers.current().requireStaff();
        return ContactImportPlan.of(em, csv, LocalDate.now(clock)).preview();
    }

    @Override
    public ImportResult importRows(byte[] csv, boolean onlyValidRows) {
        callers.current().requireStaff();
        ContactImportPlan plan = ContactImportPlan.of(em, csv, LocalDate.now(clock));
        ImportPreview preview = plan.preview();
        if (preview.hasErrors() && !onlyValidRows) {
            throw new ValidationException("file", "import.hasErrors", preview.invalidRows());
        }
        Map<String, UUID> agencies = new HashMap<>();
        Map<String, PersonId> persons = new HashMap<>();
        int createdPersons = 0;
        int updatedPersons = 0;
        int createdRoles = 0;
        int done = 0;
        for (ContactImportPlan.Step step : plan.steps()) {
            if (++done % BATCH == 0) {
                // written (and audited) already; a smaller persistence context keeps each flush quick
                em.flush();
                em.clear();
            }
            if (step.createAgency()) {
                agencies.put(step.agencyKey(), directory.createAgency(step.stateId(), null, AgencyType.OTHER,
                        step.agencyName(), null).id().value());
            }
            PersonDetails details = step.agencyKey() == null ? step.details()
                    : ContactImportPlan.withAgency(step.details(), agencies.get(step.agencyKey()));
            if (step.createPerson()) {
                persons.put(step.personKey(), directory.createPerson(details).id());
                createdPersons++;
            } else if (step.updatePerson()) {
                directory.updatePerson(step.existingPerson(), details, step.expectedVersion());
                updatedPersons++;
            }
            if (step.createRole()) {
                PersonId person = step.existingPerson() != null ? step.existingPerson() : persons.get(step.personKey());
                directory.assignRole(new NewRole(person, step.stateId(), null, step.role(), step.validFrom()));
                createdRoles++;
            }
        }
        return new ImportResult(createdPersons, updatedPersons, createdRoles, agencies.size(),
                preview.unchangedRows(), preview.invalidRows());
    }
}
