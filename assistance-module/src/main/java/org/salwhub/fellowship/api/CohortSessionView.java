package org.salwhub.fellowship.api;

import java.time.LocalDate;
import java.util.UUID;

/** One in-person session of a cohort, at which attendance is taken. */
public record CohortSessionView(UUID id, CallId callId, String title, LocalDate heldOn) {
}
