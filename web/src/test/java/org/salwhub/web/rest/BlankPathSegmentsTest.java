package org.salwhub.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A path segment of white space only names no record. */
class BlankPathSegmentsTest {

    static List<PathSegment> path(String... segments) {
        return Arrays.stream(segments).map(s -> (PathSegment) new PathSegment() {
            @Override
            public String getPath() {
                return s;
            }

            @Override
            public MultivaluedMap<String, String> getMatrixParameters() {
                return new MultivaluedHashMap<>();
            }
        }).toList();
    }

    @Test
    void aSegmentOfSpacesOrTabsIsFound() {
        assertEquals(" ", BlankPathSegments.blankSegment(path("api", "v1", "persons", " ")));
        assertEquals("\t ", BlankPathSegments.blankSegment(path("api", "v1", "states", "\t ", "history")));
    }

    @Test
    void ordinaryAndEmptySegmentsPass() {
        assertNull(BlankPathSegments.blankSegment(path("api", "v1", "persons", "0f8e-ab")));
        assertNull(BlankPathSegments.blankSegment(path("api", "", "v1")));
        assertNull(BlankPathSegments.blankSegment(path()));
    }
}
