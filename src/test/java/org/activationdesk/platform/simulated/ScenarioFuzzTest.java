package org.activationdesk.platform.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.activationdesk.core.i18n.Language;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.MachineSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutation fuzzing of the built-in scenarios: whatever a trainer's editor does to a file, the loader either
 * returns a usable scenario or throws a {@link ScenarioException} that explains itself in both languages.
 * Seeded, so a failure reproduces; the seed and the mutated document are in the failure message.
 */
class ScenarioFuzzTest {

    private static final long SEED = 0x5CE4A210L;
    private static final int MUTATIONS_PER_SCENARIO = 2_000;
    private static final Pattern MISSING_KEY = Pattern.compile("![A-Za-z0-9_.]+!");
    private static final Pattern VALUE = Pattern.compile(":\\s*(\"[^\"]*\"|-?[0-9][0-9.eE+-]*|true|false|\\{|\\[)");
    private static final String[] REPLACEMENTS = {"null", "\"\"", "0", "-1", "1.5", "true", "{}", "[]", "[null]",
            "\"0xC004FC07\"", "2147483648", "1e400", "\"\\u0000\"", "\"ACTIVATED\"", "{\"en\": \"x\"}"};
    private static final String[] UNICODE = {"\u00e9", "\u65e5\u672c", "\uD83D\uDE00", "\u0000", "\u200B", "\uFEFF",
            "\u2028", "\\", "\\u", "\"", "'", "}", "]", ",", ":"};

    private final ScenarioLoader loader = new ScenarioLoader();
    private final Map<Language, Messages> messages = new EnumMap<>(Language.class);

    ScenarioFuzzTest() {
        for (Language language : Language.values()) {
            messages.put(language, Messages.of(language));
        }
    }

    static Stream<String> builtInIds() {
        return new ScenarioCatalog().builtInIds().stream();
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void mutatedScenarioLoadsOrFailsWithAnExplainedScenarioException(String id) throws Exception {
        byte[] original = Files.readAllBytes(Path.of("resources/scenarios", id + ".json"));
        long seed = SEED ^ id.hashCode();
        Random random = new Random(seed);
        int loaded = 0;
        int rejected = 0;
        for (int i = 0; i < MUTATIONS_PER_SCENARIO; i++) {
            byte[] mutated = original;
            int rounds = 1 + random.nextInt(3);
            StringBuilder applied = new StringBuilder();
            for (int r = 0; r < rounds; r++) {
                Mutation mutation = mutate(mutated, random);
                mutated = mutation.bytes;
                applied.append(mutation.name).append(' ');
            }
            String context = String.format("new Random(%d) scenario=%s mutation #%d (%s)%n%s", seed, id, i, applied,
                    new String(mutated, StandardCharsets.UTF_8));
            try {
                Scenario scenario = loader.parse(id, id + ".json", mutated);
                checkUsable(scenario, context);
                loaded++;
            } catch (ScenarioException e) {
                checkExplained(e, id + ".json", context);
                rejected++;
            } catch (Throwable other) {
                throw new AssertionError("not a ScenarioException: " + context, other);
            }
        }
        // The mutations must really damage files, or this test would prove nothing.
        assertThat(rejected).as("new Random(%d): rejected mutations of %s (loaded %d)", seed, id, loaded).isGreaterThan(MUTATIONS_PER_SCENARIO / 2);
        assertThat(loaded + rejected).isEqualTo(MUTATIONS_PER_SCENARIO);
    }

    private static void checkUsable(Scenario scenario, String context) {
        SimulatedLicensingService service = new SimulatedLicensingService(scenario,
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), Duration.ZERO);
        MachineSnapshot snapshot = service.snapshot();
        assertThat(snapshot.machine()).as(context).isNotNull();
        assertThat(snapshot.products()).as(context).doesNotContainNull();
        assertThat(scenario.title()).as(context).isNotNull();
        assertThat(scenario.summary()).as(context).isNotNull();
        assertThat(scenario.onlineActivationOutcome()).as(context).isNotNull();
    }

    private void checkExplained(ScenarioException e, String source, String context) {
        assertThat(e.source()).as(context).isEqualTo(source);
        assertThat(e.problem()).as(context).isNotNull();
        assertThat(e.line()).as(context).isNotNegative();
        for (Language language : Language.values()) {
            String text = e.describe(messages.get(language));
            assertThat(text).as("%s%n%s", language, context).isNotBlank().contains(source)
                    .doesNotContainPattern(MISSING_KEY);
        }
    }

    private record Mutation(String name, byte[] bytes) {
    }

    private static Mutation mutate(byte[] in, Random random) {
        if (in.length == 0) {
            return new Mutation("insert", utf8(UNICODE[random.nextInt(UNICODE.length)]));
        }
        int at = random.nextInt(in.length);
        int length = 1 + random.nextInt(Math.min(40, in.length - at));
        switch (random.nextInt(9)) {
            case 0:
                return new Mutation("delete", concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + length, in.length)));
            case 1:
                return new Mutation("duplicate", concat(Arrays.copyOf(in, at + length),
                        Arrays.copyOfRange(in, at, in.length)));
            case 2: {
                byte[] out = in.clone();
                out[at] = (byte) random.nextInt(256); // may break UTF-8 as well as JSON
                return new Mutation("flip", out);
            }
            case 3:
                return new Mutation("truncate", Arrays.copyOf(in, at));
            case 4:
                return new Mutation("swap", swapQuotesAndDigits(in, random));
            case 5:
                return new Mutation("unicode", concat(Arrays.copyOf(in, at),
                        utf8(UNICODE[random.nextInt(UNICODE.length)]), Arrays.copyOfRange(in, at, in.length)));
            case 6:
                return new Mutation("value", replaceValue(in, random));
            case 7: {
                byte[] out = in.clone();
                out[at] = (byte) ('0' + random.nextInt(10));
                return new Mutation("digit", out);
            }
            default: {
                // move a range elsewhere: reorders fields, splits objects
                byte[] range = Arrays.copyOfRange(in, at, at + length);
                byte[] rest = concat(Arrays.copyOf(in, at), Arrays.copyOfRange(in, at + length, in.length));
                int to = random.nextInt(rest.length + 1);
                return new Mutation("move", concat(Arrays.copyOf(rest, to), range, Arrays.copyOfRange(rest, to, rest.length)));
            }
        }
    }

    /** Swaps one quote for a digit or the other way round, or one digit for another. */
    private static byte[] swapQuotesAndDigits(byte[] in, Random random) {
        byte[] out = in.clone();
        for (int tries = 0; tries < 50; tries++) {
            int at = random.nextInt(out.length);
            if (out[at] == '"') {
                out[at] = (byte) ('0' + random.nextInt(10));
                return out;
            }
            if (out[at] >= '0' && out[at] <= '9') {
                out[at] = random.nextBoolean() ? (byte) '"' : (byte) ('0' + random.nextInt(10));
                return out;
            }
        }
        return out;
    }

    /** Replaces the start of one field's value with a value of another kind (null, a list, a number...). */
    private static byte[] replaceValue(byte[] in, Random random) {
        String text = new String(in, StandardCharsets.UTF_8);
        Matcher matcher = VALUE.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        if (count == 0) {
            return in;
        }
        int pick = random.nextInt(count);
        matcher.reset();
        for (int i = 0; i <= pick; i++) {
            matcher.find();
        }
        String value = matcher.group(1);
        String replacement = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
        // a scalar is replaced whole, an object or list with everything up to its closing bracket
        int end = value.equals("{") || value.equals("[") ? closingBracket(text, matcher.start(1)) + 1 : matcher.end(1);
        return utf8(text.substring(0, matcher.start(1)) + replacement + text.substring(end));
    }

    /** The index of the bracket that closes the one at {@code open}, skipping strings; the last index if none. */
    private static int closingBracket(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
