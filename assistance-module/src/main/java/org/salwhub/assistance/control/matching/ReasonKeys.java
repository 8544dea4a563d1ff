package org.salwhub.assistance.control.matching;

import java.util.List;

/**
 * Every message key the matching engine produces, with its arguments, for the bundles
 * ({@code messages{,_fr,_ar}.properties}, MessageFormat). Arguments are positional: {@code {0}},
 * {@code {1}}, ... Types: counts are {@link Integer}, days {@link Long}, amounts {@link java.math.BigDecimal}
 * (rounded to whole units), percentages {@link Integer} (0..100, rounded down), codes {@link String}
 * (vocabulary, currency or ISO 639-1 language codes the UI localises before formatting), and lists of
 * codes {@code List<String>} (sorted; the UI localises and joins them). A trailing list argument is
 * there for screens that want to name the items; a plain MessageFormat text may ignore it.
 *
 * <p>A key is {@code match.reason.<component>.<variant>}; the component names are those of
 * {@link Weights}. Components with a weight of zero give no reason. Exclusions (hard constraints) use
 * {@code match.excluded.<constraint>} and have no arguments.
 */
public final class ReasonKeys {

    private ReasonKeys() {
    }

    // ------------------------------------------------------------------ components

    public static final String THEME = "theme";
    public static final String ASSISTANCE_TYPE = "assistanceType";
    public static final String LINES = "lines";
    public static final String BUDGET = "budget";
    public static final String PERIOD = "period";
    public static final String LANGUAGE = "language";
    public static final String DEVELOPING = "developing";
    public static final String WAITING = "waiting";

    /** The components in the order their reasons appear on a candidate. */
    public static final List<String> COMPONENTS =
            List.of(THEME, ASSISTANCE_TYPE, LINES, BUDGET, PERIOD, LANGUAGE, DEVELOPING, WAITING);

    // ------------------------------------------------------------------ theme: share of the need's themes the offer covers

    /** Score 1. The offer covers all the need's themes. {0} = number of themes, {1} = their codes. */
    public static final String THEME_ALL = "match.reason.theme.all";
    /** Score matched/total. {0} = shared themes, {1} = the need's themes, {2} = codes of the shared themes. */
    public static final String THEME_PARTIAL = "match.reason.theme.partial";

    // ------------------------------------------------------------------ assistanceType: share of the need's types offered

    /** Score 1. The offer gives every type the need asks for. {0} = number of types, {1} = their codes. */
    public static final String TYPE_ALL = "match.reason.assistanceType.all";
    /** Score matched/total. {0} = types offered, {1} = types asked for, {2} = codes of the types offered. */
    public static final String TYPE_PARTIAL = "match.reason.assistanceType.partial";
    /** Score 0. None of the types asked for is offered. {0} = types asked for, {1} = their codes. */
    public static final String TYPE_NONE = "match.reason.assistanceType.none";
    /** Score 0.5 (neutral). The need names no assistance type. No arguments. */
    public static final String TYPE_UNSPECIFIED = "match.reason.assistanceType.unspecified";

    // ------------------------------------------------------------------ lines: one reason per open line of the need
    // score of a line = min(open, available) / open; the component's score is the mean over the lines

    /** Score 1. "covers all 8 marking machines". {0} = open quantity, {1} = item code. */
    public static final String LINES_FULL = "match.reason.lines.full";
    /** Score covered/open. "covers 5 of 8 marking machines". {0} = covered, {1} = open quantity, {2} = item code. */
    public static final String LINES_PARTIAL = "match.reason.lines.partial";
    /** Score 0. "offers no marking machines (8 open)". {0} = open quantity, {1} = item code. */
    public static final String LINES_MISSING = "match.reason.lines.missing";
    /** Score 0.5 (neutral). The need has no open line (e.g. only advice asked for). No arguments. */
    public static final String LINES_NO_LINES = "match.reason.lines.noLines";

    // ------------------------------------------------------------------ budget: offer budget (converted) vs estimated cost

    /**
     * Score 1. "budget fits: 120,000 EUR for an estimated 80,000 EUR". {0} = the offer's budget in the
     * need's currency, {1} = the need's currency code, {2} = the need's estimated cost.
     */
    public static final String BUDGET_FITS = "match.reason.budget.fits";
    /**
     * Score budget/cost. "budget covers 40% of the estimated cost". {0} = percentage, {1} = the offer's
     * budget in the need's currency, {2} = the need's currency code, {3} = the need's estimated cost.
     */
    public static final String BUDGET_PARTIAL = "match.reason.budget.partial";
    /**
     * Score 0.5 (neutral). No exchange rate is known between the two currencies.
     * {0} = the offer's currency code, {1} = the need's currency code.
     */
    public static final String BUDGET_RATE_MISSING = "match.reason.budget.rateMissing";
    /** Score 0.5 (neutral). The need's estimated cost or the offer's budget is not stated. No arguments. */
    public static final String BUDGET_UNKNOWN = "match.reason.budget.unknown";

    // ------------------------------------------------------------------ period: share of the desired period the offer is valid
    // a need with only a start wants a year from then; with only an end, from today to that end

    /** Score 1. The need names no desired period: any time suits. No arguments. */
    public static final String PERIOD_ANYTIME = "match.reason.period.anytime";
    /** Score 1. The offer is valid during the whole desired period. No arguments. */
    public static final String PERIOD_FULL = "match.reason.period.full";
    /**
     * Score overlap/period. "valid during 60% of the desired period". {0} = percentage,
     * {1} = days of overlap ({@link Long}), {2} = days of the desired period ({@link Long}).
     */
    public static final String PERIOD_PARTIAL = "match.reason.period.partial";

    // ------------------------------------------------------------------ language: delivery languages vs the State's languages

    /**
     * Score 1. "Arabic delivery matches". {0} = the first shared language code (alphabetical),
     * {1} = all shared language codes.
     */
    public static final String LANGUAGE_MATCHES = "match.reason.language.matches";
    /** Score 0. No delivery language is a language of the State. {0} = the offer's delivery language codes. */
    public static final String LANGUAGE_MISMATCH = "match.reason.language.mismatch";
    /** Score 0.5 (neutral). The State's languages or the offer's delivery languages are not known. No arguments. */
    public static final String LANGUAGE_UNKNOWN = "match.reason.language.unknown";

    // ------------------------------------------------------------------ developing: priority to developing countries

    /** Score 1. "priority: developing country". No arguments. */
    public static final String DEVELOPING_YES = "match.reason.developing.yes";
    /** Score 0. The State is not a developing country. No arguments. */
    public static final String DEVELOPING_NO = "match.reason.developing.no";

    // ------------------------------------------------------------------ waiting: how long the need has waited

    /**
     * Score min(days, 365) / 365. "waiting for 200 days". {0} = days since publication ({@link Long};
     * 0 when not yet published or published in the future).
     */
    public static final String WAITING_DAYS = "match.reason.waiting.days";

    /** Days of waiting at which the waiting score reaches 1. */
    public static final int WAITING_SATURATION_DAYS = 365;

    // ------------------------------------------------------------------ exclusions (hard constraints), no arguments

    /** The offer is restricted to other States or subregions. */
    public static final String EXCLUDED_ELIGIBILITY = "match.excluded.eligibility";
    /** The offer is not valid today. */
    public static final String EXCLUDED_VALIDITY = "match.excluded.validity";
    /** The offer's validity does not overlap the need's desired period. */
    public static final String EXCLUDED_PERIOD = "match.excluded.period";
    /** Need and offer share no thematic area. */
    public static final String EXCLUDED_THEME = "match.excluded.theme";

    /** Every key above, for bundle tests. */
    public static final List<String> ALL_KEYS = List.of(
            THEME_ALL, THEME_PARTIAL,
            TYPE_ALL, TYPE_PARTIAL, TYPE_NONE, TYPE_UNSPECIFIED,
            LINES_FULL, LINES_PARTIAL, LINES_MISSING, LINES_NO_LINES,
            BUDGET_FITS, BUDGET_PARTIAL, BUDGET_RATE_MISSING, BUDGET_UNKNOWN,
            PERIOD_ANYTIME, PERIOD_FULL, PERIOD_PARTIAL,
            LANGUAGE_MATCHES, LANGUAGE_MISMATCH, LANGUAGE_UNKNOWN,
            DEVELOPING_YES, DEVELOPING_NO,
            WAITING_DAYS,
            EXCLUDED_ELIGIBILITY, EXCLUDED_VALIDITY, EXCLUDED_PERIOD, EXCLUDED_THEME);
}
