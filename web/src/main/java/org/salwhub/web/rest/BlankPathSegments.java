package org.salwhub.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.salwhub.registry.api.kernel.NotFoundException;

/**
 * A path segment of nothing but white space ({@code /persons/%20}) names no record: it is answered 404 before any
 * resource runs, so no resource has to tell a blank ID from a missing one (they used to fail with 500).
 */
@Provider
@PreMatching
public class BlankPathSegments implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String blank = blankSegment(request.getUriInfo().getPathSegments(true));
        if (blank != null) {
            throw new NotFoundException("Resource", blank);
        }
    }

    /** The first segment that is white space only (empty segments, as in {@code a//b}, are not), else null. */
    static String blankSegment(List<PathSegment> segments) {
        for (PathSegment segment : segments) {
            String path = segment.getPath();
            if (path != null && !path.isEmpty() && path.isBlank()) {
                return path;
            }
        }
        return null;
    }
}
