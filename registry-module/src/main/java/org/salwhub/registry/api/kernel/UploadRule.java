package org.salwhub.registry.api.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an uploaded file must be to be stored: not empty, at most {@code maxBytes}, and of one of {@code types}
 * (of {@link FileBytes}) as its first bytes show. Each module names the message keys of its refusals; the size limit
 * is given to {@code tooLargeCode} in megabytes.
 */
public record UploadRule(long maxBytes, List<String> types, String emptyCode, String tooLargeCode,
                         String typeCode) {

    private static final long MEGABYTE = 1024 * 1024;
    private static final int PLAIN_NAME_LENGTH = 150;

    public UploadRule {
        types = List.copyOf(types);
    }

    /**
     * The refusals of a file whose type the sender declared: empty, too large, or a type not allowed or whose first
     * bytes are not that type's. At most one; none when the file may be stored.
     */
    public List<FieldError> check(String field, String declaredType, byte[] content) {
        List<FieldError> errors = new ArrayList<>();
        FieldError size = sizeError(field, content);
        if (size != null) {
            errors.add(size);
        } else {
            String type = FileBytes.normalisedType(declaredType);
            if (!types.contains(type) || !FileBytes.isOfType(content, type)) {
                errors.add(FieldError.of(field, typeCode));
            }
        }
        return errors;
    }

    /**
     * The type of a file as its first bytes show, whatever was declared: the first of {@code types} it begins with.
     *
     * @throws ValidationException when it is empty, too large or of none of the types
     */
    public String recognise(String field, byte[] content) {
        FieldError size = sizeError(field, content);
        if (size != null) {
            throw new ValidationException(List.of(size));
        }
        return types.stream().filter(type -> FileBytes.isOfType(content, type)).findFirst()
                .orElseThrow(() -> new ValidationException(field, typeCode));
    }

    private FieldError sizeError(String field, byte[] content) {
        if (content == null || content.length == 0) {
            return FieldError.of(field, emptyCode);
        }
        if (content.length > maxBytes) {
            return FieldError.of(field, tooLargeCode, maxBytes / MEGABYTE);
        }
        return null;
    }

    /**
     * A plain file name: no path, letters, digits, blanks and {@code ._()-} only, {@code fallback} before a name
     * that is empty or starts with a dot, at most 150 characters, ending in {@code extension}.
     */
    public static String plainName(String name, String extension, String fallback) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            base = fallback + base;
        }
        if (base.length() > PLAIN_NAME_LENGTH) {
            base = base.substring(0, PLAIN_NAME_LENGTH);
        }
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }
}
