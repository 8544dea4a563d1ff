package org.salwhub.web.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;

/** An expired view is recognised however the Faces layers wrapped it; other failures are left to the error page. */
class ExpiredViewsTest {

    @Test
    void anExpiredViewIsRecognisedWrappedOrNot() {
        assertTrue(ExpiredViews.isExpired(new ViewExpiredException("gone", "/app/needs.xhtml")));
        assertTrue(ExpiredViews.isExpired(new FacesException(new FacesException(
                new ViewExpiredException("gone", "/app/needs.xhtml")))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ExpiredViews.isExpired(new FacesException(new IllegalStateException("bug"))));
        assertFalse(ExpiredViews.isExpired(null));
    }
}
