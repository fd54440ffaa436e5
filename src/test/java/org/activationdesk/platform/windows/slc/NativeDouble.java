package org.activationdesk.platform.windows.slc;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Guid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The C double of slc.dll, loaded through the production interfaces. Maven builds it with gcc before the tests
 * (pom.xml, antrun); where that was not possible the tests are skipped with a message, unless the environment variable
 * {@code ACTIVATIONDESK_REQUIRE_SLC_DOUBLE=1} (set by .ci/run) demands it, then they fail.
 */
public final class NativeDouble {

    /** IDs the tests give the double's SKUs and keys; the phone IDs are test digits, not real ones. */
    public static final UUID SKU = UUID.fromString("a00018a3-f20f-4632-bf7c-8daa5351c914");
    public static final UUID SKU_2 = UUID.fromString("ec868e65-fadf-4759-b23e-93fe37f2cc29");
    public static final UUID PKEY = UUID.fromString("0d2e9a3c-1d29-4a38-9b5f-6c3a0e1f2b44");
    public static final String IID = "123456712345671234567123456712345671234567123456712345671234567";
    public static final String CID = "111111222222333333444444555555666666777777888888";

    private static final String REQUIRE = "ACTIVATIONDESK_REQUIRE_SLC_DOUBLE";
    private static final Map<String, Object> UTF8 = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

    public final SlcDouble control;
    /** slc + slcext + LocalFree all from the double, as production takes them from slc.dll, slcext.dll, kernel32. */
    public final SlcLibrary library;
    private final String path;
    private final String withoutSlcextPath;

    private NativeDouble(String path, String withoutSlcextPath) {
        this.path = path;
        this.withoutSlcextPath = withoutSlcextPath;
        this.control = Native.load(path, SlcDouble.class, UTF8);
        this.library = new SlcLibrary(Native.load(path, Slc.class), Native.load(path, Slcext.class),
                Native.load(path, Slcext.class), Native.load(path, LocalMemory.class));
    }

    /** The double, reset; skips (or fails in CI) the calling test when it was not built. */
    public static NativeDouble require() {
        String path = System.getProperty("activationdesk.slc.double", "target/native/libslc_double.so");
        String withoutSlcext = System.getProperty("activationdesk.slc.double.noext",
                "target/native/libslc_double_noext.so");
        boolean built = Files.isRegularFile(Path.of(path)) && Files.isRegularFile(Path.of(withoutSlcext));
        if (!built && "1".equals(System.getenv(REQUIRE))) {
            fail("The slc.dll double was not built (" + path + "): is gcc installed? " + REQUIRE + "=1 requires it.");
        }
        assumeTrue(built, () -> "The slc.dll double was not built (" + path + "): gcc is missing or this is Windows. "
                + "Install gcc and run ./mvnw test to run the JNA tests against it.");
        NativeDouble d = new NativeDouble(Path.of(path).toAbsolutePath().toString(),
                Path.of(withoutSlcext).toAbsolutePath().toString());
        d.control.SLDouble_Reset();
        return d;
    }

    /** Slcext over the build of the double that lacks SLActivateProduct, as an slcext.dll without the export. */
    public Slcext slcextWithoutExport() {
        return Native.load(withoutSlcextPath, Slcext.class);
    }

    public String path() {
        return path;
    }

    public static Guid.GUID guid(UUID id) {
        return new Guid.GUID(id.toString());
    }

    public String lastText(int which) {
        byte[] out = new byte[1024];
        int n = control.SLDouble_LastText(which, out, out.length);
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }
}
