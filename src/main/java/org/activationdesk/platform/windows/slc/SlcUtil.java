package org.activationdesk.platform.windows.slc;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.platform.win32.Guid;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;
import org.activationdesk.core.errors.Hresult;
import org.activationdesk.platform.windows.WindowsCallException;

/**
 * One open SLC context ({@code SLOpen} ... {@code SLClose}) and the calls the port needs, in Java types. Owns every
 * buffer SLC returns: each is copied into Java objects and freed with {@code LocalFree} in {@code finally}, on error
 * paths too. A failed HRESULT becomes a {@link WindowsCallException}. Not thread-safe: one context per task.
 */
public final class SlcUtil implements AutoCloseable {

    /** Windows' application ID in the licensing service (slmgr's {@code WindowsAppId}). */
    public static final UUID WINDOWS_APPLICATION_ID = UUID.fromString("55c92734-d682-4d71-983e-d6ec3f16059f");

    /** The value names this bridge asks for (SL_INFO_KEY_* and SL_LAST_ACT_ATTEMPT_HRESULT in slpublic.h). */
    public static final String NAME = "Name";
    public static final String DESCRIPTION = "Description";
    public static final String PARTIAL_PRODUCT_KEY = "PartialProductKey";
    public static final String VERSION = "Version";
    public static final String LAST_ACTIVATION_ATTEMPT_HRESULT = "SL_LAST_ACT_ATTEMPT_HRESULT";

    /** SL_E_VALUE_NOT_FOUND: also what some calls answer for "no such IDs". */
    public static final int SL_E_VALUE_NOT_FOUND = 0xC004F012;
    /** SL_E_PKEY_NOT_INSTALLED */
    public static final int SL_E_PKEY_NOT_INSTALLED = 0xC004F014;
    /** SL_E_DATATYPE_MISMATCHED: also raised here when a value comes back in another type than asked for. */
    public static final int SL_E_DATATYPE_MISMATCHED = 0xC004F01E;
    /** HRESULT_FROM_WIN32(ERROR_PROC_NOT_FOUND): neither DLL exports the function. */
    public static final int PROC_NOT_FOUND = 0x8007007F;

    /** No value this bridge reads is longer; a larger size means a broken answer, not a long name. */
    private static final int MAX_VALUE_BYTES = 1 << 20;
    private static final int GUID_SIZE = 16;
    /** sizeof(SL_LICENSING_STATUS) */
    private static final int STATUS_SIZE = 40;

    private final SlcLibrary library;
    private Pointer handle;

    private SlcUtil(SlcLibrary library, Pointer handle) {
        this.library = library;
        this.handle = handle;
    }

    /** {@code SLOpen}: connects to the Software Protection service. */
    public static SlcUtil open(SlcLibrary library) throws WindowsCallException {
        PointerByReference handle = new PointerByReference();
        call("SLOpen", () -> library.slc().SLOpen(handle));
        return new SlcUtil(library, handle.getValue());
    }

    /** {@code SLClose}; a failure to close leaves nothing the caller could do, so it is not reported. */
    @Override
    public void close() {
        if (handle != null) {
            library.slc().SLClose(handle);
            handle = null;
        }
    }

    /** The SKUs of an application: {@code SLGetSLIDList(APPLICATION, app, PRODUCT_SKU)}. */
    public List<UUID> productSkuIds(UUID applicationId) throws WindowsCallException {
        return idList("SLGetSLIDList", (count, ids) -> library.slc().SLGetSLIDList(open(), Slc.SL_ID_APPLICATION,
                guid(applicationId), Slc.SL_ID_PRODUCT_SKU, count, ids));
    }

    /** The product keys installed for a SKU; empty for a SKU without a key. */
    public List<UUID> installedProductKeyIds(UUID skuId) throws WindowsCallException {
        return idList("SLGetInstalledProductKeyIds",
                (count, ids) -> library.slc().SLGetInstalledProductKeyIds(open(), guid(skuId), count, ids));
    }

    /** A text value of a SKU ({@link #NAME}, {@link #DESCRIPTION}, ...). */
    public String skuText(UUID skuId, String valueName) throws WindowsCallException {
        return text(value("SLGetProductSkuInformation", (type, size, buffer) -> library.slc()
                .SLGetProductSkuInformation(open(), guid(skuId), utf16(valueName), type, size, buffer), Slc.SL_DATA_SZ));
    }

    /** A text value of an installed product key ({@link #PARTIAL_PRODUCT_KEY}, ...). */
    public String productKeyText(UUID productKeyId, String valueName) throws WindowsCallException {
        return text(value("SLGetPKeyInformation", (type, size, buffer) -> library.slc()
                .SLGetPKeyInformation(open(), guid(productKeyId), utf16(valueName), type, size, buffer),
                Slc.SL_DATA_SZ));
    }

    /** A text value of the licensing service itself ({@link #VERSION}). */
    public String serviceText(String valueName) throws WindowsCallException {
        return text(value("SLGetServiceInformation", (type, size, buffer) -> library.slc()
                .SLGetServiceInformation(open(), utf16(valueName), type, size, buffer), Slc.SL_DATA_SZ));
    }

    /**
     * A 32-bit value the service keeps per SKU, e.g. {@link #LAST_ACTIVATION_ATTEMPT_HRESULT}: a DWORD, or 4 bytes of
     * BINARY, which is how the activation code stores that HRESULT.
     */
    public int genuineDword(UUID skuId, String valueName) throws WindowsCallException {
        byte[] bytes = value("SLGetGenuineInformation", (type, size, buffer) -> library.slc()
                .SLGetGenuineInformation(guid(skuId), utf16(valueName), type, size, buffer), Slc.SL_DATA_DWORD,
                Slc.SL_DATA_BINARY);
        if (bytes.length != Integer.BYTES) {
            throw WindowsCallException.of("SLGetGenuineInformation", SL_E_DATATYPE_MISMATCHED);
        }
        return (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8 | (bytes[2] & 0xFF) << 16 | (bytes[3] & 0xFF) << 24;
    }

    /** The licensing status of one SKU of an application ({@code SLGetLicensingStatusInformation}). */
    public List<LicensingStatus> licensingStatus(UUID applicationId, UUID skuId) throws WindowsCallException {
        IntByReference count = new IntByReference();
        PointerByReference statuses = new PointerByReference();
        try {
            call("SLGetLicensingStatusInformation", () -> library.slc()
                    .SLGetLicensingStatusInformation(open(), guid(applicationId), guid(skuId), null, count, statuses));
            int n = count.getValue();
            if (n == 0 || statuses.getValue() == null) {
                return List.of();
            }
            if (n < 0 || n > MAX_VALUE_BYTES / STATUS_SIZE) {
                throw WindowsCallException.of("SLGetLicensingStatusInformation", SL_E_DATATYPE_MISMATCHED);
            }
            List<LicensingStatus> result = new ArrayList<>(n);
            for (Structure status : new SlLicensingStatus(statuses.getValue()).toArray(n)) {
                result.add(LicensingStatus.of((SlLicensingStatus) status));
            }
            return result;
        } finally {
            free(statuses);
        }
    }

    /** The offline Installation ID of a SKU, as SLC returns it (digits). */
    public String offlineInstallationId(UUID skuId) throws WindowsCallException {
        PointerByReference id = new PointerByReference();
        try {
            call("SLGenerateOfflineInstallationId",
                    () -> library.slc().SLGenerateOfflineInstallationId(open(), guid(skuId), id));
            if (id.getValue() == null) {
                throw WindowsCallException.of("SLGenerateOfflineInstallationId", SL_E_VALUE_NOT_FOUND);
            }
            return readUtf16z(id.getValue());
        } finally {
            free(id);
        }
    }

    /** Deposits the Confirmation ID for the Installation ID generated for this SKU. */
    public void depositOfflineConfirmationId(UUID skuId, String installationId, String confirmationId)
            throws WindowsCallException {
        call("SLDepositOfflineConfirmationId", () -> library.slc()
                .SLDepositOfflineConfirmationId(open(), guid(skuId), utf16(installationId), utf16(confirmationId)));
    }

    /**
     * Activates a SKU online ({@code SLActivateProduct}: retail and MAK; KMS activation through it is not documented).
     * Looked up in slcext.dll first, then in slc.dll.
     */
    public void activateProduct(UUID skuId) throws WindowsCallException {
        Integer hr = null;
        if (library.slcext() != null) {
            try {
                hr = library.slcext().SLActivateProduct(open(), guid(skuId), 0, null, null, null, (short) 0);
            } catch (UnsatisfiedLinkError notExportedThere) {
                // current documentation places it in slc.dll
            }
        }
        if (hr == null) {
            hr = invoke("SLActivateProduct", () -> library.slcextInSlc()
                    .SLActivateProduct(open(), guid(skuId), 0, null, null, null, (short) 0));
        }
        check("SLActivateProduct", hr);
    }

    /** A NUL-terminated UTF-16LE copy of the text: a {@code PCWSTR} on every platform. Null stays null. */
    public static Memory utf16(String text) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_16LE);
        Memory memory = new Memory(bytes.length + 2L);
        memory.write(0, bytes, 0, bytes.length);
        memory.setShort(bytes.length, (short) 0);
        return memory;
    }

    static Guid.GUID guid(UUID id) {
        return id == null ? null : new Guid.GUID(id.toString());
    }

    static UUID uuid(Guid.GUID guid) {
        String text = guid.toGuidString();
        return UUID.fromString(text.substring(1, text.length() - 1).toLowerCase(Locale.ROOT));
    }

    private Pointer open() {
        if (handle == null) {
            throw new IllegalStateException("the SLC context is closed");
        }
        return handle;
    }

    private interface IdCall {
        int call(IntByReference count, PointerByReference ids);
    }

    private interface ValueCall {
        int call(IntByReference type, IntByReference size, PointerByReference buffer);
    }

    private List<UUID> idList(String function, IdCall call) throws WindowsCallException {
        IntByReference count = new IntByReference();
        PointerByReference ids = new PointerByReference();
        try {
            int hr = invoke(function, () -> call.call(count, ids));
            if (hr == SL_E_VALUE_NOT_FOUND || hr == SL_E_PKEY_NOT_INSTALLED) {
                return List.of(); // "nothing found" is reported either way
            }
            check(function, hr);
            int n = count.getValue();
            if (n == 0 || ids.getValue() == null) {
                return List.of();
            }
            if (n < 0 || n > MAX_VALUE_BYTES / GUID_SIZE) {
                throw WindowsCallException.of(function, SL_E_DATATYPE_MISMATCHED);
            }
            List<UUID> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                result.add(uuid(new Guid.GUID(ids.getValue().share((long) i * GUID_SIZE))));
            }
            return result;
        } finally {
            free(ids);
        }
    }

    /** Calls, checks the type, copies the bytes out and frees the buffer. */
    private byte[] value(String function, ValueCall call, int... expectedTypes) throws WindowsCallException {
        IntByReference type = new IntByReference();
        IntByReference size = new IntByReference();
        PointerByReference buffer = new PointerByReference();
        try {
            call(function, () -> call.call(type, size, buffer));
            int bytes = size.getValue();
            if (IntStream.of(expectedTypes).noneMatch(t -> t == type.getValue()) || bytes < 0 || bytes > MAX_VALUE_BYTES
                    || (bytes > 0 && buffer.getValue() == null)) {
                throw WindowsCallException.of(function, SL_E_DATATYPE_MISMATCHED);
            }
            return bytes == 0 ? new byte[0] : buffer.getValue().getByteArray(0, bytes);
        } finally {
            free(buffer);
        }
    }

    /** SL_DATA_SZ: UTF-16LE, its size counting the terminating NUL. */
    private static String text(byte[] bytes) {
        String text = new String(bytes, 0, bytes.length & ~1, StandardCharsets.UTF_16LE);
        int nul = text.indexOf('\0');
        return nul < 0 ? text : text.substring(0, nul);
    }

    private static String readUtf16z(Pointer p) throws WindowsCallException {
        for (long offset = 0; offset < MAX_VALUE_BYTES; offset += 2) {
            if (p.getShort(offset) == 0) {
                return new String(p.getByteArray(0, (int) offset), StandardCharsets.UTF_16LE);
            }
        }
        throw WindowsCallException.of("SLGenerateOfflineInstallationId", SL_E_DATATYPE_MISMATCHED);
    }

    private void free(PointerByReference owned) {
        Pointer p = owned.getValue();
        if (p != null) {
            library.memory().LocalFree(p);
            owned.setValue(null);
        }
    }

    private static void check(String function, int hr) throws WindowsCallException {
        if (hr < 0) {
            throw WindowsCallException.of(function, hr);
        }
    }

    private static void call(String function, IntSupplier call) throws WindowsCallException {
        check(function, invoke(function, call));
    }

    /** Makes the native call; an export this Windows lacks (JNA finds out on the first call) is PROC_NOT_FOUND. */
    private static int invoke(String function, IntSupplier call) throws WindowsCallException {
        try {
            return call.getAsInt();
        } catch (UnsatisfiedLinkError missing) {
            throw new WindowsCallException(function, new Hresult(PROC_NOT_FOUND), missing);
        }
    }
}
