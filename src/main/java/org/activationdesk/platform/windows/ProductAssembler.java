package org.activationdesk.platform.windows;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.core.port.Channel;
import org.activationdesk.core.port.KmsClientInfo;
import org.activationdesk.core.port.KmsHostInfo;
import org.activationdesk.core.port.LicenseStatus;
import org.activationdesk.core.port.LicensingProduct;
import org.activationdesk.platform.windows.slc.LicensingStatus;
import org.activationdesk.platform.windows.slc.SlLicensingStatus;
import org.activationdesk.platform.windows.wmi.WmiObject;
import org.activationdesk.platform.windows.wmi.WmiSchema.Product;
import org.activationdesk.platform.windows.wmi.WmiSchema.ProductExtra;
import org.activationdesk.platform.windows.wmi.WmiSchema.Service;
import org.activationdesk.platform.windows.wmi.WmiSchema.ServiceExtra;

/**
 * One {@link LicensingProduct} from what SLC and WMI each say about a SKU. SLC names the SKU, its key and the last
 * activation error; WMI adds the fine-grained status (0-6 rather than SLC's 0-3), the evaluation end, the channel, the
 * rearm count and the KMS details. Where WMI has no row for the SKU (it was changed between the two reads) SLC's coarser
 * status stands. Nothing is made up: what neither reports stays null.
 */
final class ProductAssembler {

    private static final Pattern PARTIAL_KEY = Pattern.compile("[BCDFGHJKMNPQRTVWXY2346789]{5}");

    private ProductAssembler() {
    }

    /**
     * @param product      the SKU's WMI row, or null
     * @param extra        its row of newer properties, or null
     * @param serviceExtra the service's row of newer properties, or null
     */
    static LicensingProduct assemble(SlcProduct slc, WmiObject<Product> product, WmiObject<ProductExtra> extra,
                                     WmiObject<Service> service, WmiObject<ServiceExtra> serviceExtra)
            throws WindowsCallException {
        String name = firstNonBlank(slc.name(), product == null ? null : product.string(Product.Name).orElse(null));
        String description = firstNonBlank(slc.description(),
                product == null ? null : product.string(Product.Description).orElse(null));
        String wmiPartialKey = product == null ? null : product.string(Product.PartialProductKey).orElse(null);
        String partialKey = partialKey(slc.partialKey()).or(() -> partialKey(wmiPartialKey)).orElse(null);
        String productKeyChannel = extra == null ? null
                : extra.string(ProductExtra.ProductKeyChannel).filter(s -> !s.isBlank()).orElse(null);
        Channel channel = Channel.fromProductKeyChannel(productKeyChannel);
        if (channel == Channel.UNKNOWN) {
            channel = Channel.fromDescription(description);
        }

        LicenseStatus status = statusFromWmi(product).orElseGet(() -> statusFromSlc(slc.status()));
        OptionalLong wmiGrace = product == null ? OptionalLong.empty() : product.uint32(Product.GracePeriodRemaining);
        long grace = wmiGrace.isPresent() ? wmiGrace.getAsLong() : slc.status() == null ? 0 : slc.status().graceMinutes();
        OptionalLong wmiReason = product == null ? OptionalLong.empty() : product.uint32(Product.LicenseStatusReason);
        Hresult reason = wmiReason.isPresent() ? new Hresult((int) wmiReason.getAsLong())
                : slc.status() == null ? Hresult.S_OK : slc.status().reason();
        Instant evaluationEnd = product == null ? null : product.datetime(Product.EvaluationEndDate).orElse(null);
        int rearms = (int) Math.min(Integer.MAX_VALUE, service.uint32(Service.RemainingWindowsReArmCount).orElse(0));

        return new LicensingProduct(slc.skuId().toString(), name, description, productKeyChannel, partialKey, status,
                grace, reason, slc.lastActivationError(), evaluationEnd, rearms,
                channel == Channel.KMS_CLIENT ? kmsClient(product, extra, service, serviceExtra) : null,
                isKmsHost(product) ? kmsHost(product, service) : null);
    }

    private static Optional<LicenseStatus> statusFromWmi(WmiObject<Product> product) throws WindowsCallException {
        if (product == null) {
            return Optional.empty();
        }
        OptionalLong code = product.uint32(Product.LicenseStatus);
        if (code.isEmpty() || code.getAsLong() > LicenseStatus.EXTENDED_GRACE.code()) {
            return Optional.empty();
        }
        return Optional.of(LicenseStatus.fromCode((int) code.getAsLong()));
    }

    /** SLC's coarse status: "in grace" cannot say which grace, so it reads as the out-of-box grace period. */
    static LicenseStatus statusFromSlc(LicensingStatus status) {
        if (status == null) {
            return LicenseStatus.UNLICENSED;
        }
        return switch (status.status()) {
            case SlLicensingStatus.LICENSED -> LicenseStatus.LICENSED;
            case SlLicensingStatus.IN_GRACE_PERIOD -> LicenseStatus.OOB_GRACE;
            case SlLicensingStatus.NOTIFICATION -> LicenseStatus.NOTIFICATION;
            default -> LicenseStatus.UNLICENSED;
        };
    }

    private static KmsClientInfo kmsClient(WmiObject<Product> product, WmiObject<ProductExtra> extra,
                                           WmiObject<Service> service, WmiObject<ServiceExtra> serviceExtra)
            throws WindowsCallException {
        // A host set for the product wins over one set for the whole service, as slmgr /dlv shows it.
        String registered = firstNonBlank(product == null ? null
                : product.string(Product.KeyManagementServiceMachine).orElse(null),
                service.string(Service.KeyManagementServiceMachine).orElse(null));
        long port = product == null ? 0 : product.uint32(Product.KeyManagementServicePort).orElse(0);
        if (port == 0 && serviceExtra != null) {
            port = serviceExtra.uint32(ServiceExtra.KeyManagementServicePort).orElse(0);
        }
        String discovered = firstNonBlank(product == null ? null
                : product.string(Product.DiscoveredKeyManagementServiceMachineName).orElse(null),
                service.string(Service.DiscoveredKeyManagementServiceMachineName).orElse(null));
        long discoveredPort = product == null ? 0
                : product.uint32(Product.DiscoveredKeyManagementServiceMachinePort).orElse(0);
        if (discoveredPort == 0) {
            discoveredPort = service.uint32(Service.DiscoveredKeyManagementServiceMachinePort).orElse(0);
        }
        String lookupDomain = firstNonBlank(extra == null ? null
                : extra.string(ProductExtra.KeyManagementServiceLookupDomain).orElse(null),
                serviceExtra == null ? null : serviceExtra.string(ServiceExtra.KeyManagementServiceLookupDomain)
                        .orElse(null));
        long activation = product == null ? 0 : product.uint32(Product.VLActivationInterval).orElse(0);
        long renewal = product == null ? 0 : product.uint32(Product.VLRenewalInterval).orElse(0);
        return new KmsClientInfo(emptyToNull(registered), port(port), emptyToNull(discovered), port(discoveredPort),
                emptyToNull(lookupDomain),
                minutes(activation != 0 ? activation : service.uint32(Service.VLActivationInterval).orElse(0)),
                minutes(renewal != 0 ? renewal : service.uint32(Service.VLRenewalInterval).orElse(0)));
    }

    private static boolean isKmsHost(WmiObject<Product> product) throws WindowsCallException {
        return product != null && product.uint32(Product.IsKeyManagementServiceMachine).orElse(0) == 1;
    }

    private static KmsHostInfo kmsHost(WmiObject<Product> product, WmiObject<Service> service)
            throws WindowsCallException {
        // 0xFFFFFFFF (-1) means "no requests counted yet"; the service itself never counts beyond 50.
        long count = product.uint32(Product.KeyManagementServiceCurrentCount).orElse(0);
        long listening = service.uint32(Service.KeyManagementServiceListeningPort).orElse(0);
        return new KmsHostInfo(count > 50 ? (count == 0xFFFF_FFFFL ? 0 : 50) : (int) count,
                minutes(product.uint32(Product.RequiredClientCount).orElse(0)),
                listening == 0 ? KmsClientInfo.DEFAULT_PORT : port(listening),
                service.bool(Service.KeyManagementServiceDnsPublishing).orElse(true));
    }

    private static Optional<String> partialKey(String text) {
        return Optional.ofNullable(text).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> PARTIAL_KEY.matcher(s).matches());
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null ? "" : second;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A port that is no port (WMI may hand over anything in a uint32) counts as "not set". */
    private static int port(long value) {
        return value > 65535 ? 0 : (int) value;
    }

    private static int minutes(long value) {
        return (int) Math.min(Integer.MAX_VALUE, value);
    }
}
