package org.salwhub.registry.api.reporting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;

/**
 * National reports on the PoA and the ITI, cycle by cycle. Network members (any signed-in user) read;
 * the regional centre's staff and the focal point of the State concerned record; anonymous callers are refused.
 */
public interface NationalReportsFacade {

    /** How long a cycle stays current after its deadline, for late reports. */
    int GRACE_MONTHS = 12;

    /** Every reporting cycle, the latest deadline first. */
    List<ReportingCycleView> cycles();

    /**
     * The cycle States are reporting in now: the one with the earliest deadline on or after today minus
     * {@link #GRACE_MONTHS} months, so a cycle stays current for a year after its deadline for late reports;
     * when every deadline is older, the latest cycle.
     */
    Optional<ReportingCycleView> currentCycle();

    Optional<ReportingCycleView> cycle(ReportingCycleId id);

    /** By code ("2026"). */
    Optional<ReportingCycleView> cycleByCode(String code);

    /** Every report of a State, the latest cycle first, PoA before ITI. */
    List<NationalReportView> reportsOf(StateId state);

    Optional<NationalReportView> report(NationalReportId id);

    /**
     * Records or updates the State's report on an instrument in a cycle (staff, or the State's focal point).
     * {@code expectedVersion} is the version the caller read; null or 0 when they saw no report yet.
     * A stale version, or none for a report that exists already, is a version conflict.
     */
    NationalReportView saveReport(StateId state, ReportingCycleId cycle, ReportInstrument instrument, ReportEntry entry,
                                  Long expectedVersion);

    /** Whether the caller may record reports and needs for this State. */
    boolean mayRecord(StateId state);

    /** The needs a report declares, in the order they were added. */
    List<DeclaredNeedView> declaredNeeds(NationalReportId report);

    DeclaredNeedView addDeclaredNeed(NationalReportId report, NeedEntry need);

    DeclaredNeedView updateDeclaredNeed(DeclaredNeedId id, NeedEntry need, long expectedVersion);

    /** Removes a need that has not become a draft need yet. */
    void removeDeclaredNeed(DeclaredNeedId id, long expectedVersion);

    /** Needs of submitted reports that have not been turned into a draft need yet: for the assistance module. */
    List<DeclaredNeedView> openDeclaredNeeds();

    /** Records the assistance module's draft need made from a declared need. Staff only. */
    DeclaredNeedView linkDraftNeed(DeclaredNeedId id, UUID draftNeedId);

    /** For each group of the commission's member States, how many submitted a report on the instrument in the cycle. */
    List<ReportingRate> reportingRate(ReportingCycleId cycle, ReportInstrument instrument);

    /** The member States without a submitted report on the instrument in the cycle, by English name. Staff only. */
    List<StateView> notReported(ReportingCycleId cycle, ReportInstrument instrument);

    /** The key {@link #reportingRate} groups a State by (its subregion). */
    String groupOf(StateView state);
}
