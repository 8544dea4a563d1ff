package org.salwhub.web.ui.fellowships;

import org.salwhub.registry.api.directory.Sex;

/**
 * How a person's profile words the alumni mark. Who is an alumnus of which programme, and which later meetings
 * follow it, is the fellowship module's rule ({@code org.salwhub.fellowship.api.AlumniProgrammes}).
 */
public final class AlumniLinks {

    private AlumniLinks() {
    }

    /**
     * Whose wording the alumni mark takes: a woman's or a man's as the registry records the person's sex, the
     * neutral one ({@link Sex#UNDISCLOSED}) when it is not stated.
     */
    public static Sex wording(Sex recorded) {
        return recorded == null ? Sex.UNDISCLOSED : recorded;
    }
}
