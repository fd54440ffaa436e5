package org.activationdesk.core.diagnose;

import java.util.List;

/**
 * Receives results as checks finish, one at a time and never concurrently. After a run is cancelled it hears
 * nothing more.
 */
@FunctionalInterface
public interface DiagnosticsListener {

    void onResult(CheckResult result);

    /** Once, after the last result, with every result in check order. */
    default void onFinished(List<CheckResult> results) {
    }
}
