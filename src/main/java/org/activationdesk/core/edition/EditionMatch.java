package org.activationdesk.core.edition;

import java.util.List;
import java.util.Objects;

/**
 * The installed edition against a key's edition.
 *
 * @param keyEditionId    null when the key's edition is unknown
 * @param targetEditionId the edition after the change (the DISM target, with its Core suffix), or null when
 *                        there is no change or no way; present with {@link Verdict#IMPOSSIBLE} when the way exists
 *                        but is blocked (an evaluation domain controller)
 * @param restartNeeded   whether the change needs a restart
 * @param obstacles       why it cannot be done; non-empty exactly when blocked
 */
public record EditionMatch(Verdict verdict, String installedEditionId, String keyEditionId, String targetEditionId,
                           ChangeMethod method, boolean restartNeeded, List<Obstacle> obstacles,
                           List<Caution> cautions) {

    public EditionMatch {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(installedEditionId, "installedEditionId");
        Objects.requireNonNull(method, "method");
        obstacles = List.copyOf(obstacles);
        cautions = List.copyOf(cautions);
    }

    public boolean isBlocked() {
        return !obstacles.isEmpty();
    }
}
