package org.activationdesk.cli;

import java.util.List;
import org.activationdesk.core.edition.KeyIdentity;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.key.KeyIssue;
import org.activationdesk.core.key.KeySuggestions;
import org.activationdesk.core.key.ProductKeyInput;

/**
 * What {@code check-key --json} prints. Field names are a contract for scripts: add, never rename. The key itself
 * appears only masked; a suggestion names one position, the character typed there and one replacement.
 *
 * @param format       {@code pkey2009}, {@code pkey2005} or {@code unknown}
 * @param checksum     {@code ok}, {@code bad} or {@code n/a}
 * @param identifiedBy {@code gvlk} (Microsoft's published list), {@code keyConfiguration} (the machine's or the
 *                     scenario's ranges) or {@code none}
 * @param channel      the ProductKeyType, e.g. {@code Volume:GVLK}, or null when not identified
 */
record KeyCheckReport(boolean valid, String format, String formatText, String checksum, String checksumText,
                      String masked, boolean gvlk, String identifiedBy, String identifiedText, String product,
                      String editionId, String channel, String channelKind, String channelText, Integer groupId,
                      Long serial, List<Issue> problems, List<Issue> notes, List<Suggestion> suggestions,
                      StatusReport.ScenarioRef scenario) {

    record Issue(String code, String message, List<Integer> positions) {
    }

    record Suggestion(int position, String from, String to) {
    }

    static KeyCheckReport of(ProductKeyInput input, KeyIdentity identity, StatusReport.ScenarioRef scenario,
                             Messages m) {
        boolean known = identity != null && identity.isIdentified();
        String identifiedBy = identity == null ? "none" : switch (identity.source()) {
            case PUBLISHED_GVLK -> "gvlk";
            case KEY_CONFIGURATION -> "keyConfiguration";
            case NONE -> "none";
        };
        return new KeyCheckReport(input.isValid(), input.format().id(), m.of("key.format", input.format()),
                input.checksum().id(), m.of("key.checksum", input.checksum()), input.masked(),
                identity != null && identity.isPublishedGvlk(), identifiedBy,
                identity == null ? null : m.get("key.identity." + identity.source().name(),
                        identity.product() == null ? "" : identity.product()),
                known ? identity.product() : null, known ? identity.editionId() : null,
                known ? identity.productKeyType() : null, known ? identity.channel().name() : null,
                known ? m.of("channel", identity.channel()) : null,
                identity == null ? null : identity.groupId(), identity == null ? null : identity.serial(),
                issues(input.problems(), m), issues(input.notes(), m),
                input.suggestions().stream().map(KeyCheckReport::suggestion).toList(), scenario);
    }

    private static List<Issue> issues(List<KeyIssue> issues, Messages m) {
        return issues.stream().map(i -> new Issue(i.code().name(), i.message(m), i.positions())).toList();
    }

    private static Suggestion suggestion(KeySuggestions.Suggestion s) {
        return new Suggestion(s.position(), s.from(), s.to());
    }
}
