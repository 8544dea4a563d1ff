package org.salwhub.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.RegionalGroup;
import org.salwhub.registry.api.StateReference;
import org.salwhub.registry.api.StateView;
import org.salwhub.registry.api.Subregion;
import org.salwhub.registry.api.UnStatus;
import org.salwhub.registry.api.kernel.FieldError;
import org.salwhub.registry.api.kernel.LocalizedText;
import org.salwhub.registry.api.kernel.ValidationException;

/** What staff may change in a State's reference data, and what they may not. */
class StateTest {

    private static State mauritius() {
        State state = new State(UUID.randomUUID(), "MU", "MUS", new LocalizedText("Mauritius", "Maurice", "موريشيوس"));
        state.updateReference(new StateReference("Mauritius", "Maurice", "موريشيوس", UnStatus.MEMBER,
                RegionalGroup.AFRICAN, Subregion.EASTERN_AFRICA, true));
        return state;
    }

    private static List<String> codes(ValidationException refusal) {
        return refusal.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void aStateCannotJoinTheCommissionOnADayThatHasNotCome() {
        State state = mauritius();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> state.admitToCommission(LocalDate.now().plusDays(1), LocalDate.now()));
        assertEquals(List.of("memberSince:date.future"), codes(refusal));
        assertFalse(state.view().commissionMember(), "a refused admission changes nothing");

        state.admitToCommission(LocalDate.now(), LocalDate.now());
        assertTrue(state.view().commissionMember());
        assertEquals(LocalDate.now(), state.view().memberSince());
    }

    @Test
    void namesAreTrimmedAndABlankEnglishNameIsRefusedWithoutChangingAnything() {
        State state = mauritius();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> state.updateReference(new StateReference("  ", "Maurice", null, UnStatus.MEMBER,
                        null, Subregion.EASTERN_AFRICA, true)));
        assertEquals(List.of("nameEn:required", "regionalGroup:required"), codes(refusal),
                "every error at once: a Member State needs its regional group too");
        assertEquals("Mauritius", state.nameEn());
        assertEquals(RegionalGroup.AFRICAN, state.view().regionalGroup());

        state.updateReference(new StateReference(" Republic of Mauritius ", "Maurice", " ", UnStatus.MEMBER,
                RegionalGroup.AFRICAN, Subregion.EASTERN_AFRICA, false));
        StateView view = state.view();
        assertEquals("Republic of Mauritius", view.name().en());
        assertEquals(null, view.name().ar(), "a blank name is no name");
        assertEquals(Boolean.FALSE, view.developing());
        assertEquals("MU", view.iso2(), "the ISO codes never change");
    }

    @Test
    void aNonMemberStateBelongsToNoRegionalGroupButAnObserverMay() {
        State state = mauritius();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> state.updateReference(new StateReference("Mauritius", null, null, UnStatus.NON_MEMBER,
                        RegionalGroup.AFRICAN, null, null)));
        assertEquals(List.of("regionalGroup:regionalGroup.nonMember"), codes(refusal));

        state.updateReference(new StateReference("Mauritius", null, null, UnStatus.OBSERVER,
                RegionalGroup.ASIA_PACIFIC, null, null));
        assertEquals(UnStatus.OBSERVER, state.view().unStatus());
        assertEquals(RegionalGroup.ASIA_PACIFIC, state.view().regionalGroup());
    }

    @Test
    void aNameLongerThanTheColumnIsRefused() {
        State state = mauritius();
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> state.updateReference(new StateReference("x".repeat(500), null, null, UnStatus.MEMBER,
                        RegionalGroup.AFRICAN, null, null)));
        FieldError error = refusal.errors().get(0);
        assertEquals("nameEn", error.field());
        assertEquals("tooLong", error.code());
    }
}
