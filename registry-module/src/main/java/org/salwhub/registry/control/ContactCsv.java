package org.salwhub.registry.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.salwhub.registry.api.directory.DirectoryImportFacade;
import org.salwhub.registry.api.directory.RoleType;
import org.salwhub.registry.api.directory.Sex;
import org.salwhub.registry.api.kernel.ValidationException;

/**
 * Reads the CSV file of a contact import into rows of cells by column name, and reads the cells that are
 * not plain text (sex, languages, role, dates). Knows nothing of the database. A file that cannot be read
 * is refused with a {@link ValidationException} on the field {@code file} whose code says why.
 */
public final class ContactCsv {

    /**
     * One data row: its line in the file (the header is line 1), its cells by column name (trimmed), and how
     * many values it has under no column name.
     */
    public record Row(int line, Map<String, String> cells, int extraValues) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** The rows of a file, and the columns its header named (in the file's order). */
    public record Table(List<String> columns, List<Row> rows) {
    }

    /** Other names people give the columns; the key is the header normalised by {@link #columnName}. */
    private static final Map<String, String> COLUMN_ALIASES = Map.ofEntries(
            Map.entry("country", "state"), Map.entry("iso2", "state"), Map.entry("state_code", "state"),
            Map.entry("title", "honorific"),
            Map.entry("first_name", "given_name"), Map.entry("given_names", "given_name"),
            Map.entry("last_name", "family_name"), Map.entry("surname", "family_name"),
            Map.entry("gender", "sex"), Map.entry("language", "languages"),
            Map.entry("e_mail", "email"), Map.entry("mail", "email"), Map.entry("telephone", "phone"),
            Map.entry("position_title", "position"), Map.entry("role_type", "role"),
            Map.entry("from", "valid_from"), Map.entry("start_date", "valid_from"));

    /** Friendly names of the roles; the key is normalised by {@link #words}. */
    private static final Map<String, RoleType> ROLE_ALIASES = Map.ofEntries(
            Map.entry("poa", RoleType.POA_NPC), Map.entry("poa npc", RoleType.POA_NPC),
            Map.entry("poa contact", RoleType.POA_NPC), Map.entry("poa point of contact", RoleType.POA_NPC),
            Map.entry("poa national point of contact", RoleType.POA_NPC),
            Map.entry("programme of action", RoleType.POA_NPC), Map.entry("national point of contact", RoleType.POA_NPC),
            Map.entry("iti tracing", RoleType.ITI_TRACING), Map.entry("tracing", RoleType.ITI_TRACING),
            Map.entry("iti", RoleType.ITI_GENERAL), Map.entry("iti general", RoleType.ITI_GENERAL),
            Map.entry("firearms protocol", RoleType.FIREARMS_PROTOCOL), Map.entry("firearms", RoleType.FIREARMS_PROTOCOL),
            Map.entry("att", RoleType.ATT_NPC), Map.entry("att npc", RoleType.ATT_NPC),
            Map.entry("arms trade treaty", RoleType.ATT_NPC),
            Map.entry("commission head", RoleType.COMMISSION_HEAD), Map.entry("head of commission", RoleType.COMMISSION_HEAD),
            Map.entry("head of the commission", RoleType.COMMISSION_HEAD), Map.entry("chair", RoleType.COMMISSION_HEAD),
            Map.entry("commission secretary", RoleType.COMMISSION_SECRETARY),
            Map.entry("secretary of the commission", RoleType.COMMISSION_SECRETARY),
            Map.entry("secretary", RoleType.COMMISSION_SECRETARY),
            Map.entry("regional liaison", RoleType.REGIONAL_LIAISON), Map.entry("liaison", RoleType.REGIONAL_LIAISON));

    private static final Map<String, Sex> SEXES = Map.of("f", Sex.FEMALE, "female", Sex.FEMALE, "m", Sex.MALE,
            "male", Sex.MALE, "undisclosed", Sex.UNDISCLOSED, "u", Sex.UNDISCLOSED);

    private static final Pattern LANGUAGE_SEPARATORS = Pattern.compile("[\\s|,;/]+");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ContactCsv() {
    }

    /** Reads a whole file; refuses one that is too large, not UTF-8 text, not CSV or without the columns. */
    public static Table read(byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new ValidationException("file", "import.empty");
        }
        if (csv.length > DirectoryImportFacade.MAX_BYTES) {
            throw new ValidationException("file", "import.tooLarge", DirectoryImportFacade.MAX_BYTES / (1024 * 1024));
        }
        String text = decode(csv);
        if (text.isBlank()) {
            throw new ValidationException("file", "import.empty");
        }
        int firstLine = 1;
        Character declared = null;
        // Excel's "sep=;" line
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4 && text.charAt(4) != '\n'
                && text.charAt(4) != '\r') {
            declared = text.charAt(4);
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            firstLine = 2;
        }
        char delimiter = declared != null ? declared : delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        int line = firstLine - 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new ValidationException("file", "import.malformed", line + 1);
                }
                line = firstLine - 1 + (int) record.getRecordNumber();
                if (blank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (rows.size() == DirectoryImportFacade.MAX_ROWS) {
                    throw new ValidationException("file", "import.tooManyRows", DirectoryImportFacade.MAX_ROWS);
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    if (!columns.get(i).isEmpty()) {
                        cells.put(columns.get(i), i < record.size() ? record.get(i).strip() : "");
                    }
                }
                // values under no column name: beyond the header, or under an unnamed column
                int extra = 0;
                for (int i = 0; i < record.size(); i++) {
                    boolean named = i < columns.size() && !columns.get(i).isEmpty();
                    extra += named || record.get(i).isBlank() ? 0 : 1;
                }
                rows.add(new Row(line, cells, extra));
            }
        } catch (IOException e) {
            throw new ValidationException("file", "import.malformed", line + 1);
        }
        if (columns == null) {
            throw new ValidationException("file", "import.empty");
        }
        if (rows.isEmpty()) {
            throw new ValidationException("file", "import.noRows");
        }
        return new Table(columns.stream().filter(c -> !c.isEmpty()).toList(), rows);
    }

    /** UTF-8, with or without a byte order mark; anything else is refused. */
    static String decode(byte[] csv) {
        if (csv.length >= 2 && ((csv[0] == (byte) 0xFF && csv[1] == (byte) 0xFE)
                || (csv[0] == (byte) 0xFE && csv[1] == (byte) 0xFF))) {
            throw new ValidationException("file", "import.encoding"); // UTF-16, as Excel's "Unicode text"
        }
        // a spreadsheet, a PDF or a picture rather than text: text has no NUL bytes
        for (byte b : csv) {
            if (b == 0) {
                throw new ValidationException("file", "import.notCsv");
            }
        }
        if (startsWith(csv, "%PDF") || startsWith(csv, "PK\u0003\u0004")) {
            throw new ValidationException("file", "import.notCsv");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            throw new ValidationException("file", "import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
            throw new ValidationException("file", "import.notCsv");
        }
        return text;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] start = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < start.length) {
            return false;
        }
        for (int i = 0; i < start.length; i++) {
            if (bytes[i] != start[i]) {
                return false;
            }
        }
        return true;
    }

    /** Comma, unless the first line has more semicolons than commas outside quotes. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> header(CSVRecord record) {
        List<String> columns = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        for (String cell : record) {
            String name = columnName(cell);
            if (name.isEmpty()) {
                // an unnamed column, as spreadsheets leave after the last one: ignored
            } else if (!DirectoryImportFacade.COLUMNS.contains(name)) {
                unknown.add(cell.strip());
            } else if (columns.contains(name)) {
                duplicates.add(name);
            }
            columns.add(name);
        }
        if (columns.stream().noneMatch(DirectoryImportFacade.COLUMNS::contains)) {
            throw new ValidationException("file", "import.noHeader", String.join(", ", DirectoryImportFacade.COLUMNS));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("file", "import.unknownColumns", String.join(", ", unknown),
                    String.join(", ", DirectoryImportFacade.COLUMNS));
        }
        if (!duplicates.isEmpty()) {
            throw new ValidationException("file", "import.duplicateColumns", String.join(", ", duplicates));
        }
        List<String> missing = DirectoryImportFacade.REQUIRED_COLUMNS.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException("file", "import.missingColumns", String.join(", ", missing));
        }
        return List.copyOf(columns);
    }

    /** A header cell as a column name: lower case, words joined by "_", aliases resolved. */
    public static String columnName(String header) {
        String name = header == null ? "" : header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-.]+", "_").replaceAll("^_+|_+$", "");
        return COLUMN_ALIASES.getOrDefault(name, name);
    }

    private static boolean blank(CSVRecord record) {
        for (String value : record) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ cells

    /** F, M, female, male or undisclosed in any case; null when it is none of them. */
    public static Sex sex(String value) {
        return value == null ? null : SEXES.get(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Language codes separated by spaces or "|" (commas too), in lower case, without repeats. */
    public static List<String> languages(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String code : LANGUAGE_SEPARATORS.split(value.strip())) {
            if (!code.isEmpty()) {
                codes.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(codes);
    }

    /** A role by its name ({@code ITI_TRACING}, {@code iti tracing}) or a friendly name ({@code PoA}); else null. */
    public static RoleType role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String words = words(value);
        for (RoleType type : RoleType.values()) {
            if (words(type.name()).equals(words)) {
                return type;
            }
        }
        return ROLE_ALIASES.get(words);
    }

    /** A date written YYYY-MM-DD; null when it is not one. */
    public static LocalDate date(String value) {
        if (value == null || !ISO_DATE.matcher(value.strip()).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String words(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.:/]+", " ").trim();
    }
}
