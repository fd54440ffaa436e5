package org.activationdesk.platform.simulated;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationdesk.core.port.PracticeScenario;
import org.activationdesk.platform.simulated.ScenarioException.Problem;

/**
 * The built-in practice scenarios in {@code resources/scenarios/}, listed in {@code index.txt} (class
 * path folders cannot be listed inside a jar), plus any scenario file a trainer points to.
 */
public final class ScenarioCatalog {

    private static final String FOLDER = "/scenarios/";

    private final ScenarioLoader loader = new ScenarioLoader();
    private final List<String> builtInIds;

    public ScenarioCatalog() {
        this.builtInIds = readIndex();
    }

    /** The scenario shown when nobody chose one: a healthy machine, so a first look is not alarming. */
    public String defaultId() {
        return builtInIds.get(0);
    }

    public List<String> builtInIds() {
        return builtInIds;
    }

    public List<Scenario> loadAllBuiltIn() throws ScenarioException {
        List<Scenario> all = new ArrayList<>();
        for (String id : builtInIds) {
            all.add(load(id));
        }
        return all;
    }

    /** The built-in scenarios as menus and the {@code scenarios} command name them. */
    public List<PracticeScenario> describeAllBuiltIn() throws ScenarioException {
        return loadAllBuiltIn().stream().map(Scenario::describe).toList();
    }

    /**
     * Loads a built-in scenario by name, or a scenario file by path. A name that is neither says which
     * names exist.
     */
    public Scenario load(String nameOrPath) throws ScenarioException {
        if (builtInIds.contains(nameOrPath)) {
            String resource = FOLDER + nameOrPath + ".json";
            try (InputStream in = ScenarioCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ScenarioException(resource, Problem.NOT_FOUND, 0, "", "");
                }
                return loader.load(nameOrPath, resource, in);
            } catch (IOException e) {
                throw new ScenarioException(resource, Problem.UNREADABLE, 0, "", e.getClass().getSimpleName());
            }
        }
        if (nameOrPath.endsWith(".json") || nameOrPath.contains("/") || nameOrPath.contains("\\")) {
            return loader.load(Path.of(nameOrPath));
        }
        throw new ScenarioException(nameOrPath, Problem.NOT_FOUND, 0, "", String.join(", ", builtInIds));
    }

    private static List<String> readIndex() {
        try (InputStream in = ScenarioCatalog.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("scenario index missing from the class path");
            }
            List<String> ids = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
            if (ids.isEmpty()) {
                throw new IllegalStateException("scenario index lists no scenario");
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
