package org.salwhub.web.notify;

import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox's bookkeeping, each step in its own transaction so that a send never holds a database lock. */
@Stateless
public class OutboxStore {

    @Inject
    Clock clock;

    /** How long a claim protects a message being sent; after that another run may try again. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.salwhub.registry.api.kernel.CallerContext callers;

    /** A claimed message, ready to hand to the SMTP server. */
    record Claimed(String id, String recipient, String subject, String body) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> due(Instant now, int limit) {
        return em.createNamedQuery("OutboxMail.due", String.class)
                .setParameter("pending", OutboxMail.Status.PENDING).setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Takes a message for one attempt; empty when it is no longer due or another run took it first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Claimed> claim(String id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null || !mail.claim(now, now.plus(CLAIM))) {
            return Optional.empty();
        }
        em.flush(); // a concurrent claim fails here on the version, before anything is sent
        return Optional.of(new Claimed(mail.id(), mail.recipient(), mail.subject(), mail.body()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(String id, Instant now) {
        em.find(OutboxMail.class, id).sent(now);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String id, String error, Duration wait, Instant now, boolean unreachable) {
        em.find(OutboxMail.class, id).failed(error, now.plus(wait), MailSettings.MAX_ATTEMPTS, unreachable);
    }

    public int attempts(String id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        return mail == null ? 0 : mail.attempts();
    }

    /** Staff: the most recent messages, newest first. */
    public List<OutboxView> recent(int limit) {
        callers.current().requireStaff();
        return em.createNamedQuery("OutboxMail.recent", OutboxMail.class).setMaxResults(limit).getResultStream()
                .map(OutboxMail::view).toList();
    }

    public Map<OutboxMail.Status, Long> countsByStatus() {
        callers.current().requireStaff();
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (OutboxMail.Status status : OutboxMail.Status.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery("OutboxMail.countByStatus", Object[].class).getResultList()) {
            counts.put((OutboxMail.Status) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Staff: try a message again that was given up on. */
    public void retry(String id) {
        callers.current().requireStaff();
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null) {
            mail.retry(Instant.now(clock));
        }
    }
}
