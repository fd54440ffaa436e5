package org.activationdesk.core.diagnose.check;

import java.time.Duration;
import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.Fact;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.LicensingException;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.TimeReading;
import org.activationdesk.core.port.UnknownFact;
import org.activationdesk.core.volume.BadAddressException;

/**
 * This computer's clock against a time source, in UTC (a wrong time zone is harmless; a wrong UTC time is not). A KMS
 * client is compared with its KMS host, asked once over NTP, because the host refuses clients more than 4 hours off
 * its own clock (0xC004F06C); when the host does not tell its time, and for every other computer, with the Date of
 * Microsoft's activation server's HTTPS answer. The clock is never set here.
 */
public final class SystemClockCheck extends HealthCheck {

    /** A KMS host refuses a client whose clock is further off than this (0xC004F06C). */
    static final Duration KMS_LIMIT = Duration.ofHours(4);
    /** Domain sign-in (Kerberos) allows this much by default; beyond it a clock needs fixing even if KMS would work. */
    static final Duration DRIFT_LIMIT = Duration.ofMinutes(5);
    /** Beyond this, certificates and Microsoft's activation servers turn the computer away (our reading). */
    static final Duration DAY = Duration.ofDays(1);
    static final Hresult KMS_TIMESTAMP = new Hresult(0xC004F06C);
    /** One NTP exchange; a host that serves no time stays silent, so this is what a silent host costs. */
    static final Duration NTP_TIMEOUT = Duration.ofSeconds(3);

    @Override
    public CheckId id() {
        return CheckId.SYSTEM_CLOCK;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.clock");
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        Optional<LicensingProduct> product = windowsProduct(context);
        boolean kmsClient = product.map(p -> p.channel() == Channel.KMS_CLIENT).orElse(false);
        Phrase instead = null;
        if (kmsClient) {
            Optional<KmsLookup.Target> host = kmsHost(context, product.get());
            if (host.isEmpty()) {
                instead = Phrase.of("diagnose.clock.noKmsHost");
            } else {
                String name = host.get().endpoint().host();
                TimeReading reading = context.health().hostTime(name, NTP_TIMEOUT);
                if (reading.offset().isPresent()) {
                    return judge(context, reading, Phrase.of("diagnose.clock.ref.kmsHost", name), true, null);
                }
                instead = Phrase.of("diagnose.clock.kmsHostSilent", name, why(reading.unknown().orElseThrow()));
            }
        }
        OnlineReading online = context.onlineReading();
        if (online.serverTime().isPresent() && online.serverTime().get().offset().isPresent()) {
            TimeReading server = online.serverTime().get();
            return judge(context, server, Phrase.of("diagnose.clock.ref.server", server.source()), kmsClient, instead);
        }
        Optional<UnknownFact> why = online.unknown().or(() -> online.serverTime().flatMap(TimeReading::unknown));
        return couldNotCheck(context, instead, why.map(w -> Phrase.of("diagnose.clock.noServerTime", why(w)))
                .orElseGet(() -> Phrase.of("diagnose.clock.serverUnreachable")));
    }

    private static Optional<KmsLookup.Target> kmsHost(DiagnosticContext context, LicensingProduct client)
            throws InterruptedException {
        try {
            return KmsLookup.target(context.snapshot(), client, context);
        } catch (LicensingException | BadAddressException cannotTell) {
            return Optional.empty(); // other checks report these; the clock is then compared with Microsoft's
        }
    }

    /**
     * @param kms     the KMS limit applies: this is a KMS client
     * @param instead why the comparison is not with the KMS host, or null
     */
    private CheckResult judge(DiagnosticContext context, TimeReading reading, Phrase reference, boolean kms,
                              Phrase instead) {
        Duration offset = reading.offset().orElseThrow();
        // What the offset is at least, given how precisely it could be measured.
        Duration surely = offset.abs().minus(reading.uncertainty());
        Phrase difference;
        if (offset.abs().compareTo(reading.uncertainty().plusSeconds(1)) <= 0) {
            difference = Phrase.of("diagnose.clock.same", reference, amount(reading.uncertainty().plusSeconds(1)));
        } else {
            difference = Phrase.of(offset.isNegative() ? "diagnose.clock.behind" : "diagnose.clock.ahead", reference,
                    amount(offset.abs()));
        }
        Phrase utc = Phrase.of("diagnose.clock.utc", Fact.formatTime(reading.localTime()));
        Verdict verdict;
        Phrase meaning = null;
        Hresult code = null;
        if (kms && surely.compareTo(KMS_LIMIT) > 0) {
            verdict = Verdict.PROBLEM;
            meaning = Phrase.of("diagnose.clock.kmsLimit");
            code = KMS_TIMESTAMP;
        } else if (!kms && surely.compareTo(DAY) > 0) {
            verdict = Verdict.PROBLEM;
            meaning = Phrase.of("diagnose.clock.dayOff");
        } else if (surely.compareTo(DRIFT_LIMIT) > 0) {
            verdict = Verdict.WARNING;
            meaning = Phrase.of(kms ? "diagnose.clock.driftKms" : "diagnose.clock.drift");
        } else {
            verdict = Verdict.OK;
        }
        CheckResult result = CheckResult.of(id(), verdict,
                        Phrase.sentences(practice(context), instead, difference, meaning, utc))
                .withFact(FactKey.CLOCK_REFERENCE, reading.source())
                .withFact(FactKey.CLOCK_OFFSET_SECONDS, offset.getSeconds());
        if (verdict != Verdict.OK) {
            result = result.withFix(FixTarget.NONE, Phrase.of(kms ? "diagnose.clock.fix.kms" : "diagnose.clock.fix"));
        }
        return code == null ? result : result.withCode(code);
    }

    /** "5 hours 12 minutes", "7 minutes", "3 seconds": as precise as a reader needs. */
    static Phrase amount(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds >= 3600) {
            return Phrase.of("diagnose.clock.hours", String.valueOf(seconds / 3600), String.valueOf(seconds % 3600 / 60));
        }
        if (seconds >= 60) {
            return Phrase.of("diagnose.clock.minutes", String.valueOf(seconds / 60));
        }
        return Phrase.of("diagnose.clock.seconds", String.valueOf(Math.max(seconds, 1)));
    }
}
