package org.activationdesk.platform.windows;

import static org.activationdesk.platform.windows.slc.NativeDouble.guid;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.activationdesk.core.port.KeyConfiguration;
import org.activationdesk.platform.windows.slc.NativeDouble;
import org.activationdesk.platform.windows.slc.SlLicensingStatus;
import org.activationdesk.platform.windows.slc.SlcDouble;
import org.activationdesk.platform.windows.slc.SlcUtil;
import org.activationdesk.platform.windows.wmi.WmiOutput;
import org.activationdesk.platform.windows.wmi.WmiSchema;

/**
 * A whole Windows machine for tests above the port, assembled exactly as {@link WindowsLicensingService#open()} does but
 * over doubles: SLC is the C double loaded through the production JNA interfaces, WMI answers from recordings, the
 * phone directory is a phone.inf written for the test (made-up 555 numbers), DISM is recorded instead of started.
 *
 * <p>The story: SRV01, Windows Server 2019 Datacenter in the domain corp.example, with a MAK that never activated
 * because the server has no internet (0x80072EE7), and the RD Licensing role installed but not activated. Like the
 * real service, WMI's product rows follow a change once {@code RefreshLicenseStatus} is called: a deposited
 * Confirmation ID (the double then reports LICENSED) or an installed key (its last five characters and its channel);
 * the RD license server is activated by a license server ID given to {@code ActivateServer}.
 * The Installation ID and Confirmation ID are test digits that satisfy only the format checks.
 */
public final class RecordedWindowsMachine {

    public static final UUID SKU = NativeDouble.SKU;
    /** Nine groups of seven digits, each group ending in its check digit; not an ID of any real installation. */
    public static final String INSTALLATION_ID =
            "356230512383640777676936173104867651411691610531278392911807323";
    /** The Confirmation ID the double accepts for it: arbitrary test digits. */
    public static final String CONFIRMATION_ID = "979748562291855789342584818835304534064646261203";
    public static final String MAK_PARTIAL_KEY = "7RQ3M";
    public static final String PRODUCT_ID = "00454-40000-00001-AT275";

    public final NativeDouble slc;
    public final RecordedWmi wmi = new RecordedWmi();
    /** The DISM runs asked for, as "edition masked-key". */
    public final List<String> conversions = new CopyOnWriteArrayList<>();
    public final WindowsLicensingService licensing;
    public final WindowsRdsLicensingService rds;
    public final WindowsPhoneDirectory phoneDirectory;
    public final WindowsSystemState systemState;
    private final Map<String, Object> product = new HashMap<>();
    private final Map<String, Object> productExtra = new HashMap<>();

    private RecordedWindowsMachine(NativeDouble slc, Path systemDirectory) {
        this.slc = slc;
        FakeHost host = new FakeHost();
        host.editionId = "ServerDatacenter";
        host.systemDirectory = systemDirectory;
        licensing = new WindowsLicensingService(slc.library, wmi, host,
                (edition, key) -> conversions.add(edition + " " + key.masked()),
                RecordedWindowsMachine::serverConfiguration, Clock.systemUTC());
        rds = new WindowsRdsLicensingService(wmi, host::elevated);
        phoneDirectory = WindowsPhoneDirectory.system(systemDirectory);
        systemState = new WindowsSystemState(wmi, new NothingPending());
    }

    /**
     * The machine, with its phone.inf written under {@code systemDirectory}; skips the calling test where the C double
     * was not built, as every test on it does.
     */
    public static RecordedWindowsMachine serverOnMak(Path systemDirectory) throws IOException {
        RecordedWindowsMachine machine = new RecordedWindowsMachine(NativeDouble.require(), systemDirectory);
        machine.writePhoneInf(systemDirectory);
        machine.install();
        return machine;
    }

    /** The key configurations of a pkeyconfig that knows every group as a Server 2019 Datacenter KMS client key. */
    private static Optional<KeyConfiguration> serverConfiguration(int group, long serial) {
        return Optional.of(new KeyConfiguration(group, 0, 999_999_999, "ServerDatacenter", "Volume:GVLK", "DC"));
    }

    private void install() {
        SlcDouble control = slc.control;
        control.SLDouble_AddSku(guid(SlcUtil.WINDOWS_APPLICATION_ID), guid(SKU));
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Name", "Windows(R), ServerDatacenter edition");
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, VOLUME_MAK channel");
        control.SLDouble_InstallKey(guid(SKU), guid(UUID.randomUUID()), MAK_PARTIAL_KEY);
        control.SLDouble_SetStatus(guid(SKU), SlLicensingStatus.IN_GRACE_PERIOD, 4000, 30, 0x4004F00C, 0);
        control.SLDouble_SetPhoneIds(guid(SKU), INSTALLATION_ID, CONFIRMATION_ID);
        control.SLDouble_SetDword(SlcDouble.OWNER_GENUINE, guid(SKU), SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT,
                0x80072EE7);

        product.put("ID", SKU.toString());
        product.put("LicenseIsAddon", false);
        product.put("LicenseStatus", 2);
        product.put("LicenseStatusReason", 0x4004F00C);
        product.put("GracePeriodRemaining", 4000);
        product.put("EvaluationEndDate", "16010101000000.000000-000");
        product.put("DiscoveredKeyManagementServiceMachineName", null);
        productExtra.put("ID", SKU.toString());
        productExtra.put("ProductKeyChannel", "Volume:MAK");
        wmi.rows(WmiSchema.OPERATING_SYSTEM, Map.of("Caption", "Microsoft Windows Server 2019 Datacenter",
                        "Version", "10.0.17763", "BuildNumber", "17763"))
                .rows(WmiSchema.COMPUTER_SYSTEM, Map.of("Name", "SRV01", "Domain", "corp.example",
                        "PartOfDomain", true, "DomainRole", 3))
                .rows(WmiSchema.SERVICE, Map.of("Version", "10.0.17763.1", "RemainingWindowsReArmCount", 5))
                .rows(WmiSchema.SERVICE_EXTRA, Map.of("KeyManagementServicePort", 1688))
                .rows(WmiSchema.WIN32_SERVICE, Map.of("Name", "sppsvc", "State", "Running", "StartMode", "Auto"))
                .rows(WmiSchema.TS_LICENSE_SERVER, Map.of("ProductId", PRODUCT_ID,
                        "DatabasePath", "C:\\Windows\\System32\\LServer"))
                .output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 1))
                .answer(WmiSchema.ACTIVATE_SERVER, this::licenseServerActivated)
                .answer(WmiSchema.INSTALL_PRODUCT_KEY, this::keyInstalled)
                .answer(WmiSchema.REFRESH_LICENSE_STATUS, call -> refreshed());
        publishProduct();
    }

    /** The service took a key: SLC now holds it, and it is a KMS client key (the only kind the fixture knows). */
    private WmiOutput keyInstalled(RecordedWmi.Call call) {
        String key = (String) call.inputs().get("ProductKey");
        slc.control.SLDouble_InstallKey(guid(SKU), guid(UUID.randomUUID()), key.substring(key.length() - 5));
        slc.control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description",
                "Windows(R) Operating System, VOLUME_KMSCLIENT channel");
        productExtra.put("ProductKeyChannel", "Volume:GVLK");
        return new WmiOutput(call.method().toString(), Map.of("ReturnValue", 0));
    }

    /** The Clearinghouse's license server ID was taken: the provider reports the server activated, with that ID. */
    private WmiOutput licenseServerActivated(RecordedWmi.Call call) {
        wmi.output(WmiSchema.GET_ACTIVATION_STATUS, Map.of("ReturnValue", 0, "ActivationStatus", 0))
                .output(WmiSchema.GET_LICENSE_SERVER_ID, Map.of("ReturnValue", 0,
                        "sLicenseServerId", call.inputs().get("sLicenseServerId")));
        return new WmiOutput(call.method().toString(), Map.of("ReturnValue", 0, "ActivationStatus", 0));
    }

    /** WMI reads the licensing state again, as RefreshLicenseStatus makes the real provider do. */
    private WmiOutput refreshed() {
        if (slc.control.SLDouble_Status(guid(SKU)) == SlLicensingStatus.LICENSED) {
            product.put("LicenseStatus", 1);
            product.put("LicenseStatusReason", 0);
            product.put("GracePeriodRemaining", 0);
        }
        publishProduct();
        return new WmiOutput(WmiSchema.REFRESH_LICENSE_STATUS.toString(), Map.of("ReturnValue", 0));
    }

    private void publishProduct() {
        wmi.rows(WmiSchema.PRODUCT, new HashMap<>(product)).rows(WmiSchema.PRODUCT_EXTRA, new HashMap<>(productExtra));
    }

    private void writePhoneInf(Path systemDirectory) throws IOException {
        writePhoneInf(systemDirectory, "[IsoCodes]\r\nJPN,,,%Japan%,0120 555 001,03 5550 0001\r\n"
                + "USA,,,%USA%,1 555 0100,%na%\r\n[Strings]\r\nJapan=\"日本\"\r\nUSA=\"United States\"\r\nna=\"Not available\"\r\n");
    }

    /** Writes {@code SPPUI\phone.inf} as Windows ships it: UTF-16LE with a byte order mark. */
    static void writePhoneInf(Path systemDirectory, String inf) throws IOException {
        byte[] body = inf.getBytes(StandardCharsets.UTF_16LE);
        byte[] file = new byte[body.length + 2];
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xFE;
        System.arraycopy(body, 0, file, 2, body.length);
        Path sppui = Files.createDirectories(systemDirectory.resolve("SPPUI"));
        Files.write(sppui.resolve("phone.inf"), file);
    }

    /** No restart pending: none of the markers exists. */
    private static final class NothingPending implements Registry {
        @Override
        public boolean keyExists(String path) {
            return false;
        }

        @Override
        public Optional<List<String>> multiString(String path, String name) {
            return Optional.empty();
        }
    }
}
