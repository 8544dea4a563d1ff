package org.salwhub.assistance.api.fellowship;

import java.time.LocalDate;

/** A call as screens and the API show it, with how many nominations it received. */
public record CallView(CallId id, CallDetails details, CallStatus status, int nominations, long version) {

    /** Whether nominations are accepted on {@code day}: the call is open and its deadline not passed. */
    public boolean acceptsNominations(LocalDate day) {
        return status == CallStatus.OPEN && (details.deadlines().nomination() == null
                || !day.isAfter(details.deadlines().nomination()));
    }

    public String title() {
        return details.title();
    }

    /** The programme's last day: the end of its last phase; null for a call without phases. */
    public LocalDate endsOn() {
        return details.phases().stream().map(CallPhase::endsOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }
}
