package org.salwhub.assistance.api.project;

/** The state of an equipment asset as its custodian last reported. */
public enum AssetStatus {
    OPERATIONAL, NEEDS_MAINTENANCE, OUT_OF_SERVICE
}
