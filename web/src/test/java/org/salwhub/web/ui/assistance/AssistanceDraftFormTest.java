package org.salwhub.web.ui.assistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.salwhub.assistance.api.LineUnit;
import org.salwhub.assistance.api.LineView;

/** What the need and offer forms share: loading once, filling from a view, and where the boundary's errors show. */
class AssistanceDraftFormTest {

    /** A form that records what it was asked to do. */
    static final class Form extends AssistanceDraftForm {
        private static final long serialVersionUID = 1L;
        final List<String> calls = new ArrayList<>();

        Form() {
            super("EUR", "en, fr");
        }

        @Override
        void prefill() {
            calls.add("prefill");
        }

        @Override
        void fill(String id) {
            calls.add("fill " + id);
            fill(7, "Stockpile training", "Two weeks", Set.of("STOCKPILE"), Set.of("TRAINING"),
                    List.of(new LineView("ITEM-1", 3, LineUnit.values()[0], null, 1)), "USD", List.of("ar"));
        }
    }

    @Test
    void aNewItemIsPrefilledOnceWithOneEmptyLineAndTheDefaults() {
        Form form = new Form();
        assertTrue(form.isNew());
        form.load();
        form.load();
        assertEquals(List.of("prefill"), form.calls);
        assertEquals(1, form.getLines().size());
        assertTrue(form.getLines().get(0).isEmpty());
        assertEquals("EUR", form.getCurrency());
        assertEquals("en, fr", form.getLanguages());
        assertTrue(form.lineInputs().isEmpty(), "an empty line is not sent");
    }

    @Test
    void anEditedItemIsFilledOnceFromItsView() {
        Form form = new Form();
        form.setId("42");
        assertFalse(form.isNew());
        form.load();
        form.load();
        assertEquals(List.of("fill 42"), form.calls);
        assertEquals(7, form.version());
        assertEquals("Stockpile training", form.getTitle());
        assertEquals("Two weeks", form.getDescription());
        assertEquals(List.of("STOCKPILE"), form.getThemes());
        assertEquals(List.of("TRAINING"), form.getAssistanceTypes());
        assertEquals("USD", form.getCurrency());
        assertEquals("ar", form.getLanguages());
        assertEquals(1, form.getLines().size());
        assertEquals("ITEM-1", form.getLines().get(0).getItemCode());
        form.getThemes().add("GENDER");
        assertEquals(2, form.getThemes().size(), "the form's lists can be changed");
    }

    @Test
    void theBoundarysFieldsShowAtTheFormsInputsAndTheOwnerAtItsOwnInput() {
        Map<String, String> ids = AssistanceDraftForm.clientIds("needForm", "stateId", "state",
                List.of("stateId", "title", "lines"));
        assertEquals(Map.of("stateId", "needForm:state", "title", "needForm:title", "lines", "needForm:lines"), ids);
        ids.put("lines[0].itemCode", "needForm:lines");
        assertEquals(4, ids.size(), "a form may add more fields");
    }

    @Test
    void languagesTypedAsTextAreCodes() {
        assertEquals(Set.of("en", "fr", "ar"), AssistanceDraftForm.codes("en, fr;ar"));
        assertEquals(Set.of(), AssistanceDraftForm.codes("  "));
        assertEquals(Set.of(), AssistanceDraftForm.codes(null));
    }
}
