package org.salwhub.assistance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.salwhub.assistance.control.matching.MatchingIndex;

/**
 * The published offers, indexed once for ranking ({@link MatchingIndex}) and kept until something the ranking
 * depends on changes: an offer (its status, lines, budget or what a confirmed match committed of it), the
 * weights or the exchange rates, or the day. Ranking a need's candidates then costs a few milliseconds instead of
 * loading and profiling every open offer again.
 *
 * <p>The boundary fires {@link MatchingInputsChanged} in the transaction of every such change. It makes the
 * index stale twice: at once, and again when the transaction has ended, so that an index built while the change
 * was in flight (from the data before it, or from the changing transaction's own view) is never kept afterwards.
 */
@ApplicationScoped
public class OfferIndexCache {

    private final AtomicLong generation = new AtomicLong();
    private final Object building = new Object();
    private volatile Cached cached;

    private record Cached(long generation, LocalDate day, MatchingIndex index) {
    }

    /** The index of {@code day}, built with {@code build} when there is none or it is stale. */
    public MatchingIndex index(LocalDate day, Supplier<MatchingIndex> build) {
        Cached current = cached;
        if (fresh(current, day)) {
            return current.index();
        }
        synchronized (building) {
            current = cached;
            if (fresh(current, day)) {
                return current.index();
            }
            long stamp = generation.get(); // read before building: a change during the build makes it stale
            MatchingIndex index = build.get();
            cached = new Cached(stamp, day, index);
            return index;
        }
    }

    /** Whether the next {@link #index} call builds anew. */
    public boolean isStale(LocalDate day) {
        return !fresh(cached, day);
    }

    private boolean fresh(Cached c, LocalDate day) {
        return c != null && c.generation() == generation.get() && c.day().equals(day);
    }

    void changing(@Observes MatchingInputsChanged change) {
        generation.incrementAndGet();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) MatchingInputsChanged change) {
        generation.incrementAndGet();
    }
}
