package org.salwhub.web.ui.assistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;
import org.salwhub.registry.api.directory.Page;

/** The needs and offers boards' shared plumbing, on a board over a fixed list of words. */
class AssistanceBoardTest {

    /** A board over words: its own filter is a prefix; it records the queries it is asked. */
    static final class WordsBoard extends AssistanceBoard<String> {
        private static final long serialVersionUID = 1L;
        final List<String> words = List.of("alpha", "beta", "gamma", "delta");
        final List<String> asked = new ArrayList<>();
        String prefix = "x";

        WordsBoard() {
            super("words");
        }

        @Override
        Page<String> page(int first, int max, String sort, boolean ascending) {
            asked.add(first + "/" + max + "/" + sort + "/" + ascending);
            List<String> all = words.stream().filter(w -> getText() == null || w.contains(getText())).toList();
            return new Page<>(all.subList(Math.min(first, all.size()), Math.min(first + max, all.size())), all.size());
        }

        @Override
        String key(String row) {
            return "k-" + row;
        }

        @Override
        void clearFilters() {
            prefix = null;
        }

        @Override
        List<String> headers() {
            return List.of("word", "length");
        }

        @Override
        List<Object> row(String word, Locale locale) {
            return List.of(word, word.length());
        }
    }

    @Test
    void clearEmptiesTheSharedAndTheBoardsOwnFiltersButKeepsMine() {
        WordsBoard board = new WordsBoard();
        board.setText("a");
        board.setTheme("SALW");
        board.setState("KE");
        board.setMine(true);
        board.clear();
        assertNull(board.getText());
        assertNull(board.getTheme());
        assertNull(board.getState());
        assertNull(board.prefix);
        assertTrue(board.isMine(), "mine comes from the address and stays");
    }

    @Test
    void blankTrimsAndTurnsEmptyIntoNull() {
        assertNull(AssistanceBoard.blank(null));
        assertNull(AssistanceBoard.blank("  "));
        assertEquals("kenya", AssistanceBoard.blank(" kenya "));
    }

    @Test
    void theLazyTableLoadsPagesAndFindsShownRowsByKey() {
        WordsBoard board = new WordsBoard();
        assertEquals(4, board.model().count(Map.of()));
        List<String> rows = board.model().load(1, 2,
                Map.of("title", SortMeta.builder().field("title").order(SortOrder.ASCENDING).build()), Map.of());
        assertEquals(List.of("beta", "gamma"), rows);
        assertEquals("1/2/title/true", board.asked.get(board.asked.size() - 1));
        assertEquals("k-beta", board.model().getRowKey("beta"));
        assertEquals("gamma", board.model().getRowData("k-gamma"));
    }

    @Test
    void theDownloadsHoldWhatTheFiltersSelectUnderTheBoardsName() {
        WordsBoard board = new WordsBoard();
        board.setText("ta");
        StreamedContent csv = board.getCsv();
        assertTrue(csv.getName().startsWith("salwhub-words-"), csv.getName());
        assertTrue(csv.getName().endsWith(".csv"), csv.getName());
        assertEquals(List.of(List.of("beta", 4), List.of("delta", 5)), board.rows(Locale.FRENCH));
        assertEquals("0/1000/null/false", board.asked.get(board.asked.size() - 1), "exports up to 1000, unsorted");
    }
}
