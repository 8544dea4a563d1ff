package org.salwhub.registry.api.directory;

import java.util.List;
import java.util.Set;
import org.salwhub.registry.api.StateId;

/**
 * Staff ask States to confirm their directory entries: the focal points get the request in their inbox and by
 * e-mail, and so do the contacts themselves. Staff only.
 */
public interface VerificationFacade {

    int MAX_NOTE = 1000;

    /** Every State with current entries due or stale for verification, most entries first. */
    List<StateVerification> statesToVerify();

    /**
     * Sends a request to each State named, or to every State with entries due or stale when {@code states} is empty.
     * A State named with nothing due is asked all the same (staff may want a fresh confirmation).
     */
    List<VerificationRequestView> request(Set<StateId> states, String note);

    /** Requests of the last twelve months, newest first, each saying whether it has been answered. */
    List<VerificationRequestView> recentRequests();
}
