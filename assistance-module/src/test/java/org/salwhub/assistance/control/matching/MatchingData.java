package org.salwhub.assistance.control.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random but realistic needs and offers for the equivalence tests and the benchmark: the 22
 * thematic areas and 7 assistance types with skewed popularity, 8 equipment/training codes, 40 States in
 * 8 subregions, budgets in EUR/USD/GBP/CHF. Deterministic for a seed.
 */
public final class MatchingData {

    public static final List<String> THEMES = List.of("marking", "record-keeping", "stockpile-security",
            "tracing", "destruction", "border-control", "legislation", "ammunition", "weapons-collection",
            "ddr-cvr", "national-coordination", "data-sdg-16-4-2", "transfer-controls", "gender", "awareness",
            "deactivation", "illicit-brokering", "investigation", "information-exchange", "new-technologies",
            "ssr", "private-security");
    public static final List<String> TYPES = List.of("equipment", "training", "expert-advice", "capacity-building",
            "financial", "legislative", "technology-transfer");
    public static final List<String> ITEMS = List.of("marking-machine", "laser-engraver", "record-keeping-software",
            "computers", "digital-imaging", "storage-security", "destruction-equipment", "training-course");
    public static final List<String> SUBREGIONS = List.of("014", "017", "011", "015", "018", "145", "029", "013");
    public static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF");

    /** One euro buys 1.08 USD, 0.86 GBP, 0.95 CHF; any other currency has no rate. */
    public static final ExchangeRates RATES = ExchangeRates.viaBase("EUR", Map.of(
            "USD", new BigDecimal("1.08"), "GBP", new BigDecimal("0.86"), "CHF", new BigDecimal("0.95")));

    public record State(UUID id, String subregion, Set<String> languages, boolean developing) {
    }

    public record Dataset(List<State> states, List<NeedProfile> needs, List<OfferProfile> offers) {
    }

    private final Random random;
    private final LocalDate today;
    private final List<State> states = new ArrayList<>();
    /** Also produce the rare odd cases the engine must handle (no rate, no languages, clones, no themes). */
    private final boolean oddities;

    public MatchingData(long seed, LocalDate today, boolean oddities) {
        this.random = new Random(seed);
        this.today = today;
        this.oddities = oddities;
        String[][] languagesBySubregion = {{"en", "sw"}, {"fr"}, {"fr", "en"}, {"ar", "fr"}, {"en", "pt"},
                {"ar"}, {"en", "es"}, {"es"}};
        for (int s = 0; s < 40; s++) {
            int sub = s % SUBREGIONS.size();
            Set<String> languages = new HashSet<>();
            String[] choices = languagesBySubregion[sub];
            languages.add(choices[random.nextInt(choices.length)]);
            if (random.nextInt(4) == 0) {
                languages.add(choices[random.nextInt(choices.length)]);
            }
            if (oddities && random.nextInt(20) == 0) {
                languages.clear();
            }
            states.add(new State(uuid(), SUBREGIONS.get(sub), languages, random.nextInt(100) < 85));
        }
    }

    public Dataset generate(int needCount, int offerCount) {
        List<NeedProfile> needs = new ArrayList<>(needCount);
        for (int i = 0; i < needCount; i++) {
            needs.add(need());
        }
        List<OfferProfile> offers = new ArrayList<>(offerCount);
        for (int i = 0; i < offerCount; i++) {
            if (oddities && i > 0 && random.nextInt(20) == 0) {
                OfferProfile o = offers.get(random.nextInt(offers.size())); // same profile: a tie to break
                offers.add(new OfferProfile(uuid(), o.organisationId(), o.themes(), o.assistanceTypes(),
                        o.availableLines(), o.budget(), o.validFrom(), o.validTo(), o.deliveryLanguages(),
                        o.eligibleStates(), o.eligibleSubregions()));
            } else {
                offers.add(offer());
            }
        }
        return new Dataset(List.copyOf(states), needs, offers);
    }

    private NeedProfile need() {
        State state = states.get(random.nextInt(states.size()));
        int themeCount = pick(50, 35, 15) + 1;
        Set<String> themes = skewed(THEMES, themeCount);
        if (oddities && random.nextInt(100) == 0) {
            themes = Set.of();
        }
        Set<String> types = skewed(TYPES, pick(60, 40) + 1);
        if (oddities && random.nextInt(25) == 0) {
            types = Set.of();
        }
        List<LineItem> lines = new ArrayList<>();
        int lineCount = pick(20, 45, 25, 10);
        for (int j = 0; j < lineCount; j++) {
            String item = ITEMS.get(skewedIndex(ITEMS.size()));
            lines.add(new LineItem(item, item.equals("training-course") ? 1 + random.nextInt(5) : 1 + random.nextInt(20)));
        }
        if (oddities && random.nextInt(20) == 0) {
            lines.add(new LineItem(lines.isEmpty() ? "computers" : lines.get(0).itemCode(), 2)); // same code twice
            lines.add(new LineItem("unknown-item", 3));
        }
        String currency = weighted(CURRENCIES, 40, 45, 5, 10);
        if (oddities && random.nextInt(30) == 0) {
            currency = "XOF"; // no exchange rate
        }
        Money cost = random.nextInt(20) == 0 ? null : new Money(logNormal(150_000), currency);
        LocalDate from = null;
        LocalDate to = null;
        int period = random.nextInt(10);
        if (period < 8) {
            from = today.plusDays(random.nextInt(425) - 60);
            to = from.plusDays(90 + random.nextInt(640));
        } else if (period == 8) {
            if (random.nextBoolean()) {
                from = today.plusDays(random.nextInt(200));
            } else {
                to = today.plusDays(30 + random.nextInt(600));
            }
        }
        LocalDate published = today.minusDays(random.nextInt(900));
        if (oddities && random.nextInt(50) == 0) {
            published = null;
        }
        return new NeedProfile(uuid(), state.id(), state.subregion(), state.developing(), state.languages(), themes,
                types, lines, cost, from, to, published);
    }

    private OfferProfile offer() {
        Set<String> themes = skewed(THEMES, 2 + random.nextInt(4));
        Set<String> types = skewed(TYPES, 1 + random.nextInt(3));
        List<LineItem> lines = new ArrayList<>();
        int lineCount = pick(25, 35, 20, 12, 8);
        for (int j = 0; j < lineCount; j++) {
            lines.add(new LineItem(ITEMS.get(skewedIndex(ITEMS.size())), 1 + random.nextInt(30)));
        }
        Money budget = random.nextInt(20) == 0 ? null
                : new Money(logNormal(800_000), weighted(CURRENCIES, 40, 30, 15, 15));
        LocalDate from = today.minusDays(random.nextInt(720));
        LocalDate to = from.plusDays(180 + random.nextInt(1280));
        if (random.nextInt(15) == 0) {
            from = oddities && random.nextBoolean() ? null : from;
            to = null;
        }
        Set<String> languages = new HashSet<>();
        languages.add(weighted(List.of("en", "fr", "ar", "es", "pt"), 55, 20, 12, 8, 5));
        if (random.nextInt(3) == 0) {
            languages.add(weighted(List.of("en", "fr", "ar", "es", "pt"), 30, 30, 20, 10, 10));
        }
        if (oddities && random.nextInt(25) == 0) {
            languages.clear();
        }
        Set<UUID> eligibleStates = new HashSet<>();
        Set<String> eligibleSubregions = new HashSet<>();
        int eligibility = random.nextInt(100);
        if (eligibility >= 60 && eligibility < 85) {
            eligibleSubregions.add(SUBREGIONS.get(random.nextInt(SUBREGIONS.size())));
            if (random.nextBoolean()) {
                eligibleSubregions.add(SUBREGIONS.get(random.nextInt(SUBREGIONS.size())));
            }
        } else if (eligibility >= 85) {
            int count = 3 + random.nextInt(8);
            for (int j = 0; j < count; j++) {
                eligibleStates.add(states.get(random.nextInt(states.size())).id());
            }
        }
        return new OfferProfile(uuid(), uuid(), themes, types, lines, budget, from, to, languages, eligibleStates,
                eligibleSubregions);
    }

    // ------------------------------------------------------------------ distributions

    private UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** 0..weights.length-1 with the given relative weights. */
    private int pick(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T weighted(List<T> values, int... weights) {
        return values.get(pick(weights));
    }

    /** Lower indices more popular (roughly Zipf). */
    private int skewedIndex(int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) Math.floor(n * u * u));
    }

    private Set<String> skewed(List<String> values, int count) {
        Set<String> result = new HashSet<>();
        while (result.size() < Math.min(count, values.size())) {
            result.add(values.get(skewedIndex(values.size())));
        }
        return result;
    }

    private BigDecimal logNormal(double median) {
        double value = median * Math.exp(random.nextGaussian() * 0.9);
        return BigDecimal.valueOf(value).setScale(-3, RoundingMode.HALF_UP).max(BigDecimal.valueOf(1000)).setScale(0);
    }
}
