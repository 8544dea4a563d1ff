package org.salwhub.fellowship.api;

import java.time.LocalDate;

/**
 * A call as screens and the API show it, with how many nominations it received, and what the reader may do with it
 * ({@code may}).
 */
public record CallView(CallId id, CallDetails details, CallStatus status, int nominations, long version,
                       CallPermissions may) {

    public CallView {
        may = may == null ? CallPermissions.NONE : may;
    }

    /** A call seen by no one in particular: it allows nothing. */
    public CallView(CallId id, CallDetails details, CallStatus status, int nominations, long version) {
        this(id, details, status, nominations, version, CallPermissions.NONE);
    }

    /** The same call, with what its reader may do. */
    public CallView withPermissions(CallPermissions permissions) {
        return new CallView(id, details, status, nominations, version, permissions);
    }

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
