package org.salwhub.meetings.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;
import org.salwhub.meetings.entity.AgendaItem;
import org.salwhub.meetings.entity.Registration;
import org.salwhub.registry.api.directory.PersonsMerged;

/**
 * Follows a merge of duplicate persons in the directory, in the merge's transaction: registrations and agenda
 * speakers of the retired record now name the person kept. Where both records were registered for the same meeting,
 * the kept person's registration stands and the duplicate's stays as it was, in the history. Every change goes
 * through the entities, so each one raises their version and leaves its row in the audit trail.
 */
@Stateless
public class MergedPersons {

    @PersistenceContext
    EntityManager em;

    public void onMerged(@Observes PersonsMerged merged) {
        String keeper = merged.keeper().toString();
        String duplicate = merged.duplicate().toString();
        Set<String> keepersMeetings = new HashSet<>(em.createQuery(
                "SELECT r.meetingId FROM Registration r WHERE r.personId = :k", String.class)
                .setParameter("k", keeper).getResultList());
        em.createQuery("SELECT r FROM Registration r WHERE r.personId = :d", Registration.class)
                .setParameter("d", duplicate).getResultStream()
                .filter(r -> !keepersMeetings.contains(r.meetingId()))
                .forEach(r -> r.reassign(keeper));
        em.createQuery("SELECT a FROM AgendaItem a WHERE a.speakers LIKE :d", AgendaItem.class)
                .setParameter("d", "%" + duplicate + "%").getResultStream()
                .forEach(item -> item.replaceSpeaker(duplicate, keeper));
    }
}
