package org.activationdesk.ui.volume;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.activationdesk.core.diagnose.TimeLeft;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Messages;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.MachineInfo;
import org.activationdesk.core.port.MachineSnapshot;
import org.activationdesk.ui.util.StatusTone;

/**
 * "Where am I": the channel in words and, for a KMS client or a KMS host, the volume facts that matter on the phone
 * (phone-rds-kms.md §6). Worded from one snapshot in one language; holds nothing.
 */
final class Situation {

    /** A KMS activation lasts 180 days from the last activation or renewal. */
    static final Duration KMS_VALIDITY = Duration.ofDays(180);

    /** One fact: its label and its value. */
    record Row(String label, String value) {
    }

    /**
     * @param headline the channel in words
     * @param notes    what the channel means and, for a KMS host, what its count means
     */
    record Text(String headline, StatusTone tone, List<Row> rows, List<String> notes, StatusTone notesTone) {
    }

    private Situation() {
    }

    /** @param codeTitle the title of an error code in the given language */
    static Text of(MachineSnapshot snapshot, Messages m, BiFunction<Hresult, Messages, String> codeTitle) {
        MachineInfo machine = snapshot.machine();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(m.get("overview.edition"), m.get("volume.where.editionValue", machine.osName(),
                machine.editionId())));
        Optional<LicensingProduct> windows = snapshot.windowsProduct();
        if (windows.isEmpty()) {
            return new Text(m.get("overview.product.none"), StatusTone.PROBLEM, rows, List.of(), StatusTone.NEUTRAL);
        }
        LicensingProduct product = windows.get();
        Channel channel = product.channel();
        rows.add(new Row(m.get("volume.where.status"), m.of("licenseStatus", product.licenseStatus())));
        List<String> notes = new ArrayList<>();
        notes.add(m.of("volume.where.about", channel));
        StatusTone tone = toneOf(product.licenseStatus());
        StatusTone notesTone = StatusTone.NEUTRAL;
        if (channel == Channel.KMS_CLIENT) {
            client(snapshot, product, m, rows);
        }
        KmsHostInfo host = product.kmsHost();
        if (host != null) {
            host(machine, host, m, rows);
            if (!host.activatesClients()) {
                notes.add(m.get("volume.where.host.below", String.valueOf(host.currentCount())));
                notesTone = StatusTone.WARNING;
                tone = host.activatesServers() ? StatusTone.WARNING : StatusTone.PROBLEM;
            }
            if (host.currentCount() == 1) {
                notes.add(m.get("volume.where.host.stuckAtOne"));
            }
        }
        Hresult last = product.lastActivationError();
        if (last != null) {
            rows.add(new Row(m.get("volume.where.lastAttempt"), last + " – " + codeTitle.apply(last, m)));
        }
        return new Text(m.of("channel", channel), tone, rows, notes, notesTone);
    }

    private static void client(MachineSnapshot snapshot, LicensingProduct product, Messages m, List<Row> rows) {
        KmsClientInfo kms = product.kmsClient();
        String domain = kms != null && kms.lookupDomain() != null ? kms.lookupDomain() : snapshot.machine().domain();
        String hostText;
        int port = KmsClientInfo.DEFAULT_PORT;
        if (kms != null && kms.registeredHost() != null) {
            port = kms.registeredPort() == 0 ? port : kms.registeredPort();
            hostText = m.get("volume.where.host.registered", kms.registeredHost());
        } else if (kms != null && kms.discoveredHost() != null) {
            port = kms.discoveredPort() == 0 ? port : kms.discoveredPort();
            hostText = m.get("volume.where.host.discovered", kms.discoveredHost());
        } else if (domain != null) {
            hostText = m.get("volume.where.host.dns", domain);
        } else {
            hostText = m.get("volume.where.host.none");
        }
        rows.add(new Row(m.get("volume.where.kmsHost"), hostText));
        rows.add(new Row(m.get("volume.where.port"), String.valueOf(port)));
        boolean activated = product.isActivated() && product.graceMinutes() > 0;
        if (activated) {
            // Derived, not read: the validity left counts back to the last activation or renewal.
            Instant last = snapshot.takenAt().plus(Duration.ofMinutes(product.graceMinutes())).minus(KMS_VALIDITY);
            rows.add(new Row(m.get("volume.where.lastActivation"), m.get("volume.where.lastActivation.about",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(m.locale())
                            .withZone(ZoneId.systemDefault()).format(last))));
        } else {
            rows.add(new Row(m.get("volume.where.lastActivation"), m.get("volume.where.lastActivation.none")));
        }
        if (kms != null) {
            rows.add(new Row(m.get("volume.where.intervals"), m.get("volume.where.intervals.value",
                    duration(kms.activationIntervalMinutes(), m), duration(kms.renewalIntervalMinutes(), m))));
        }
        String left = TimeLeft.of(product).in(m);
        rows.add(new Row(m.get("volume.where.timeLeft"), activated ? m.get("volume.where.timeLeft.valid", left)
                : product.graceMinutes() > 0 ? m.get("volume.where.timeLeft.grace", left) : left));
    }

    private static void host(MachineInfo machine, KmsHostInfo host, Messages m, List<Row> rows) {
        rows.add(new Row(m.get("volume.where.count"), m.get("volume.where.count.value",
                String.valueOf(host.currentCount()))));
        rows.add(new Row(m.get("volume.where.clients"), m.get(host.activatesClients()
                ? "volume.where.threshold.reached" : "volume.where.threshold.notReached",
                String.valueOf(KmsHostInfo.CLIENT_THRESHOLD))));
        rows.add(new Row(m.get("volume.where.servers"), m.get(host.activatesServers()
                ? "volume.where.threshold.reached" : "volume.where.threshold.notReached",
                String.valueOf(KmsHostInfo.SERVER_THRESHOLD))));
        rows.add(new Row(m.get("volume.where.listeningPort"), String.valueOf(host.listeningPort())));
        String publishing = !host.dnsPublishing() ? m.get("volume.where.publishing.off")
                : machine.domain() == null ? m.get("volume.where.publishing.onNoDomain")
                : m.get("volume.where.publishing.on", machine.domain());
        rows.add(new Row(m.get("volume.where.publishing"), publishing));
    }

    /** "2 hours", "7 days": intervals as people say them. Numbers go in as text, ungrouped. */
    static String duration(int minutes, Messages m) {
        if (minutes > 0 && minutes % (24 * 60) == 0) {
            int days = minutes / (24 * 60);
            return days == 1 ? m.get("volume.duration.day") : m.get("volume.duration.days", String.valueOf(days));
        }
        if (minutes > 0 && minutes % 60 == 0) {
            int hours = minutes / 60;
            return hours == 1 ? m.get("volume.duration.hour") : m.get("volume.duration.hours", String.valueOf(hours));
        }
        return minutes == 1 ? m.get("volume.duration.minute") : m.get("volume.duration.minutes", String.valueOf(minutes));
    }

    private static StatusTone toneOf(LicenseStatus status) {
        if (status == LicenseStatus.LICENSED) {
            return StatusTone.GOOD;
        }
        return status.isGrace() ? StatusTone.WARNING : StatusTone.PROBLEM;
    }
}
