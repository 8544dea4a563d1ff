package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;
import org.salwhub.registry.api.kernel.AccessDeniedException;
import org.salwhub.registry.api.kernel.NotFoundException;

class ErrorPageTest {

    @Test
    void aRefusalOrAMissingRecordDeepInTheCausesIsAnsweredAsSuch() {
        var refused = new FacesException(new EJBException(new AccessDeniedException("the directory is for members")));
        assertEquals(403, ErrorPage.statusOf(refused, 500));
        var missing = new FacesException(new NotFoundException("Person", "x"));
        assertEquals(404, ErrorPage.statusOf(missing, 500));
    }

    @Test
    void otherwiseTheContainersStatusStands() {
        assertEquals(500, ErrorPage.statusOf(new FacesException(new IllegalStateException("bug")), 500));
        assertEquals(404, ErrorPage.statusOf(null, 404), "a page that does not exist");
        assertEquals(403, ErrorPage.statusOf(null, 403), "a role constraint of web.xml");
        assertEquals(404, ErrorPage.statusOf(null, null), "the error page asked for directly: not a resource");
        assertEquals(500, ErrorPage.statusOf(new IllegalStateException("bug"), null));
    }
}
