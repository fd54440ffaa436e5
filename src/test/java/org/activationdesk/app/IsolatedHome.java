package org.activationdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points Activation Desk's own folder (the action journal) at a fresh temporary folder for a test class, and puts
 * the previous setting back afterwards, so tests never write into the user's real folder.
 */
public final class IsolatedHome implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(IsolatedHome.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path home = Files.createTempDirectory("activation-desk-home");
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put("previous", System.getProperty(AppPaths.HOME_PROPERTY, ""));
        store.put("home", home);
        System.setProperty(AppPaths.HOME_PROPERTY, home.toString());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        String previous = store.get("previous", String.class);
        if (previous.isEmpty()) {
            System.clearProperty(AppPaths.HOME_PROPERTY);
        } else {
            System.setProperty(AppPaths.HOME_PROPERTY, previous);
        }
        try (Stream<Path> files = Files.walk(store.get("home", Path.class))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
