package org.salwhub.fellowship.api;

import java.time.LocalDate;

/** A phase of a call's programme; {@code venue} only for an in-person phase. */
public record CallPhase(CallPhaseKind kind, String title, LocalDate startsOn, LocalDate endsOn, String venue) {
}
