package org.salwhub.web.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.reporting.NationalReportView;
import org.salwhub.registry.api.reporting.NationalReportsFacade;
import org.salwhub.registry.api.reporting.NeedEntry;
import org.salwhub.registry.api.reporting.ReportEntry;
import org.salwhub.registry.api.reporting.ReportInstrument;
import org.salwhub.registry.api.reporting.ReportingCycleView;

/**
 * National reports for the demo, relative to whatever cycle is current: in it Kenya and Tanzania reported on
 * both instruments, Burundi (late), Uganda, Rwanda and DR Congo on the PoA, Ethiopia has a draft, Sudan and the others
 * nothing yet; most reported in the previous cycle. Kenya, Burundi and Sudan declare assistance needs.
 * Links point at the PoA Implementation Support System's country pages; the files are only named.
 */
@Stateless
public class DemoReports {

    @Inject
    RegistryFacade registry;

    @Inject
    NationalReportsFacade reports;

    public void create() {
        ReportingCycleView current = reports.currentCycle().orElse(null);
        if (current == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        LocalDate deadline = current.deadline();
        NationalReportView kenya = submitted("KE", current, ReportInstrument.POA, notAfter(deadline.minusDays(24), today));
        submitted("KE", current, ReportInstrument.ITI, notAfter(deadline.minusDays(24), today));
        submitted("TZ", current, ReportInstrument.POA, notAfter(deadline.minusDays(9), today));
        submitted("TZ", current, ReportInstrument.ITI, notAfter(deadline.minusDays(9), today));
        NationalReportView burundi = submitted("BI", current, ReportInstrument.POA, notAfter(deadline.plusDays(12), today));
        submitted("UG", current, ReportInstrument.POA, notAfter(deadline.minusDays(2), today));
        submitted("RW", current, ReportInstrument.POA, notAfter(deadline.minusDays(40), today));
        submitted("CD", current, ReportInstrument.POA, notAfter(deadline.minusDays(5), today));
        reports.saveReport(state("ET").id(), current.id(), ReportInstrument.POA,
                new ReportEntry(false, null, null, "ETH-PoA-" + current.code() + "-draft.docx"), null);

        need(kenya, "Marking machines for the armouries of the National Police Service", "Marking",
                "Six portable dot-peen marking machines with operator training and two years of maintenance,"
                        + " for the county armouries that still mark by hand.");
        need(kenya, "Training on record-keeping and tracing", "Record-keeping and tracing",
                "Forty officers of the National Police Service and the Kenya Revenue Authority, in Nairobi and Mombasa.");
        need(kenya, "Upgrade of the national firearms registry software", "Record-keeping", null);
        need(burundi, "Sensibilisation des communautés frontalières au désarmement volontaire", "Désarmement volontaire",
                "Campagnes dans les provinces de Cibitoke, Bubanza et Kirundo, avec la société civile.");
        need(burundi, "Formation à la gestion et à la sécurisation des stocks d'armes", "Gestion des stocks", null);

        reports.cycles().stream().filter(c -> c.deadline().isBefore(deadline)).findFirst().ifPresent(previous -> {
            LocalDate on = previous.deadline().minusDays(15);
            for (String iso2 : List.of("KE", "BI", "SD", "UG", "TZ", "RW", "ET", "CD")) {
                NationalReportView report = submitted(iso2, previous, ReportInstrument.POA, on);
                if (iso2.equals("SD")) {
                    need(report, "أجهزة وسم الأسلحة ومعدات حفظ السجلات", "الوسم وحفظ السجلات",
                            "Marking machines and record-keeping equipment for the Sudan Police Force.");
                }
            }
            for (String iso2 : List.of("KE", "SD", "TZ")) {
                submitted(iso2, previous, ReportInstrument.ITI, on);
            }
        });
    }

    private NationalReportView submitted(String iso2, ReportingCycleView cycle, ReportInstrument instrument,
                                         LocalDate on) {
        StateView state = state(iso2);
        return reports.saveReport(state.id(), cycle.id(), instrument, new ReportEntry(true, on,
                "https://smallarms.un-arm.org/country-profiles/" + state.iso3(),
                state.iso3() + "-" + instrument.name() + "-" + cycle.code() + ".pdf"), null);
    }

    private void need(NationalReportView report, String title, String area, String description) {
        reports.addDeclaredNeed(report.id(), new NeedEntry(title, description, area));
    }

    private static LocalDate notAfter(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }

    private StateView state(String iso2) {
        return registry.stateByIsoCode(iso2).orElseThrow();
    }
}
