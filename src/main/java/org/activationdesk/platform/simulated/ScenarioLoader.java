package org.activationdesk.platform.simulated;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.activationdesk.platform.simulated.ScenarioException.Problem;

/**
 * Reads scenario files strictly: unknown fields, duplicate fields, wrong types, missing fields, bad
 * values and oversize files are all errors naming the file, the line and the field.
 */
public final class ScenarioLoader {

    /** Scenario files are small hand-written documents; anything larger is a mistake or not a scenario. */
    public static final int MAX_BYTES = 256 * 1024;

    private final ObjectMapper mapper;

    public ScenarioLoader() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        ObjectMapper built = builder.build();
        // "1" is not a number and 1 is not a text: an author who quotes a number made a mistake worth showing.
        built.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        built.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        built.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        built.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        this.mapper = built;
    }

    public Scenario load(Path file) throws ScenarioException {
        String source = file.toString();
        String id = idFromFileName(file.getFileName() == null ? source : file.getFileName().toString());
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new ScenarioException(source, Problem.NOT_FOUND, 0, "", "");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(source, Problem.TOO_LARGE, 0, "", Files.size(file) + " > " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ScenarioException(source, Problem.UNREADABLE, 0, "", e.getClass().getSimpleName());
        }
        return parse(id, source, bytes);
    }

    /** Reads a scenario from a stream (the built-in ones come from the class path). */
    public Scenario load(String id, String source, InputStream in) throws ScenarioException {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(source, Problem.TOO_LARGE, 0, "", "> " + MAX_BYTES + " bytes");
            }
            return parse(id, source, bytes);
        } catch (IOException e) {
            throw new ScenarioException(source, Problem.UNREADABLE, 0, "", e.getClass().getSimpleName());
        }
    }

    Scenario parse(String id, String source, byte[] bytes) throws ScenarioException {
        try {
            ScenarioFile file = mapper.readValue(bytes, ScenarioFile.class);
            if (file == null) {
                throw new ScenarioException(source, Problem.SYNTAX, 1, "", "empty document");
            }
            return Scenario.from(id, source, file);
        } catch (JsonProcessingException e) {
            throw translate(source, e, bytes);
        } catch (IOException e) {
            throw new ScenarioException(source, Problem.UNREADABLE, 0, "", e.getClass().getSimpleName());
        }
    }

    static String idFromFileName(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    private ScenarioException translate(String source, JsonProcessingException e, byte[] bytes) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        String field = e instanceof JsonMappingException mapping ? fieldPath(mapping) : "";
        if (e instanceof UnrecognizedPropertyException unknown) {
            // Records are built through their constructor, so Jackson holds unknown fields back and reports them
            // where the object ends; point at the field itself.
            return new ScenarioException(source, Problem.UNKNOWN_FIELD, lineOfField(bytes, field, line), field,
                    unknown.getPropertyName());
        }
        if (e instanceof ValueInstantiationException invalid) {
            Throwable cause = invalid.getCause() == null ? invalid : invalid.getCause();
            String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            // Checked when the whole object is built, so Jackson points at its end; its start is easier to find.
            return new ScenarioException(source, Problem.BAD_VALUE, lineOfField(bytes, field, line), field, detail);
        }
        String message = String.valueOf(e.getOriginalMessage());
        // A parser error inside an object arrives wrapped in a JsonMappingException (which adds the path).
        if (message.startsWith("Duplicate field")) {
            String duplicate = message.replaceAll("(?s)[^']*'([^']+)'.*", "$1");
            return new ScenarioException(source, Problem.DUPLICATE_FIELD, line, child(field, duplicate), duplicate);
        }
        if (e instanceof MismatchedInputException && message.startsWith("No content to map")) {
            return new ScenarioException(source, Problem.SYNTAX, Math.max(line, 1), "", "empty document");
        }
        if (e instanceof MismatchedInputException && message.startsWith("Trailing token")) {
            return new ScenarioException(source, Problem.SYNTAX, line, "", "text after the end of the document");
        }
        if (e instanceof InvalidFormatException invalid && message.startsWith("Cannot coerce")) {
            // 1.5 for a whole number, 5 for a text: the type is wrong, not the value
            String expected = invalid.getTargetType() == null ? "" : simpleType(invalid.getTargetType());
            return new ScenarioException(source, Problem.WRONG_TYPE, line, field, expected);
        }
        if (e instanceof InvalidFormatException invalid) {
            return new ScenarioException(source, Problem.BAD_VALUE, line, field, String.valueOf(invalid.getValue()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            if (message.startsWith("Missing required creator property")) {
                String missing = message.replaceAll(".*'([^']+)'.*", "$1");
                // Jackson's path may already end at the missing property; name it once, not "osName.osName"
                boolean named = field.equals(missing) || field.endsWith("." + missing);
                String missingPath = named ? field : child(field, missing);
                String objectPath = missingPath.contains(".") ? missingPath.substring(0, missingPath.lastIndexOf('.')) : "";
                // Jackson checks required fields before unknown ones; a misspelt field is usually why one is
                // missing, so name the misspelling first.
                Optional<String> unknown = unknownFieldIn(bytes, objectPath, recordTypeAt(objectPath));
                if (unknown.isPresent()) {
                    String unknownPath = child(objectPath, unknown.get());
                    return new ScenarioException(source, Problem.UNKNOWN_FIELD, lineOfField(bytes, unknownPath, line),
                            unknownPath, unknown.get());
                }
                return new ScenarioException(source, Problem.MISSING_FIELD, line, missingPath, "");
            }
            String expected = mismatched.getTargetType() == null ? "" : simpleType(mismatched.getTargetType());
            return new ScenarioException(source, Problem.WRONG_TYPE, line, field, expected);
        }
        int firstLine = message.indexOf('\n');
        return new ScenarioException(source, Problem.SYNTAX, line, field,
                firstLine < 0 ? message : message.substring(0, firstLine));
    }

    /** The line where the field or list element with this path starts, or {@code otherwise} when the document does not show it. */
    private int lineOfField(byte[] bytes, String path, int otherwise) {
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonStreamContext context = parser.getParsingContext();
                String here = null;
                if (token == JsonToken.FIELD_NAME) {
                    here = path(context);
                } else if (token.isStructStart() && context.getParent() != null && context.getParent().inArray()) {
                    here = path(context.getParent()); // an object or list inside a list: products[0]
                } else if (token.isScalarValue() && context.inArray()) {
                    here = path(context);
                }
                if (path.equals(here)) {
                    return parser.currentTokenLocation().getLineNr();
                }
            }
        } catch (IOException | RuntimeException e) {
            // the document failed already; keep the line Jackson gave
        }
        return otherwise;
    }

    /** The scenario record type that the object at {@code products[0].kmsClient}-style paths is read into. */
    static Class<?> recordTypeAt(String objectPath) {
        Class<?> type = ScenarioFile.class;
        if (objectPath.isEmpty()) {
            return type;
        }
        for (String segment : objectPath.split("\\.")) {
            String name = segment.replaceAll("\\[\\d+]", "");
            RecordComponent component = Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst().orElse(null);
            if (component == null) {
                return null;
            }
            type = component.getType();
            if (List.class.isAssignableFrom(type) && component.getGenericType() instanceof ParameterizedType list) {
                type = (Class<?>) list.getActualTypeArguments()[0];
            }
            if (!type.isRecord()) {
                return null;
            }
        }
        return type;
    }

    /** The first field of the object at {@code objectPath} that the record type has no component for. */
    private Optional<String> unknownFieldIn(byte[] bytes, String objectPath, Class<?> recordType) {
        if (recordType == null || !recordType.isRecord()) {
            return Optional.empty();
        }
        Set<String> known = Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        try (JsonParser parser = mapper.getFactory().createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && !known.contains(parser.currentName())
                        && objectPath.equals(path(parser.getParsingContext().getParent()))) {
                    return Optional.of(parser.currentName());
                }
            }
        } catch (IOException | RuntimeException e) {
            // the document failed already; report what Jackson found
        }
        return Optional.empty();
    }

    /** {@code products[0].licenseStatus} from the parser's position. */
    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String parent = path(context.getParent());
        if (context.inArray()) {
            return parent + "[" + context.getCurrentIndex() + "]";
        }
        return child(parent, String.valueOf(context.getCurrentName()));
    }

    private static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code products[0].licenseStatus} from Jackson's reference chain. */
    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What the author should have written, in words a non-programmer reads. */
    private static String simpleType(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true/false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isEnum()) {
            return String.join("|", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        if (List.class.isAssignableFrom(type)) {
            return "list [...]";
        }
        return "object {...}";
    }
}
