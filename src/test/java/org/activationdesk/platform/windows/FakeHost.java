package org.activationdesk.platform.windows;

import java.nio.file.Path;
import java.util.Optional;

/** A {@link WindowsHost} with settable answers. */
final class FakeHost implements WindowsHost {

    boolean elevated = true;
    String editionId = "ServerStandard";
    Path systemDirectory = Path.of("C:\\Windows\\System32");

    @Override
    public boolean elevated() {
        return elevated;
    }

    @Override
    public Optional<String> editionId() {
        return Optional.ofNullable(editionId);
    }

    @Override
    public Path systemDirectory() {
        return systemDirectory;
    }
}
