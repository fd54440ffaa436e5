package org.activationdesk.core.diagnose.check;

import java.util.Optional;
import org.activationdesk.core.diagnose.CheckId;
import org.activationdesk.core.diagnose.CheckResult;
import org.activationdesk.core.diagnose.DiagnosticContext;
import org.activationdesk.core.diagnose.FactKey;
import org.activationdesk.core.diagnose.FixTarget;
import org.activationdesk.core.diagnose.Verdict;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.i18n.Phrase;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.core.port.OnlineReading;
import org.activationdesk.core.port.OnlineReading.Outcome;

/**
 * Can this computer reach Microsoft's activation servers the way online activation goes: over HTTPS, through the
 * proxy if one is set? The proxy is named, and a proxy that wants a password or inspects TLS is said plainly, since
 * online activation fails through both. A KMS client activates with its KMS host instead and is not tested.
 */
public final class OnlineReachabilityCheck extends HealthCheck {

    @Override
    public CheckId id() {
        return CheckId.ONLINE_REACHABILITY;
    }

    @Override
    Phrase byHand() {
        return Phrase.of("diagnose.byHand.online");
    }

    @Override
    public CheckResult run(DiagnosticContext context) throws InterruptedException {
        Optional<LicensingProduct> product = windowsProduct(context);
        if (product.map(p -> p.channel() == Channel.KMS_CLIENT).orElse(false)) {
            return CheckResult.of(id(), Verdict.OK, Phrase.of("diagnose.online.kmsClient"));
        }
        OnlineReading online = context.onlineReading();
        if (online.unknown().isPresent()) {
            return couldNotCheck(context, couldNot(online.unknown().get()));
        }
        Phrase route = online.proxy()
                .map(proxy -> Phrase.of("diagnose.online.viaProxy", online.targetHost(), proxy,
                        Phrase.ofConstant("health.proxySource", online.proxySource())))
                .orElseGet(() -> Phrase.of("diagnose.online.direct", online.targetHost(),
                        Phrase.ofConstant("health.proxySource", online.proxySource())));
        Phrase userProxy = online.proxy().isPresent() && online.proxySource() == OnlineReading.ProxySource.SYSTEM
                ? Phrase.of("diagnose.online.userProxy") : null;
        CheckResult result;
        if (online.reachable()) {
            result = CheckResult.of(id(), Verdict.OK, Phrase.sentences(practice(context), route,
                    Phrase.of("diagnose.online.reachable"), userProxy));
        } else {
            // Activated, nothing needs the servers now; a reactivation would (after a hardware change, say).
            boolean activated = product.map(LicensingProduct::isActivated).orElse(false);
            result = CheckResult.of(id(), activated ? Verdict.WARNING : Verdict.PROBLEM,
                            Phrase.sentences(practice(context), route, failure(online), userProxy,
                                    activated ? Phrase.of("diagnose.online.activatedAnyway") : null))
                    .withFix(FixTarget.ACTIVATE_BY_PHONE, fix(online.outcome()));
            Hresult code = code(online.outcome());
            if (code != null) {
                result = result.withCode(code);
            }
        }
        result = result.withFact(FactKey.ONLINE_TARGET, online.targetHost())
                .withFact(FactKey.ONLINE_OUTCOME, scriptName(online.outcome()))
                .withFact(FactKey.PROXY, online.proxy().orElse(null));
        return online.httpStatus() == 0 ? result : result.withFact(FactKey.HTTP_STATUS, online.httpStatus());
    }

    /** What went wrong, with the code online activation reports for it. */
    private static Phrase failure(OnlineReading online) {
        boolean viaProxy = online.proxy().isPresent();
        String detail = online.detail().isEmpty() ? "-" : online.detail();
        return switch (online.outcome()) {
            case NAME_NOT_RESOLVED -> Phrase.of(viaProxy ? "diagnose.online.proxyUnresolved" : "diagnose.online.unresolved");
            case CANNOT_CONNECT -> Phrase.of(viaProxy ? "diagnose.online.proxyCannotConnect" : "diagnose.online.cannotConnect");
            case TIMED_OUT -> Phrase.of("diagnose.online.timedOut");
            case PROXY_AUTHENTICATION -> Phrase.of("diagnose.online.proxyAuthentication");
            case PROXY_REFUSED -> Phrase.of("diagnose.online.proxyRefused", String.valueOf(online.httpStatus()));
            case TLS_INTERCEPTED -> Phrase.of("diagnose.online.intercepted", online.issuer().orElseThrow());
            case TLS_FAILED -> Phrase.of("diagnose.online.tlsFailed", detail);
            case REACHABLE, UNKNOWN -> throw new IllegalStateException("not a failure: " + online.outcome());
        };
    }

    /** The WinHTTP error online activation reports for the same failure (error-codes.tsv). */
    static Hresult code(Outcome outcome) {
        return switch (outcome) {
            case NAME_NOT_RESOLVED -> new Hresult(0x80072EE7);
            case CANNOT_CONNECT -> new Hresult(0x80072EFD);
            case TIMED_OUT -> new Hresult(0x80072EE2);
            case TLS_INTERCEPTED, TLS_FAILED -> new Hresult(0x80072F8F);
            // 0x8004FE33 (Microsoft's article on proxies with Basic authentication) is not in the catalog: said in words.
            case PROXY_AUTHENTICATION, PROXY_REFUSED, REACHABLE, UNKNOWN -> null;
        };
    }

    private static Phrase fix(Outcome outcome) {
        return switch (outcome) {
            case PROXY_AUTHENTICATION -> Phrase.of("diagnose.online.fix.proxyAuthentication");
            case PROXY_REFUSED -> Phrase.of("diagnose.online.fix.proxy");
            case TLS_INTERCEPTED -> Phrase.of("diagnose.online.fix.inspection");
            case TLS_FAILED -> Phrase.of("diagnose.online.fix.tls");
            default -> Phrase.of("diagnose.online.fix.network");
        };
    }
}
