package org.salwhub.assistance.api;

import java.util.List;
import java.util.UUID;

/**
 * A ranked candidate: a need and an offer, the total score (0–100) and its explanation; the counterpart's title and
 * owner (State for a need, organisation for an offer) so a list can show them.
 */
public record CandidateView(NeedId needId, OfferId offerId, String title, UUID stateId, UUID organisationId,
                            double total, List<Reason> reasons) {
}
