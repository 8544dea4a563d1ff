package org.salwhub.meetings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.salwhub.meetings.api.AgendaItemDetails;
import org.salwhub.meetings.api.AgendaItemId;

/** An agenda item follows a merge of duplicate persons through its own method (so it is versioned and audited). */
class AgendaItemTest {

    @Test
    void aMergedSpeakerIsNamedByTheKeptRecord() {
        UUID duplicate = UUID.randomUUID();
        UUID keeper = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        AgendaItem item = new AgendaItem(new AgendaItemId(UUID.randomUUID()), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                new AgendaItemDetails("1", "Opening", false, List.of(other, duplicate)), 1);
        assertFalse(item.replaceSpeaker(UUID.randomUUID().toString(), keeper.toString()));
        assertEquals(List.of(other, duplicate), item.view().details().speakers());
        assertTrue(item.replaceSpeaker(duplicate.toString(), keeper.toString()));
        assertEquals(List.of(other, keeper), item.view().details().speakers());
        assertFalse(item.replaceSpeaker(duplicate.toString(), keeper.toString()));
    }

    @Test
    void anItemWithoutSpeakersIsLeftAlone() {
        AgendaItem item = new AgendaItem(new AgendaItemId(UUID.randomUUID()), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                new AgendaItemDetails("2", "Closing", false, List.of()), 2);
        assertFalse(item.replaceSpeaker(UUID.randomUUID().toString(), UUID.randomUUID().toString()));
        assertEquals(List.of(), item.view().details().speakers());
    }
}
