package org.salwhub.meetings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.directory.PersonsMerged;

/**
 * Follows a merge of duplicate persons in the directory, in the merge's transaction: registrations and agenda
 * speakers of the retired record now name the person kept. Where both records were registered for the same meeting,
 * the kept person's registration stands and the duplicate's stays as it was, in the history.
 */
@Stateless
public class MergedPersons {

    @PersistenceContext
    EntityManager em;

    public void onMerged(@Observes PersonsMerged merged) {
        String keeper = merged.keeper().toString();
        String duplicate = merged.duplicate().toString();
        java.util.Set<String> keepersMeetings = new java.util.HashSet<>(em.createQuery(
                "SELECT r.meetingId FROM Registration r WHERE r.personId = :k", String.class)
                .setParameter("k", keeper).getResultList());
        em.createQuery("SELECT r FROM Registration r WHERE r.personId = :d", Registration.class)
                .setParameter("d", duplicate).getResultStream()
                .filter(r -> !keepersMeetings.contains(r.meetingId()))
                .forEach(r -> r.reassign(keeper));
        em.createNativeQuery("UPDATE meet_agenda_item SET speakers = REPLACE(speakers, ?, ?) WHERE speakers LIKE ?")
                .setParameter(1, duplicate).setParameter(2, keeper).setParameter(3, "%" + duplicate + "%")
                .executeUpdate();
    }
}
