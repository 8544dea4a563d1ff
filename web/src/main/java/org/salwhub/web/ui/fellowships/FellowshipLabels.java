package org.salwhub.web.ui.fellowships;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.salwhub.fellowship.api.CallEligibleStates;
import org.salwhub.fellowship.api.CallPhaseKind;
import org.salwhub.fellowship.api.CallStatus;
import org.salwhub.fellowship.api.FellowshipLedgerKind;
import org.salwhub.fellowship.api.FellowshipLedgerStatus;
import org.salwhub.fellowship.api.NominationAgeBand;
import org.salwhub.fellowship.api.NominationStatus;
import org.salwhub.registry.api.RegistryFacade;
import org.salwhub.registry.api.StateId;
import org.salwhub.registry.api.directory.AgencyType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.web.i18n.LanguageSelection;
import org.salwhub.web.i18n.Messages;

/**
 * Names of the fellowship programme's values in the reader's language: {@code #{fellowshipLabels.of(status)}}.
 * Every value of every enum here has a key (checked by FellowshipLabelsTest).
 */
@Named
@RequestScoped
public class FellowshipLabels {

    /** The bundle prefix of each enum the fellowship screens show. */
    public static final Map<Class<? extends Enum<?>>, String> PREFIXES = Map.of(
            CallStatus.class, "fellowship.status.",
            NominationStatus.class, "fellowship.nomination.",
            CallPhaseKind.class, "fellowship.phase.",
            CallEligibleStates.class, "fellowship.eligibleStates.",
            Sex.class, "fellowship.sex.",
            NominationAgeBand.class, "fellowship.ageBand.",
            FellowshipLedgerKind.class, "fellowship.ledger.",
            FellowshipLedgerStatus.class, "fellowship.ledgerStatus.",
            AgencyType.class, "agencyType.");

    @Inject
    LanguageSelection language;

    @Inject
    RegistryFacade registry;

    /** A State's name in the reader's language. */
    public String state(UUID id) {
        return id == null ? "" : registry.state(new StateId(id)).map(s -> s.name().in(language.getLocale())).orElse("");
    }

    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return Messages.text(language.getLocale(), key(value));
    }

    public static String key(Enum<?> value) {
        return PREFIXES.get(value.getDeclaringClass()) + value.name();
    }

    /** Language codes as written on an application, e.g. {@code en sw}. */
    public String languages(List<String> codes) {
        return codes == null ? "" : String.join(" ", codes);
    }

    /** A message key kept in data, such as a failed eligibility rule. */
    public String text(String key) {
        return key == null ? "" : Messages.text(language.getLocale(), key);
    }

    public List<CallStatus> getCallStatuses() {
        return List.of(CallStatus.values());
    }

    public CallPhaseKind[] getPhaseKinds() {
        return CallPhaseKind.values();
    }

    public CallEligibleStates[] getEligibleStates() {
        return CallEligibleStates.values();
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public NominationAgeBand[] getAgeBands() {
        return NominationAgeBand.values();
    }

    public AgencyType[] getAgencyTypes() {
        return AgencyType.values();
    }

    public FellowshipLedgerKind[] getLedgerKinds() {
        return FellowshipLedgerKind.values();
    }

    public FellowshipLedgerStatus[] getLedgerStatuses() {
        return FellowshipLedgerStatus.values();
    }
}
