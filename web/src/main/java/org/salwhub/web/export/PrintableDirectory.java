package org.salwhub.web.export;

import java.time.LocalDate;
import java.util.List;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.directory.AgencyView;
import org.salwhub.registry.api.directory.ContactView;
import org.salwhub.registry.api.directory.CoordinationBodyView;

/**
 * The directory to print: the member States by subregion, each with its coordination body, agencies and current
 * contacts. The page and the PDF show the same.
 */
public record PrintableDirectory(List<Section> sections, LocalDate compiledOn) {

    /** A subregion (null: not known) and its member States, by name in the reader's language. */
    public record Section(Subregion subregion, List<StateEntry> states) {
    }

    public record StateEntry(StateView state, String name, CoordinationBodyView body, List<AgencyView> agencies,
                             List<ContactView> contacts) {

        /** The name of an agency of the State, or null. */
        public String agencyName(java.util.UUID agency) {
            return agencies.stream().filter(a -> a.id().value().equals(agency)).map(AgencyView::name).findFirst()
                    .orElse(null);
        }
    }
}
