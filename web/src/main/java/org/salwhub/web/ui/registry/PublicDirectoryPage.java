package org.salwhub.web.ui.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.DirectoryFacade;
import org.salwhub.registry.api.directory.PublicContact;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.web.i18n.LanguageSelection;

/**
 * The directory as anyone sees it without signing in: for each member State, which agency holds which
 * points-of-contact role. It reads only {@link DirectoryFacade#publicDirectory}, which carries no personal details.
 */
@Named("publicDirectory")
@RequestScoped
public class PublicDirectoryPage {

    @Inject
    RegistryFacade registry;

    @Inject
    DirectoryFacade directory;

    @Inject
    LanguageSelection language;

    private List<StateEntry> states;

    /** An agency of a State and the roles it holds; {@code agency} is null when the holder's agency is not recorded. */
    public record AgencyEntry(String agency, List<RoleType> roles) {
    }

    public record StateEntry(StateView state, String name, List<AgencyEntry> agencies) {
    }

    public List<StateEntry> getStates() {
        if (states == null) {
            Locale locale = language.getLocale();
            Collator collator = Collator.getInstance(locale);
            states = registry.memberStates().stream()
                    .map(s -> new StateEntry(s, s.name().in(locale), agencies(directory.publicDirectory(s.id()))))
                    .sorted(Comparator.comparing(StateEntry::name, collator)).toList();
        }
        return states;
    }

    /** The roles grouped by agency, agencies in the order of their first role (roles come in the order of the type). */
    static List<AgencyEntry> agencies(List<PublicContact> contacts) {
        Map<String, List<RoleType>> byAgency = new LinkedHashMap<>();
        for (PublicContact contact : contacts) {
            List<RoleType> roles = byAgency.computeIfAbsent(contact.agencyName() == null ? "" : contact.agencyName(),
                    k -> new ArrayList<>());
            if (!roles.contains(contact.roleType())) {
                roles.add(contact.roleType());
            }
        }
        List<AgencyEntry> entries = new ArrayList<>();
        byAgency.forEach((agency, roles) -> entries.add(new AgencyEntry(agency.isEmpty() ? null : agency,
                List.copyOf(roles))));
        return entries;
    }
}
