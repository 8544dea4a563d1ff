package org.salwhub.fellowship.api;

import java.util.List;

/**
 * One call a fellow was nominated to, as they see it: the call, their own nomination (without the staff's notes),
 * and what they may do now: complete their application ({@code applicationEditable}, while the call is open for
 * nominations), answer an offer ({@code offerOpen}), download their visa invitation letter ({@code visaLetter},
 * once selected) and their certificate ({@code certificate}, once they completed); and their stipend and travel
 * ledger, read only.
 */
public record FellowNomination(CallView call, NominationView nomination, boolean applicationEditable,
                               boolean offerOpen, boolean visaLetter, boolean certificate,
                               List<FellowshipLedgerLine> ledger) {
    public FellowNomination {
        ledger = ledger == null ? List.of() : List.copyOf(ledger);
    }
}
