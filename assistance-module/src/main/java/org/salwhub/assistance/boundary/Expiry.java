package org.salwhub.assistance.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.salwhub.assistance.api.NeedStatus;
import org.salwhub.assistance.api.OfferStatus;
import org.salwhub.assistance.entity.Need;
import org.salwhub.assistance.entity.Offer;
import org.salwhub.registry.api.kernel.CallerContext;

/** The nightly expiry: published needs past their desired period, and offers past their validity. */
@Dependent
public class Expiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AssistanceRecords records;

    int expireOverdue(LocalDate today) {
        // only the nightly timer, as the system caller (never ANONYMOUS, nor a signed-in user)
        callers.current().requireSystem();
        return expireAll(today);
    }

    private int expireAll(LocalDate today) {
        int count = 0;
        for (Need need : em.createQuery("SELECT n FROM Need n WHERE n.status = :published AND n.periodTo < :today",
                Need.class).setParameter("published", NeedStatus.PUBLISHED).setParameter("today", today)
                .getResultList()) {
            need.moveTo(NeedStatus.EXPIRED, today);
            count++;
        }
        for (Offer offer : em.createQuery("SELECT o FROM Offer o WHERE o.status IN :open AND o.validTo < :today",
                Offer.class).setParameter("open", OfferStatus.MATCHABLE).setParameter("today", today)
                .getResultList()) {
            offer.moveTo(OfferStatus.EXPIRED);
            records.offersChanged(offer);
            count++;
        }
        em.flush();
        return count;
    }
}
