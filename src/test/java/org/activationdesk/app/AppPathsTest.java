package org.activationdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the journal goes, on Windows and elsewhere, whatever system the test runs on. */
class AppPathsTest {

    private static final String LOCAL_APP_DATA = "C:\\Users\\helpdesk\\AppData\\Local";
    private static final String USER_HOME = "/home/helpdesk";

    @Test
    void onWindowsTheFolderIsInLocalAppData() {
        assertThat(AppPaths.home(null, true, LOCAL_APP_DATA, USER_HOME))
                .isEqualTo(Path.of(LOCAL_APP_DATA, "ActivationDesk"));
    }

    @Test
    void onWindowsWithoutLocalAppDataAndElsewhereItIsInTheHomeFolder() {
        Path dotFolder = Path.of(USER_HOME, ".activation-desk");
        assertThat(AppPaths.home(null, true, null, USER_HOME)).isEqualTo(dotFolder);
        assertThat(AppPaths.home("", true, " ", USER_HOME)).isEqualTo(dotFolder);
        assertThat(AppPaths.home(null, false, LOCAL_APP_DATA, USER_HOME)).isEqualTo(dotFolder);
    }

    @Test
    void theConfiguredFolderWinsEverywhere() {
        for (boolean windows : new boolean[] {true, false}) {
            assertThat(AppPaths.home("D:\\portable\\desk", windows, LOCAL_APP_DATA, USER_HOME))
                    .isEqualTo(Path.of("D:\\portable\\desk"));
        }
    }
}
