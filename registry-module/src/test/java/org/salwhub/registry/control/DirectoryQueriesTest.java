package org.salwhub.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.directory.ContactQuery;
import org.salwhub.registry.api.directory.VerificationPolicy;

/** The page tells the total when it is the last one; only otherwise is a count statement needed. */
class DirectoryQueriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static ContactQuery page(int first, int size) {
        return new ContactQuery("mwangi", null, null, null, null, null, false, first, size, "personName", true);
    }

    /** No entity manager: the total must come from the page alone. */
    private static long fromPageAlone(ContactQuery query, int rows) {
        return DirectoryQueries.total(null, query, VerificationPolicy.DEFAULT, TODAY, rows);
    }

    @Test
    void aPageShorterThanAskedForIsTheLastOne() {
        assertEquals(0, fromPageAlone(page(0, 50), 0), "nothing found");
        assertEquals(7, fromPageAlone(page(0, 50), 7));
        assertEquals(107, fromPageAlone(page(100, 50), 7), "the rows before the last page count too");
        assertEquals(3, fromPageAlone(page(0, 1000), 3), "a page is at most 500 rows");
    }

    @Test
    void aFullPageOrAnEmptyPageFurtherOnNeedsTheCount() {
        assertThrows(NullPointerException.class, () -> fromPageAlone(page(0, 50), 50), "more may follow");
        assertThrows(NullPointerException.class, () -> fromPageAlone(page(100, 50), 0),
                "past the end: how far is unknown");
        assertThrows(NullPointerException.class, () -> fromPageAlone(page(0, 1000), 500));
    }
}
