package org.salwhub.registry.api.directory;

/** Two person records that probably describe the same person, and why. */
public record DuplicateCandidate(PersonView first, PersonView second, Reason reason, double similarity) {
    public enum Reason { SAME_EMAIL, SIMILAR_NAME }
}
