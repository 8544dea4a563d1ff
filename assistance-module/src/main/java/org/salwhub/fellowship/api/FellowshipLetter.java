package org.salwhub.fellowship.api;

/** The data on file for a fellow's certificate or visa invitation letter. */
public record FellowshipLetter(CallView call, NominationView fellow) {
}
