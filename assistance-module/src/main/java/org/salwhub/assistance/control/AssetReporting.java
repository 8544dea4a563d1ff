package org.salwhub.assistance.control;

/**
 * How often a recipient State reports on each asset: {@code ASSET_REPORT_MONTHS} in the environment, else the
 * system property {@code salwhub.assetReportMonths}, else every 6 months (also when the setting is not a positive
 * whole number).
 */
public final class AssetReporting {

    private AssetReporting() {
    }

    /** The reporting interval in months. */
    public static int months() {
        String configured = System.getenv("ASSET_REPORT_MONTHS");
        if (configured == null) {
            configured = System.getProperty("salwhub.assetReportMonths");
        }
        try {
            int months = configured == null ? 6 : Integer.parseInt(configured.trim());
            return months > 0 ? months : 6;
        } catch (NumberFormatException e) {
            return 6;
        }
    }
}
