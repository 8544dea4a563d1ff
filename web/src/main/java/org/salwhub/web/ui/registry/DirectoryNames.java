package org.salwhub.web.ui.registry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.directory.VerificationState;
import org.salwhub.web.i18n.LanguageSelection;

/** Names the directory's screens show for IDs and codes, in the viewer's language. */
@Named
@RequestScoped
public class DirectoryNames {

    @Inject
    RegistryFacade registry;

    @Inject
    LanguageSelection language;

    private Map<UUID, StateView> states;
    private List<StateView> members;

    private Map<UUID, StateView> states() {
        if (states == null) {
            states = new HashMap<>();
            registry.states().forEach(s -> states.put(s.id().value(), s));
        }
        return states;
    }

    /** A State's name in the viewer's language; empty for none. */
    public String state(UUID id) {
        StateView state = id == null ? null : states().get(id);
        return state == null ? "" : state.name().in(language.getLocale());
    }

    /** A State's ISO 3166 alpha-2 code, for links to its profile. */
    public String iso(UUID id) {
        StateView state = id == null ? null : states().get(id);
        return state == null ? "" : state.iso2();
    }

    /** The member States, in the alphabetical order of the viewer's language. */
    public List<StateView> memberStates() {
        if (members == null) {
            Locale locale = language.getLocale();
            Collator collator = Collator.getInstance(locale);
            members = registry.memberStates().stream()
                    .sorted(Comparator.comparing(s -> s.name().in(locale), collator)).toList();
        }
        return members;
    }

    /** A language's name in the viewer's language, from its ISO 639-1 code: "Kiswahili", "السواحلية". */
    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Locale viewer = language.getLocale();
        String name = Locale.forLanguageTag(code).getDisplayLanguage(viewer);
        if (name.isBlank() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(viewer) + name.substring(1);
    }

    /** Languages' names joined as the viewer's language lists them ("Anglais, Swahili", "الإنجليزية، السواحلية"). */
    public String languages(List<String> codes) {
        String separator = language.isRightToLeft() ? "، " : ", ";
        return codes == null ? "" : String.join(separator, codes.stream().map(this::language).toList());
    }

    /** The style of a verification tag: green when current, amber when due, red when stale. */
    public String verificationStyle(VerificationState state) {
        if (state == null) {
            return "tag";
        }
        return switch (state) {
            case CURRENT -> "tag tag-ok";
            case DUE -> "tag tag-warn";
            case STALE -> "tag tag-bad";
        };
    }
}
