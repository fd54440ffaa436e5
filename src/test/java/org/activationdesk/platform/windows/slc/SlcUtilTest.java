package org.activationdesk.platform.windows.slc;

import static org.activationdesk.platform.windows.slc.NativeDouble.guid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production JNA interfaces and {@link SlcUtil} against the C double of slc.dll: every bound function, its error
 * paths, and after each test the proof that every buffer the double handed out was freed exactly once and every
 * context closed.
 */
class SlcUtilTest {

    static final UUID APP = SlcUtil.WINDOWS_APPLICATION_ID;
    static final UUID OTHER_APP = UUID.fromString("0ff1ce15-a989-479d-af46-f275c6370663");
    static final UUID SKU = NativeDouble.SKU;
    static final UUID SKU_2 = NativeDouble.SKU_2;
    static final UUID PKEY = NativeDouble.PKEY;
    static final String IID = NativeDouble.IID;
    static final String CID = NativeDouble.CID;

    private NativeDouble d;
    private SlcDouble control;
    private SlcUtil slc;
    private boolean expectBadFree;

    @BeforeEach
    void loadDouble() throws WindowsCallException {
        d = NativeDouble.require();
        control = d.control;
        control.SLDouble_AddSku(guid(APP), guid(SKU));
        control.SLDouble_AddSku(guid(APP), guid(SKU_2));
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Name", "Windows(R), ServerDatacenter edition");
        control.SLDouble_SetText(SlcDouble.OWNER_SERVICE, null, "Version", "10.0.17763.1");
        control.SLDouble_InstallKey(guid(SKU), guid(PKEY), "T83GX");
        slc = SlcUtil.open(d.library);
    }

    @AfterEach
    void everyBufferFreedAndEveryContextClosed() {
        if (slc == null) {
            return;
        }
        slc.close();
        assertThat(control.SLDouble_LiveAllocations()).as("buffers not freed").isZero();
        if (!expectBadFree) {
            assertThat(control.SLDouble_BadFrees()).as("LocalFree of memory the double never handed out").isZero();
        }
        assertThat(control.SLDouble_OpenHandles()).as("contexts not closed").isZero();
    }

    @Test
    void theStructIsLaidOutAsInSlpublicH() {
        assertThat(new SlLicensingStatus().size()).isEqualTo(40);
    }

    @Test
    void theDoubleNoticesABufferThatIsNotFreed() {
        // Guards the guard: calling the raw binding without SlcUtil leaves the buffer live, and the count shows it.
        PointerByReference handle = new PointerByReference();
        assertThat(d.library.slc().SLOpen(handle)).isZero();
        PointerByReference buffer = new PointerByReference();
        int hr = d.library.slc().SLGetServiceInformation(handle.getValue(), SlcUtil.utf16("Version"),
                new IntByReference(), new IntByReference(), buffer);
        assertThat(hr).isZero();
        assertThat(control.SLDouble_LiveAllocations()).isEqualTo(1);
        assertThat(d.library.memory().LocalFree(buffer.getValue())).isNull();
        assertThat(d.library.memory().LocalFree(buffer.getValue())).as("a second free is refused").isNotNull();
        assertThat(control.SLDouble_BadFrees()).isEqualTo(1);
        assertThat(control.SLDouble_LiveAllocations()).isZero();
        assertThat(d.library.slc().SLClose(handle.getValue())).isZero();
        expectBadFree = true;
    }

    @Test
    void openAndCloseHoldOneContext() throws WindowsCallException {
        assertThat(control.SLDouble_OpenHandles()).isEqualTo(1);
        slc.close();
        slc.close();
        assertThat(control.SLDouble_OpenHandles()).isZero();
        assertThatThrownBy(() -> slc.serviceText("Version")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedOpenCarriesTheCode() {
        control.SLDouble_Fail("SLOpen", 0x80070005, 0);
        assertThatThrownBy(() -> SlcUtil.open(d.library)).isInstanceOf(WindowsCallException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070005))
                .hasMessageContaining("SLOpen").hasMessageContaining("0x80070005");
        assertThat(control.SLDouble_OpenHandles()).isEqualTo(1); // only the one from @BeforeEach
    }

    @Test
    void productSkuIdsListsTheSkusOfTheApplicationInOrder() throws WindowsCallException {
        assertThat(slc.productSkuIds(APP)).containsExactly(SKU, SKU_2);
        assertThat(slc.productSkuIds(OTHER_APP)).isEmpty();
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(1); // one array, freed (checked after the test)
    }

    @Test
    void valueNotFoundMeansNoIds() throws WindowsCallException {
        control.SLDouble_Fail("SLGetSLIDList", SlcUtil.SL_E_VALUE_NOT_FOUND, 0);
        assertThat(slc.productSkuIds(APP)).isEmpty();
    }

    @Test
    void aFailedIdListIsFreedEvenWhenTheServiceHandsOutABuffer() {
        control.SLDouble_Fail("SLGetSLIDList", 0x800706BA, 1);
        assertThatThrownBy(() -> slc.productSkuIds(APP))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x800706BA));
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(1);
    }

    @Test
    void installedProductKeyIdsOfAKeyedAndAnUnkeyedSku() throws WindowsCallException {
        assertThat(slc.installedProductKeyIds(SKU)).containsExactly(PKEY);
        assertThat(slc.installedProductKeyIds(SKU_2)).isEmpty();
        assertThatThrownBy(() -> slc.installedProductKeyIds(UUID.randomUUID()))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F015));
    }

    @Test
    void aFailedProductKeyListIsFreed() {
        control.SLDouble_Fail("SLGetInstalledProductKeyIds", 0x8007000E, 1);
        assertThatThrownBy(() -> slc.installedProductKeyIds(SKU))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x8007000E));
    }

    @Test
    void skuTextComesBackAsUtf16AndTheValueNameGoesInAsUtf16() throws WindowsCallException {
        control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "説明", "Windows(R) オペレーティング システム、RETAIL チャネル");
        assertThat(slc.skuText(SKU, "Name")).isEqualTo("Windows(R), ServerDatacenter edition");
        assertThat(slc.skuText(SKU, "説明")).isEqualTo("Windows(R) オペレーティング システム、RETAIL チャネル");
        assertThat(d.lastText(SlcDouble.LAST_VALUE_NAME)).isEqualTo("説明");
    }

    @Test
    void skuTextErrors() {
        assertThatThrownBy(() -> slc.skuText(SKU, "Author"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_VALUE_NOT_FOUND));
        assertThatThrownBy(() -> slc.skuText(UUID.randomUUID(), "Name"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F015));
    }

    @Test
    void aValueOfAnotherTypeIsRefusedAndItsBufferFreed() {
        control.SLDouble_SetDword(SlcDouble.OWNER_SKU, guid(SKU), "Description", 7);
        assertThatThrownBy(() -> slc.skuText(SKU, "Description"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_DATATYPE_MISMATCHED))
                .hasMessageContaining("SLGetProductSkuInformation");
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(1);
    }

    @Test
    void aFailedValueCallIsFreedEvenWhenTheServiceHandsOutABuffer() {
        control.SLDouble_Fail("SLGetProductSkuInformation", 0xC004F011, 1);
        assertThatThrownBy(() -> slc.skuText(SKU, "Name"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F011));
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(1);
    }

    @Test
    void textWithoutTerminatingNulOrWithOddSizeIsReadSafely() throws WindowsCallException {
        byte[] noNul = "T83GX".getBytes(StandardCharsets.UTF_16LE);
        control.SLDouble_SetRawValue(SlcDouble.OWNER_SKU, guid(SKU), "Odd", 1, new byte[]{'A', 0, 'B'}, 3);
        control.SLDouble_SetRawValue(SlcDouble.OWNER_SKU, guid(SKU), "NoNul", 1, noNul, noNul.length);
        assertThat(slc.skuText(SKU, "Odd")).isEqualTo("A");
        assertThat(slc.skuText(SKU, "NoNul")).isEqualTo("T83GX");
    }

    @Test
    void randomTextsSurviveTheRoundTrip() throws WindowsCallException {
        Random random = new Random(20261123L);
        for (int i = 0; i < 200; i++) {
            String text = randomText(random, random.nextInt(60));
            control.SLDouble_SetText(SlcDouble.OWNER_SKU, guid(SKU), "Description", text);
            assertThat(slc.skuText(SKU, "Description")).as("round %d", i).isEqualTo(text);
        }
    }

    @Test
    void productKeyText() throws WindowsCallException {
        assertThat(slc.productKeyText(PKEY, SlcUtil.PARTIAL_PRODUCT_KEY)).isEqualTo("T83GX");
        assertThatThrownBy(() -> slc.productKeyText(UUID.randomUUID(), SlcUtil.PARTIAL_PRODUCT_KEY))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_PKEY_NOT_INSTALLED))
                .hasMessageContaining("SLGetPKeyInformation");
    }

    @Test
    void serviceText() throws WindowsCallException {
        assertThat(slc.serviceText(SlcUtil.VERSION)).isEqualTo("10.0.17763.1");
        control.SLDouble_Fail("SLGetServiceInformation", 0x800706BA, 1);
        assertThatThrownBy(() -> slc.serviceText(SlcUtil.VERSION))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x800706BA));
    }

    @Test
    void genuineDwordReadsTheLastActivationResult() throws WindowsCallException {
        control.SLDouble_SetDword(SlcDouble.OWNER_GENUINE, guid(SKU), SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT,
                0xC004F074);
        assertThat(slc.genuineDword(SKU, SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT)).isEqualTo(0xC004F074);
        assertThatThrownBy(() -> slc.genuineDword(SKU_2, SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_VALUE_NOT_FOUND))
                .hasMessageContaining("SLGetGenuineInformation");
    }

    @Test
    void genuineDwordAlsoReadsFourBytesOfBinary() throws WindowsCallException {
        byte[] littleEndian = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0xC004C003).array();
        control.SLDouble_SetRawValue(SlcDouble.OWNER_GENUINE, guid(SKU), SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT,
                Slc.SL_DATA_BINARY, littleEndian, 4);
        assertThat(slc.genuineDword(SKU, SlcUtil.LAST_ACTIVATION_ATTEMPT_HRESULT)).isEqualTo(0xC004C003);
    }

    @Test
    void aDwordOfTheWrongSizeOrTypeIsRefusedAndFreed() {
        control.SLDouble_SetRawValue(SlcDouble.OWNER_GENUINE, guid(SKU), "Short", 4, new byte[]{1, 2}, 2);
        control.SLDouble_SetText(SlcDouble.OWNER_GENUINE, guid(SKU), "Text", "1");
        assertThatThrownBy(() -> slc.genuineDword(SKU, "Short"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_DATATYPE_MISMATCHED));
        assertThatThrownBy(() -> slc.genuineDword(SKU, "Text"))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_DATATYPE_MISMATCHED));
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(2);
    }

    @Test
    void licensingStatusReadsEveryFieldAtItsOffset() throws WindowsCallException {
        control.SLDouble_SetStatus(guid(SKU), SlLicensingStatus.NOTIFICATION, 0, 180, 0xC004FC07, 0x1_2345_6789L);
        control.SLDouble_SetStatus(guid(SKU_2), SlLicensingStatus.IN_GRACE_PERIOD, 43200, 30, 0x4004F00C, -1L);

        List<LicensingStatus> all = slc.licensingStatus(APP, null);
        assertThat(all).containsExactly(
                new LicensingStatus(SKU, 3, 0, 180, new Hresult(0xC004FC07), 0x1_2345_6789L),
                new LicensingStatus(SKU_2, 2, 43200, 30, new Hresult(0x4004F00C), -1L));
        assertThat(slc.licensingStatus(APP, SKU_2)).extracting(LicensingStatus::skuId).containsExactly(SKU_2);
        assertThat(slc.licensingStatus(OTHER_APP, null)).isEmpty();
    }

    @Test
    void unsignedGraceMinutesStayPositive() throws WindowsCallException {
        control.SLDouble_SetStatus(guid(SKU), SlLicensingStatus.IN_GRACE_PERIOD, 0xFFFF_FFFF, 0, 0, 0);
        assertThat(slc.licensingStatus(APP, SKU).get(0).graceMinutes()).isEqualTo(0xFFFF_FFFFL);
    }

    @Test
    void licensingStatusErrors() {
        assertThatThrownBy(() -> slc.licensingStatus(null, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F002));
        control.SLDouble_Fail("SLGetLicensingStatusInformation", 0x80070005, 1);
        assertThatThrownBy(() -> slc.licensingStatus(APP, SKU))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x80070005));
        assertThat(control.SLDouble_TotalAllocations()).isEqualTo(1);
    }

    @Test
    void offlineInstallationId() throws WindowsCallException {
        control.SLDouble_SetPhoneIds(guid(SKU), IID, CID);
        assertThat(slc.offlineInstallationId(SKU)).isEqualTo(IID);
        assertThatThrownBy(() -> slc.offlineInstallationId(SKU_2))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_PKEY_NOT_INSTALLED))
                .hasMessageContaining("SLGenerateOfflineInstallationId");
        control.SLDouble_Fail("SLGenerateOfflineInstallationId", 0x8007000E, 1);
        assertThatThrownBy(() -> slc.offlineInstallationId(SKU))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0x8007000E));
    }

    @Test
    void depositPassesBothIdsAsUtf16() throws WindowsCallException {
        control.SLDouble_SetPhoneIds(guid(SKU), IID, CID);
        slc.depositOfflineConfirmationId(SKU, IID, CID);
        assertThat(d.lastText(SlcDouble.LAST_INSTALLATION_ID)).isEqualTo(IID);
        assertThat(d.lastText(SlcDouble.LAST_CONFIRMATION_ID)).isEqualTo(CID);
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.LICENSED);
    }

    @Test
    void depositErrorsCarryTheServicesCode() {
        control.SLDouble_SetPhoneIds(guid(SKU), IID, CID);
        assertThatThrownBy(() -> slc.depositOfflineConfirmationId(SKU, IID, CID.replace('8', '9')))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F04D))
                .hasMessageContaining("SLDepositOfflineConfirmationId").hasMessageNotContaining(CID);
        assertThatThrownBy(() -> slc.depositOfflineConfirmationId(SKU, IID.replace('7', '6'), CID))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004F031));
        assertThat(control.SLDouble_Status(guid(SKU))).isNotEqualTo(SlLicensingStatus.LICENSED);
    }

    @Test
    void activateProductCallsSlcext() throws WindowsCallException {
        slc.activateProduct(SKU);
        assertThat(control.SLDouble_ActivationCount()).isEqualTo(1);
        assertThat(control.SLDouble_Status(guid(SKU))).isEqualTo(SlLicensingStatus.LICENSED);
    }

    @Test
    void aFailedActivationCarriesTheCode() {
        control.SLDouble_SetActivationResult(0xC004C003);
        assertThatThrownBy(() -> slc.activateProduct(SKU))
                .satisfies(e -> assertThat(code(e)).isEqualTo(0xC004C003)).hasMessageContaining("SLActivateProduct");
        assertThatThrownBy(() -> slc.activateProduct(SKU_2))
                .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.SL_E_PKEY_NOT_INSTALLED));
    }

    @Test
    void activationFallsBackToSlcWhenSlcextLacksTheExport() throws WindowsCallException {
        SlcLibrary library = new SlcLibrary(d.library.slc(), d.slcextWithoutExport(), d.library.slcextInSlc(),
                d.library.memory());
        try (SlcUtil fallback = SlcUtil.open(library)) {
            fallback.activateProduct(SKU);
        }
        assertThat(control.SLDouble_ActivationCount()).isEqualTo(1);
    }

    @Test
    void activationFallsBackToSlcWhenSlcextIsNotThere() throws WindowsCallException {
        SlcLibrary library = new SlcLibrary(d.library.slc(), null, d.library.slcextInSlc(), d.library.memory());
        try (SlcUtil fallback = SlcUtil.open(library)) {
            fallback.activateProduct(SKU);
        }
        assertThat(control.SLDouble_ActivationCount()).isEqualTo(1);
    }

    @Test
    void activationWithTheExportNowhereSaysProcNotFound() throws WindowsCallException {
        SlcLibrary library = new SlcLibrary(d.library.slc(), d.slcextWithoutExport(), d.slcextWithoutExport(),
                d.library.memory());
        try (SlcUtil nowhere = SlcUtil.open(library)) {
            assertThatThrownBy(() -> nowhere.activateProduct(SKU))
                    .satisfies(e -> assertThat(code(e)).isEqualTo(SlcUtil.PROC_NOT_FOUND));
        }
        assertThat(control.SLDouble_ActivationCount()).isZero();
    }

    @Test
    void utf16IsNulTerminatedLittleEndian() {
        byte[] bytes = SlcUtil.utf16("Aー").getByteArray(0, 6);
        assertThat(bytes).containsExactly(ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN)
                .putShort((short) 'A').putShort((short) 'ー').putShort((short) 0).array());
        assertThat(SlcUtil.utf16(null)).isNull();
    }

    static int code(Throwable e) {
        return ((WindowsCallException) e).code().value();
    }

    /** Letters from several scripts, including characters outside the BMP (surrogate pairs). */
    static String randomText(Random random, int length) {
        int[] starts = {0x20, 0x3041, 0x30A1, 0x4E00, 0x1F600, 0xC0};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int start = starts[random.nextInt(starts.length)];
            text.appendCodePoint(start + random.nextInt(start == 0x20 ? 0x5F : 0x50));
        }
        return text.toString();
    }
}
