package org.salwhub.web.rest.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.kernel.NotFoundException;
import org.salwhub.registry.api.reporting.DeclaredNeedView;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleId;
import org.salwhub.registry.api.reporting.ReportingCycleView;
import org.salwhub.registry.api.reporting.ReportingRate;

/** The JSON shapes of national reporting, and how the API reads cycles, States and instruments from a path. */
public final class ReportingJson {

    private ReportingJson() {
    }

    public record CycleJson(String id, String code, int year, String titleEn, String titleFr, String titleAr,
                            LocalDate deadline, long daysLeft, String meetingReference, boolean current, long version) {
        static CycleJson of(ReportingCycleView c, ReportingCycleView current) {
            return new CycleJson(c.id().toString(), c.code(), c.year(), c.title().en(), c.title().fr(), c.title().ar(),
                    c.deadline(), c.daysLeft(LocalDate.now()), c.meetingReference(),
                    current != null && current.id().equals(c.id()), c.version());
        }
    }

    public record ReportJson(String id, String stateId, String cycleId, String cycle, String instrument,
                             boolean submitted, LocalDate submittedOn, String link, String documentReference,
                             int declaredNeeds, long version) {
        static ReportJson of(NationalReportView r) {
            return new ReportJson(r.id().toString(), r.stateId().toString(), r.cycleId().toString(), r.cycleCode(),
                    r.instrument().name(), r.submitted(), r.submittedOn(), r.link(), r.documentReference(),
                    r.declaredNeeds(), r.version());
        }
    }

    /** {@code version}: the report's version as read; absent or 0 when there was no report yet. */
    public record ReportInput(Boolean submitted, LocalDate submittedOn, String link, String documentReference,
                              Long version) {
    }

    public record NeedJson(String id, String reportId, String stateId, String cycle, String instrument, String title,
                           String description, String thematicArea, String draftNeedId, boolean open, long version) {
        static NeedJson of(DeclaredNeedView n) {
            return new NeedJson(n.id().toString(), n.reportId().toString(), n.stateId().toString(), n.cycleCode(),
                    n.instrument().name(), n.title(), n.description(), n.thematicArea(),
                    n.draftNeedId() == null ? null : n.draftNeedId().toString(), n.open(), n.version());
        }
    }

    public record NeedInput(String title, String description, String thematicArea, Long version) {
    }

    public record DraftNeedLink(String draftNeedId) {
    }

    public record RateJson(String group, int states, int reported, double rate, int percent) {
        static RateJson of(ReportingRate r) {
            return new RateJson(r.group(), r.states(), r.reported(), r.rate(), r.percent());
        }
    }

    /** The rate of every group and of all member States together. */
    public record RatesJson(String cycle, String instrument, int states, int reported, double rate, int percent,
                            List<RateJson> groups) {
        static RatesJson of(String cycle, ReportInstrument instrument, List<ReportingRate> groups) {
            ReportingRate all = ReportingRate.of("ALL", groups.stream().mapToInt(ReportingRate::states).sum(),
                    groups.stream().mapToInt(ReportingRate::reported).sum());
            return new RatesJson(cycle, instrument.name(), all.states(), all.reported(), all.rate(), all.percent(),
                    groups.stream().map(RateJson::of).toList());
        }
    }

    public record StateRowJson(String id, String iso2, String nameEn, String nameFr, String nameAr, String group) {
        static StateRowJson of(StateView s, String group) {
            return new StateRowJson(s.id().toString(), s.iso2(), s.name().en(), s.name().fr(), s.name().ar(), group);
        }
    }

    // ------------------------------------------------------------------ reading paths

    /** A State by ISO alpha-2 code or ID. */
    public static StateView state(RegistryFacade registry, String ref) {
        if (ref != null && ref.length() == 2) {
            return registry.stateByIsoCode(ref).orElseThrow(() -> new NotFoundException("State", ref));
        }
        UUID id = DirectoryResources.uuid(ref, "state");
        return registry.state(new StateId(id)).orElseThrow(() -> new NotFoundException("State", ref));
    }

    /** A cycle by code ("2026"), ID, or {@code current}. */
    static ReportingCycleView cycle(NationalReportsFacade reports, String ref) {
        if ("current".equals(ref)) {
            return reports.currentCycle().orElseThrow(() -> new NotFoundException("ReportingCycle", ref));
        }
        if (ref != null && ref.length() == 36) {
            return reports.cycle(new ReportingCycleId(DirectoryResources.uuid(ref, "cycle")))
                    .orElseThrow(() -> new NotFoundException("ReportingCycle", ref));
        }
        return reports.cycleByCode(ref).orElseThrow(() -> new NotFoundException("ReportingCycle", ref));
    }

    static ReportInstrument instrument(String value, String field) {
        return DirectoryResources.parse(ReportInstrument.class, value, field);
    }
}
